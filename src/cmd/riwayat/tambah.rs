//! `riwayat tambah`: one period's results into the ledger (any input the pipeline reads, or a
//! rekap pkguru wrote), the last PAK, and AK PKB and penunjang.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::exact::{self, int};
use crate::core::golongan::Golongan;
use crate::core::riwayat::{Extra, Identity, Pak, PeriodResult, Regime};
use crate::i18n;
use crate::kind::{Kind, Own};
use crate::lang::Lang;
use crate::pipeline::inputs::{self, Input};
use crate::pipeline::{Encoder, Failure, Options, Row, Sink, prepass};
use crate::sheet::{Problem, ProblemKind};
use crate::store::{Added, Import, Ledger};

use super::super::UsageError;
use super::super::ledger::{self, error as store_error};
use super::{RegimeArg, TambahArgs};

/// Runs `riwayat tambah`.
pub fn run(lang: Lang, db: &Path, a: &TambahArgs) -> Result<ExitCode> {
    if a.inputs.is_empty() && a.pak.is_none() && a.ak_lain.is_none() && a.pkb_daftar.is_none() {
        return Err(UsageError(i18n::err_riwayat_nothing(lang)).into());
    }
    if (!a.inputs.is_empty() || a.ak_lain.is_some() || a.pkb_daftar.is_some()) && a.periode.is_none() {
        return Err(UsageError(i18n::err_riwayat_periode(lang)).into());
    }
    let mut ledger = ledger::open(lang, db)?;
    if let Some(path) = &a.pak {
        let rows = small_csv(lang, path, &["nip", "golongan", "tmt", "ak_kumulatif", "periode"])?;
        let mut paks = Vec::new();
        for (line, r) in rows {
            let bad = |what: &str, text: &str| {
                anyhow!("{}:{line}: {}", path.display(), i18n::err_riwayat_value(lang, what, text))
            };
            let golongan: Golongan = r[1].parse().map_err(|_| bad("golongan", &r[1]))?;
            let ak_kumulatif = exact::parse_exact_text(&r[3]).ok_or_else(|| bad("ak_kumulatif", &r[3]))?;
            if r[0].is_empty() {
                return Err(bad("nip", ""));
            }
            let pak = Pak { golongan, tmt: r[2].clone(), ak_kumulatif, periode: r[4].clone() };
            paks.push((r[0].clone(), pak));
        }
        ledger.set_pak(&paks).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_pak_done(lang, paks.len()));
    }
    if let Some(path) = &a.ak_lain {
        let periode = a.periode.clone().unwrap_or_default();
        let rows = small_csv(lang, path, &["nip", "pkb", "penunjang"])?;
        let mut extra = Vec::new();
        for (line, r) in rows {
            let mut ak = [int(0); 2];
            for (i, name) in [(1, "pkb"), (2, "penunjang")] {
                ak[i - 1] = match exact::parse_exact_text(&r[i]) {
                    Some(v) if v >= int(0) => v,
                    _ => {
                        let message = i18n::err_riwayat_value(lang, name, &r[i]);
                        return Err(anyhow!("{}:{line}: {message}", path.display()));
                    }
                };
            }
            extra.push((r[0].clone(), Extra { periode: periode.clone(), pkb: ak[0], penunjang: ak[1] }));
        }
        ledger.set_extra(&extra).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_extra_done(lang, extra.len()));
    }
    if let (Some(path), Some(nip)) = (&a.pkb_daftar, &a.nip) {
        // The counted PKB of the list; the period's penunjang, when recorded, stays.
        let periode = a.periode.clone().unwrap_or_default();
        let list = prepass::pkb_file(path, a.scoring.sheet_name.as_deref())
            .map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))?;
        let nip = nip.trim().to_string();
        let recorded = ledger.extras(&nip).map_err(|e| store_error(lang, db, e))?;
        let penunjang = recorded.into_iter().find(|e| e.periode == periode).map_or(int(0), |e| e.penunjang);
        let extra = Extra { periode, pkb: list.totals.total(), penunjang };
        ledger.set_extra(&[(nip, extra)]).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_extra_done(lang, 1));
    }
    if a.inputs.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let periode = a.periode.clone().unwrap_or_default();
    import(lang, db, &mut ledger, &periode, a)
}

/// Reads a small CSV of the given columns (by name) into rows; problems located by line.
fn small_csv(lang: Lang, path: &Path, wanted: &[&str]) -> Result<Vec<(u64, Vec<String>)>> {
    let label = path.display().to_string();
    let bytes = crate::sheet::input::read_all(path)
        .map_err(|p| anyhow!("{}", i18n::problem_line(lang, &label, &p)))?;
    let text = crate::scan::text::decode(&bytes)
        .map_err(|e| anyhow!("{}", i18n::problem_line(lang, &label, &Problem::decode(e))))?;
    let delimiter = crate::scan::text::sniff_first_line(text.as_bytes());
    let mut rdr = crate::scan::text::reader(text.as_bytes(), delimiter, true);
    let header: Vec<String> = rdr.headers()?.iter().map(crate::core::text::squash).collect();
    let cols: Vec<usize> = wanted
        .iter()
        .map(|w| {
            let key = crate::core::text::squash(w);
            header
                .iter()
                .position(|h| *h == key)
                .ok_or_else(|| anyhow!("{label}: {}", i18n::err_riwayat_column(lang, w)))
        })
        .collect::<Result<_>>()?;
    let mut out = Vec::new();
    let mut lines = crate::scan::LineTracker::new(1);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| anyhow!("{label}: {e}"))?;
        let line = lines.line(text.as_bytes(), rec.position());
        let row: Vec<String> = cols.iter().map(|&c| rec.get(c).unwrap_or("").trim().to_string()).collect();
        if row.iter().all(String::is_empty) {
            continue;
        }
        out.push((line, row));
    }
    Ok(out)
}

