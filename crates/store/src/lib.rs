//! The ledger of results per teacher and period (`pkguru riwayat`), in an embedded SQLite
//! database. Everything the commands need goes through [`Ledger`]'s methods, so another
//! database could stand behind the same interface.
//!
//! Reliability: foreign keys on, WAL journal, a busy timeout (two operators' commands on one
//! file wait for each other instead of failing or corrupting it), every write one transaction.
//! The schema is versioned (`PRAGMA user_version`): an older database is copied aside and
//! migrated forward; a newer one is refused.
//!
//! May use: `core`.

mod schema;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

pub use schema::VERSION;

/// What went wrong with the ledger.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("backup: {0}")]
    Io(#[from] std::io::Error),
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
    /// A stage of the cycle that is not one of the five.
    #[error("unknown stage {0}")]
    Stage(String),
}

/// One teacher's result for one period, as imported.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub nip: String,
    pub nama: String,
    pub sekolah: String,
    pub jenis: String,
    pub golongan: String,
    /// Competency values, comma-separated (`3,4,3,…`).
    pub values: String,
    /// Nilai (100 scale), exact text and number.
    pub nilai_exact: String,
    pub nilai: f64,
    pub predikat: String,
    /// Angka kredit per year, exact text and number, when computed.
    pub ak_exact: Option<String>,
    pub ak: Option<f64>,
    pub penilai: String,
    pub source: String,
    pub line: Option<u64>,
    /// The regime the angka kredit is counted in: `2009` or `2023`.
    pub regime: String,
    /// The working's other inputs (exact texts and code), when known.
    pub jm: Option<String>,
    pub tugas_tambahan: Option<String>,
    pub nilai_tambahan: Option<String>,
}

/// The last PAK of a teacher: the baseline new angka kredit counts from.
#[derive(Debug, Clone, PartialEq)]
pub struct Pak {
    pub nip: String,
    pub golongan: String,
    pub tmt: String,
    /// Cumulative AK on the PAK (exact text).
    pub ak_kumulatif: String,
    /// The last period already counted in it.
    pub periode: String,
}

/// PKB and penunjang earned in a period.
#[derive(Debug, Clone, PartialEq)]
pub struct Extra {
    pub nip: String,
    pub periode: String,
    pub pkb: String,
    pub penunjang: String,
}

/// One recorded stage of the performance cycle.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub nip: String,
    pub periode: String,
    pub tahap: String,
    pub tanggal: String,
    pub catatan: String,
}

/// The stages of the performance cycle, in order.
pub const STAGES: [&str; 5] =
    ["diskusi-persiapan", "observasi", "diskusi-tindak-lanjut", "upaya-tindak-lanjut", "refleksi"];

/// The ledger.
pub struct Ledger {
    conn: Connection,
}

/// What opening did: the schema version found, and the backup made before migrating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub from_version: i64,
    pub backup: Option<PathBuf>,
}

impl Ledger {
    /// Opens (creating) the ledger at `path`, migrating an older schema after copying the
    /// file aside (`<file>.v<N>.bak`).
    pub fn open(path: &Path) -> Result<(Ledger, Opened), StoreError> {
        let existed = path.exists();
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > VERSION {
            return Err(StoreError::Newer { found, supported: VERSION });
        }
        let mut backup = None;
        if existed && found > 0 && found < VERSION {
            let copy = path.with_extension(format!("v{found}.bak"));
            conn.execute("VACUUM INTO ?1", params![copy.to_string_lossy()])?;
            backup = Some(copy);
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // WAL with NORMAL sync never corrupts the file; a big cache keeps a province's import
        // from spilling pages to the log row by row (bounded: 128 MiB).
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "cache_size", -131_072)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        let mut ledger = Ledger { conn };
        schema::migrate(&mut ledger.conn, found)?;
        Ok((ledger, Opened { from_version: found, backup }))
    }

