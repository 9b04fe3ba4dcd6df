//! A form's signature block, put on by pkguru. Typst laid out a grid of cells ("Guru yang
//! dinilai", a dotted line, the name underlined, the NIP) three times a teacher: about a
//! quarter of the time spent on a teacher's lampiran. The preamble's `signs` now keeps the
//! block's place with an empty block as tall as typst's grid would be (the cells' heights
//! measured once, by the number of lines in their label) and leaves a mark
//! (`pkguru-sign`) where each cell goes; each cell is laid out once per run
//! (`stamp.rs`) and put there. A name or NIP too long for one line makes its cell taller
//! than measured: the run is typeset again with typst's own grid
//! (`stamp::REFIT`).

use typst::foundations::Value;
use typst::layout::Abs;

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
/// equal width, 8 mm apart; rows 9 mm apart, as tall as their tallest cell).
pub(super) fn preamble(heights: &[f64]) -> String {
    let heights: String = heights.iter().map(|h| format!("{h}pt,")).collect();
    format!(
        r#"#let sign-h = ({heights})
#let signs(items) = {{
  let lines = items.map(it => it.at(0).split("\n").len())
  if lines.any(l => l > sign-h.len()) {{ return signs-typst(items) }}
  let n = sign-cols(items.len())
  let w = (paper-w - 2 * margin-x - (n - 1) * 8mm) / n
  let (y, marks) = (0pt, ())
  for r in range(calc.ceil(items.len() / n)) {{
    let row = range(r * n, calc.min(items.len(), (r + 1) * n))
    for i in row {{
      let at = place(top + left, dx: (i - r * n) * (w + 8mm), dy: y, [#metadata((w, sign-h.at(lines.at(i) - 1), items.at(i))) <pkguru-sign>])
      marks.push(at)
    }}
    y += calc.max(..row.map(i => sign-h.at(lines.at(i) - 1))) + 9mm
  }}
  block(breakable: false, width: 100%, height: y - 9mm, marks.join())
}}
"#
    )
}

/// A cell's mark: its width, the height measured for it, and its label, name and NIP line.
/// The cell is laid out as wide as its longest line and centred in that width: each line is
/// centred as in typst's grid, and a cell names the teacher in 1B, 1C and 1D alike, columns
/// of two or three.
pub(super) struct Sign {
    pub width: Abs,
    pub height: Abs,
    pub cell: [String; 3],
}

impl Sign {
    pub fn of(value: &Value) -> Option<Sign> {
        let Value::Array(parts) = value else { return None };
        let [Value::Length(width), Value::Length(height), Value::Array(cell)] = parts.as_slice() else {
            return None;
        };
        let [Value::Str(label), Value::Str(name), Value::Str(nip)] = cell.as_slice() else {
            return None;
        };
        let cell = [label.to_string(), name.to_string(), nip.to_string()];
        Some(Sign { width: width.abs, height: height.abs, cell })
    }
}
