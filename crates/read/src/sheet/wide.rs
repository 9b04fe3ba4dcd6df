//! The wide layout (`pkguru template --wide`): identity columns plus one column per indicator
//! ID, one row per teacher. Kelas and BK teachers may share a file (a `jenis` column, or a
//! header with both instruments' IDs). Row parsing borrows from the record and reuses the
//! caller's score buffer, so it allocates nothing for a valid row.

use crate::core::instrument::{IndicatorId, Instrument, Jenis};
use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};
use crate::scan::{Cells, LineTracker};

use super::{Instruments, Problem, ProblemKind, ReadOptions, Sheet};

mod single_pass;
pub use single_pass::{SinglePass, SinglePassScratch};

/// The indicator columns of a wide header for these instruments: the union, in ID order.
pub fn template_ids(jenis: &[Jenis]) -> Vec<IndicatorId> {
    let mut ids: Vec<IndicatorId> =
        jenis.iter().flat_map(|&j| Instrument::embedded(j).indicators().map(|(_, i)| i.id)).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The wide header row of a template: the identity fields, then the indicator IDs.
pub fn template_header(jenis: &[Jenis]) -> Vec<String> {
    Field::TEMPLATE
        .iter()
        .map(|f| f.key().to_string())
        .chain(template_ids(jenis).iter().map(IndicatorId::to_string))
        .collect()
}

/// Where one instrument's indicators sit in the header.
#[derive(Debug, Clone)]
struct SlotMap {
    /// Column of each slot; `usize::MAX` where the header lacks it.
    cols: Vec<usize>,
    /// Indicator columns that are not part of this instrument (must be blank in its rows).
    extra: Vec<(usize, IndicatorId)>,
    /// Indicator IDs of this instrument the header lacks.
    missing: Vec<IndicatorId>,
    /// The ID of each slot, for messages.
    ids: Vec<IndicatorId>,
}

/// A wide header, resolved once per file.
#[derive(Debug, Clone)]
pub struct WideLayout {
    fields: Vec<(usize, Field)>,
    jenis_col: Option<usize>,
    maps: [SlotMap; 2],
    forced: Option<Jenis>,
    width: usize,
    /// Problems with the header itself; when non-empty no row can be read.
    pub header_problems: Vec<Problem>,
    /// What was recovered in the header (`4.1` read as `4.10`), reported once per file.
    pub header_notes: Vec<Problem>,
}

/// What a data row turned out to be.
#[derive(Debug)]
pub enum RowOutcome {
    /// Every cell blank (Excel leaves such rows); skipped.
    Blank,
    /// A teacher: scores in the caller's buffer, identity in the caller's `Teacher`.
    Teacher { jenis: Jenis },
    /// A teacher not yet assessed (every score blank): identity in the caller's `Teacher`,
    /// the diagnosis among the problems (the others are warnings).
    Unassessed { jenis: Jenis },
    /// Problems were pushed to the caller's list.
    Invalid,
}

impl WideLayout {
    /// Resolves a header row (line `header_line`).
    pub fn new(
        header: &csv::ByteRecord,
        header_line: u64,
        opts: ReadOptions,
        instruments: &Instruments,
    ) -> WideLayout {
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        let mut fields: Vec<(usize, Field)> = Vec::new();
        let mut ids: Vec<(usize, IndicatorId)> = Vec::new();
        let named: Vec<IndicatorId> =
            header.iter().filter_map(|c| IndicatorId::parse_code(&String::from_utf8_lossy(c))).collect();
        let in_any = |id: IndicatorId| Jenis::ALL.iter().any(|&j| instruments.get(j).slot(id).is_some());
        let mut unread: Vec<String> = Vec::new();
        for (col, cell) in header.iter().enumerate() {
            let name = String::from_utf8_lossy(cell);
            let name = name.trim();
            let code = IndicatorId::parse_code(name);
            // A number-only header (`2024`, `0199`) that is no indicator of either instrument
            // is some other column: said once, then ignored.
            let code = code.filter(|&id| !IndicatorId::is_digit_code(name) || in_any(id));
            if code.is_none() && Field::parse(name).is_none() {
                unread.push(name.to_string());
                continue;
            }
            if let Some(mut id) = code {
                // `k.10` that a spreadsheet turned into `k.1`: a repeated `k.1` right after `k.9`,
                // with no `k.10` in the header.
                let ten = IndicatorId { competency: id.competency, indicator: 10 };
                let after_nine =
                    ids.last().is_some_and(|(_, p)| p.competency == id.competency && p.indicator == 9);
                let lost_zero =
                    Jenis::ALL.iter().any(|&j| super::looks_like_lost_zero(id, instruments.get(j)));
                if lost_zero && after_nine && !named.contains(&ten) && ids.iter().any(|(_, i)| *i == id) {
                    let kind = ProblemKind::RecoveredId { from: id, to: ten };
                    notes.push(Problem::new(Some(header_line), Some(ten.to_string()), kind));
                    id = ten;
                }
                if ids.iter().any(|(_, i)| *i == id) {
                    let lost_zero = Jenis::ALL
                        .iter()
                        .any(|&j| super::looks_like_lost_zero(id, instruments.get(j)))
                        .then_some(id);
                    problems.push(Problem::new(
                        Some(header_line),
                        Some(id.to_string()),
                        ProblemKind::ColumnDuplicate { lost_zero },
                    ));
                }
                ids.push((col, id));
            } else if let Some(f) = Field::parse(name) {
                if fields.iter().any(|(_, g)| *g == f) {
                    problems.push(Problem::new(
                        Some(header_line),
                        Some(name.to_string()),
                        ProblemKind::ColumnDuplicate { lost_zero: None },
                    ));
                }
                fields.push((col, f));
            }
        }
        let maps = Jenis::ALL.map(|j| {
            let inst = instruments.get(j);
            let mut cols = vec![usize::MAX; inst.indicator_count()];
            let mut extra = Vec::new();
            for &(col, id) in &ids {
                match inst.slot(id) {
                    Some(slot) => cols[slot] = col,
                    None => extra.push((col, id)),
                }
            }
            let missing = inst
                .indicators()
                .zip(&cols)
                .filter(|(_, c)| **c == usize::MAX)
                .map(|((_, i), _)| i.id)
                .collect();
            let ids = inst.indicators().map(|(_, i)| i.id).collect();
            SlotMap { cols, extra, missing, ids }
        });
        for &(_, id) in &ids {
            if Jenis::ALL.iter().all(|&j| instruments.get(j).slot(id).is_none()) {
                problems.push(Problem::new(
                    Some(header_line),
                    Some(id.to_string()),
                    ProblemKind::ColumnNotIndicator,
                ));
            }
        }
        let usable = |j: Jenis| maps[j.index()].missing.is_empty();
        let wanted: Vec<Jenis> = match opts.jenis {
            Some(j) => vec![j],
            None => Jenis::ALL.to_vec(),
        };
        if !wanted.iter().any(|&j| usable(j)) {
            let best =
                *wanted.iter().min_by_key(|&&j| maps[j.index()].missing.len()).unwrap_or(&Jenis::Kelas);
            problems.push(Problem::new(
                Some(header_line),
                None,
                ProblemKind::Missing { jenis: best, ids: maps[best.index()].missing.clone() },
            ));
        }
        notes.extend(super::header::ignored(unread.iter().map(String::as_str), header_line));
        let jenis_col = fields.iter().find(|(_, f)| *f == Field::Jenis).map(|(c, _)| *c);
        WideLayout {
            fields,
            jenis_col,
            maps,
            forced: opts.jenis,
            width: header.len(),
            header_problems: problems,
            header_notes: notes,
        }
    }

    /// Parses one data row. Scores go into `scores` (cleared first) in slot order. A teacher
    /// whose identity fields had problems is still a teacher; those problems, pushed to
    /// `problems`, are then warnings.
    pub fn parse_row<'r, R: Cells>(
        &self,
        rec: &'r R,
        line: u64,
        scores: &mut Vec<Score>,
        teacher: &mut Teacher<&'r str>,
        problems: &mut Vec<Problem>,
    ) -> RowOutcome {
        let n = rec.count();
        if (0..n).all(|i| rec.cell(i).trim_ascii().is_empty()) {
            return RowOutcome::Blank;
        }
        let before = problems.len();
        if n < self.width {
            problems.push(Problem::new(Some(line), None, ProblemKind::RowShort { got: n, want: self.width }));
            return RowOutcome::Invalid;
        }
        if (self.width..n).any(|i| !rec.cell(i).trim_ascii().is_empty()) {
            problems.push(Problem::new(Some(line), None, ProblemKind::RowLong { got: n, want: self.width }));
        }
        let Some(jenis) = self.row_jenis(rec, line, problems) else {
            return RowOutcome::Invalid;
        };
        let map = &self.maps[jenis.index()];
        if !map.missing.is_empty() {
            problems.push(Problem::new(
                Some(line),
                None,
                ProblemKind::Missing { jenis, ids: map.missing.clone() },
            ));
            return RowOutcome::Invalid;
        }
        scores.clear();
        for (slot, &col) in map.cols.iter().enumerate() {
            let cell = rec.cell(col);
            match Score::parse(cell) {
                Some(s) => scores.push(s),
                None => {
                    scores.push(Score::default());
                    let id = self.id_of(jenis, slot);
                    let text = String::from_utf8_lossy(cell).trim().to_string();
                    problems.push(Problem::new(Some(line), Some(id), ProblemKind::Score(text)));
                }
            }
        }
        for &(col, id) in &map.extra {
            if !rec.cell(col).trim_ascii().is_empty() {
                problems.push(Problem::new(
                    Some(line),
                    Some(id.to_string()),
                    ProblemKind::ExtraIndicator(jenis),
                ));
            }
        }
        for &(col, field) in &self.fields {
            let cell = rec.cell(col);
            // Blank fields stay unset; jenis was already read by `row_jenis`.
            if field == Field::Jenis || cell.trim_ascii().is_empty() {
                continue;
            }
            match std::str::from_utf8(cell) {
                Ok(text) => {
                    if let Err(e) = teacher.set(field, text) {
                        problems.push(Problem::new(
                            Some(line),
                            Some(field.key().into()),
                            ProblemKind::Field(e),
                        ));
                    }
                }
                Err(_) => {
                    problems.push(Problem::new(Some(line), Some(field.key().into()), ProblemKind::CellUtf8))
                }
            }
        }
        teacher.jenis = Some(jenis);
        let other = &self.maps[jenis.other().index()];
        let other_fits =
            other.missing.is_empty() && other.cols.iter().all(|&c| Score::parse(rec.cell(c)).is_some());
        let mut mine = problems.split_off(before);
        super::diagnose::consolidate(&mut mine, jenis, map.cols.len(), other_fits);
        problems.extend(mine);
        // Fields that could not be read stay empty: the row is still a teacher, and the
        // problems left in `problems` are warnings.
        if super::unassessed_only(&problems[before..]) {
            return RowOutcome::Unassessed { jenis };
        }
        if problems[before..].iter().any(|p| !p.is_warning()) {
            return RowOutcome::Invalid;
        }
        RowOutcome::Teacher { jenis }
    }

    fn id_of(&self, jenis: Jenis, slot: usize) -> String {
        self.maps[jenis.index()].ids[slot].to_string()
    }

    /// The row's instrument: its `jenis` cell, `--jenis`, or the only instrument the row fits.
    fn row_jenis<R: Cells>(&self, rec: &R, line: u64, problems: &mut Vec<Problem>) -> Option<Jenis> {
        let cell = self.jenis_col.map(|c| rec.cell(c).trim_ascii()).filter(|c| !c.is_empty());
        let stated = match cell {
            Some(bytes) => {
                let text = std::str::from_utf8(bytes).unwrap_or("\u{fffd}");
                match text.parse::<Jenis>() {
                    Ok(j) => Some(j),
                    Err(()) => {
                        let problem = crate::core::teacher::FieldProblem::Jenis(text.into());
                        let kind = ProblemKind::Field(crate::core::teacher::FieldError {
                            field: Field::Jenis,
                            problem,
                        });
                        problems.push(Problem::new(Some(line), Some("jenis".into()), kind));
                        return None;
                    }
                }
            }
            None => None,
        };
        if let (Some(s), Some(f)) = (stated, self.forced)
            && s != f
        {
            let kind = ProblemKind::JenisConflict { stated: s, forced: f };
            problems.push(Problem::new(Some(line), Some("jenis".into()), kind));
            return None;
        }
        if let Some(j) = stated.or(self.forced) {
            return Some(j);
        }
        let fits = |j: Jenis| {
            let m = &self.maps[j.index()];
            m.missing.is_empty() && m.extra.iter().all(|&(c, _)| rec.cell(c).trim_ascii().is_empty())
        };
        match (fits(Jenis::Kelas), fits(Jenis::Bk)) {
            (true, false) => Some(Jenis::Kelas),
            (false, true) => Some(Jenis::Bk),
            (true, true) => {
                // Only possible when both instruments' columns are present and the row fills
                // neither instrument's own columns; kelas is the usual case but we do not guess.
                problems.push(Problem::new(Some(line), Some("jenis".into()), ProblemKind::JenisNeeded));
                None
            }
            (false, false) => {
                problems.push(Problem::new(Some(line), Some("jenis".into()), ProblemKind::JenisNeeded));
                None
            }
        }
    }
}