    /// Starts importing one period: records are added one by one (streamed from the batch
    /// engine) inside one transaction that [`Import::commit`] ends; dropped without it, the
    /// import leaves the ledger as it was.
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

    /// Imports one period's results in one transaction (see [`Ledger::begin_import`]).
    pub fn import(
        &mut self,
        periode: &str,
        records: impl IntoIterator<Item = Record>,
        replace: bool,
    ) -> Result<u64, StoreError> {
        let mut import = self.begin_import(periode, replace)?;
        for r in records {
            if let Added::Duplicate { sumber, baris } = import.add(&r)? {
                return Err(StoreError::Duplicate { nip: r.nip, sumber, baris });
            }
        }
        import.commit()
    }

    /// Records (or replaces) teachers' last PAK, in one transaction.
    pub fn set_pak(&mut self, paks: &[Pak]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for p in paks {
            tx.execute("INSERT INTO guru (nip) VALUES (?1) ON CONFLICT (nip) DO NOTHING", params![p.nip])?;
            tx.execute(
                "INSERT INTO pak (nip, golongan, tmt, ak_kumulatif, periode) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (nip) DO UPDATE SET golongan = excluded.golongan, tmt = excluded.tmt,
                   ak_kumulatif = excluded.ak_kumulatif, periode = excluded.periode",
                params![p.nip, p.golongan, p.tmt, p.ak_kumulatif, p.periode],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records (or replaces) PKB and penunjang per teacher and period, in one transaction.
    pub fn set_extra(&mut self, extra: &[Extra]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for e in extra {
            tx.execute("INSERT INTO guru (nip) VALUES (?1) ON CONFLICT (nip) DO NOTHING", params![e.nip])?;
            tx.execute(
                "INSERT INTO tambahan_ak (nip, periode, pkb, penunjang) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (nip, periode) DO UPDATE SET pkb = excluded.pkb, penunjang = excluded.penunjang",
                params![e.nip, e.periode, e.pkb, e.penunjang],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A teacher's name and school, when known.
    pub fn teacher(&self, nip: &str) -> Result<Option<(String, String)>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT nama, sekolah FROM guru WHERE nip = ?1", params![nip], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })
            .optional()?)
    }

    /// A teacher's results, oldest period first.
    pub fn results(&self, nip: &str) -> Result<Vec<(String, Record)>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT h.periode, h.jenis, h.golongan, h.nilai_kompetensi, h.nilai_tepat, h.nilai, h.predikat,
                    h.ak_tepat, h.ak, h.penilai, h.sumber, h.baris, g.nama, g.sekolah, h.regime,
                    h.jm, h.tugas_tambahan, h.nilai_tambahan
             FROM hasil h JOIN guru g ON g.nip = h.nip WHERE h.nip = ?1 ORDER BY h.periode",
        )?;
        let rows = st.query_map(params![nip], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Record {
                    nip: nip.to_string(),
                    jenis: r.get(1)?,
                    golongan: r.get(2)?,
                    values: r.get(3)?,
                    nilai_exact: r.get(4)?,
                    nilai: r.get(5)?,
                    predikat: r.get(6)?,
                    ak_exact: r.get(7)?,
                    ak: r.get(8)?,
                    penilai: r.get(9)?,
                    source: r.get(10)?,
                    line: r.get::<_, Option<i64>>(11)?.map(|l| l as u64),
                    nama: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
                    sekolah: r.get::<_, Option<String>>(13)?.unwrap_or_default(),
                    regime: r.get(14)?,
                    jm: r.get(15)?,
                    tugas_tambahan: r.get(16)?,
                    nilai_tambahan: r.get(17)?,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A teacher's last PAK.
    pub fn pak(&self, nip: &str) -> Result<Option<Pak>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT golongan, tmt, ak_kumulatif, periode FROM pak WHERE nip = ?1",
                params![nip],
                |r| {
                    Ok(Pak {
                        nip: nip.to_string(),
                        golongan: r.get(0)?,
                        tmt: r.get(1)?,
                        ak_kumulatif: r.get(2)?,
                        periode: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// A teacher's PKB and penunjang per period.
    pub fn extras(&self, nip: &str) -> Result<Vec<Extra>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT periode, pkb, penunjang FROM tambahan_ak WHERE nip = ?1 ORDER BY periode",
        )?;
        let rows = st.query_map(params![nip], |r| {
            Ok(Extra { nip: nip.to_string(), periode: r.get(0)?, pkb: r.get(1)?, penunjang: r.get(2)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every teacher's NIP, name and school (optionally of one school), by name.
    pub fn teachers(&self, sekolah: Option<&str>) -> Result<Vec<(String, String, String)>, StoreError> {
        // One school through its index; all teachers otherwise.
        let sql = match sekolah {
            Some(_) => {
                "SELECT nip, COALESCE(nama, ''), COALESCE(sekolah, '') FROM guru
                 WHERE sekolah = ?1 COLLATE NOCASE ORDER BY nama, nip"
            }
            None => "SELECT nip, COALESCE(nama, ''), COALESCE(sekolah, '') FROM guru ORDER BY nama, nip",
        };
        let mut st = self.conn.prepare_cached(sql)?;
        let map = |r: &rusqlite::Row<'_>| Ok((r.get(0)?, r.get(1)?, r.get(2)?));
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

    /// Records a stage of the cycle; returns the stages before it that were not recorded yet
    /// for that period (schools catch up: a warning, not an error).
    pub fn add_stage(&mut self, s: &Stage) -> Result<Vec<&'static str>, StoreError> {
        let pos =
            STAGES.iter().position(|t| *t == s.tahap).ok_or_else(|| StoreError::Stage(s.tahap.clone()))?;
        let tx = self.conn.transaction()?;
        tx.execute("INSERT INTO guru (nip) VALUES (?1) ON CONFLICT (nip) DO NOTHING", params![s.nip])?;
        tx.execute(
            "INSERT INTO siklus (nip, periode, tahap, urutan, tanggal, catatan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (nip, periode, tahap) DO UPDATE SET tanggal = excluded.tanggal, catatan = excluded.catatan",
            params![s.nip, s.periode, s.tahap, pos as i64, s.tanggal, s.catatan],
        )?;
        let mut missing = Vec::new();
        for earlier in &STAGES[..pos] {
            let there: bool = tx
                .query_row(
                    "SELECT 1 FROM siklus WHERE nip = ?1 AND periode = ?2 AND tahap = ?3",
                    params![s.nip, s.periode, earlier],
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

    /// The furthest stage a teacher reached in a period.
    pub fn stage_reached(&self, nip: &str, periode: &str) -> Result<Option<Stage>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT tahap, tanggal, COALESCE(catatan, '') FROM siklus WHERE nip = ?1 AND periode = ?2
                 ORDER BY urutan DESC LIMIT 1",
                params![nip, periode],
                |r| {
                    Ok(Stage {
                        nip: nip.into(),
                        periode: periode.into(),
                        tahap: r.get(0)?,
                        tanggal: r.get(1)?,
                        catatan: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Every row of a table, as text, with its column names (for `riwayat ekspor`).
    pub fn dump(&self, table: Table) -> Result<Dump, StoreError> {
        let mut st = self.conn.prepare(table.select())?;
        let names: Vec<String> = st.column_names().into_iter().map(str::to_string).collect();
        let n = names.len();
        let rows = st.query_map([], |r| {
            (0..n)
                .map(|i| {
                    Ok(match r.get_ref(i)? {
                        rusqlite::types::ValueRef::Null => None,
                        rusqlite::types::ValueRef::Integer(v) => Some(v.to_string()),
                        rusqlite::types::ValueRef::Real(v) => Some(v.to_string()),
                        rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                            Some(String::from_utf8_lossy(t).into_owned())
                        }
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })?;
        Ok((names, rows.collect::<Result<_, _>>()?))
    }
}

/// What adding one result did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    Written,
    /// The period already holds this teacher from an earlier import (refused at commit).
    Clash,
    /// The same teacher came earlier in this import: where from.
    Duplicate {
        sumber: String,
        baris: Option<u64>,
    },
}

/// An import in progress (see [`Ledger::begin_import`]).
pub struct Import<'a> {
    conn: &'a Connection,
    /// This import's number, kept on its rows: a conflict with a row of the same import is a
    /// duplicate teacher, not a period imported again.
    id: i64,
    periode: String,
    replace: bool,
    clash: u64,
    written: u64,
    open: bool,
}

impl Import<'_> {
    /// Registers a teacher (a teacher listed without results is known to the ledger, and
    /// shows as not assessed).
    pub fn teacher(&mut self, nip: &str, nama: &str, sekolah: &str) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO guru (nip, nama, sekolah) VALUES (?1, ?2, ?3)
                 ON CONFLICT (nip) DO UPDATE SET nama = excluded.nama, sekolah = excluded.sekolah
                 WHERE guru.nama IS NOT excluded.nama OR guru.sekolah IS NOT excluded.sekolah",
            )?
            .execute(params![nip, nama, sekolah])?;
        Ok(())
    }

    /// Adds one result.
    pub fn add(&mut self, r: &Record) -> Result<Added, StoreError> {
        self.teacher(&r.nip, &r.nama, &r.sekolah)?;
        // One statement per row in the common case; a conflict (the period already holds
        // this teacher) is looked at only when it happens.
        let inserted = self
            .conn
            .prepare_cached(
                "INSERT INTO hasil (nip, periode, jenis, golongan, nilai_kompetensi, nilai_tepat, nilai,
                    predikat, ak_tepat, ak, penilai, sumber, baris, regime, impor, jm, tugas_tambahan,
                    nilai_tambahan)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                 ON CONFLICT (nip, periode) DO NOTHING",
            )?
            .execute(params![
                r.nip,
                self.periode,
                r.jenis,
                r.golongan,
                r.values,
                r.nilai_exact,
                r.nilai,
                r.predikat,
                r.ak_exact,
                r.ak,
                r.penilai,
                r.source,
                r.line.map(|l| l as i64),
                r.regime,
                self.id,
                r.jm,
                r.tugas_tambahan,
                r.nilai_tambahan,
            ])?;
        if inserted == 1 {
            self.written += 1;
            return Ok(Added::Written);
        }
        let (by, sumber, baris): (i64, String, Option<i64>) = self.conn.query_row(
            "SELECT impor, sumber, baris FROM hasil WHERE nip = ?1 AND periode = ?2",
            params![r.nip, self.periode],
            |row| Ok((row.get::<_, Option<i64>>(0)?.unwrap_or(0), row.get(1)?, row.get(2)?)),
        )?;
        if by == self.id {
            // Twice in this very import: the caller reports it with both places.
            return Ok(Added::Duplicate { sumber, baris: baris.map(|b| b as u64) });
        }
        if !self.replace {
            self.clash += 1;
            return Ok(Added::Clash);
        }
        self.conn
            .prepare_cached("DELETE FROM hasil WHERE nip = ?1 AND periode = ?2")?
            .execute(params![r.nip, self.periode])?;
        self.add(r)
    }

    /// Ends the import: all of it is written, or (a period already there without `--ganti`)
    /// none of it.
    pub fn commit(mut self) -> Result<u64, StoreError> {
        self.open = false;
        if self.clash > 0 {
            self.conn.execute_batch("ROLLBACK")?;
            return Err(StoreError::PeriodExists { periode: self.periode.clone(), count: self.clash });
        }
        self.conn.execute_batch("COMMIT")?;
        Ok(self.written)
    }
}

impl Drop for Import<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
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
