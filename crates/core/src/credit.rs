//! Angka kredit per tahun under the 2009 regime (Permenneg PAN-RB 16/2009; Permendiknas 35/2010):
//! `(AKK − AKPKB − AKP) × JM/JWM × NK / 4`, tugas tambahan blends and additions, and the path
//! to the next pangkat. Exact throughout.

use super::exact::{Exact, int, ratio};
use super::golongan::Golongan;
use super::instrument::Jenis;
use super::predikat::Predikat;
use super::tugas::{TugasSet, TugasTambahan};

/// One row of the AKK table: from golongan, AKK for the next pangkat, PKB minima
/// (pengembangan diri, publikasi ilmiah/karya inovatif) and AKP in tenths (1.5 → 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AkkRow {
    pub from: &'static str,
    pub akk: i64,
    pub pengembangan_diri: i64,
    pub publikasi: i64,
    pub akp_tenths: i64,
}

/// Permenneg PAN-RB 16/2009 lampiran (golongan II rows: Tim Penilai table, lower confidence).
pub const AKK_TABLE: [AkkRow; 12] = [
    AkkRow { from: "II/a", akk: 15, pengembangan_diri: 0, publikasi: 0, akp_tenths: 15 },
    AkkRow { from: "II/b", akk: 20, pengembangan_diri: 0, publikasi: 0, akp_tenths: 20 },
    AkkRow { from: "II/c", akk: 20, pengembangan_diri: 0, publikasi: 0, akp_tenths: 20 },
    AkkRow { from: "II/d", akk: 20, pengembangan_diri: 0, publikasi: 0, akp_tenths: 20 },
    AkkRow { from: "III/a", akk: 50, pengembangan_diri: 3, publikasi: 0, akp_tenths: 50 },
    AkkRow { from: "III/b", akk: 50, pengembangan_diri: 3, publikasi: 4, akp_tenths: 50 },
    AkkRow { from: "III/c", akk: 100, pengembangan_diri: 3, publikasi: 6, akp_tenths: 100 },
    AkkRow { from: "III/d", akk: 100, pengembangan_diri: 4, publikasi: 8, akp_tenths: 100 },
    AkkRow { from: "IV/a", akk: 150, pengembangan_diri: 4, publikasi: 12, akp_tenths: 150 },
    AkkRow { from: "IV/b", akk: 150, pengembangan_diri: 4, publikasi: 12, akp_tenths: 150 },
    AkkRow { from: "IV/c", akk: 150, pengembangan_diri: 5, publikasi: 14, akp_tenths: 150 },
    AkkRow { from: "IV/d", akk: 200, pengembangan_diri: 5, publikasi: 20, akp_tenths: 200 },
];

/// The regular period between promotions, in years (the `/ 4` of the formula).
pub const PERIOD_YEARS: i64 = 4;

/// Jam wajib mengajar: guru kelas 24–40 jam tatap muka per minggu; guru BK 150–250 konseli per
/// tahun (Permendiknas 35/2010). Returns (JWM, upper bound for the cap warning).
pub fn jwm_range(jenis: Jenis) -> (i64, i64) {
    match jenis {
        Jenis::Kelas => (24, 40),
        Jenis::Bk => (150, 250),
    }
}

/// The JWM that applies: the regular one, or the reduced one of a tugas tambahan that
/// reduces hours (Permendiknas 35/2010).
pub fn jwm(jenis: Jenis, tambahan: Option<TugasTambahan>) -> i64 {
    tambahan.map_or(jwm_range(jenis).0, |k| k.jwm(jenis))
}

impl AkkRow {
    /// The row for a golongan; `None` for IV/e (no next pangkat).
    pub fn of(g: Golongan) -> Option<&'static AkkRow> {
        // AKK_TABLE follows Golongan::ALL row for row (tested), so a position lookup suffices.
        AKK_TABLE.get(g.index())
    }

    /// AKK as an exact value.
    pub fn akk(&self) -> Exact {
        int(self.akk)
    }

    /// AKPKB: pengembangan diri + publikasi ilmiah/karya inovatif.
    pub fn akpkb(&self) -> Exact {
        int(self.pengembangan_diri + self.publikasi)
    }

    /// AKP: unsur penunjang (10 % of AKK).
    pub fn akp(&self) -> Exact {
        ratio(self.akp_tenths, 10)
    }

    /// AKK − AKPKB − AKP: what pembelajaran must earn over the period.
    pub fn base(&self) -> Exact {
        self.akk() - self.akpkb() - self.akp()
    }
}

