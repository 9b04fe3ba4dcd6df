//! PKB (pengembangan keprofesian berkelanjutan) activities and the promotion minima.
//!
//! Permenneg PAN-RB 16/2009 lampiran: the angka kredit of each activity (pengembangan diri,
//! publikasi ilmiah, karya inovatif), embedded from `data/pkb-kegiatan.csv` with stable codes;
//! diklat fungsional by effective hours. The minima per promotion (pengembangan diri and
//! publikasi ilmiah/karya inovatif) are the AKK table's (`credit::AKK_TABLE`); a Guru Madya
//! IV/c rising to IV/d must also have given a presentasi ilmiah.

use std::sync::OnceLock;

use super::credit::AkkRow;
use super::exact::{Exact, int, parse_decimal, ratio};
use super::golongan::Golongan;
use crate::scan::text::reader;

/// The three subunsur of PKB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subunsur {
    PengembanganDiri,
    PublikasiIlmiah,
    KaryaInovatif,
}

impl Subunsur {
    pub const ALL: [Subunsur; 3] =
        [Subunsur::PengembanganDiri, Subunsur::PublikasiIlmiah, Subunsur::KaryaInovatif];

    /// The stable code (`pengembangan-diri`, `publikasi-ilmiah`, `karya-inovatif`).
    pub fn code(self) -> &'static str {
        match self {
            Subunsur::PengembanganDiri => "pengembangan-diri",
            Subunsur::PublikasiIlmiah => "publikasi-ilmiah",
            Subunsur::KaryaInovatif => "karya-inovatif",
        }
    }

    fn parse(s: &str) -> Option<Subunsur> {
        Subunsur::ALL.into_iter().find(|u| u.code() == s)
    }
}

/// One activity of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kegiatan {
    pub code: String,
    pub subunsur: Subunsur,
    pub uraian: String,
    /// Angka kredit per activity; `None` for diklat (by hours).
    pub ak: Option<Exact>,
    /// The regulation (and guide) it is taken from, as the data file cites it.
    pub sumber: String,
}

impl Kegiatan {
    /// Whether its angka kredit comes from hours (diklat fungsional).
    pub fn by_hours(&self) -> bool {
        self.ak.is_none()
    }
}

/// The embedded catalogue, in its file's order.
pub fn catalogue() -> &'static [Kegiatan] {
    static ALL: OnceLock<Vec<Kegiatan>> = OnceLock::new();
    ALL.get_or_init(|| {
        let text = include_str!("../data/pkb-kegiatan.csv");
        let mut rdr = reader(text.as_bytes(), b',', true);
        // The file is the project's own, checked row by row in the tests.
        rdr.records()
            .flatten()
            .filter_map(|r| {
                Some(Kegiatan {
                    code: r.get(0)?.to_string(),
                    subunsur: Subunsur::parse(r.get(1)?)?,
                    uraian: r.get(2)?.to_string(),
                    ak: r.get(3).filter(|a| !a.is_empty()).and_then(|a| parse_decimal(a).ok()),
                    sumber: r.get(5).unwrap_or_default().to_string(),
                })
            })
            .collect()
    })
}

/// The activity with this code (any case).
pub fn find(code: &str) -> Option<&'static Kegiatan> {
    let c = code.trim();
    catalogue().iter().find(|k| k.code.eq_ignore_ascii_case(c))
}

/// Codes of earlier catalogues that named several activities at once, and the codes that
/// replace them: Permenneg PAN-RB 16/2009 lampiran I gives alat pelajaran, alat peraga (2 / 1)
/// and alat praktikum (4 / 2) apart, so a list with an old code is refused with the choice.
pub const SPLIT: [(&str, [&str; 3]); 2] = [
    ("alat-kompleks", ["alat-pelajaran-kompleks", "alat-peraga-kompleks", "alat-praktikum-kompleks"]),
    ("alat-sederhana", ["alat-pelajaran-sederhana", "alat-peraga-sederhana", "alat-praktikum-sederhana"]),
];

