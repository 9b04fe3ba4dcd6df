//! Tugas tambahan sheets given among the inputs of `batch`, `check` and `report`: read and
//! scored first, then blended into the PK Guru teacher with the same NIP as that teacher is
//! scored. A sheet whose teacher never comes is reported.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::core::predikat::Bands;
use crate::core::tambahan::{self, HasilTambahan, Instrumen};
use crate::core::teacher::Teacher;
use crate::sheet::{self, Problem, ProblemKind};

use super::Failure;
use super::inputs::{Input, head_if_small};

/// An input read as a tugas tambahan sheet (its only part): `None` when it is not one.
pub fn read(
    label: &str,
    bytes: &[u8],
    sheet_name: Option<&str>,
) -> Option<Result<sheet::tambahan::TambahanSheet, Vec<Problem>>> {
    let parts = sheet::open(label, bytes, sheet_name).ok()?;
    if parts.parts.len() != 1 {
        return None;
    }
    let part = parts.parts.first()?;
    sheet::tambahan::is_sheet(&part.opened).then(|| sheet::tambahan::read(&part.opened))
}

/// Tugas tambahan sheets given among the inputs of `batch`, `check` or `report`, by the NIP
/// of the teacher they belong to.
#[derive(Default)]
pub struct Pairing {
    by_nip: HashMap<String, Paired>,
}

struct Paired {
    which: Instrumen,
    result: HasilTambahan,
    label: Arc<str>,
    used: AtomicBool,
}

impl Pairing {
    pub fn is_empty(&self) -> bool {
        self.by_nip.is_empty()
    }

    /// Blends the sheet of this teacher's NIP, if any: a problem when it conflicts.
    pub fn apply<S: AsRef<str>>(&self, t: &mut Teacher<S>) -> Option<ProblemKind> {
        let nip = t.nip.as_ref().map(|n| n.as_ref().trim())?;
        let p = self.by_nip.get(nip)?;
        p.used.store(true, Ordering::Relaxed);
        tambahan::blend(t, p.which, &p.result).err().map(ProblemKind::TambahanConflict)
    }

    /// Sheets whose teacher was not among the inputs.
    pub fn unused(&self) -> Vec<Failure> {
        let mut out: Vec<Failure> = self
            .by_nip
            .iter()
            .filter(|(_, p)| !p.used.load(Ordering::Relaxed))
            .map(|(nip, p)| Failure {
                file: Arc::clone(&p.label),
                problem: Problem::file(ProblemKind::TambahanUnpaired(nip.clone())),
                warning: false,
            })
            .collect();
        out.sort_by(|a, b| a.file.cmp(&b.file));
        out
    }
}

/// Splits the inputs: tugas tambahan sheets are read and scored into a [`Pairing`] (those
/// that cannot be read, or have no NIP, are failures); the rest stay inputs.
pub fn pair(
    inputs: Vec<Input>,
    sheet_name: Option<&str>,
    bands: Bands,
) -> (Vec<Input>, Pairing, Vec<Failure>) {
    let mut rest = Vec::with_capacity(inputs.len());
    let mut pairing = Pairing::default();
    let mut failures = Vec::new();
    for input in inputs {
        let found =
            head_if_small(&input).map(|bytes| sheet::tambahan_parts(&input.label, &bytes, sheet_name));
        let Some((found, alone)) = found.filter(|(f, _)| !f.is_empty()) else {
            rest.push(input);
            continue;
        };
        // A workbook that also holds the PK Guru sheet stays an input.
        if !alone {
            rest.push(input.clone());
        }
        for (label, read) in found {
            let file: Arc<str> = Arc::from(label.as_str());
            let mut fail =
                |problem| failures.push(Failure { file: Arc::clone(&file), problem, warning: false });
            match read {
                Err(problems) => problems.into_iter().for_each(&mut fail),
                Ok(s) => {
                    let nip = s.identity("nip").to_string();
                    if nip.is_empty() {
                        fail(Problem::file(ProblemKind::TambahanUnpaired(String::new())));
                        continue;
                    }
                    let result = s.result(bands);
                    let paired = Paired {
                        which: s.instrumen,
                        result,
                        label: Arc::clone(&file),
                        used: AtomicBool::new(false),
                    };
                    if let Some(first) = pairing.by_nip.insert(nip, paired) {
                        fail(Problem::file(ProblemKind::TambahanTwice(format!("{}, {}", first.label, file))));
                    }
                }
            }
        }
    }
    (rest, pairing, failures)
}