/// Reads every teacher row of a wide file (for `score`, which wants one, and `report`): each
/// row a sheet or its problems, and the header's notes (recovered IDs, columns not read).
pub fn read_rows<R: std::io::Read>(
    mut rdr: csv::Reader<R>,
    bytes: &[u8],
    header: &csv::ByteRecord,
    opts: ReadOptions,
    instruments: &Instruments,
) -> (Vec<Result<Sheet, Vec<Problem>>>, Vec<Problem>) {
    let layout = WideLayout::new(header, 1, opts, instruments);
    if !layout.header_problems.is_empty() {
        return (vec![Err(layout.header_problems)], Vec::new());
    }
    let mut rec = csv::ByteRecord::new();
    let mut scores = Vec::new();
    let mut out = Vec::new();
    let mut lines = LineTracker::new(1);
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                out.push(Err(vec![Problem::csv(&e)]));
                break;
            }
        }
        let line = lines.line(bytes, rec.position());
        let mut teacher = Teacher::default();
        let mut problems = Vec::new();
        let jenis = match layout.parse_row(&rec, line, &mut scores, &mut teacher, &mut problems) {
            RowOutcome::Blank => continue,
            RowOutcome::Invalid => {
                out.push(Err(problems));
                continue;
            }
            RowOutcome::Teacher { jenis } | RowOutcome::Unassessed { jenis } => jenis,
        };
        out.push(super::split_warnings(problems).map(|(warnings, unassessed)| Sheet {
            teacher: teacher.to_owned_teacher(),
            jenis,
            scores: scores.clone(),
            line: Some(line),
            field_lines: Vec::new(),
            warnings,
            unassessed,
            notes: Vec::new(),
        }));
    }
    if out.is_empty() {
        out.push(Err(vec![Problem::file(ProblemKind::NoTeacherRows)]));
    }
    (out, layout.header_notes)
}
