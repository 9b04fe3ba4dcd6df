//! Auditing results typed into a sheet by hand (`jumlah`, `nilai`, `predikat`,
//! `angka_kredit`) against the computed ones. A typed number agrees when it equals the exact
//! value rounded half-up or truncated at the precision it was typed with: both conventions
//! appear in published tables.

use super::assessment::{Assessment, CreditOutcome};
use super::exact::{self, Exact, int};
use super::predikat::Predikat;
use super::teacher::{Claimed, Field};

/// One typed-in result that differs from the computed one, with both values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    Total {
        claimed: Exact,
        computed: u32,
    },
    Nilai {
        claimed: Exact,
        computed: Exact,
    },
    Predikat {
        claimed: Predikat,
        computed: Predikat,
    },
    /// `computed` is `None` when the sheet lacks what the formula needs.
    AngkaKredit {
        claimed: Exact,
        computed: Option<Exact>,
    },
}

impl Mismatch {
    /// The sheet field it concerns.
    pub fn field(&self) -> Field {
        match self {
            Mismatch::Total { .. } => Field::ClaimedTotal,
            Mismatch::Nilai { .. } => Field::ClaimedNilai,
            Mismatch::Predikat { .. } => Field::ClaimedPredikat,
            Mismatch::AngkaKredit { .. } => Field::ClaimedAk,
        }
    }
}

/// Whether a typed number agrees with the exact value at the precision it was typed with.
/// Compared in 128-bit integers: `claimed = n/d` equals `k/10^p` exactly when `n·10^p = k·d`.
pub fn agrees(claimed: Exact, exact_value: Exact) -> bool {
    let places = exact::decimal_places(claimed, 6).unwrap_or(6);
    let scale = 10i128.pow(places);
    let rounded = exact::round_scaled(exact_value, places);
    let (vn, vd) = (i128::from(*exact_value.numer()), i128::from(*exact_value.denom()));
    // Truncation toward zero, as `Ratio::trunc` does.
    let truncated = vn * scale / vd;
    let (cn, cd) = (i128::from(*claimed.numer()), i128::from(*claimed.denom()));
    cn * scale == rounded * cd || cn * scale == truncated * cd
}

