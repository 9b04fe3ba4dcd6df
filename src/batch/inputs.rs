//! Expanding the inputs of `batch` and `check`: files, directories (recursively, in a fixed
//! sorted order) and `-` for standard input.

use std::path::{Path, PathBuf};

use crate::sheet::detect;

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    /// How it is named in messages and in the rekap's `sumber` column.
    pub label: String,
}

impl Input {
    /// Size in bytes when known (for the progress bar).
    pub fn size(&self) -> Option<u64> {
        self.path.as_ref().and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len())
    }
}

/// Expands the command-line inputs. A path that does not exist is kept (its read fails and is
/// reported like any bad sheet); directories contribute their sheet files, sorted by path.
pub fn expand(args: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Input { path: None, label: "stdin".into() });
        } else if a.is_dir() {
            let mut files = Vec::new();
            walk(a, &mut files);
            files.sort();
            out.extend(files.into_iter().map(|p| Input { label: p.display().to_string(), path: Some(p) }));
        } else {
            out.push(Input { path: Some(a.clone()), label: a.display().to_string() });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // Unreadable directories surface as a failed input named by the directory.
        out.push(dir.to_path_buf());
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name.starts_with("~$") {
            continue; // hidden files, our temporary files, Excel lock files
        }
        if path.is_dir() {
            walk(&path, out);
        } else if detect::is_sheet_file(&path) {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_walked_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("b")).unwrap();
        for f in
            ["z.csv", "a.json", "b/c.csv", "b/a.xlsx", "b/d.xlsb", ".hidden.csv", "notes.md", "~$lock.xlsx"]
        {
            std::fs::write(d.join(f), "x").unwrap();
        }
        let got: Vec<String> = expand(&[d.to_path_buf()])
            .iter()
            .map(|i| i.path.as_ref().unwrap().strip_prefix(d).unwrap().display().to_string())
            .collect();
        assert_eq!(got, ["a.json", "b/a.xlsx", "b/c.csv", "b/d.xlsb", "z.csv"]);
        let std_in = expand(&[PathBuf::from("-")]);
        assert_eq!(std_in[0].label, "stdin");
    }
}
