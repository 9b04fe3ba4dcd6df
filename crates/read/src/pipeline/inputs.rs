//! Expanding the inputs of `batch` and `check`: files, directories (recursively, in a fixed
//! sorted order) and `-` for standard input.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::sheet::{self, Parts, Problem, detect};

/// One input to read.
#[derive(Debug)]
pub struct Input {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    /// How it is named in messages and in the rekap's `sumber` column.
    pub label: String,
    /// Found by walking a directory (not named on the command line): a rekap pkguru wrote
    /// there is skipped rather than refused.
    pub walked: bool,
    /// A small workbook already converted (kept by the tugas tambahan pre-pass, or converted
    /// a window ahead by the engine): the feeder takes these parts instead of converting the
    /// file again.
    pub converted: Option<Box<Converted>>,
    /// What the input's teachers take from it as a whole (the PKB list of a workbook), found
    /// by the pre-pass.
    pub partner: std::sync::Arc<super::job::InputPartner>,
    /// The input's bytes, when they were read already (`score` reads its one input whole).
    pub data: Option<Vec<u8>>,
}

/// A workbook converted ahead of its turn ([`super::tambahan::pair`] or [`convert`]).
#[derive(Debug)]
pub struct Converted {
    /// The file's size, for the progress bar.
    pub size: u64,
    /// What opening it gave: its score sheets as CSV, or why it cannot be read.
    pub parts: Result<Parts<'static>, Problem>,
}

/// The largest conversion kept ahead of its turn. A one-teacher workbook gives about 20 KB of
/// text; a workbook of a whole school's rows is left to the feeder, which streams it.
const MAX_KEPT: usize = 256 << 10;

impl Converted {
    /// What opening a workbook of `size` bytes gave, owned and without slack (it is kept a
    /// while); `None` when the text is too large to keep.
    pub fn of(size: usize, opened: Result<Parts<'_>, Problem>) -> Option<Converted> {
        let parts = opened.map(|p| {
            let mut p = p.into_owned();
            p.parts.iter_mut().for_each(|p| p.opened.bytes.to_mut().shrink_to_fit());
            p
        });
        let c = Converted { size: size as u64, parts };
        (c.held() <= MAX_KEPT).then_some(c)
    }

    /// Bytes held.
    pub fn held(&self) -> usize {
        self.parts.as_ref().map_or(0, |p| p.parts.iter().map(|p| p.opened.bytes.len()).sum())
    }
}

impl Input {
    /// An input already read: `label` names it in messages.
    pub fn read(label: &str, bytes: Vec<u8>) -> Input {
        Input {
            path: None,
            label: label.to_string(),
            walked: false,
            converted: None,
            partner: Default::default(),
            data: Some(bytes),
        }
    }

    /// The PKB list its teachers take (given for it: `score --pkb`), in place of its own.
    pub fn with_pkb(mut self, list: crate::sheet::pkb::PkbList) -> Input {
        let ak_pkb = Some(list.totals.total());
        self.partner =
            std::sync::Arc::new(super::job::InputPartner { ak_pkb, pkb: Some(list), pkb_sheet: None });
        self
    }

    /// Size in bytes when known (for the progress bar).
    pub fn size(&self) -> Option<u64> {
        if let Some(data) = &self.data {
            return Some(data.len() as u64);
        }
        self.path.as_ref().and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len())
    }
}

/// Expands the command-line inputs. A path that does not exist is kept (its read fails and is
/// reported like any bad sheet); directories contribute their sheet files, sorted by path.
///
/// Symbolic links are followed, but every directory and every file is taken once: a link
/// back up the tree (a loop) or a second link to the same sheet adds nothing.
pub fn expand(args: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Input {
                path: None,
                label: "stdin".into(),
                walked: false,
                converted: None,
                partner: Default::default(),
                data: None,
            });
        } else if a.is_dir() {
            let mut files = Vec::new();
            walk(a, &mut files, &mut seen);
            files.sort();
            let files = files.into_iter().filter(|p| identity(p).is_none_or(|id| seen.insert(id)));
            out.extend(files.map(|p| Input {
                label: p.display().to_string(),
                path: Some(p),
                walked: true,
                converted: None,
                partner: Default::default(),
                data: None,
            }));
        } else {
            out.push(Input {
                path: Some(a.clone()),
                label: a.display().to_string(),
                walked: false,
                converted: None,
                partner: Default::default(),
                data: None,
            });
        }
    }
    out
}

