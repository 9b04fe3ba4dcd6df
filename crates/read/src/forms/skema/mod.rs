//! Sheets of a school's own scheme (`pkguru skema`), filled in by an operator: the one-teacher
//! form (`id`, `aspek`, `uraian`, `skor`; a `skema` row naming the scheme, identity rows, then
//! one row per indicator) or the school's wide form (a `skema` column, identity columns, then
//! one column per indicator id, a row per teacher). The scheme itself comes from a scheme file
//! (`file`) or is one pkguru ships; a sheet is told from every other input by its `skema`
//! row or column.

pub mod file;

use std::sync::Arc;

use crate::core::skema::{Scheme, SkemaError, SkemaResult};
use crate::core::text::squash;
use crate::scan::text::{reader, sniff_first_line};
use crate::sheet::{Opened, Problem, ProblemKind, rows};

/// The schemes pkguru ships, by file: the old SMK scheme. The file lives inside this crate so the
/// published package carries it; `examples/skema/smk-lama.toml` is the same text for users to
/// copy (a test keeps the two equal).
const BUILTIN: [&str; 1] = [include_str!("../../../data/skema/smk-lama.toml")];

/// Identity fields of a sheet, in print order.
pub const IDENTITY: [&str; 9] =
    ["nama", "nip", "sekolah", "mapel", "periode", "penilai", "nip_penilai", "tempat", "tanggal"];

/// The schemes a run knows: those pkguru ships and those given with `--skema`.
#[derive(Debug, Clone)]
pub struct Schemes(Vec<Arc<Scheme>>);

impl Default for Schemes {
    fn default() -> Self {
        Schemes::builtin()
    }
}

impl Schemes {
    /// The schemes pkguru ships.
    pub fn builtin() -> Schemes {
        Schemes(BUILTIN.iter().filter_map(|t| file::parse(t).ok()).map(Arc::new).collect())
    }

    /// Adds a scheme; one with the same id replaces the shipped one.
    pub fn add(&mut self, s: Scheme) {
        self.0.retain(|o| !o.id.eq_ignore_ascii_case(&s.id));
        self.0.push(Arc::new(s));
    }

    /// The scheme with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<Scheme>> {
        self.0.iter().find(|s| s.id.eq_ignore_ascii_case(id.trim()))
    }

    pub fn all(&self) -> &[Arc<Scheme>] {
        &self.0
    }
}

/// One teacher's filled sheet: the scheme, the identity and the values in the scheme's
/// indicator order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkemaSheet {
    pub scheme: Arc<Scheme>,
    pub identity: [String; IDENTITY.len()],
    pub values: Vec<Option<u8>>,
}

impl SkemaSheet {
    /// An identity field, trimmed, or empty.
    pub fn identity(&self, key: &str) -> &str {
        IDENTITY.iter().position(|k| *k == key).map_or("", |i| self.identity[i].trim())
    }

    /// Scores the sheet.
    pub fn result(&self) -> Result<SkemaResult, SkemaError> {
        self.scheme.score(&self.values)
    }
}

fn identity_key(key: &str) -> Option<usize> {
    let k = match squash(key).as_str() {
        "nama" | "namaguru" => "nama",
        "nip" => "nip",
        "sekolah" | "namasekolah" => "sekolah",
        "mapel" | "matapelajaran" => "mapel",
        "periode" | "periodepenilaian" => "periode",
        "penilai" | "namapenilai" => "penilai",
        "nippenilai" => "nip_penilai",
        "tempat" => "tempat",
        "tanggal" => "tanggal",
        _ => return None,
    };
    IDENTITY.iter().position(|x| *x == k)
}

const ID_NAMES: [&str; 3] = ["id", "kode", "indikator"];
const SCORE_NAMES: [&str; 3] = ["skor", "nilai", "score"];

fn column(names: &[String], wanted: &[&str]) -> Option<usize> {
    names.iter().position(|n| wanted.contains(&n.as_str()))
}

