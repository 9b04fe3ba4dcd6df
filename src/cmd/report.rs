//! `pkguru report`: the printable forms (Lampiran 1B, 1C, 1D) of every teacher in the inputs
//! and the school summary, as one HTML or PDF document, or one PDF per teacher (`--split`).
//! Inputs are read like `batch` reads them; bad sheets are reported and left out; every
//! document is written atomically.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::core::instrument::Instrument;
use crate::i18n;
use crate::lang::Lang;
use crate::pipeline::inputs::{self, Input};
use crate::pipeline::{self, Failure, Options, Sink};
use crate::render::report::encode::{Item, School};
use crate::render::report::{self, Document, Lampiran, Order, Summary, TeacherPages};
use crate::sheet::Instruments;

mod dokumen;
mod forms;
pub mod kop;

use super::UsageError;
use super::args::{Formats as _, ScoringArgs};
use super::guard::Made;
use super::output::{self, AtomicFile};
use super::problems::Reporter;
use crate::render::export::Format;
use crate::render::forms as report_forms;

super::args::formats!(
    /// Document formats.
    ReportFormat { Html, Pdf }
);

/// `--lampiran` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LampiranArg {
    #[value(name = "1b")]
    B,
    #[value(name = "1c")]
    C,
    #[value(name = "1d")]
    D,
}

/// `--urut` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OrderArg {
    Nilai,
    Nama,
}

