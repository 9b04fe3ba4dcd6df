//! Predikat and persentase angka kredit from the 100-scale value, under the three band
//! conventions in use for the table's gaps (90–91, 75–76, 60–61, 50–51).

use std::str::FromStr;

use super::exact::{Exact, int, round_int};

/// The five predikat of Permenneg PAN-RB 16/2009 pasal 15.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Predikat {
    Kurang,
    Sedang,
    Cukup,
    Baik,
    AmatBaik,
}

/// Permenneg PAN-RB 16/2009 pasal 15 (Pedoman PK Guru Tabel 12): lowest whole value of each
/// band above Kurang, the predikat, and its persentase angka kredit (NK).
pub const BANDS: [(i64, Predikat, u32); 4] = [
    (91, Predikat::AmatBaik, 125),
    (76, Predikat::Baik, 100),
    (61, Predikat::Cukup, 75),
    (51, Predikat::Sedang, 50),
];

/// Persentase angka kredit for Kurang (≤ 50).
pub const KURANG_PERCENT: u32 = 25;

impl Predikat {
    /// All predikat, best first.
    pub const ALL: [Predikat; 5] =
        [Predikat::AmatBaik, Predikat::Baik, Predikat::Cukup, Predikat::Sedang, Predikat::Kurang];

    /// The official name; the same in every language (it is a term of the regulation).
    pub fn name(self) -> &'static str {
        match self {
            Predikat::AmatBaik => "Amat Baik",
            Predikat::Baik => "Baik",
            Predikat::Cukup => "Cukup",
            Predikat::Sedang => "Sedang",
            Predikat::Kurang => "Kurang",
        }
    }

    /// Persentase angka kredit (NK), in percent.
    pub fn credit_percent(self) -> u32 {
        BANDS.iter().find(|b| b.1 == self).map_or(KURANG_PERCENT, |b| b.2)
    }
}

impl FromStr for Predikat {
    type Err = ();
    /// Accepts `Amat Baik`, `amat-baik`, `AB`, `baik`, `B`, `cukup`, `C`, …
    fn from_str(s: &str) -> Result<Self, ()> {
        match super::text::squash(s).as_str() {
            "amatbaik" | "ab" | "sangatbaik" => Ok(Predikat::AmatBaik),
            "baik" | "b" => Ok(Predikat::Baik),
            "cukup" | "c" => Ok(Predikat::Cukup),
            "sedang" | "s" => Ok(Predikat::Sedang),
            "kurang" | "k" => Ok(Predikat::Kurang),
            _ => Err(()),
        }
    }
}

/// How a value in a gap of the table is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bands {
    /// `> 90` Amat Baik, `> 75` Baik, `> 60` Cukup, `> 50` Sedang (the default; matches the
    /// published "hitung cepat" tables).
    #[default]
    Upper,
    /// `≥ 91`, `≥ 76`, `≥ 61`, `≥ 51` on the exact value (the literal reading).
    Lower,
    /// Round half-up to a whole number first, then the table.
    Round,
}

impl Bands {
    /// All conventions, in a fixed order.
    pub const ALL: [Bands; 3] = [Bands::Upper, Bands::Lower, Bands::Round];

    /// The stable code (`upper`, `lower`, `round`).
    pub fn code(self) -> &'static str {
        match self {
            Bands::Upper => "upper",
            Bands::Lower => "lower",
            Bands::Round => "round",
        }
    }
}

/// The predikat of a value on the 100 scale under a band convention.
pub fn classify(value: Exact, bands: Bands) -> Predikat {
    classify_in(BANDS.iter().map(|b| (b.0, b.1)), value, bands)
}

/// The predikat of `value` in a band table given as (lowest whole value, predikat), best
/// first; below the last band, Kurang. The gaps between whole values are read by `bands`.
pub fn classify_in(table: impl IntoIterator<Item = (i64, Predikat)>, value: Exact, bands: Bands) -> Predikat {
    let passes = |lowest: i64| match bands {
        Bands::Upper => value > int(lowest - 1),
        Bands::Lower => value >= int(lowest),
        Bands::Round => round_int(value) >= lowest,
    };
    table.into_iter().find(|b| passes(b.0)).map_or(Predikat::Kurang, |b| b.1)
}

