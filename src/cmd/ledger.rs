//! Opening the ledger (`riwayat`, `report --riwayat`): a migration is said once; a ledger
//! error names the file.

use std::path::Path;

use anyhow::anyhow;

use crate::i18n;
use crate::lang::Lang;
use crate::store::{Ledger, StoreError};

/// Opens (creating) the ledger at `db`; an older schema is migrated after a backup, and said.
pub fn open(lang: Lang, db: &Path) -> anyhow::Result<Ledger> {
    // No output of this run may replace it.
    super::guard::protect([db], super::guard::Role::Ledger);
    let (ledger, opened) = Ledger::open(db).map_err(|e| error(lang, db, e))?;
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

/// A ledger error, naming the file.
pub fn error(lang: Lang, db: &Path, e: StoreError) -> anyhow::Error {
    anyhow!("{}: {}", db.display(), i18n::store_error(lang, &e))
}