/// Mencetak formulir PK Guru (Lampiran 1B, 1C, 1D) dan ringkasan sekolah sebagai HTML atau PDF.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Masukan: seperti batch (CSV lebar, lembar satu guru, workbook, direktori, '-').
    #[arg(value_name = "MASUKAN", required_unless_present = "dokumen", conflicts_with = "dokumen")]
    pub inputs: Vec<PathBuf>,

    /// Tulis dokumen ke BERKAS (.html atau .pdf; atomik).
    #[arg(short, long, value_name = "BERKAS", required_unless_present = "split")]
    pub output: Option<PathBuf>,

    /// Format: html atau pdf; bawaan: dari ekstensi -o.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ReportFormat>,

    /// Satu PDF per guru (dinamai NIP dan nama) dan ringkasan.pdf di DIREKTORI.
    #[arg(long, value_name = "DIREKTORI", conflicts_with = "output")]
    pub split: Option<PathBuf>,

    /// Lampiran yang dicetak, dipisah koma: 1b, 1c, 1d (bawaan: semua).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "DAFTAR")]
    pub lampiran: Vec<LampiranArg>,

    /// Urutan daftar guru di ringkasan: nilai (bawaan, tertinggi dulu) atau nama.
    #[arg(long, value_enum, default_value = "nilai", value_name = "URUT")]
    pub urut: OrderArg,

    /// Tanpa halaman ringkasan sekolah.
    #[arg(long)]
    pub tanpa_ringkasan: bool,

    /// Basis data `pkguru riwayat`: ringkasan sekolah memuat kemajuan AK dan tahap siklus guru-gurunya.
    #[arg(long, value_name = "BERKAS")]
    pub riwayat: Option<PathBuf>,

    /// Jumlah bagian dokumen yang disusun bersamaan (PDF); bawaan: jumlah inti.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Dokumen rezim 2023 dari basis data --riwayat, tanpa MASUKAN: konversi (predikat kinerja ke angka kredit), akumulasi (angka kredit) atau integrasi (PAK integrasi).
    #[arg(long, value_enum, value_name = "DOKUMEN", requires = "riwayat")]
    pub dokumen: Option<dokumen::DokumenArg>,

    /// Dengan --dokumen: hanya guru ber-NIP ini (bawaan: semua guru di basis data).
    #[arg(long, value_name = "NIP", requires = "dokumen")]
    pub nip: Option<String>,

    /// Dengan --dokumen: hanya guru sekolah ini.
    #[arg(long, value_name = "SEKOLAH", requires = "dokumen", conflicts_with = "nip")]
    pub sekolah: Option<String>,

    /// Dengan --dokumen: nama pejabat penilai kinerja yang menandatangani (bawaan: baris kosong).
    #[arg(long, value_name = "NAMA", requires = "dokumen")]
    pub pejabat: Option<String>,

    /// Dengan --dokumen: NIP pejabat penilai kinerja.
    #[arg(long = "nip-pejabat", value_name = "NIP", requires = "dokumen")]
    pub nip_pejabat: Option<String>,

    /// Dengan --dokumen: tempat penetapan, di atas tanda tangan.
    #[arg(long, value_name = "TEMPAT", requires = "dokumen")]
    pub tempat: Option<String>,

    /// Dengan --dokumen: tanggal penetapan (mis. 2026-12-03).
    #[arg(long, value_name = "TANGGAL", requires = "dokumen")]
    pub tanggal: Option<String>,

    /// Ukuran kertas: a4 (bawaan) atau f4 (folio, 21,5 × 33 cm).
    #[arg(long, value_enum, default_value = "a4", value_name = "KERTAS")]
    pub kertas: kop::PaperArg,

    /// Kop surat di kepala setiap formulir, dari BERKAS TOML (baris, alamat, logo).
    #[arg(long, value_name = "BERKAS")]
    pub kop: Option<PathBuf>,

    /// Tanpa ringkasan di keluaran galat.
    #[arg(short, long)]
    pub quiet: bool,

    #[command(flatten)]
    pub scoring: ScoringArgs,
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let format = match &args.split {
        Some(_) if args.format == Some(ReportFormat::Html) => {
            return Err(UsageError(i18n::err_split_needs_pdf(lang)).into());
        }
        Some(_) => ReportFormat::Pdf,
        None => {
            let out = args.output.as_deref();
            let named =
                out.and_then(|o| o.extension()).and_then(|e| Format::of_extension(&e.to_string_lossy()));
            // A document has no default: a name that says neither is most likely a slip.
            if args.format.is_none() && !named.is_some_and(|f| ReportFormat::OFFERED.contains(&f)) {
                return Err(UsageError(i18n::err_report_extension(lang)).into());
            }
            match super::args::output_format(lang, args.format, out, Format::Html)? {
                Format::Pdf => ReportFormat::Pdf,
                _ => ReportFormat::Html,
            }
        }
    };
    let lampiran = if args.lampiran.is_empty() {
        Lampiran::default()
    } else {
        Lampiran {
            b: args.lampiran.contains(&LampiranArg::B),
            c: args.lampiran.contains(&LampiranArg::C),
            d: args.lampiran.contains(&LampiranArg::D),
        }
    };
    let order = match args.urut {
        OrderArg::Nilai => Order::Nilai,
        OrderArg::Nama => Order::Nama,
    };
    if let (Some(dok), Some(db)) = (args.dokumen, &args.riwayat) {
        // The ledger is an input: no output may replace it.
        let ledger = inputs::expand(std::slice::from_ref(db));
        output::refuse_overwrite(lang, &ledger, &[args.output.as_deref()])?;
        split_dir(lang, args.split.as_deref())?;
        let setup = kop::setup(lang, args.kertas, args.kop.as_deref())?;
        let jobs = super::args::jobs(lang, args.jobs)?;
        return dokumen::run(lang, args, db, dok, format, &setup, jobs);
    }
    let instruments = args.scoring.instruments(lang)?;
    let schemes = args.scoring.schemes(lang)?;
    let outputs = [args.output.as_deref()];
    let inputs = output::without_outputs(inputs::expand(&args.inputs), &outputs);
    output::refuse_overwrite(lang, &inputs, &outputs)?;
    // The ledger is read first, read-only and as one snapshot: a file that is not one stops
    // the run before any work.
    let ledger_view = match &args.riwayat {
        Some(db) => {
            let ledger = super::ledger::open(lang, db, crate::store::Access::Read)?;
            Some(ledger.school(None, None).map_err(|e| super::ledger::error(lang, db, e))?)
        }
        None => None,
    };
    split_dir(lang, args.split.as_deref())?;
    let jobs = super::args::jobs(lang, args.jobs)?;
    let setup = kop::setup(lang, args.kertas, args.kop.as_deref())?;
    let sheet_name = args.scoring.sheet_name.as_deref();
    let plan = pipeline::prepass::plan(inputs, sheet_name, args.scoring.bands(), jobs, false);
    if plan.forms {
        return forms::forms(lang, args, plan.inputs, &instruments, format, &setup, jobs);
    }
    let (mut inputs, partners, early) = (plan.inputs, plan.partners, plan.failures);
    let mut reporter = Reporter::new(lang, None, None);
    reporter.say(&early);
    // Every part names its own footer (its sheet, or its school and period), so the
    // preamble's default is never printed.
    let typesetter = match format {
        ReportFormat::Pdf => {
            let preamble = report::markup::preamble_forms(lang, "", &setup, &tables(&instruments, lampiran))
                .map_err(|e| typeset_error(lang, e))?;
            Some(report::pdf::Typesetter::new(&preamble, jobs).map_err(|e| typeset_error(lang, e))?)
        }
        ReportFormat::Html => None,
    };
    let opts = Options {
        instruments: &instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands(),
        strict: false,
        jobs,
        sheet_name: args.scoring.sheet_name.clone(),
        forms: false,
        values: None,
        partners: &partners,
        overrides: None,
        schemes: &schemes,
    };
    let out = match (&args.split, typesetter.as_ref()) {
        (Some(dir), Some(typesetter)) => Out::Split { dir, typesetter, pending: Vec::new() },
        (None, Some(typesetter)) => {
            // Opened before any work: an output that may not be written stops the run at once.
            let target = output::Target::open(lang, args.output.as_deref(), &Made::Pdf)?;
            let book = report::book::Book::new(typesetter, target).map_err(|e| typeset_error(lang, e))?;
            Out::Book { book: Box::new(book), groups: Vec::new(), pending: Vec::new() }
        }
        _ => Out::Keep(Vec::new()),
    };
    let mut sink = ReportSink::new(lang, reporter, out, lampiran, order, jobs);
    let encoder = report::encode::ReportEncoder::new(lang, &instruments);
    let stats = pipeline::run(&mut inputs, &opts, &encoder, &mut sink, super::cancel_flag())?;
    sink.write_pending()?;
    let unused = partners.unused();
    sink.reporter.say(&unused);
    let ReportSink { mut summary, out, mut written, .. } = sink;
    summary.failed = stats.failed + pipeline::failed_files(&early) + unused.len() as u64;
    for f in early.iter().chain(&unused).filter(|f| !f.warning) {
        summary.failed_here(&failed_place(f));
    }
    if let Some((current, rows)) = ledger_view {
        // The ledger's view of the report's teachers (by NIP).
        let nips: HashSet<&str> = summary
            .rows
            .iter()
            .map(|r| r.nip.as_str())
            .chain(summary.unassessed.iter().map(|u| u.1.as_str()))
            .collect();
        let section = crate::render::riwayat::report_section(lang, current.as_deref(), rows, &nips);
        summary.riwayat = Some(section);
    }
    let summary = &summary;
    let show_summary = !args.tanpa_ringkasan && summary.rows.len() + summary.unassessed.len() > 1;
    let footer = footer(summary.sekolah.as_deref(), summary.periode.as_deref());
    match out {
        Out::Split { dir, .. } => {
            if show_summary {
                let doc = Document { summary: Some(summary), teachers: &[], lampiran, order };
                write_pdf(
                    lang,
                    &dir.join(format!("{}.pdf", i18n::rp_summary_file(lang))),
                    &doc,
                    &footer,
                    &setup,
                    jobs,
                )?;
            }
        }
        Out::Keep(teachers) => {
            let doc =
                Document { summary: show_summary.then_some(summary), teachers: &teachers, lampiran, order };
            output::write_all(
                lang,
                args.output.as_deref(),
                report::html::document(lang, &doc, &setup).as_bytes(),
            )?;
            written = teachers.len();
        }
        Out::Book { mut book, mut groups, .. } => {
            // The summary needs every teacher: typeset last, printed first.
            if show_summary {
                let doc = Document { summary: Some(summary), teachers: &[], lampiran, order };
                let parts: Vec<_> = report::markup::parts(lang, &doc).map(|p| p.with_foot(&footer)).collect();
                let group = book.add(&parts).map_err(|e| typeset_error(lang, e))?;
                groups.splice(0..0, group);
            }
            let title =
                [Some(i18n::rp_document_title(lang)), summary.sekolah.as_deref(), summary.periode.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ");
            let target = book
                .finish_titled(&groups, &title, summary.sekolah.as_deref())
                .map_err(|e| typeset_error(lang, e))?;
            target.commit()?;
        }
    }
    if !args.quiet {
        eprintln!(
            "{}",
            i18n::report_summary(lang, written as u64, summary.unassessed.len() as u64, summary.failed)
        );
    }
    Ok(if summary.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// The teachers' pages in input order: kept for one document, or typeset a few at a time
/// into their own PDFs (`--split`); the summary is gathered on the way.
struct ReportSink<'a> {
    lang: Lang,
    reporter: Reporter,
    summary: Summary,
    /// Schools and periods seen: the summary names them when there is one of each.
    schools: Vec<String>,
    periods: Vec<String>,
    out: Out<'a>,
    names: HashSet<String>,
    written: usize,
    lampiran: Lampiran,
    order: Order,
    jobs: usize,
    /// Teachers of the next batch seen before in the run: left out.
    again: HashSet<String>,
}

impl<'a> ReportSink<'a> {
    fn new(
        lang: Lang,
        reporter: Reporter,
        out: Out<'a>,
        lampiran: Lampiran,
        order: Order,
        jobs: usize,
    ) -> ReportSink<'a> {
        ReportSink {
            lang,
            reporter,
            summary: Summary::default(),
            schools: Vec::new(),
            periods: Vec::new(),
            out,
            // The summary's name is taken before any teacher's: a teacher named
            // "Ringkasan" gets "Ringkasan-2", never the summary's file.
            names: HashSet::from([i18n::rp_summary_file(lang).to_lowercase()]),
            written: 0,
            lampiran,
            order,
            jobs,
            again: HashSet::new(),
        }
    }

    /// Remembers the school and period, so the summary can name them when all share one.
    fn note(&mut self, school: &School) {
        for (seen, value) in [(&mut self.schools, &school.sekolah), (&mut self.periods, &school.periode)] {
            if !value.is_empty() && !seen.iter().any(|v| v == value) {
                seen.push(value.to_string());
            }
        }
        self.summary.sekolah = (self.schools.len() == 1).then(|| self.schools[0].clone());
        self.summary.periode = (self.periods.len() == 1).then(|| self.periods[0].clone());
    }

    /// Typesets and writes the pages waiting: into their own PDFs, or as the next group of
    /// the one PDF.
    fn write_pending(&mut self) -> Result<()> {
        let lang = self.lang;
        match &mut self.out {
            Out::Split { typesetter, pending, .. } => {
                self.written += write_split(lang, typesetter, pending, self.lampiran, self.order)?;
            }
            Out::Book { book, groups, pending } => {
                let doc =
                    Document { summary: None, teachers: &[], lampiran: self.lampiran, order: self.order };
                let parts: Vec<report::pdf::Part> = pending
                    .iter()
                    .flat_map(|(foot, pages)| {
                        let doc = Document { teachers: std::slice::from_ref(pages), ..doc };
                        report::markup::parts(lang, &doc).map(|p| p.with_foot(foot)).collect::<Vec<_>>()
                    })
                    .collect();
                groups.extend(book.add(&parts).map_err(|e| typeset_error(lang, e))?);
                self.written += pending.len();
                pending.clear();
            }
            Out::Keep(_) => {}
        }
        Ok(())
    }
}

