//! The ledger's periods and dates as typed values: a period is a year (`2026`) or one of its
//! two semesters (`2026-1` January–June, `2026-2` July–December), and a date is a real
//! calendar day (ISO, or day first as Indonesian sheets write it), kept as `YYYY-MM-DD`.
//! Anything else is refused with what was expected, so a typo never becomes a period nobody
//! asked for.

use std::fmt;

use super::identity::Date;

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

/// A calendar day, read as sheets write dates (the core's one date reader: `2026-03-12`, or
/// day first as in Indonesia, `12-03-2026`, `12/03/2026`, `12.03.2026`) and shown ISO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tanggal(Date);

impl Tanggal {
    /// A day that exists (29 February only in leap years), in the years a period may name.
    pub fn parse(text: &str) -> Option<Tanggal> {
        Date::parse(text).filter(|d| YEARS.contains(&d.year)).map(Tanggal)
    }

    /// The period of this day: its semester.
    pub fn semester(self) -> Periode {
        Periode { year: self.0.year, semester: if self.0.month <= 6 { 1 } else { 2 } }
    }
}

impl fmt::Display for Tanggal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year, self.0.month, self.0.day)
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
            "kemarin",
            "+026-03-12",
            "12/09/1800",
        ] {
            assert_eq!(Tanggal::parse(bad), None, "{bad}");
        }
        // Day first, as Indonesian sheets write dates; kept ISO.
        for (text, iso) in
            [("12/09/2026", "2026-09-12"), ("12-09-2026", "2026-09-12"), ("2026-3-12", "2026-03-12")]
        {
            assert_eq!(Tanggal::parse(text).map(|d| d.to_string()).as_deref(), Some(iso), "{text}");
        }
        assert_eq!(Tanggal::parse("2026-06-30").unwrap().semester().to_string(), "2026-1");
        assert_eq!(Tanggal::parse("2026-07-01").unwrap().semester().to_string(), "2026-2");
    }
}
