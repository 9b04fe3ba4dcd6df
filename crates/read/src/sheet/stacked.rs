//! Database exports: one row per teacher and indicator (`nip,nama,kode_indikator,skor`), the
//! way school systems store PK Guru scores. Teachers are told apart by their key columns and
//! kept in the order first seen; each is then checked like a one-teacher sheet.

use std::collections::HashMap;

use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};
use crate::scan::LineTracker;

use super::long::key_text;
use super::{
    Entry, Instruments, KeyCell, Problem, ProblemKind, ReadOptions, Sheet, key_cell, numbers_without_option,
    settle, split_warnings,
};

/// Key columns that tell the teachers of a database export apart, besides `nip`, `nuptk` and
/// `nama` (compared lower-case, spaces as `_`).
pub const KEY_NAMES: [&str; 7] =
    ["id_guru", "guru_id", "ptk_id", "id_ptk", "kode_guru", "id_pegawai", "pegawai_id"];

/// The columns of a database export's header.
#[derive(Debug, Clone)]
pub struct Columns {
    /// The indicator code column.
    pub id: usize,
    /// The score column.
    pub score: usize,
    /// The indicator text (`uraian`), which tells a damaged code by its text.
    text: Option<usize>,
    /// The penilai's note per indicator.
    note: Option<usize>,
    /// Columns whose values together tell one teacher from another.
    keys: Vec<usize>,
    /// Identity columns, read into each teacher.
    fields: Vec<(usize, Field)>,
    /// Identity columns given twice.
    problems: Vec<Problem>,
}

impl Columns {
    /// The layout of a header (names lower-case, spaces as `_`) whose ID and score columns are
    /// known; `None` when no column tells teachers apart (then it is a one-teacher sheet).
    pub fn of(names: &[String], id: usize, score: usize) -> Option<Columns> {
        let mut keys = Vec::new();
        let mut fields: Vec<(usize, Field)> = Vec::new();
        let mut problems = Vec::new();
        for (c, name) in names.iter().enumerate().filter(|(c, _)| *c != id && *c != score) {
            if KEY_NAMES.contains(&name.as_str()) {
                keys.push(c);
                continue;
            }
            let Some(field) = Field::parse(name) else { continue };
            if fields.iter().any(|(_, f)| *f == field) {
                let kind = ProblemKind::ColumnDuplicate { lost_zero: None };
                problems.push(Problem::new(Some(1), Some(name.clone()), kind));
                continue;
            }
            if matches!(field, Field::Nip | Field::Nuptk | Field::Nama) {
                keys.push(c);
            }
            fields.push((c, field));
        }
        let text = names.iter().position(|n| n == "uraian");
        let note = names.iter().position(|n| super::NOTE_COLUMNS.contains(&n.as_str()));
        (!keys.is_empty()).then_some(Columns { id, score, text, note, keys, fields, problems })
    }
}

impl Columns {
    /// Whether the reader uses column `c`.
    pub fn reads(&self, c: usize) -> bool {
        c == self.id
            || c == self.score
            || self.text == Some(c)
            || self.note == Some(c)
            || self.keys.contains(&c)
            || self.fields.iter().any(|(f, _)| *f == c)
    }
}

/// One teacher's rows, gathered.
struct Group {
    /// The line of the teacher's first row.
    line: u64,
    teacher: Teacher<String>,
    /// Each identity column's first non-blank value and its line.
    values: Vec<Option<(String, u64)>>,
    entries: Vec<Entry>,
    numbers: Vec<(u8, u64)>,
    problems: Vec<Problem>,
}

