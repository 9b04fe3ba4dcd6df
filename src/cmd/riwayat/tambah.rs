//! `riwayat tambah`: one period's results into the ledger (any input the pipeline reads, or a
//! rekap pkguru wrote), the last PAK, and AK PKB and penunjang.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::exact::{self, Exact, int};
use crate::core::golongan::Golongan;
use crate::core::periode::Periode;
use crate::core::riwayat::{Extra, Identity, Pak, PeriodResult, Regime};
use crate::i18n;
use crate::kind::{Kind, Own};
use crate::lang::Lang;
use crate::pipeline::inputs::{self, Input};
use crate::pipeline::{Encoder, Failure, Options, Row, prepass};
use crate::sheet::{Problem, ProblemKind};
use crate::store::Ledger;

use super::super::UsageError;
use super::super::ledger::{self, error as store_error};
use super::sink::{Ended, ImportSink, Imported, SheetPeriode};
use super::{RegimeArg, TambahArgs};

/// Runs `riwayat tambah`.
pub fn run(lang: Lang, db: &Path, a: &TambahArgs) -> Result<ExitCode> {
    if a.inputs.is_empty() && a.pak.is_none() && a.ak_lain.is_none() && a.pkb_daftar.is_none() {
        return Err(UsageError(i18n::err_riwayat_nothing(lang)).into());
    }
    if (a.ak_lain.is_some() || a.pkb_daftar.is_some()) && a.periode.is_none() {
        return Err(UsageError(i18n::err_riwayat_periode(lang)).into());
    }
    let periode = a.periode.as_deref().map(|p| periode_arg(lang, "--periode", p)).transpose()?;
    let mut ledger = ledger::open(lang, db, crate::store::Access::Create)?;
    if let Some(path) = &a.pak {
        let rows = small_csv(lang, path, &["nip", "golongan", "tmt", "ak_kumulatif", "periode"])?;
        let mut paks = Vec::new();
        for (line, r) in rows {
            let bad = |what: &str, text: &str| {
                anyhow!("{}:{line}: {}", path.display(), i18n::err_riwayat_value(lang, what, text))
            };
            let golongan: Golongan = r[1].parse().map_err(|_| bad("golongan", &r[1]))?;
            let ak_kumulatif = ledger_ak(&r[3], 10_000).ok_or_else(|| bad("ak_kumulatif", &r[3]))?;
            let nip = nip_of(&r[0]).ok_or_else(|| bad("nip", &r[0]))?;
            let periode = Periode::parse(&r[4]).ok_or_else(|| bad("periode", &r[4]))?;
            // The TMT as the ledger keeps dates (ISO), from either way sheets write them.
            let tmt = match r[2].trim() {
                "" => String::new(),
                t => crate::core::periode::Tanggal::parse(t).ok_or_else(|| bad("tmt", t))?.to_string(),
            };
            let pak = Pak { golongan, tmt, ak_kumulatif, periode: periode.to_string() };
            paks.push((nip, pak));
        }
        ledger.set_pak(&paks).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_pak_done(lang, paks.len()));
    }
    if let Some(path) = &a.ak_lain {
        let periode = periode.map(|p| p.to_string()).unwrap_or_default();
        let rows = small_csv(lang, path, &["nip", "pkb", "penunjang"])?;
        let mut extra = Vec::new();
        for (line, r) in rows {
            let mut ak = [int(0); 2];
            let bad = |i: usize, name: &str| {
                anyhow!("{}:{line}: {}", path.display(), i18n::err_riwayat_value(lang, name, &r[i]))
            };
            let nip = nip_of(&r[0]).ok_or_else(|| bad(0, "nip"))?;
            for (i, name) in [(1, "pkb"), (2, "penunjang")] {
                ak[i - 1] = ledger_ak(&r[i], 1_000).ok_or_else(|| bad(i, name))?;
            }
            extra.push((nip, Extra { periode: periode.clone(), pkb: ak[0], penunjang: ak[1] }));
        }
        ledger.set_extra(&extra).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_extra_done(lang, extra.len()));
    }
    if let (Some(path), Some(nip)) = (&a.pkb_daftar, &a.nip) {
        // The counted PKB of the list; the period's penunjang, when recorded, stays.
        let periode = periode.map(|p| p.to_string()).unwrap_or_default();
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
    import(lang, db, &mut ledger, periode, a)
}

