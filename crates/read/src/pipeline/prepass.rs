//! What the pipeline looks at before reading: the inputs' partners. Tugas tambahan sheets
//! given among the inputs are read and scored first, then blended into the PK Guru teacher
//! with the same NIP as that teacher is assessed (a sheet whose teacher never comes is
//! reported); a PKB list in a teacher's workbook gives that workbook's teachers their AK PKB.
//! Small inputs are looked at on `jobs` threads, and the workbooks among them keep their
//! conversion for the engine.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::core::predikat::Bands;
use crate::core::tambahan::{self, HasilTambahan, Instrumen};
use crate::core::teacher::Teacher;
use crate::sheet::detect::{self, Format};
use crate::sheet::pkb::PkbList;
use crate::sheet::tambahan::TambahanSheet;
use crate::sheet::{self, Problem, ProblemKind, SheetError};

use super::Failure;
use super::inputs::{Converted, Input, head_if_small};
use super::job::InputPartner;
use crate::kind::Kind;

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
) -> Option<Result<TambahanSheet, Vec<Problem>>> {
    let parts = sheet::open(label, bytes, sheet_name).ok()?;
    if parts.parts.len() != 1 {
        return None;
    }
    let part = parts.parts.first()?;
    sheet::tambahan::is_sheet(&part.opened).then(|| sheet::tambahan::read(&part.opened))
}

/// The tugas tambahan sheet in a file given for a teacher (`--tambahan FILE`).
pub fn tambahan_file(path: &std::path::Path, sheet_name: Option<&str>) -> Result<TambahanSheet, SheetError> {
    let label = sheet::input::label(path);
    let fail = |problems| SheetError { file: label.clone(), problems };
    let bytes = sheet::input::read_all(path).map_err(|p| fail(vec![p]))?;
    match read(&label, &bytes, sheet_name) {
        Some(r) => r.map_err(fail),
        None => Err(fail(vec![Problem::file(ProblemKind::TambahanInstrumen(String::new()))])),
    }
}

/// The PKB list in a file given for a teacher (`--pkb FILE`, `--pkb-daftar FILE`): a CSV, or
/// a workbook's worksheet `sheet_name` (else its first).
pub fn pkb_file(path: &std::path::Path, sheet_name: Option<&str>) -> Result<PkbList, SheetError> {
    pkb_part(path, sheet_name, sheet::pkb::read)
}

