//! `pkguru report`: the printable forms (Lampiran 1B, 1C, 1D) of every teacher in the inputs
//! and the school summary, as one HTML or PDF document, or one PDF per teacher (`--split`).
//! Inputs are read like `batch` reads them; bad sheets are reported and left out; every
//! document is written atomically.

use crate::lang::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::core::assessment;
use crate::core::instrument::Instrument;
use crate::i18n;
use crate::pipeline::inputs;
use crate::render::report::{self, Document, Lampiran, Order, Summary, SummaryRow, TeacherPages};
use crate::sheet::{self, Instruments, Problem, Sheet};

use super::UsageError;
use super::args::ScoringArgs;
use super::output::{self, AtomicFile};

/// Document formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Html,
    Pdf,
}

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
    #[arg(value_name = "MASUKAN", required = true)]
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
            let by_extension =
                [("html", ReportFormat::Html), ("htm", ReportFormat::Html), ("pdf", ReportFormat::Pdf)];
            let out = args.output.as_deref();
            let format =
                super::args::output_format(lang, args.format, out, &by_extension, ReportFormat::Html)?;
            if args.format.is_none() && !by_extension.iter().any(|(e, _)| out.is_some_and(|o| has_ext(o, e)))
            {
                return Err(UsageError(i18n::err_report_extension(lang)).into());
            }
            format
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
    let instruments = args.scoring.instruments(lang)?;
    let outputs = [args.output.as_deref()];
    let inputs = output::without_outputs(inputs::expand(&args.inputs), &outputs);
    output::refuse_overwrite(lang, &inputs, &outputs)?;
    if let Some(dir) = &args.split {
        std::fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!(i18n::err_split_dir(lang, &dir.display().to_string(), &e.to_string()))
        })?;
    }
    let jobs = super::args::jobs(lang, args.jobs)?;
    if inputs.first().is_some_and(|i| super::evaluasi::is_form_input(i, args.scoring.sheet_name.as_deref())) {
        return forms(lang, args, &inputs, format, jobs);
    }
    let (mut inputs, pairing, early) = crate::pipeline::prepass::pair(
        inputs,
        args.scoring.sheet_name.as_deref(),
        args.scoring.bands(),
        jobs,
        false,
    );
    let cancel = super::cancel_flag();
    let mut reader = Reader::new(lang, &instruments, &args.scoring);
    reader.tambahan = pairing;
    for f in &early {
        eprintln!("{}", i18n::problem_line(lang, &f.file, &f.problem));
    }
    reader.summary.failed += crate::pipeline::failed_files(&early);
    let mut teachers: Vec<TeacherPages> = Vec::new();
    let mut pending: Vec<(PathBuf, TeacherPages)> = Vec::new();
    let typesetter = match &args.split {
        Some(_) => {
            let preamble = report::markup::preamble_forms(lang, "", &tables(&instruments, lampiran))
                .map_err(|e| typeset_error(lang, e))?;
            Some(report::pdf::Typesetter::new(&preamble, jobs).map_err(|e| typeset_error(lang, e))?)
        }
        None => None,
    };
    let mut written = 0usize;
    for input in &mut inputs {
        if cancel.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(crate::pipeline::Interrupted.into());
        }
        for pages in reader.input(input) {
            match (&args.split, &typesetter) {
                (Some(dir), Some(typesetter)) => {
                    let path = unique(dir, &pages.file_stem(), &mut reader.names);
                    pending.push((path, pages));
                    if pending.len() >= report::pdf::CHUNK.max(jobs) {
                        written += write_split(lang, typesetter, &mut pending, lampiran, order)?;
                    }
                }
                _ => teachers.push(pages),
            }
        }
    }
    if let Some(typesetter) = &typesetter {
        written += write_split(lang, typesetter, &mut pending, lampiran, order)?;
    }
    if let Some(db) = &args.riwayat {
        reader.summary.riwayat = Some(super::riwayat::report_section(lang, db, &reader.summary)?);
    }
    for f in reader.tambahan.unused() {
        eprintln!("{}", i18n::problem_line(lang, &f.file, &f.problem));
        reader.summary.failed += 1;
    }
    let summary = &reader.summary;
    let show_summary = !args.tanpa_ringkasan && summary.rows.len() + summary.unassessed.len() > 1;
    let footer = footer(summary);
    match (&args.split, format) {
        (Some(dir), _) => {
            if show_summary {
                let doc = Document { summary: Some(summary), teachers: &[], lampiran, order };
                write_pdf(
                    lang,
                    &dir.join(format!("{}.pdf", i18n::rp_summary_file(lang))),
                    &doc,
                    &footer,
                    &[],
                    jobs,
                )?;
            }
        }
        (None, ReportFormat::Html) => {
            let doc =
                Document { summary: show_summary.then_some(summary), teachers: &teachers, lampiran, order };
            output::write_all(lang, args.output.as_deref(), report::html::document(lang, &doc).as_bytes())?;
            written = teachers.len();
        }
        (None, ReportFormat::Pdf) => {
            let doc =
                Document { summary: show_summary.then_some(summary), teachers: &teachers, lampiran, order };
            let bytes = pdf_bytes(lang, &doc, &footer, &tables(&instruments, lampiran), jobs)?;
            output::write_all(lang, args.output.as_deref(), &bytes)?;
            written = teachers.len();
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

/// The instruments whose Lampiran 1B and 1C tables the PDF prints.
fn tables(instruments: &Instruments, lampiran: Lampiran) -> Vec<&Instrument> {
    if lampiran.b || lampiran.c { vec![&instruments.kelas, &instruments.bk] } else { Vec::new() }
}

/// The PDF of a document, typeset part by part.
fn pdf_bytes(
    lang: Lang,
    doc: &Document<'_>,
    footer: &str,
    tables: &[&Instrument],
    jobs: usize,
) -> Result<Vec<u8>> {
    let tables = if doc.teachers.is_empty() { &[] } else { tables };
    let preamble =
        report::markup::preamble_forms(lang, footer, tables).map_err(|e| typeset_error(lang, e))?;
    report::pdf::render_parts(&preamble, report::markup::parts(lang, doc), jobs)
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
        let mut f = AtomicFile::create(lang, path)?;
        std::io::Write::write_all(&mut f, &bytes)?;
        f.commit()?;
    }
    let written = pending.len();
    pending.clear();
    Ok(written)
}

fn has_ext(p: &Path, ext: &str) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The footer of every page: the school and period when the teachers share them.
fn footer(s: &Summary) -> String {
    let parts: Vec<&str> = [s.sekolah.as_deref(), s.periode.as_deref()].into_iter().flatten().collect();
    if parts.is_empty() { "PK Guru".to_string() } else { format!("PK Guru · {}", parts.join(" · ")) }
}

/// A file name in `dir` not used yet in this run (two teachers with the same NIP and name get
/// `-2`, `-3`…).
fn unique(dir: &Path, stem: &str, used: &mut std::collections::HashSet<String>) -> PathBuf {
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
    tables: &[&Instrument],
    jobs: usize,
) -> Result<()> {
    let bytes = pdf_bytes(lang, doc, footer, tables, jobs)?;
    let mut f = AtomicFile::create(lang, path)?;
    std::io::Write::write_all(&mut f, &bytes)?;
    f.commit()
}

/// Reads inputs into teachers' pages, reporting what cannot be read the way `batch` does,
/// and keeps the summary lines (used by `report` and `rank`).
pub(crate) struct Reader<'a> {
    lang: Lang,
    instruments: &'a Instruments,
    scoring: &'a super::args::ScoringArgs,
    pub(crate) summary: Summary,
    /// Schools and periods seen: the summary names them when there is one of each.
    schools: Vec<String>,
    periods: Vec<String>,
    names: std::collections::HashSet<String>,
    /// Tugas tambahan sheets given among the inputs, blended by NIP.
    pub(crate) tambahan: crate::pipeline::prepass::Partners,
    /// The PKB activities worksheet of the workbook being read: its total is the teachers'
    /// AK PKB on Lampiran 1D.
    pkb: Option<crate::sheet::pkb::PkbList>,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(
        lang: Lang,
        instruments: &'a Instruments,
        scoring: &'a super::args::ScoringArgs,
    ) -> Reader<'a> {
        Reader {
            lang,
            instruments,
            scoring,
            summary: Summary::default(),
            schools: Vec::new(),
            periods: Vec::new(),
            names: std::collections::HashSet::new(),
            tambahan: Default::default(),
            pkb: None,
        }
    }

    fn problem(&mut self, file: &str, p: &Problem, warning: bool) {
        let lang = self.lang;
        let line =
            if warning { i18n::warning_line(lang, file, p) } else { i18n::problem_line(lang, file, p) };
        eprintln!("{line}");
    }

    fn fail(&mut self, file: &str, problems: &[Problem]) {
        self.summary.failed += 1;
        for p in problems {
            self.problem(file, p, false);
        }
    }

    /// Every teacher of one input, in order.
    pub(crate) fn input(&mut self, input: &mut inputs::Input) -> Vec<TeacherPages> {
        let Some(bytes) = self.read(input) else { return Vec::new() };
        // A workbook converted ahead (opened without --sheet) names its other worksheets:
        // no second conversion to find them.
        let pkb = match (&input.converted, &self.scoring.sheet_name) {
            (Some(c), None) => {
                c.parts.as_ref().ok().and_then(|p| sheet::pkb_among(&input.label, &bytes, sheet::skipped(p)))
            }
            _ => sheet::pkb_part(&input.label, &bytes),
        };
        self.pkb = match pkb {
            Some((_, Ok(list))) => Some(list),
            Some((part, Err(problems))) => {
                self.fail(&part, &problems);
                None
            }
            None => None,
        };
        let Some(parts) = self.open(input, &bytes) else { return Vec::new() };
        parts.parts.iter().flat_map(|part| self.part(part)).collect()
    }

    /// The bytes of an input, or `None` when it cannot be read (said, and counted as failed).
    pub(crate) fn read(&mut self, input: &inputs::Input) -> Option<Vec<u8>> {
        let path = input.path.clone().unwrap_or_else(|| PathBuf::from("-"));
        match sheet::input::read_all(&path) {
            Ok(b) => Some(b),
            Err(p) => {
                self.fail(&input.label, &[p]);
                None
            }
        }
    }

    /// The parts of an input (its score sheets), with the notes about it said.
    pub(crate) fn open<'b>(
        &mut self,
        input: &mut inputs::Input,
        bytes: &'b [u8],
    ) -> Option<sheet::Parts<'b>> {
        let opened = match input.converted.take() {
            Some(c) => c.parts,
            None => sheet::open(&input.label, bytes, self.scoring.sheet_name.as_deref()),
        };
        let parts = match opened {
            Ok(mut parts) => {
                sheet::without_tambahan(&mut parts);
                parts
            }
            Err(p) if input.walked && p.kind == sheet::ProblemKind::OwnRekap => {
                self.problem(&input.label, &Problem::file(sheet::ProblemKind::OwnRekapSkipped), true);
                return None;
            }
            Err(p) => {
                self.fail(&input.label, &[p]);
                return None;
            }
        };
        for n in &parts.notes {
            self.problem(&input.label, n, true);
        }
        Some(parts)
    }

    /// Every teacher of one part, in order.
    pub(crate) fn part(&mut self, part: &sheet::Part<'_>) -> Vec<TeacherPages> {
        let mut out = Vec::new();
        {
            let teachers = sheet::read_teachers(
                &part.label,
                &part.opened,
                self.scoring.read_options(),
                self.instruments,
            );
            for n in &teachers.notes {
                self.problem(&part.label, n, true);
            }
            for read in teachers.sheets {
                match read {
                    Err(mut e) => {
                        e.problems.extend(part.hints.iter().cloned());
                        self.fail(&part.label, &e.problems);
                    }
                    Ok(s) => {
                        if let Some(p) = self.teacher(&part.label, s) {
                            out.push(p);
                        }
                    }
                }
            }
        }
        out
    }

    /// One teacher's pages, or `None` (not yet assessed, or a contradictory identity).
    fn teacher(&mut self, label: &str, mut s: Sheet) -> Option<TeacherPages> {
        let lang = self.lang;
        if let Some(list) = &self.pkb {
            s.teacher.ak_pkb = Some(list.totals.total());
        }
        if let Some(kind) = self.tambahan.apply(&mut s.teacher) {
            let at = Some(crate::core::teacher::Field::TugasTambahan.key().into());
            self.fail(label, &[Problem::new(s.line, at, kind)]);
            return None;
        }
        for w in &s.warnings {
            self.problem(label, w, true);
        }
        let source = match s.line {
            Some(l) => format!("{label}:{l}"),
            None => label.to_string(),
        };
        self.note_identity(&s);
        if let Some(d) = &s.unassessed {
            self.problem(label, d, true);
            let nama = s.teacher.nama.as_deref().unwrap_or("").trim().to_string();
            let nip = s.teacher.nip.as_deref().unwrap_or("").trim().to_string();
            self.summary.unassessed.push((nama, nip, source));
            return None;
        }
        let inst = self.instruments.get(s.jenis);
        let a = assessment::assess(inst, &s.scores, &s.teacher, self.scoring.bands());
        if let Some(i) = a.credit.invalid() {
            let p = Problem::new(
                s.line,
                Some(crate::core::teacher::Field::TugasTambahan.key().into()),
                sheet::ProblemKind::InvalidIdentity(i),
            );
            self.fail(label, &[p]);
            return None;
        }
        let pages = TeacherPages::new(lang, &source, &s, inst, &a);
        self.summary.rows.push(SummaryRow::new(&pages, &a));
        Some(pages)
    }

    /// Remembers the school and period, so the summary can name them when all share one.
    fn note_identity(&mut self, s: &Sheet) {
        let sekolah = s.teacher.sekolah.as_deref().map(str::trim).unwrap_or("");
        let periode_i = crate::core::teacher::Field::APPRAISAL
            .iter()
            .position(|f| *f == crate::core::teacher::Field::Periode);
        let periode = periode_i.map_or("", |i| s.teacher.appraisal_strs()[i]);
        for (seen, value) in [(&mut self.schools, sekolah), (&mut self.periods, periode)] {
            if !value.is_empty() && !seen.iter().any(|v| v == value) {
                seen.push(value.to_string());
            }
        }
        self.summary.sekolah = (self.schools.len() == 1).then(|| self.schools[0].clone());
        self.summary.periode = (self.periods.len() == 1).then(|| self.periods[0].clone());
    }
}

