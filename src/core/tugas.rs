//! Tugas tambahan: the ones that reduce teaching hours (kepala sekolah, wakil kepala, …) and
//! the ones that do not (wali kelas, pembina ekstrakurikuler, …), as data
//! (Permenneg PAN-RB 16/2009 pasal 15; Permendiknas 35/2010 lampiran).

use std::fmt;
use std::str::FromStr;

use super::exact::{Exact, int, ratio};
use super::instrument::Jenis;
use super::text::{is_none_word, squash};

/// A tugas tambahan that reduces teaching hours; its own instrument is scored and the
/// angka kredit is a blend of pembelajaran and tugas tambahan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TugasTambahan {
    KepalaSekolah,
    WakilKepala,
    KetuaProgram,
    KepalaPerpustakaan,
    KepalaLaboratorium,
}

/// One row of the reducing-task table: share of the tugas tambahan part (percent), the
/// instrument maximum, and the reduced JWM for kelas (jam) and BK (konseli).
pub struct TambahanRule {
    pub kind: TugasTambahan,
    pub code: &'static str,
    pub name: &'static str,
    /// Percent of the blend taken by the tugas tambahan part (the rest is pembelajaran).
    pub share_percent: i64,
    /// Highest raw total of its instrument.
    pub max_total: i64,
    pub jwm_kelas: i64,
    pub jwm_bk: i64,
}

/// Permendiknas 35/2010: kepala sekolah 25 % pembelajaran + 75 % tugas tambahan, the others 50/50;
/// reduced JWM from working PAK systems (kepala 6 jam / 35 konseli, others 12 jam / 75 konseli).
pub const TAMBAHAN_RULES: [TambahanRule; 5] = [
    TambahanRule {
        kind: TugasTambahan::KepalaSekolah,
        code: "kepala-sekolah",
        name: "Kepala sekolah/madrasah",
        share_percent: 75,
        max_total: 24,
        jwm_kelas: 6,
        jwm_bk: 35,
    },
    TambahanRule {
        kind: TugasTambahan::WakilKepala,
        code: "wakil-kepala",
        name: "Wakil kepala sekolah/madrasah",
        share_percent: 50,
        max_total: 20,
        jwm_kelas: 12,
        jwm_bk: 75,
    },
    TambahanRule {
        kind: TugasTambahan::KetuaProgram,
        code: "ketua-program",
        name: "Ketua program keahlian",
        share_percent: 50,
        max_total: 32,
        jwm_kelas: 12,
        jwm_bk: 75,
    },
    TambahanRule {
        kind: TugasTambahan::KepalaPerpustakaan,
        code: "kepala-perpustakaan",
        name: "Kepala perpustakaan",
        share_percent: 50,
        max_total: 40,
        jwm_kelas: 12,
        jwm_bk: 75,
    },
    TambahanRule {
        kind: TugasTambahan::KepalaLaboratorium,
        code: "kepala-laboratorium",
        name: "Kepala laboratorium/bengkel/unit produksi",
        share_percent: 50,
        max_total: 28,
        jwm_kelas: 12,
        jwm_bk: 75,
    },
];

impl TugasTambahan {
    /// Every kind, in table order.
    pub const ALL: [TugasTambahan; 5] = [
        TugasTambahan::KepalaSekolah,
        TugasTambahan::WakilKepala,
        TugasTambahan::KetuaProgram,
        TugasTambahan::KepalaPerpustakaan,
        TugasTambahan::KepalaLaboratorium,
    ];

    /// The codes in table order (for messages, help and dropdowns).
    pub fn codes() -> impl Iterator<Item = &'static str> {
        TAMBAHAN_RULES.iter().map(|r| r.code)
    }

    /// Its rule row.
    pub fn rule(self) -> &'static TambahanRule {
        TAMBAHAN_RULES.iter().find(|r| r.kind == self).expect("every kind has a rule")
    }

    /// The reduced jam wajib mengajar for the pembelajaran part.
    pub fn jwm(self, jenis: Jenis) -> i64 {
        match jenis {
            Jenis::Kelas => self.rule().jwm_kelas,
            Jenis::Bk => self.rule().jwm_bk,
        }
    }
}