/// Whether an opened text is a sheet of some scheme: a `skema` row among the first rows of
/// the one-teacher form, or a `skema` column in the wide form.
pub fn is_form(opened: &Opened<'_>) -> bool {
    if opened.json {
        return false;
    }
    let bytes = crate::scan::text::strip_bom(&opened.bytes);
    let mut rdr = reader(bytes, sniff_first_line(bytes), true);
    let Ok(header) = rdr.headers() else { return false };
    let names: Vec<String> = header.iter().map(squash).collect();
    if names.first().is_some_and(|n| n == "skema") {
        return true;
    }
    let (Some(id), Some(_)) = (column(&names, &ID_NAMES), column(&names, &SCORE_NAMES)) else { return false };
    rdr.records().take(20).flatten().any(|r| r.get(id).is_some_and(|k| squash(k) == "skema"))
}

/// One entry of an input: the line of the teacher's row (the wide form), and the sheet or its
/// problems.
pub type Entry = (Option<u64>, Result<SkemaSheet, Vec<Problem>>);

/// Reads every teacher of a sheet: one for the one-teacher form, a row each for the wide form.
pub fn read(opened: &Opened<'_>, schemes: &Schemes) -> Vec<Entry> {
    let read = rows::with_text(opened, |bytes| {
        let names: Vec<String> = {
            let mut rdr = reader(bytes, sniff_first_line(bytes), true);
            rdr.headers().map(|h| h.iter().map(squash).collect()).unwrap_or_default()
        };
        Ok(if names.first().is_some_and(|n| n == "skema") {
            wide(bytes, opened.line_offset, schemes)
        } else {
            vec![(None, long(bytes, opened.line_offset, schemes))]
        })
    });
    read.unwrap_or_else(|problems| vec![(None, Err(problems))])
}

/// A value in a cell of an indicator, checked against its scale.
fn value(
    scheme: &Scheme,
    slot: usize,
    cell: &str,
    line: Option<u64>,
    problems: &mut Vec<Problem>,
) -> Option<u8> {
    let (_, ind) = scheme.indicators().nth(slot)?;
    if cell.is_empty() {
        return None;
    }
    let v = ind.scale.read(cell);
    if v.is_none() {
        problems.push(Problem::new(
            line,
            Some(ind.id.clone()),
            ProblemKind::SkemaScore { value: cell.to_string(), scale: ind.scale.code() },
        ));
    }
    v
}

/// Checks that every indicator was given; the sheet, or every problem.
fn finish(
    sheet: SkemaSheet,
    mut problems: Vec<Problem>,
    line: Option<u64>,
) -> Result<SkemaSheet, Vec<Problem>> {
    let blank: Vec<String> = sheet
        .scheme
        .indicators()
        .zip(&sheet.values)
        .filter(|(_, v)| v.is_none())
        .map(|((_, i), _)| i.id.clone())
        .collect();
    // An indicator whose value did not read is already named; only the others are blank.
    let named: Vec<&str> = problems.iter().filter_map(|p| p.at.as_deref()).collect();
    let blank: Vec<String> = blank.into_iter().filter(|id| !named.contains(&id.as_str())).collect();
    if !blank.is_empty() {
        problems.push(Problem::new(line, None, ProblemKind::SkemaBlank(blank)));
    }
    if problems.is_empty() { Ok(sheet) } else { Err(problems) }
}

fn unknown_scheme(id: &str, line: Option<u64>) -> Vec<Problem> {
    let kind = if id.is_empty() { ProblemKind::SkemaNone } else { ProblemKind::SkemaUnknown(id.to_string()) };
    vec![Problem::new(line, None, kind)]
}

