//! Tugas tambahan sheets given among the inputs of `batch`, `check` and `report`: read and
//! scored first, then blended into the PK Guru teacher with the same NIP as that teacher is
//! scored. A sheet whose teacher never comes is reported.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::core::predikat::Bands;
use crate::core::tambahan::{self, HasilTambahan, Instrumen};
use crate::core::teacher::Teacher;
use crate::sheet::detect::{self, Format};
use crate::sheet::{self, Problem, ProblemKind};

use super::Failure;
use super::inputs::{Converted, Input, head_if_small};

/// The most bytes of converted workbooks the pre-pass keeps for the engine (about a thousand
/// one-teacher workbooks, a school's many times over); past it, a workbook is converted again
/// when its turn comes.
const KEEP_BYTES: usize = 16 << 20;

/// Inputs looked at together, in parallel (bounds what the pre-pass holds beyond what it
/// keeps).
const BATCH: usize = 64;

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

/// What the pre-pass found in one small input.
struct Look {
    /// The tugas tambahan sheets in it, read.
    found: Vec<(String, Result<sheet::tambahan::TambahanSheet, Vec<Problem>>)>,
    /// Whether they are all it holds.
    alone: bool,
    /// A workbook's conversion, for the engine.
    converted: Option<Converted>,
}

fn look(input: &Input, sheet_name: Option<&str>) -> Option<Look> {
    let bytes = head_if_small(input)?;
    let opened = sheet::open(&input.label, &bytes, sheet_name);
    let (found, alone) = match &opened {
        Ok(parts) => sheet::tambahan_in(&input.label, parts),
        Err(_) => (Vec::new(), false),
    };
    // Converting a workbook is most of the work of reading one: kept so it is done once.
    let workbook = detect::format(&input.label, &bytes) == Format::Workbook;
    let converted = if workbook { Converted::of(bytes.len(), opened) } else { None };
    Some(Look { found, alone, converted })
}

/// Splits the inputs: tugas tambahan sheets are read and scored into a [`Pairing`] (those
/// that cannot be read, or have no NIP, are failures); the rest stay inputs. Small inputs
/// are looked at on `jobs` threads, and the workbooks among them keep their conversion for
/// the engine (up to [`KEEP_BYTES`]).
pub fn pair(
    inputs: Vec<Input>,
    sheet_name: Option<&str>,
    bands: Bands,
    jobs: usize,
) -> (Vec<Input>, Pairing, Vec<Failure>) {
    pair_keeping(inputs, sheet_name, bands, jobs, KEEP_BYTES)
}

fn pair_keeping(
    inputs: Vec<Input>,
    sheet_name: Option<&str>,
    bands: Bands,
    jobs: usize,
    keep: usize,
) -> (Vec<Input>, Pairing, Vec<Failure>) {
    let mut rest = Vec::with_capacity(inputs.len());
    let mut pairing = Pairing::default();
    let mut failures = Vec::new();
    let parallel = jobs > 1 && inputs.len() > 1;
    let pool = parallel.then(|| rayon::ThreadPoolBuilder::new().num_threads(jobs).build().ok()).flatten();
    let mut kept = 0usize;
    let mut inputs = inputs.into_iter();
    loop {
        let batch: Vec<Input> = inputs.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let looks: Vec<Option<Look>> = match &pool {
            Some(pool) => {
                use rayon::prelude::*;
                pool.install(|| batch.par_iter().map(|i| look(i, sheet_name)).collect())
            }
            None => batch.iter().map(|i| look(i, sheet_name)).collect(),
        };
        for (mut input, look) in batch.into_iter().zip(looks) {
            let Some(Look { found, alone, converted }) = look else {
                rest.push(input);
                continue;
            };
            // A workbook that also holds the PK Guru sheet stays an input.
            if found.is_empty() || !alone {
                if let Some(c) = converted.filter(|c| kept.saturating_add(c.held()) <= keep) {
                    kept += c.held();
                    input.converted = Some(Box::new(c));
                }
                rest.push(input);
            }
            pair_found(found, bands, &mut pairing, &mut failures);
        }
    }
    (rest, pairing, failures)
}