impl FromStr for TugasTambahan {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let n = squash(s);
        let kind = match n.as_str() {
            "kepalasekolah" | "kepalamadrasah" | "kepsek" | "kamad" | "kepalasekolahmadrasah" => {
                TugasTambahan::KepalaSekolah
            }
            _ if n.starts_with("waka") || n.starts_with("wakil") => TugasTambahan::WakilKepala,
            "ketuaprogram" | "ketuaprogramkeahlian" | "kaprog" | "kakomli" | "kakom" => {
                TugasTambahan::KetuaProgram
            }
            "kepalaperpustakaan" | "kaperpus" | "kepalaperpus" => TugasTambahan::KepalaPerpustakaan,
            _ if n.starts_with("kepalalab") || n.starts_with("kalab") => TugasTambahan::KepalaLaboratorium,
            "kepalabengkel" | "kepalaunitproduksi" => TugasTambahan::KepalaLaboratorium,
            _ => return Err(()),
        };
        Ok(kind)
    }
}

/// The value of the tugas tambahan assessment, on the 100 scale or as a raw total over
/// its instrument's maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NilaiTambahan {
    Scale100(Exact),
    Raw { total: Exact, max: i64 },
}

impl NilaiTambahan {
    /// Nilai on the 100 scale: raw total / (4 × components) × 100.
    pub fn scale_100(self) -> Exact {
        match self {
            NilaiTambahan::Scale100(v) => v,
            NilaiTambahan::Raw { total, max } => total * int(100) / int(max),
        }
    }

    /// Reads `85,5` (100 scale) or `20/24` (raw total over maximum); `None` if malformed or
    /// out of range.
    pub fn parse(s: &str) -> Option<NilaiTambahan> {
        use super::exact::parse_decimal;
        let v = match s.split_once('/') {
            Some((t, m)) => {
                let total = parse_decimal(t).ok()?;
                let max: i64 = m.trim().parse().ok().filter(|&m| m > 0)?;
                NilaiTambahan::Raw { total, max }
            }
            None => NilaiTambahan::Scale100(parse_decimal(s).ok()?),
        };
        let x = v.scale_100();
        (x >= int(0) && x <= int(100)).then_some(v)
    }
}

/// A tugas tambahan that does not reduce teaching hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TugasLain {
    WaliKelas,
    TimKurikulum,
    PembimbingGuruPemula,
    PembinaEkstrakurikuler,
    PengawasPenilaian,
    PembimbingPublikasi,
    Sementara,
}

/// Each task's code and the percent of AK pembelajaran it adds: full-year tasks 5 %, temporary
/// (under a year) 2 % (Permendiknas 35/2010 lampiran).
pub const LAIN_RULES: [(TugasLain, &str, i64); 7] = [
    (TugasLain::WaliKelas, "wali-kelas", 5),
    (TugasLain::TimKurikulum, "tim-kurikulum", 5),
    (TugasLain::PembimbingGuruPemula, "pembimbing-guru-pemula", 5),
    (TugasLain::PembinaEkstrakurikuler, "pembina-ekstrakurikuler", 5),
    (TugasLain::PengawasPenilaian, "pengawas-penilaian", 2),
    (TugasLain::PembimbingPublikasi, "pembimbing-publikasi", 2),
    (TugasLain::Sementara, "sementara", 2),
];

impl TugasLain {
    /// Every task, in table order.
    pub const ALL: [TugasLain; 7] = [
        TugasLain::WaliKelas,
        TugasLain::TimKurikulum,
        TugasLain::PembimbingGuruPemula,
        TugasLain::PembinaEkstrakurikuler,
        TugasLain::PengawasPenilaian,
        TugasLain::PembimbingPublikasi,
        TugasLain::Sementara,
    ];

    /// The codes in table order (for messages, help and templates).
    pub fn codes() -> impl Iterator<Item = &'static str> {
        LAIN_RULES.iter().map(|r| r.1)
    }

    /// Percent of AK pembelajaran this task adds.
    pub fn percent(self) -> i64 {
        LAIN_RULES.iter().find(|r| r.0 == self).map_or(0, |r| r.2)
    }

    /// The share as an exact fraction.
    pub fn share(self) -> Exact {
        ratio(self.percent(), 100)
    }

    /// The stable code.
    pub fn code(self) -> &'static str {
        LAIN_RULES.iter().find(|r| r.0 == self).map_or("", |r| r.1)
    }
}

impl FromStr for TugasLain {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let n = squash(s);
        if let Some(r) = LAIN_RULES.iter().find(|r| squash(r.1) == n) {
            return Ok(r.0);
        }
        Ok(match n.as_str() {
            "walikelas" | "wali" => TugasLain::WaliKelas,
            "timpenyusunkurikulum" | "penyusunkurikulum" => TugasLain::TimKurikulum,
            "pembimbingguru" => TugasLain::PembimbingGuruPemula,
            "pembinaekskul" | "pembinaekstra" | "ekskul" | "pembina" => TugasLain::PembinaEkstrakurikuler,
            "pengawas" | "pengawasujian" | "pengawaspenilaiandanevaluasi" => TugasLain::PengawasPenilaian,
            "pembimbingpenyusunanpublikasi" | "pembimbingkaryainovatif" => TugasLain::PembimbingPublikasi,
            "tugassementara" | "temporary" => TugasLain::Sementara,
            _ => return Err(()),
        })
    }
}

