//! Lampiran 1C's chart of the competency values, put on by pkguru. Each row ("K3", a bar of
//! value 1 to 4, the value) is the same for every teacher with that value there, so the
//! preamble lays out each possible row once (`kbar-14`, 14 competencies × 4 values); a
//! teacher's chart is an empty block as tall as typst's grid would be and one mark
//! (`pkguru-bars`) with the values, and pkguru puts the rows there (`stamp.rs`). Typst laid
//! the grid out for every teacher: about a sixth of the time spent on a teacher's lampiran.

use typst::foundations::Value;
use typst::layout::Abs;

/// Markup that lays out one row of the chart between the preamble's marks (`measured`), for
/// [`preamble`]'s row height.
pub(super) const MEASURE: &str = "#measured(kbar-row(1, 0, 1))\n";

/// The rows of a chart of `n` competencies (`kbar-<n>`, row `k` of value `v` at `4k + v - 1`)
/// for each `n` of `counts`, and the fast `kbars`, given the measured height of a row (pt).
/// A chart of another length is left to typst (`kbars-typst`).
pub(super) fn preamble(row: f64, counts: &[usize]) -> String {
    let mut out = String::new();
    for n in counts {
        out.push_str(&format!(
            "#let kbar-{n} = range({n}).map(k => range(1, 5).map(v => kbar-row({n}, k, v))).flatten()\n"
        ));
    }
    let counts: String = counts.iter().map(|n| format!("{n},")).collect();
    out.push_str(&format!(
        r#"#let kbars(values) = {{
  let n = values.len()
  if n not in ({counts}) or values.any(v => v not in (1, 2, 3, 4)) {{ return kbars-typst(values) }}
  block(breakable: false, width: 100%, height: n * {row}pt + (n - 1) * 3pt,
    place(top + left, [#metadata((n, {row}pt + 3pt, values)) <pkguru-bars>]))
}}
"#
    ));
    out
}

/// A chart's mark: its rows, each `step` below the one before, and the value of each.
pub(super) struct Bars {
    pub step: Abs,
    pub values: Vec<u8>,
}

impl Bars {
    pub fn of(value: &Value) -> Option<Bars> {
        let Value::Array(parts) = value else { return None };
        let [Value::Int(n), Value::Length(step), Value::Array(values)] = parts.as_slice() else {
            return None;
        };
        let values = values
            .iter()
            .map(|v| match v {
                Value::Int(v @ 1..=4) => u8::try_from(*v).ok(),
                _ => None,
            })
            .collect::<Option<Vec<u8>>>()?;
        (usize::try_from(*n).ok() == Some(values.len())).then_some(Bars { step: step.abs, values })
    }

    /// Each row's preamble expression and its offset from the chart's top.
    pub fn rows(&self) -> impl Iterator<Item = (String, Abs)> + '_ {
        let n = self.values.len();
        self.values.iter().enumerate().map(move |(k, v)| {
            (format!("kbar-{n}.at({})", 4 * k + usize::from(*v) - 1), self.step * k as f64)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use typst::foundations::{Array, IntoValue};
    use typst::layout::Length;

    fn mark(n: i64, values: &[i64]) -> Value {
        let values: Array = values.iter().map(|v| Value::Int(*v)).collect();
        let parts: Array = [Value::Int(n), Length::from(Abs::pt(11.5)).into_value(), Value::Array(values)]
            .into_iter()
            .collect();
        Value::Array(parts)
    }

    #[test]
    fn each_row_is_its_value_s_row_one_step_below_the_last() {
        let bars = Bars::of(&mark(3, &[2, 4, 1])).unwrap();
        let rows: Vec<(String, f64)> = bars.rows().map(|(t, dy)| (t, dy.to_pt())).collect();
        assert_eq!(
            rows,
            [("kbar-3.at(1)".into(), 0.0), ("kbar-3.at(7)".into(), 11.5), ("kbar-3.at(8)".into(), 23.0)]
        );
    }

    #[test]
    fn a_value_out_of_1_to_4_or_a_wrong_count_is_no_chart() {
        assert!(Bars::of(&mark(2, &[0, 1])).is_none());
        assert!(Bars::of(&mark(2, &[1, 5])).is_none());
        assert!(Bars::of(&mark(3, &[1, 2])).is_none());
        assert!(Bars::of(&Value::Int(1)).is_none());
    }

    #[test]
    fn the_preamble_has_the_rows_of_each_length() {
        let pre = preamble(11.5, &[14, 17]);
        assert!(pre.contains("#let kbar-14 = range(14)") && pre.contains("#let kbar-17 = range(17)"));
        assert!(pre.contains("n not in (14,17,)") && pre.contains("n * 11.5pt + (n - 1) * 3pt"), "{pre}");
    }
}
