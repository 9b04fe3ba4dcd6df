//! Evaluasi diri administrasi perencanaan pembelajaran: the self-check form of a teacher's
//! teaching administration (21 items, three of them for vocational schools only), its
//! scoring and its predikat bands. Exact arithmetic, like the PK Guru rules.
//!
//! Scoring (the form as used in schools' decision-support studies): each item is marked
//! ada / tidak ada and scored 1–4; "tidak ada" scores 1; an item left blank is not assessed
//! and leaves the maximum. Skor maksimum = items assessed × 4; nilai = skor / maksimum × 100;
//! 86–100 Amat Baik, 71–85 Baik, 56–70 Cukup, below 56 Kurang.

use super::exact::{Exact, ratio};
use super::predikat::{self, Bands, Predikat};

/// One item of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Its stable code (`ED01` … `ED21`), the same in both forms.
    pub code: &'static str,
    /// What the teacher must have.
    pub uraian: &'static str,
    /// Only on the vocational (SMK) form.
    pub kejuruan: bool,
}

const fn item(code: &'static str, uraian: &'static str, kejuruan: bool) -> Item {
    Item { code, uraian, kejuruan }
}

/// The items in the form's order; `*` items only for vocational schools.
pub const ITEMS: [Item; 21] = [
    item("ED01", "SK pembagian tugas", false),
    item("ED02", "Kalender pendidikan", false),
    item("ED03", "Jadwal pelajaran", false),
    item("ED04", "Program tahunan / program semester", false),
    item("ED05", "Kriteria ketuntasan minimal (KKM)", false),
    item("ED06", "Silabus", false),
    item("ED07", "Rencana pelaksanaan pembelajaran (RPP)", false),
    item("ED08", "Jurnal mengajar", false),
    item("ED09", "Presensi siswa", false),
    item("ED10", "Buku / daftar nilai", false),
    item("ED11", "Kisi-kisi dan soal ulangan harian", false),
    item("ED12", "Norma penilaian ulangan harian", false),
    item("ED13", "Kunci jawaban", false),
    item("ED14", "Lembar jawab", false),
    item("ED15", "Analisis nilai ulangan harian", false),
    item("ED16", "Program remedial", false),
    item("ED17", "Soal tugas (TT/KMTT)", false),
    item("ED18", "Job sheet", true),
    item("ED19", "Kisi-kisi dan soal praktik", true),
    item("ED20", "Daftar nilai praktik", true),
    item("ED21", "Pembelajaran menggunakan TIK", false),
];

/// The highest score of one item.
pub const ITEM_MAX: u32 = 4;

/// Lowest whole nilai of each band above Kurang (86–100 Amat Baik, 71–85 Baik, 56–70 Cukup).
pub const BANDS: [(i64, Predikat); 3] =
    [(86, Predikat::AmatBaik), (71, Predikat::Baik), (56, Predikat::Cukup)];

/// Which form: the general one (18 items) or the vocational one (all 21).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    #[default]
    Umum,
    Kejuruan,
}

impl Form {
    /// The form's items, in order.
    pub fn items(self) -> impl Iterator<Item = &'static Item> {
        ITEMS.iter().filter(move |i| self == Form::Kejuruan || !i.kejuruan)
    }

    /// How many items the form has.
    pub fn item_count(self) -> usize {
        self.items().count()
    }

    /// The stable code (`umum`, `kejuruan`).
    pub fn code(self) -> &'static str {
        match self {
            Form::Umum => "umum",
            Form::Kejuruan => "kejuruan",
        }
    }
}

/// The item with this code (`ED7`, `ed07`, `ED07` alike).
pub fn find(code: &str) -> Option<usize> {
    let c = code.trim();
    let digits = c.get(..2).filter(|p| p.eq_ignore_ascii_case("ed")).and_then(|_| c.get(2..))?;
    let n: usize = digits.trim().parse().ok()?;
    (1..=ITEMS.len()).contains(&n).then(|| n - 1)
}

