//! `pkguru batch`: scores a whole school, district or province into one rekap. Bad sheets
//! and rows are reported and skipped; the rekap is written atomically.

use crate::lang::Lang;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};

use crate::i18n;
use crate::pipeline::inputs::{self, Input};
use crate::pipeline::{self, Failure, Options, Sink};
use crate::render::csv::{CsvDialect, RowWriter};
use crate::render::rekap::{self, RekapFormat};

use super::UsageError;
use super::args::{self, DialectArg, RekapFormatArg, ScoringArgs};
use super::output::{self, Background, Target};

/// Menilai banyak guru sekaligus menjadi satu rekap.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Masukan: CSV lebar, lembar satu guru, workbook, direktori (rekursif, urut), '-' untuk masukan standar.
    #[arg(value_name = "MASUKAN", required = true)]
    pub inputs: Vec<PathBuf>,

    /// Tulis rekap ke BERKAS (atomik) alih-alih keluaran standar.
    #[arg(short, long, value_name = "BERKAS")]
    pub output: Option<PathBuf>,

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

    /// Dialek CSV keluaran: standard atau id (Excel Indonesia).
    #[arg(long, value_enum, default_value = "standard", value_name = "DIALEK")]
    pub csv_dialect: DialectArg,

    #[command(flatten)]
    pub scoring: ScoringArgs,
}

/// Refuses an output that is also an input (it would be destroyed).
pub fn refuse_overwrite(lang: Lang, inputs: &[Input], outputs: &[Option<&Path>]) -> Result<()> {
    for out in outputs.iter().flatten() {
        if output::is_stdout(Some(out)) {
            continue;
        }
        for i in inputs {
            if let Some(p) = &i.path
                && (p == out || output::same_file(p, out))
            {
                return Err(UsageError(i18n::err_output_is_input(lang, &out.display().to_string())).into());
            }
        }
    }
    Ok(())
}

/// Drops from what directory walks found the output files of an earlier run (a rekap or
/// errors file pkguru wrote into the folder being scored). Any other file named as output
/// stays an input, and is then refused: an input is never overwritten.
pub fn without_outputs(mut inputs: Vec<Input>, outputs: &[Option<&Path>]) -> Vec<Input> {
    inputs.retain(|i| {
        let Some(p) = i.path.as_deref().filter(|_| i.walked) else { return true };
        let is_output = outputs.iter().flatten().any(|out| p == *out || output::same_file(p, out));
        !(is_output && crate::sheet::input::is_pkguru_output(p))
    });
    inputs
}

struct BatchSink {
    lang: Lang,
    rekap: Background,
    errors: Option<RowWriter>,
    progress: Option<ProgressBar>,
}

impl Sink<RowWriter> for BatchSink {
    fn batch(&mut self, rows: RowWriter) -> Result<Option<RowWriter>> {
        let dialect = rows.dialect();
        if rows.out.is_empty() {
            return Ok(Some(rows));
        }
        Ok(self.rekap.send(rows.out)?.map(|spare| RowWriter::with_buffer(dialect, spare)))
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        let lang = self.lang;
        for f in failures {
            let line = if f.warning {
                i18n::warning_line(lang, &f.file, &f.problem)
            } else {
                i18n::problem_line(lang, &f.file, &f.problem)
            };
            match &self.progress {
                Some(pb) => pb.println(&line),
                None => eprintln!("{line}"),
            }
            if let Some(w) = &mut self.errors {
                w.text(&f.file);
                match f.problem.line {
                    Some(l) => w.uint(l),
                    None => w.text(""),
                }
                w.text(f.problem.at.as_deref().unwrap_or(""));
                let message = i18n::problem(lang, &f.problem.kind);
                if f.warning {
                    w.text(&format!("{}: {message}", i18n::label_warning(lang)));
                } else {
                    w.text(&message);
                }
                w.end();
            }
        }
        Ok(())
    }

    fn progress(&mut self, consumed: u64) {
        if let Some(pb) = &self.progress {
            pb.set_position(consumed);
        }
    }
}

