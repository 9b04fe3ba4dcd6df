//! The happy-path twin of `WideLayout::parse_row` for quote-free lines: one pass over the
//! line in column order, without storing field bounds. A score column is read as what it
//! nearly always is, one digit or nothing before the delimiter; text columns are found with
//! `memchr`. Anything unusual (a malformed or padded cell, a short row, an ambiguous jenis)
//! returns `None`, and the caller re-reads the line with `parse_row`, which words the
//! problems. A property test checks both paths agree on every line the fast one accepts.

use crate::core::instrument::Jenis;
use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};

use super::WideLayout;

const NONE: u32 = u32::MAX;

/// Score slots per instrument the scratch holds: more than any instrument can have
/// (`MAX_COMPETENCIES` × 255 indicators), a power of two so masked indices need no checks.
const SLOTS: usize = 8192;
const _: () = assert!(crate::core::instrument::MAX_COMPETENCIES * 255 < SLOTS);

/// What a column holds.
#[derive(Debug, Clone, Copy)]
enum Role {
    Ignore,
    Field(Field),
    Jenis,
    /// An indicator of both instruments, with its slot in each.
    Both(u16, u16),
    /// An indicator of one instrument only (index 0 kelas, 1 BK), with its slot.
    One(u8, u16),
}

/// A header compiled for the single-pass reader of quote-free lines.
#[derive(Debug, Clone)]
pub struct SinglePass {
    roles: Vec<Role>,
    width: usize,
    counts: [usize; 2],
    complete: [bool; 2],
    forced: Option<Jenis>,
}

/// Per-thread score buffers, one per instrument.
#[derive(Debug)]
pub struct SinglePassScratch {
    scores: Box<[[Score; SLOTS]; 2]>,
    counts: [usize; 2],
}

impl Default for SinglePassScratch {
    fn default() -> Self {
        SinglePassScratch { scores: Box::new([[Score::default(); SLOTS]; 2]), counts: [0; 2] }
    }
}

impl SinglePassScratch {
    /// The scores of the row just parsed, for its instrument.
    pub fn scores(&self, jenis: Jenis) -> &[Score] {
        let j = jenis.index();
        &self.scores[j][..self.counts[j].min(SLOTS)]
    }
}

impl WideLayout {
    /// Compiles the header for [`SinglePass::parse`].
    pub fn single_pass(&self) -> SinglePass {
        let mut roles = vec![Role::Ignore; self.width];
        for &(col, f) in &self.fields {
            roles[col] = if f == Field::Jenis { Role::Jenis } else { Role::Field(f) };
        }
        let mut slots = vec![[NONE; 2]; self.width];
        for (j, map) in self.maps.iter().enumerate() {
            for (slot, &col) in map.cols.iter().enumerate() {
                if col != usize::MAX {
                    slots[col][j] = slot as u32;
                }
            }
        }
        for (col, s) in slots.iter().enumerate() {
            // Slots are below SLOTS (asserted above), so they fit in u16.
            roles[col] = match *s {
                [NONE, NONE] => continue,
                [k, NONE] => Role::One(0, k as u16),
                [NONE, b] => Role::One(1, b as u16),
                [k, b] => Role::Both(k as u16, b as u16),
            };
        }
        SinglePass {
            roles,
            width: self.width,
            counts: [self.maps[0].cols.len(), self.maps[1].cols.len()],
            complete: [self.maps[0].missing.is_empty(), self.maps[1].missing.is_empty()],
            forced: self.forced,
        }
    }
}

/// Flags gathered while reading a line.
#[derive(Default)]
struct Seen<'r> {
    jenis: Option<&'r [u8]>,
    blank: [bool; 2],
    extra: [bool; 2],
}