/// Reads every teacher of a database export, in the order first seen. Rows that belong to no
/// teacher (every key blank) are reported together, before the teachers.
pub fn read<R: std::io::Read>(
    mut rdr: csv::Reader<R>,
    bytes: &[u8],
    cols: &Columns,
    opts: ReadOptions,
    instruments: &Instruments,
) -> Vec<Result<Sheet, Vec<Problem>>> {
    if !cols.problems.is_empty() {
        return vec![Err(cols.problems.clone())];
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut loose: Vec<Problem> = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut lines = LineTracker::new(1);
    let mut key = String::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) => {
                loose.push(Problem::csv(&e));
                continue;
            }
            // A malformed file: what follows cannot be trusted, so nothing of it is scored.
            Err(e) => return vec![Err(vec![Problem::csv(&e)])],
        }
        let line = lines.line(bytes, rec.position());
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        key.clear();
        for &c in &cols.keys {
            key.push_str(rec.get(c).unwrap_or("").trim());
            key.push('\u{1f}');
        }
        if key.bytes().all(|b| b == 0x1f) {
            loose.push(Problem::new(Some(line), None, ProblemKind::RowWithoutTeacher));
            continue;
        }
        let g = match index.get(key.as_str()) {
            Some(&g) => g,
            None => {
                index.insert(key.clone(), groups.len());
                groups.push(Group {
                    line,
                    teacher: Teacher::default(),
                    values: vec![None; cols.fields.len()],
                    entries: Vec::new(),
                    numbers: Vec::new(),
                    problems: Vec::new(),
                });
                groups.len() - 1
            }
        };
        row(&mut groups[g], &rec, line, cols, opts);
    }
    // Plain numbers without `--nomor-urut`: one problem for the file, not one per teacher.
    let numbers: Vec<(u8, u64)> = groups.iter().flat_map(|g| g.numbers.iter().copied()).collect();
    if let Some(p) = numbers_without_option(&numbers) {
        return vec![Err(vec![p])];
    }
    let mut out: Vec<Result<Sheet, Vec<Problem>>> = Vec::with_capacity(groups.len() + 1);
    if !loose.is_empty() {
        out.push(Err(loose));
    } else if groups.is_empty() {
        out.push(Err(vec![Problem::file(ProblemKind::NoTeacherRows)]));
    }
    out.extend(groups.into_iter().map(|g| teacher(g, cols, opts, instruments)));
    out
}

/// Adds one row to its teacher: identity cells (the first value stands; a different one later
/// is reported) and the indicator score.
fn row(group: &mut Group, rec: &csv::StringRecord, line: u64, cols: &Columns, opts: ReadOptions) {
    for (i, &(c, field)) in cols.fields.iter().enumerate() {
        let value = rec.get(c).unwrap_or("").trim();
        if value.is_empty() {
            continue;
        }
        match &group.values[i] {
            None => {
                group.values[i] = Some((value.to_string(), line));
                if let Err(e) = group.teacher.set(field, value.to_string()) {
                    let p = Problem::new(Some(line), Some(field.key().into()), ProblemKind::Field(e));
                    group.problems.push(p);
                }
            }
            Some((first, first_line)) if first != value => {
                let kind = ProblemKind::FieldConflict {
                    field,
                    first: first.clone(),
                    first_line: *first_line,
                    value: value.to_string(),
                };
                group.problems.push(Problem::new(Some(line), Some(field.key().into()), kind));
            }
            Some(_) => {}
        }
    }
    let code = rec.get(cols.id).unwrap_or("").trim();
    let value = rec.get(cols.score).unwrap_or("").trim();
    match key_cell(code, opts) {
        KeyCell::Indicator(key) => {
            let score = Score::parse(value.as_bytes());
            if score.is_none() {
                let p = Problem::new(Some(line), Some(key_text(key)), ProblemKind::Score(value.into()));
                group.problems.push(p);
            }
            let text = cols.text.and_then(|c| rec.get(c)).map(str::to_string);
            let note = cols.note.and_then(|c| rec.get(c)).map(str::to_string);
            group.entries.push(Entry { key, score, line: Some(line), text, note });
        }
        KeyCell::Number(n) => group.numbers.push((n, line)),
        KeyCell::Field(_) | KeyCell::Unknown if code.is_empty() => {
            let kind = if value.is_empty() {
                ProblemKind::NoIndicatorCode
            } else {
                ProblemKind::ValueWithoutId(value.into())
            };
            group.problems.push(Problem::new(Some(line), None, kind));
        }
        KeyCell::Field(_) | KeyCell::Unknown => {
            let kind = ProblemKind::UnknownKey(code.into());
            group.problems.push(Problem::new(Some(line), Some(code.into()), kind));
        }
    }
}