/// Whether an item is there, as marked on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Ada,
    TidakAda,
}

impl std::str::FromStr for Mark {
    type Err = ();
    /// `ada`, `ya`, `✓` …; `tidak`, `tidak ada`, `tdk`, `✗` … (case and spacing ignored).
    fn from_str(s: &str) -> Result<Mark, ()> {
        match super::text::squash(s).as_str() {
            "ada" | "ya" | "y" | "yes" | "v" | "present" => Ok(Mark::Ada),
            "tidak" | "tidakada" | "tdk" | "tdkada" | "t" | "no" | "n" | "absent" => Ok(Mark::TidakAda),
            _ => match s.trim() {
                "✓" | "✔" | "√" => Ok(Mark::Ada),
                "✗" | "✘" => Ok(Mark::TidakAda),
                _ => Err(()),
            },
        }
    }
}

/// The form's identity fields, in print order: nama sekolah, guru pengampu (`nama`) and NIP,
/// mapel, kelas, periode, the kepala sekolah and NIP, tempat and tanggal of signing.
pub const IDENTITY: [&str; 10] = [
    "sekolah",
    "nama",
    "nip",
    "mapel",
    "kelas",
    "periode",
    "kepala_sekolah",
    "nip_kepala_sekolah",
    "tempat",
    "tanggal",
];

/// Why a marked item has no valid score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    /// A score other than 1–4.
    OutOfRange,
    /// Marked "tidak ada" with a score above 1.
    TidakAdaScored(u8),
    /// Marked "ada" without a score.
    AdaUnscored,
}

/// The score of one item from its mark and the score written: `None` when not assessed (both
/// blank). "Tidak ada" without a score is 1; a score without a mark means "ada".
pub fn entry(mark: Option<Mark>, skor: Option<u8>) -> Result<Option<u8>, EntryError> {
    if let Some(s) = skor
        && !(1..=4).contains(&s)
    {
        return Err(EntryError::OutOfRange);
    }
    match (mark, skor) {
        (None, None) => Ok(None),
        (Some(Mark::TidakAda), None | Some(1)) => Ok(Some(1)),
        (Some(Mark::TidakAda), Some(s)) => Err(EntryError::TidakAdaScored(s)),
        (Some(Mark::Ada), None) => Err(EntryError::AdaUnscored),
        (_, Some(s)) => Ok(Some(s)),
    }
}

/// A scored form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormResult {
    /// Skor perolehan.
    pub skor: u32,
    /// Skor maksimum: items assessed × 4.
    pub maks: u32,
    /// Items assessed.
    pub assessed: u32,
    /// Nilai = skor / maksimum × 100, exact.
    pub nilai: Exact,
    pub predikat: Predikat,
}

/// Scores a form from its items' scores (`None`: not assessed); `None` when no item is
/// assessed (no maximum to divide by).
pub fn score(entries: &[Option<u8>], bands: Bands) -> Option<FormResult> {
    let assessed = entries.iter().flatten().count() as u32;
    if assessed == 0 {
        return None;
    }
    let skor: u32 = entries.iter().flatten().map(|&s| u32::from(s)).sum();
    let maks = assessed * ITEM_MAX;
    let nilai = ratio(100 * i64::from(skor), i64::from(maks));
    Some(FormResult { skor, maks, assessed, nilai, predikat: classify(nilai, bands) })
}

/// The predikat of a nilai under a band convention (gaps 85–86, 70–71, 55–56).
pub fn classify(nilai: Exact, bands: Bands) -> Predikat {
    predikat::classify_in(BANDS, nilai, bands)
}

