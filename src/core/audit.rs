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
    use crate::core::exact::ratio;

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
}