impl SinglePass {
    /// Reads a well-formed line; `None` means "use `parse_row`".
    pub fn parse<'r>(
        &self,
        line: &'r [u8],
        delimiter: u8,
        scratch: &mut SinglePassScratch,
        teacher: &mut Teacher<&'r str>,
    ) -> Option<Jenis> {
        // Every slot of the chosen instrument is written before a row is accepted (complete
        // header, no blank score), so the buffers need no clearing.
        scratch.counts = self.counts;
        let scores = &mut *scratch.scores;
        let mut seen = Seen::default();
        let n = line.len();
        let mut pos = 0;
        let mut col = 0;
        let mut roles = self.roles.iter();
        loop {
            let end = match roles.next() {
                Some(&Role::Both(k, b)) => {
                    let (end, score) = short_cell(line, pos, delimiter)?;
                    match score {
                        Some(s) => {
                            scores[0][usize::from(k) & (SLOTS - 1)] = s;
                            scores[1][usize::from(b) & (SLOTS - 1)] = s;
                        }
                        None => seen.blank = [true, true],
                    }
                    end
                }
                Some(&Role::One(j, slot)) => {
                    let j = usize::from(j & 1);
                    let (end, score) = short_cell(line, pos, delimiter)?;
                    match score {
                        Some(s) => {
                            scores[j][usize::from(slot) & (SLOTS - 1)] = s;
                            seen.extra[1 - j] = true; // a value in a column the other instrument lacks
                        }
                        None => seen.blank[j] = true,
                    }
                    end
                }
                role => {
                    let end = memchr::memchr(delimiter, &line[pos..]).map_or(n, |i| pos + i);
                    text_cell(role.copied(), &line[pos..end], teacher, &mut seen)?;
                    end
                }
            };
            if end >= n {
                break;
            }
            pos = end + 1;
            col += 1;
        }
        if col + 1 < self.width {
            return None;
        }
        let stated = match seen.jenis {
            Some(cell) => Some(std::str::from_utf8(cell).ok()?.parse::<Jenis>().ok()?),
            None => None,
        };
        let fits = |j: Jenis| self.complete[j.index()] && !seen.extra[j.index()];
        let jenis = match (stated, self.forced) {
            (Some(s), Some(f)) if s != f => return None,
            (Some(j), _) | (None, Some(j)) => j,
            (None, None) => match (fits(Jenis::Kelas), fits(Jenis::Bk)) {
                (true, false) => Jenis::Kelas,
                (false, true) => Jenis::Bk,
                _ => return None,
            },
        };
        let j = jenis.index();
        if !self.complete[j] || seen.blank[j] || seen.extra[j] {
            return None;
        }
        teacher.jenis = Some(jenis);
        Some(jenis)
    }
}

/// A score cell at `pos`: empty, or one digit 0–2, then the delimiter or the line's end.
/// Returns where the cell ends and its score (`None`: blank); `None` for anything else.
#[inline(always)]
fn short_cell(line: &[u8], pos: usize, delimiter: u8) -> Option<(usize, Option<Score>)> {
    match line.get(pos) {
        None => Some((pos, None)),
        Some(&c) if c == delimiter => Some((pos, None)),
        Some(&c @ b'0'..=b'2') => match line.get(pos + 1) {
            None => Some((pos + 1, Score::new(c - b'0'))),
            Some(&d) if d == delimiter => Some((pos + 1, Score::new(c - b'0'))),
            _ => None,
        },
        _ => None,
    }
}

