//! Number fields (jam, konseli, PKB and penunjang credit, typed-in results): exact decimals
//! within bounds that keep every derived figure exact.

use super::{Field, FieldProblem};
use crate::exact::{Exact, int, parse_decimal};

/// Bounds of the numeric fields: the most decimal places and the largest value. Wider than
/// any real sheet (a week has 168 hours), and narrow enough that every figure derived from
/// them stays exact in 64-bit fractions and means something.
pub const NUMBER_BOUNDS: [(Field, u32, i64); 7] = [
    (Field::Jam, 2, 168),
    (Field::Konseli, 2, 100_000),
    (Field::AkPkb, 3, 100_000),
    (Field::AkPenunjang, 3, 100_000),
    (Field::ClaimedTotal, 6, 1_000_000),
    (Field::ClaimedNilai, 6, 1_000_000),
    (Field::ClaimedAk, 6, 1_000_000),
];

/// Reads a number field: a decimal, not negative (not zero when `positive`), within the
/// field's bounds.
pub(super) fn number(field: Field, text: &str, positive: bool) -> Result<Exact, FieldProblem> {
    let (decimals, max) = NUMBER_BOUNDS.iter().find(|b| b.0 == field).map_or((6, 1_000_000), |b| (b.1, b.2));
    // The common case without rational arithmetic: a whole number of a few digits (the hours).
    if text.len() <= 6 && text.bytes().all(|b| b.is_ascii_digit()) {
        let n = text.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
        if n > 0 || !positive {
            if n > max {
                return Err(FieldProblem::TooLarge { text: text.into(), max });
            }
            return Ok(int(n));
        }
    }
    let v = parse_decimal(text).map_err(|_| FieldProblem::NotANumber(text.into()))?;
    // Ratio keeps a positive denominator: the numerator's sign is the value's.
    match (*v.numer(), positive) {
        (n, true) if n <= 0 => return Err(FieldProblem::NotPositive(text.into())),
        (n, false) if n < 0 => return Err(FieldProblem::NotANumber(text.into())),
        _ => {}
    }
    if v > int(max) {
        return Err(FieldProblem::TooLarge { text: text.into(), max });
    }
    if crate::exact::decimal_places(v, decimals).is_none() {
        return Err(FieldProblem::TooPrecise { text: text.into(), decimals });
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The whole-number shortcut answers as the decimal reader does, bounds included.
        #[test]
        fn whole_numbers_read_as_decimals(text in "[0-9]{1,7}", f in 0usize..7, positive: bool) {
            let field = NUMBER_BOUNDS[f].0;
            let max = NUMBER_BOUNDS[f].2;
            let v: i64 = text.parse().unwrap();
            let want = if positive && v == 0 {
                Err(FieldProblem::NotPositive(text.clone()))
            } else if v > max {
                Err(FieldProblem::TooLarge { text: text.clone(), max })
            } else {
                Ok(parse_decimal(&text).unwrap())
            };
            prop_assert_eq!(number(field, &text, positive), want);
        }
    }
}
