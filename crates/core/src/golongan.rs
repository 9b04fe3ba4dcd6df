//! Golongan/ruang of a civil-servant teacher (II/a … IV/e), read from every spelling
//! operators use: `III/a`, `III a`, `IIIa`, `iii/a`, `3a`, `III/A`, `III-a`, and as an SK
//! writes it, with the pangkat: `Penata Tk. I, III/d`, `Pembina, IV/a`, `Penata Muda Tingkat I
//! (III/b)`, or the pangkat alone. `lll/c` (letters l) is III/c; `-` and `Non PNS` mean no
//! golongan; a PPPK golongan (I–XVII) is recognised as such.

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

/// Pangkat of each golongan in [`Golongan::ALL`] order (PP 99/2000 lampiran I).
pub const PANGKAT: [&str; 13] = [
    "Pengatur Muda",
    "Pengatur Muda Tingkat I",
    "Pengatur",
    "Pengatur Tingkat I",
    "Penata Muda",
    "Penata Muda Tingkat I",
    "Penata",
    "Penata Tingkat I",
    "Pembina",
    "Pembina Tingkat I",
    "Pembina Utama Muda",
    "Pembina Utama Madya",
    "Pembina Utama",
];

/// The highest PPPK golongan (Perpres 11/2024: I–XVII).
pub const PPPK_MAX: u8 = 17;

/// What a golongan cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GolonganText {
    /// A civil servant's golongan/ruang.
    Pns(Golongan),
    /// A PPPK golongan, 1–17 (no 2009 angka kredit; the 2023 regime applies).
    Pppk(u8),
    /// Nothing: blank, `-`, `Non PNS`, …
    None,
}

/// Why a golongan cell cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GolonganError {
    /// Not a golongan; the nearest valid one when the text is close to it.
    Unknown { suggestion: Option<Golongan> },
    /// A golongan number without its ruang (`III`): which ruang is meant?
    NoRuang { golongan: u8 },
    /// The pangkat named and the golongan written disagree.
    Mismatch { pangkat: Golongan, written: Golongan },
}

impl Golongan {
    /// The pangkat of this golongan (`Penata Tingkat I` for III/d).
    pub fn pangkat(self) -> &'static str {
        PANGKAT.get(self.index()).copied().unwrap_or("")
    }
}

const ROMAN: [&str; 17] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
    "xvii",
];

/// Reads a golongan cell in any of the forms people write (see the module doc).
pub fn read(text: &str) -> Result<GolonganText, GolonganError> {
    if let Ok(g) = text.parse::<Golongan>() {
        return Ok(GolonganText::Pns(g));
    }
    let lower = text.trim().to_lowercase();
    let squashed: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if super::text::is_none_word(&lower)
        || matches!(squashed.as_str(), "" | "nonpns" | "bukanpns" | "honorer" | "gtt")
    {
        return Ok(GolonganText::None);
    }
    let cleaned: String =
        lower.chars().map(|c| if matches!(c, '(' | ')' | ',' | ';') { ' ' } else { c }).collect();
    let tokens: Vec<&str> = cleaned.split_whitespace().collect();
    // The written golongan: one token (`iii/b`, `3c`, `lll/c`), or a numeral and its ruang.
    let mut written = None;
    let mut used = vec![false; tokens.len()];
    for i in 0..tokens.len() {
        let single = numeral_fix(tokens[i]).parse::<Golongan>().ok();
        let pair = tokens
            .get(i + 1)
            .filter(|t| t.len() == 1)
            .and_then(|t| format!("{}{t}", numeral_fix(tokens[i])).parse::<Golongan>().ok());
        if let Some(g) = single {
            written = Some(g);
            used[i] = true;
        } else if let Some(g) = pair.filter(|_| is_numeral(tokens[i])) {
            written = Some(g);
            used[i] = true;
            used[i + 1] = true;
        }
    }
    let rest: Vec<&str> = tokens.iter().zip(&used).filter(|(_, u)| !**u).map(|(t, _)| *t).collect();
    let pangkat = pangkat_of(&rest);
    match (pangkat, written) {
        (Some(p), Some(w)) if p != w => Err(GolonganError::Mismatch { pangkat: p, written: w }),
        (_, Some(g)) | (Some(g), None) => Ok(GolonganText::Pns(g)),
        (None, None) => pppk_or_error(&rest, &squashed),
    }
}

