//! Settling one teacher's entries against an instrument: which instrument (`--jenis`, the
//! sheet's `jenis`, or the best fit), sequential numbers turned into IDs, every indicator
//! checked (unknown, duplicated, missing, a `k.10` a spreadsheet turned into `k.1`), and floods
//! of problems replaced by one diagnosis.

use crate::core::instrument::{IndicatorId, Instrument, Jenis};
use crate::core::scoring::Score;

use super::{Entry, Instruments, Key, Problem, ProblemKind, ReadOptions, diagnose};

/// Settles one teacher's entries: picks the instrument (`--jenis`, the sheet's `jenis`, or the
/// best fit), turns sequential numbers into IDs, checks every indicator against the
/// instrument, and replaces floods of problems by one diagnosis. Returns the instrument, the
/// scores in slot order and the notes per indicator in instrument order.
pub fn settle(
    entries: &[Entry],
    stated: Option<Jenis>,
    opts: ReadOptions,
    instruments: &Instruments,
    problems: &mut Vec<Problem>,
) -> (Jenis, Vec<Score>, Vec<(IndicatorId, String)>) {
    let numbers: Vec<u8> = entries
        .iter()
        .filter_map(|e| match e.key {
            Key::Number(n) => Some(n),
            Key::Id(_) => None,
        })
        .collect();
    // Numbered without any jenis: BK when the numbers are exactly BK's count, else kelas.
    let guess = (!numbers.is_empty() && opts.jenis.or(stated).is_none()).then(|| {
        let bk = instruments.get(Jenis::Bk).indicator_count();
        let fits_bk = numbers.len() == bk && numbers.iter().all(|&n| usize::from(n) <= bk);
        if fits_bk { Jenis::Bk } else { Jenis::Kelas }
    });
    let stated = stated.or(guess);
    let numbering = opts.jenis.or(stated).map(|j| instruments.get(j));
    let mut ided: Vec<Entry> = Vec::with_capacity(entries.len());
    for e in entries {
        let id = match (e.key, numbering) {
            (Key::Id(id), _) => id,
            (Key::Number(n), Some(inst)) => match inst.nth_id(usize::from(n)) {
                Some(id) => id,
                None => {
                    let kind =
                        ProblemKind::NumberOutOfRange { n, jenis: inst.jenis, count: inst.indicator_count() };
                    problems.push(Problem::new(e.line, Some(n.to_string()), kind));
                    continue;
                }
            },
            (Key::Number(_), None) => continue,
        };
        ided.push(Entry { key: Key::Id(id), ..e.clone() });
    }
    let ids: Vec<IndicatorId> = ided.iter().filter_map(|e| e.id()).collect();
    let jenis = choose_jenis(opts, stated, &ids, instruments, problems);
    let mut notes = Vec::new();
    let scores = resolve(&ided, jenis, instruments, problems, &mut notes);
    let scored = ided.iter().filter(|e| e.score.is_some()).filter_map(Entry::id);
    let other_fits = diagnose::fits(scored, instruments.get(jenis.other()));
    diagnose::consolidate(problems, jenis, instruments.get(jenis).indicator_count(), other_fits);
    (jenis, scores, notes)
}

impl Entry {
    /// The indicator ID, once sequential numbers are resolved.
    pub fn id(&self) -> Option<IndicatorId> {
        match self.key {
            Key::Id(id) => Some(id),
            Key::Number(_) => None,
        }
    }
}

/// Sequential numbers found without `--nomor-urut`: one problem for all of them, at the first
/// (the indicators cannot be told, so nothing else about them is worth saying).
pub fn numbers_without_option(numbers: &[(u8, u64)]) -> Option<Problem> {
    let &(first, line) = numbers.first()?;
    let kind = ProblemKind::NumbersWithoutOption { count: numbers.len(), first };
    Some(Problem::new(Some(line), None, kind))
}

/// Splits a reader's problems: when any keeps the teacher from being listed, all of them are
/// the error; otherwise they are warnings, sorted by line, and the diagnosis "not yet
/// assessed" when every score is blank (the teacher is listed without results).
pub fn split_warnings(mut problems: Vec<Problem>) -> Result<(Vec<Problem>, Option<Problem>), Vec<Problem>> {
    problems.sort_by_key(|p| p.line.unwrap_or(u64::MAX));
    let unassessed = unassessed_only(&problems);
    if !unassessed && !problems.iter().all(Problem::is_warning) {
        return Err(problems);
    }
    let diagnosis =
        problems.iter().position(|p| p.kind == ProblemKind::NotAssessed).map(|i| problems.remove(i));
    Ok((problems, diagnosis))
}

/// Whether the only problem that blocks scoring is that every score is blank.
pub fn unassessed_only(problems: &[Problem]) -> bool {
    let mut blocking = problems.iter().filter(|p| !p.is_warning());
    matches!((blocking.next(), blocking.next()), (Some(p), None) if p.kind == ProblemKind::NotAssessed)
}

