//! The happy-path twin of `WideLayout::parse_row` for quote-free lines: fields are found
//! eight bytes at a time and handled in column order in the same pass, without storing
//! their bounds. Anything unusual (a malformed cell, a short row, an ambiguous jenis) returns
//! `None`, and the caller re-reads the line with `parse_row`, which words the problems. The
//! batch tests check both paths give the same rekap for every generated teacher.

use crate::core::instrument::Jenis;
use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};

use super::WideLayout;

const NONE: u32 = u32::MAX;

/// What a column holds.
#[derive(Debug, Clone, Copy)]
enum Role {
    Ignore,
    Field(Field),
    Jenis,
    /// An indicator of both instruments, with its slot in each.
    Both(u32, u32),
    /// An indicator of one instrument only (index 0 kelas, 1 BK), with its slot.
    One(usize, u32),
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
#[derive(Debug, Default)]
pub struct SinglePassScratch {
    scores: [Vec<Score>; 2],
}

impl SinglePassScratch {
    /// The scores of the row just parsed, for its instrument.
    pub fn scores(&self, jenis: Jenis) -> &[Score] {
        &self.scores[jenis.index()]
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
            roles[col] = match *s {
                [NONE, NONE] => continue,
                [k, NONE] => Role::One(0, k),
                [NONE, b] => Role::One(1, b),
                [k, b] => Role::Both(k, b),
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
        // header, no blank score), so the buffers need sizing, not clearing.
        for (j, s) in scratch.scores.iter_mut().enumerate() {
            if s.len() != self.counts[j] {
                s.resize(self.counts[j], Score::default());
            }
        }
        let mut seen = Seen::default();
        // The same SWAR scan as `scan::split::try_fields`, written out: going through that
        // closure-taking helper measured ~15 % slower on this, the hottest loop.
        let mut col = 0;
        let mut start = 0;
        const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
        let pattern = u64::from_le_bytes([delimiter; 8]);
        let mut words = line.chunks_exact(8);
        let mut base = 0;
        for word in &mut words {
            let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8])) ^ pattern;
            let mut zero = !(((x & LOW7) + LOW7) | x | LOW7);
            while zero != 0 {
                let end = base + (zero.trailing_zeros() / 8) as usize;
                self.field(col, &line[start..end], scratch, teacher, &mut seen)?;
                col += 1;
                start = end + 1;
                zero &= zero - 1;
            }
            base += 8;
        }
        for (i, &b) in words.remainder().iter().enumerate() {
            if b == delimiter {
                self.field(col, &line[start..base + i], scratch, teacher, &mut seen)?;
                col += 1;
                start = base + i + 1;
            }
        }
        self.field(col, &line[start..], scratch, teacher, &mut seen)?;
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

    #[inline(always)]
    fn field<'r>(
        &self,
        col: usize,
        cell: &'r [u8],
        scratch: &mut SinglePassScratch,
        teacher: &mut Teacher<&'r str>,
        seen: &mut Seen<'r>,
    ) -> Option<()> {
        let Some(role) = self.roles.get(col) else {
            // Past the header: only empty cells are acceptable.
            return cell.trim_ascii().is_empty().then_some(());
        };
        match *role {
            Role::Ignore => {}
            Role::Jenis => {
                let t = cell.trim_ascii();
                if !t.is_empty() {
                    seen.jenis = Some(t);
                }
            }
            Role::Field(f) => {
                if !cell.trim_ascii().is_empty() {
                    teacher.set(f, std::str::from_utf8(cell).ok()?).ok()?;
                }
            }
            Role::Both(k, b) => match cell {
                [d @ b'0'..=b'2'] => {
                    let score = Score::new(d - b'0')?;
                    scratch.scores[0][k as usize] = score;
                    scratch.scores[1][b as usize] = score;
                }
                [] => seen.blank = [true, true],
                _ => return None,
            },
            Role::One(j, slot) => match cell {
                [d @ b'0'..=b'2'] => {
                    scratch.scores[j][slot as usize] = Score::new(d - b'0')?;
                    seen.extra[1 - j] = true; // a value in a column the other instrument lacks
                }
                [] => seen.blank[j] = true,
                _ => return None,
            },
        }
        Some(())
    }
}