/// The non-reducing tasks a teacher holds, with repeats (two ekstrakurikuler count twice).
/// Fixed-size and `Copy`, so identities stay allocation-free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TugasSet([u8; 7]);

impl TugasSet {
    /// Adds one task.
    pub fn add(&mut self, t: TugasLain) {
        let i = LAIN_RULES.iter().position(|r| r.0 == t).unwrap_or(0);
        self.0[i] = self.0[i].saturating_add(1);
    }

    /// How many times each task of `LAIN_RULES` is held, in table order.
    pub fn counts(&self) -> [u8; 7] {
        self.0
    }

    /// Each task once per time it is held, in table order.
    pub fn iter(&self) -> impl Iterator<Item = TugasLain> + '_ {
        LAIN_RULES.iter().zip(self.0).flat_map(|(r, n)| std::iter::repeat_n(r.0, usize::from(n)))
    }

    /// Reads a list such as `wali kelas, pembina ekstrakurikuler` (separated by `,` `;` `+` `|`).
    /// Returns the first item that is not a known task on failure.
    pub fn parse(s: &str) -> Result<TugasSet, String> {
        let mut set = TugasSet::default();
        for item in s.split([',', ';', '+', '|']).map(str::trim).filter(|t| !t.is_empty()) {
            // Canonical codes first, without allocating (batch rows).
            if let Some(r) = LAIN_RULES.iter().find(|r| r.1 == item) {
                set.add(r.0);
                continue;
            }
            if is_none_word(item) {
                continue;
            }
            set.add(item.parse().map_err(|_| item.to_string())?);
        }
        Ok(set)
    }
}

impl fmt::Display for TugasSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, t) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(t.code())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reducing_task_rows() {
        let rows = [
            ("kepala sekolah", 75, 24, 6, 35),
            ("waka kurikulum", 50, 20, 12, 75),
            ("ketua program keahlian", 50, 32, 12, 75),
            ("kepala perpustakaan", 50, 40, 12, 75),
            ("kepala laboratorium", 50, 28, 12, 75),
        ];
        for (name, share, max, jk, jb) in rows {
            let t: TugasTambahan = name.parse().unwrap();
            let r = t.rule();
            assert_eq!((r.share_percent, r.max_total), (share, max), "{name}");
            assert_eq!((t.jwm(Jenis::Kelas), t.jwm(Jenis::Bk)), (jk, jb), "{name}");
            assert_eq!(r.code.parse::<TugasTambahan>(), Ok(t));
        }
        assert!("satpam".parse::<TugasTambahan>().is_err());
    }

    #[test]
    fn non_reducing_task_rows() {
        let rows = [
            ("wali kelas", 5),
            ("tim-kurikulum", 5),
            ("pembimbing guru pemula", 5),
            ("pembina ekstrakurikuler", 5),
            ("pengawas penilaian", 2),
            ("pembimbing publikasi", 2),
            ("sementara", 2),
        ];
        for (name, pct) in rows {
            let t: TugasLain = name.parse().unwrap();
            assert_eq!(t.percent(), pct, "{name}");
            assert_eq!(t.code().parse::<TugasLain>(), Ok(t));
        }
    }

    #[test]
    fn task_lists_keep_repeats() {
        let s = TugasSet::parse("wali kelas; pembina ekskul + pembina ekskul").unwrap();
        assert_eq!(s.iter().count(), 3);
        assert_eq!(s.to_string(), "wali-kelas, pembina-ekstrakurikuler, pembina-ekstrakurikuler");
        assert_eq!(TugasSet::parse(""), Ok(TugasSet::default()));
        assert_eq!(TugasSet::parse("-"), Ok(TugasSet::default()));
        assert_eq!(TugasSet::parse("wali kelas, juru masak"), Err("juru masak".to_string()));
    }

    #[test]
    fn nilai_tambahan_forms() {
        assert_eq!(NilaiTambahan::parse("85,5").unwrap().scale_100(), ratio(855, 10));
        assert_eq!(NilaiTambahan::parse("20/24").unwrap().scale_100(), ratio(2000, 24));
        assert!(NilaiTambahan::parse("101").is_none());
        assert!(NilaiTambahan::parse("25/24").is_none());
        assert!(NilaiTambahan::parse("-1").is_none());
        assert!(NilaiTambahan::parse("20/0").is_none());
        assert!(NilaiTambahan::parse("x").is_none());
    }
}
