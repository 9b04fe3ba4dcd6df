//! Exact rational arithmetic for every rule, and the one place numbers are rounded for display.
//!
//! Scores, scaled values and angka kredit are kept as `Exact` (a reduced fraction of `i64`); the
//! magnitudes involved (at most a few thousand over small denominators) never come near overflow.

use num_traits::{ToPrimitive, Zero};

/// An exact rational number.
pub type Exact = num_rational::Ratio<i64>;

/// Builds `n / d` exactly.
pub fn ratio(n: i64, d: i64) -> Exact {
    Exact::new(n, d)
}

/// Builds an integer value.
pub fn int(n: i64) -> Exact {
    Exact::from_integer(n)
}

/// The value as `f64`, for JSON numbers (full precision of a double).
pub fn to_f64(x: Exact) -> f64 {
    // Dividing the two integers once gives the correctly rounded double for our magnitudes.
    x.numer().to_f64().unwrap_or(f64::NAN) / x.denom().to_f64().unwrap_or(f64::NAN)
}

/// The most decimal places [`round_scaled`] takes: `i64::MAX × 10^18` still fits in 128 bits.
pub const MAX_DECIMALS: u32 = 18;

/// Rounds half away from zero to `decimals` places (at most [`MAX_DECIMALS`]) and returns the
/// scaled integer (e.g. 39/56 × 100 at 2 places → 6964, meaning 69.64). Computed in 128 bits,
/// so it cannot overflow whatever the value.
pub fn round_scaled(x: Exact, decimals: u32) -> i128 {
    let scale = 10i128.pow(decimals.min(MAX_DECIMALS));
    let numer = i128::from(*x.numer()) * scale;
    let denom = i128::from(*x.denom());
    let (q, r) = (numer.abs() / denom, numer.abs() % denom);
    let mag = if 2 * r >= denom { q + 1 } else { q };
    if numer < 0 { -mag } else { mag }
}

/// Rounds half-up to a whole number (saturating at the ends of `i64`).
pub fn round_int(x: Exact) -> i64 {
    let n = round_scaled(x, 0);
    i64::try_from(n).unwrap_or(if n < 0 { i64::MIN } else { i64::MAX })
}

/// Formats with exactly `decimals` places, half-up, using `sep` as the decimal separator.
pub fn fixed(x: Exact, decimals: u32, sep: char) -> String {
    let mut out = String::new();
    push_fixed(&mut out, x, decimals, sep);
    out
}

/// Appends the fixed-point form of `x` to `out` (see [`fixed`]).
pub fn push_fixed(out: &mut String, x: Exact, decimals: u32, sep: char) {
    use std::fmt::Write;
    let _ = write!(out, "{}", Fixed(x, decimals, sep));
}

/// `x` with exactly `decimals` places, half-up, as a `Display` value that formats without
/// allocating (for the batch hot path and JSON via `collect_str`).
#[derive(Debug, Clone, Copy)]
pub struct Fixed(pub Exact, pub u32, pub char);

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Fixed(x, decimals, sep) = *self;
        let n = round_scaled(x, decimals);
        if n < 0 {
            f.write_str("-")?;
        }
        let n = n.unsigned_abs();
        let scale = 10u128.pow(decimals.min(MAX_DECIMALS));
        write!(f, "{}", n / scale)?;
        if decimals > 0 {
            write!(f, "{sep}{:0width$}", n % scale, width = decimals as usize)?;
        }
        Ok(())
    }
}

impl serde::Serialize for Fixed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The exact value as its finite decimal (up to 12 places) or as `n/d`, without allocating.
#[derive(Debug, Clone, Copy)]
pub struct Exactly(pub Exact, pub char);

impl std::fmt::Display for Exactly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match decimal_places(self.0, 12) {
            Some(d) => Fixed(self.0, d, self.1).fmt(f),
            None => write!(f, "{}/{}", self.0.numer(), self.0.denom()),
        }
    }
}

