//! A form's two-column tables (label | value: Lampiran 1D's identity and results), put on by
//! pkguru. Typst laid out each table, cell by cell, for every teacher: about a third of the
//! time spent on 1D. When every row is one line, the table is as tall as its rows, measured
//! once; the preamble's `rows` keeps its place with an empty block that tall and leaves a
//! mark (`pkguru-rows`) with the labels and the values. The table without its values (the
//! same for every teacher) and each value are laid out once per run and put there
//! (`stamp.rs`). A label or value that does not fit one line has the run typeset again with
//! typst's own table (`stamp::REFIT`).

use typst::foundations::Value;
use typst::layout::Abs;

/// A cell's inset (the document's `set table(inset: (x: 4pt, y: 2.6pt))`), in pt.
pub(super) const INSET: (f64, f64) = (4.0, 2.6);

/// Markup that lays out a table of one row between the preamble's marks (`measured`), for
/// [`preamble`]'s row height.
pub(super) const MEASURE: &str = "#measured(rows-typst(((\"A\", \"B\"),), false))\n";

/// The fast `rows`, given the measured height (pt) of a row of one line. Bold values make a
/// taller row than the one measured: such a table is left to typst.
pub(super) fn preamble(row: f64) -> String {
    let (x, _) = INSET;
    format!(
        r#"#let rows(items, big) = {{
  if items.len() == 0 or big {{ return rows-typst(items, big) }}
  let w = paper-w - 2 * margin-x
  let it = ({row}pt, items.map(r => r.at(0)), items.map(r => r.at(1)), 0.42 * w + {x}pt, 0.58 * w - {}pt)
  block(below: 6pt, breakable: false, width: 100%, height: items.len() * {row}pt, place(top + left, [#metadata(it) <pkguru-rows>]))
}}
"#,
        2.0 * x
    )
}

/// A table's mark: the height of a row, the labels and the values, where a value begins (from
/// the table's left) and the room it has on one line.
pub(super) struct Rows {
    pub row: Abs,
    pub labels: Vec<String>,
    pub values: Vec<String>,
    pub x: Abs,
    pub room: Abs,
}

impl Rows {
    pub fn of(value: &Value) -> Option<Rows> {
        let Value::Array(parts) = value else { return None };
        let [
            Value::Length(row),
            Value::Array(labels),
            Value::Array(values),
            Value::Length(x),
            Value::Length(room),
        ] = parts.as_slice()
        else {
            return None;
        };
        let strings = |a: &typst::foundations::Array| {
            a.iter()
                .map(|v| match v {
                    Value::Str(s) => Some(s.to_string()),
                    _ => None,
                })
                .collect::<Option<Vec<String>>>()
        };
        let (labels, values) = (strings(labels)?, strings(values)?);
        (labels.len() == values.len() && !labels.is_empty()).then_some(Rows {
            row: row.abs,
            labels,
            values,
            x: x.abs,
            room: room.abs,
        })
    }

    /// The whole table's height when every row is one line.
    pub fn height(&self) -> Abs {
        self.row * self.labels.len() as f64
    }

    /// Each value that is not empty, with where its line begins (from the table's top left).
    pub fn values(&self) -> impl Iterator<Item = (&str, Abs, Abs)> + '_ {
        let top = Abs::pt(INSET.1);
        self.values
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.is_empty())
            .map(move |(k, v)| (v.as_str(), self.x, self.row * k as f64 + top))
    }

    /// The height of a value of one line.
    pub fn line(&self) -> Abs {
        self.row - Abs::pt(2.0 * INSET.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use typst::foundations::{Array, IntoValue, Str};
    use typst::layout::Length;

    fn mark(labels: &[&str], values: &[&str]) -> Value {
        let strs = |s: &[&str]| Value::Array(s.iter().map(|t| Value::Str(Str::from(*t))).collect::<Array>());
        let len = |pt: f64| Length::from(Abs::pt(pt)).into_value();
        let parts: Array =
            [len(11.0), strs(labels), strs(values), len(70.0), len(90.0)].into_iter().collect();
        Value::Array(parts)
    }

    #[test]
    fn each_value_goes_in_its_row_past_the_inset_and_an_empty_one_is_not_laid_out() {
        let rows = Rows::of(&mark(&["Nama", "NUPTK", "NIP"], &["Ani", "", "1985"])).unwrap();
        let at: Vec<(&str, f64, f64)> =
            rows.values().map(|(v, x, y)| (v, x.to_pt(), (y.to_pt() * 1e6).round() / 1e6)).collect();
        assert_eq!(at, [("Ani", 70.0, 2.6), ("1985", 70.0, 24.6)]);
        assert_eq!(rows.height().to_pt(), 33.0);
        // One line: 11 pt less the insets, at most 90 pt wide.
        assert_eq!((rows.line().to_pt(), rows.room.to_pt()), (11.0 - 5.2, 90.0));
    }

    #[test]
    fn a_mark_of_another_shape_is_no_table() {
        assert!(Rows::of(&mark(&["Nama"], &[])).is_none());
        assert!(Rows::of(&mark(&[], &[])).is_none());
        assert!(Rows::of(&Value::Int(1)).is_none());
    }
}
