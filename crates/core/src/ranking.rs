//! Profile matching: ranking teachers by how close each competency value is to a target
//! profile. Gap = value − target; the gap's weight (table below); per domain the mean weight of
//! its core competencies (NCF) and of its secondary ones (NSF), domain value = 60 % NCF +
//! 40 % NSF; ranking value = the domains' weighted sum. The method as school decision-support
//! studies use it with PK Guru competencies (e.g. pedagogik 30 %, kepribadian 20 %, sosial
//! 25 %, profesional 25 %). Exact rationals throughout.

use super::exact::{Exact, int, ratio};
use super::instrument::{Domain, Instrument};

/// Gap → weight, as (gap, weight × 2): 0 → 5, +1 → 4.5, −1 → 4, +2 → 3.5, −2 → 3, +3 → 2.5,
/// −3 → 2, +4 → 1.5, −4 → 1 (the profile matching gap table).
pub const GAP_WEIGHTS: [(i16, i64); 9] =
    [(0, 10), (1, 9), (-1, 8), (2, 7), (-2, 6), (3, 5), (-3, 4), (4, 3), (-4, 2)];

/// The weight of a gap, or `None` beyond ±4 (the table ends there).
pub fn gap_weight(gap: i16) -> Option<Exact> {
    GAP_WEIGHTS.iter().find(|(g, _)| *g == gap).map(|&(_, w2)| ratio(w2, 2))
}

/// The four domains in their fixed order.
pub const DOMAINS: [Domain; 4] =
    [Domain::Pedagogik, Domain::Kepribadian, Domain::Sosial, Domain::Profesional];

/// Whether a competency counts in its domain's core or secondary factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Factor {
    Core,
    Secondary,
}

impl Factor {
    pub fn code(self) -> &'static str {
        match self {
            Factor::Core => "core",
            Factor::Secondary => "secondary",
        }
    }

    pub fn parse(s: &str) -> Option<Factor> {
        match s.trim().to_lowercase().as_str() {
            "core" | "utama" | "cf" => Some(Factor::Core),
            "secondary" | "pendukung" | "sf" => Some(Factor::Secondary),
            _ => None,
        }
    }
}

/// What the profile expects of one competency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Criterion {
    /// 1-based competency number.
    pub competency: u8,
    pub domain: Domain,
    pub target: u8,
    pub factor: Factor,
}

/// A target profile: one criterion per competency, the domain weights (in `DOMAINS` order,
/// summing to 1) and the core factor's share of a domain value (60 %).
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub criteria: Vec<Criterion>,
    pub weights: [Exact; 4],
    pub core_share: Exact,
    /// The top of the value scale (4 for PK Guru competency values; 5 for a 1–5 table).
    pub scale: u8,
}

/// Why a profile or a teacher's values cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RankError {
    /// Domain weights must sum to 100 %.
    WeightsSum,
    /// The core share must be between 0 and 100 %.
    CoreShare,
    /// A target outside 1..=scale.
    Target { competency: u8, target: u8, scale: u8 },
    /// A domain with no competency at all.
    EmptyDomain(Domain),
    /// A value outside 1..=scale.
    Value { competency: u8, value: u8, scale: u8 },
    /// Values for a different number of competencies than the profile has.
    Count { expected: usize, found: usize },
}

impl Profile {
    /// The default profile of an instrument on a value scale: every target is the top of the
    /// scale, in each domain the first half of its competencies (rounded up) is core and the
    /// rest secondary (kelas: pedagogik 1–4 core, 5–7 secondary; kepribadian 8–9, 10; sosial
    /// 11, 12; profesional 13, 14), and weights pedagogik 30 %, kepribadian 20 %, sosial 25 %,
    /// profesional 25 %.
    pub fn default_for(inst: &Instrument, scale: u8) -> Profile {
        let mut criteria = Vec::with_capacity(inst.competencies.len());
        for domain in DOMAINS {
            let members: Vec<u8> =
                inst.competencies.iter().filter(|c| c.domain == domain).map(|c| c.number).collect();
            let core = members.len().div_ceil(2);
            for (i, &competency) in members.iter().enumerate() {
                let factor = if i < core { Factor::Core } else { Factor::Secondary };
                criteria.push(Criterion { competency, domain, target: scale, factor });
            }
        }
        criteria.sort_by_key(|c| c.competency);
        Profile {
            criteria,
            weights: [ratio(30, 100), ratio(20, 100), ratio(25, 100), ratio(25, 100)],
            core_share: ratio(60, 100),
            scale,
        }
    }

