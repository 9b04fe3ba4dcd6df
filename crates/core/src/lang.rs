//! The two languages of pkguru's words (leaf: imports nothing of the crate).

/// A language for messages and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// The decimal separator people expect (`69,64` in Indonesian, `69.64` in English).
    pub fn decimal_sep(self) -> char {
        match self {
            Lang::Id => ',',
            Lang::En => '.',
        }
    }
}
