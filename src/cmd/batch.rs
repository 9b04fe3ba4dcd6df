//! `pkguru batch`: scores a whole school, district or province into one rekap. Bad sheets
//! and rows are reported and skipped; the rekap is written atomically.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::i18n;
use crate::lang::Lang;
use crate::pipeline::inputs;
use crate::pipeline::{self, Failure, Options, Sink, collect};
use crate::render::csv::CsvDialect;
use crate::render::rekap::{self, RekapFormat, Rows};

use super::UsageError;
use super::args::{self, DialectArg, OutputArgs, RekapFormatArg, ScoringArgs};
use super::guard;
use super::output::{self, Background, Target};
use super::problems::{Reporter, progress_bar};
use crate::render::export::Format;

/// Menilai banyak guru sekaligus menjadi satu rekap.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Masukan: CSV lebar, lembar satu guru, workbook, direktori (rekursif, urut), '-' untuk masukan standar.
    #[arg(value_name = "MASUKAN", required = true)]
    pub inputs: Vec<PathBuf>,

    /// Format rekap: csv, json, jsonl, xlsx; bawaan: dari ekstensi -o (.csv, .json, .jsonl, .xlsx), selain itu csv.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<RekapFormatArg>,

    /// Jumlah thread pekerja untuk berkas lebar yang besar; bawaan: jumlah inti.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Tulis juga setiap kegagalan ke BERKAS sebagai CSV (sumber, baris, id, pesan).
    #[arg(long, value_name = "BERKAS")]
    pub errors: Option<PathBuf>,

    /// Tanpa bilah kemajuan dan ringkasan.
    #[arg(short, long)]
    pub quiet: bool,

    #[command(flatten)]
    pub out: OutputArgs,

    #[command(flatten)]
    pub scoring: ScoringArgs,
}

/// The rekap rows, in order, to the writer thread; the problems to the reporter.
struct BatchSink {
    rekap: Background,
    reporter: Reporter,
}

impl Sink<Rows> for BatchSink {
    fn batch(&mut self, rows: Rows) -> Result<Option<Rows>> {
        if rows.is_empty() {
            return Ok(Some(rows));
        }
        self.rekap.send(rows)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.reporter.say(failures);
        Ok(())
    }

    fn progress(&mut self, consumed: u64) {
        self.reporter.progress(consumed);
    }
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let instruments = args.scoring.instruments(lang)?;
    let schemes = args.scoring.schemes(lang)?;
    let outputs = [args.out.output.as_deref(), args.errors.as_deref()];
    let inputs = output::without_outputs(inputs::expand(&args.inputs), &outputs);
    output::refuse_overwrite(lang, &inputs, &outputs)?;
    if let (Some(o), Some(e)) = (&args.out.output, &args.errors)
        && !output::is_stdout(Some(o))
        && (o == e || output::same_file(o, e))
    {
        return Err(UsageError(i18n::err_errors_is_output(lang, &e.display().to_string())).into());
    }
    let format = args::output_format(lang, args.format, args.out.output.as_deref(), Format::Csv)?;
    let format = RekapFormat::of(format).unwrap_or(RekapFormat::Csv);
    let jobs = args::jobs(lang, args.jobs)?;
    let dialect: CsvDialect = args.out.csv_dialect.into();
    let sheet_name = args.scoring.sheet_name.as_deref();
    let plan = pipeline::prepass::plan(inputs, sheet_name, args.scoring.bands(), jobs, false);
    let (mut inputs, partners, early, forms) = (plan.inputs, plan.partners, plan.failures, plan.forms);
    let opts = Options {
        instruments: &instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands(),
        strict: false,
        jobs,
        sheet_name: args.scoring.sheet_name.clone(),
        forms,
        values: None,
        partners: &partners,
        overrides: None,
        schemes: &schemes,
    };
    let errors = args.errors.as_ref().map(|_| dialect);
    let mut reporter = Reporter::new(lang, errors, progress_bar(&inputs, args.quiet || forms));
    reporter.say(&early);
    let mut bands = None;
    let (mut stats, reporter) = if forms {
        let mut sink = FormsSink { forms: Vec::new(), reporter };
        let stats = pipeline::run(&mut inputs, &opts, &collect::Forms, &mut sink, super::cancel_flag())?;
        let FormsSink { forms, reporter } = sink;
        write_errors(lang, args, reporter)?;
        let rekap = crate::render::forms::rekap(lang, &forms, format, dialect)?;
        output::write_all(lang, args.out.output.as_deref(), &rekap)?;
        // A school's own scheme has its own bands: the summary counts those.
        if stats.other_bands > 0 || forms.iter().any(|(_, f)| f.kind() == crate::forms::FormKind::Skema) {
            bands = Some(crate::render::forms::band_counts(&forms));
        }
        (stats, None)
    } else {
        let competencies = instruments.max_competencies();
        let (rows, writer) = rekap::rekap(format, dialect, competencies, lang);
        let decimal = rekap::text_decimal(format, dialect);
        let encoder = rekap::RekapEncoder::new(rows, dialect, decimal, lang, &instruments);
        let target =
            Target::open(lang, args.out.output.as_deref(), &guard::Made::Own(crate::kind::Own::Rekap))?;
        let mut sink = BatchSink { rekap: Background::spawn(target, writer), reporter };
        let mut stats = pipeline::run(&mut inputs, &opts, &encoder, &mut sink, super::cancel_flag())?;
        let unused = partners.unused();
        sink.reporter.say(&unused);
        stats.failed += pipeline::failed_files(&unused);
        (stats, Some(sink))
    };
    stats.failed += pipeline::failed_files(&early);
    if let Some(BatchSink { rekap, reporter }) = reporter {
        // The errors file first: if it cannot be written, no rekap appears either.
        write_errors(lang, args, reporter)?;
        rekap.finish(stats.per_predikat, stats.failed)?;
    }
    if !args.quiet {
        let summary = match &bands {
            Some(bands) => i18n::forms_summary(lang, bands, stats.failed),
            None => {
                i18n::batch_summary(lang, &stats.per_predikat, stats.failed, stats.warned, stats.unassessed)
            }
        };
        eprintln!("{summary}");
        // A person at a terminal writing a standard CSV file most likely opens it in a
        // spreadsheet next, which would damage NIPs and decimals: say what to use instead.
        let to_csv_file = !output::is_stdout(args.out.output.as_deref()) && format == RekapFormat::Csv;
        if to_csv_file && args.out.csv_dialect == DialectArg::Standard && std::io::stderr().is_terminal() {
            eprintln!("{}", i18n::tip_rekap_for_people(lang));
        }
    }
    Ok(if stats.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Writes the `--errors` file, when asked for.
fn write_errors(lang: Lang, args: &Args, reporter: Reporter) -> Result<()> {
    match (&args.errors, reporter.finish()) {
        (Some(path), Some(bytes)) => output::write_all(lang, Some(path), &bytes),
        _ => Ok(()),
    }
}

/// The forms of a forms run, kept for their rekap (made once all are read).
struct FormsSink {
    forms: Vec<crate::forms::Sourced>,
    reporter: Reporter,
}

impl Sink<Vec<crate::forms::Sourced>> for FormsSink {
    fn batch(&mut self, mut forms: Vec<crate::forms::Sourced>) -> Result<Option<Vec<crate::forms::Sourced>>> {
        self.forms.append(&mut forms);
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.reporter.say(failures);
        Ok(())
    }
}
