//! How the ledger's typed values are kept as text in SQLite columns, and read back: exact
//! numbers as exact text (`25.3125`, `81/4`), codes as the core's codes. A stored text that
//! does not read back is a corrupt ledger, named by its column.

use pkguru_core::exact::{self, Exact};
use pkguru_core::golongan::Golongan;
use pkguru_core::instrument::Jenis;
use pkguru_core::predikat::Predikat;
use pkguru_core::riwayat::{Regime, Tahap};
use pkguru_core::tugas::TugasTambahan;

use super::StoreError;

/// An exact value as stored.
pub fn exact(x: Exact) -> String {
    exact::exact_text(x, '.')
}

fn corrupt(column: &'static str, value: &str) -> StoreError {
    StoreError::Corrupt { column, value: value.to_string() }
}

/// An exact value read back.
pub fn read_exact(column: &'static str, text: &str) -> Result<Exact, StoreError> {
    exact::parse_exact_text(text).ok_or_else(|| corrupt(column, text))
}

/// An optional exact value read back (NULL or empty: none).
pub fn read_exact_opt(column: &'static str, text: Option<String>) -> Result<Option<Exact>, StoreError> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => read_exact(column, t).map(Some),
    }
}

/// A golongan as stored: its code, or empty.
pub fn golongan(g: Option<Golongan>) -> &'static str {
    g.map_or("", |g| g.as_str())
}

pub fn read_golongan(text: &str) -> Result<Option<Golongan>, StoreError> {
    match text.trim() {
        "" => Ok(None),
        t => t.parse().map(Some).map_err(|_| corrupt("golongan", t)),
    }
}

pub fn read_jenis(text: &str) -> Result<Jenis, StoreError> {
    text.trim().parse().map_err(|_| corrupt("jenis", text))
}

pub fn read_predikat(text: &str) -> Result<Predikat, StoreError> {
    text.trim().parse().map_err(|_| corrupt("predikat", text))
}

pub fn read_regime(text: Option<String>) -> Result<Regime, StoreError> {
    // Rows of schema 1 were all counted in the 2009 regime.
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(Regime::R2009),
        Some(t) => Regime::parse(t).ok_or_else(|| corrupt("regime", t)),
    }
}

pub fn read_tahap(text: &str) -> Result<Tahap, StoreError> {
    Tahap::parse(text).ok_or_else(|| corrupt("tahap", text))
}

pub fn read_tugas_tambahan(text: Option<String>) -> Result<Option<TugasTambahan>, StoreError> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => t.parse().map(Some).map_err(|_| corrupt("tugas_tambahan", t)),
    }
}

/// Competency values as stored: `3,4,3,…`.
pub fn values(v: &[u8]) -> String {
    v.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
}

pub fn read_values(text: &str) -> Result<Vec<u8>, StoreError> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(|v| v.trim().parse::<u8>().ok().filter(|v| (1..=4).contains(v)))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(|| corrupt("nilai_kompetensi", text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pkguru_core::exact::{int, ratio};

    /// Every value reads back as it was written; text that is not one is named by its column.
    #[test]
    fn values_read_back() {
        for x in [int(0), ratio(405, 16), ratio(1, 3)] {
            assert_eq!(read_exact("ak", &exact(x)).unwrap(), x);
        }
        assert_eq!(read_exact_opt("ak", Some(" ".into())).unwrap(), None);
        let g: Golongan = "III/c".parse().unwrap();
        assert_eq!(read_golongan(golongan(Some(g))).unwrap(), Some(g));
        assert_eq!(read_golongan("").unwrap(), None);
        assert_eq!(read_values(&values(&[3, 4, 1])).unwrap(), [3, 4, 1]);
        assert_eq!(read_regime(None).unwrap(), Regime::R2009);
        for bad in [read_values("3,5").err(), read_golongan("zzz").err(), read_exact("ak", "x").err()] {
            assert!(matches!(bad, Some(StoreError::Corrupt { .. })), "{bad:?}");
        }
        assert!(matches!(
            read_predikat("Terbaik Sekali"),
            Err(StoreError::Corrupt { column: "predikat", .. })
        ));
    }
}