/// What the import makes of a teacher: a period's result, or a teacher registered without
/// one (not yet assessed).
enum Imported {
    Result(Box<(Identity, PeriodResult)>),
    Registered(Identity),
}

/// The pipeline's teachers as the ledger's records, in the period's regime.
struct LedgerEncoder {
    regime: Regime,
    months: i64,
}

impl Encoder for LedgerEncoder {
    type State = ();
    type Batch = Vec<Imported>;

    fn state(&self) {}

    fn batch(&self, _buffer: Vec<u8>, _input_bytes: usize) -> Vec<Imported> {
        Vec::new()
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        _state: &mut (),
        out: &mut Vec<Imported>,
        problems: &mut Vec<Failure>,
        r: &Row<'_, S>,
    ) -> bool {
        let t = r.teacher;
        let sekolah = t.sekolah.as_ref().map_or("", |s| s.as_ref().trim());
        let who = Identity { nip: t.nip_str().into(), nama: t.nama_str().into(), sekolah: sekolah.into() };
        if who.nip.is_empty() {
            let at = Some(who.nama.clone()).filter(|n| !n.is_empty());
            let kind = ProblemKind::RiwayatNoNip(r.origin.file.to_string());
            problems.push(Failure {
                file: r.origin.file.into(),
                problem: Problem::new(r.origin.line, at, kind),
                warning: false,
            });
            return true;
        }
        let Some(a) = r.result else {
            out.push(Imported::Registered(who));
            return false;
        };
        let ak_2009 = a.credit.computed().map(|c| c.per_year);
        let result = PeriodResult {
            jenis: r.jenis,
            golongan: t.golongan,
            values: a.scored.values().to_vec(),
            nilai: a.score_100(),
            predikat: a.predikat,
            ak: self.regime.ak(ak_2009, t.golongan, a.predikat, self.months),
            regime: self.regime,
            penilai: t.appraisal_str(crate::core::teacher::Field::Penilai).into(),
            source: r.origin.file.into(),
            line: r.origin.line,
            jm: t.jm(r.jenis),
            tugas_tambahan: t.tugas_tambahan,
            nilai_tambahan: t.nilai_tambahan.map(|v| v.scale_100()),
        };
        out.push(Imported::Result(Box::new((who, result))));
        false
    }
}

/// Receives the records in input order and writes them into the import.
struct ImportSink<'a> {
    lang: Lang,
    import: Import<'a>,
    failures: Vec<Failure>,
    error: Option<crate::store::StoreError>,
    imported: u64,
    /// Teachers of the next batch seen before in the run: left out.
    again: std::collections::HashSet<String>,
}

impl ImportSink<'_> {
    /// Adds one record; a teacher met twice is a failure at the second place. Records keep
    /// coming after a failure, so that every teacher met twice is said at once (the import is
    /// refused as a whole then).
    fn add(&mut self, entry: &Imported) {
        if self.error.is_some() {
            return;
        }
        let added = match entry {
            Imported::Result(record) => {
                let (who, r) = record.as_ref();
                self.import.add(who, r).map(|added| match added {
                    Added::Duplicate { sumber, baris } => {
                        self.failures.push(duplicate(who, r, &sumber, baris))
                    }
                    _ => self.imported += 1,
                })
            }
            Imported::Registered(who) => self.import.teacher(who),
        };
        if let Err(e) = added {
            self.error = Some(e);
        }
    }
}

impl Sink<Vec<Imported>> for ImportSink<'_> {
    fn again(&mut self, teachers: &[crate::pipeline::seen::Again]) -> Result<()> {
        self.again = crate::pipeline::seen::places(teachers);
        Ok(())
    }

    fn batch(&mut self, batch: Vec<Imported>) -> Result<Option<Vec<Imported>>> {
        for entry in &batch {
            // A teacher seen before in the run is a problem already: the first is imported.
            if let Imported::Result(r) = entry
                && self.again.remove(&crate::pipeline::seen::place(&r.1.source, r.1.line))
            {
                continue;
            }
            self.add(entry);
        }
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        for f in failures {
            if f.warning {
                eprintln!("{}", i18n::warning_line(self.lang, &f.file, &f.problem));
            } else {
                self.failures.push(f.clone());
            }
        }
        Ok(())
    }
}