/// A period given on the command line, or a usage error saying what one looks like.
pub(super) fn periode_arg(lang: Lang, option: &str, text: &str) -> Result<Periode> {
    Periode::parse(text).ok_or_else(|| UsageError(i18n::err_periode_bad(lang, option, text)).into())
}

/// An angka kredit typed for the ledger: from 0 to below `below`, with at most four decimals
/// (as a PAK or a PKB list writes it), so that no sum of them can overflow or mislead.
fn ledger_ak(text: &str, below: i64) -> Option<Exact> {
    let v = exact::parse_exact_text(text.trim())?;
    (v >= int(0) && v < int(below) && exact::decimal_places(v, 4).is_some()).then_some(v)
}

/// A NIP typed for the ledger: 18 digits (spaces allowed), as every NIP since 1999 has; the
/// digits are what is kept.
fn nip_of(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 18 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
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
            // An honorer: no angka kredit applies, so the ledger has nothing to keep.
            let at = Some(who.nama.clone()).filter(|n| !n.is_empty());
            let kind = ProblemKind::RiwayatNoNip(r.origin.file.to_string());
            problems.push(Failure {
                file: r.origin.file.into(),
                problem: Problem::new(r.origin.line, at, kind),
                warning: true,
            });
            return false;
        }
        let periode = SheetPeriode::of(t.appraisal_str(crate::core::teacher::Field::Periode));
        let Some(a) = r.result else {
            out.push(Imported::Registered(who, periode, r.origin.file.into(), r.origin.line));
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
        out.push(Imported::Result(Box::new((who, result)), periode));
        false
    }
}

fn import(
    lang: Lang,
    db: &Path,
    ledger: &mut Ledger,
    periode: Option<Periode>,
    a: &TambahArgs,
) -> Result<ExitCode> {
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
    let mut sink = ImportSink::new(lang, ledger, periode, a.ganti);
    sink.failures = early;
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
    let (ended, mut failures, error, imported) = sink.end();
    failures.extend(partners.unused());
    if let Some(e) = error {
        return Err(store_error(lang, db, e));
    }
    if !failures.is_empty() {
        drop(ended);
        for f in &failures {
            eprintln!("{}", i18n::problem_line(lang, &f.file, &f.problem));
        }
        eprintln!("{}", i18n::riwayat_import_refused(lang, crate::pipeline::failed_files(&failures)));
        return Ok(ExitCode::FAILURE);
    }
    let (import, periode) = match ended {
        Ended::Ready(import, periode) => (import, periode.to_string()),
        Ended::NoPeriode => return Err(UsageError(i18n::err_periode_none(lang)).into()),
        Ended::Empty => {
            eprintln!("{}", i18n::riwayat_import_nothing(lang));
            return Ok(ExitCode::SUCCESS);
        }
    };
    let written = import.commit().map_err(|e| store_error(lang, db, e))?;
    debug_assert_eq!(written, imported);
    eprintln!("{}", i18n::riwayat_import_done(lang, written, &periode, &db.display().to_string()));
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
            Err(p) if matches!(p.kind, ProblemKind::RiwayatNoNip(_)) => {
                let warning = Failure { warning: true, ..fail(p) };
                eprintln!("{}", i18n::warning_line(sink.lang(), &warning.file, &warning.problem));
                continue;
            }
            Err(p) => {
                sink.failures.push(fail(p));
                continue;
            }
            Ok(e) => e,
        };
        // A rekap does not say its period: the import's is used.
        let imported = match entry.result {
            None => {
                Imported::Registered(entry.identity, SheetPeriode::Blank, entry.source, entry.source_line)
            }
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
                Imported::Result(Box::new((entry.identity, result)), SheetPeriode::Blank)
            }
        };
        sink.add(imported);
    }
}
