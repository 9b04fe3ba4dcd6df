//! Opening the ledger (`riwayat`, `report --riwayat`): read-only for the commands that only
//! read, created or migrated by those that write; a migration is said once; a ledger error
//! names the file (a backup error, the backup).

use std::path::Path;

use anyhow::anyhow;

use crate::i18n;
use crate::lang::Lang;
use crate::store::{Access, Ledger, StoreError};

/// Opens the ledger at `db` for `access`; an older schema migrated (after a backup) is said.
pub fn open(lang: Lang, db: &Path, access: Access) -> anyhow::Result<Ledger> {
    // No output of this run may replace it.
    super::guard::protect([db], super::guard::Role::Ledger);
    let (ledger, opened) = Ledger::open(db, access).map_err(|e| error(lang, db, e))?;
    if let Some(backup) = opened.backup {
        eprintln!(
            "pkguru: {}",
            i18n::riwayat_migrated(
                lang,
                opened.from_version,
                crate::store::VERSION,
                &backup.display().to_string()
            )
        );
    }
    Ok(ledger)
}

/// A ledger error, naming the file (an error about the backup names the backup only).
pub fn error(lang: Lang, db: &Path, e: StoreError) -> anyhow::Error {
    match e {
        StoreError::Backup { .. } => anyhow!("{}", i18n::store_error(lang, &e)),
        e => anyhow!("{}: {}", db.display(), i18n::store_error(lang, &e)),
    }
}
