//! The ledger of results per teacher and period (`pkguru riwayat`), in an embedded SQLite
//! database. Everything the commands need goes through [`Ledger`]'s methods, so another
//! database could stand behind the same interface.
//!
//! Reliability: foreign keys on, WAL journal, a busy timeout (two operators' commands on one
//! file wait for each other instead of failing or corrupting it), every write one transaction.
//! The schema is versioned (`PRAGMA user_version`): a command that writes copies an older
//! ledger aside and migrates it forward, under the write lock, once; a newer one is refused.
//! A command that only reads opens the file read-only and reads an older schema as it is.
//! Another program's database, or a file that is no database, is refused untouched (see
//! [`open`](mod@open)).
//!
//! The ledger stores and returns the core's typed values (`pkguru_core::riwayat`): a value
//! that does not read back is refused as a corrupt ledger, never passed on as text.

mod import;
mod open;
mod schema;
mod text;

use std::path::{Path, PathBuf};

use pkguru_core::riwayat::{Extra, History, Identity, Pak, PeriodResult, SchoolRow, Stage, Tahap};
use rusqlite::{Connection, OptionalExtension, params};

pub use import::{Added, Import};
pub use open::{APPLICATION_ID, Access};
pub use schema::VERSION;

/// What went wrong with the ledger.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    /// The file cannot be looked at (a folder on the way cannot be entered).
    #[error("file: {0}")]
    Unreadable(std::io::Error),
    /// The file does not exist, and the command does not create one.
    #[error("no such file")]
    Missing,
    /// An empty database (no ledger in it yet), opened to be read.
    #[error("empty database")]
    Empty,
    /// Another program's database, or not a database at all: left as it was.
    #[error("not a pkguru ledger")]
    NotLedger,
    /// The copy made before migrating cannot be made: the backup's name and why. The ledger
    /// is not migrated.
    #[error("backup {path:?}: {error}")]
    Backup { path: PathBuf, error: String },
    /// Written by a newer pkguru.
    #[error("schema {found} is newer than {supported}")]
    Newer { found: i64, supported: i64 },
    /// The period is already in the ledger for these teachers (how many), and `--ganti` was
    /// not given.
    #[error("period {periode} already holds {count} teacher(s)")]
    PeriodExists { periode: String, count: u64 },
    /// A teacher twice in one import: the first place.
    #[error("NIP {nip} twice in one import (first: {sumber})")]
    Duplicate { nip: String, sumber: String, baris: Option<u64> },
    /// The stage is recorded for the period already (its date and note), and `--ganti` was
    /// not given.
    #[error("stage already recorded on {tanggal}")]
    StageExists { tanggal: String, catatan: String },
    /// A stored value that does not read back (the file was changed by hand or by another
    /// program): its column and text.
    #[error("stored {column} {value:?} is not valid")]
    Corrupt { column: &'static str, value: String },
}

/// The ledger.
pub struct Ledger {
    conn: Connection,
    /// The schema version of the file (older than [`VERSION`] only when opened to read).
    version: i64,
}

/// What opening did: the schema version found, and the backup made before migrating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub from_version: i64,
    pub backup: Option<PathBuf>,
}

impl Ledger {
    /// Opens the ledger at `path` for `access` (see [`Access`]). To write, an older schema is
    /// migrated after copying the file aside (`<file>.v<N>.bak`, or numbered when that name is
    /// taken), and a missing file is created for [`Access::Create`]. To read, nothing is
    /// written and everything read is one snapshot.
    pub fn open(path: &Path, access: Access) -> Result<(Ledger, Opened), StoreError> {
        let (conn, version, opened) = open::open(path, access)?;
        Ok((Ledger { conn, version }, opened))
    }

    /// The schema version of the file.
    pub fn version(&self) -> i64 {
        self.version
    }

