//! Every user-facing word, in Bahasa Indonesia (the default) and English: messages for the
//! data of the layers below (core errors and notes, sheet problems), labels, and help.
//!
//! The language is chosen once per process by `cli` (`--lang` or `PKGURU_LANG`) and read
//! here only: `core` and `sheet` produce data and never see it.
//!
//! May use: `lang`, `scan`, `core`, `sheet`.

use std::sync::atomic::{AtomicU8, Ordering};

pub use crate::lang::Lang;

static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language for the rest of the process.
pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

/// The current language.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Id,
    }
}

/// The decimal separator people expect in the current language (`69,64` / `69.64`).
pub fn decimal_sep() -> char {
    lang().decimal_sep()
}

/// Picks the text for the current language.
pub fn pick(id: &'static str, en: &'static str) -> &'static str {
    match lang() {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Defines a message function with one format string per language; the arguments are
/// captured by name in both strings.
macro_rules! msg {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) => $id:literal, $en:literal) => {
        $(#[$doc])*
        #[allow(clippy::useless_format)]
        pub fn $name($($arg: $ty),*) -> String {
            match lang() {
                Lang::Id => format!($id),
                Lang::En => format!($en),
            }
        }
    };
}

mod evaluasi;
mod messages;
mod pkb;
mod rank;
mod report;
mod riwayat;
mod tambahan;
mod words;

pub use evaluasi::*;
pub use messages::*;
pub use pkb::*;
pub use rank::*;
pub use report::*;
pub use riwayat::*;
pub use tambahan::*;
pub use words::*;