/// Whether an input may be a small workbook worth converting ahead: named as one.
pub fn may_convert(input: &Input) -> bool {
    input.converted.is_none()
        && input.path.is_some()
        && detect::WORKBOOK_EXTENSIONS.contains(&detect::extension(&input.label).as_str())
}

/// A small workbook (up to 1 MiB), converted; `None` for anything else.
pub fn convert(input: &Input, sheet_name: Option<&str>) -> Option<Converted> {
    if !may_convert(input) {
        return None;
    }
    let bytes = head_if_small(input)?;
    if detect::format(&input.label, &bytes) != detect::Format::Workbook {
        return None;
    }
    Converted::of(bytes.len(), sheet::open(&input.label, &bytes, sheet_name))
}

/// Enough of an input to tell a form or a tugas tambahan sheet (both small): the whole file
/// up to 1 MiB, else the first 64 KiB of a text file; `None` for standard input (it is
/// streamed, never peeked), directories and large workbooks (forms are never large).
pub fn head_if_small(input: &Input) -> Option<Vec<u8>> {
    use std::io::Read;
    if let Some(data) = &input.data {
        return Some(data.clone());
    }
    let path = input.path.as_deref()?;
    let size = std::fs::metadata(path).ok().filter(|m| m.is_file())?.len();
    if size <= 1 << 20 {
        return crate::sheet::input::read_all(path).ok();
    }
    let workbook = detect::WORKBOOK_EXTENSIONS.contains(&detect::extension(&input.label).as_str());
    if workbook {
        return None;
    }
    let mut head = Vec::with_capacity(64 << 10);
    std::fs::File::open(path).ok()?.take(64 << 10).read_to_end(&mut head).ok()?;
    Some(head)
}

/// What makes two paths the same file or directory (device and inode on Unix).
fn identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        use std::hash::{Hash, Hasher};
        let canonical = std::fs::canonicalize(path).ok()?;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        canonical.hash(&mut h);
        Some((0, h.finish()))
    }
}

/// Collects the sheet files below `dir`, each directory visited once, in sorted order (so
/// which of two links to one directory names its files does not depend on the file system).
fn walk(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut HashSet<(u64, u64)>) {
    if let Some(id) = identity(dir)
        && !seen.insert(id)
    {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        // Unreadable directories surface as a failed input named by the directory.
        out.push(dir.to_path_buf());
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name.starts_with("~$") {
            continue; // hidden files, our temporary files, Excel lock files
        }
        if path.is_dir() {
            walk(&path, out, seen);
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
        assert_eq!(std_in.len(), 1);
        assert_eq!(std_in[0].label, "stdin");
    }
}

#[cfg(test)]
mod kept_tests {
    use std::borrow::Cow;

    use super::*;
    use crate::sheet::{Opened, Part, ProblemKind};

    fn parts(len: usize) -> Result<Parts<'static>, Problem> {
        let opened = Opened { bytes: Cow::Owned(vec![b'x'; len]), line_offset: 0, json: false };
        Ok(Parts {
            parts: vec![Part { label: "a".into(), sheet: None, opened, hints: Vec::new() }],
            notes: Vec::new(),
        })
    }

    /// One-teacher conversions are kept; a whole school's rows are not (the feeder streams
    /// them); a workbook that cannot be opened holds nothing.
    #[test]
    fn only_small_conversions_are_kept() {
        let kept = Converted::of(10, parts(MAX_KEPT)).expect("kept");
        assert_eq!((kept.size, kept.held()), (10, MAX_KEPT));
        assert!(Converted::of(10, parts(MAX_KEPT + 1)).is_none());
        let failed = Converted::of(10, Err(Problem::file(ProblemKind::UnreadableDir))).expect("kept");
        assert_eq!(failed.held(), 0);
    }
}

#[cfg(all(test, unix))]
mod link_tests {
    use super::*;

    /// A link back up the tree and a second link to a sheet add nothing; the walk ends.
    #[test]
    fn symlink_loops_and_duplicates_are_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/guru.csv"), "x").unwrap();
        std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink(d.join("sub"), d.join("self")).unwrap();
        std::os::unix::fs::symlink(d.join("sub/guru.csv"), d.join("sub/same.csv")).unwrap();
        let got: Vec<String> = expand(&[d.to_path_buf()])
            .iter()
            .map(|i| i.path.as_ref().unwrap().strip_prefix(d).unwrap().display().to_string())
            .collect();
        assert_eq!(got, ["self/guru.csv"], "one file, named by the first path in sorted order");
    }
}