/// `l` and `1` typed for `I` in a roman numeral (`lll`, `1II`).
fn numeral_fix(token: &str) -> String {
    let (head, tail) =
        token.split_at(token.find(|c: char| !matches!(c, 'i' | 'l' | '1' | 'v')).unwrap_or(token.len()));
    let romanish = head.len() > 1 || head.contains(['i', 'v']);
    if romanish { head.replace(['l', '1'], "i") + tail } else { token.to_string() }
}

fn is_numeral(token: &str) -> bool {
    let t = numeral_fix(token);
    ROMAN[..4].contains(&t.as_str()) || matches!(t.as_str(), "2" | "3" | "4")
}

/// The golongan a pangkat name gives (`penata tk i` → III/d), if the words are one.
fn pangkat_of(words: &[&str]) -> Option<Golongan> {
    let words: Vec<String> = words
        .iter()
        .filter(|w| !matches!(**w, "pangkat" | "golongan" | "gol" | "ruang" | "gol."))
        .map(|w| match w.trim_end_matches('.') {
            "tk" | "tingkat" => "tingkat".to_string(),
            "1" | "l" => "i".to_string(),
            other => other.to_string(),
        })
        .collect();
    if words.is_empty() {
        return None;
    }
    let name = words.join(" ");
    PANGKAT.iter().position(|p| p.to_lowercase() == name).map(|i| Golongan::ALL[i])
}

fn pppk_or_error(rest: &[&str], squashed: &str) -> Result<GolonganText, GolonganError> {
    let marked = rest.contains(&"pppk");
    let numeral =
        rest.iter().filter(|w| !matches!(**w, "pppk" | "golongan" | "gol")).copied().collect::<Vec<_>>();
    if let [n] = numeral.as_slice() {
        let fixed = numeral_fix(n);
        let roman = ROMAN.iter().position(|r| *r == fixed).map(|i| i as u8 + 1);
        let arabic = n.parse::<u8>().ok().filter(|v| (1..=PPPK_MAX).contains(v));
        let value = roman.or(arabic.filter(|_| marked));
        match value {
            Some(v) if marked || v > 4 => return Ok(GolonganText::Pppk(v)),
            Some(v) if v >= 2 => return Err(GolonganError::NoRuang { golongan: v }),
            _ => {}
        }
    }
    Err(GolonganError::Unknown { suggestion: nearest(squashed) })
}

