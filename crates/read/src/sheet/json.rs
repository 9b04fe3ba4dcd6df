//! The one-teacher JSON sheet (`pkguru template --format json` output):
//! `{"jenis", "teacher": {...}, "indicators": [{"id", "score"}]}` or `"scores": {"1.1": 2}`.

use serde_json::Value;

use crate::core::instrument::IndicatorId;
use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};

use super::{Entry, Instruments, Key, Problem, ProblemKind, ReadOptions, Sheet, settle, split_warnings};

/// Whether JSON text is a document whose `format` is one of `formats` (a form's or an
/// instrument sheet's current id and its older ones): the ids are looked for in the bytes
/// first, so other JSON is not parsed for it.
pub fn has_format(bytes: &[u8], formats: &[&str]) -> bool {
    if !formats.iter().any(|id| memchr::memmem::find(bytes, id.as_bytes()).is_some()) {
        return false;
    }
    let Ok(Value::Object(root)) = serde_json::from_slice::<Value>(bytes) else { return false };
    root.get("format").and_then(Value::as_str).is_some_and(|f| formats.contains(&f))
}

/// Reads a JSON sheet. Syntax errors carry serde_json's line and column.
pub fn read(text: &str, opts: ReadOptions, instruments: &Instruments) -> Result<Sheet, Vec<Problem>> {
    let root: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem::new(
            Some(e.line() as u64),
            None,
            ProblemKind::Json { column: e.column(), detail: e.to_string() },
        )]
    })?;
    let Value::Object(root) = root else {
        return Err(vec![Problem::file(ProblemKind::JsonShape)]);
    };
    let mut problems = Vec::new();
    let mut teacher = Teacher::<String>::default();
    if let Some(t) = root.get("teacher").or_else(|| root.get("guru")) {
        read_teacher(t, &mut teacher, &mut problems);
    }
    if let Some(j) = root.get("jenis") {
        set_field(&mut teacher, "jenis", j, &mut problems);
    }
    let mut entries = Vec::new();
    match (
        root.get("indicators").or_else(|| root.get("indikator")),
        root.get("scores").or_else(|| root.get("skor")),
    ) {
        (Some(Value::Array(items)), None) => {
            for (n, item) in items.iter().enumerate() {
                let id = item.get("id").and_then(Value::as_str).and_then(IndicatorId::parse_code);
                let Some(id) = id else {
                    let shown = item.get("id").map_or_else(|| "null".to_string(), Value::to_string);
                    problems.push(Problem::new(
                        None,
                        Some(format!("indicators[{n}]")),
                        ProblemKind::JsonId(shown),
                    ));
                    continue;
                };
                push_score(id, item.get("score").or_else(|| item.get("skor")), &mut entries, &mut problems);
                // The penilai's note on the indicator, printed on Lampiran 1B.
                let note = item.get("catatan").or_else(|| item.get("note")).and_then(Value::as_str);
                if let (Some(last), Some(note)) = (entries.last_mut(), note) {
                    last.note = Some(note.to_string());
                }
            }
        }
        (None, Some(Value::Object(map))) => {
            for (key, v) in map {
                match IndicatorId::parse_code(key) {
                    Some(id) => push_score(id, Some(v), &mut entries, &mut problems),
                    None => {
                        problems.push(Problem::new(None, Some(key.clone()), ProblemKind::JsonId(key.clone())))
                    }
                }
            }
        }
        _ => return Err(vec![Problem::file(ProblemKind::JsonShape)]),
    }
    let (jenis, scores, notes) = settle(&entries, teacher.jenis, opts, instruments, &mut problems);
    let (warnings, unassessed) = split_warnings(problems)?;
    Ok(Sheet { teacher, jenis, scores, line: None, field_lines: Vec::new(), warnings, unassessed, notes })
}

fn read_teacher(v: &Value, teacher: &mut Teacher<String>, problems: &mut Vec<Problem>) {
    let Value::Object(map) = v else {
        problems.push(Problem::new(None, Some("teacher".into()), ProblemKind::JsonShape));
        return;
    };
    for (key, value) in map {
        set_field(teacher, key, value, problems);
    }
}

fn set_field(teacher: &mut Teacher<String>, key: &str, value: &Value, problems: &mut Vec<Problem>) {
    let Some(field) = Field::parse(key) else {
        problems.push(Problem::new(None, Some(key.to_string()), ProblemKind::UnknownKey(key.into())));
        return;
    };
    let text = match value {
        Value::Null => return,
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if field == Field::TugasLain => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join(","),
        other => {
            problems.push(Problem::new(
                None,
                Some(field.key().into()),
                ProblemKind::JsonValue(other.to_string()),
            ));
            return;
        }
    };
    if let Err(e) = teacher.set(field, text) {
        problems.push(Problem::new(None, Some(field.key().into()), ProblemKind::Field(e)));
    }
}

fn push_score(id: IndicatorId, v: Option<&Value>, entries: &mut Vec<Entry>, problems: &mut Vec<Problem>) {
    let score = match v {
        Some(Value::Number(n)) => n.as_u64().and_then(|n| u8::try_from(n).ok()).and_then(Score::new),
        Some(Value::String(s)) => Score::parse(s.as_bytes()),
        _ => None,
    };
    entries.push(Entry { key: Key::Id(id), score, line: None, text: None, note: None });
    match score {
        Some(_) => {}
        None => {
            let shown = match v {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            };
            problems.push(Problem::new(None, Some(id.to_string()), ProblemKind::Score(shown.trim().into())));
        }
    }
}
