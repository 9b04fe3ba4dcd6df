//! Angka kredit under the 2023 regime (PermenPAN-RB 1/2023; Peraturan BKN 3/2023):
//! `persentase predikat kinerja × koefisien jenjang`, pro-rated by months.

use std::str::FromStr;

use super::exact::{Exact, int, ratio};
use super::golongan::Golongan;

/// Predikat kinerja of the SKP (PermenPAN-RB 6/2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PredikatKinerja {
    SangatKurang,
    Kurang,
    ButuhPerbaikan,
    Baik,
    SangatBaik,
}

/// PermenPAN-RB 1/2023 lampiran: persentase per predikat kinerja.
pub const KINERJA_TABLE: [(PredikatKinerja, &str, i64); 5] = [
    (PredikatKinerja::SangatBaik, "Sangat Baik", 150),
    (PredikatKinerja::Baik, "Baik", 100),
    (PredikatKinerja::ButuhPerbaikan, "Butuh Perbaikan", 75),
    (PredikatKinerja::Kurang, "Kurang", 50),
    (PredikatKinerja::SangatKurang, "Sangat Kurang", 25),
];

impl PredikatKinerja {
    /// The official name.
    pub fn name(self) -> &'static str {
        KINERJA_TABLE.iter().find(|r| r.0 == self).map_or("", |r| r.1)
    }

    /// Persentase, in percent.
    pub fn percent(self) -> i64 {
        KINERJA_TABLE.iter().find(|r| r.0 == self).map_or(0, |r| r.2)
    }
}

impl PredikatKinerja {
    /// The predikat kinerja a PK Guru predikat stands for when a period's result is counted
    /// in the 2023 regime (pkguru's decision, documented in the README: the five grades in
    /// order — Amat Baik → Sangat Baik, Baik → Baik, Cukup → Butuh Perbaikan, Sedang → Kurang,
    /// Kurang → Sangat Kurang).
    pub fn from_pkg(p: super::predikat::Predikat) -> PredikatKinerja {
        use super::predikat::Predikat as P;
        match p {
            P::AmatBaik => PredikatKinerja::SangatBaik,
            P::Baik => PredikatKinerja::Baik,
            P::Cukup => PredikatKinerja::ButuhPerbaikan,
            P::Sedang => PredikatKinerja::Kurang,
            P::Kurang => PredikatKinerja::SangatKurang,
        }
    }
}

impl FromStr for PredikatKinerja {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Ok(match super::text::squash(s).as_str() {
            "sangatbaik" | "sb" => PredikatKinerja::SangatBaik,
            "baik" | "b" => PredikatKinerja::Baik,
            "butuhperbaikan" | "cukup" | "bp" => PredikatKinerja::ButuhPerbaikan,
            "kurang" | "k" => PredikatKinerja::Kurang,
            "sangatkurang" | "sk" => PredikatKinerja::SangatKurang,
            _ => return Err(()),
        })
    }
}

/// Jenjang jabatan fungsional guru (keahlian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Jenjang {
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama,
}

/// One jenjang row: code, name, golongan range, koefisien per tahun, AK for kenaikan pangkat
/// within the jenjang, AK for kenaikan jenjang (none at Ahli Utama), and the nilai dasar a
/// conventional AK kumulatif is integrated from.
pub struct JenjangRow {
    pub jenjang: Jenjang,
    pub code: &'static str,
    pub name: &'static str,
    pub golongan: (&'static str, &'static str),
    pub koefisien_tenths: i64,
    pub ak_pangkat: i64,
    pub ak_jenjang: Option<i64>,
    /// The AK kumulatif minimal of the jenjang's first golongan: AK integrasi = AK kumulatif
    /// konvensional − nilai dasar (BKN 2023, penyesuaian AK konvensional ke integrasi).
    pub nilai_dasar: i64,
}

/// PermenPAN-RB 1/2023 lampiran I–II (Ahli Madya 37.5 and Ahli Utama 50: confirmed by working
/// code only); nilai dasar: BKN 2023, penyesuaian angka kredit konvensional ke integrasi.
pub const JENJANG_TABLE: [JenjangRow; 4] = [
    JenjangRow {
        jenjang: Jenjang::AhliPertama,
        code: "ahli-pertama",
        name: "Ahli Pertama",
        golongan: ("III/a", "III/b"),
        koefisien_tenths: 125,
        ak_pangkat: 50,
        ak_jenjang: Some(100),
        nilai_dasar: 100,
    },
    JenjangRow {
        jenjang: Jenjang::AhliMuda,
        code: "ahli-muda",
        name: "Ahli Muda",
        golongan: ("III/c", "III/d"),
        koefisien_tenths: 250,
        ak_pangkat: 100,
        ak_jenjang: Some(200),
        nilai_dasar: 200,
    },
    JenjangRow {
        jenjang: Jenjang::AhliMadya,
        code: "ahli-madya",
        name: "Ahli Madya",
        golongan: ("IV/a", "IV/c"),
        koefisien_tenths: 375,
        ak_pangkat: 150,
        ak_jenjang: Some(450),
        nilai_dasar: 400,
    },
    JenjangRow {
        jenjang: Jenjang::AhliUtama,
        code: "ahli-utama",
        name: "Ahli Utama",
        golongan: ("IV/d", "IV/e"),
        koefisien_tenths: 500,
        ak_pangkat: 200,
        ak_jenjang: None,
        nilai_dasar: 850,
    },
];