impl Sink<Vec<Item>> for ReportSink<'_> {
    fn again(&mut self, teachers: &[pipeline::seen::Again]) -> Result<()> {
        self.again = pipeline::seen::places(teachers);
        Ok(())
    }

    fn batch(&mut self, items: Vec<Item>) -> Result<Option<Vec<Item>>> {
        for item in items {
            match item {
                Item::Teacher { pages, .. } if self.again.remove(&pages.source) => {}
                Item::Teacher { pages, row, school } => {
                    self.note(&school);
                    self.summary.rows.push(row);
                    let group = report::pdf::CHUNK.max(self.jobs);
                    let full = match &mut self.out {
                        Out::Split { dir, pending, .. } => {
                            pending.push((unique(dir, &pages.file_stem(), &mut self.names), *pages));
                            pending.len() >= group
                        }
                        Out::Book { pending, .. } => {
                            pending.push((footer(Some(&school.sekolah), Some(&school.periode)), *pages));
                            pending.len() >= group
                        }
                        Out::Keep(teachers) => {
                            teachers.push(*pages);
                            false
                        }
                    };
                    if full {
                        self.write_pending()?;
                    }
                }
                Item::Unassessed { nama, nip, source, school } => {
                    self.note(&school);
                    self.summary.unassessed.push((nama, nip, source));
                }
                Item::Form { .. } => {}
            }
        }
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.reporter.say(failures);
        for f in failures.iter().filter(|f| !f.warning) {
            self.summary.failed_here(&failed_place(f));
        }
        Ok(())
    }
}

