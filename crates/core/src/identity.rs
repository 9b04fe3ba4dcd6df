//! What an appraisal form shows about a teacher beyond the sheet: the date of birth, the TMT
//! as CPNS and the sex decoded from the 18-digit NIP, the jabatan fungsional that goes with a
//! golongan, and calendar dates read from the `tanggal` field.

use super::golongan::Golongan;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, if it exists in the Gregorian calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Reads a date as sheets write it: `2026-03-12` (ISO, also with a time after it),
    /// `12-03-2026`, `12/03/2026` or `12.03.2026` (day first, as in Indonesia), or in words,
    /// `12 Maret 2026`, `12 March 2026`, `12 Mar 2026`.
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim();
        if let Some(d) = Date::in_words(t) {
            return Some(d);
        }
        let t = t.split([' ', 'T']).next().unwrap_or(t);
        let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
        let [a, b, c] = parts.as_slice() else { return None };
        let num = |s: &str| -> Option<u16> {
            (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())?
        };
        let (y, m, d) = if a.len() == 4 { (num(a)?, num(b)?, num(c)?) } else { (num(c)?, num(b)?, num(a)?) };
        if y < 1000 {
            return None;
        }
        Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    /// `12 Maret 2026`: day, month by name (Indonesian or English, whole or its first three
    /// letters, `Agt` and `Nop` as Indonesians shorten them), year.
    fn in_words(t: &str) -> Option<Date> {
        let mut words = t.split_whitespace();
        let (d, m, y) = (words.next()?, words.next()?, words.next()?);
        if words.next().is_some() || d.len() > 2 || y.len() != 4 {
            return None;
        }
        let m = m.trim_end_matches([',', '.']).to_lowercase();
        let month = MONTH_WORDS.iter().find(|(_, names)| names.contains(&m.as_str()))?.0;
        Date::new(y.parse().ok()?, month, d.parse().ok()?)
    }
}

/// Sex as the NIP records it (digit 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// Month names as sheets write them, lower case.
const MONTH_WORDS: [(u8, &[&str]); 12] = [
    (1, &["januari", "january", "jan"]),
    (2, &["februari", "pebruari", "february", "feb", "peb"]),
    (3, &["maret", "march", "mar"]),
    (4, &["april", "apr"]),
    (5, &["mei", "may"]),
    (6, &["juni", "june", "jun"]),
    (7, &["juli", "july", "jul"]),
    (8, &["agustus", "august", "agu", "agt", "aug"]),
    (9, &["september", "sep", "sept"]),
    (10, &["oktober", "october", "okt", "oct"]),
    (11, &["november", "nopember", "nov", "nop"]),
    (12, &["desember", "december", "des", "dec"]),
];

/// What an 18-digit NIP says (Peraturan Kepala BKN 22/2007: birth date, TMT CPNS year and
/// month, sex, sequence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NipInfo {
    pub birth: Date,
    /// Year and month of appointment as CPNS.
    pub tmt: (u16, u8),
    pub sex: Sex,
}

/// Decodes an 18-digit NIP (spaces between the groups allowed); `None` for anything else or a
/// NIP whose date parts are not dates.
pub fn decode_nip(nip: &str) -> Option<NipInfo> {
    // Without allocating: `batch` checks every teacher's NIP, most of them 18 plain digits.
    let digits = match plain_nip(nip.as_bytes()) {
        Some(d) => d,
        None => spaced_nip(nip)?,
    };
    let n = |from: usize, len: usize| -> u16 {
        digits[from..from + len].iter().fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'))
    };
    let birth = Date::new(n(0, 4), n(4, 2) as u8, n(6, 2) as u8)?;
    let (tmt_year, tmt_month) = (n(8, 4), n(12, 2) as u8);
    if !(1..=12).contains(&tmt_month) || tmt_year < birth.year {
        return None;
    }
    let sex = match digits[14] {
        b'1' => Sex::Male,
        b'2' => Sex::Female,
        _ => return None,
    };
    Some(NipInfo { birth, tmt: (tmt_year, tmt_month), sex })
}

/// The bytes of an NIP written as 18 digits and nothing else (most are), checked in one
/// branch-free pass.
#[inline]
pub fn plain_nip(bytes: &[u8]) -> Option<[u8; 18]> {
    let digits: [u8; 18] = bytes.try_into().ok()?;
    digits.iter().fold(true, |ok, b| ok & b.is_ascii_digit()).then_some(digits)
}

/// An NIP's 18 digits with the spaces between its groups taken out.
fn spaced_nip(nip: &str) -> Option<[u8; 18]> {
    let mut digits = [0u8; 18];
    let mut len = 0;
    for b in nip.bytes().filter(|b| *b != b' ') {
        if len == 18 || !b.is_ascii_digit() {
            return None;
        }
        digits[len] = b;
        len += 1;
    }
    (len == 18).then_some(digits)
}

/// The jabatan fungsional guru of a golongan (Permenneg PAN-RB 16/2009 pasal 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jabatan {
    GuruPertama,
    GuruMuda,
    GuruMadya,
    GuruUtama,
}