/// The one-teacher form.
fn long(bytes: &[u8], line_offset: u64, schemes: &Schemes) -> Result<SkemaSheet, Vec<Problem>> {
    // The scheme first: the rows can only be read against it.
    let mut rdr = reader(bytes, sniff_first_line(bytes), true);
    let names: Vec<String> = rdr.headers().map(|h| h.iter().map(squash).collect()).unwrap_or_default();
    let (Some(id_col), Some(score_col)) = (column(&names, &ID_NAMES), column(&names, &SCORE_NAMES)) else {
        return Err(vec![Problem::new(Some(1 + line_offset), None, ProblemKind::NoScoreColumn)]);
    };
    let named = rdr
        .records()
        .take(20)
        .flatten()
        .find(|r| r.get(id_col).is_some_and(|k| squash(k) == "skema"))
        .map(|r| r.get(score_col).unwrap_or("").trim().to_string())
        .unwrap_or_default();
    let Some(scheme) = schemes.get(&named).cloned() else { return Err(unknown_scheme(&named, None)) };
    let n = scheme.indicator_count();
    let mut sheet =
        SkemaSheet { scheme: scheme.clone(), identity: Default::default(), values: vec![None; n] };
    let mut seen: Vec<Option<u64>> = vec![None; n];
    let mut problems = Vec::new();
    let columns = |_: &csv::StringRecord| Ok::<_, ProblemKind>(());
    let end = rows::records(bytes, line_offset, columns, |_, rec, line| {
        let cell = |i: usize| rec.get(i).unwrap_or("").trim();
        let (key, skor) = (cell(id_col), cell(score_col));
        let line = Some(line);
        if key.is_empty() {
            if !skor.is_empty() {
                problems.push(Problem::new(line, None, ProblemKind::ValueWithoutId(skor.into())));
            }
        } else if squash(key) == "skema" {
        } else if let Some(slot) = scheme.find(key) {
            if let Some(first) = seen[slot] {
                problems.push(Problem::new(line, Some(key.into()), ProblemKind::RowDuplicate(Some(first))));
                return;
            }
            seen[slot] = line;
            sheet.values[slot] = value(&scheme, slot, skor, line, &mut problems);
        } else if let Some(k) = identity_key(key) {
            sheet.identity[k] = skor.to_string();
        } else {
            problems.push(Problem::new(line, None, ProblemKind::SkemaUnknownId(key.into())));
        }
    })?;
    problems.extend(end);
    finish(sheet, problems, None)
}

/// The wide form: a row per teacher.
fn wide(bytes: &[u8], line_offset: u64, schemes: &Schemes) -> Vec<Entry> {
    enum Col {
        Skema,
        Identity(usize),
        Indicator(String),
        Other,
    }
    let mut out = Vec::new();
    let columns = |h: &csv::StringRecord| {
        Ok::<_, ProblemKind>(
            h.iter()
                .enumerate()
                .map(|(c, name)| match (c, squash(name).as_str()) {
                    (0, _) => Col::Skema,
                    (_, n) if identity_key(n).is_some() => Col::Identity(identity_key(n).unwrap_or(0)),
                    (_, "") => Col::Other,
                    _ => Col::Indicator(name.trim().to_string()),
                })
                .collect::<Vec<Col>>(),
        )
    };
    let end = rows::records(bytes, line_offset, columns, |cols, rec, line| {
        if rec.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        let line = Some(line);
        let named = rec.get(0).unwrap_or("").trim();
        let Some(scheme) = schemes.get(named).cloned() else {
            out.push((line, Err(unknown_scheme(named, line))));
            return;
        };
        let n = scheme.indicator_count();
        let mut sheet =
            SkemaSheet { scheme: scheme.clone(), identity: Default::default(), values: vec![None; n] };
        let mut problems = Vec::new();
        for (col, cell) in cols.iter().zip(rec.iter()) {
            let cell = cell.trim();
            match col {
                Col::Identity(k) => sheet.identity[*k] = cell.to_string(),
                Col::Indicator(id) => match scheme.find(id) {
                    Some(slot) => sheet.values[slot] = value(&scheme, slot, cell, line, &mut problems),
                    None if cell.is_empty() => {}
                    None => problems.push(Problem::new(line, None, ProblemKind::SkemaUnknownId(id.clone()))),
                },
                Col::Skema | Col::Other => {}
            }
        }
        out.push((line, finish(sheet, problems, line)));
    });
    match end {
        Ok(Some(p)) => out.push((p.line, Err(vec![p]))),
        Ok(None) => {}
        Err(problems) => out.push((None, Err(problems))),
    }
    out
}

#[cfg(test)]
mod tests;