/// Checks one teacher's gathered rows like a one-teacher sheet. Problems of the teacher as a
/// whole (missing indicators) are placed on its first row, so they point at the teacher.
fn teacher(
    mut g: Group,
    cols: &Columns,
    opts: ReadOptions,
    instruments: &Instruments,
) -> Result<Sheet, Vec<Problem>> {
    let (jenis, scores, notes) = settle(&g.entries, g.teacher.jenis, opts, instruments, &mut g.problems);
    for p in g.problems.iter_mut().filter(|p| p.line.is_none()) {
        p.line = Some(g.line);
    }
    let (warnings, unassessed) = split_warnings(g.problems)?;
    let field_lines = cols
        .fields
        .iter()
        .zip(&g.values)
        .filter_map(|((_, f), v)| v.as_ref().map(|(_, line)| (*f, *line)))
        .collect();
    Ok(Sheet {
        teacher: g.teacher,
        jenis,
        scores,
        line: Some(g.line),
        field_lines,
        warnings,
        unassessed,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::core::instrument::{Instrument, Jenis};
    use crate::sheet::{Opened, read_teachers};

    fn read(text: &str, opts: ReadOptions) -> Vec<Result<Sheet, Vec<Problem>>> {
        let opened = Opened { bytes: text.as_bytes().into(), line_offset: 0, json: false };
        read_teachers("x.csv", &opened, opts, &Instruments::default())
            .sheets
            .into_iter()
            .map(|r| r.map_err(|e| e.problems))
            .collect()
    }

    /// How a code is written: `4.11`, `04.11`, `0411`, `411` (zero lost), or its number.
    fn code(id: crate::core::instrument::IndicatorId, slot: usize, form: u8) -> String {
        match form {
            0 => id.to_string(),
            1 => format!("{:02}.{:02}", id.competency, id.indicator),
            2 => format!("{:02}{:02}", id.competency, id.indicator),
            3 => format!("{}{:02}", id.competency, id.indicator),
            _ => (slot + 1).to_string(),
        }
    }

    proptest! {
        /// Teachers of a database export are told apart by their key, whatever the row order
        /// and however the codes are written: each scores as its own rows say.
        #[test]
        fn teachers_apart_in_any_order(
            scores in proptest::collection::vec(proptest::collection::vec(0u8..=2, 78), 1..4),
            form in 0u8..5,
            order in Just((0..3 * 78).collect::<Vec<usize>>()).prop_shuffle(),
        ) {
            let inst = Instrument::embedded(Jenis::Kelas);
            let ids: Vec<_> = inst.indicators().map(|(_, i)| i.id).collect();
            let mut rows = Vec::new();
            for &i in order.iter().filter(|&&i| i / 78 < scores.len()) {
                let (t, slot) = (i / 78, i % 78);
                rows.push(format!("19850315201001200{t},Guru {t},{},{}", code(ids[slot], slot, form), scores[t][slot]));
            }
            let text = format!("nip,nama,kode_indikator,skor\n{}\n", rows.join("\n"));
            let opts = ReadOptions { numbered: form == 4, ..ReadOptions::default() };
            let got = read(&text, opts);
            prop_assert_eq!(got.len(), scores.len());
            let mut seen = vec![false; scores.len()];
            for sheet in got {
                let sheet = sheet.map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
                let t: usize = sheet.teacher.nama.as_deref().unwrap_or("").trim_start_matches("Guru ").parse().unwrap();
                let want: Vec<Score> = scores[t].iter().map(|&s| Score::new(s).unwrap()).collect();
                prop_assert_eq!(&sheet.scores, &want);
                prop_assert!(sheet.warnings.is_empty());
                seen[t] = true;
            }
            prop_assert!(seen.iter().all(|s| *s));
        }
    }

    #[test]
    fn rows_in_first_seen_order_with_their_lines() {
        let mut text = String::from("nip,nama,golongan,kode,nilai\n");
        for (nip, nama) in [("2", "B"), ("1", "A")] {
            for (_, ind) in Instrument::embedded(Jenis::Kelas).indicators() {
                text += &format!("{nip},{nama},III/a,{},2\n", ind.id);
            }
        }
        let got = read(&text, ReadOptions::default());
        let names: Vec<_> = got.iter().map(|r| r.as_ref().unwrap().teacher.nama.clone().unwrap()).collect();
        assert_eq!(names, ["B", "A"]);
        assert_eq!(got[1].as_ref().unwrap().line, Some(2 + 78));
        assert_eq!(got[1].as_ref().unwrap().line_of(Field::Golongan), Some(2 + 78));
    }

    /// The penilai's notes travel with their indicator, per teacher, in instrument order.
    #[test]
    fn notes_per_teacher_and_indicator() {
        let mut text = String::from("nip,kode,nilai,catatan\n");
        for nip in ["1", "2"] {
            for (_, ind) in
                Instrument::embedded(Jenis::Kelas).indicators().collect::<Vec<_>>().into_iter().rev()
            {
                let note = match (nip, ind.id.to_string().as_str()) {
                    ("1", "2.3") => "kurang",
                    ("2", "14.1") => "baik",
                    ("2", "1.1") => "awal",
                    _ => "",
                };
                text += &format!("{nip},{},2,{note}\n", ind.id);
            }
        }
        let got = read(&text, ReadOptions::default());
        let notes = |i: usize| -> Vec<(String, String)> {
            got[i].as_ref().unwrap().notes.iter().map(|(id, n)| (id.to_string(), n.clone())).collect()
        };
        assert_eq!(notes(0), [("2.3".to_string(), "kurang".to_string())]);
        assert_eq!(notes(1), [("1.1".into(), "awal".into()), ("14.1".into(), "baik".into())]);
    }

    #[test]
    fn a_different_value_later_is_a_warning_and_a_different_jenis_an_error() {
        let mut text = String::from("nip,golongan,jenis,kode,nilai\n");
        for (n, (_, ind)) in Instrument::embedded(Jenis::Kelas).indicators().enumerate() {
            let gol = if n == 5 { "III/b" } else { "III/a" };
            text += &format!("198503152010012003,{gol},kelas,{},2\n", ind.id);
        }
        let got = read(&text, ReadOptions::default());
        let sheet = got[0].as_ref().unwrap();
        assert_eq!(sheet.warnings.len(), 1);
        assert_eq!(sheet.warnings[0].line, Some(7));
        assert!(matches!(&sheet.warnings[0].kind, ProblemKind::FieldConflict { first_line: 2, .. }));
        assert_eq!(sheet.teacher.golongan.map(|g| g.to_string()), Some("III/a".into()));
        let text = text.replacen("2003,III/a,kelas,1.2,2", "2003,III/a,bk,1.2,2", 1);
        let problems = read(&text, ReadOptions::default()).remove(0).unwrap_err();
        assert!(
            problems.iter().any(|p| matches!(p.kind, ProblemKind::FieldConflict { field: Field::Jenis, .. }))
        );
    }

    #[test]
    fn file_level_problems() {
        let got = read("nip,kode,skor\n,1.1,2\n", ReadOptions::default());
        assert!(matches!(got[0].as_ref().unwrap_err()[0].kind, ProblemKind::RowWithoutTeacher));
        let got = read("nip,kode,skor\n", ReadOptions::default());
        assert!(matches!(got[0].as_ref().unwrap_err()[0].kind, ProblemKind::NoTeacherRows));
        // Plain numbers without --nomor-urut: one problem for the whole file.
        let got = read("nip,kode,skor\n1,1,2\n1,2,2\n2,1,2\n", ReadOptions::default());
        assert_eq!(got.len(), 1);
        let p = got[0].as_ref().unwrap_err();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].kind, ProblemKind::NumbersWithoutOption { count: 3, first: 1 });
        // Numbers past the instrument with it.
        let got =
            read("nip,jenis,kode,skor\n1,bk,71,2\n", ReadOptions { numbered: true, ..Default::default() });
        let p = got[0].as_ref().unwrap_err();
        assert!(
            p.iter().any(|p| p.kind == ProblemKind::NumberOutOfRange { n: 71, jenis: Jenis::Bk, count: 70 })
        );
        // A teacher's missing indicators point at the teacher's first row.
        let got = read("nip,kode,skor\n7,1.1,2\n", ReadOptions::default());
        let p = got[0].as_ref().unwrap_err();
        assert!(p.iter().all(|p| p.line == Some(2)), "{p:?}");
    }

    #[test]
    fn seventy_numbers_are_bk() {
        let mut text = String::from("id_guru,kode,skor\n");
        for n in 1..=70 {
            text += &format!("9,{n},1\n");
        }
        let got = read(&text, ReadOptions { numbered: true, ..Default::default() });
        assert_eq!(got[0].as_ref().unwrap().jenis, Jenis::Bk);
    }
}
