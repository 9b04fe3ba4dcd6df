//! `riwayat guru`, `sekolah`, `siklus` and `ekspor`: the ledger read (or a stage added) and
//! shown by the renderers.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::periode::Tanggal;
use crate::core::riwayat::Stage;
use crate::i18n;
use crate::lang::Lang;
use crate::render::ekspor;
use crate::render::riwayat as view;
use crate::store::{Access, Table};

use super::super::ledger::{self, error as store_error};
use super::super::{UsageError, output};
use super::{EksporArgs, EksporFormat, GuruArgs, SekolahArgs, SiklusArgs};
use crate::render::export::Format;

/// `riwayat guru`: one teacher's history.
pub fn guru(lang: Lang, db: &Path, a: &GuruArgs) -> Result<ExitCode> {
    let ledger = ledger::open(lang, db, Access::Read)?;
    let Some(h) = ledger.history(a.nip.trim()).map_err(|e| store_error(lang, db, e))? else {
        return Err(anyhow!("{}: {}", db.display(), i18n::err_riwayat_unknown_nip(lang, &a.nip)));
    };
    let stages = ledger.stages(h.identity.nip.as_str()).map_err(|e| store_error(lang, db, e))?;
    let format = a.out.format(lang, a.format, Format::Table)?;
    output::export(lang, a.out.path(), format, a.out.dialect(), &view::Guru(&h, &stages))?;
    Ok(ExitCode::SUCCESS)
}

/// `riwayat sekolah`: a line per teacher for the current period.
pub fn sekolah(lang: Lang, db: &Path, a: &SekolahArgs) -> Result<ExitCode> {
    let format = a.out.format(lang, a.format, Format::Table)?;
    if let Some(p) = &a.periode {
        super::tambah::periode_arg(lang, "--periode", p)?;
    }
    let ledger = ledger::open(lang, db, Access::Read)?;
    let (current, rows) =
        ledger.school(a.sekolah.as_deref(), a.periode.as_deref()).map_err(|e| store_error(lang, db, e))?;
    let view = view::Sekolah { current: current.as_deref(), rows: &rows };
    output::export(lang, a.out.path(), format, a.out.dialect(), &view)?;
    Ok(ExitCode::SUCCESS)
}

/// `riwayat siklus`: records a stage of the performance cycle for a teacher the ledger knows,
/// on a real date, in a real period; a stage recorded before is replaced only with `--ganti`.
pub fn siklus(lang: Lang, db: &Path, a: &SiklusArgs) -> Result<ExitCode> {
    let periode = super::tambah::periode_arg(lang, "--periode", &a.periode)?;
    let tanggal =
        Tanggal::parse(&a.tanggal).ok_or_else(|| UsageError(i18n::err_tanggal_bad(lang, &a.tanggal)))?;
    let mut ledger = ledger::open(lang, db, Access::Write)?;
    let nip = a.nip.trim();
    if ledger.teacher(nip).map_err(|e| store_error(lang, db, e))?.is_none() {
        return Err(anyhow!("{}: {}", db.display(), i18n::err_riwayat_unknown_nip(lang, nip)));
    }
    if !periode.holds(tanggal.semester()) {
        eprintln!(
            "pkguru: {}",
            i18n::riwayat_stage_outside(lang, &tanggal.to_string(), &periode.to_string())
        );
    }
    let stage = Stage {
        periode: periode.to_string(),
        tahap: a.tahap.tahap(),
        tanggal: tanggal.to_string(),
        catatan: a.catatan.clone(),
    };
    let missing = ledger.add_stage(nip, &stage, a.ganti).map_err(|e| store_error(lang, db, e))?;
    if !missing.is_empty() {
        let missing: Vec<&str> = missing.iter().map(|t| t.code()).collect();
        eprintln!("pkguru: {}", i18n::riwayat_stage_early(lang, stage.tahap.code(), &missing.join(", ")));
    }
    eprintln!("{}", i18n::riwayat_stage_done(lang, nip, stage.tahap.code(), &stage.periode));
    Ok(ExitCode::SUCCESS)
}

/// `riwayat ekspor`: every table, as one JSON document or one CSV per table, read from the
/// ledger and written a row at a time.
pub fn ekspor(lang: Lang, db: &Path, a: &EksporArgs) -> Result<ExitCode> {
    let ledger = ledger::open(lang, db, Access::Read)?;
    let failed = |e: ekspor::EksporError| match e {
        ekspor::EksporError::Store(e) => store_error(lang, db, e),
        ekspor::EksporError::Export(e) => output::exported(lang, e),
    };
    match a.format {
        EksporFormat::Json => output::write_with(lang, a.output.as_deref(), None, |out| {
            ekspor::json(&ledger, out).map_err(failed)
        })?,
        EksporFormat::Csv => {
            // One CSV file per table, in the folder given.
            let dir = a.output.as_deref().ok_or_else(|| UsageError(i18n::err_riwayat_csv_dir(lang)))?;
            std::fs::create_dir_all(dir)?;
            for t in Table::ALL {
                let path = dir.join(format!("{}.csv", t.name()));
                output::write_with(lang, Some(&path), None, |out| {
                    ekspor::csv(&ledger, t, out).map_err(failed)
                })?;
            }
        }
    }
    let _ = std::io::stdout().flush();
    Ok(ExitCode::SUCCESS)
}