/// What each convention gives for `value`, when they do not all agree (a value in a gap).
pub fn disagreement(value: Exact) -> Option<[(Bands, Predikat); 3]> {
    let all = Bands::ALL.map(|b| (b, classify(value, b)));
    (all.iter().any(|(_, p)| *p != all[0].1)).then_some(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exact::ratio;

    fn at(total: i64, max: i64, bands: Bands) -> Predikat {
        classify(ratio(total * 100, max), bands)
    }

    #[test]
    fn each_band_row_and_its_percent() {
        let rows = [
            (100, Predikat::AmatBaik, 125),
            (91, Predikat::AmatBaik, 125),
            (90, Predikat::Baik, 100),
            (76, Predikat::Baik, 100),
            (75, Predikat::Cukup, 75),
            (61, Predikat::Cukup, 75),
            (60, Predikat::Sedang, 50),
            (51, Predikat::Sedang, 50),
            (50, Predikat::Kurang, 25),
            (0, Predikat::Kurang, 25),
        ];
        for (v, p, pct) in rows {
            for b in Bands::ALL {
                assert_eq!(classify(int(v), b), p, "{v} under {b:?}");
            }
            assert_eq!(p.credit_percent(), pct);
        }
    }

    #[test]
    fn gap_34_of_56_under_each_convention() {
        // 34/56 = 60.71: Cukup by the upper bands and after rounding (61), Sedang by the literal ≥ 61.
        assert_eq!(at(34, 56, Bands::Upper), Predikat::Cukup);
        assert_eq!(at(34, 56, Bands::Lower), Predikat::Sedang);
        assert_eq!(at(34, 56, Bands::Round), Predikat::Cukup);
        assert!(disagreement(ratio(3400, 56)).is_some());
    }

    #[test]
    fn gap_41_of_68_under_each_convention() {
        // 41/68 = 60.29: rounds to 60 → Sedang.
        assert_eq!(at(41, 68, Bands::Upper), Predikat::Cukup);
        assert_eq!(at(41, 68, Bands::Lower), Predikat::Sedang);
        assert_eq!(at(41, 68, Bands::Round), Predikat::Sedang);
    }

    #[test]
    fn other_gaps() {
        // 50/56 = 89.29 (no gap); 51/56 = 91.07 (no gap); 42/56 = 75 exactly → Cukup everywhere.
        assert!(disagreement(ratio(5000, 56)).is_none());
        assert_eq!(at(42, 56, Bands::Upper), Predikat::Cukup);
        assert!(disagreement(ratio(4200, 56)).is_none());
        // 90.5 in the Amat Baik/Baik gap: round gives 91 (Amat Baik), lower gives Baik.
        assert_eq!(classify(ratio(181, 2), Bands::Upper), Predikat::AmatBaik);
        assert_eq!(classify(ratio(181, 2), Bands::Lower), Predikat::Baik);
        assert_eq!(classify(ratio(181, 2), Bands::Round), Predikat::AmatBaik);
        // 50.4: Sedang by upper, Kurang by lower and round.
        assert_eq!(classify(ratio(252, 5), Bands::Upper), Predikat::Sedang);
        assert_eq!(classify(ratio(252, 5), Bands::Round), Predikat::Kurang);
        // 75.5 rounds to 76.
        assert_eq!(classify(ratio(151, 2), Bands::Round), Predikat::Baik);
        assert_eq!(classify(ratio(151, 2), Bands::Lower), Predikat::Cukup);
    }

    #[test]
    fn hitung_cepat_raw_totals_match_upper_bands() {
        // worked-examples W6: kelas AB 51–56, B 43–50, C 34–42, S 29–33, K ≤ 28.
        let kelas = [
            (51, 56, Predikat::AmatBaik),
            (43, 50, Predikat::Baik),
            (34, 42, Predikat::Cukup),
            (29, 33, Predikat::Sedang),
            (14, 28, Predikat::Kurang),
        ];
        for (lo, hi, p) in kelas {
            for t in lo..=hi {
                assert_eq!(at(t, 56, Bands::Upper), p, "kelas {t}");
            }
        }
        let bk = [
            (62, 68, Predikat::AmatBaik),
            (52, 61, Predikat::Baik),
            (41, 51, Predikat::Cukup),
            (35, 40, Predikat::Sedang),
            (17, 34, Predikat::Kurang),
        ];
        for (lo, hi, p) in bk {
            for t in lo..=hi {
                assert_eq!(at(t, 68, Bands::Upper), p, "bk {t}");
            }
        }
    }

    /// Every predikat's official name and every spelling that reads as it.
    #[test]
    fn every_predikat_name_and_spelling() {
        let rows: [(Predikat, &str, &[&str]); 5] = [
            (Predikat::AmatBaik, "Amat Baik", &["Amat Baik", "amat-baik", "AB", "sangat baik"]),
            (Predikat::Baik, "Baik", &["baik", "B"]),
            (Predikat::Cukup, "Cukup", &["cukup", "c"]),
            (Predikat::Sedang, "Sedang", &["Sedang", "S"]),
            (Predikat::Kurang, "Kurang", &["KURANG", "k"]),
        ];
        for (p, name, spellings) in rows {
            assert_eq!(p.name(), name);
            assert_eq!(name.parse(), Ok(p));
            for s in spellings {
                assert_eq!(s.parse(), Ok(p), "{s}");
            }
        }
        assert_eq!(Predikat::ALL.map(Predikat::name), ["Amat Baik", "Baik", "Cukup", "Sedang", "Kurang"]);
    }

    /// Each band convention's stable code, in the fixed order.
    #[test]
    fn band_codes() {
        assert_eq!(Bands::ALL.map(Bands::code), ["upper", "lower", "round"]);
        assert_eq!(Bands::default(), Bands::Upper);
    }

    /// Just above and just below each band's lowest value under each convention: the upper
    /// bands start right above the whole number below, the literal ones at it, and rounding
    /// at the half below it.
    #[test]
    fn band_edges_under_each_convention() {
        for (lowest, p, below) in [
            (91, Predikat::AmatBaik, Predikat::Baik),
            (76, Predikat::Baik, Predikat::Cukup),
            (61, Predikat::Cukup, Predikat::Sedang),
            (51, Predikat::Sedang, Predikat::Kurang),
        ] {
            let l = lowest * 1000;
            // (value in thousandths, upper, lower, round)
            let rows = [
                (l - 1000, below, below, below),
                (l - 999, p, below, below),
                (l - 501, p, below, below),
                (l - 500, p, below, p),
                (l - 1, p, below, p),
                (l, p, p, p),
            ];
            for (v, upper, lower, round) in rows {
                let x = ratio(v, 1000);
                assert_eq!(
                    [classify(x, Bands::Upper), classify(x, Bands::Lower), classify(x, Bands::Round)],
                    [upper, lower, round],
                    "{v}/1000"
                );
                let all = [(Bands::Upper, upper), (Bands::Lower, lower), (Bands::Round, round)];
                let agree = upper == lower && lower == round;
                assert_eq!(disagreement(x), (!agree).then_some(all), "{v}/1000");
            }
        }
    }

    #[test]
    fn predikat_spellings() {
        assert_eq!("amat baik".parse(), Ok(Predikat::AmatBaik));
        assert_eq!("Amat-Baik".parse(), Ok(Predikat::AmatBaik));
        assert_eq!("CUKUP".parse(), Ok(Predikat::Cukup));
        assert!("bagus".parse::<Predikat>().is_err());
    }
}