fn import(lang: Lang, db: &Path, ledger: &mut Ledger, periode: &str, a: &TambahArgs) -> Result<ExitCode> {
    let instruments = a.scoring.instruments(lang)?;
    let schemes = a.scoring.schemes(lang)?;
    let all = inputs::expand(&a.inputs);
    // pkguru's own rekaps named as inputs are read as they are; everything else goes through
    // the pipeline (which leaves a rekap found in a folder aside, as every command does).
    let (rekaps, sheets): (Vec<Input>, Vec<Input>) = all.into_iter().partition(|i| !i.walked && is_rekap(i));
    let jobs = super::super::args::jobs(lang, None)?;
    let sheet_name = a.scoring.sheet_name.as_deref();
    let plan = prepass::plan(sheets, sheet_name, a.scoring.bands(), jobs, false);
    let (mut sheets, partners, early) = (plan.inputs, plan.partners, plan.failures);
    let regime: Regime = a.regime.into();
    let months = if a.regime == RegimeArg::R2023 { a.bulan } else { 12 };
    let import = ledger.begin_import(periode, a.ganti).map_err(|e| store_error(lang, db, e))?;
    let mut sink =
        ImportSink { lang, import, failures: early, error: None, imported: 0, again: Default::default() };
    for input in &rekaps {
        rekap_file(input, &mut sink, regime, months);
    }
    let opts = Options {
        instruments: &instruments,
        read: a.scoring.read_options(),
        bands: a.scoring.bands(),
        strict: false,
        jobs,
        sheet_name: a.scoring.sheet_name.clone(),
        forms: false,
        values: None,
        partners: &partners,
        overrides: None,
        schemes: &schemes,
    };
    if !sheets.is_empty() {
        let encoder = LedgerEncoder { regime, months };
        crate::pipeline::run(&mut sheets, &opts, &encoder, &mut sink, super::super::cancel_flag())?;
    }
    let ImportSink { import, mut failures, error, imported, .. } = sink;
    failures.extend(partners.unused());
    if let Some(e) = error {
        return Err(store_error(lang, db, e));
    }
    if !failures.is_empty() {
        drop(import);
        for f in &failures {
            eprintln!("{}", i18n::problem_line(lang, &f.file, &f.problem));
        }
        eprintln!("{}", i18n::riwayat_import_refused(lang, crate::pipeline::failed_files(&failures)));
        return Ok(ExitCode::FAILURE);
    }
    let written = import.commit().map_err(|e| store_error(lang, db, e))?;
    debug_assert_eq!(written, imported);
    eprintln!("{}", i18n::riwayat_import_done(lang, written, periode, &db.display().to_string()));
    Ok(ExitCode::SUCCESS)
}

/// Whether an input is a CSV rekap pkguru wrote (the classifier's word for its first bytes).
fn is_rekap(input: &Input) -> bool {
    input.path.as_deref().is_some_and(|p| {
        let mut head = Vec::new();
        let read = std::fs::File::open(p)
            .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 4096), &mut head));
        let csv = crate::sheet::detect::format(&input.label, &head) == crate::sheet::detect::Format::Csv;
        let opened = crate::sheet::Opened { bytes: head.as_slice().into(), line_offset: 0, json: false };
        read.is_ok() && csv && crate::kind::of(&opened) == Kind::Own(Own::Rekap)
    })
}

/// A CSV rekap pkguru wrote (either dialect), into the import.
fn rekap_file(input: &Input, sink: &mut ImportSink<'_>, regime: Regime, months: i64) {
    let path = input.path.as_deref().unwrap_or(Path::new("-"));
    let fail = |p: Problem| Failure { file: input.label.as_str().into(), problem: p, warning: false };
    let bytes = match crate::sheet::input::read_all(path) {
        Ok(b) => b,
        Err(p) => return sink.failures.push(fail(p)),
    };
    for row in crate::sheet::rekap::read(&bytes, &input.label) {
        let entry = match row {
            Err(p) => {
                sink.failures.push(fail(p));
                continue;
            }
            Ok(e) => e,
        };
        let imported = match entry.result {
            None => Imported::Registered(entry.identity),
            Some(s) => {
                let result = PeriodResult {
                    jenis: s.jenis,
                    golongan: s.golongan,
                    values: s.values,
                    nilai: s.nilai,
                    predikat: s.predikat,
                    ak: regime.ak(s.ak, s.golongan, s.predikat, months),
                    regime,
                    penilai: s.penilai,
                    source: entry.source,
                    line: entry.source_line,
                    // A rekap does not show the working behind its angka kredit.
                    jm: None,
                    tugas_tambahan: None,
                    nilai_tambahan: None,
                };
                Imported::Result(Box::new((entry.identity, result)))
            }
        };
        sink.add(&imported);
    }
}

/// A teacher met twice in one import, located at the second place.
fn duplicate(who: &Identity, r: &PeriodResult, sumber: &str, baris: Option<u64>) -> Failure {
    let first = match baris {
        Some(b) => format!("{sumber}:{b}"),
        None => sumber.to_string(),
    };
    let kind = ProblemKind::RiwayatDuplicate { nip: who.nip.clone(), first };
    Failure { file: r.source.as_str().into(), problem: Problem::new(r.line, None, kind), warning: false }
}
