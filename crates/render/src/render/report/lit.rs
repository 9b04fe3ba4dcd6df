//! How a text enters the report's Typst markup: always as a string literal, so that no text
//! from a sheet (a name with `#` or `*` in it) is ever read as markup.

/// A Typst string literal.
pub(crate) fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' | '\0' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}
