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
            "kepalaperpustakaan" | "kaperpus" | "kepalaperpus" | "kaperpustakaan" => {
                TugasTambahan::KepalaPerpustakaan
            }
            _ if n.starts_with("kepalalab") || n.starts_with("kalab") => TugasTambahan::KepalaLaboratorium,
            "kepalabengkel" | "kepalaunitproduksi" => TugasTambahan::KepalaLaboratorium,
            _ => return Err(()),
        };
        Ok(kind)
    }
}

/// The field a wakil kepala sekolah answers for (`waka kurikulum`, `wakasek sarpras`): the
/// forms name it beside the task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bidang {
    Kurikulum,
    Kesiswaan,
    SaranaPrasarana,
    Humas,
}

impl Bidang {
    /// The bidang a tugas tambahan text names, if any.
    pub fn in_text(text: &str) -> Option<Bidang> {
        let n = squash(text);
        let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
        if has(&["kurikulum", "kurikuler"]) {
            Some(Bidang::Kurikulum)
        } else if has(&["kesiswaan", "siswa"]) {
            Some(Bidang::Kesiswaan)
        } else if has(&["sarana", "sarpras"]) {
            Some(Bidang::SaranaPrasarana)
        } else if has(&["humas", "hubunganmasyarakat", "hubmas"]) {
            Some(Bidang::Humas)
        } else {
            None
        }
    }

    /// Its name as forms write it after "bidang".
    pub fn name(self) -> &'static str {
        match self {
            Bidang::Kurikulum => "kurikulum",
            Bidang::Kesiswaan => "kesiswaan",
            Bidang::SaranaPrasarana => "sarana dan prasarana",
            Bidang::Humas => "hubungan masyarakat",
        }
    }
}

