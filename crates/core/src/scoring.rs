//! Scoring one PK Guru instrument: indicator scores → competency values → Nilai PKG →
//! 100 scale → predikat (Pedoman Pelaksanaan PK Guru; Permenneg PAN-RB 16/2009).
//!
//! Pure and allocation-free: a whole assessment lives in fixed arrays, so batch scoring of
//! millions of teachers allocates nothing per row.

use super::exact::{Exact, ratio};
use super::instrument::{Instrument, Jenis, MAX_COMPETENCIES};
use super::predikat::{self, Bands, Predikat};

/// One indicator score: 0 = tidak ada bukti, 1 = terpenuhi sebagian, 2 = seluruhnya terpenuhi.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Score(u8);

impl Score {
    /// The highest indicator score.
    pub const MAX: u8 = 2;

    /// A score from its value, if it is 0, 1 or 2.
    pub const fn new(v: u8) -> Option<Score> {
        if v <= Self::MAX { Some(Score(v)) } else { None }
    }

    /// The value 0, 1 or 2 (the printed forms show it).
    pub const fn get(self) -> u8 {
        self.0
    }

    /// Reads a score cell; surrounding spaces are allowed, nothing else but `0`, `1`, `2`.
    pub fn parse(text: &[u8]) -> Option<Score> {
        match text {
            [d @ b'0'..=b'2'] => Some(Score(d - b'0')),
            _ => match text.trim_ascii() {
                [d @ b'0'..=b'2'] => Some(Score(d - b'0')),
                _ => None,
            },
        }
    }
}

/// Pedoman PK Guru: persentase → nilai kompetensi, `0 % < X ≤ 25 %` → 1, `≤ 50 %` → 2,
/// `≤ 75 %` → 3, else 4; compared as integers (`4s ≤ m`, …). 0 % → 1 (reference decision).
pub const fn competency_value(score: u32, max: u32) -> u8 {
    if 4 * score <= max {
        1
    } else if 4 * score <= 2 * max {
        2
    } else if 4 * score <= 3 * max {
        3
    } else {
        4
    }
}

/// A scored instrument: per-competency skor, maksimum and nilai, and the Nilai PKG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    pub jenis: Jenis,
    len: u8,
    scores: [u16; MAX_COMPETENCIES],
    maxes: [u16; MAX_COMPETENCIES],
    values: [u8; MAX_COMPETENCIES],
    /// Nilai PKG: the sum of competency values (kelas 14–56, BK 17–68).
    pub total: u32,
    /// Nilai tertinggi: 4 × the number of competencies (56, 68).
    pub max_total: u32,
}

impl Scored {
    /// Skor of competency index `c` (0-based).
    pub fn score(&self, c: usize) -> u32 {
        u32::from(self.scores[c])
    }

    /// Skor maksimum of competency index `c`.
    pub fn max_score(&self, c: usize) -> u32 {
        u32::from(self.maxes[c])
    }

    /// The competency values 1–4, in order.
    pub fn values(&self) -> &[u8] {
        &self.values[..usize::from(self.len)]
    }

    /// Persentase of competency index `c`, exact.
    pub fn percent(&self, c: usize) -> Exact {
        ratio(100 * i64::from(self.scores[c]), i64::from(self.maxes[c]))
    }

    /// Nilai PKG (skala 100) = Nilai PKG / nilai tertinggi × 100, exact.
    pub fn score_100(&self) -> Exact {
        ratio(100 * i64::from(self.total), i64::from(self.max_total))
    }

    /// The predikat under a band convention.
    pub fn predikat(&self, bands: Bands) -> Predikat {
        predikat::classify(self.score_100(), bands)
    }
}