/// Where a failure is, as the summary names it: the file, and the line when known.
fn failed_place(f: &Failure) -> String {
    match f.problem.line {
        Some(line) => format!("{}:{line}", f.file),
        None => f.file.to_string(),
    }
}

/// Makes the `--split` directory.
fn split_dir(lang: Lang, dir: Option<&Path>) -> Result<()> {
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!(i18n::err_split_dir(lang, &dir.display().to_string(), &e.to_string()))
        })?;
    }
    Ok(())
}

/// The instruments whose Lampiran 1B and 1C tables the PDF prints.
fn tables(instruments: &Instruments, lampiran: Lampiran) -> Vec<&Instrument> {
    if lampiran.b || lampiran.c { vec![&instruments.kelas, &instruments.bk] } else { Vec::new() }
}

/// The PDF of a document, typeset part by part.
fn pdf_bytes(
    lang: Lang,
    doc: &Document<'_>,
    footer: &str,
    setup: &report::setup::Setup,
    tables: &[&Instrument],
    jobs: usize,
) -> Result<Vec<u8>> {
    let tables = if doc.teachers.is_empty() { &[] } else { tables };
    let preamble =
        report::markup::preamble_forms(lang, footer, setup, tables).map_err(|e| typeset_error(lang, e))?;
    report::book::render_parts(&preamble, report::markup::parts(lang, doc), jobs)
        .map_err(|e| typeset_error(lang, e))
}