/// Picks the instrument for a long or JSON sheet: `--jenis`, else the sheet's `jenis`, else the
/// instrument whose indicator IDs the sheet matches best.
pub fn choose_jenis(
    opts: ReadOptions,
    stated: Option<Jenis>,
    ids: &[IndicatorId],
    instruments: &Instruments,
    problems: &mut Vec<Problem>,
) -> Jenis {
    if let (Some(forced), Some(stated)) = (opts.jenis, stated)
        && forced != stated
    {
        problems.push(Problem::new(
            None,
            Some("jenis".into()),
            ProblemKind::JenisConflict { stated, forced },
        ));
    }
    if let Some(j) = opts.jenis.or(stated) {
        return j;
    }
    let fit = |j: Jenis| {
        let inst = instruments.get(j);
        let unknown = ids.iter().filter(|id| inst.slot(**id).is_none()).count();
        let missing = inst.indicator_count().saturating_sub(ids.len() - unknown);
        (unknown, missing)
    };
    if fit(Jenis::Bk) < fit(Jenis::Kelas) { Jenis::Bk } else { Jenis::Kelas }
}

/// Checks entries against the instrument: unknown IDs (naming the instrument they belong to),
/// duplicates (with the first line), and every missing indicator in one problem.
pub fn resolve(
    entries: &[Entry],
    jenis: Jenis,
    instruments: &Instruments,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<(IndicatorId, String)>,
) -> Vec<Score> {
    let inst = instruments.get(jenis);
    let mut scores: Vec<Option<(Option<Score>, Option<u64>)>> = vec![None; inst.indicator_count()];
    let present: Vec<IndicatorId> = entries.iter().filter_map(Entry::id).collect();
    let mut previous: Option<IndicatorId> = None;
    for e in entries {
        let Some(mut id) = e.id() else { continue };
        // `k.10` that a spreadsheet turned into the number `k.1`, told by its text or its place.
        let taken = inst.slot(id).is_some_and(|s| scores[s].is_some());
        if let Some(to) = recovered_id(e, previous, taken, &present, inst) {
            problems.push(Problem::new(
                e.line,
                Some(to.to_string()),
                ProblemKind::RecoveredId { from: id, to },
            ));
            id = to;
        }
        previous = Some(id);
        let at = Some(id.to_string());
        match inst.slot(id) {
            None if instruments.get(jenis.other()).slot(id).is_some() => {
                problems.push(Problem::new(e.line, at, ProblemKind::IdOtherInstrument { id, jenis }))
            }
            None => problems.push(Problem::new(e.line, at, ProblemKind::IdUnknown { id, jenis })),
            Some(slot) => match scores[slot] {
                Some((_, first)) => {
                    let lost_zero = looks_like_lost_zero(id, inst).then_some(id);
                    problems.push(Problem::new(e.line, at, ProblemKind::IdDuplicate { first, lost_zero }))
                }
                None => {
                    scores[slot] = Some((e.score, e.line));
                    if let Some(note) = e.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                        notes.push((id, note.to_string()));
                    }
                }
            },
        }
    }
    notes.sort_by_key(|(id, _)| inst.slot(*id));
    let ids: Vec<IndicatorId> =
        inst.indicators().zip(&scores).filter(|(_, s)| s.is_none()).map(|((_, ind), _)| ind.id).collect();
    if !ids.is_empty() {
        problems.push(Problem::file(ProblemKind::Missing { jenis, ids }));
    }
    scores.into_iter().map(|s| s.and_then(|(s, _)| s).unwrap_or_default()).collect()
}

/// The `k.10` a `k.1` stands for, when that is unambiguous: `k.10` is not on the sheet, and the
/// row's text is `k.10`'s, or (without a text) the row repeats `k.1` (`taken`) right after `k.9`.
fn recovered_id(
    e: &Entry,
    previous: Option<IndicatorId>,
    taken: bool,
    present: &[IndicatorId],
    inst: &Instrument,
) -> Option<IndicatorId> {
    let id = e.id()?;
    let to = IndicatorId { competency: id.competency, indicator: 10 };
    if !looks_like_lost_zero(id, inst) || present.contains(&to) {
        return None;
    }
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let by_text = e.text.as_deref().filter(|t| !t.trim().is_empty()).map(|t| {
        let expected = inst.indicators().find(|(_, i)| i.id == to).map(|(_, i)| squash(&i.text));
        expected.is_some_and(|x| x == squash(t))
    });
    let nine = IndicatorId { competency: id.competency, indicator: 9 };
    match by_text {
        Some(true) => Some(to),
        Some(false) => None,
        None => (taken && previous == Some(nine)).then_some(to),
    }
}

/// Whether a repeated `k.1` may be `k.10` that a spreadsheet turned into the number 4.1.
pub fn looks_like_lost_zero(id: IndicatorId, inst: &Instrument) -> bool {
    id.indicator == 1 && inst.slot(IndicatorId { competency: id.competency, indicator: 10 }).is_some()
}