/// What each convention gives for `nilai`, when they do not all agree (a value in a gap).
pub fn disagreement(nilai: Exact) -> Option<[(Bands, Predikat); 3]> {
    let all = Bands::ALL.map(|b| (b, classify(nilai, b)));
    (all.iter().any(|(_, p)| *p != all[0].1)).then_some(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exact::int;
    use proptest::prelude::*;

    fn form(scores: &[u8], blanks: usize) -> Vec<Option<u8>> {
        scores.iter().map(|&s| Some(s)).chain(std::iter::repeat_n(None, blanks)).collect()
    }

    #[test]
    fn forms_have_18_and_21_items() {
        assert_eq!(Form::Umum.item_count(), 18);
        assert_eq!(Form::Kejuruan.item_count(), 21);
        let vocational: Vec<_> = ITEMS.iter().filter(|i| i.kejuruan).map(|i| i.code).collect();
        assert_eq!(vocational, ["ED18", "ED19", "ED20"]);
        assert_eq!(Form::Umum.items().last().map(|i| i.code), Some("ED21"));
        for (n, i) in ITEMS.iter().enumerate() {
            assert_eq!(i.code, format!("ED{:02}", n + 1));
        }
    }

    #[test]
    fn codes_are_found_with_or_without_zero() {
        assert_eq!(find("ED07"), Some(6));
        assert_eq!(find("ed7"), Some(6));
        assert_eq!(find(" Ed21 "), Some(20));
        for bad in ["ED00", "ED22", "E07", "7", "", "EDx", "é"] {
            assert_eq!(find(bad), None, "{bad}");
        }
    }

    #[test]
    fn marks_as_operators_write_them() {
        for a in ["ada", "Ada", " YA ", "✓", "v"] {
            assert_eq!(a.parse(), Ok(Mark::Ada), "{a}");
        }
        for t in ["tidak", "Tidak Ada", "tidak_ada", "TDK", "✗"] {
            assert_eq!(t.parse(), Ok(Mark::TidakAda), "{t}");
        }
        for bad in ["", "mungkin", "2", "-"] {
            assert_eq!(bad.parse::<Mark>(), Err(()), "{bad}");
        }
    }

    #[test]
    fn each_entry_rule() {
        use EntryError::*;
        use Mark::*;
        assert_eq!(entry(None, None), Ok(None));
        assert_eq!(entry(Some(TidakAda), None), Ok(Some(1)));
        assert_eq!(entry(Some(TidakAda), Some(1)), Ok(Some(1)));
        assert_eq!(entry(Some(TidakAda), Some(3)), Err(TidakAdaScored(3)));
        assert_eq!(entry(Some(Ada), None), Err(AdaUnscored));
        assert_eq!(entry(Some(Ada), Some(4)), Ok(Some(4)));
        assert_eq!(entry(None, Some(2)), Ok(Some(2)));
        assert_eq!(entry(Some(Ada), Some(0)), Err(OutOfRange));
        assert_eq!(entry(None, Some(5)), Err(OutOfRange));
    }

    #[test]
    fn general_form_maximum_is_72() {
        let r = score(&form(&[4; 18], 0), Bands::Upper).unwrap();
        assert_eq!((r.skor, r.maks, r.assessed), (72, 72, 18));
        assert_eq!(r.nilai, int(100));
        assert_eq!(r.predikat, Predikat::AmatBaik);
        let r = score(&form(&[4; 21], 0), Bands::Upper).unwrap();
        assert_eq!(r.maks, 84);
        // Blank items leave the maximum; "tidak ada" (1) stays in it.
        let r = score(&form(&[4, 1, 1], 15), Bands::Upper).unwrap();
        assert_eq!((r.skor, r.maks), (6, 12));
        assert_eq!(r.nilai, int(50));
        assert_eq!(score(&form(&[], 18), Bands::Upper), None);
    }

    #[test]
    fn band_rows_on_whole_values() {
        let rows = [
            (100, Predikat::AmatBaik),
            (86, Predikat::AmatBaik),
            (85, Predikat::Baik),
            (71, Predikat::Baik),
            (70, Predikat::Cukup),
            (56, Predikat::Cukup),
            (55, Predikat::Kurang),
            (25, Predikat::Kurang),
        ];
        for (v, p) in rows {
            for b in Bands::ALL {
                assert_eq!(classify(int(v), b), p, "{v} {b:?}");
            }
            assert!(disagreement(int(v)).is_none());
        }
    }

    #[test]
    fn boundaries_reached_by_real_forms() {
        // Five items assessed (maximum 20): 14 → exactly 70 (Cukup), 17 → exactly 85 (Baik).
        let at = |scores: &[u8], blanks, b| score(&form(scores, blanks), b).unwrap();
        let r = at(&[3, 3, 3, 3, 2], 13, Bands::Upper);
        assert_eq!((r.nilai, r.predikat), (int(70), Predikat::Cukup));
        let r = at(&[3, 3, 3, 3, 3], 13, Bands::Upper);
        assert_eq!((r.nilai, r.predikat), (int(75), Predikat::Baik));
        let r = at(&[4, 4, 3, 3, 3], 13, Bands::Upper);
        assert_eq!((r.nilai, r.predikat), (int(85), Predikat::Baik));
        let r = at(&[4, 4, 4, 3, 3], 13, Bands::Upper);
        assert_eq!((r.nilai, r.predikat), (int(90), Predikat::AmatBaik));
        // General form, maximum 72: 40 → 55.56 (gap 55–56), 41 → 56.94, 51 → 70.83 (gap),
        // 61 → 84.72, 62 → 86.11.
        let general = |skor: u32| {
            let mut s = vec![Some(1u8); 18];
            let mut left = skor - 18;
            for e in &mut s {
                let add = left.min(3) as u8;
                *e = Some(1 + add);
                left -= u32::from(add);
            }
            s
        };
        let p = |skor, b| score(&general(skor), b).unwrap().predikat;
        assert_eq!(score(&general(40), Bands::Upper).unwrap().nilai, ratio(4000, 72));
        assert_eq!(p(40, Bands::Upper), Predikat::Cukup);
        assert_eq!(p(40, Bands::Lower), Predikat::Kurang);
        assert_eq!(p(40, Bands::Round), Predikat::Cukup);
        assert_eq!(p(39, Bands::Upper), Predikat::Kurang);
        assert_eq!(p(41, Bands::Lower), Predikat::Cukup);
        assert_eq!(p(51, Bands::Upper), Predikat::Baik);
        assert_eq!(p(51, Bands::Lower), Predikat::Cukup);
        assert_eq!(p(51, Bands::Round), Predikat::Baik);
        assert_eq!(p(50, Bands::Upper), Predikat::Cukup);
        assert_eq!(p(61, Bands::Upper), Predikat::Baik);
        assert_eq!(p(62, Bands::Lower), Predikat::AmatBaik);
        // Vocational form, maximum 84: 59 → 70.24 rounds to 70 (Cukup) but is Baik by the upper
        // convention; 72 → 85.71 rounds to 86.
        let voc = |skor: u32, b| {
            let mut s = vec![Some(1u8); 21];
            let mut left = skor - 21;
            for e in &mut s {
                let add = left.min(3) as u8;
                *e = Some(1 + add);
                left -= u32::from(add);
            }
            score(&s, b).unwrap().predikat
        };
        assert_eq!(voc(59, Bands::Upper), Predikat::Baik);
        assert_eq!(voc(59, Bands::Round), Predikat::Cukup);
        assert_eq!(voc(72, Bands::Round), Predikat::AmatBaik);
        assert_eq!(voc(72, Bands::Lower), Predikat::Baik);
    }

    proptest! {
        /// Nilai stays within 25–100 and a higher score never lowers the predikat.
        #[test]
        fn nilai_bounded_and_monotone(scores in proptest::collection::vec(proptest::option::of(1u8..=4), 21), i in 0usize..21) {
            if let Some(r) = score(&scores, Bands::Upper) {
                prop_assert!(r.nilai >= int(25) && r.nilai <= int(100));
                let mut up = scores.clone();
                if let Some(s) = up[i] && s < 4 {
                    up[i] = Some(s + 1);
                    let r2 = score(&up, Bands::Upper).unwrap();
                    prop_assert!(r2.nilai > r.nilai && r2.predikat >= r.predikat);
                }
            }
        }
    }
}