/// The value of the tugas tambahan assessment, on the 100 scale or as a raw total over
/// its instrument's maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

    /// Reads `85,5` (100 scale) or `20/24` (raw total over maximum, at most 1000); `None` if
    /// malformed, out of range, or more precise than 4 decimal places.
    pub fn parse(s: &str) -> Option<NilaiTambahan> {
        use super::exact::{decimal_places, parse_decimal};
        let (v, typed) = match s.split_once('/') {
            Some((t, m)) => {
                let total = parse_decimal(t).ok()?;
                let max: i64 = m.trim().parse().ok().filter(|&m| m > 0 && m <= 1000)?;
                (NilaiTambahan::Raw { total, max }, total)
            }
            None => {
                let v = parse_decimal(s).ok()?;
                (NilaiTambahan::Scale100(v), v)
            }
        };
        let x = v.scale_100();
        (x >= int(0) && x <= int(100) && decimal_places(typed, 4).is_some()).then_some(v)
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
            // "Pembina UKS", "Pembina Pramuka", "Pembina OSIS": a pembina of an activity.
            _ if n.starts_with("pembina") => TugasLain::PembinaEkstrakurikuler,
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

    /// Reads a list such as `wali kelas, pembina ekstrakurikuler` (separated by `,` `;` `+` `|`
    /// `&` or the word `dan`). Returns the first item that is not a known task on failure.
    pub fn parse(s: &str) -> Result<TugasSet, String> {
        let mut set = TugasSet::default();
        let items = s
            .split([',', ';', '+', '|', '&'])
            .flat_map(|part| part.split(" dan "))
            .flat_map(|p| p.split(" DAN "));
        for item in items.map(str::trim).filter(|t| !t.is_empty()) {
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

    /// Every spelling of a reducing task that operators write reads as its task, including
    /// the prefixes (`waka …`, `wakil …`, `kepala lab …`, `kalab …`); other words do not.
    #[test]
    fn every_tugas_tambahan_alias() {
        use TugasTambahan as T;
        let rows = [
            ("kepala sekolah", T::KepalaSekolah),
            ("Kepala Madrasah", T::KepalaSekolah),
            ("kepsek", T::KepalaSekolah),
            ("kamad", T::KepalaSekolah),
            ("kepala sekolah/madrasah", T::KepalaSekolah),
            ("waka kurikulum", T::WakilKepala),
            ("wakasek", T::WakilKepala),
            ("wakil kepala sekolah", T::WakilKepala),
            ("Wakil Kepala Bidang Kesiswaan", T::WakilKepala),
            ("ketua program", T::KetuaProgram),
            ("ketua program keahlian", T::KetuaProgram),
            ("kaprog", T::KetuaProgram),
            ("kakomli", T::KetuaProgram),
            ("kakom", T::KetuaProgram),
            ("kepala perpustakaan", T::KepalaPerpustakaan),
            ("kaperpus", T::KepalaPerpustakaan),
            ("kepala perpus", T::KepalaPerpustakaan),
            ("kepala laboratorium", T::KepalaLaboratorium),
            ("kepala lab IPA", T::KepalaLaboratorium),
            ("kalab", T::KepalaLaboratorium),
            ("Kalab Komputer", T::KepalaLaboratorium),
            ("kepala bengkel", T::KepalaLaboratorium),
            ("kepala unit produksi", T::KepalaLaboratorium),
        ];
        for (name, want) in rows {
            assert_eq!(name.parse::<T>(), Ok(want), "{name}");
        }
        for bad in ["", "kepala", "wak", "wali kelas", "ketua", "kepala perpustakaan daerah", "lab"] {
            assert_eq!(bad.parse::<T>(), Err(()), "{bad}");
        }
    }

    /// The codes, in table order, name each kind and read back as it.
    #[test]
    fn tugas_tambahan_codes_in_table_order() {
        let codes: Vec<&str> = TugasTambahan::codes().collect();
        assert_eq!(
            codes,
            ["kepala-sekolah", "wakil-kepala", "ketua-program", "kepala-perpustakaan", "kepala-laboratorium"]
        );
        for (kind, code) in TugasTambahan::ALL.into_iter().zip(codes) {
            assert_eq!((kind.rule().kind, kind.rule().code), (kind, code));
            assert_eq!(code.parse::<TugasTambahan>(), Ok(kind));
        }
    }

    /// Every spelling of a non-reducing task reads as its task: the canonical codes (with any
    /// spacing or case) and each alias; other words do not.
    #[test]
    fn every_tugas_lain_alias() {
        use TugasLain as L;
        let rows = [
            ("Wali Kelas", L::WaliKelas),
            ("wali", L::WaliKelas),
            ("tim kurikulum", L::TimKurikulum),
            ("tim penyusun kurikulum", L::TimKurikulum),
            ("penyusun kurikulum", L::TimKurikulum),
            ("Pembimbing Guru Pemula", L::PembimbingGuruPemula),
            ("pembimbing guru", L::PembimbingGuruPemula),
            ("pembina ekstrakurikuler", L::PembinaEkstrakurikuler),
            ("pembina ekskul", L::PembinaEkstrakurikuler),
            ("pembina ekstra", L::PembinaEkstrakurikuler),
            ("ekskul", L::PembinaEkstrakurikuler),
            ("pembina", L::PembinaEkstrakurikuler),
            ("PENGAWAS_PENILAIAN", L::PengawasPenilaian),
            ("pengawas", L::PengawasPenilaian),
            ("pengawas ujian", L::PengawasPenilaian),
            ("pengawas penilaian dan evaluasi", L::PengawasPenilaian),
            ("pembimbing publikasi", L::PembimbingPublikasi),
            ("pembimbing penyusunan publikasi", L::PembimbingPublikasi),
            ("pembimbing karya inovatif", L::PembimbingPublikasi),
            ("sementara", L::Sementara),
            ("tugas sementara", L::Sementara),
            ("temporary", L::Sementara),
        ];
        for (name, want) in rows {
            assert_eq!(name.parse::<L>(), Ok(want), "{name}");
        }
        for bad in ["", "kelas", "kurikulum", "pembimbing", "ujian", "juru masak"] {
            assert_eq!(bad.parse::<L>(), Err(()), "{bad}");
        }
    }

    /// The codes, percent and share of each non-reducing task, in table order.
    #[test]
    fn tugas_lain_codes_and_shares_in_table_order() {
        let codes: Vec<&str> = TugasLain::codes().collect();
        assert_eq!(codes.len(), 7);
        for ((t, code), (want_code, pct)) in TugasLain::ALL.into_iter().zip(&codes).zip([
            ("wali-kelas", 5),
            ("tim-kurikulum", 5),
            ("pembimbing-guru-pemula", 5),
            ("pembina-ekstrakurikuler", 5),
            ("pengawas-penilaian", 2),
            ("pembimbing-publikasi", 2),
            ("sementara", 2),
        ]) {
            assert_eq!((t.code(), *code), (want_code, want_code));
            assert_eq!((t.percent(), t.share()), (pct, ratio(pct, 100)), "{want_code}");
        }
    }

    /// A task list counts each task per time it is named, in table order, whatever order it
    /// was written in; canonical codes and aliases count alike, and "none" words add nothing.
    #[test]
    fn task_list_counts() {
        let s =
            TugasSet::parse("sementara | wali-kelas, ekskul; pembina ekstrakurikuler + tidak ada").unwrap();
        assert_eq!(s.counts(), [1, 0, 0, 2, 0, 0, 1]);
        let order: Vec<TugasLain> = s.iter().collect();
        assert_eq!(
            order,
            [
                TugasLain::WaliKelas,
                TugasLain::PembinaEkstrakurikuler,
                TugasLain::PembinaEkstrakurikuler,
                TugasLain::Sementara
            ]
        );
        assert_eq!(s.to_string(), "wali-kelas, pembina-ekstrakurikuler, pembina-ekstrakurikuler, sementara");
        let mut one = TugasSet::default();
        assert_eq!((one.counts(), one.to_string()), ([0; 7], String::new()));
        one.add(TugasLain::PembimbingPublikasi);
        assert_eq!(
            (one.counts(), one.to_string()),
            ([0, 0, 0, 0, 0, 1, 0], "pembimbing-publikasi".to_string())
        );
        for t in TugasLain::ALL {
            let mut s = TugasSet::default();
            s.add(t);
            assert_eq!(s.iter().collect::<Vec<_>>(), [t]);
            assert_eq!(TugasSet::parse(t.code()), Ok(s), "{t:?}");
        }
        assert_eq!(TugasSet::parse(" , ;"), Ok(TugasSet::default()));
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

    /// The 100-scale value is kept from 0 to 100 inclusive, in either form; a raw total needs a
    /// maximum above 0.
    #[test]
    fn nilai_tambahan_bounds() {
        let rows = [
            ("0", Some(int(0))),
            ("100", Some(int(100))),
            ("100,1", None),
            ("-0,1", None),
            ("0/24", Some(int(0))),
            ("24/24", Some(int(100))),
            ("24,5/24", None),
            ("12/1", None),
            ("1/1", Some(int(100))),
            ("1/-4", None),
            ("18 / 20", Some(int(90))),
            ("500/1000", Some(int(50))),
            ("1/1001", None),
            ("85,1234", Some(ratio(851_234, 10_000))),
            ("85,12345", None),
            ("20,0001/40", Some(ratio(200_001, 4_000))),
            ("20,00001/40", None),
        ];
        for (text, want) in rows {
            assert_eq!(NilaiTambahan::parse(text).map(NilaiTambahan::scale_100), want, "{text}");
        }
        assert_eq!(NilaiTambahan::parse("18/20"), Some(NilaiTambahan::Raw { total: int(18), max: 20 }));
        assert_eq!(NilaiTambahan::parse("90"), Some(NilaiTambahan::Scale100(int(90))));
    }

    /// Spellings found in real sheets: abbreviations and lists joined with "dan".
    #[test]
    fn spellings_from_real_sheets() {
        assert_eq!("Ka. Perpustakaan".parse(), Ok(TugasTambahan::KepalaPerpustakaan));
        let s = TugasSet::parse("Wali kelas dan Pembina UKS").unwrap();
        assert_eq!(s.to_string(), "wali-kelas, pembina-ekstrakurikuler");
        assert_eq!(TugasSet::parse("wali kelas & pembina pramuka").unwrap().iter().count(), 2);
        assert_eq!("pembina osis".parse(), Ok(TugasLain::PembinaEkstrakurikuler));
        let s = TugasSet::parse("WALI KELAS DAN PEMBINA PRAMUKA").unwrap();
        assert_eq!(s.to_string(), "wali-kelas, pembina-ekstrakurikuler");
    }
}
