//! The one-teacher CSV sheet (`pkguru template` output): one row per identity field or
//! indicator, keyed by the `id` column, with the value in the `skor` column.

use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};
use crate::scan::LineTracker;

use super::{
    Entry, Instruments, Key, KeyCell, Problem, ProblemKind, ReadOptions, Sheet, key_cell,
    numbers_without_option, settle, split_warnings,
};

/// Reads the rows after the header. Collects every problem before failing.
pub fn read<R: std::io::Read>(
    mut rdr: csv::Reader<R>,
    bytes: &[u8],
    id_col: usize,
    score_col: usize,
    opts: ReadOptions,
    instruments: &Instruments,
) -> Result<Sheet, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut teacher = Teacher::<String>::default();
    let mut entries = Vec::new();
    let mut seen_fields: Vec<(Field, u64)> = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut lines = LineTracker::new(1);
    // The indicator text column, which tells a damaged ID (`4.1` for `4.10`) by its text.
    let text_col =
        rdr.headers().ok().and_then(|h| h.iter().position(|c| c.trim().eq_ignore_ascii_case("uraian")));
    // The penilai's notes, printed on Lampiran 1B.
    let note_col = rdr.headers().ok().and_then(|h| {
        h.iter()
            .position(|c| super::NOTE_COLUMNS.contains(&c.trim().to_lowercase().replace(' ', "_").as_str()))
    });
    // Valid scores per column, to tell a skor column typed one column off.
    let mut elsewhere: Vec<usize> = Vec::new();
    // Plain numbers in the id column without `--nomor-urut`, reported once.
    let mut numbers: Vec<(u8, u64)> = Vec::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                problems.push(Problem::csv(&e));
                if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                    continue;
                }
                break;
            }
        }
        let line = lines.line(bytes, rec.position());
        let key = rec.get(id_col).unwrap_or("").trim();
        let value = rec.get(score_col).unwrap_or("");
        if key.is_empty() {
            if !value.trim().is_empty() {
                problems.push(Problem::new(
                    Some(line),
                    None,
                    ProblemKind::ValueWithoutId(value.trim().into()),
                ));
            }
            continue;
        }
        let id = match key_cell(key, opts) {
            KeyCell::Indicator(k) => Some(k),
            KeyCell::Number(n) => {
                numbers.push((n, line));
                continue;
            }
            _ => None,
        };
        if let Some(id) = id {
            for (c, cell) in rec.iter().enumerate().filter(|(c, _)| *c != id_col && *c != score_col) {
                if Score::parse(cell.as_bytes()).is_some() {
                    elsewhere.resize(elsewhere.len().max(c + 1), 0);
                    elsewhere[c] += 1;
                }
            }
            let score = Score::parse(value.as_bytes());
            if score.is_none() {
                problems.push(Problem::new(
                    Some(line),
                    Some(key_text(id)),
                    ProblemKind::Score(value.trim().into()),
                ));
            }
            let text = text_col.and_then(|c| rec.get(c)).map(str::to_string);
            let note = note_col.and_then(|c| rec.get(c)).map(str::to_string);
            entries.push(Entry { key: id, score, line: Some(line), text, note });
        } else if let KeyCell::Field(field) = key_cell(key, opts) {
            if let Some((_, first)) = seen_fields.iter().find(|(f, _)| *f == field) {
                problems.push(Problem::new(
                    Some(line),
                    Some(field.key().into()),
                    ProblemKind::FieldDuplicate(*first),
                ));
                continue;
            }
            seen_fields.push((field, line));
            if let Err(e) = teacher.set(field, value.trim().to_string()) {
                problems.push(Problem::new(Some(line), Some(field.key().into()), ProblemKind::Field(e)));
            }
        } else {
            problems.push(Problem::new(
                Some(line),
                Some(key.to_string()),
                ProblemKind::UnknownKey(key.into()),
            ));
        }
    }
    if let Some(p) = numbers_without_option(&numbers) {
        return Err(vec![p]);
    }
    if entries.is_empty() && problems.is_empty() {
        return Err(vec![Problem::file(ProblemKind::NoScores)]);
    }
    let (jenis, scores, notes) = settle(&entries, teacher.jenis, opts, instruments, &mut problems);
    // No scores in the skor column but nearly all in another: typed one column off.
    let shifted =
        elsewhere.iter().enumerate().max_by_key(|(_, n)| **n).filter(|(_, n)| **n * 10 >= entries.len() * 9);
    if let (Some((col, _)), Some(p)) =
        (shifted, problems.iter_mut().find(|p| p.kind == ProblemKind::NotAssessed))
    {
        let header = rdr.headers().map(|h| h.get(col).unwrap_or("").trim().to_string()).unwrap_or_default();
        // A column without a header is named by its number.
        let header = if header.is_empty() { (col + 1).to_string() } else { format!("{header:?}") };
        let skor =
            rdr.headers().map(|h| h.get(score_col).unwrap_or("").trim().to_string()).unwrap_or_default();
        p.kind = ProblemKind::ScoreColumnShifted { skor, found: header };
    }
    // A wrong jenis is reported on the jenis row.
    if let Some((_, line)) = seen_fields.iter().find(|(f, _)| *f == Field::Jenis) {
        for p in problems.iter_mut().filter(|p| matches!(p.kind, ProblemKind::ScoresFitOther { .. })) {
            p.line = Some(*line);
        }
    }
    let (warnings, unassessed) = split_warnings(problems)?;
    Ok(Sheet { teacher, jenis, scores, line: None, field_lines: seen_fields, warnings, unassessed, notes })
}

/// A key as problems name it: the ID, or the sequential number as written.
pub fn key_text(key: Key) -> String {
    match key {
        Key::Id(id) => id.to_string(),
        Key::Number(n) => n.to_string(),
    }
}