/// What the 2009 formula needs.
#[derive(Debug, Clone, Copy)]
pub struct CreditInput {
    pub jenis: Jenis,
    pub golongan: Golongan,
    /// Predikat of the PK Guru (pembelajaran/pembimbingan).
    pub predikat: Predikat,
    /// Jam tatap muka per minggu (kelas) or konseli per tahun (BK).
    pub jm: Exact,
    /// A tugas tambahan that reduces hours, with its predikat and value on the 100 scale.
    pub tambahan: Option<(TugasTambahan, Predikat, Exact)>,
    pub tugas_lain: TugasSet,
    /// PKB and penunjang already earned toward the next pangkat, when known.
    pub ak_pkb: Option<Exact>,
    pub ak_penunjang: Option<Exact>,
}

/// The tugas tambahan part of a blended result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TambahanPart {
    pub kind: TugasTambahan,
    pub nilai_100: Exact,
    pub predikat: Predikat,
    /// AK tugas tambahan = base × NK_tambahan / 4 (no JM/JWM).
    pub ak: Exact,
    /// Share of the blend, e.g. 3/4 for kepala sekolah.
    pub share: Exact,
}

/// The path to the next pangkat at this rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promotion {
    pub next: Golongan,
    /// AK per year × 4: what the regular period yields.
    pub over_period: Exact,
    /// What pembelajaran (and tugas) must still earn: AKK − PKB − penunjang counted.
    pub needed: Exact,
    /// needed / per year, exact.
    pub years_exact: Exact,
    /// Whole years of assessment needed (rounded up).
    pub years: i64,
    /// PKB still short of the minimum AKPKB, when PKB earned was given.
    pub pkb_short: Option<Exact>,
    /// PKB and penunjang counted toward the AKK, when either was given.
    pub earned: Option<(Exact, Exact)>,
}

/// A full 2009-regime result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credit {
    pub jenis: Jenis,
    pub golongan: Golongan,
    pub row: &'static AkkRow,
    pub jm: Exact,
    pub jwm: i64,
    pub jm_ratio: Exact,
    /// JM above the upper bound (40 jam / 250 konseli), counted as 1.
    pub jm_capped: bool,
    pub predikat: Predikat,
    /// AK pembelajaran (or pembimbingan) per year.
    pub pembelajaran: Exact,
    pub tambahan: Option<TambahanPart>,
    /// After blending with the tugas tambahan (equal to `pembelajaran` without one).
    pub blended: Exact,
    /// Sum added by tugas tambahan that do not reduce hours.
    pub lain: Exact,
    pub tugas_lain: TugasSet,
    /// Angka kredit per tahun.
    pub per_year: Exact,
    pub promotion: Promotion,
}

/// Why the formula cannot give a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CreditError {
    /// IV/e: no next pangkat, so no AKK.
    #[error("top golongan: no next pangkat")]
    TopGolongan,
}

/// Computes the angka kredit per tahun and the path to the next pangkat.
pub fn compute(input: &CreditInput) -> Result<Credit, CreditError> {
    let row = AkkRow::of(input.golongan).ok_or(CreditError::TopGolongan)?;
    let next = input.golongan.next().ok_or(CreditError::TopGolongan)?;
    let upper = jwm_range(input.jenis).1;
    let jwm = jwm(input.jenis, input.tambahan.map(|t| t.0));
    let jm_capped = input.jm > int(upper);
    let jm_ratio = (input.jm / int(jwm)).min(int(1));
    let nk = |p: Predikat| ratio(i64::from(p.credit_percent()), 100);
    let period = int(PERIOD_YEARS);
    // Permenneg PAN-RB 16/2009: (AKK − AKPKB − AKP) × JM/JWM × NK / 4.
    let pembelajaran = row.base() * jm_ratio * nk(input.predikat) / period;
    let tambahan = input.tambahan.map(|(kind, predikat, nilai_100)| TambahanPart {
        kind,
        nilai_100,
        predikat,
        ak: row.base() * nk(predikat) / period,
        share: ratio(kind.rule().share_percent, 100),
    });
    let blended = match tambahan {
        Some(t) => pembelajaran * (int(1) - t.share) + t.ak * t.share,
        None => pembelajaran,
    };
    // Each non-reducing task adds its own percent of AK pembelajaran; tasks add up, they do not compound.
    let lain = input.tugas_lain.iter().map(|t| pembelajaran * t.share()).fold(int(0), |a, b| a + b);
    let per_year = blended + lain;
    let promotion = promotion(row, next, per_year, input.ak_pkb, input.ak_penunjang);
    Ok(Credit {
        jenis: input.jenis,
        golongan: input.golongan,
        row,
        jm: input.jm,
        jwm,
        jm_ratio,
        jm_capped,
        predikat: input.predikat,
        pembelajaran,
        tambahan,
        blended,
        lain,
        tugas_lain: input.tugas_lain,
        per_year,
        promotion,
    })
}