/// The activities an old code was split into (any case), each in the catalogue.
pub fn split(code: &str) -> Option<[&'static Kegiatan; 3]> {
    let c = code.trim();
    let (_, codes) = SPLIT.iter().find(|(old, _)| old.eq_ignore_ascii_case(c))?;
    Some([find(codes[0])?, find(codes[1])?, find(codes[2])?])
}

/// Diklat fungsional: lowest effective hours of each band and its angka kredit.
pub const DIKLAT: [(u32, i64); 6] = [(961, 15), (641, 9), (481, 6), (181, 3), (81, 2), (30, 1)];

/// The most hours one diklat may claim (a year of full days); more is a typing error.
pub const MAX_DIKLAT_HOURS: u32 = 2000;

/// The most times one line may count an activity.
pub const MAX_COUNT: u32 = 100;

/// Angka kredit of a diklat of `hours` effective hours; `None` below 30 hours (not counted).
pub fn diklat_ak(hours: u32) -> Option<Exact> {
    DIKLAT.iter().find(|(lowest, _)| hours >= *lowest).map(|(_, ak)| int(*ak))
}

/// Why an activity line cannot be counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KegiatanError {
    /// Diklat without hours, or with fewer than 30 or more than [`MAX_DIKLAT_HOURS`].
    Hours(Option<u32>),
    /// A count of 0 or above [`MAX_COUNT`].
    Count(u32),
}

/// The angka kredit of one line: an activity counted `count` times, or a diklat of `hours`.
pub fn ak(k: &Kegiatan, hours: Option<u32>, count: u32) -> Result<Exact, KegiatanError> {
    if !(1..=MAX_COUNT).contains(&count) {
        return Err(KegiatanError::Count(count));
    }
    match (k.ak, hours) {
        (Some(per), _) => Ok(per * int(i64::from(count))),
        (None, Some(h)) if h <= MAX_DIKLAT_HOURS => {
            diklat_ak(h).map(|a| a * int(i64::from(count))).ok_or(KegiatanError::Hours(Some(h)))
        }
        (None, h) => Err(KegiatanError::Hours(h)),
    }
}

/// Angka kredit counted per subunsur, and whether a presentasi ilmiah is among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub pengembangan_diri: Exact,
    pub publikasi_ilmiah: Exact,
    pub karya_inovatif: Exact,
    pub presentasi: bool,
}

impl Default for Totals {
    fn default() -> Self {
        Totals {
            pengembangan_diri: int(0),
            publikasi_ilmiah: int(0),
            karya_inovatif: int(0),
            presentasi: false,
        }
    }
}

impl Totals {
    /// Adds one counted line.
    pub fn add(&mut self, k: &Kegiatan, ak: Exact) {
        match k.subunsur {
            Subunsur::PengembanganDiri => self.pengembangan_diri += ak,
            Subunsur::PublikasiIlmiah => self.publikasi_ilmiah += ak,
            Subunsur::KaryaInovatif => self.karya_inovatif += ak,
        }
        self.presentasi |= k.code == "presentasi";
    }

    /// Publikasi ilmiah and karya inovatif together (the minimum is on their sum).
    pub fn publikasi_inovatif(&self) -> Exact {
        self.publikasi_ilmiah + self.karya_inovatif
    }

    /// All PKB.
    pub fn total(&self) -> Exact {
        self.pengembangan_diri + self.publikasi_inovatif()
    }
}

/// What the promotion from `golongan` requires of PKB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minima {
    pub from: Golongan,
    pub to: Golongan,
    pub pengembangan_diri: Exact,
    pub publikasi_inovatif: Exact,
    /// IV/c → IV/d: a presentasi ilmiah too.
    pub presentasi: bool,
}