    /// Starts importing one period (see [`Import`]).
    pub fn begin_import(&mut self, periode: &str, replace: bool) -> Result<Import<'_>, StoreError> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let id: i64 =
            self.conn.query_row("SELECT coalesce(max(impor), 0) + 1 FROM hasil", [], |r| r.get(0))?;
        Ok(Import {
            conn: &self.conn,
            id,
            periode: periode.to_string(),
            replace,
            clash: 0,
            written: 0,
            open: true,
        })
    }

    /// Records (or replaces) teachers' last PAK, in one transaction.
    pub fn set_pak(&mut self, paks: &[(String, Pak)]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (nip, p) in paks {
            tx.execute("INSERT INTO guru (nip) VALUES (?1) ON CONFLICT (nip) DO NOTHING", params![nip])?;
            tx.execute(
                "INSERT INTO pak (nip, golongan, tmt, ak_kumulatif, periode) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (nip) DO UPDATE SET golongan = excluded.golongan, tmt = excluded.tmt,
                   ak_kumulatif = excluded.ak_kumulatif, periode = excluded.periode",
                params![nip, p.golongan.as_str(), p.tmt, text::exact(p.ak_kumulatif), p.periode],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records (or replaces) PKB and penunjang per teacher and period, in one transaction.
    pub fn set_extra(&mut self, extra: &[(String, Extra)]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (nip, e) in extra {
            tx.execute("INSERT INTO guru (nip) VALUES (?1) ON CONFLICT (nip) DO NOTHING", params![nip])?;
            tx.execute(
                "INSERT INTO tambahan_ak (nip, periode, pkb, penunjang) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (nip, periode) DO UPDATE SET pkb = excluded.pkb, penunjang = excluded.penunjang",
                params![nip, e.periode, text::exact(e.pkb), text::exact(e.penunjang)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A teacher's name and school, when known.
    pub fn teacher(&self, nip: &str) -> Result<Option<Identity>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT nama, sekolah FROM guru WHERE nip = ?1", params![nip], |r| {
                Ok(Identity {
                    nip: nip.to_string(),
                    nama: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    sekolah: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                })
            })
            .optional()?)
    }

    /// A teacher's results, oldest period first.
    pub fn results(&self, nip: &str) -> Result<Vec<(String, PeriodResult)>, StoreError> {
        // Schemas before 3 have no regime (all 2009) and no working beyond the values.
        let sql = if self.version >= 3 {
            "SELECT periode, jenis, golongan, nilai_kompetensi, nilai_tepat, predikat, ak_tepat, penilai,
                    sumber, baris, regime, jm, tugas_tambahan, nilai_tambahan
             FROM hasil WHERE nip = ?1 ORDER BY periode"
        } else {
            "SELECT periode, jenis, golongan, nilai_kompetensi, nilai_tepat, predikat, ak_tepat, penilai,
                    sumber, baris, NULL, NULL, NULL, NULL
             FROM hasil WHERE nip = ?1 ORDER BY periode"
        };
        let mut st = self.conn.prepare_cached(sql)?;
        type Raw =
            (String, String, String, String, String, String, Option<String>, String, String, Option<i64>);
        type Rest = (Option<String>, Option<String>, Option<String>, Option<String>);
        let rows = st.query_map(params![nip], |r| {
            let raw: Raw = (
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
            );
            let rest: Rest = (r.get(10)?, r.get(11)?, r.get(12)?, r.get(13)?);
            Ok((raw, rest))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let ((periode, jenis, golongan, values, nilai, predikat, ak, penilai, source, line), rest) = row?;
            let (regime, jm, tambahan, nilai_tambahan) = rest;
            let result = PeriodResult {
                jenis: text::read_jenis(&jenis)?,
                golongan: text::read_golongan(&golongan)?,
                values: text::read_values(&values)?,
                nilai: text::read_exact("nilai_tepat", &nilai)?,
                predikat: text::read_predikat(&predikat)?,
                ak: text::read_exact_opt("ak_tepat", ak)?,
                regime: text::read_regime(regime)?,
                penilai,
                source,
                line: line.map(|l| l as u64),
                jm: text::read_exact_opt("jm", jm)?,
                tugas_tambahan: text::read_tugas_tambahan(tambahan)?,
                nilai_tambahan: text::read_exact_opt("nilai_tambahan", nilai_tambahan)?,
            };
            out.push((periode, result));
        }
        Ok(out)
    }

    /// A teacher's last PAK.
    pub fn pak(&self, nip: &str) -> Result<Option<Pak>, StoreError> {
        let row: Option<(String, String, String, String)> = self
            .conn
            .query_row(
                "SELECT golongan, tmt, ak_kumulatif, periode FROM pak WHERE nip = ?1",
                params![nip],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((golongan, tmt, ak, periode)) = row else { return Ok(None) };
        let golongan = text::read_golongan(&golongan)?
            .ok_or_else(|| StoreError::Corrupt { column: "golongan", value: String::new() })?;
        Ok(Some(Pak { golongan, tmt, ak_kumulatif: text::read_exact("ak_kumulatif", &ak)?, periode }))
    }

    /// A teacher's PKB and penunjang per period.
    pub fn extras(&self, nip: &str) -> Result<Vec<Extra>, StoreError> {
        if self.version < 2 {
            return Ok(Vec::new()); // no PKB or penunjang before schema 2
        }
        let mut st = self.conn.prepare_cached(
            "SELECT periode, pkb, penunjang FROM tambahan_ak WHERE nip = ?1 ORDER BY periode",
        )?;
        let rows = st.query_map(params![nip], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (periode, pkb, penunjang) = row?;
            let pkb = text::read_exact("pkb", &pkb)?;
            out.push(Extra { periode, pkb, penunjang: text::read_exact("penunjang", &penunjang)? });
        }
        Ok(out)
    }

    /// A teacher's history worked out: results, PAK and extras, by the core's rules.
    pub fn history(&self, nip: &str) -> Result<Option<History>, StoreError> {
        let Some(identity) = self.teacher(nip)? else { return Ok(None) };
        let periods = self.results(nip)?;
        let pak = self.pak(nip)?;
        let extras = self.extras(nip)?;
        Ok(Some(History::new(identity, periods, pak, &extras)))
    }

    /// Every teacher (optionally of one school), by name.
    pub fn teachers(&self, sekolah: Option<&str>) -> Result<Vec<Identity>, StoreError> {
        // One school through its index; all teachers otherwise.
        let sql = match sekolah {
            Some(_) => {
                "SELECT nip, COALESCE(nama, ''), COALESCE(sekolah, '') FROM guru
                 WHERE sekolah = ?1 COLLATE NOCASE ORDER BY nama, nip"
            }
            None => "SELECT nip, COALESCE(nama, ''), COALESCE(sekolah, '') FROM guru ORDER BY nama, nip",
        };
        let mut st = self.conn.prepare_cached(sql)?;
        let map =
            |r: &rusqlite::Row<'_>| Ok(Identity { nip: r.get(0)?, nama: r.get(1)?, sekolah: r.get(2)? });
        let rows = match sekolah {
            Some(s) => st.query_map(params![s], map)?.collect::<Result<_, _>>()?,
            None => st.query_map([], map)?.collect::<Result<_, _>>()?,
        };
        Ok(rows)
    }

    /// The latest period in the ledger.
    pub fn latest_period(&self) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row("SELECT max(periode) FROM hasil", [], |r| r.get(0))?)
    }

    /// The school view: the current period (given, or the latest in the ledger) and a line per
    /// teacher (of one school, or all), by name.
    pub fn school(
        &self,
        sekolah: Option<&str>,
        periode: Option<&str>,
    ) -> Result<(Option<String>, Vec<SchoolRow>), StoreError> {
        let current = match periode {
            Some(p) => Some(p.to_string()),
            None => self.latest_period()?,
        };
        let mut rows = Vec::new();
        for who in self.teachers(sekolah)? {
            let Some(h) = self.history(&who.nip)? else { continue };
            let stage = match &current {
                Some(c) => pkguru_core::siklus::reached(&self.stages(&who.nip)?, c),
                None => None,
            };
            rows.push(SchoolRow::new(h, current.as_deref(), stage));
        }
        Ok((current, rows))
    }

    /// Records a stage of the cycle; returns the stages before it that were not recorded yet
    /// for that period (schools catch up: a warning, not an error). A stage recorded before is
    /// replaced only with `replace` (its date and note would be lost).
    pub fn add_stage(&mut self, nip: &str, s: &Stage, replace: bool) -> Result<Vec<Tahap>, StoreError> {
        let pos = Tahap::ALL.iter().position(|t| *t == s.tahap).unwrap_or(0);
        let tx = self.conn.transaction()?;
        let before: Option<(String, String)> = tx
            .query_row(
                "SELECT tanggal, COALESCE(catatan, '') FROM siklus WHERE nip = ?1 AND periode = ?2 AND tahap = ?3",
                params![nip, s.periode, s.tahap.code()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((tanggal, catatan)) = before
            && !replace
        {
            return Err(StoreError::StageExists { tanggal, catatan });
        }
        tx.execute("INSERT INTO guru (nip) VALUES (?1) ON CONFLICT (nip) DO NOTHING", params![nip])?;
        tx.execute(
            "INSERT INTO siklus (nip, periode, tahap, urutan, tanggal, catatan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (nip, periode, tahap) DO UPDATE SET tanggal = excluded.tanggal, catatan = excluded.catatan",
            params![nip, s.periode, s.tahap.code(), pos as i64, s.tanggal, s.catatan],
        )?;
        let mut missing = Vec::new();
        for earlier in &Tahap::ALL[..pos] {
            let there: bool = tx
                .query_row(
                    "SELECT 1 FROM siklus WHERE nip = ?1 AND periode = ?2 AND tahap = ?3",
                    params![nip, s.periode, earlier.code()],
                    |_| Ok(true),
                )
                .optional()?
                .unwrap_or(false);
            if !there {
                missing.push(*earlier);
            }
        }
        tx.commit()?;
        Ok(missing)
    }

    /// Every stage recorded for a teacher, by period and stage.
    pub fn stages(&self, nip: &str) -> Result<Vec<Stage>, StoreError> {
        if self.version < 2 {
            return Ok(Vec::new()); // no cycle before schema 2
        }
        let mut st = self.conn.prepare_cached(
            "SELECT periode, tahap, tanggal, COALESCE(catatan, '') FROM siklus WHERE nip = ?1
             ORDER BY periode, urutan",
        )?;
        let rows: Vec<(String, String, String, String)> = st
            .query_map(params![nip], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(periode, tahap, tanggal, catatan)| {
                Ok(Stage { periode, tahap: text::read_tahap(&tahap)?, tanggal, catatan })
            })
            .collect()
    }

    /// Every row of a table, as text, with its column names. A table that an older schema
    /// does not have yet is empty, with the columns it will have. `riwayat ekspor` reads
    /// through [`Ledger::each_row`] instead, never holding a table.
    pub fn dump(&self, table: Table) -> Result<Dump, StoreError> {
        let columns = self.columns(table)?;
        let mut rows = Vec::new();
        self.each_row(table, |r| {
            rows.push(r.to_vec());
            Ok::<_, StoreError>(())
        })?;
        Ok((columns, rows))
    }

    /// A table's column names; for a table that an older schema does not have yet, the
    /// columns it will have.
    pub fn columns(&self, table: Table) -> Result<Vec<String>, StoreError> {
        if self.version < table.since() {
            return Ok(schema::columns_at(VERSION)?.remove(table.name()).unwrap_or_default());
        }
        let st = self.conn.prepare(table.select())?;
        Ok(st.column_names().into_iter().map(str::to_string).collect())
    }

    /// Hands the rows of a table to `row` in order, one at a time, each cell as text or NULL
    /// (for `riwayat ekspor`: a province's ledger is read through, never held). Stops at the
    /// first error, the database's or `row`'s own. A table that an older schema does not have
    /// yet has no rows.
    pub fn each_row<E: From<StoreError>>(
        &self,
        table: Table,
        mut row: impl FnMut(&[Option<String>]) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.version < table.since() {
            return Ok(());
        }
        let mut st = self.conn.prepare(table.select()).map_err(StoreError::from)?;
        let n = st.column_count();
        let mut rows = st.query([]).map_err(StoreError::from)?;
        let mut cells: Vec<Option<String>> = Vec::with_capacity(n);
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            cells.clear();
            for i in 0..n {
                cells.push(match r.get_ref(i).map_err(StoreError::from)? {
                    rusqlite::types::ValueRef::Null => None,
                    rusqlite::types::ValueRef::Integer(v) => Some(v.to_string()),
                    rusqlite::types::ValueRef::Real(v) => Some(v.to_string()),
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        Some(String::from_utf8_lossy(t).into_owned())
                    }
                });
            }
            row(&cells)?;
        }
        Ok(())
    }
}

/// A table's column names and rows (each cell as text, or NULL).
pub type Dump = (Vec<String>, Vec<Vec<Option<String>>>);

/// The ledger's tables, for export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Guru,
    Hasil,
    Pak,
    TambahanAk,
    Siklus,
}

impl Table {
    pub const ALL: [Table; 5] = [Table::Guru, Table::Hasil, Table::Pak, Table::TambahanAk, Table::Siklus];

    pub fn name(self) -> &'static str {
        match self {
            Table::Guru => "guru",
            Table::Hasil => "hasil",
            Table::Pak => "pak",
            Table::TambahanAk => "tambahan_ak",
            Table::Siklus => "siklus",
        }
    }

    /// The schema version that added the table.
    fn since(self) -> i64 {
        match self {
            Table::Guru | Table::Hasil | Table::Pak => 1,
            Table::TambahanAk | Table::Siklus => 2,
        }
    }

    fn select(self) -> &'static str {
        match self {
            Table::Guru => "SELECT * FROM guru ORDER BY nip",
            Table::Hasil => "SELECT * FROM hasil ORDER BY nip, periode",
            Table::Pak => "SELECT * FROM pak ORDER BY nip",
            Table::TambahanAk => "SELECT * FROM tambahan_ak ORDER BY nip, periode",
            Table::Siklus => "SELECT * FROM siklus ORDER BY nip, periode, urutan",
        }
    }
}
