//! How operators' spellings are compared: one normalisation for every code, alias and key
//! (`Guru BK`, `kepala-sekolah`, `Tugas Tambahan`, `III/c` …), and one list of "none" words.

/// Lower-case letters and digits only: `"Guru Kelas/Mapel"` → `"gurukelasmapel"`.
pub fn squash(s: &str) -> String {
    s.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Words operators write for "nothing" in an optional field: `-`, `tidak ada`, `none`, …
pub fn is_none_word(t: &str) -> bool {
    const NONE: [&str; 5] = ["-", "tidak ada", "tidak", "none", "no"];
    let t = t.trim();
    NONE.iter().any(|w| t.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squashes_spellings() {
        assert_eq!(squash(" Guru Kelas/Mapel "), "gurukelasmapel");
        assert_eq!(squash("Nilai (100)"), "nilai100");
        assert_eq!(squash("tugas_tambahan"), "tugastambahan");
    }

    #[test]
    fn none_words() {
        for w in ["-", "Tidak Ada", " none ", "NO", "tidak"] {
            assert!(is_none_word(w), "{w}");
        }
        for w in ["", "wali kelas", "nol"] {
            assert!(!is_none_word(w), "{w}");
        }
    }
}
