//! Evaluasi diri forms through `score`, `batch` and `check`: a form is recognised by its
//! columns (or JSON format) and takes this path instead of the PK Guru engine. When the first
//! input of `batch` or `check` is a form, every input must be one.

use crate::lang::Lang;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Result, anyhow};

use crate::core::evaluasi::FormResult;
use crate::core::predikat::Bands;
use crate::i18n;
use crate::pipeline::inputs::Input;
use crate::pipeline::{Failure, Stats};
use crate::render::csv::{CsvDialect, RowWriter};
use crate::render::evaluasi::{self as render, RekapForm};
use crate::render::rekap::RekapFormat;
use crate::sheet::evaluasi::{self, EvaluasiSheet};
use crate::sheet::{self, Problem, ProblemKind};

/// An input read as an evaluasi diri form: `None` when it is not one (or cannot be opened;
/// the PK Guru path then says why).
pub fn read(
    label: &str,
    bytes: &[u8],
    sheet_name: Option<&str>,
) -> Option<Result<EvaluasiSheet, Vec<Problem>>> {
    let parts = sheet::open(label, bytes, sheet_name).ok()?;
    let part = parts.parts.first()?;
    evaluasi::is_form(&part.opened).then(|| evaluasi::read(&part.opened))
}

/// Whether a file named as input is an evaluasi diri form.
pub fn is_form_input(input: &Input, sheet_name: Option<&str>) -> bool {
    crate::pipeline::inputs::head_if_small(input)
        .is_some_and(|bytes| read(&input.label, &bytes, sheet_name).is_some())
}

/// A scored form with its source.
pub struct Scored {
    pub label: String,
    pub sheet: EvaluasiSheet,
    pub result: FormResult,
}

/// Reads and scores every input; inputs that are not forms, or that have problems, are
/// failures.
pub fn score_all(inputs: &[Input], sheet_name: Option<&str>, bands: Bands) -> (Vec<Scored>, Vec<Failure>) {
    let mut scored = Vec::new();
    let mut failures = Vec::new();
    for input in inputs {
        let file: Arc<str> = Arc::from(input.label.as_str());
        let fail = |failures: &mut Vec<Failure>, problems: Vec<Problem>| {
            failures.extend(problems.into_iter().map(|problem| Failure {
                file: Arc::clone(&file),
                problem,
                warning: false,
            }));
        };
        let bytes = match input
            .path
            .as_deref()
            .map_or_else(|| sheet::input::read_all(Path::new("-")), sheet::input::read_all)
        {
            Ok(b) => b,
            Err(p) => {
                fail(&mut failures, vec![p]);
                continue;
            }
        };
        match read(&input.label, &bytes, sheet_name) {
            None => fail(&mut failures, vec![Problem::file(ProblemKind::NotEvaluasiForm)]),
            Some(Err(problems)) => fail(&mut failures, problems),
            Some(Ok(sheet)) => match sheet.result(bands) {
                Some(result) => scored.push(Scored { label: input.label.clone(), sheet, result }),
                None => fail(&mut failures, vec![Problem::file(ProblemKind::EvaluasiNothingAssessed)]),
            },
        }
    }
    (scored, failures)
}

/// The counts of a run, for the summaries `batch` and `check` print.
pub fn stats(scored: &[Scored], failures: &[Failure]) -> Stats {
    let mut stats = Stats::default();
    for s in scored {
        stats.count(s.result.predikat);
    }
    stats.failed = crate::pipeline::failed_files(failures);
    stats
}

/// `score` on one form: the table, JSON, or the one-row CSV rekap.
pub fn score(
    lang: Lang,
    label: &str,
    sheet: &EvaluasiSheet,
    bands: Bands,
    format: super::score::ScoreFormat,
    dialect: CsvDialect,
) -> Result<ExitCode> {
    let result =
        sheet.result(bands).ok_or_else(|| anyhow!("{label}: {}", i18n::err_evaluasi_nothing(lang)))?;
    let bytes = match format {
        super::score::ScoreFormat::Table => render::table(lang, sheet, &result).into_bytes(),
        super::score::ScoreFormat::Json => render::json(label, sheet, &result).into_bytes(),
        super::score::ScoreFormat::Csv => {
            render::rekap_csv(lang, &[RekapForm { source: label, sheet, result: &result }], dialect)
        }
    };
    super::output::write_all(lang, None, &bytes)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints failures as `batch` does, and collects them for an `--errors` file.
pub fn report_failures(lang: Lang, failures: &[Failure], errors: Option<&mut RowWriter>) {
    let mut errors = errors;
    for f in failures {
        eprintln!("{}", i18n::problem_line(lang, &f.file, &f.problem));
        if let Some(w) = errors.as_deref_mut() {
            w.text(&f.file);
            match f.problem.line {
                Some(l) => w.uint(l),
                None => w.text(""),
            }
            w.text(f.problem.at.as_deref().unwrap_or(""));
            w.text(&i18n::problem(lang, &f.problem.kind));
            w.end();
        }
    }
}

/// The rekap of many forms in a format.
pub fn rekap(lang: Lang, scored: &[Scored], format: RekapFormat, dialect: CsvDialect) -> Result<Vec<u8>> {
    let forms: Vec<RekapForm<'_>> =
        scored.iter().map(|s| RekapForm { source: &s.label, sheet: &s.sheet, result: &s.result }).collect();
    Ok(match format {
        RekapFormat::Csv => render::rekap_csv(lang, &forms, dialect),
        RekapFormat::Json => render::rekap_json(&forms),
        RekapFormat::Jsonl => {
            let mut out = Vec::new();
            for f in &forms {
                serde_json::to_writer(&mut out, &render::json_value(f.source, f.sheet, f.result))?;
                out.push(b'\n');
            }
            out
        }
        RekapFormat::Xlsx => render::rekap_xlsx(lang, &forms)?,
    })
}