fn typeset_error(lang: Lang, e: String) -> anyhow::Error {
    anyhow::anyhow!(i18n::err_typeset(lang, &e))
}

/// Writes one PDF per pending teacher (typeset side by side), each footed with the sheet it
/// comes from; returns how many were written.
fn write_split(
    lang: Lang,
    typesetter: &report::pdf::Typesetter,
    pending: &mut Vec<(PathBuf, TeacherPages)>,
    lampiran: Lampiran,
    order: Order,
) -> Result<usize> {
    let parts: Vec<report::pdf::Part> = pending
        .iter()
        .flat_map(|(_, pages)| {
            let doc = Document { summary: None, teachers: std::slice::from_ref(pages), lampiran, order };
            report::markup::parts(lang, &doc).map(|part| part.with_foot(&pages.source)).collect::<Vec<_>>()
        })
        .collect();
    let pdfs = typesetter.many(&parts, |document| report::pdf::export(&document));
    for ((path, _), pdf) in pending.iter().zip(pdfs) {
        let bytes = pdf.map_err(|e| typeset_error(lang, e))?;
        let mut f = AtomicFile::create(lang, path, &Made::Pdf)?;
        std::io::Write::write_all(&mut f, &bytes)?;
        f.commit()?;
    }
    let written = pending.len();
    pending.clear();
    Ok(written)
}

/// The footer of a page: the school and period (the summary's when the teachers share them).
fn footer(sekolah: Option<&str>, periode: Option<&str>) -> String {
    let parts: Vec<&str> = [sekolah, periode].into_iter().flatten().filter(|s| !s.is_empty()).collect();
    if parts.is_empty() { "PK Guru".to_string() } else { format!("PK Guru · {}", parts.join(" · ")) }
}

/// Where the teachers' pages go.
enum Out<'a> {
    /// Kept for one HTML document.
    Keep(Vec<TeacherPages>),
    /// One PDF, a group of teachers typeset and written at a time; each waiting teacher with
    /// the footer of its pages.
    Book {
        book: Box<report::book::Book<'a, output::Target>>,
        groups: Vec<report::book::Group>,
        pending: Vec<(String, TeacherPages)>,
    },
    /// One PDF per teacher in `dir`.
    Split { dir: &'a Path, typesetter: &'a report::pdf::Typesetter, pending: Vec<(PathBuf, TeacherPages)> },
}

/// A file name in `dir` not used yet in this run (two teachers with the same NIP and name get
/// `-2`, `-3`…).
fn unique(dir: &Path, stem: &str, used: &mut HashSet<String>) -> PathBuf {
    let mut name = stem.to_string();
    let mut n = 1;
    while !used.insert(name.to_lowercase()) {
        n += 1;
        name = format!("{stem}-{n}");
    }
    dir.join(format!("{name}.pdf"))
}

/// Typesets a document and writes it atomically.
fn write_pdf(
    lang: Lang,
    path: &Path,
    doc: &Document<'_>,
    footer: &str,
    setup: &report::setup::Setup,
    jobs: usize,
) -> Result<()> {
    let bytes = pdf_bytes(lang, doc, footer, setup, &[], jobs)?;
    let mut f = AtomicFile::create(lang, path, &Made::Pdf)?;
    std::io::Write::write_all(&mut f, &bytes)?;
    f.commit()
}