impl serde::Serialize for Exactly {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The exact value as text: its finite decimal (up to 12 places), else `n/d`.
pub fn exact_text(x: Exact, sep: char) -> String {
    Exactly(x, sep).to_string()
}

/// Reads back what [`exact_text`] writes (`22.78125`, `22,78125`, `1425/17`).
pub fn parse_exact_text(s: &str) -> Option<Exact> {
    match s.split_once('/') {
        Some((n, d)) => Some(ratio(n.trim().parse().ok()?, d.trim().parse().ok().filter(|d: &i64| *d != 0)?)),
        None => parse_decimal(s).ok(),
    }
}

/// Formats the shortest exact decimal form when the value has a finite one of at most
/// `max_decimals` places (25.3125 → "25.3125"), otherwise `None` (e.g. 1/3).
pub fn exact_decimal(x: Exact, max_decimals: u32, sep: char) -> Option<String> {
    decimal_places(x, max_decimals).map(|d| fixed(x, d, sep))
}

/// The number of decimal places of `x`'s finite decimal form, if at most `max_decimals`.
pub fn decimal_places(x: Exact, max_decimals: u32) -> Option<u32> {
    let mut p = 1i64;
    for d in 0..=max_decimals {
        if p % x.denom() == 0 {
            return Some(d);
        }
        p = p.checked_mul(10)?;
    }
    None
}

/// An angka kredit for people: 3 decimals, half-up, wherever it is printed (PAK documents
/// print 3; Permenneg PAN-RB 16/2009 lampiran). The exact value is kept beside it where the
/// rounding hides something.
pub fn ak_text(x: Exact, sep: char) -> String {
    fixed(x, 3, sep)
}

/// Formats a value for people: its exact decimal when short (≤ 4 places), else `decimals` places.
pub fn human(x: Exact, decimals: u32, sep: char) -> String {
    exact_decimal(x, 4, sep).unwrap_or_else(|| fixed(x, decimals, sep))
}

/// Why a decimal number could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecimalError {
    /// Not a number in the accepted forms (the text, trimmed).
    #[error("not a number: {0:?}")]
    NotANumber(String),
}

