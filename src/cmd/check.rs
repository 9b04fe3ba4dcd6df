//! `pkguru check`: validates sheets without writing a rekap, for CI. Every problem is listed;
//! results typed into a sheet (jumlah, nilai, predikat, angka kredit) are recomputed and each
//! mismatch is reported with both values. Exit 0 only when everything is valid.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::batch::inputs;
use crate::batch::{self, Failure, Mode, Options, Sink};
use crate::cli::{ScoringArgs, UsageError};
use crate::i18n;

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    Github,
}

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
    format: CheckFormat,
    out: std::io::StdoutLock<'static>,
    collected: Vec<Failure>,
}

/// GitHub workflow-command escaping (`%`, CR, LF; and `:` `,` in properties).
fn gh_escape(s: &str, property: bool) -> String {
    let s = s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    if property { s.replace(':', "%3A").replace(',', "%2C") } else { s }
}

impl Sink for CheckSink {
    fn rows(&mut self, _bytes: &[u8]) -> Result<()> {
        Ok(())
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        for f in failures {
            match self.format {
                CheckFormat::Text => writeln!(self.out, "{}", f.to_line())?,
                CheckFormat::Github => {
                    let mut props = format!("file={}", gh_escape(&f.file, true));
                    if let Some(l) = f.line {
                        props.push_str(&format!(",line={l}"));
                    }
                    if let Some(at) = &f.at {
                        props.push_str(&format!(",title={}", gh_escape(at, true)));
                    }
                    writeln!(self.out, "::error {props}::{}", gh_escape(&f.message, false))?;
                }
                CheckFormat::Json => self.collected.push(f.clone()),
            }
        }
        Ok(())
    }
}

/// Runs the command.
pub fn run(args: &Args) -> Result<ExitCode> {
    let instruments = args.scoring.instruments()?;
    let inputs = inputs::expand(&args.inputs);
    if args.jobs == Some(0) {
        return Err(UsageError(i18n::err_jobs_zero()).into());
    }
    let opts = Options {
        instruments: &instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands,
        mode: Mode::Check,
        competencies: instruments.kelas.competencies.len().max(instruments.bk.competencies.len()),
        dialect: Default::default(),
        jobs: args.jobs.unwrap_or_else(super::batch::default_jobs),
        sheet_name: args.scoring.sheet_name.clone(),
    };
    let mut sink = CheckSink { format: args.format, out: std::io::stdout().lock(), collected: Vec::new() };
    let stats = batch::run(&inputs, &opts, &mut sink, crate::cli::cancel_flag())?;
    match args.format {
        CheckFormat::Text => writeln!(sink.out, "{}", i18n::check_summary(inputs.len(), &stats))?,
        CheckFormat::Github => eprintln!("{}", i18n::check_summary(inputs.len(), &stats)),
        CheckFormat::Json => {
            let problems: Vec<ProblemJson> = sink
                .collected
                .iter()
                .map(|f| ProblemJson {
                    file: &f.file,
                    line: f.line,
                    id: f.at.as_deref(),
                    kind: if f.mismatch.is_some() { "audit" } else { "error" },
                    message: &f.message,
                    claimed: f.mismatch.as_ref().map(|m| m.claimed.as_str()),
                    computed: f.mismatch.as_ref().map(|m| m.computed.as_str()),
                })
                .collect();
            #[derive(Serialize)]
            struct Report<'a> {
                schema: &'static str,
                valid: bool,
                inputs: usize,
                teachers: u64,
                failed: u64,
                audited: u64,
                problems: Vec<ProblemJson<'a>>,
            }
            let report = Report {
                schema: "pkguru/check/1",
                valid: stats.failed == 0,
                inputs: inputs.len(),
                teachers: stats.scored(),
                failed: stats.failed,
                audited: stats.audited,
                problems,
            };
            serde_json::to_writer_pretty(&mut sink.out, &report)?;
            writeln!(sink.out)?;
        }
    }
    sink.out.flush()?;
    Ok(if stats.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