    /// Checks the profile's own consistency.
    pub fn validate(&self) -> Result<(), RankError> {
        if self.weights.iter().sum::<Exact>() != int(1) || self.weights.iter().any(|w| *w < int(0)) {
            return Err(RankError::WeightsSum);
        }
        if self.core_share < int(0) || self.core_share > int(1) {
            return Err(RankError::CoreShare);
        }
        for c in &self.criteria {
            if c.target < 1 || c.target > self.scale {
                return Err(RankError::Target {
                    competency: c.competency,
                    target: c.target,
                    scale: self.scale,
                });
            }
        }
        for d in DOMAINS {
            if !self.criteria.iter().any(|c| c.domain == d) {
                return Err(RankError::EmptyDomain(d));
            }
        }
        Ok(())
    }
}

/// One domain's factors and value.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainValue {
    pub domain: Domain,
    /// Mean weight of the core competencies (`None` when the domain has none).
    pub ncf: Option<Exact>,
    /// Mean weight of the secondary competencies (`None` when the domain has none).
    pub nsf: Option<Exact>,
    /// `core_share × NCF + (1 − core_share) × NSF`; a missing factor gives its share to the other.
    pub value: Exact,
}

/// Every intermediate of one teacher's evaluation, so a committee can check it.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Per criterion (profile order): the gap and its weight.
    pub gaps: Vec<(i16, Exact)>,
    pub domains: [DomainValue; 4],
    /// The ranking value: Σ weight × domain value.
    pub value: Exact,
}

/// Evaluates one teacher's competency values (in competency order, one per criterion).
pub fn evaluate(profile: &Profile, values: &[u8]) -> Result<Evaluation, RankError> {
    check(profile, values)?;
    Ok(evaluation(profile, values))
}

/// Whether `values` fit `profile`: one per criterion, each in 1..=scale.
pub fn check(profile: &Profile, values: &[u8]) -> Result<(), RankError> {
    if values.len() != profile.criteria.len() {
        return Err(RankError::Count { expected: profile.criteria.len(), found: values.len() });
    }
    match profile.criteria.iter().zip(values).find(|&(_, &v)| v < 1 || v > profile.scale) {
        Some((c, &v)) => Err(RankError::Value { competency: c.competency, value: v, scale: profile.scale }),
        None => Ok(()),
    }
}

/// The evaluation of values [`check`] accepted. A ranking keeps only each teacher's values
/// and ranking value, and computes the intermediates again, one teacher at a time, as they
/// are written.
pub fn evaluation(profile: &Profile, values: &[u8]) -> Evaluation {
    let gaps: Vec<(i16, Exact)> = profile
        .criteria
        .iter()
        .zip(values)
        .map(|(c, &v)| {
            let gap = i16::from(v) - i16::from(c.target);
            // Values and targets lie in 1..=scale, so |gap| ≤ scale − 1; beyond the table's ±4
            // (a scale above 5) the weight keeps falling by the table's step.
            (gap, gap_weight(gap).unwrap_or_else(|| beyond_table(gap)))
        })
        .collect();
    let domains = DOMAINS.map(|domain| {
        let mean = |factor: Factor| {
            let ws: Vec<Exact> = profile
                .criteria
                .iter()
                .zip(&gaps)
                .filter(|(c, _)| c.domain == domain && c.factor == factor)
                .map(|(_, g)| g.1)
                .collect();
            (!ws.is_empty()).then(|| ws.iter().sum::<Exact>() / int(ws.len() as i64))
        };
        let (ncf, nsf) = (mean(Factor::Core), mean(Factor::Secondary));
        let value = match (ncf, nsf) {
            (Some(c), Some(s)) => profile.core_share * c + (int(1) - profile.core_share) * s,
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => int(0),
        };
        DomainValue { domain, ncf, nsf, value }
    });
    let value = domains.iter().zip(&profile.weights).map(|(d, w)| d.value * w).sum();
    Evaluation { gaps, domains, value }
}