/// Scores one teacher. `scores` holds one score per indicator in slot order
/// (`scores.len() == instrument.indicator_count()`; the readers guarantee it).
pub fn score(instrument: &Instrument, scores: &[Score]) -> Scored {
    debug_assert_eq!(scores.len(), instrument.indicator_count());
    let mut s = Scored {
        jenis: instrument.jenis,
        len: instrument.competencies.len() as u8,
        scores: [0; MAX_COMPETENCIES],
        maxes: [0; MAX_COMPETENCIES],
        values: [0; MAX_COMPETENCIES],
        total: 0,
        max_total: instrument.max_total(),
    };
    let mut rest = scores;
    let mut total = 0u32;
    for (c, &n) in instrument.sizes().iter().enumerate().take(MAX_COMPETENCIES) {
        // Competencies occupy consecutive slots: peel each one off the front.
        let (own, tail) = rest.split_at(usize::from(n).min(rest.len()));
        rest = tail;
        let max = 2 * u32::from(n);
        let got = own.iter().fold(0u32, |a, x| a + u32::from(x.0));
        let value = competency_value(got, max);
        s.scores[c] = got as u16;
        s.maxes[c] = max as u16;
        s.values[c] = value;
        total += u32::from(value);
    }
    s.total = total;
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exact::int;
    use proptest::prelude::*;

    #[test]
    fn competency_value_rule_rows_and_boundaries() {
        // (skor, maks, nilai): worked-examples W11 and the reference's boundary fixtures.
        let rows = [
            (0, 12, 1),  // 0 % → 1 (decision)
            (1, 12, 1),  // 8.3 %
            (3, 12, 1),  // exactly 25 %
            (4, 12, 2),  // 33 %
            (8, 16, 2),  // exactly 50 %
            (9, 16, 3),  // 56 %
            (9, 12, 3),  // exactly 75 % (official example)
            (12, 16, 3), // exactly 75 %
            (6, 8, 3),   // 2,2,1,1 = 75 %
            (10, 12, 4), // 83 %
            (13, 16, 4), // 81 %
            (12, 12, 4), // 100 %
        ];
        for (s, m, v) in rows {
            assert_eq!(competency_value(s, m), v, "{s}/{m}");
        }
    }

    fn sheet_with_values(instrument: &Instrument, wanted: &[u8]) -> Vec<Score> {
        // Builds indicator scores that give each competency the wanted value.
        let mut out = Vec::new();
        for (c, &v) in wanted.iter().enumerate() {
            let n = instrument.slots(c).len() as u32;
            let max = 2 * n;
            let target = (0..=max).find(|&s| competency_value(s, max) == v).unwrap();
            let mut left = target;
            for _ in 0..n {
                let x = left.min(2);
                out.push(Score(x as u8));
                left -= x;
            }
        }
        out
    }

    #[test]
    fn kelas_fixture_total_39_is_cukup() {
        let k = Instrument::embedded(Jenis::Kelas);
        let values = [3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 2];
        let s = score(k, &sheet_with_values(k, &values));
        assert_eq!(s.values(), values);
        assert_eq!(s.total, 39);
        assert_eq!(s.score_100(), ratio(3900, 56));
        assert_eq!(crate::exact::fixed(s.score_100(), 2, '.'), "69.64");
        assert_eq!(s.predikat(Bands::Upper), Predikat::Cukup);
    }

    /// The value list in the core issue sums to 43, not the 39 it states: 76.79 → Baik.
    #[test]
    fn issue_value_list_sums_to_43() {
        let k = Instrument::embedded(Jenis::Kelas);
        let values = [3, 4, 2, 3, 3, 3, 2, 4, 3, 4, 3, 4, 3, 2];
        let s = score(k, &sheet_with_values(k, &values));
        assert_eq!(s.total, 43);
        assert_eq!(crate::exact::fixed(s.score_100(), 2, '.'), "76.79");
        assert_eq!(s.predikat(Bands::Upper), Predikat::Baik);
    }

    #[test]
    fn all_zero_and_all_two() {
        for jenis in Jenis::ALL {
            let i = Instrument::embedded(jenis);
            let zero = score(i, &vec![Score(0); i.indicator_count()]);
            assert_eq!(zero.total, i.competencies.len() as u32);
            assert_eq!(zero.predikat(Bands::Upper), Predikat::Kurang);
            let full = score(i, &vec![Score(2); i.indicator_count()]);
            assert_eq!(full.total, i.max_total());
            assert_eq!(full.score_100(), ratio(100, 1));
            assert_eq!(full.predikat(Bands::Upper), Predikat::AmatBaik);
        }
    }

    /// Per competency: skor is the sum of its indicator scores, maksimum is 2 per indicator,
    /// persentase is exact, and the values and Nilai PKG follow.
    #[test]
    fn per_competency_skor_maksimum_persentase() {
        let k = Instrument::embedded(Jenis::Kelas);
        // Competency 1 (6 indicators): 2,2,2,1,0,0 = 7 of 12; competency 2 (6): all 1 = 6 of 12;
        // competency 3 (4): all 2 = 8 of 8; the rest all 0.
        let mut sheet = vec![Score(0); k.indicator_count()];
        for (slot, v) in [(0, 2), (1, 2), (2, 2), (3, 1)] {
            sheet[slot] = Score(v);
        }
        for slot in k.slots(1) {
            sheet[slot] = Score(1);
        }
        for slot in k.slots(2) {
            sheet[slot] = Score(2);
        }
        let s = score(k, &sheet);
        // (competency index, skor, maksimum, persentase, nilai)
        let rows = [
            (0, 7, 12, ratio(700, 12), 3),
            (1, 6, 12, int(50), 2),
            (2, 8, 8, int(100), 4),
            (3, 0, 22, int(0), 1),
            (13, 0, 12, int(0), 1),
        ];
        for (c, skor, max, pct, value) in rows {
            assert_eq!(
                (s.score(c), s.max_score(c), s.percent(c), s.values()[c]),
                (skor, max, pct, value),
                "{c}"
            );
        }
        assert_eq!(s.values().len(), 14);
        assert_eq!((s.jenis, s.total, s.max_total), (Jenis::Kelas, 3 + 2 + 4 + 11, 56));
        assert_eq!(s.score_100(), ratio(2000, 56));
        assert_eq!(s.predikat(Bands::Upper), Predikat::Kurang);
    }

    /// A score is 0, 1 or 2, nothing more.
    #[test]
    fn score_values() {
        assert_eq!(Score::new(0), Some(Score(0)));
        assert_eq!(Score::new(2), Some(Score(2)));
        assert_eq!(Score::new(3), None);
        assert_eq!(Score::default(), Score(0));
        for v in 0..=Score::MAX {
            assert_eq!(Score::new(v).map(Score::get), Some(v), "{v}");
        }
        for (text, v) in [(&b"0"[..], 0), (b"1", 1), (b"2", 2), (b" 0", 0), (b"1 ", 1), (b"\t2\r", 2)] {
            assert_eq!(Score::parse(text), Some(Score(v)), "{text:?}");
        }
    }

    #[test]
    fn parses_scores() {
        assert_eq!(Score::parse(b"2"), Some(Score(2)));
        assert_eq!(Score::parse(b" 0 "), Some(Score(0)));
        for bad in [&b"3"[..], b"-1", b"1.5", b"dua", b"", b" ", b"12", b"1,0"] {
            assert_eq!(Score::parse(bad), None, "{bad:?}");
        }
    }

    fn scores_for(jenis: Jenis) -> impl Strategy<Value = Vec<Score>> {
        let n = Instrument::embedded(jenis).indicator_count();
        proptest::collection::vec((0u8..=2).prop_map(Score), n)
    }

    proptest! {
        #[test]
        fn competency_value_is_monotone_in_score(max in 1u32..40, a in 0u32..80, b in 0u32..80) {
            let (a, b) = (a.min(max), b.min(max));
            if a <= b {
                prop_assert!(competency_value(a, max) <= competency_value(b, max));
            }
            prop_assert!((1..=4).contains(&competency_value(a, max)));
        }

        #[test]
        fn totals_stay_in_range(kelas in scores_for(Jenis::Kelas), bk in scores_for(Jenis::Bk)) {
            let k = score(Instrument::embedded(Jenis::Kelas), &kelas);
            prop_assert!((14..=56).contains(&k.total));
            let b = score(Instrument::embedded(Jenis::Bk), &bk);
            prop_assert!((17..=68).contains(&b.total));
        }

        #[test]
        fn raising_one_indicator_never_lowers_the_total(sheet in scores_for(Jenis::Kelas), i in 0usize..78) {
            let k = Instrument::embedded(Jenis::Kelas);
            let before = score(k, &sheet);
            let mut up = sheet.clone();
            up[i] = Score((up[i].0 + 1).min(2));
            let after = score(k, &up);
            prop_assert!(after.total >= before.total);
            for b in Bands::ALL {
                prop_assert!(after.predikat(b) >= before.predikat(b));
            }
        }

        #[test]
        fn predikat_is_monotone_in_total(a in 14u32..=56, b in 14u32..=56) {
            let (lo, hi) = (a.min(b), a.max(b));
            for bands in Bands::ALL {
                let p = |t: u32| predikat::classify(ratio(100 * i64::from(t), 56), bands);
                prop_assert!(p(lo) <= p(hi));
            }
        }
    }
}