/// Parses a decimal number written with a decimal comma or point (`69,64`, `69.64`, `24`).
/// Thousands separators are not accepted: in Indonesian `1.234` and `1,234` would be ambiguous.
pub fn parse_decimal(text: &str) -> Result<Exact, DecimalError> {
    let t = text.trim();
    let err = || DecimalError::NotANumber(t.to_string());
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (int_part, frac_part) = match body.find([',', '.']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty() || !all_digits(int_part) || !all_digits(frac_part) {
        return Err(err());
    }
    if body.contains([',', '.']) && frac_part.is_empty() {
        return Err(err());
    }
    if int_part.len() + frac_part.len() > 15 {
        return Err(err());
    }
    // No allocation: this runs per row in batch scoring (jam, konseli).
    let digits = int_part.bytes().chain(frac_part.bytes()).fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    let denom = 10i64.pow(frac_part.len() as u32);
    // Whole numbers (the usual jam/konseli) skip the gcd reduction.
    let v = if denom == 1 { int(digits) } else { ratio(digits, denom) };
    Ok(if neg && !v.is_zero() { -v } else { v })
}

#[cfg(test)]
mod tests {
    #[test]
    fn exact_text_reads_back() {
        for x in [ratio(1425, 17), ratio(729, 32), int(0), ratio(-7, 3)] {
            assert_eq!(parse_exact_text(&exact_text(x, '.')), Some(x));
            assert_eq!(parse_exact_text(&exact_text(x, ',')), Some(x));
        }
        assert_eq!(parse_exact_text("1/0"), None);
        assert_eq!(parse_exact_text("x"), None);
    }

    use super::*;

    #[test]
    fn rounds_half_up_for_display() {
        assert_eq!(fixed(ratio(3900, 56), 2, '.'), "69.64");
        assert_eq!(fixed(ratio(5000, 56), 2, ','), "89,29");
        assert_eq!(fixed(ratio(13125, 1000), 2, '.'), "13.13");
        assert_eq!(fixed(ratio(7875, 1000), 2, ','), "7,88");
        assert_eq!(fixed(ratio(253125, 10000), 3, '.'), "25.313");
        assert_eq!(fixed(ratio(105, 10), 3, ','), "10,500");
        assert_eq!(fixed(ratio(-1, 8), 2, '.'), "-0.13");
        assert_eq!(fixed(int(0), 2, '.'), "0.00");
        assert_eq!(fixed(ratio(1, 200), 2, '.'), "0.01");
        assert_eq!(round_int(ratio(5000, 56)), 89);
        assert_eq!(round_int(ratio(121, 2)), 61);
    }

    /// Display rounding never overflows, however large the numerator or denominator.
    #[test]
    fn display_rounding_is_exact_at_the_extremes() {
        let big = ratio(i64::MAX, 1);
        assert_eq!(fixed(big, 2, '.'), "9223372036854775807.00");
        assert_eq!(fixed(-big, 3, ','), "-9223372036854775807,000");
        assert_eq!(fixed(ratio(i64::MAX, 3), 2, '.'), "3074457345618258602.33");
        assert_eq!(fixed(ratio(1, i64::MAX), 2, '.'), "0.00");
        assert_eq!(fixed(ratio(320_000_000_000_000, 1), 2, ','), "320000000000000,00");
        assert_eq!(round_int(ratio(i64::MAX, 1)), i64::MAX);
        assert_eq!(round_int(ratio(i64::MIN + 1, 1)), i64::MIN + 1);
        assert_eq!(round_scaled(ratio(5, 8), 2), 63);
        assert_eq!(round_scaled(ratio(-5, 8), 2), -63);
    }

    #[test]
    fn exact_text_forms() {
        assert_eq!(exact_text(ratio(253125, 10000), '.'), "25.3125");
        assert_eq!(exact_text(ratio(3900, 56), '.'), "975/14");
        assert_eq!(exact_text(ratio(-5, 2), ','), "-2,5");
    }

    #[test]
    fn exact_decimals_when_short() {
        assert_eq!(exact_decimal(ratio(253125, 10000), 4, '.').as_deref(), Some("25.3125"));
        assert_eq!(exact_decimal(int(29), 4, '.').as_deref(), Some("29"));
        assert_eq!(exact_decimal(ratio(1, 3), 4, '.'), None);
        assert_eq!(human(ratio(25, 12), 3, ','), "2,083");
    }

    #[test]
    fn parses_decimal_comma_and_point() {
        assert_eq!(parse_decimal("69,64").unwrap(), ratio(6964, 100));
        assert_eq!(parse_decimal("69.64").unwrap(), ratio(6964, 100));
        assert_eq!(parse_decimal(" 24 ").unwrap(), int(24));
        assert_eq!(parse_decimal("-1,5").unwrap(), ratio(-3, 2));
        for bad in ["", "dua", "1,2,3", "1.", ",5", "1e3", "12 3", "99999999999999999999"] {
            assert!(parse_decimal(bad).is_err(), "{bad:?} should fail");
        }
    }

    /// At most 15 digits are read, counted on both sides of the decimal separator.
    #[test]
    fn decimal_digit_limit() {
        let rows = [
            ("123456789012345", Some(int(123456789012345))),
            ("1234567890123456", None),
            ("1234567890,12345", Some(ratio(123456789012345, 100000))),
            ("1234567890,123456", None),
            ("-0,00000000000001", Some(ratio(-1, 100000000000000))),
            ("0,000000000000001", None),
        ];
        for (text, want) in rows {
            assert_eq!(parse_decimal(text).ok(), want, "{text}");
        }
        assert_eq!(parse_decimal(" x "), Err(DecimalError::NotANumber("x".into())));
        assert_eq!((parse_decimal("-0").unwrap(), parse_decimal("+2,50").unwrap()), (int(0), ratio(5, 2)));
    }

    /// JSON carries the fixed and the exact forms as strings.
    #[test]
    fn serialises_as_text() {
        let v = ratio(253125, 10000);
        assert_eq!(serde_json::to_string(&Fixed(v, 2, ',')).unwrap(), "\"25,31\"");
        assert_eq!(serde_json::to_string(&Exactly(v, '.')).unwrap(), "\"25.3125\"");
        assert_eq!(serde_json::to_string(&Exactly(ratio(1, 3), '.')).unwrap(), "\"1/3\"");
        let mut out = String::from("AK ");
        push_fixed(&mut out, v, 1, '.');
        assert_eq!(out, "AK 25.3");
        assert_eq!(decimal_places(ratio(1, 3), 12), None);
        assert_eq!(decimal_places(ratio(1, 8), 2), None);
        assert_eq!(decimal_places(ratio(1, 8), 3), Some(3));
    }

    #[test]
    fn f64_conversion() {
        assert_eq!(to_f64(ratio(3900, 56)), 3900.0 / 56.0);
    }
}
