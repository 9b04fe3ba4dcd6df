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

    /// Every golongan in order: its golongan and ruang, index, name, the next one up, and
    /// the spellings `2a`, `II a`, `ii/A` of it.
    #[test]
    fn every_golongan_row() {
        let rows = [
            (2, 0, "II/a", "2a", "ii a"),
            (2, 1, "II/b", "2b", "ii b"),
            (2, 2, "II/c", "2c", "ii c"),
            (2, 3, "II/d", "2d", "ii d"),
            (3, 0, "III/a", "3a", "iii a"),
            (3, 1, "III/b", "3b", "iii b"),
            (3, 2, "III/c", "3c", "iii c"),
            (3, 3, "III/d", "3d", "iii d"),
            (4, 0, "IV/a", "4a", "iv a"),
            (4, 1, "IV/b", "4b", "iv b"),
            (4, 2, "IV/c", "4c", "iv c"),
            (4, 3, "IV/d", "4d", "iv d"),
            (4, 4, "IV/e", "4e", "iv e"),
        ];
        assert_eq!(rows.len(), Golongan::ALL.len());
        for (i, ((golongan, ruang, name, digits, words), g)) in
            rows.into_iter().zip(Golongan::ALL).enumerate()
        {
            assert_eq!(g, Golongan { golongan, ruang }, "{name}");
            assert_eq!((g.index(), g.as_str(), g.to_string()), (i, name, name.to_string()));
            assert_eq!(g.next(), Golongan::ALL.get(i + 1).copied(), "{name}");
            for s in [name, digits, words, &name.to_uppercase(), &name.to_lowercase()] {
                assert_eq!(s.parse(), Ok(g), "{s}");
            }
        }
        assert_eq!(
            Golongan::valid_list(),
            "II/a, II/b, II/c, II/d, III/a, III/b, III/c, III/d, IV/a, IV/b, IV/c, IV/d, IV/e"
        );
    }

    /// Separators are skipped (spaces, `/`, `-`, `.`, `_`) but nothing else, and the compacted
    /// text must fit in 8 bytes.
    #[test]
    fn separators_and_length() {
        for s in ["III.a", "III_a", "I I I / a", "\tIII-a\n", "iii__/a"] {
            assert_eq!(s.parse::<Golongan>().map(Golongan::as_str), Ok("III/a"), "{s:?}");
        }
        for s in ["III,a", "III+a", "IIIIIIIa", "IIIa aaaaaa", "3/ä", "3/A1"] {
            assert_eq!(s.parse::<Golongan>(), Err(()), "{s:?}");
        }
        assert_eq!("III/a  / / / / / /".parse::<Golongan>().map(Golongan::as_str), Ok("III/a"));
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