/// A text column: an identity field, the jenis, an ignored column, or one past the header
/// (which must be blank).
#[inline(always)]
fn text_cell<'r>(
    role: Option<Role>,
    cell: &'r [u8],
    teacher: &mut Teacher<&'r str>,
    seen: &mut Seen<'r>,
) -> Option<()> {
    match role {
        None => cell.trim_ascii().is_empty().then_some(()),
        Some(Role::Jenis) => {
            let t = cell.trim_ascii();
            if !t.is_empty() {
                seen.jenis = Some(t);
            }
            Some(())
        }
        Some(Role::Field(f)) => {
            if !cell.trim_ascii().is_empty() {
                teacher.set(f, std::str::from_utf8(cell).ok()?).ok()?;
            }
            Some(())
        }
        Some(Role::Ignore | Role::Both(..) | Role::One(..)) => Some(()),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::scan::split::Splitter;
    use crate::sheet::wide::{RowOutcome, template_header};
    use crate::sheet::{Instruments, ReadOptions};

    /// Cells a spreadsheet or a person may leave in a score column.
    const ODD_SCORES: [&str; 8] = ["", "0", "1", "2", "3", " 1", "12", "x"];
    /// Values for the identity columns, valid and not.
    const IDENTITY: [&str; 14] = [
        "",
        "Siti",
        " A ",
        "kelas",
        "bk",
        "KELAS",
        "guru",
        "III/c",
        "3c",
        "III/e",
        "24",
        "0",
        "18.5",
        "wali-kelas",
    ];

    fn header() -> Vec<String> {
        template_header(&[Jenis::Kelas, Jenis::Bk])
    }

    /// A row: a valid teacher of one instrument, then some cells replaced by odd ones, and
    /// sometimes cut short or padded.
    fn rows() -> impl Strategy<Value = (Vec<String>, bool)> {
        let width = header().len();
        (
            any::<bool>(),
            proptest::collection::vec(0u8..3, width),
            proptest::collection::vec((0..width, 0usize..22), 0..4),
            prop_oneof![Just(0i8), Just(0i8), Just(-1i8), Just(1i8)],
        )
            .prop_map(move |(bk, digits, edits, extra)| {
                let jenis = if bk { Jenis::Bk } else { Jenis::Kelas };
                let inst = crate::core::instrument::Instrument::embedded(jenis);
                let pristine = edits.is_empty() && extra == 0;
                let mut row: Vec<String> = header()
                    .iter()
                    .zip(&digits)
                    .map(|(h, d)| match crate::core::instrument::IndicatorId::parse(h) {
                        Some(id) if inst.slot(id).is_some() => d.to_string(),
                        Some(_) => String::new(),
                        None if h == "jenis" && *d == 0 => jenis.code().to_string(),
                        None if h == "nama" => "Guru".to_string(),
                        None => String::new(),
                    })
                    .collect();
                for (col, pick) in edits {
                    row[col] = if pick < ODD_SCORES.len() {
                        ODD_SCORES[pick].to_string()
                    } else {
                        IDENTITY[pick - ODD_SCORES.len()].to_string()
                    };
                }
                match extra {
                    -1 => {
                        row.pop();
                    }
                    1 => row.push(String::new()),
                    _ => {}
                }
                (row, pristine)
            })
    }

    proptest! {
        /// Whenever the single-pass reader accepts a line, the general reader reads the same
        /// teacher, instrument and scores from it.
        #[test]
        fn single_pass_agrees_with_the_general_reader((row, pristine) in rows()) {
            let header = csv::ByteRecord::from(header());
            let instruments = Instruments::default();
            let layout = WideLayout::new(&header, 1, ReadOptions::default(), &instruments);
            prop_assert!(layout.header_problems.is_empty());
            let plan = layout.single_pass();
            let line = row.join(",");
            let mut scratch = SinglePassScratch::default();
            let mut fast_teacher = Teacher::default();
            let fast = plan.parse(line.as_bytes(), b',', &mut scratch, &mut fast_teacher);
            let mut splitter = Splitter::default();
            let cells = splitter.split(line.as_bytes(), b',');
            let (mut scores, mut problems, mut teacher) = (Vec::new(), Vec::new(), Teacher::default());
            let general = layout.parse_row(&cells, 2, &mut scores, &mut teacher, &mut problems);
            if let Some(jenis) = fast {
                prop_assert!(matches!(general, RowOutcome::Teacher { jenis: j } if j == jenis), "{general:?} {problems:?}");
                prop_assert_eq!(scratch.scores(jenis), &scores[..]);
                prop_assert_eq!(fast_teacher, teacher);
            } else {
                // A valid teacher written plainly always takes the fast path.
                prop_assert!(!pristine, "fast path refused {line}");
            }
        }
    }
}