fn promotion(
    row: &AkkRow,
    next: Golongan,
    per_year: Exact,
    pkb: Option<Exact>,
    penunjang: Option<Exact>,
) -> Promotion {
    // Without figures, assume the minima: PKB = AKPKB and penunjang = AKP. Penunjang counts up
    // to its 10 % share only.
    let pkb_counted = pkb.unwrap_or(row.akpkb());
    let penunjang_counted = penunjang.unwrap_or(row.akp()).min(row.akp());
    let needed = (row.akk() - pkb_counted - penunjang_counted).max(int(0));
    let years_exact = if per_year > int(0) { needed / per_year } else { int(0) };
    Promotion {
        next,
        over_period: per_year * int(PERIOD_YEARS),
        needed,
        years_exact,
        years: years_exact.ceil().to_integer(),
        pkb_short: pkb.filter(|p| *p < row.akpkb()).map(|p| row.akpkb() - p),
        earned: (pkb.is_some() || penunjang.is_some()).then_some((pkb_counted, penunjang_counted)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exact::fixed;

    fn g(s: &str) -> Golongan {
        s.parse().unwrap()
    }

    fn input(gol: &str, p: Predikat, jm: i64) -> CreditInput {
        CreditInput {
            jenis: Jenis::Kelas,
            golongan: g(gol),
            predikat: p,
            jm: int(jm),
            tambahan: None,
            tugas_lain: TugasSet::default(),
            ak_pkb: None,
            ak_penunjang: None,
        }
    }

    #[test]
    fn every_akk_row() {
        // (golongan, AKK, AKPKB, AKP, base) from the reference table.
        let rows = [
            ("II/a", 15, 0, ratio(15, 10), ratio(135, 10)),
            ("II/b", 20, 0, int(2), int(18)),
            ("II/c", 20, 0, int(2), int(18)),
            ("II/d", 20, 0, int(2), int(18)),
            ("III/a", 50, 3, int(5), int(42)),
            ("III/b", 50, 7, int(5), int(38)),
            ("III/c", 100, 9, int(10), int(81)),
            ("III/d", 100, 12, int(10), int(78)),
            ("IV/a", 150, 16, int(15), int(119)),
            ("IV/b", 150, 16, int(15), int(119)),
            ("IV/c", 150, 19, int(15), int(116)),
            ("IV/d", 200, 25, int(20), int(155)),
        ];
        for (gol, akk, akpkb, akp, base) in rows {
            let r = AkkRow::of(g(gol)).unwrap();
            assert_eq!((r.akk(), r.akpkb(), r.akp(), r.base()), (int(akk), int(akpkb), akp, base), "{gol}");
        }
        assert!(AkkRow::of(g("IV/e")).is_none());
        for (row, gol) in AKK_TABLE.iter().zip(Golongan::ALL) {
            assert_eq!(row.from, gol.to_string());
        }
    }

    #[test]
    fn w5_every_golongan_and_predikat() {
        let table: [(&str, [Exact; 5]); 12] = [
            (
                "II/a",
                [
                    ratio(421875, 100000),
                    ratio(3375, 1000),
                    ratio(253125, 100000),
                    ratio(16875, 10000),
                    ratio(84375, 100000),
                ],
            ),
            (
                "II/b",
                [ratio(5625, 1000), ratio(45, 10), ratio(3375, 1000), ratio(225, 100), ratio(1125, 1000)],
            ),
            (
                "II/c",
                [ratio(5625, 1000), ratio(45, 10), ratio(3375, 1000), ratio(225, 100), ratio(1125, 1000)],
            ),
            (
                "II/d",
                [ratio(5625, 1000), ratio(45, 10), ratio(3375, 1000), ratio(225, 100), ratio(1125, 1000)],
            ),
            (
                "III/a",
                [ratio(13125, 1000), ratio(105, 10), ratio(7875, 1000), ratio(525, 100), ratio(2625, 1000)],
            ),
            (
                "III/b",
                [ratio(11875, 1000), ratio(95, 10), ratio(7125, 1000), ratio(475, 100), ratio(2375, 1000)],
            ),
            (
                "III/c",
                [
                    ratio(253125, 10000),
                    ratio(2025, 100),
                    ratio(151875, 10000),
                    ratio(10125, 1000),
                    ratio(50625, 10000),
                ],
            ),
            (
                "III/d",
                [ratio(24375, 1000), ratio(195, 10), ratio(14625, 1000), ratio(975, 100), ratio(4875, 1000)],
            ),
            (
                "IV/a",
                [
                    ratio(371875, 10000),
                    ratio(2975, 100),
                    ratio(223125, 10000),
                    ratio(14875, 1000),
                    ratio(74375, 10000),
                ],
            ),
            (
                "IV/b",
                [
                    ratio(371875, 10000),
                    ratio(2975, 100),
                    ratio(223125, 10000),
                    ratio(14875, 1000),
                    ratio(74375, 10000),
                ],
            ),
            ("IV/c", [ratio(3625, 100), int(29), ratio(2175, 100), ratio(145, 10), ratio(725, 100)]),
            (
                "IV/d",
                [
                    ratio(484375, 10000),
                    ratio(3875, 100),
                    ratio(290625, 10000),
                    ratio(19375, 1000),
                    ratio(96875, 10000),
                ],
            ),
        ];
        for (gol, values) in table {
            for (p, want) in Predikat::ALL.iter().zip(values) {
                let c = compute(&input(gol, *p, 24)).unwrap();
                assert_eq!(c.per_year, want, "{gol} {p:?}");
            }
        }
    }

    #[test]
    fn w1_w2_w3_published_examples() {
        // W1/W2: III/a, Nilai PKG 50 → Baik, 24 jam → 10.5 per year, 42 over 4 years.
        let c = compute(&input("III/a", Predikat::Baik, 24)).unwrap();
        assert_eq!(c.per_year, ratio(105, 10));
        assert_eq!(c.promotion.over_period, int(42));
        assert_eq!(c.promotion.years, 4);
        // W3: III/a, 40 → Cukup, 26 jam → 7.875 (published 7,88).
        let c = compute(&input("III/a", Predikat::Cukup, 26)).unwrap();
        assert_eq!(c.jm_ratio, int(1));
        assert_eq!(c.per_year, ratio(7875, 1000));
        assert_eq!(fixed(c.per_year, 2, ','), "7,88");
    }

    #[test]
    fn w4_tim_penilai_table() {
        let rows = [
            ("II/a", "3.375", "4.219"),
            ("III/a", "10.500", "13.125"),
            ("III/c", "20.250", "25.313"),
            ("IV/a", "29.750", "37.188"),
        ];
        for (gol, baik, ab) in rows {
            assert_eq!(fixed(compute(&input(gol, Predikat::Baik, 24)).unwrap().per_year, 3, '.'), baik);
            assert_eq!(fixed(compute(&input(gol, Predikat::AmatBaik, 24)).unwrap().per_year, 3, '.'), ab);
        }
    }

    #[test]
    fn w7_kepala_sekolah_blend() {
        let mut i = input("III/d", Predikat::Baik, 6);
        i.tambahan = Some((TugasTambahan::KepalaSekolah, Predikat::AmatBaik, int(95)));
        let c = compute(&i).unwrap();
        assert_eq!(c.jwm, 6);
        assert_eq!(c.pembelajaran, ratio(195, 10));
        assert_eq!(c.tambahan.unwrap().ak, ratio(24375, 1000));
        assert_eq!(c.per_year, ratio(2315625, 100000));
    }

    #[test]
    fn w8_tasks_that_do_not_reduce_hours() {
        let mut i = input("III/c", Predikat::AmatBaik, 24);
        i.tugas_lain = TugasSet::parse("wali kelas").unwrap();
        let c = compute(&i).unwrap();
        assert_eq!(c.lain, ratio(1265625, 1000000));
        i.tugas_lain = TugasSet::parse("sementara").unwrap();
        assert_eq!(compute(&i).unwrap().lain, ratio(50625, 100000));
        i.tugas_lain = TugasSet::parse("wali kelas, sementara").unwrap();
        let c = compute(&i).unwrap();
        assert_eq!(c.per_year, ratio(253125, 10000) + ratio(1265625, 1000000) + ratio(50625, 100000));
    }

    #[test]
    fn w9_part_time_hours() {
        let c = compute(&input("III/c", Predikat::Baik, 18)).unwrap();
        assert_eq!(c.jm_ratio, ratio(3, 4));
        assert_eq!(c.per_year, ratio(151875, 10000));
    }

    #[test]
    fn jm_boundaries_kelas_and_bk() {
        for (jm, r, capped) in
            [(23, ratio(23, 24), false), (24, int(1), false), (40, int(1), false), (41, int(1), true)]
        {
            let c = compute(&input("III/a", Predikat::Baik, jm)).unwrap();
            assert_eq!((c.jm_ratio, c.jm_capped), (r, capped), "{jm} jam");
        }
        for (jm, r, capped) in
            [(149, ratio(149, 150), false), (150, int(1), false), (250, int(1), false), (251, int(1), true)]
        {
            let mut i = input("III/a", Predikat::Baik, jm);
            i.jenis = Jenis::Bk;
            let c = compute(&i).unwrap();
            assert_eq!((c.jm_ratio, c.jm_capped), (r, capped), "{jm} konseli");
        }
    }

    #[test]
    fn top_golongan_has_no_formula() {
        assert_eq!(compute(&input("IV/e", Predikat::Baik, 24)).unwrap_err(), CreditError::TopGolongan);
    }

    #[test]
    fn promotion_with_earned_pkb_and_penunjang() {
        let mut i = input("III/c", Predikat::Baik, 24);
        // Default: minima assumed → base 81 needed, 20.25/yr → exactly 4 years.
        let c = compute(&i).unwrap();
        assert_eq!((c.promotion.needed, c.promotion.years), (int(81), 4));
        // Amat Baik: 81 / 25.3125 = 3.2 → 4 annual assessments.
        i.predikat = Predikat::AmatBaik;
        let c = compute(&i).unwrap();
        assert_eq!((c.promotion.years_exact, c.promotion.years), (ratio(16, 5), 4));
        // PKB 12 earned (above the 9 minimum), penunjang 15 (counts only 10): 100 − 12 − 10 = 78.
        i.ak_pkb = Some(int(12));
        i.ak_penunjang = Some(int(15));
        let c = compute(&i).unwrap();
        assert_eq!(c.promotion.needed, int(78));
        assert_eq!(c.promotion.pkb_short, None);
        i.ak_pkb = Some(int(5));
        assert_eq!(compute(&i).unwrap().promotion.pkb_short, Some(int(4)));
    }

    /// The promotion path of III/c Baik at 24 jam (AKK 100, AKPKB minimum 9, AKP 10,
    /// 20.25 a year): PKB and penunjang exactly at their minimum, one tenth either side, each
    /// given alone, and the floor at 0 when more than the AKK is earned.
    #[test]
    fn promotion_boundaries() {
        let t = |n: i64| ratio(n, 10);
        // (PKB, penunjang) given → needed, PKB short, (PKB, penunjang) counted when either given.
        type Row = (Option<Exact>, Option<Exact>, Exact, Option<Exact>, Option<(Exact, Exact)>);
        let rows: [Row; 12] = [
            (None, None, int(81), None, None),
            (Some(int(9)), None, int(81), None, Some((int(9), int(10)))),
            (Some(t(89)), None, t(811), Some(t(1)), Some((t(89), int(10)))),
            (Some(t(91)), None, t(809), None, Some((t(91), int(10)))),
            (None, Some(int(10)), int(81), None, Some((int(9), int(10)))),
            (None, Some(t(99)), t(811), None, Some((int(9), t(99)))),
            (None, Some(t(101)), int(81), None, Some((int(9), int(10)))),
            (Some(int(0)), Some(int(0)), int(100), Some(int(9)), Some((int(0), int(0)))),
            (Some(int(12)), Some(int(15)), int(78), None, Some((int(12), int(10)))),
            (Some(int(90)), Some(int(10)), int(0), None, Some((int(90), int(10)))),
            (Some(t(899)), Some(int(10)), t(1), None, Some((t(899), int(10)))),
            (Some(int(95)), Some(int(10)), int(0), None, Some((int(95), int(10)))),
        ];
        for (pkb, penunjang, needed, short, earned) in rows {
            let mut i = input("III/c", Predikat::Baik, 24);
            (i.ak_pkb, i.ak_penunjang) = (pkb, penunjang);
            let p = compute(&i).unwrap().promotion;
            assert_eq!(p.next, g("III/d"));
            assert_eq!(p.over_period, int(81));
            assert_eq!((p.needed, p.pkb_short, p.earned), (needed, short, earned), "{pkb:?} {penunjang:?}");
            assert_eq!(p.years_exact, needed / ratio(81, 4), "{pkb:?} {penunjang:?}");
        }
    }

    /// Whole years are the exact years rounded up: exactly 4 stays 4, a tenth of AK more
    /// needs a fifth year, a tenth less still needs the fourth; nothing needed is 0 years.
    #[test]
    fn promotion_years_round_up() {
        let t = |n: i64| ratio(n, 10);
        // PKB earned → years: 81 / 20.25 = 4 exactly at the minimum PKB of 9.
        let rows = [(int(9), 4), (t(89), 5), (t(91), 4), (int(90), 0), (int(30), 3)];
        for (pkb, years) in rows {
            let mut i = input("III/c", Predikat::Baik, 24);
            i.ak_pkb = Some(pkb);
            assert_eq!(compute(&i).unwrap().promotion.years, years, "PKB {pkb}");
        }
    }

    /// No hours give no angka kredit: the path then has no rate, and reports 0 years rather
    /// than dividing by zero.
    #[test]
    fn promotion_without_a_rate() {
        let c = compute(&input("III/c", Predikat::Baik, 0)).unwrap();
        assert_eq!((c.jm_ratio, c.per_year), (int(0), int(0)));
        let p = c.promotion;
        assert_eq!((p.needed, p.over_period, p.years_exact, p.years), (int(81), int(0), int(0), 0));
    }

    /// Every reducing task's JWM and blend share, for kelas and BK, through the formula.
    #[test]
    fn reduced_jwm_and_blend_for_every_tugas_tambahan() {
        // (task, JWM kelas, JWM BK, share): III/c, Baik pembelajaran at full hours, tugas
        // tambahan Amat Baik; base 81 → pembelajaran 20.25, tugas tambahan 25.3125.
        let rows = [
            (TugasTambahan::KepalaSekolah, 6, 35, ratio(3, 4)),
            (TugasTambahan::WakilKepala, 12, 75, ratio(1, 2)),
            (TugasTambahan::KetuaProgram, 12, 75, ratio(1, 2)),
            (TugasTambahan::KepalaPerpustakaan, 12, 75, ratio(1, 2)),
            (TugasTambahan::KepalaLaboratorium, 12, 75, ratio(1, 2)),
        ];
        for (kind, jk, jb, share) in rows {
            assert_eq!((jwm(Jenis::Kelas, Some(kind)), jwm(Jenis::Bk, Some(kind))), (jk, jb), "{kind:?}");
            for (jenis, jm) in [(Jenis::Kelas, jk), (Jenis::Bk, jb)] {
                let mut i = input("III/c", Predikat::Baik, jm);
                i.jenis = jenis;
                i.tambahan = Some((kind, Predikat::AmatBaik, int(95)));
                let c = compute(&i).unwrap();
                let t = c.tambahan.unwrap();
                assert_eq!((c.jwm, c.jm_ratio, c.pembelajaran), (jm, int(1), ratio(81, 4)), "{kind:?}");
                assert_eq!((t.kind, t.predikat, t.nilai_100), (kind, Predikat::AmatBaik, int(95)));
                assert_eq!((t.ak, t.share), (ratio(405, 16), share), "{kind:?}");
                let blended = ratio(81, 4) * (int(1) - share) + ratio(405, 16) * share;
                assert_eq!((c.blended, c.per_year), (blended, blended), "{kind:?}");
            }
        }
        assert_eq!((jwm(Jenis::Kelas, None), jwm(Jenis::Bk, None)), (24, 150));
        assert_eq!((jwm_range(Jenis::Kelas), jwm_range(Jenis::Bk)), ((24, 40), (150, 250)));
    }
}
