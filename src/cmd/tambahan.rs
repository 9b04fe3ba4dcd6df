//! Tugas tambahan instrument sheets through the commands: scored alone by `score`, blended
//! into a teacher's PK Guru result by `score`/`credit` (`--tambahan FILE`, or a worksheet of
//! the same workbook), and paired by NIP with the PK Guru sheets of `batch`, `check` and
//! `report` when given among their inputs.

use crate::lang::Lang;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::predikat::Bands;
use crate::core::tambahan;
use crate::core::teacher::Teacher;
use crate::i18n;
use crate::sheet::tambahan::TambahanSheet;
use crate::sheet::{self, Problem, ProblemKind, SheetError};

pub use crate::pipeline::prepass::read;

fn located(lang: Lang, label: &str, problems: Vec<Problem>) -> anyhow::Error {
    anyhow!(i18n::sheet_error(lang, &SheetError { file: label.to_string(), problems }))
}

/// The tugas tambahan sheet named by `--tambahan`, read.
pub fn from_file(lang: Lang, path: &Path, sheet_name: Option<&str>) -> Result<TambahanSheet> {
    let label = sheet::input::label(path);
    let bytes = sheet::input::read_all(path).map_err(|p| located(lang, &label, vec![p]))?;
    match read(&label, &bytes, sheet_name) {
        Some(r) => r.map_err(|p| located(lang, &label, p)),
        None => {
            Err(located(lang, &label, vec![Problem::file(ProblemKind::TambahanInstrumen(String::new()))]))
        }
    }
}

/// The tugas tambahan sheet of a teacher: `--tambahan FILE`, else a worksheet of the same
/// workbook; at most one.
pub fn for_teacher(
    lang: Lang,
    given: Option<&Path>,
    label: &str,
    bytes: &[u8],
    sheet_name: Option<&str>,
) -> Result<Option<TambahanSheet>> {
    let (mut found, _) = sheet::tambahan_parts(label, bytes, sheet_name);
    match (given, found.len()) {
        (Some(p), 0) => from_file(lang, p, sheet_name).map(Some),
        (None, 0) => Ok(None),
        (None, 1) => {
            let (part, read) = found.remove(0);
            read.map(Some).map_err(|p| located(lang, &part, p))
        }
        _ => {
            let mut names: Vec<String> = found.into_iter().map(|(l, _)| l).collect();
            names.extend(given.map(|p| p.display().to_string()));
            Err(located(lang, label, vec![Problem::file(ProblemKind::TambahanTwice(names.join(", ")))]))
        }
    }
}

/// Blends a scored sheet into a teacher; a conflict with typed values is a data error.
pub fn apply(
    lang: Lang,
    label: &str,
    t: &mut Teacher<String>,
    s: &TambahanSheet,
    bands: Bands,
) -> Result<()> {
    let h = s.result(bands);
    tambahan::blend(t, s.instrumen, &h).map_err(|c| anyhow!("{label}: {}", i18n::blend_conflict(lang, c)))
}

/// `score` on a tugas tambahan sheet alone.
pub fn score(
    lang: Lang,
    label: &str,
    s: &TambahanSheet,
    bands: Bands,
    format: super::score::ScoreFormat,
) -> Result<ExitCode> {
    let h = s.result(bands);
    let text = match format {
        super::score::ScoreFormat::Json => crate::render::tambahan::json(label, s, &h),
        _ => crate::render::tambahan::table(lang, s, &h),
    };
    super::output::write_all(lang, None, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
