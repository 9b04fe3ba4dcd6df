//! `report --kertas` and `--kop`: the paper and the kop surat (letterhead) the forms are
//! printed with. The kop is a small TOML file beside the sheets:
//!
//! ```toml
//! baris = ["PEMERINTAH KABUPATEN CIANJUR", "DINAS PENDIDIKAN", "SMP NEGERI 1 CIBEBER"]
//! alamat = "Jl. Raya Cibeber No. 1, Cianjur 43262"
//! logo = "logo.png"   # PNG, JPEG or SVG; a path relative to this file
//! ```

use std::path::Path;

use anyhow::{Result, anyhow};
use serde::Deserialize;

use crate::i18n;
use crate::lang::Lang;
use crate::render::report::setup::{Kop, MAX_LOGO_BYTES, Paper, Setup};

/// `--kertas` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum PaperArg {
    #[default]
    A4,
    /// F4/folio, 21,5 × 33 cm.
    F4,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KopFile {
    baris: Vec<String>,
    alamat: Option<String>,
    logo: Option<String>,
}

/// The most lines a kop has (government, dinas, school, …).
const MAX_LINES: usize = 6;

/// The page setup asked for.
pub fn setup(lang: Lang, paper: PaperArg, kop: Option<&Path>) -> Result<Setup> {
    let paper = match paper {
        PaperArg::A4 => Paper::A4,
        PaperArg::F4 => Paper::F4,
    };
    let kop = kop.map(|p| read(lang, p)).transpose()?;
    Ok(Setup { paper, kop })
}

fn read(lang: Lang, path: &Path) -> Result<Kop> {
    let shown = path.display().to_string();
    let bad = |detail: String| anyhow!(i18n::err_kop(lang, &shown, &detail));
    let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    let file: KopFile = toml::from_str(&text).map_err(|e| bad(e.message().to_string()))?;
    let lines: Vec<String> =
        file.baris.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() || lines.len() > MAX_LINES {
        return Err(bad(i18n::err_kop_lines(lang, MAX_LINES)));
    }
    let logo = match file.logo.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(name) => {
            let at = path.parent().unwrap_or(Path::new(".")).join(name);
            let logo_shown = at.display().to_string();
            let bytes = std::fs::read(&at).map_err(|e| bad(format!("{logo_shown}: {e}")))?;
            let image = bytes.starts_with(b"\x89PNG\r\n\x1a\n")
                || bytes.starts_with(b"\xff\xd8\xff")
                || String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).contains("<svg");
            if !image || bytes.len() > MAX_LOGO_BYTES {
                return Err(bad(i18n::err_kop_logo(lang, &logo_shown, MAX_LOGO_BYTES / 1024)));
            }
            Some(bytes)
        }
    };
    let alamat = file.alamat.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
    Ok(Kop { lines, alamat, logo })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &[u8]) -> std::path::PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn a_kop_with_its_logo_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "logo.png", b"\x89PNG\r\n\x1a\nrest");
        let p = write(
            dir.path(),
            "kop.toml",
            "baris = [\"PEMERINTAH KABUPATEN CIANJUR\", \" SMP NEGERI 1 \", \"\"]\nalamat = \"Jl. Raya\"\nlogo = \"logo.png\"\n"
                .as_bytes(),
        );
        let s = setup(Lang::Id, PaperArg::F4, Some(&p)).unwrap();
        assert_eq!(s.paper, Paper::F4);
        let k = s.kop.unwrap();
        assert_eq!(k.lines, ["PEMERINTAH KABUPATEN CIANJUR", "SMP NEGERI 1"]);
        assert_eq!(k.alamat.as_deref(), Some("Jl. Raya"));
        assert_eq!(k.logo.as_deref(), Some(&b"\x89PNG\r\n\x1a\nrest"[..]));
    }

    #[test]
    fn bad_kops_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "logo.txt", b"not an image");
        for (text, want) in [
            ("baris = []", "baris"),
            ("barus = [\"x\"]", "barus"),
            ("baris = [\"x\"]\nlogo = \"hilang.png\"", "hilang.png"),
            ("baris = [\"x\"]\nlogo = \"logo.txt\"", "logo.txt"),
        ] {
            let p = write(dir.path(), "kop.toml", text.as_bytes());
            let e = setup(Lang::Id, PaperArg::A4, Some(&p)).unwrap_err().to_string();
            assert!(e.contains("kop.toml") && e.contains(want), "{text}: {e}");
        }
    }
}
