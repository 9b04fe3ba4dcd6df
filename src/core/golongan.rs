//! Golongan/ruang of a civil-servant teacher (II/a … IV/e), read from every spelling
//! operators use: `III/a`, `III a`, `IIIa`, `iii/a`, `3a`, `III/A`, `III-a`.

use std::fmt;
use std::str::FromStr;

/// A golongan/ruang, ordered from II/a up to IV/e.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Golongan {
    /// 2, 3 or 4.
    pub golongan: u8,
    /// `a`–`e` as 0–4.
    pub ruang: u8,
}

impl Golongan {
    /// Every golongan a teacher can hold, lowest first (II/a–II/d, III/a–III/d, IV/a–IV/e).
    pub const ALL: [Golongan; 13] = {
        let mut all = [Golongan { golongan: 2, ruang: 0 }; 13];
        let mut i = 0;
        while i < 13 {
            all[i] = if i < 4 {
                Golongan { golongan: 2, ruang: i as u8 }
            } else if i < 8 {
                Golongan { golongan: 3, ruang: (i - 4) as u8 }
            } else {
                Golongan { golongan: 4, ruang: (i - 8) as u8 }
            };
            i += 1;
        }
        all
    };

    /// Its position in [`Golongan::ALL`] (0 for II/a … 12 for IV/e).
    pub fn index(self) -> usize {
        // II has 4 ruang, III has 4, IV has 5: rows follow ALL (tested).
        usize::from(self.golongan - 2) * 4 + usize::from(self.ruang)
    }

    /// The next golongan up, or `None` at IV/e.
    pub fn next(self) -> Option<Golongan> {
        Self::ALL.get(self.index() + 1).copied()
    }

    /// The list of valid spellings for messages: `II/a, II/b, …, IV/e`.
    pub fn valid_list() -> String {
        Self::ALL.iter().map(|g| g.to_string()).collect::<Vec<_>>().join(", ")
    }
}

/// The names of `Golongan::ALL`, in order.
const NAMES: [&str; 13] = [
    "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d",
    "IV/e",
];

impl Golongan {
    /// The canonical spelling, `III/a`.
    pub fn as_str(self) -> &'static str {
        NAMES.get(self.index()).copied().unwrap_or("?")
    }
}

impl fmt::Display for Golongan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Golongan {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        // Compact into a small stack buffer (no allocation: this runs per row in batch).
        let mut buf = [0u8; 8];
        let mut n = 0;
        for b in s.bytes().filter(|b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'-' | b'.' | b'_')) {
            if n == buf.len() {
                return Err(());
            }
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        let (&letter, head) = buf[..n].split_last().ok_or(())?;
        let golongan = match head {
            b"2" | b"ii" => 2,
            b"3" | b"iii" => 3,
            b"4" | b"iv" => 4,
            _ => return Err(()),
        };
        if !letter.is_ascii_lowercase() {
            return Err(());
        }
        let g = Golongan { golongan, ruang: letter - b'a' };
        Golongan::ALL.contains(&g).then_some(g).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_operators_use() {
        for s in ["III/a", "III a", "IIIa", "iii/a", "3a", "III/A", "III-a", " 3/a ", "3 A"] {
            assert_eq!(s.parse::<Golongan>().map(|g| g.to_string()), Ok("III/a".to_string()), "{s}");
        }
        assert_eq!("IV/e".parse::<Golongan>().unwrap().to_string(), "IV/e");
        assert_eq!("2d".parse::<Golongan>().unwrap().to_string(), "II/d");
    }

    #[test]
    fn rejects_what_does_not_exist() {
        for s in ["", "III", "II/e", "III/e", "IV/f", "I/a", "V/a", "1a", "3aa", "x", "III/1"] {
            assert!(s.parse::<Golongan>().is_err(), "{s}");
        }
    }

    #[test]
    fn order_and_next() {
        assert_eq!(Golongan::ALL.len(), 13);
        assert!(Golongan::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!("II/d".parse::<Golongan>().unwrap().next().unwrap().to_string(), "III/a");
        assert_eq!("IV/e".parse::<Golongan>().unwrap().next(), None);
        assert!(Golongan::valid_list().starts_with("II/a, II/b"));
        for (i, (g, name)) in Golongan::ALL.iter().zip(NAMES).enumerate() {
            assert_eq!(g.index(), i);
            assert_eq!(name.parse::<Golongan>(), Ok(*g));
            assert_eq!(g.as_str(), name);
        }
    }
}