/// The minima for the next promotion; `None` at IV/e (no next pangkat).
pub fn minima(from: Golongan) -> Option<Minima> {
    let row = AkkRow::of(from)?;
    let to = from.next()?;
    Some(Minima {
        from,
        to,
        pengembangan_diri: int(row.pengembangan_diri),
        publikasi_inovatif: int(row.publikasi),
        presentasi: from.as_str() == "IV/c",
    })
}

/// What is still missing for a promotion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Missing {
    pub pengembangan_diri: Option<Exact>,
    pub publikasi_inovatif: Option<Exact>,
    pub presentasi: bool,
}

impl Missing {
    pub fn is_empty(&self) -> bool {
        self.pengembangan_diri.is_none() && self.publikasi_inovatif.is_none() && !self.presentasi
    }
}

/// The shortfalls of `t` against `m`.
pub fn missing(t: &Totals, m: &Minima) -> Missing {
    let short = |have: Exact, need: Exact| (have < need).then(|| need - have);
    Missing {
        pengembangan_diri: short(t.pengembangan_diri, m.pengembangan_diri),
        publikasi_inovatif: short(t.publikasi_inovatif(), m.publikasi_inovatif),
        presentasi: m.presentasi && !t.presentasi,
    }
}

/// A fraction helper for the tests and the catalogue's display (`0.15` = 3/20).
pub fn hundredths(n: i64) -> Exact {
    ratio(n, 100)
}

