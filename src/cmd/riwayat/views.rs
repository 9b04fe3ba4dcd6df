//! `riwayat guru`, `sekolah`, `siklus` and `ekspor`: the ledger read (or a stage added) and
//! shown by the renderers.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::riwayat::Stage;
use crate::i18n;
use crate::lang::Lang;
use crate::render::riwayat as view;
use crate::store::Table;

use super::super::ledger::{self, error as store_error};
use super::super::{UsageError, output};
use super::{EksporArgs, EksporFormat, GuruArgs, GuruFormat, SekolahArgs, SekolahFormat, SiklusArgs};

/// `riwayat guru`: one teacher's history.
pub fn guru(lang: Lang, db: &Path, a: &GuruArgs) -> Result<ExitCode> {
    let ledger = ledger::open(lang, db)?;
    let Some(h) = ledger.history(a.nip.trim()).map_err(|e| store_error(lang, db, e))? else {
        return Err(anyhow!("{}: {}", db.display(), i18n::err_riwayat_unknown_nip(lang, &a.nip)));
    };
    let text = match a.format {
        GuruFormat::Json => view::guru_json(&h)?,
        GuruFormat::Table => view::guru_table(lang, &h),
    };
    output::write_all(lang, None, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// `riwayat sekolah`: a line per teacher for the current period.
pub fn sekolah(lang: Lang, db: &Path, a: &SekolahArgs) -> Result<ExitCode> {
    let by_extension =
        [("csv", SekolahFormat::Csv), ("json", SekolahFormat::Json), ("xlsx", SekolahFormat::Xlsx)];
    let format = super::super::args::output_format(
        lang,
        a.format,
        a.output.as_deref(),
        &by_extension,
        SekolahFormat::Table,
    )?;
    if format == SekolahFormat::Xlsx && output::is_stdout(a.output.as_deref()) {
        return Err(UsageError(i18n::err_xlsx_needs_output(lang)).into());
    }
    let ledger = ledger::open(lang, db)?;
    let (current, rows) =
        ledger.school(a.sekolah.as_deref(), a.periode.as_deref()).map_err(|e| store_error(lang, db, e))?;
    let bytes = match format {
        SekolahFormat::Json => view::sekolah_json(current.as_deref(), &rows)?,
        SekolahFormat::Csv => view::sekolah_csv(&rows),
        SekolahFormat::Xlsx => view::sekolah_xlsx(lang, &rows)?,
        SekolahFormat::Table => view::sekolah_table(lang, current.as_deref(), &rows),
    };
    output::write_all(lang, a.output.as_deref(), &bytes)?;
    Ok(ExitCode::SUCCESS)
}

/// `riwayat siklus`: records a stage of the performance cycle.
pub fn siklus(lang: Lang, db: &Path, a: &SiklusArgs) -> Result<ExitCode> {
    let mut ledger = ledger::open(lang, db)?;
    let nip = a.nip.trim();
    let stage = Stage {
        periode: a.periode.clone(),
        tahap: a.tahap.tahap(),
        tanggal: a.tanggal.clone(),
        catatan: a.catatan.clone(),
    };
    let missing = ledger.add_stage(nip, &stage).map_err(|e| store_error(lang, db, e))?;
    if !missing.is_empty() {
        let missing: Vec<&str> = missing.iter().map(|t| t.code()).collect();
        eprintln!("pkguru: {}", i18n::riwayat_stage_early(lang, stage.tahap.code(), &missing.join(", ")));
    }
    eprintln!("{}", i18n::riwayat_stage_done(lang, nip, stage.tahap.code(), &stage.periode));
    Ok(ExitCode::SUCCESS)
}

/// `riwayat ekspor`: every table, as one JSON document or one CSV per table.
pub fn ekspor(lang: Lang, db: &Path, a: &EksporArgs) -> Result<ExitCode> {
    let ledger = ledger::open(lang, db)?;
    let mut tables = Vec::new();
    for t in Table::ALL {
        tables.push((t.name(), ledger.dump(t).map_err(|e| store_error(lang, db, e))?));
    }
    match a.format {
        EksporFormat::Json => {
            output::write_all(lang, a.output.as_deref(), &view::ekspor_json(crate::store::VERSION, &tables)?)?
        }
        EksporFormat::Csv => {
            let dir = a.output.as_deref().ok_or_else(|| UsageError(i18n::err_riwayat_csv_dir(lang)))?;
            std::fs::create_dir_all(dir)?;
            for (name, dump) in &tables {
                output::write_all(lang, Some(&dir.join(format!("{name}.csv"))), &view::ekspor_csv(dump))?;
            }
        }
    }
    let _ = std::io::stdout().flush();
    Ok(ExitCode::SUCCESS)
}
