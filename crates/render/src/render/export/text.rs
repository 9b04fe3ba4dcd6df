//! The terminal exporter: the document's own text, with control characters from the data
//! (an escape sequence in a name) made visible instead of obeyed by the terminal, written to
//! the output as the document makes it.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use crate::lang::Lang;

use super::{Document, ExportError, Exporter, Out};

/// Text for a person.
pub struct Text;

impl Exporter for Text {
    fn write<D: Document>(&self, lang: Lang, doc: &D, out: Out<'_>) -> Result<(), ExportError> {
        let mut w = Visible { out, failed: None };
        // Only a failed write stops the text, and says why.
        let _ = doc.text(lang, &mut w);
        w.failed.map_or(Ok(()), |e| Err(e.into()))
    }
}

/// Text pieces written to an output with their control characters made visible; the first
/// failed write is kept (`fmt::Error` says nothing of why).
struct Visible<'w> {
    out: &'w mut (dyn Write + Send),
    failed: Option<io::Error>,
}

impl fmt::Write for Visible<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.out.write_all(visible(s).as_bytes()).map_err(|e| {
            self.failed = Some(e);
            fmt::Error
        })
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