/// The progress bar, only on a terminal and when not quiet.
pub fn progress_bar(inputs: &[Input], quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let total: Option<u64> = inputs.iter().map(Input::size).sum();
    let pb = match total {
        Some(t) => ProgressBar::new(t).with_style(
            ProgressStyle::with_template("{spinner} {bar:30} {bytes}/{total_bytes} {bytes_per_sec} {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner(),
    };
    Some(pb)
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let instruments = args.scoring.instruments(lang)?;
    let outputs = [args.output.as_deref(), args.errors.as_deref()];
    let inputs = without_outputs(inputs::expand(&args.inputs), &outputs);
    refuse_overwrite(lang, &inputs, &outputs)?;
    if let (Some(o), Some(e)) = (&args.output, &args.errors)
        && !output::is_stdout(Some(o))
        && (o == e || output::same_file(o, e))
    {
        return Err(UsageError(i18n::err_errors_is_output(lang, &e.display().to_string())).into());
    }
    let by_extension = [
        ("csv", RekapFormatArg::Csv),
        ("json", RekapFormatArg::Json),
        ("jsonl", RekapFormatArg::Jsonl),
        ("ndjson", RekapFormatArg::Jsonl),
        ("xlsx", RekapFormatArg::Xlsx),
    ];
    let format: RekapFormat =
        args::output_format(lang, args.format, args.output.as_deref(), &by_extension, RekapFormatArg::Csv)?
            .into();
    if format == RekapFormat::Xlsx && output::is_stdout(args.output.as_deref()) {
        return Err(UsageError(i18n::err_xlsx_needs_output(lang)).into());
    }
    let jobs = args::jobs(lang, args.jobs)?;
    let dialect: CsvDialect = args.csv_dialect.into();
    if inputs.first().is_some_and(|i| super::evaluasi::is_form_input(i, args.scoring.sheet_name.as_deref())) {
        return forms(lang, args, &inputs, format, dialect);
    }
    let (mut inputs, partners, early) = pipeline::prepass::pair(
        inputs,
        args.scoring.sheet_name.as_deref(),
        args.scoring.bands(),
        jobs,
        false,
    );
    let competencies = instruments.max_competencies();
    let (rows, rekap) = rekap::rekap(format, dialect, competencies, lang);
    let decimal = rekap::text_decimal(format, dialect);
    let encoder = rekap::RekapEncoder::new(rows, dialect, decimal, lang, &instruments);
    let target = Target::open(lang, args.output.as_deref())?;
    let mut sink = BatchSink {
        lang,
        rekap: Background::spawn(target, rekap),
        errors: args.errors.as_ref().map(|_| errors_writer(dialect)),
        progress: progress_bar(&inputs, args.quiet),
    };
    let opts = Options {
        instruments: &instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands(),
        strict: false,
        jobs,
        sheet_name: args.scoring.sheet_name.clone(),
        partners: &partners,
    };
    sink.failures(&early)?;
    let mut stats = pipeline::run(&mut inputs, &opts, &encoder, &mut sink, super::cancel_flag())?;
    let unused = partners.unused();
    sink.failures(&unused)?;
    stats.failed += pipeline::failed_files(&early) + pipeline::failed_files(&unused);
    if let Some(pb) = &sink.progress {
        pb.finish_and_clear();
    }
    let BatchSink { rekap, errors, .. } = sink;
    // The errors file first: if it cannot be written, no rekap appears either.
    if let (Some(path), Some(w)) = (&args.errors, errors) {
        output::write_all(lang, Some(path), &w.out)?;
    }
    rekap.finish(stats.per_predikat, stats.failed)?;
    if !args.quiet {
        eprintln!(
            "{}",
            i18n::batch_summary(lang, &stats.per_predikat, stats.failed, stats.warned, stats.unassessed)
        );
        // A person at a terminal writing a standard CSV file most likely opens it in a
        // spreadsheet next, which would damage NIPs and decimals: say what to use instead.
        let to_csv_file = !output::is_stdout(args.output.as_deref()) && format == RekapFormat::Csv;
        if to_csv_file && args.csv_dialect == DialectArg::Standard && std::io::stderr().is_terminal() {
            eprintln!("{}", i18n::tip_rekap_for_people(lang));
        }
    }
    Ok(if stats.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// The `--errors` file's writer, its header written.
fn errors_writer(dialect: CsvDialect) -> RowWriter {
    let mut w = RowWriter::new(dialect);
    w.bom();
    for h in ["sumber", "baris", "id", "pesan"] {
        w.text(h);
    }
    w.end();
    w
}

/// `batch` on evaluasi diri forms: every input read and scored, one rekap of the forms.
fn forms(
    lang: Lang,
    args: &Args,
    inputs: &[Input],
    format: RekapFormat,
    dialect: CsvDialect,
) -> Result<ExitCode> {
    let (scored, failures) =
        super::evaluasi::score_all(inputs, args.scoring.sheet_name.as_deref(), args.scoring.bands());
    let mut errors = args.errors.as_ref().map(|_| errors_writer(dialect));
    super::evaluasi::report_failures(lang, &failures, errors.as_mut());
    if let (Some(path), Some(w)) = (&args.errors, errors) {
        output::write_all(lang, Some(path), &w.out)?;
    }
    output::write_all(
        lang,
        args.output.as_deref(),
        &super::evaluasi::rekap(lang, &scored, format, dialect)?,
    )?;
    let stats = super::evaluasi::stats(&scored, &failures);
    if !args.quiet {
        eprintln!("{}", i18n::batch_summary(lang, &stats.per_predikat, stats.failed, 0, 0));
    }
    Ok(if stats.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
