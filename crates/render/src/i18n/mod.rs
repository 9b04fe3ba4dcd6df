//! Every user-facing word, in Bahasa Indonesia (the default) and English: messages for the
//! data of the layers below (core errors and notes, sheet problems), labels, and the words of
//! every output. Every function takes the language as its first argument: a renderer is a
//! function of its input, and both languages can be produced side by side in one process.
//! `core` and `sheet` produce data and never see words.

pub use crate::lang::Lang;

/// Picks the text for a language.
pub fn pick(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
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
        pub fn $name(lang: Lang, $($arg: $ty),*) -> String {
            match lang {
                Lang::Id => format!($id),
                Lang::En => format!($en),
            }
        }
    };
}

mod dokumen;
mod evaluasi;
mod labels;
mod messages;
mod pkb;
mod rank;
mod report;
mod riwayat;
mod skema;
mod tambahan;
mod words;

pub use dokumen::*;
pub use evaluasi::*;
pub use labels::*;
pub use messages::*;
pub use pkb::*;
pub use rank::*;
pub use report::*;
pub use riwayat::*;
pub use skema::*;
pub use tambahan::*;
pub use words::*;