impl Jabatan {
    /// The jabatan of a golongan; `None` for golongan II, below the jabatan fungsional guru.
    pub fn of(g: Golongan) -> Option<Jabatan> {
        match (g.golongan, g.ruang) {
            (3, 0..=1) => Some(Jabatan::GuruPertama),
            (3, _) => Some(Jabatan::GuruMuda),
            (4, 0..=2) => Some(Jabatan::GuruMadya),
            (4, _) => Some(Jabatan::GuruUtama),
            _ => None,
        }
    }

    /// Its name, as written on forms.
    pub fn name(self) -> &'static str {
        match self {
            Jabatan::GuruPertama => "Guru Pertama",
            Jabatan::GuruMuda => "Guru Muda",
            Jabatan::GuruMadya => "Guru Madya",
            Jabatan::GuruUtama => "Guru Utama",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nip_decodes_birth_tmt_and_sex() {
        let info = decode_nip("198503152010012003").unwrap();
        assert_eq!(info.birth, Date { year: 1985, month: 3, day: 15 });
        assert_eq!(info.tmt, (2010, 1));
        assert_eq!(info.sex, Sex::Female);
        let info = decode_nip("19760101 200003 1 004").unwrap();
        assert_eq!(info.sex, Sex::Male);
        assert_eq!(info.tmt, (2000, 3));
        for bad in [
            "19850315201001200",    // 17 digits
            "198513152010012003",   // month 13
            "198502302010012003",   // 30 February
            "198503152010132003",   // TMT month 13
            "198503152010013003",   // sex digit 3
            "198503151980012003",   // TMT before birth
            "198503152010002003",   // TMT month 0
            "1.98503152010012E+17", // damaged by Excel
        ] {
            assert_eq!(decode_nip(bad), None, "{bad}");
        }
        // A TMT in the year of birth is odd but possible; December is a TMT month.
        let info = decode_nip("198503151985122003").unwrap();
        assert_eq!(info.tmt, (1985, 12));
    }

    #[test]
    fn every_golongan_row_has_its_jabatan() {
        let want = [
            None,
            None,
            None,
            None,
            Some(Jabatan::GuruPertama),
            Some(Jabatan::GuruPertama),
            Some(Jabatan::GuruMuda),
            Some(Jabatan::GuruMuda),
            Some(Jabatan::GuruMadya),
            Some(Jabatan::GuruMadya),
            Some(Jabatan::GuruMadya),
            Some(Jabatan::GuruUtama),
            Some(Jabatan::GuruUtama),
        ];
        for (g, w) in Golongan::ALL.iter().zip(want) {
            assert_eq!(Jabatan::of(*g), w, "{g}");
        }
        assert_eq!(Jabatan::GuruMadya.name(), "Guru Madya");
    }

    #[test]
    fn dates_as_sheets_write_them() {
        let d = Date { year: 2026, month: 3, day: 12 };
        for text in [
            "2026-03-12",
            "12-03-2026",
            "12/03/2026",
            "12.3.2026",
            " 2026-03-12 00:00:00 ",
            "2026-3-12",
            "12 Maret 2026",
            "12 maret 2026",
            "12 March 2026",
            "12 Mar 2026",
            "12  MARET  2026",
        ] {
            assert_eq!(Date::parse(text), Some(d), "{text}");
        }
        assert_eq!(Date::parse("1 Agt 2026"), Date::new(2026, 8, 1));
        assert_eq!(Date::parse("30 Nopember 2026"), Date::new(2026, 11, 30));
        for bad in [
            "2026-02-30",
            "31 Februari 2026",
            "12 Maretan 2026",
            "12 Maret 26",
            "Maret 2026",
            "2026",
            "03/12",
            "26-03-12",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::new(2024, 2, 29), Some(Date { year: 2024, month: 2, day: 29 }));
        assert_eq!(Date::new(1900, 2, 29), None);
        assert_eq!(Date::new(2000, 2, 29), Some(Date { year: 2000, month: 2, day: 29 }));
        assert_eq!(Date::new(0, 1, 1), None);
        assert_eq!(Date::new(1, 1, 1), Some(Date { year: 1, month: 1, day: 1 }));
        assert_eq!(Date::new(2026, 4, 31), None);
        assert_eq!(Date::new(2026, 1, 0), None);
    }

    /// Each part is one to four ASCII digits (no sign, no fifth digit even if it is a leading
    /// zero), and the year has four digits that make at least 1000.
    #[test]
    fn date_parts_and_year_bounds() {
        let rows = [
            ("1000-01-01", Some(Date { year: 1000, month: 1, day: 1 })),
            ("0999-12-31", None),
            ("31-12-0999", None),
            ("01-01-1000", Some(Date { year: 1000, month: 1, day: 1 })),
            ("12-03-02026", None),
            ("2026-03-00012", None),
            ("12-+3-2026", None),
            ("+12-03-2026", None),
            ("2026--12", None),
            ("2026-03-", None),
        ];
        for (text, want) in rows {
            assert_eq!(Date::parse(text), want, "{text}");
        }
    }
}
