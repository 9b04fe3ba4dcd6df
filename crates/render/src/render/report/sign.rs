//! A form's signature block, put on by pkguru. Typst laid out a grid of cells ("Guru yang
//! dinilai", a dotted line, the name underlined, the NIP) three times a teacher: about a
//! quarter of the time spent on a teacher's lampiran. The preamble's `signs` now keeps the
//! block's place with an empty block as tall as typst's grid would be (the cells' heights
//! measured once, by the number of lines in their label) and leaves a mark
//! (`pkguru-sign`) where each cell goes; each cell is laid out once per run
//! (`stamp.rs`) and put there. A cell wider than its column (a long name with its titles)
//! wraps there as in typst's grid: before a group of teachers is typeset, pkguru lays out
//! their cells, and a part whose cell is wider than its column gets that cell's height laid
//! out in the column's width ([`wraps`]); the cell is put there laid out so. Typesetting such a
//! teacher's run again with typst's own grid cost a quarter of a district's time when 40 % of
//! the names were that long. A cell that still comes out other than its place (a part typeset
//! without its cells known) has the run typeset again (`stamp::REFIT`).

use std::fmt::Write;

use typst::foundations::Value;
use typst::layout::{Abs, Frame};

use super::lit::lit;
use crate::render::blocks::{Block, Page};

/// A signature cell: its label, name and NIP line.
pub type Cell = [String; 3];

/// The most lines a signature's label has ("Mengetahui,\nKepala Sekolah") with a measured
/// height; a longer label is left to typst.
pub(super) const LINES: usize = 3;

/// Markup that lays out a cell with a label of 1, 2, … [`LINES`] lines between the preamble's
/// marks (`measured`), for [`preamble`]'s heights.
pub(super) fn measure() -> String {
    format!(
        "#for l in range(1, {}) {{ measured(sign-cell((range(l).map(_ => \"A\").join(\"\\n\"), \"B\", \"C\"))) }}\n",
        LINES + 1
    )
}

/// The fast `signs`, given the measured height (pt) of a cell whose label has 1, 2, …
/// lines. It places the cells as typst's grid does (`signs-typst`: `sign-cols` columns of
/// equal width, 8 mm apart; rows 9 mm apart, as tall as their tallest cell). A cell in
/// `wraps` (by [`key`]) is that tall, and marked as wrapping in its column.
pub(super) fn preamble(heights: &[f64]) -> String {
    let heights: String = heights.iter().map(|h| format!("{h}pt,")).collect();
    format!(
        r#"#let sign-h = ({heights})
#let signs(items, wraps: (:)) = {{
  let lines = items.map(it => it.at(0).split("\n").len())
  if lines.any(l => l > sign-h.len()) {{ return signs-typst(items) }}
  let n = sign-cols(items.len())
  let w = (paper-w - 2 * margin-x - (n - 1) * 8mm) / n
  let wrap = items.map(it => wraps.at(str(items.len()) + "\u{{1f}}" + it.join("\u{{1f}}"), default: none))
  let h = range(items.len()).map(i => if wrap.at(i) == none {{ sign-h.at(lines.at(i) - 1) }} else {{ wrap.at(i) }})
  let (y, marks) = (0pt, ())
  for r in range(calc.ceil(items.len() / n)) {{
    let row = range(r * n, calc.min(items.len(), (r + 1) * n))
    for i in row {{
      let at = place(top + left, dx: (i - r * n) * (w + 8mm), dy: y, [#metadata((w, h.at(i), items.at(i), wrap.at(i) != none)) <pkguru-sign>])
      marks.push(at)
    }}
    y += calc.max(..row.map(i => h.at(i))) + 9mm
  }}
  block(breakable: false, width: 100%, height: y - 9mm, marks.join())
}}
"#
    )
}

/// A signature block's columns for `n` cells (the preamble's `sign-cols`).
fn cols(n: usize) -> usize {
    if n == 4 { 2 } else { n.clamp(1, 3) }
}

/// The width of a column of a signature block of `n` cells, 8 mm apart (as `signs`).
pub(super) fn column(text_width: Abs, n: usize) -> Abs {
    let c = cols(n) as f64;
    (text_width - Abs::mm(8.0) * (c - 1.0)) / c
}