/// Compares typed-in results with the computed ones, in field order.
pub fn audit(claimed: &Claimed, a: &Assessment) -> Vec<Mismatch> {
    let mut out = Vec::new();
    if let Some(t) = claimed.total
        && t != int(i64::from(a.scored.total))
    {
        out.push(Mismatch::Total { claimed: t, computed: a.scored.total });
    }
    if let Some(n) = claimed.nilai
        && !agrees(n, a.score_100())
    {
        out.push(Mismatch::Nilai { claimed: n, computed: a.score_100() });
    }
    if let Some(p) = claimed.predikat
        && p != a.predikat
    {
        out.push(Mismatch::Predikat { claimed: p, computed: a.predikat });
    }
    if let Some(ak) = claimed.angka_kredit {
        match &a.credit {
            CreditOutcome::Computed(c) if agrees(ak, c.per_year) => {}
            CreditOutcome::Computed(c) => {
                out.push(Mismatch::AngkaKredit { claimed: ak, computed: Some(c.per_year) })
            }
            _ => out.push(Mismatch::AngkaKredit { claimed: ak, computed: None }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exact::ratio;

    /// Agreement is decided without overflow even for values near the ends of 64 bits.
    #[test]
    fn agreement_of_extreme_values() {
        assert!(agrees(int(i64::MAX), int(i64::MAX)));
        assert!(!agrees(int(1), ratio(i64::MAX, 7)));
        assert!(agrees(ratio(1, 1_000_000), ratio(1, 1_000_000)));
        assert!(agrees(int(0), ratio(1, i64::MAX)));
    }

    #[test]
    fn typed_numbers_agree_when_rounded_or_truncated() {
        let v = ratio(5000, 70); // 71.428571…
        assert!(agrees(ratio(7143, 100), v));
        assert!(agrees(ratio(7142, 100), v), "truncated, as in a published example");
        assert!(agrees(int(71), v));
        assert!(!agrees(ratio(7144, 100), v));
        assert!(!agrees(int(72), v));
        assert!(agrees(ratio(7875, 1000), ratio(7875, 1000)));
        assert!(agrees(ratio(788, 100), ratio(7875, 1000)));
    }

    /// Each mismatch names the sheet field it concerns.
    #[test]
    fn mismatch_fields() {
        let rows = [
            (Mismatch::Total { claimed: int(1), computed: 2 }, Field::ClaimedTotal),
            (Mismatch::Nilai { claimed: int(1), computed: int(2) }, Field::ClaimedNilai),
            (
                Mismatch::Predikat { claimed: Predikat::Baik, computed: Predikat::Cukup },
                Field::ClaimedPredikat,
            ),
            (Mismatch::AngkaKredit { claimed: int(1), computed: None }, Field::ClaimedAk),
        ];
        for (m, field) in rows {
            assert_eq!(m.field(), field, "{m:?}");
        }
    }

    /// A guru kelas (III/a with 24 jam when `golongan`) scored 26 of 56: Nilai 46.43, Kurang,
    /// 2.625 angka kredit a year.
    fn assessment(golongan: bool) -> Assessment {
        use crate::assessment::assess;
        use crate::instrument::{Instrument, Jenis};
        use crate::predikat::Bands;
        use crate::scoring::Score;
        use crate::teacher::Teacher;
        let k = Instrument::embedded(Jenis::Kelas);
        // Competencies 1–6: one 2 and the rest 1s (just over 50 % → 3); 7–14: all 0 (→ 1).
        let mut scores = Vec::new();
        for c in 0..14 {
            let n = k.slots(c).len();
            for i in 0..n {
                let v = if c < 6 { if i == 0 { 2 } else { 1 } } else { 0 };
                scores.push(Score::new(v).unwrap());
            }
        }
        let mut t = Teacher::<String>::default();
        if golongan {
            t.golongan = "III/a".parse().ok();
            t.jam = Some(int(24));
        }
        let a = assess(k, &scores, &t, Bands::Upper);
        assert_eq!((a.scored.total, a.predikat), (6 * 3 + 8, Predikat::Kurang));
        a
    }

    /// One row per audited field: a typed value that agrees gives nothing, one that does not
    /// gives its mismatch with both values, and a field not typed is not checked.
    #[test]
    fn audit_rows() {
        let a = assessment(true);
        let nilai = a.score_100();
        let per_year = a.credit.computed().unwrap().per_year;
        assert_eq!((nilai, per_year), (ratio(2600, 56), ratio(21, 8)));
        let none = Claimed::default();
        let rows: [(Claimed, Vec<Mismatch>); 9] = [
            (none, vec![]),
            (Claimed { total: Some(int(26)), ..none }, vec![]),
            (
                Claimed { total: Some(int(27)), ..none },
                vec![Mismatch::Total { claimed: int(27), computed: 26 }],
            ),
            (Claimed { nilai: Some(ratio(4643, 100)), ..none }, vec![]),
            (
                Claimed { nilai: Some(ratio(4644, 100)), ..none },
                vec![Mismatch::Nilai { claimed: ratio(4644, 100), computed: nilai }],
            ),
            (Claimed { predikat: Some(a.predikat), ..none }, vec![]),
            (
                Claimed { predikat: Some(Predikat::Baik), ..none },
                vec![Mismatch::Predikat { claimed: Predikat::Baik, computed: a.predikat }],
            ),
            (Claimed { angka_kredit: Some(per_year), ..none }, vec![]),
            (
                Claimed {
                    total: Some(int(25)),
                    nilai: Some(int(47)),
                    predikat: Some(Predikat::Cukup),
                    angka_kredit: Some(int(5)),
                },
                vec![
                    Mismatch::Total { claimed: int(25), computed: 26 },
                    Mismatch::Nilai { claimed: int(47), computed: nilai },
                    Mismatch::Predikat { claimed: Predikat::Cukup, computed: a.predikat },
                    Mismatch::AngkaKredit { claimed: int(5), computed: Some(per_year) },
                ],
            ),
        ];
        for (claimed, want) in rows {
            assert_eq!(audit(&claimed, &a), want, "{claimed:?}");
        }
    }

    /// A typed angka kredit with nothing to compare it with is a mismatch without a value.
    #[test]
    fn angka_kredit_without_a_computed_credit() {
        let a = assessment(false);
        let claimed = Claimed { angka_kredit: Some(int(5)), ..Claimed::default() };
        assert_eq!(audit(&claimed, &a), [Mismatch::AngkaKredit { claimed: int(5), computed: None }]);
    }
}
