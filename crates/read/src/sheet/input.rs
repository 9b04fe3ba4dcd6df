//! Reading an input named on the command line: a file, or `-` for standard input, whole and
//! within a size limit.

use std::io::Read;
use std::path::Path;

use crate::scan::text::{MAX_WHOLE_FILE_BYTES, looks_binary};

use super::detect;
use super::problem::{IoReason, Problem, ProblemKind};

/// The label used for an input in messages (`-` is shown as `stdin`).
pub fn label(path: &Path) -> String {
    if path.as_os_str() == "-" { "stdin".to_string() } else { path.display().to_string() }
}

/// Reads a whole input into memory, at most [`MAX_WHOLE_FILE_BYTES`]. A file that is not a
/// workbook and starts like a binary file is not read further (its reader refuses it from the
/// first bytes), so `/dev/zero` costs nothing.
pub fn read_all(path: &Path) -> Result<Vec<u8>, Problem> {
    let name = label(path);
    let fail = |reason| Problem::file(ProblemKind::Read { file: name.clone(), reason });
    if path.as_os_str() == "-" {
        // Standard input keeps the system's own words for errors.
        return read_bounded(&name, std::io::stdin().lock()).map_err(|e| match e {
            Bounded::Io(e) => fail(IoReason::Other(e.to_string())),
            Bounded::TooLarge => too_large(),
        });
    }
    if path.is_dir() {
        return Err(Problem::file(ProblemKind::IsDir { file: name }));
    }
    let file = std::fs::File::open(path).map_err(|e| fail(IoReason::of(&e)))?;
    read_bounded(&name, file).map_err(|e| match e {
        Bounded::Io(e) => fail(IoReason::of(&e)),
        Bounded::TooLarge => too_large(),
    })
}

fn too_large() -> Problem {
    Problem::file(ProblemKind::TooLarge { limit: MAX_WHOLE_FILE_BYTES })
}

enum Bounded {
    Io(std::io::Error),
    TooLarge,
}

fn read_bounded(name: &str, reader: impl Read) -> Result<Vec<u8>, Bounded> {
    let mut reader = reader.take(MAX_WHOLE_FILE_BYTES + 1);
    let mut bytes = Vec::new();
    let head = (&mut reader).take(64 << 10).read_to_end(&mut bytes).map_err(Bounded::Io)?;
    let workbook = detect::format(name, &bytes) == detect::Format::Workbook;
    if head == 0 || (!workbook && looks_binary(&bytes)) {
        return Ok(bytes);
    }
    reader.read_to_end(&mut bytes).map_err(Bounded::Io)?;
    if bytes.len() as u64 > MAX_WHOLE_FILE_BYTES {
        return Err(Bounded::TooLarge);
    }
    Ok(bytes)
}

/// Whether a file is something pkguru wrote (a rekap in any format, or a `--errors` file),
/// so that a directory walk may leave it out when it is this run's output. Anything else,
/// and anything that cannot be read, is not: an input is never overwritten.
pub fn is_pkguru_output(path: &Path) -> bool {
    let Ok(bytes) = read_all(path) else { return false };
    match detect::format(&path.to_string_lossy(), &bytes) {
        detect::Format::Workbook => matches!(
            super::workbook::score_sheets(&bytes, None),
            Err(p) if p.kind == super::ProblemKind::OwnRekap
        ),
        _ => {
            let head = crate::scan::text::strip_bom(&bytes);
            detect::is_own_rekap(head)
                || head.starts_with(b"sumber,baris,id,pesan")
                || head.starts_with(b"sumber;baris;id;pesan")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endless_binary_input_stops_at_once() {
        let zeros = std::io::repeat(0).take(10 << 20);
        let bytes = read_bounded("x", zeros).ok().unwrap();
        assert_eq!(bytes.len(), 64 << 10, "only the first 64 KiB are read");
    }

    #[test]
    fn text_beyond_the_limit_is_refused() {
        let endless = std::io::repeat(b'y').take(MAX_WHOLE_FILE_BYTES + 2);
        assert!(matches!(read_bounded("x", endless), Err(Bounded::TooLarge)));
        let fits = std::io::repeat(b'y').take(1000);
        assert_eq!(read_bounded("x", fits).ok().unwrap().len(), 1000);
    }
}