/// The valid golongan whose compact spelling (`iiid`) is within two edits of `text`'s.
fn nearest(text: &str) -> Option<Golongan> {
    let text: Vec<char> = text.chars().collect();
    let distance = |a: &[char], b: &[char]| -> usize {
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    };
    let last = text.last().copied().unwrap_or('a');
    Golongan::ALL
        .iter()
        .map(|g| {
            let compact: Vec<char> = g.as_str().to_lowercase().replace('/', "").chars().collect();
            // Ties go to the nearest ruang letter (`III/e` → III/d, not III/a).
            let ruang = (last as i32 - *compact.last().unwrap_or(&'a') as i32).unsigned_abs();
            ((distance(&text, &compact), ruang), *g)
        })
        .filter(|((d, _), _)| *d <= 2)
        .min_by_key(|(key, _)| *key)
        .map(|(_, g)| g)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pns(s: &str) -> Golongan {
        s.parse().unwrap()
    }

    /// As an SK writes it: pangkat and golongan, punctuation, abbreviations.
    #[test]
    fn golongan_as_an_sk_writes_it() {
        let rows = [
            ("Penata Tk. I, III/d", "III/d"),
            ("Pembina, IV/a", "IV/a"),
            ("Penata Muda Tingkat I (III/b)", "III/b"),
            ("lll/c", "III/c"),
            ("Penata Muda Tk.I III/b", "III/b"),
            ("Pembina Utama Muda", "IV/c"),
            ("pengatur tk 1", "II/d"),
            ("Gol. III c", "III/c"),
            ("III / d", "III/d"),
        ];
        for (text, want) in rows {
            assert_eq!(read(text), Ok(GolonganText::Pns(pns(want))), "{text}");
        }
        for (g, name) in Golongan::ALL.iter().zip(PANGKAT) {
            assert_eq!(read(name), Ok(GolonganText::Pns(*g)), "{name}");
            assert_eq!(g.pangkat(), name);
        }
    }

    #[test]
    fn none_pppk_and_errors() {
        for text in ["-", "Non PNS", "non-pns", "Honorer", "tidak ada"] {
            assert_eq!(read(text), Ok(GolonganText::None), "{text}");
        }
        assert_eq!(read("IX"), Ok(GolonganText::Pppk(9)));
        assert_eq!(read("PPPK IX"), Ok(GolonganText::Pppk(9)));
        assert_eq!(read("pppk 3"), Ok(GolonganText::Pppk(3)));
        assert_eq!(read("XVII"), Ok(GolonganText::Pppk(17)));
        assert_eq!(read("III"), Err(GolonganError::NoRuang { golongan: 3 }));
        assert_eq!(read("III/e"), Err(GolonganError::Unknown { suggestion: Some(pns("III/d")) }));
        assert_eq!(read("V/a"), Err(GolonganError::Unknown { suggestion: Some(pns("IV/a")) }));
        assert_eq!(
            read("Penata, III/d"),
            Err(GolonganError::Mismatch { pangkat: pns("III/c"), written: pns("III/d") })
        );
        assert_eq!(read("kepala sekolah"), Err(GolonganError::Unknown { suggestion: None }));
    }

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

    /// A numeral alone: II to IV ask for their ruang, V and up are PPPK golongan, I is PPPK
    /// only with the word PPPK, and a lone `l` is not taken for `I` (`ll` is).
    #[test]
    fn lone_numerals() {
        let rows = [
            ("II", Err(GolonganError::NoRuang { golongan: 2 })),
            ("IV", Err(GolonganError::NoRuang { golongan: 4 })),
            ("V", Ok(GolonganText::Pppk(5))),
            ("PPPK IV", Ok(GolonganText::Pppk(4))),
            ("PPPK I", Ok(GolonganText::Pppk(1))),
            ("PPPK ll", Ok(GolonganText::Pppk(2))),
            ("PPPK l", Err(GolonganError::Unknown { suggestion: None })),
        ];
        for (text, want) in rows {
            assert_eq!(read(text), want, "{text}");
        }
        assert!(matches!(read("I"), Err(GolonganError::Unknown { .. })), "{:?}", read("I"));
    }

    /// A numeral and its ruang written apart (`III b`) are both the golongan: neither is left
    /// to the pangkat, so a pangkat that disagrees is still caught. A numeral carrying
    /// punctuation (`III.`) is not paired with the letter after it.
    #[test]
    fn numeral_and_ruang_apart() {
        let rows = [
            ("Penata III c", Ok(GolonganText::Pns(pns("III/c")))),
            ("Penata III b", Err(GolonganError::Mismatch { pangkat: pns("III/c"), written: pns("III/b") })),
            ("Pembina IV a", Ok(GolonganText::Pns(pns("IV/a")))),
            ("Pembina 4 b", Err(GolonganError::Mismatch { pangkat: pns("IV/a"), written: pns("IV/b") })),
            ("Penata III. c", Err(GolonganError::Unknown { suggestion: None })),
        ];
        for (text, want) in rows {
            assert_eq!(read(text), want, "{text}");
        }
    }
}