/// Scores the tugas tambahan sheets found in one input into the pairing.
fn pair_found(
    found: Vec<(String, Result<sheet::tambahan::TambahanSheet, Vec<Problem>>)>,
    bands: Bands,
    pairing: &mut Pairing,
    failures: &mut Vec<Failure>,
) {
    for (label, read) in found {
        let file: Arc<str> = Arc::from(label.as_str());
        let mut fail = |problem| failures.push(Failure { file: Arc::clone(&file), problem, warning: false });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::{Mode, Options, Sink, inputs};
    use crate::lang::Lang;
    use crate::render::csv::CsvDialect;
    use crate::render::rekap::{self, RekapFormat};
    use crate::sheet::{Instruments, ReadOptions};

    #[derive(Default, Debug, PartialEq)]
    struct Collect {
        rows: Vec<u8>,
        failures: Vec<Failure>,
    }

    impl Sink for Collect {
        fn rows(&mut self, bytes: Vec<u8>) -> anyhow::Result<Option<Vec<u8>>> {
            self.rows.extend_from_slice(&bytes);
            Ok(None)
        }
        fn failures(&mut self, failures: &[Failure]) -> anyhow::Result<()> {
            self.failures.extend_from_slice(failures);
            Ok(())
        }
    }

    fn book(path: &std::path::Path, sheets: &[(&str, &str)]) {
        let mut book = rust_xlsxwriter::Workbook::new();
        for (name, text) in sheets {
            let ws = book.add_worksheet();
            ws.set_name(*name).unwrap();
            let mut rdr =
                csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
            for (r, rec) in rdr.records().enumerate() {
                for (c, cell) in rec.unwrap().iter().enumerate().filter(|(_, c)| !c.is_empty()) {
                    ws.write_string(r as u32, c as u16, cell).unwrap();
                }
            }
        }
        book.save(path).unwrap();
    }

    /// The pre-pass keeps small workbooks converted for the engine, and the engine converts
    /// the others a window ahead; what it makes of them is the same as when the feeder
    /// converts each in turn.
    #[test]
    fn kept_conversions_read_as_fresh_ones() {
        let kelas = include_str!("../../../../fixtures/contoh/guru-kelas.csv");
        let bk = include_str!("../../../../fixtures/contoh/guru-bk.csv");
        let ks = include_str!("../../../../fixtures/tambahan/kepala-sekolah.csv");
        let wk = include_str!("../../../../fixtures/tambahan/wakil-kepala-kurikulum.csv");
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        book(&d.join("a.xlsx"), &[("PK Guru", kelas), ("Kepala sekolah", ks)]);
        book(&d.join("b.xlsx"), &[("Kelas", kelas), ("BK", bk)]);
        std::fs::write(d.join("c.xlsx"), b"PK\x03\x04 not a zip").unwrap();
        std::fs::write(d.join("d.csv"), include_str!("../../../../fixtures/contoh/guru-kelas-43.csv"))
            .unwrap();
        book(&d.join("e.xlsx"), &[("Wakil", wk)]);
        let instruments = Instruments::default();
        let (encoder, _) =
            rekap::rekap(RekapFormat::Csv, CsvDialect::default(), instruments.max_competencies(), Lang::Id);
        // With one job nothing is converted ahead: the feeder converts each workbook itself.
        let run = |keep: usize, jobs: usize| {
            let (mut rest, pairing, early) =
                pair_keeping(inputs::expand(&[d.to_path_buf()]), None, Bands::default(), jobs, keep);
            let kept: Vec<String> =
                rest.iter().filter(|i| i.converted.is_some()).map(|i| i.label.clone()).collect();
            let opts = Options {
                lang: Lang::Id,
                instruments: &instruments,
                read: ReadOptions::default(),
                bands: Bands::default(),
                mode: Mode::Rekap { encoder: encoder.as_ref(), decimal: '.' },
                dialect: CsvDialect::default(),
                jobs,
                sheet_name: None,
                tambahan: &pairing,
            };
            let mut sink = Collect::default();
            crate::batch::run(&mut rest, &opts, &mut sink, &AtomicBool::new(false)).unwrap();
            assert!(rest.iter().all(|i| i.converted.is_none()), "each conversion is taken");
            (kept, early, sink, pairing.unused())
        };
        let names = |kept: &[String]| -> Vec<String> {
            kept.iter().map(|l| l.rsplit('/').next().unwrap().to_string()).collect()
        };
        let (kept, early, fresh, unused) = run(0, 1);
        assert_eq!(names(&kept), ["c.xlsx"], "a workbook that cannot be opened holds nothing");
        let (kept_all, early_all, reused, unused_all) = run(usize::MAX, 2);
        assert_eq!(
            names(&kept_all),
            ["a.xlsx", "b.xlsx", "c.xlsx"],
            "workbooks only; the tambahan-only one is no input"
        );
        assert_eq!((&early_all, &reused, &unused_all), (&early, &fresh, &unused));
        // Converted a window ahead of the feeder, on two threads.
        let (_, early_ahead, ahead, unused_ahead) = run(0, 2);
        assert_eq!((&early_ahead, &ahead, &unused_ahead), (&early, &fresh, &unused));
        // The blend, both PK Guru sheets of b.xlsx, the broken workbook and the unpaired sheet.
        let rows = String::from_utf8(fresh.rows).unwrap();
        assert_eq!(rows.lines().count(), 4, "{rows}");
        assert!(rows.contains("a.xlsx[PK Guru]") || rows.contains("a.xlsx,"), "{rows}");
        assert!(rows.contains("b.xlsx[BK]"), "{rows}");
        assert!(
            fresh.failures.iter().any(|f| f.file.ends_with("c.xlsx") && !f.warning),
            "{:?}",
            fresh.failures
        );
        assert!(unused.iter().any(|f| f.file.ends_with("e.xlsx")), "{unused:?}");
    }
}