/// The same list read through without keeping its lines ([`sheet::pkb::stream`]): `use_`
/// gets their count and totals, and walks them again as it writes them.
pub fn pkb_stream<R>(
    path: &std::path::Path,
    sheet_name: Option<&str>,
    use_: impl FnOnce(&sheet::pkb::Listing<'_>) -> R,
) -> Result<R, SheetError> {
    pkb_part(path, sheet_name, |opened| sheet::pkb::stream(opened, use_))
}

/// Opens the file and reads its (first, or named) worksheet's text with `read`.
fn pkb_part<R>(
    path: &std::path::Path,
    sheet_name: Option<&str>,
    read: impl FnOnce(&sheet::Opened<'_>) -> Result<R, Vec<Problem>>,
) -> Result<R, SheetError> {
    let label = sheet::input::label(path);
    let fail = |problems| SheetError { file: label.clone(), problems };
    let bytes = sheet::input::read_all(path).map_err(|p| fail(vec![p]))?;
    let parts = sheet::open(&label, &bytes, sheet_name).map_err(|p| fail(vec![p]))?;
    let part = parts.parts.first().ok_or_else(|| fail(Vec::new()))?;
    read(&part.opened).map_err(fail)
}

/// The tugas tambahan sheets of a run, scored: by the NIP of the teacher they belong to, or
/// one for every teacher (`score --tambahan FILE`, or the worksheet beside a one-teacher
/// sheet).
#[derive(Default)]
pub struct Partners {
    by_nip: HashMap<String, Paired>,
    every: Option<Paired>,
}

struct Paired {
    which: Instrumen,
    result: HasilTambahan,
    label: Arc<str>,
    used: AtomicBool,
}

impl Partners {
    /// Partners that give every teacher the same tugas tambahan sheet.
    pub fn every(label: &str, sheet: &TambahanSheet, bands: Bands) -> Partners {
        let paired = Paired {
            which: sheet.instrumen,
            result: sheet.result(bands),
            label: Arc::from(label),
            used: AtomicBool::new(false),
        };
        Partners { by_nip: HashMap::new(), every: Some(paired) }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.by_nip.is_empty() && self.every.is_none()
    }

    /// Blends the sheet of this teacher, if any: a problem when it conflicts.
    #[inline]
    pub fn apply<S: AsRef<str>>(&self, t: &mut Teacher<S>) -> Option<ProblemKind> {
        if self.is_empty() {
            return None;
        }
        let p = match &self.every {
            Some(p) => p,
            None => {
                let nip = t.nip.as_ref().map(|n| n.as_ref().trim())?;
                self.by_nip.get(nip)?
            }
        };
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
    found: Vec<(String, Result<TambahanSheet, Vec<Problem>>)>,
    /// Whether they are all it holds.
    alone: bool,
    /// A workbook's conversion, for the engine.
    converted: Option<Converted>,
    /// The PKB list among a workbook's other worksheets, read.
    pkb: Option<(String, Result<PkbList, Vec<Problem>>)>,
    /// Whether it holds PK Guru scores, and standalone forms.
    scores: bool,
    forms: bool,
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
    let pkb = match (&opened, sheet_name) {
        (Ok(parts), None) if workbook => sheet::pkb_among(&input.label, &bytes, sheet::skipped(parts)),
        (_, Some(_)) if workbook => sheet::pkb_part(&input.label, &bytes),
        _ => None,
    };
    let kinds: Vec<Kind> = match &opened {
        Ok(parts) => parts.parts.iter().map(|p| crate::kind::of(&p.opened)).collect(),
        // What cannot be opened is read as scores (its reader says why it cannot be).
        Err(_) => vec![Kind::Scores],
    };
    let scores = kinds.iter().any(|k| matches!(k, Kind::Scores | Kind::Values));
    let forms = kinds.iter().any(|k| matches!(k, Kind::Form(_)));
    let converted = if workbook { Converted::of(bytes.len(), opened) } else { None };
    Some(Look { found, alone, converted, pkb, scores, forms })
}

/// The inputs of a run, looked at: what stays an input, the tugas tambahan sheets as
/// partners, the problems found in them, and whether the run is one of standalone forms.
pub struct Plan {
    pub inputs: Vec<Input>,
    pub partners: Partners,
    pub failures: Vec<Failure>,
    /// The inputs hold standalone forms and no PK Guru sheet: every input is read as a form
    /// (see [`super::Options::forms`]).
    pub forms: bool,
}

/// Looks at the inputs of a run (see [`Plan`]). With `single`, the tugas tambahan sheets found
/// go to every teacher (one teacher's own inputs: `score`).
pub fn plan(inputs: Vec<Input>, sheet_name: Option<&str>, bands: Bands, jobs: usize, single: bool) -> Plan {
    pair_keeping(inputs, sheet_name, bands, jobs, KEEP_BYTES, single)
}

/// Splits the inputs: tugas tambahan sheets are read and scored into [`Partners`] (those that
/// cannot be read, or have no NIP, are failures); the rest stay inputs, each with the PKB
/// list of its workbook.
fn pair_keeping(
    inputs: Vec<Input>,
    sheet_name: Option<&str>,
    bands: Bands,
    jobs: usize,
    keep: usize,
    single: bool,
) -> Plan {
    let (mut any_scores, mut any_forms) = (false, false);
    let mut rest = Vec::with_capacity(inputs.len());
    let mut partners = Partners::default();
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
            let Some(Look { found, alone, converted, pkb, scores, forms }) = look else {
                // Not looked at (standard input, a large file): read as scores.
                any_scores = true;
                rest.push(input);
                continue;
            };
            any_scores |= scores;
            any_forms |= forms;
            // A workbook that also holds the PK Guru sheet stays an input.
            if found.is_empty() || !alone {
                if let Some(c) = converted.filter(|c| kept.saturating_add(c.held()) <= keep) {
                    kept += c.held();
                    input.converted = Some(Box::new(c));
                }
                match pkb {
                    Some((part, Ok(list))) => {
                        let ak_pkb = Some(list.totals.total());
                        let sheet =
                            part.rsplit_once('[').and_then(|(_, s)| s.strip_suffix(']')).map(str::to_string);
                        input.partner = Arc::new(InputPartner { ak_pkb, pkb: Some(list), pkb_sheet: sheet });
                    }
                    Some((part, Err(problems))) => {
                        let file: Arc<str> = Arc::from(part.as_str());
                        failures.extend(problems.into_iter().map(|problem| Failure {
                            file: Arc::clone(&file),
                            problem,
                            warning: false,
                        }));
                    }
                    None => {}
                }
                rest.push(input);
            }
            pair_found(found, bands, single, &mut partners, &mut failures);
        }
    }
    Plan { inputs: rest, partners, failures, forms: any_forms && !any_scores }
}

/// Scores the tugas tambahan sheets found in one input into the partners.
fn pair_found(
    found: Vec<(String, Result<TambahanSheet, Vec<Problem>>)>,
    bands: Bands,
    single: bool,
    partners: &mut Partners,
    failures: &mut Vec<Failure>,
) {
    for (label, read) in found {
        let file: Arc<str> = Arc::from(label.as_str());
        let mut fail = |problem| failures.push(Failure { file: Arc::clone(&file), problem, warning: false });
        match read {
            Err(problems) => problems.into_iter().for_each(&mut fail),
            Ok(s) if single => {
                if let Some(first) = &partners.every {
                    fail(Problem::file(ProblemKind::TambahanTwice(format!("{}, {}", first.label, file))));
                    continue;
                }
                partners.every = Partners::every(&label, &s, bands).every;
            }
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
                if let Some(first) = partners.by_nip.insert(nip, paired) {
                    fail(Problem::file(ProblemKind::TambahanTwice(format!("{}, {}", first.label, file))));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Encoder, Options, Row, Sink, inputs};
    use crate::sheet::{Instruments, ReadOptions};

    /// A line per teacher: source, line, predikat, tugas tambahan.
    struct Lines;

    impl Encoder for Lines {
        type State = ();
        type Batch = String;
        fn state(&self) {}
        fn batch(&self, _: Vec<u8>, _: usize) -> String {
            String::new()
        }
        fn teacher<S: AsRef<str> + Clone>(
            &self,
            _: &mut (),
            out: &mut String,
            _: &mut Vec<Failure>,
            r: &Row<'_, S>,
        ) -> bool {
            let p = r.result.map_or("", |a| a.predikat.name());
            let t = r.teacher.tugas_tambahan.map_or("", |t| t.rule().code);
            out.push_str(&format!("{},{:?},{p},{t}\n", r.origin.file, r.origin.line));
            false
        }
    }

    #[derive(Default, Debug, PartialEq)]
    struct Collect {
        rows: String,
        failures: Vec<Failure>,
    }

    impl Sink<String> for Collect {
        fn batch(&mut self, rows: String) -> anyhow::Result<Option<String>> {
            self.rows.push_str(&rows);
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
        // With one job nothing is converted ahead: the feeder converts each workbook itself.
        let run = |keep: usize, jobs: usize| {
            let Plan { inputs: mut rest, partners: pairing, failures: early, .. } =
                pair_keeping(inputs::expand(&[d.to_path_buf()]), None, Bands::default(), jobs, keep, false);
            let kept: Vec<String> =
                rest.iter().filter(|i| i.converted.is_some()).map(|i| i.label.clone()).collect();
            let opts = Options {
                instruments: &instruments,
                read: ReadOptions::default(),
                bands: Bands::default(),
                strict: false,
                jobs,
                sheet_name: None,
                forms: false,
                values: None,
                partners: &pairing,
                overrides: None,
                schemes: &Default::default(),
            };
            let mut sink = Collect::default();
            crate::pipeline::run(&mut rest, &opts, &Lines, &mut sink, &AtomicBool::new(false)).unwrap();
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
        let rows = fresh.rows;
        assert_eq!(rows.lines().count(), 4, "{rows}");
        assert!(rows.lines().any(|l| l.contains("a.xlsx") && l.ends_with(",kepala-sekolah")), "{rows}");
        assert!(rows.contains("b.xlsx[BK]"), "{rows}");
        assert!(
            fresh.failures.iter().any(|f| f.file.ends_with("c.xlsx") && !f.warning),
            "{:?}",
            fresh.failures
        );
        assert!(unused.iter().any(|f| f.file.ends_with("e.xlsx")), "{unused:?}");
    }
}
