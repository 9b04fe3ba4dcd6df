//! One diagnosis per teacher instead of a flood: a teacher whose scores are all blank is
//! "belum dinilai" (one line), partly blank scores are one line listing the indicators
//! compactly (`4.2–4.11, 7.1`), and scores that belong to the other instrument are one line
//! saying so. Applied to one teacher's problems after reading, before they are reported.

use crate::core::instrument::{IndicatorId, Instrument, Jenis};

use super::{Problem, ProblemKind};

/// Replaces per-indicator floods in one teacher's problems by single diagnoses. `jenis` is
/// the instrument the teacher was read against and `slots` its number of indicators;
/// `other_fits` says whether the scores given would make a complete sheet of the other
/// instrument.
pub fn consolidate(problems: &mut Vec<Problem>, jenis: Jenis, slots: usize, other_fits: bool) {
    let blank: Vec<(Option<u64>, IndicatorId)> = problems
        .iter()
        .filter_map(|p| match &p.kind {
            ProblemKind::Score(t) if t.is_empty() => {
                p.at.as_deref().and_then(IndicatorId::parse).map(|id| (p.line, id))
            }
            _ => None,
        })
        .collect();
    let foreign = problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::IdOtherInstrument { .. } | ProblemKind::ExtraIndicator(_)))
        .count();
    let line = problems.iter().filter_map(|p| p.line).min();
    let first = |ids: &[(Option<u64>, IndicatorId)]| ids.iter().filter_map(|(l, _)| *l).min();
    if other_fits && (foreign > 0 || blank.len() == slots) && foreign + blank.len() > 1 {
        // A kelas teacher marked bk (or the reverse): the scores fit the other instrument.
        problems.retain(|p| !is_score_flood(p));
        let kind = ProblemKind::ScoresFitOther { stated: jenis, fits: jenis.other() };
        problems.push(Problem::new(line, Some("jenis".into()), kind));
    } else if blank.len() == slots {
        problems.retain(|p| !is_blank_score(p) && !matches!(p.kind, ProblemKind::Missing { .. }));
        problems.push(Problem::new(first(&blank).or(line), None, ProblemKind::NotAssessed));
    } else if blank.len() > 1 {
        problems.retain(|p| !is_blank_score(p));
        let ids = blank.iter().map(|(_, id)| *id).collect();
        problems.push(Problem::new(first(&blank), None, ProblemKind::BlankScores { ids }));
    }
    problems.sort_by_key(|p| p.line.unwrap_or(u64::MAX));
}

fn is_blank_score(p: &Problem) -> bool {
    matches!(&p.kind, ProblemKind::Score(t) if t.is_empty())
}

fn is_score_flood(p: &Problem) -> bool {
    is_blank_score(p)
        || matches!(
            p.kind,
            ProblemKind::IdOtherInstrument { .. }
                | ProblemKind::ExtraIndicator(_)
                | ProblemKind::Missing { .. }
        )
}

/// Indicator IDs as compact ranges in instrument order: `4.2–4.11, 7.1`.
pub fn compact(ids: &[IndicatorId]) -> String {
    let mut sorted = ids.to_vec();
    sorted.sort();
    sorted.dedup();
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len()
            && sorted[i + 1].competency == end.competency
            && sorted[i + 1].indicator == end.indicator + 1
        {
            i += 1;
            end = sorted[i];
        }
        parts.push(if start == end { start.to_string() } else { format!("{start}–{end}") });
        i += 1;
    }
    parts.join(", ")
}

/// Whether entries read from a sheet would make a complete sheet of `inst`: every indicator
/// present with a valid score.
pub fn fits(scored: impl IntoIterator<Item = IndicatorId>, inst: &Instrument) -> bool {
    let mut seen = vec![false; inst.indicator_count()];
    for id in scored {
        if let Some(slot) = inst.slot(id) {
            seen[slot] = true;
        }
    }
    seen.iter().all(|s| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> IndicatorId {
        IndicatorId::parse(s).unwrap()
    }

    #[test]
    fn compact_ranges() {
        let ids: Vec<IndicatorId> =
            ["4.2", "4.3", "4.4", "4.11", "7.1", "4.10", "4.5", "4.6", "4.7", "4.8", "4.9"]
                .iter()
                .map(|s| id(s))
                .collect();
        assert_eq!(compact(&ids), "4.2–4.11, 7.1");
        assert_eq!(compact(&[id("1.1")]), "1.1");
        assert_eq!(compact(&[id("1.6"), id("2.1")]), "1.6, 2.1", "ranges stay within a competency");
    }

    fn blank(line: u64, i: &str) -> Problem {
        Problem::new(Some(line), Some(i.into()), ProblemKind::Score(String::new()))
    }

    #[test]
    fn all_blank_is_one_not_assessed() {
        let inst = Instrument::embedded(Jenis::Kelas);
        let mut p: Vec<Problem> =
            inst.indicators().enumerate().map(|(n, (_, i))| blank(n as u64 + 2, &i.id.to_string())).collect();
        consolidate(&mut p, inst.jenis, inst.indicator_count(), false);
        assert_eq!(p, [Problem::new(Some(2), None, ProblemKind::NotAssessed)]);
    }

    #[test]
    fn partly_blank_is_one_line() {
        let inst = Instrument::embedded(Jenis::Kelas);
        let mut p = vec![
            blank(9, "4.3"),
            blank(8, "4.2"),
            Problem::new(Some(12), Some("5.1".into()), ProblemKind::Score("3".into())),
        ];
        consolidate(&mut p, inst.jenis, inst.indicator_count(), false);
        assert_eq!(
            p[0],
            Problem::new(Some(8), None, ProblemKind::BlankScores { ids: vec![id("4.3"), id("4.2")] })
        );
        assert_eq!(p[1].kind, ProblemKind::Score("3".into()), "a wrong score stays itself");
        let mut one = vec![blank(8, "4.2")];
        consolidate(&mut one, inst.jenis, inst.indicator_count(), false);
        assert_eq!(one[0].kind, ProblemKind::Score(String::new()), "a single blank keeps its own line");
    }

    #[test]
    fn scores_of_the_other_instrument_are_one_line() {
        let bk = Instrument::embedded(Jenis::Bk);
        let mut p = vec![
            Problem::new(
                Some(2),
                Some("4.10".into()),
                ProblemKind::IdOtherInstrument { id: id("4.10"), jenis: Jenis::Bk },
            ),
            Problem::new(
                Some(3),
                Some("4.11".into()),
                ProblemKind::IdOtherInstrument { id: id("4.11"), jenis: Jenis::Bk },
            ),
            Problem::file(ProblemKind::Missing { jenis: Jenis::Bk, ids: vec![id("15.1")] }),
        ];
        consolidate(&mut p, bk.jenis, bk.indicator_count(), true);
        assert_eq!(
            p,
            [Problem::new(
                Some(2),
                Some("jenis".into()),
                ProblemKind::ScoresFitOther { stated: Jenis::Bk, fits: Jenis::Kelas }
            )]
        );
    }
}