impl Jenjang {
    /// Its table row.
    pub fn row(self) -> &'static JenjangRow {
        JENJANG_TABLE.iter().find(|r| r.jenjang == self).expect("every jenjang has a row")
    }

    /// Koefisien per tahun.
    pub fn koefisien(self) -> Exact {
        ratio(self.row().koefisien_tenths, 10)
    }

    /// The jenjang a golongan belongs to; `None` for golongan II (not a keahlian jenjang).
    pub fn of(g: Golongan) -> Option<Jenjang> {
        JENJANG_TABLE
            .iter()
            .find(|r| {
                let lo: Golongan = r.golongan.0.parse().expect("table golongan");
                let hi: Golongan = r.golongan.1.parse().expect("table golongan");
                (lo..=hi).contains(&g)
            })
            .map(|r| r.jenjang)
    }
}

/// A 2023-regime result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credit2023 {
    pub jenjang: Jenjang,
    pub predikat: PredikatKinerja,
    /// Months assessed (1–12).
    pub months: i64,
    pub koefisien: Exact,
    /// AK for the period: months/12 × persentase × koefisien.
    pub ak: Exact,
    /// AK for a full year at this predikat.
    pub per_year: Exact,
    /// Years at this rate to reach the AK for kenaikan pangkat and for kenaikan jenjang.
    pub years_pangkat: Exact,
    pub years_jenjang: Option<Exact>,
}

