//! `pkguru check`: validates sheets without writing a rekap, for CI. Every problem is listed;
//! results typed into a sheet (jumlah, nilai, predikat, angka kredit) are recomputed and each
//! mismatch is reported with both values. Exit 0 only when everything is valid.

use crate::lang::Lang;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::i18n;
use crate::pipeline::inputs;
use crate::pipeline::{self, Failure, Options, Sink};
use crate::sheet::ProblemKind;

use super::args::{self, ScoringArgs};

super::args::formats!(
    /// Output formats of `check`.
    CheckFormat { Text, Json, Github }
);

/// Memeriksa lembar tanpa menulis rekap; menghitung ulang hasil yang diketik (audit).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Masukan: CSV lebar, lembar satu guru, workbook, direktori (rekursif, urut), '-' untuk masukan standar.
    #[arg(value_name = "MASUKAN", required = true)]
    pub inputs: Vec<PathBuf>,

    /// Format laporan: text (bawaan), json, github (anotasi workflow).
    #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
    pub format: CheckFormat,

    /// Jumlah thread pekerja; bawaan: jumlah inti.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,

    #[command(flatten)]
    pub scoring: ScoringArgs,
}

#[derive(Serialize)]
struct ProblemJson<'a> {
    file: &'a str,
    line: Option<u64>,
    id: Option<&'a str>,
    kind: &'static str,
    message: &'a str,
    claimed: Option<&'a str>,
    computed: Option<&'a str>,
}

struct CheckSink {
    lang: Lang,
    audited: u64,
    format: CheckFormat,
    out: std::io::StdoutLock<'static>,
    collected: Vec<Failure>,
}

/// GitHub workflow-command escaping (`%`, CR, LF; and `:` `,` in properties).
fn gh_escape(s: &str, property: bool) -> String {
    let s = s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    if property { s.replace(':', "%3A").replace(',', "%2C") } else { s }
}

impl Sink<u64> for CheckSink {
    fn batch(&mut self, audited: u64) -> Result<Option<u64>> {
        self.audited += audited;
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        let lang = self.lang;
        for f in failures {
            match self.format {
                CheckFormat::Text if f.warning => {
                    writeln!(self.out, "{}", i18n::warning_line(lang, &f.file, &f.problem))?
                }
                CheckFormat::Text => writeln!(self.out, "{}", i18n::problem_line(lang, &f.file, &f.problem))?,
                CheckFormat::Github => {
                    let mut props = format!("file={}", gh_escape(&f.file, true));
                    if let Some(l) = f.problem.line {
                        props.push_str(&format!(",line={l}"));
                    }
                    if let Some(at) = &f.problem.at {
                        props.push_str(&format!(",title={}", gh_escape(at, true)));
                    }
                    let message = i18n::problem(lang, &f.problem.kind);
                    let level = if f.warning { "warning" } else { "error" };
                    writeln!(self.out, "::{level} {props}::{}", gh_escape(&message, false))?;
                }
                CheckFormat::Json => self.collected.push(f.clone()),
            }
        }
        Ok(())
    }
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let instruments = args.scoring.instruments(lang)?;
    let schemes = args.scoring.schemes(lang)?;
    let inputs = inputs::expand(&args.inputs);
    let jobs = args::jobs(lang, args.jobs)?;
    let sheet_name = args.scoring.sheet_name.as_deref();
    let plan = pipeline::prepass::plan(inputs, sheet_name, args.scoring.bands(), jobs, false);
    let (mut inputs, partners, early, forms) = (plan.inputs, plan.partners, plan.failures, plan.forms);
    let opts = Options {
        instruments: &instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands(),
        strict: true,
        jobs,
        sheet_name: args.scoring.sheet_name.clone(),
        forms,
        values: None,
        partners: &partners,
        overrides: None,
        schemes: &schemes,
    };
    super::output::check_stdout(lang)?;
    let mut sink = CheckSink {
        lang,
        audited: 0,
        format: args.format,
        out: std::io::stdout().lock(),
        collected: Vec::new(),
    };
    sink.failures(&early)?;
    let mut stats =
        pipeline::run(&mut inputs, &opts, &pipeline::audit::Audit, &mut sink, super::cancel_flag())?;
    let unused = partners.unused();
    sink.failures(&unused)?;
    stats.failed += pipeline::failed_files(&early) + pipeline::failed_files(&unused);
    stats.audited += sink.audited;
    let summary = i18n::check_summary(lang, inputs.len(), stats.scored(), stats.failed, stats.audited);
    match args.format {
        CheckFormat::Text => writeln!(sink.out, "{summary}")?,
        CheckFormat::Github => eprintln!("{summary}"),
        CheckFormat::Json => {
            let words: Vec<(String, Option<(String, String)>)> = sink
                .collected
                .iter()
                .map(|f| {
                    let values = match &f.problem.kind {
                        ProblemKind::Audit(m) => Some(i18n::mismatch_values(lang, m)),
                        _ => None,
                    };
                    (i18n::problem(lang, &f.problem.kind), values)
                })
                .collect();
            let problems: Vec<ProblemJson> = sink
                .collected
                .iter()
                .zip(&words)
                .map(|(f, (message, values))| ProblemJson {
                    file: &f.file,
                    line: f.problem.line,
                    id: f.problem.at.as_deref(),
                    kind: match (values.is_some(), f.warning) {
                        (true, _) => "audit",
                        (false, true) => "warning",
                        (false, false) => "error",
                    },
                    message,
                    claimed: values.as_ref().map(|v| v.0.as_str()),
                    computed: values.as_ref().map(|v| v.1.as_str()),
                })
                .collect();
            #[derive(Serialize)]
            struct Report<'a> {
                valid: bool,
                inputs: usize,
                teachers: u64,
                failed: u64,
                audited: u64,
                problems: Vec<ProblemJson<'a>>,
            }
            let report = Report {
                valid: stats.failed == 0,
                inputs: inputs.len(),
                teachers: stats.scored(),
                failed: stats.failed,
                audited: stats.audited,
                problems,
            };
            // Written whole so that a closed pipe is an I/O error like any other.
            sink.out.write_all(&crate::render::export::json::to_vec("check", &report)?)?;
        }
    }
    sink.out.flush()?;
    Ok(if stats.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