/// `report` on evaluasi diri forms: one printed form per teacher (HTML, one PDF, or one PDF
/// per teacher with `--split`).
fn forms(
    lang: Lang,
    args: &Args,
    inputs: &[crate::pipeline::inputs::Input],
    format: ReportFormat,
    jobs: usize,
) -> Result<ExitCode> {
    use report::evaluasi::{FormPage, html_document, markup};
    let (scored, failures) =
        super::evaluasi::score_all(inputs, args.scoring.sheet_name.as_deref(), args.scoring.bands());
    super::evaluasi::report_failures(lang, &failures, None);
    let pages: Vec<FormPage> = scored.iter().map(|s| FormPage::new(lang, &s.sheet, &s.result)).collect();
    let footer = i18n::ev_title(lang);
    match (&args.split, format) {
        (Some(dir), _) => {
            let mut names = std::collections::HashSet::new();
            for (page, s) in pages.iter().zip(&scored) {
                let path = unique(dir, &page.file_stem, &mut names);
                let part = report::pdf::Part {
                    markup: markup(lang, page),
                    foot: Some(s.label.clone()),
                    who: page.who.clone(),
                };
                let bytes = report::pdf::render_parts(
                    &report::markup::preamble(lang, footer),
                    std::iter::once(part),
                    1,
                )
                .map_err(|e| typeset_error(lang, e))?;
                output::write_all(lang, Some(&path), &bytes)?;
            }
        }
        (None, ReportFormat::Html) => {
            output::write_all(lang, args.output.as_deref(), html_document(lang, &pages).as_bytes())?
        }
        (None, ReportFormat::Pdf) => {
            let preamble = report::markup::preamble(lang, footer);
            let parts = pages.iter().map(|p| report::pdf::Part {
                markup: markup(lang, p),
                foot: None,
                who: p.who.clone(),
            });
            let bytes =
                report::pdf::render_parts(&preamble, parts, jobs).map_err(|e| typeset_error(lang, e))?;
            output::write_all(lang, args.output.as_deref(), &bytes)?;
        }
    }
    let stats = super::evaluasi::stats(&scored, &failures);
    if !args.quiet {
        eprintln!("{}", i18n::report_summary(lang, pages.len() as u64, 0, stats.failed));
    }
    Ok(if stats.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