/// What the next promotion from golongan `g` still needs by these totals; `None` when
/// nothing is missing, or without a golongan or a next pangkat.
pub fn missing_for(totals: &Totals, g: Option<Golongan>) -> Option<Missing> {
    g.and_then(minima).map(|m| missing(totals, &m)).filter(|m| !m.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_row() {
        // (code, subunsur, angka kredit in hundredths; -1: by hours) — Permenneg PAN-RB 16/2009
        // lampiran I; buku dalam bidang pendidikan and the three kinds of alat also as the
        // Pedoman PKB (Buku 4) gives them.
        let want: [(&str, Subunsur, i64); 39] = [
            ("diklat", Subunsur::PengembanganDiri, -1),
            ("kkg-perangkat", Subunsur::PengembanganDiri, 15),
            ("seminar-pemakalah", Subunsur::PengembanganDiri, 20),
            ("seminar-peserta", Subunsur::PengembanganDiri, 10),
            ("kolektif-lain", Subunsur::PengembanganDiri, 10),
            ("presentasi", Subunsur::PublikasiIlmiah, 20),
            ("penelitian-buku", Subunsur::PublikasiIlmiah, 400),
            ("penelitian-jurnal-nasional", Subunsur::PublikasiIlmiah, 300),
            ("penelitian-jurnal-provinsi", Subunsur::PublikasiIlmiah, 200),
            ("penelitian-jurnal-kabupaten", Subunsur::PublikasiIlmiah, 100),
            ("ptk-sekolah", Subunsur::PublikasiIlmiah, 400),
            ("tinjauan", Subunsur::PublikasiIlmiah, 200),
            ("populer-nasional", Subunsur::PublikasiIlmiah, 200),
            ("populer-provinsi", Subunsur::PublikasiIlmiah, 150),
            ("artikel-terakreditasi", Subunsur::PublikasiIlmiah, 200),
            ("artikel-nasional", Subunsur::PublikasiIlmiah, 150),
            ("artikel-lokal", Subunsur::PublikasiIlmiah, 100),
            ("buku-bsnp", Subunsur::PublikasiIlmiah, 600),
            ("buku-isbn", Subunsur::PublikasiIlmiah, 300),
            ("buku-non-isbn", Subunsur::PublikasiIlmiah, 100),
            ("modul-provinsi", Subunsur::PublikasiIlmiah, 150),
            ("modul-kabupaten", Subunsur::PublikasiIlmiah, 100),
            ("modul-sekolah", Subunsur::PublikasiIlmiah, 50),
            ("buku-pendidikan-isbn", Subunsur::PublikasiIlmiah, 300),
            ("buku-pendidikan-non-isbn", Subunsur::PublikasiIlmiah, 150),
            ("terjemahan", Subunsur::PublikasiIlmiah, 100),
            ("pedoman-guru", Subunsur::PublikasiIlmiah, 150),
            ("ttg-kompleks", Subunsur::KaryaInovatif, 400),
            ("ttg-sederhana", Subunsur::KaryaInovatif, 200),
            ("seni-kompleks", Subunsur::KaryaInovatif, 400),
            ("seni-sederhana", Subunsur::KaryaInovatif, 200),
            ("alat-pelajaran-kompleks", Subunsur::KaryaInovatif, 200),
            ("alat-pelajaran-sederhana", Subunsur::KaryaInovatif, 100),
            ("alat-peraga-kompleks", Subunsur::KaryaInovatif, 200),
            ("alat-peraga-sederhana", Subunsur::KaryaInovatif, 100),
            ("alat-praktikum-kompleks", Subunsur::KaryaInovatif, 400),
            ("alat-praktikum-sederhana", Subunsur::KaryaInovatif, 200),
            ("standar-nasional", Subunsur::KaryaInovatif, 100),
            ("standar-provinsi", Subunsur::KaryaInovatif, 100),
        ];
        assert_eq!(catalogue().len(), want.len());
        for ((code, sub, ak), k) in want.iter().zip(catalogue()) {
            assert_eq!(k.code, *code);
            assert_eq!(k.subunsur, *sub, "{code}");
            assert_eq!(k.ak, (*ak >= 0).then(|| hundredths(*ak)), "{code}");
            assert!(!k.uraian.is_empty(), "{code}");
            assert!(k.sumber.starts_with("Permenneg PAN-RB 16/2009 lampiran I"), "{code}: {}", k.sumber);
        }
        let codes: std::collections::HashSet<&str> = catalogue().iter().map(|k| k.code.as_str()).collect();
        assert_eq!(codes.len(), catalogue().len(), "codes are unique");
    }

    /// The old single alat codes are no activity any more; each names the three it was split
    /// into (pelajaran 2 / 1, peraga 2 / 1, praktikum 4 / 2), whatever its case.
    #[test]
    fn split_codes_name_their_activities() {
        for (old, per) in [("alat-kompleks", [200, 200, 400]), ("ALAT-sederhana ", [100, 100, 200])] {
            assert_eq!(find(old), None, "{old}");
            let parts = split(old).unwrap();
            let kinds: Vec<&str> = parts.iter().map(|k| k.code.split('-').nth(1).unwrap()).collect();
            assert_eq!(kinds, ["pelajaran", "peraga", "praktikum"], "{old}");
            let aks: Vec<Option<Exact>> = parts.iter().map(|k| k.ak).collect();
            assert_eq!(aks, per.map(|h| Some(hundredths(h))), "{old}");
        }
        assert!(split("alat-praktikum-kompleks").is_none());
        assert!(split("modul-kecamatan").is_none());
        // A buku dalam bidang pendidikan ber-ISBN and an alat praktikum sederhana count 3 + 2 = 5
        // toward publikasi ilmiah/karya inovatif: the minimum of III/b → III/c (4) is met.
        let mut t = Totals::default();
        for code in ["buku-pendidikan-isbn", "alat-praktikum-sederhana"] {
            let k = find(code).unwrap();
            t.add(k, ak(k, None, 1).unwrap());
        }
        assert_eq!((t.publikasi_ilmiah, t.karya_inovatif), (int(3), int(2)));
        assert_eq!(missing(&t, &minima(gol("III/b")).unwrap()).publikasi_inovatif, None);
        assert_eq!(ak(find("buku-pendidikan-non-isbn").unwrap(), None, 2), Ok(int(3)));
    }

    #[test]
    fn diklat_hour_bands() {
        let rows = [
            (29, None),
            (30, Some(1)),
            (80, Some(1)),
            (81, Some(2)),
            (180, Some(2)),
            (181, Some(3)),
            (200, Some(3)),
            (480, Some(3)),
            (481, Some(6)),
            (640, Some(6)),
            (641, Some(9)),
            (960, Some(9)),
            (961, Some(15)),
        ];
        for (h, want) in rows {
            assert_eq!(diklat_ak(h), want.map(int), "{h} jam");
        }
        let diklat = find("DIKLAT").unwrap();
        assert_eq!(ak(diklat, Some(200), 1), Ok(int(3)), "worked example: 200 hours → 3");
        assert_eq!(ak(diklat, Some(20), 1), Err(KegiatanError::Hours(Some(20))));
        assert_eq!(ak(diklat, None, 1), Err(KegiatanError::Hours(None)));
        assert_eq!(ak(diklat, Some(5000), 1), Err(KegiatanError::Hours(Some(5000))));
        assert_eq!(ak(find("modul-sekolah").unwrap(), None, 0), Err(KegiatanError::Count(0)));
        assert_eq!(ak(find("modul-sekolah").unwrap(), None, 3), Ok(ratio(3, 2)));
    }

    fn gol(s: &str) -> Golongan {
        s.parse().unwrap()
    }

    #[test]
    fn every_promotion_minimum() {
        // (from, pengembangan diri, publikasi/karya inovatif, presentasi) — Permenneg 16/2009.
        let rows = [
            (gol("II/a"), 0, 0),
            (gol("II/b"), 0, 0),
            (gol("II/c"), 0, 0),
            (gol("II/d"), 0, 0),
            (gol("III/a"), 3, 0),
            (gol("III/b"), 3, 4),
            (gol("III/c"), 3, 6),
            (gol("III/d"), 4, 8),
            (gol("IV/a"), 4, 12),
            (gol("IV/b"), 4, 12),
            (gol("IV/c"), 5, 14),
            (gol("IV/d"), 5, 20),
        ];
        for (g, pd, pi) in rows {
            let m = minima(g).unwrap();
            assert_eq!((m.pengembangan_diri, m.publikasi_inovatif), (int(pd), int(pi)), "{g:?}");
            assert_eq!(m.presentasi, g.as_str() == "IV/c", "{g:?}");
            assert_eq!(Some(m.to), g.next());
        }
        assert_eq!(minima(gol("IV/e")), None);
    }

    #[test]
    fn worked_example_and_shortfall() {
        // A PTK makalah (4) and a modul sekolah (0.5): publikasi 4.5; diklat 200 jam: 3.
        let mut t = Totals::default();
        for (code, hours) in [("ptk-sekolah", None), ("modul-sekolah", None), ("diklat", Some(200))] {
            let k = find(code).unwrap();
            t.add(k, ak(k, hours, 1).unwrap());
        }
        assert_eq!(t.publikasi_inovatif(), ratio(9, 2));
        assert_eq!(t.pengembangan_diri, int(3));
        assert_eq!(t.total(), ratio(15, 2));
        // III/c → III/d needs 3 and 6: publikasi short by 1.5.
        let m = missing(&t, &minima(gol("III/c")).unwrap());
        assert_eq!(
            m,
            Missing { pengembangan_diri: None, publikasi_inovatif: Some(ratio(3, 2)), presentasi: false }
        );
        // IV/c → IV/d needs 5, 14 and a presentasi.
        let m = missing(&t, &minima(gol("IV/c")).unwrap());
        assert_eq!(m.pengembangan_diri, Some(int(2)));
        assert_eq!(m.publikasi_inovatif, Some(ratio(19, 2)));
        assert!(m.presentasi);
        t.add(find("presentasi").unwrap(), hundredths(20));
        assert!(!missing(&t, &minima(gol("IV/c")).unwrap()).presentasi);
        assert!(missing(&t, &minima(gol("II/a")).unwrap()).is_empty());
    }
}