/// Weights past the table: each further step away from the target costs one half more than
/// the table's last step on that side, never below zero.
fn beyond_table(gap: i16) -> Exact {
    let steps = i64::from(gap.unsigned_abs()) - 4;
    let last = if gap > 0 { ratio(3, 2) } else { int(1) };
    (last - ratio(steps, 2)).max(int(0))
}

/// Positions (1-based) for values in input order: highest first; equal values share a
/// position and keep their input order. Returns, per input, (position, tied).
pub fn positions(values: &[Exact]) -> Vec<(usize, bool)> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    // A stable sort keeps input order among equals.
    order.sort_by(|&a, &b| values[b].cmp(&values[a]));
    let mut out = vec![(0, false); values.len()];
    for (rank, &i) in order.iter().enumerate() {
        let position = match rank.checked_sub(1).map(|r| order[r]) {
            Some(prev) if values[prev] == values[i] => out[prev].0,
            _ => rank + 1,
        };
        out[i].0 = position;
    }
    // In value order, equal values are neighbours: tied is having an equal neighbour (one
    // pass; comparing every pair is 5·10⁹ comparisons for 100,000 distinct values).
    for (k, &i) in order.iter().enumerate() {
        let equal = |other: Option<&usize>| other.is_some_and(|&j| values[j] == values[i]);
        out[i].1 = equal(k.checked_sub(1).and_then(|p| order.get(p))) || equal(order.get(k + 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::instrument::Jenis;

    #[test]
    fn every_gap_weight() {
        let table = [
            (0, "5"),
            (1, "9/2"),
            (-1, "4"),
            (2, "7/2"),
            (-2, "3"),
            (3, "5/2"),
            (-3, "2"),
            (4, "3/2"),
            (-4, "1"),
        ];
        for (gap, w) in table {
            assert_eq!(gap_weight(gap).map(|x| x.to_string()), Some(w.to_string()), "gap {gap}");
        }
        assert_eq!(gap_weight(5), None);
        assert_eq!(gap_weight(-5), None);
        assert_eq!(beyond_table(-5), ratio(1, 2));
        assert_eq!(beyond_table(5), int(1));
        assert_eq!(beyond_table(-9), int(0));
        // Two steps past the table: +6 → 3/2 − 1/2 · 2 = 1/2; −6 → 1 − 1 = 0.
        assert_eq!(beyond_table(6), ratio(1, 2));
        assert_eq!(beyond_table(-6), int(0));
    }

    #[test]
    fn default_kelas_profile() {
        let p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
        let core: Vec<u8> =
            p.criteria.iter().filter(|c| c.factor == Factor::Core).map(|c| c.competency).collect();
        assert_eq!(core, [1, 2, 3, 4, 8, 9, 11, 13]);
        assert!(p.criteria.iter().all(|c| c.target == 4));
        assert_eq!(p.weights.map(|w| w.to_string()), ["3/10", "1/5", "1/4", "1/4"]);
        assert_eq!(p.core_share, ratio(3, 5));
        assert_eq!(p.validate(), Ok(()));
    }

    #[test]
    fn default_bk_profile_covers_its_four_domains() {
        let p = Profile::default_for(Instrument::embedded(Jenis::Bk), 4);
        assert_eq!(p.criteria.len(), 17);
        let core: Vec<u8> =
            p.criteria.iter().filter(|c| c.factor == Factor::Core).map(|c| c.competency).collect();
        assert_eq!(core, [1, 2, 4, 5, 8, 9, 11, 12, 13, 14]);
        assert_eq!(p.validate(), Ok(()));
    }

    /// One teacher worked by hand on a 1–5 scale, target 5 everywhere:
    /// values 4 4 5 3 | 4 5 4 | 5 5 3 | 4 4 | 5 3.
    #[test]
    fn worked_by_hand() {
        let p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 5);
        let e = evaluate(&p, &[4, 4, 5, 3, 4, 5, 4, 5, 5, 3, 4, 4, 5, 3]).unwrap();
        // Pedagogik: core weights 4, 4, 5, 3 → 4; secondary 4, 5, 4 → 13/3;
        // 0.6 × 4 + 0.4 × 13/3 = 2.4 + 26/15 = 62/15.
        assert_eq!(e.domains[0].ncf, Some(int(4)));
        assert_eq!(e.domains[0].nsf, Some(ratio(13, 3)));
        assert_eq!(e.domains[0].value, ratio(62, 15));
        // Kepribadian: core 5, 5 → 5; secondary 3 → 3; 3 + 1.2 = 21/5.
        assert_eq!(e.domains[1].value, ratio(21, 5));
        // Sosial: core 4, secondary 4 → 4. Profesional: core 5, secondary 3 → 3 + 1.2 = 21/5.
        assert_eq!(e.domains[2].value, int(4));
        assert_eq!(e.domains[3].value, ratio(21, 5));
        // 0.3 × 62/15 + 0.2 × 21/5 + 0.25 × 4 + 0.25 × 21/5 = 31/25 + 21/25 + 1 + 21/20.
        assert_eq!(e.value, ratio(31, 25) + ratio(21, 25) + int(1) + ratio(21, 20));
        assert_eq!(e.gaps[3], (-2, int(3)));
    }

    #[test]
    fn sixty_forty_split_and_domain_weights() {
        let mut p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
        // Only competency 1 below target: gap −1 → 4; pedagogik NCF = (4+5+5+5)/4 = 19/4, NSF 5.
        let mut v = [4u8; 14];
        v[0] = 3;
        let e = evaluate(&p, &v).unwrap();
        assert_eq!(e.domains[0].value, ratio(3, 5) * ratio(19, 4) + ratio(2, 5) * int(5));
        assert_eq!(e.value, ratio(3, 10) * e.domains[0].value + ratio(7, 10) * int(5));
        p.core_share = int(1);
        assert_eq!(evaluate(&p, &v).unwrap().domains[0].value, ratio(19, 4));
        p.weights = [int(1), int(0), int(0), int(0)];
        assert_eq!(evaluate(&p, &v).unwrap().value, ratio(19, 4));
    }

    #[test]
    fn bad_profiles_and_values() {
        let mut p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
        assert_eq!(evaluate(&p, &[4; 13]), Err(RankError::Count { expected: 14, found: 13 }));
        let mut v = [4u8; 14];
        v[2] = 5;
        assert_eq!(evaluate(&p, &v), Err(RankError::Value { competency: 3, value: 5, scale: 4 }));
        v[2] = 0;
        assert!(evaluate(&p, &v).is_err());
        p.weights[0] = ratio(31, 100);
        assert_eq!(p.validate(), Err(RankError::WeightsSum));
        p.weights[0] = ratio(30, 100);
        p.core_share = ratio(11, 10);
        assert_eq!(p.validate(), Err(RankError::CoreShare));
        p.core_share = ratio(3, 5);
        p.criteria[0].target = 5;
        assert_eq!(p.validate(), Err(RankError::Target { competency: 1, target: 5, scale: 4 }));
        p.criteria[0].target = 4;
        p.criteria.retain(|c| c.domain != Domain::Sosial);
        assert_eq!(p.validate(), Err(RankError::EmptyDomain(Domain::Sosial)));
    }

    #[test]
    fn positions_share_ties_in_input_order() {
        let v = [int(3), int(4), int(3), int(5)];
        assert_eq!(positions(&v), [(3, true), (2, false), (3, true), (1, false)]);
        assert_eq!(positions(&[]), []);
    }

    #[test]
    fn factor_codes_and_aliases() {
        assert_eq!(Factor::Core.code(), "core");
        assert_eq!(Factor::Secondary.code(), "secondary");
        for s in ["core", " Utama ", "CF"] {
            assert_eq!(Factor::parse(s), Some(Factor::Core), "{s:?}");
        }
        for s in ["secondary", "Pendukung", " sf"] {
            assert_eq!(Factor::parse(s), Some(Factor::Secondary), "{s:?}");
        }
        assert_eq!(Factor::parse(""), None);
        assert_eq!(Factor::parse("primary"), None);
    }

    /// The edges of each validity range: zero weights, a core share of 0 or 1 and targets of 1
    /// or the top of the scale are accepted; anything past them is not.
    #[test]
    fn validate_accepts_the_edges_and_rejects_past_them() {
        let base = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
        let mut p = base.clone();
        p.weights = [int(1), int(0), int(0), int(0)];
        assert_eq!(p.validate(), Ok(()));
        p.weights = [ratio(13, 10), ratio(-3, 10), int(0), int(0)];
        assert_eq!(p.validate(), Err(RankError::WeightsSum));

        let mut p = base.clone();
        for share in [int(0), int(1)] {
            p.core_share = share;
            assert_eq!(p.validate(), Ok(()));
        }
        p.core_share = ratio(-1, 10);
        assert_eq!(p.validate(), Err(RankError::CoreShare));

        let mut p = base.clone();
        p.criteria[0].target = 1;
        assert_eq!(p.validate(), Ok(()));
        p.criteria[0].target = 0;
        assert_eq!(p.validate(), Err(RankError::Target { competency: 1, target: 0, scale: 4 }));
    }

    /// Values at both ends of the scale are accepted; 0 is not.
    #[test]
    fn values_at_the_scale_edges() {
        let p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
        let mut v = [4u8; 14];
        v[13] = 1;
        let e = evaluate(&p, &v).unwrap();
        assert_eq!(e.gaps[13], (-3, int(2)));
        v[13] = 0;
        assert_eq!(evaluate(&p, &v), Err(RankError::Value { competency: 14, value: 0, scale: 4 }));
    }

    proptest! {
        /// With the default profile (targets at the top of the scale), a teacher whose every
        /// value rises or stays never gets a lower ranking value.
        #[test]
        fn rising_values_never_fall(base in proptest::collection::vec(1u8..=4, 14), up in proptest::collection::vec(0u8..=3, 14)) {
            let p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
            let higher: Vec<u8> = base.iter().zip(&up).map(|(b, u)| (b + u).min(4)).collect();
            let a = evaluate(&p, &base).unwrap().value;
            let b = evaluate(&p, &higher).unwrap().value;
            prop_assert!(b >= a);
        }

        /// Identical teachers tie at one position; every position is within 1..=n.
        #[test]
        fn identical_teachers_tie(values in proptest::collection::vec(1u8..=4, 14), n in 2usize..6) {
            let p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
            let v = evaluate(&p, &values).unwrap().value;
            let pos = positions(&vec![v; n]);
            prop_assert!(pos.iter().all(|&(p, tied)| p == 1 && tied));
        }

        /// Positions agree with their definition: one more than the number of higher values,
        /// tied when another value is equal.
        #[test]
        fn positions_by_definition(raw in proptest::collection::vec(0i64..6, 0..40)) {
            let values: Vec<Exact> = raw.iter().map(|&x| ratio(x, 2)).collect();
            let got = positions(&values);
            for (i, v) in values.iter().enumerate() {
                let higher = values.iter().filter(|w| *w > v).count();
                let tied = values.iter().enumerate().any(|(j, w)| j != i && w == v);
                prop_assert_eq!(got[i], (higher + 1, tied));
            }
        }

        /// Checking and then computing is evaluating.
        #[test]
        fn evaluate_is_check_then_evaluation(values in proptest::collection::vec(0u8..=5, 13..=15)) {
            let p = Profile::default_for(Instrument::embedded(Jenis::Kelas), 4);
            match evaluate(&p, &values) {
                Ok(e) => prop_assert_eq!(e, evaluation(&p, &values)),
                Err(e) => prop_assert_eq!(Err(e), check(&p, &values)),
            }
        }
    }
}
