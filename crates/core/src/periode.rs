//! The ledger's periods and dates as typed values: a period is a year (`2026`) or one of its
//! two semesters (`2026-1` January–June, `2026-2` July–December), and a date is a real
//! calendar day written `YYYY-MM-DD`. Anything else is refused with what was expected, so a
//! typo never becomes a period nobody asked for.

use std::fmt;

/// A year or a semester of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Periode {
    year: u16,
    /// 0 for the whole year, else 1 or 2.
    semester: u8,
}

/// The years a period may name: wide enough for every service record, narrow enough to catch
/// a typed `20226`.
const YEARS: std::ops::RangeInclusive<u16> = 1950..=2100;

impl Periode {
    /// Reads `2026`, `2026-1` or `2026-2` (spaces around the dash allowed).
    pub fn parse(text: &str) -> Option<Periode> {
        let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let (year, semester) = match t.split_once('-') {
            Some((y, s)) => (y, s),
            None => (t.as_str(), "0"),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: u16 = year.parse().ok()?;
        let semester = match semester {
            "0" if !t.contains('-') => 0,
            "1" => 1,
            "2" => 2,
            _ => return None,
        };
        YEARS.contains(&year).then_some(Periode { year, semester })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// The semester (1 or 2), `None` for a whole year.
    pub fn semester(self) -> Option<u8> {
        (self.semester != 0).then_some(self.semester)
    }

    /// The whole year this period lies in.
    pub fn whole_year(self) -> Periode {
        Periode { year: self.year, semester: 0 }
    }

    /// Whether `other` lies within this period (a year holds its semesters).
    pub fn holds(self, other: Periode) -> bool {
        self == other || (self.semester == 0 && self.year == other.year)
    }
}

impl fmt::Display for Periode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.semester {
            0 => write!(f, "{}", self.year),
            s => write!(f, "{}-{s}", self.year),
        }
    }
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tanggal {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Tanggal {
    /// Reads `YYYY-MM-DD` naming a day that exists (29 February only in leap years).
    /// `12/09/2026` is refused: day-first and month-first cannot be told apart.
    pub fn parse(text: &str) -> Option<Tanggal> {
        let t = text.trim();
        let b = t.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let s = &t[r];
            s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (YEARS.contains(&year) && (1..=days).contains(&day)).then_some(Tanggal {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The period of this day: its semester.
    pub fn semester(self) -> Periode {
        Periode { year: self.year, semester: if self.month <= 6 { 1 } else { 2 } }
    }
}

impl fmt::Display for Tanggal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_and_refused() {
        for (text, shown) in [("2026", "2026"), ("2026-1", "2026-1"), (" 2026 - 2 ", "2026-2")] {
            assert_eq!(Periode::parse(text).map(|p| p.to_string()).as_deref(), Some(shown), "{text}");
        }
        for bad in ["", "26", "20226", "2026-7", "2026-0", "2026-", "2026/1", "2025/2026", "kemarin", "1800"]
        {
            assert_eq!(Periode::parse(bad), None, "{bad}");
        }
        let (year, s1, s2) = (
            Periode::parse("2026").unwrap(),
            Periode::parse("2026-1").unwrap(),
            Periode::parse("2026-2").unwrap(),
        );
        assert!(year.holds(s1) && year.holds(s2) && year.holds(year));
        assert!(!s1.holds(year) && !s1.holds(s2));
        assert!(!year.holds(Periode::parse("2027-1").unwrap()));
        assert_eq!((s2.semester(), year.semester()), (Some(2), None));
        assert_eq!(s1.whole_year(), year);
        assert!(year < s1 && s1 < s2 && s2 < Periode::parse("2027").unwrap(), "ordered as written");
    }

    #[test]
    fn dates_must_exist() {
        assert_eq!(Tanggal::parse("2026-03-12").map(|d| d.to_string()).as_deref(), Some("2026-03-12"));
        assert!(Tanggal::parse("2024-02-29").is_some(), "leap year");
        assert!(Tanggal::parse("2000-02-29").is_some(), "400 is leap");
        for bad in [
            "2026-02-29",
            "1900-02-29",
            "2026-13-45",
            "2026-04-31",
            "2026-00-10",
            "12/09/2026",
            "kemarin",
            "2026-3-12",
            "+026-03-12",
        ] {
            assert_eq!(Tanggal::parse(bad), None, "{bad}");
        }
        assert_eq!(Tanggal::parse("2026-06-30").unwrap().semester().to_string(), "2026-1");
        assert_eq!(Tanggal::parse("2026-07-01").unwrap().semester().to_string(), "2026-2");
    }
}