/// How `signs` finds a cell in its `wraps`: the block's number of cells (its columns' width)
/// and the cell's lines.
pub(super) fn key(n: usize, cell: &Cell) -> String {
    format!("{n}\u{1f}{}\u{1f}{}\u{1f}{}", cell[0], cell[1], cell[2])
}

/// The signature blocks of a page, each a list of cells.
pub(super) fn blocks(page: &Page<'_>) -> Vec<Vec<Cell>> {
    let cells = |s: &[(String, String, String)]| {
        s.iter().map(|(a, b, c)| [a.clone(), b.clone(), c.clone()]).collect()
    };
    page.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Signatures(s) => Some(cells(s)),
            _ => None,
        })
        .collect()
}

/// The markup that gives a part's `signs` the heights of its cells that wrap in their
/// columns: `wide` are those cells (by [`key`]), each laid out in its column's width.
pub(super) fn wraps(wide: &[(String, Frame)]) -> String {
    if wide.is_empty() {
        return String::new();
    }
    let mut out = String::from("#let signs = signs.with(wraps: (");
    for (key, frame) in wide {
        let _ = write!(out, "{}: {}pt, ", lit(key), frame.height().to_pt());
    }
    out.push_str("))\n");
    out
}

/// A cell's mark: its width, the height measured for it, its label, name and NIP line, and
/// whether it wraps in that width. The cell is laid out as wide as its longest line and
/// centred in that width: each line is centred as in typst's grid, and a cell names the
/// teacher in 1B, 1C and 1D alike, columns of two or three. A cell that wraps is laid out in
/// the column's width.
pub(super) struct Sign {
    pub width: Abs,
    pub height: Abs,
    pub cell: Cell,
    pub wraps: bool,
}

impl Sign {
    pub fn of(value: &Value) -> Option<Sign> {
        let Value::Array(parts) = value else { return None };
        let [Value::Length(width), Value::Length(height), Value::Array(cell), Value::Bool(wraps)] =
            parts.as_slice()
        else {
            return None;
        };
        let [Value::Str(label), Value::Str(name), Value::Str(nip)] = cell.as_slice() else {
            return None;
        };
        let cell = [label.to_string(), name.to_string(), nip.to_string()];
        Some(Sign { width: width.abs, height: height.abs, cell, wraps: *wraps })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use typst::layout::Size;

    #[test]
    fn columns_as_the_preamble_s_sign_cols() {
        assert_eq!([1, 2, 3, 4, 5, 6].map(cols), [1, 2, 3, 2, 3, 3]);
        let w = column(Abs::pt(500.0), 3);
        assert!((w.to_pt() - (500.0 - 2.0 * Abs::mm(8.0).to_pt()) / 3.0).abs() < 1e-9);
        assert_eq!(column(Abs::pt(500.0), 1), Abs::pt(500.0));
    }

    #[test]
    fn a_block_s_cells_and_the_heights_of_those_that_wrap() {
        let signs = vec![
            ("Guru".into(), "Ani".into(), "NIP 1".into()),
            ("Penilai".into(), "…".into(), "NIP …".into()),
        ];
        let page =
            Page { kind: "lampiran-1d", blocks: vec![Block::H2("x".into()), Block::Signatures(signs)] };
        let cells = blocks(&page);
        assert_eq!(cells.len(), 1);
        assert_eq!(cells[0][1], ["Penilai", "…", "NIP …"].map(String::from));
        // The key holds the block's size (its columns' width) and every line.
        assert_eq!(key(2, &cells[0][0]), "2\u{1f}Guru\u{1f}Ani\u{1f}NIP 1");
        assert_ne!(key(3, &cells[0][0]), key(2, &cells[0][0]));
        assert_eq!(wraps(&[]), "");
        let tall = Frame::hard(Size::new(Abs::pt(40.0), Abs::pt(31.5)));
        assert_eq!(
            wraps(&[(key(2, &cells[0][0]), tall)]),
            "#let signs = signs.with(wraps: (\"2\u{1f}Guru\u{1f}Ani\u{1f}NIP 1\": 31.5pt, ))\n"
        );
    }
}
