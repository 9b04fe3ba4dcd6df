//! Printed pages as blocks: the model every printed document is made of (the report's
//! Lampiran and summary, a standalone form's page), in reading order, every text already in
//! the reader's language. The HTML and the Typst writers (`report::html`, `report::markup`)
//! only lay blocks out, so both show the same content in the same order.

use crate::core::instrument::Jenis;
use crate::core::predikat::Predikat;

/// One competency of Lampiran 1B: its indicators with their scores, and its result.
#[derive(Debug, Clone)]
pub struct CompetencyBlock {
    pub number: u8,
    pub name: String,
    /// (ID, text, score) of each indicator.
    pub indicators: Vec<(String, String, u8)>,
    pub score: u32,
    pub max: u32,
    pub percent: String,
    pub value: u8,
    /// The penilai's notes on this competency's indicators: (ID, note).
    pub notes: Vec<(String, String)>,
}

/// Lampiran 1C's numbers: each competency's value, the total, the 100 scale, the predikat.
#[derive(Debug, Clone, Copy)]
pub struct Recap<'a> {
    pub jenis: Jenis,
    pub blocks: &'a [CompetencyBlock],
    pub total: u32,
    pub max_total: u32,
    pub score_100: &'a str,
    pub predikat: Predikat,
}

/// One printed page (or more, when it runs over).
#[derive(Debug)]
pub struct Page<'a> {
    /// What kind of page (`lampiran-1b`, `summary`, `ev`): the HTML section's class.
    pub kind: &'static str,
    pub blocks: Vec<Block<'a>>,
}

/// A column's alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A column's width on paper.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Width {
    /// As wide as its content.
    Auto,
    /// The rest of the line.
    Rest,
    Mm(f32),
}

/// A table column: its heading, alignment and width.
#[derive(Debug, Clone)]
pub struct Col {
    pub head: String,
    pub align: Align,
    pub width: Width,
}

impl Col {
    pub fn new(head: impl Into<String>, align: Align, width: Width) -> Col {
        Col { head: head.into(), align, width }
    }
}

/// One block of a page.
#[derive(Debug)]
pub enum Block<'a> {
    /// The head of a form or of the summary: the line above the title (`Lampiran 1B`), the
    /// title, and who or what it is about.
    Head {
        over: Option<String>,
        title: String,
        who: String,
    },
    /// A section heading.
    H2(String),
    /// Labelled lines (identity, result); `strong` values set large.
    Rows {
        rows: Vec<(String, String)>,
        strong: bool,
    },
    /// Lampiran 1B: one competency's indicators with their scores and its result (laid out
    /// once per instrument in the PDF, the teacher's numbers placed over it).
    Competency {
        jenis: Jenis,
        index: usize,
        block: &'a CompetencyBlock,
    },
    /// Lampiran 1C: the competency values, the total, the 100 scale and the predikat.
    Recap(Recap<'a>),
    /// Horizontal bars: (label, length, the value written beside it) on 0 to `max`, with the
    /// scale's ticks when `ticks`.
    Bars {
        items: Vec<(String, f64, String)>,
        max: f64,
        ticks: bool,
    },
    Table {
        cols: Vec<Col>,
        rows: Vec<Vec<String>>,
    },
    /// The angka kredit's working: (label, line); an empty label for a sentence of its own.
    Working(&'a [(String, String)]),
    /// A labelled note: "Catatan: …".
    Note {
        label: String,
        text: String,
    },
    /// Small print under a table, one line each.
    Small(Vec<String>),
    /// A list of notes, each with a bold lead.
    List(Vec<(String, String)>),
    /// `Contoh, 12 Maret 2026`, to the right above the signatures.
    PlaceDate(String),
    /// (role, name, number line: `NIP …` or `NUPTK …`) of each signature, side by side.
    Signatures(Vec<(String, String, String)>),
}

/// The teacher as the page heads and footers name them.
pub fn who(nama: &str, nip: &str) -> String {
    if nip.is_empty() { nama.to_string() } else { format!("{nama} · NIP {nip}") }
}

impl Block<'static> {
    /// Labelled lines of plain values.
    pub fn rows<L: AsRef<str>>(rows: &[(L, String)]) -> Block<'static> {
        Block::Rows {
            rows: rows.iter().map(|(l, v)| (l.as_ref().to_string(), v.clone())).collect(),
            strong: false,
        }
    }

    /// Signatures (role, name, NIP), a line to write on for a NIP not given. A teacher
    /// without NIP signs with the NUPTK when the number is given as `NUPTK …`.
    pub fn signatures<R: AsRef<str>>(blank: &str, items: &[(R, String, String)]) -> Block<'static> {
        Block::Signatures(
            items
                .iter()
                .map(|(role, name, nip)| {
                    let role = role.as_ref();
                    let line = match nip.as_str() {
                        // Long enough to write 18 digits by hand.
                        "" => format!("NIP {blank}{blank}"),
                        n if n.starts_with("NUPTK ") => n.to_string(),
                        n => format!("NIP {n}"),
                    };
                    (role.to_string(), name.clone(), line)
                })
                .collect(),
        )
    }
}

/// The longest file stem a printed page gets, in bytes: with `-2.pdf` added it stays far
/// under the 255 bytes every file system allows, whatever the script of the name.
const MAX_STEM_BYTES: usize = 120;

/// A file stem from a NIP and name, safe on every file system: letters, digits and `-` kept,
/// any other run of characters one `_`, at most [`MAX_STEM_BYTES`] bytes cut at a character's
/// end; `fallback` when nothing is left.
pub fn file_stem(raw: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        let c = if c.is_alphanumeric() || c == '-' { c } else { '_' };
        if c == '_' && (out.is_empty() || out.ends_with('_')) {
            continue;
        }
        if out.len() + c.len_utf8() > MAX_STEM_BYTES {
            break;
        }
        out.push(c);
    }
    let stem = out.trim_end_matches('_');
    if stem.is_empty() { fallback.to_string() } else { stem.to_string() }
}

#[cfg(test)]
mod stem_tests {
    use super::file_stem;

    #[test]
    fn stems_are_short_in_bytes_whatever_the_script() {
        assert_eq!(
            file_stem("198503152010012003-Siti Aminah, S.Pd.", "guru"),
            "198503152010012003-Siti_Aminah_S_Pd"
        );
        assert_eq!(file_stem("  ", "guru"), "guru");
        assert_eq!(file_stem("__a__b__", "x"), "a_b");
        // Javanese script: three bytes a character; an emoji name: four.
        for raw in ["ꦱꦶꦠꦶ".repeat(60), "😀".repeat(80), "a".repeat(500)] {
            let stem = file_stem(&raw, "guru");
            assert!(stem.len() <= 120 && !stem.is_empty(), "{} bytes", stem.len());
            assert!(raw.starts_with(&stem) || stem.chars().all(|c| c.is_alphanumeric() || c == '_'));
        }
    }
}
