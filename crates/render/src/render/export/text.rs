//! The terminal exporter: the document's own text, with control characters from the data
//! (an escape sequence in a name) made visible instead of obeyed by the terminal.

use std::borrow::Cow;

use crate::lang::Lang;

use super::{Document, ExportError, Exporter};

/// Text for a person.
pub struct Text;

impl Exporter for Text {
    fn export<D: Document>(&self, lang: Lang, doc: &D) -> Result<Vec<u8>, ExportError> {
        Ok(visible(&doc.text(lang)).into_owned().into_bytes())
    }
}

/// `s` with every control character but line feed and tab written as an escape (`\u{1b}`),
/// so printed data cannot clear the screen, retitle the window or move the cursor.
pub fn visible(s: &str) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}