/// PermenPAN-RB 1/2023: AK = persentase predikat kinerja × koefisien, pro-rated by months.
pub fn compute(jenjang: Jenjang, predikat: PredikatKinerja, months: i64) -> Credit2023 {
    let koefisien = jenjang.koefisien();
    let per_year = ratio(predikat.percent(), 100) * koefisien;
    let ak = per_year * ratio(months, 12);
    let row = jenjang.row();
    Credit2023 {
        jenjang,
        predikat,
        months,
        koefisien,
        ak,
        per_year,
        years_pangkat: int(row.ak_pangkat) / per_year,
        years_jenjang: row.ak_jenjang.map(|a| int(a) / per_year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every predikat kinerja row: its name, its percent, and every spelling that reads as it.
    #[test]
    fn every_predikat_kinerja_row_and_spelling() {
        use PredikatKinerja as P;
        let rows: [(P, &str, i64, &[&str]); 5] = [
            (P::SangatBaik, "Sangat Baik", 150, &["Sangat Baik", "sangat-baik", "SB"]),
            (P::Baik, "Baik", 100, &["baik", "B"]),
            (P::ButuhPerbaikan, "Butuh Perbaikan", 75, &["butuh perbaikan", "cukup", "BP"]),
            (P::Kurang, "Kurang", 50, &["kurang", "k"]),
            (P::SangatKurang, "Sangat Kurang", 25, &["sangat kurang", "sk"]),
        ];
        for (p, name, percent, spellings) in rows {
            assert_eq!((p.name(), p.percent()), (name, percent));
            for s in spellings {
                assert_eq!(s.parse::<P>(), Ok(p), "{s}");
            }
        }
        for bad in ["", "amat baik", "sangat", "c"] {
            assert_eq!(bad.parse::<P>(), Err(()), "{bad}");
        }
    }

    /// A part year earns its months' share of the year's angka kredit, and the years to the
    /// next pangkat and jenjang follow the full-year rate.
    #[test]
    fn months_pro_rate_the_year() {
        // (jenjang, predikat, months) → AK for the period, AK a year, years to pangkat, jenjang.
        let rows = [
            (Jenjang::AhliMuda, PredikatKinerja::Baik, 1, ratio(25, 12), int(25), int(4), Some(int(8))),
            (
                Jenjang::AhliMuda,
                PredikatKinerja::Kurang,
                6,
                ratio(25, 4),
                ratio(25, 2),
                int(8),
                Some(int(16)),
            ),
            (
                Jenjang::AhliMadya,
                PredikatKinerja::ButuhPerbaikan,
                12,
                ratio(225, 8),
                ratio(225, 8),
                ratio(16, 3),
                Some(int(16)),
            ),
            (Jenjang::AhliUtama, PredikatKinerja::SangatKurang, 3, ratio(25, 8), ratio(25, 2), int(16), None),
        ];
        for (j, p, months, ak, per_year, pangkat, jenjang) in rows {
            let c = compute(j, p, months);
            assert_eq!((c.jenjang, c.predikat, c.months, c.koefisien), (j, p, months, j.koefisien()));
            assert_eq!((c.ak, c.per_year), (ak, per_year), "{j:?} {p:?} {months}");
            assert_eq!((c.years_pangkat, c.years_jenjang), (pangkat, jenjang), "{j:?} {p:?}");
        }
    }

    /// Each jenjang's row: its code and name, the golongan at each end, the thresholds and the
    /// nilai dasar (BKN 2023: Ahli Muda 200, as in III/c 230 − 200 = 30; Ahli Madya 400, as
    /// in the published form 550,63 − 400 = 150,63).
    #[test]
    fn every_jenjang_row() {
        let rows = [
            (Jenjang::AhliPertama, "ahli-pertama", "Ahli Pertama", "III/a", "III/b", 50, Some(100), 100),
            (Jenjang::AhliMuda, "ahli-muda", "Ahli Muda", "III/c", "III/d", 100, Some(200), 200),
            (Jenjang::AhliMadya, "ahli-madya", "Ahli Madya", "IV/a", "IV/c", 150, Some(450), 400),
            (Jenjang::AhliUtama, "ahli-utama", "Ahli Utama", "IV/d", "IV/e", 200, None, 850),
        ];
        for (j, code, name, lo, hi, pangkat, jenjang, dasar) in rows {
            let r = j.row();
            assert_eq!((r.jenjang, r.code, r.name), (j, code, name));
            assert_eq!((r.ak_pangkat, r.ak_jenjang, r.nilai_dasar), (pangkat, jenjang, dasar));
            for g in [lo, hi] {
                assert_eq!(Jenjang::of(g.parse().unwrap()), Some(j), "{g}");
            }
        }
    }

    #[test]
    fn w10_published_examples() {
        assert_eq!(compute(Jenjang::AhliPertama, PredikatKinerja::SangatBaik, 12).ak, ratio(1875, 100));
        let two_months = compute(Jenjang::AhliPertama, PredikatKinerja::Baik, 2).ak;
        assert_eq!(two_months, ratio(25, 12));
        assert_eq!(crate::exact::fixed(two_months, 2, ','), "2,08");
        assert_eq!(compute(Jenjang::AhliMuda, PredikatKinerja::Baik, 12).ak, int(25));
    }

    #[test]
    fn every_jenjang_and_predikat_row() {
        let koef = [
            (Jenjang::AhliPertama, ratio(25, 2)),
            (Jenjang::AhliMuda, int(25)),
            (Jenjang::AhliMadya, ratio(75, 2)),
            (Jenjang::AhliUtama, int(50)),
        ];
        let pct = [
            (PredikatKinerja::SangatBaik, 150),
            (PredikatKinerja::Baik, 100),
            (PredikatKinerja::ButuhPerbaikan, 75),
            (PredikatKinerja::Kurang, 50),
            (PredikatKinerja::SangatKurang, 25),
        ];
        for (j, k) in koef {
            for (p, percent) in pct {
                assert_eq!(compute(j, p, 12).ak, k * ratio(percent, 100), "{j:?} {p:?}");
            }
        }
    }

    #[test]
    fn thresholds_and_years() {
        let c = compute(Jenjang::AhliPertama, PredikatKinerja::Baik, 12);
        assert_eq!(c.years_pangkat, int(4));
        assert_eq!(c.years_jenjang, Some(int(8)));
        let c = compute(Jenjang::AhliMadya, PredikatKinerja::SangatBaik, 12);
        assert_eq!(c.years_pangkat, ratio(150 * 100, 5625));
        assert_eq!(compute(Jenjang::AhliUtama, PredikatKinerja::Baik, 12).years_jenjang, None);
    }

    #[test]
    fn jenjang_of_golongan() {
        let cases = [
            ("III/a", Some(Jenjang::AhliPertama)),
            ("III/d", Some(Jenjang::AhliMuda)),
            ("IV/c", Some(Jenjang::AhliMadya)),
            ("IV/e", Some(Jenjang::AhliUtama)),
            ("II/d", None),
        ];
        for (g, j) in cases {
            assert_eq!(Jenjang::of(g.parse().unwrap()), j, "{g}");
        }
        assert_eq!("butuh perbaikan".parse(), Ok(PredikatKinerja::ButuhPerbaikan));
    }
}
