//! One period's import: results are added one by one (streamed from the pipeline) inside one
//! transaction that [`Import::commit`] ends; dropped without it, the import leaves the ledger
//! as it was.

use pkguru_core::exact;
use pkguru_core::riwayat::{Identity, PeriodResult};
use rusqlite::{Connection, params};

use super::{StoreError, text};

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

/// An import in progress (see [`super::Ledger::begin_import`]).
pub struct Import<'a> {
    pub(super) conn: &'a Connection,
    /// This import's number, kept on its rows: a conflict with a row of the same import is a
    /// duplicate teacher, not a period imported again.
    pub(super) id: i64,
    pub(super) periode: String,
    pub(super) replace: bool,
    pub(super) clash: u64,
    pub(super) written: u64,
    pub(super) open: bool,
}

impl Import<'_> {
    /// Registers a teacher (a teacher listed without results is known to the ledger, and
    /// shows as not assessed).
    pub fn teacher(&mut self, who: &Identity) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO guru (nip, nama, sekolah) VALUES (?1, ?2, ?3)
                 ON CONFLICT (nip) DO UPDATE SET nama = excluded.nama, sekolah = excluded.sekolah
                 WHERE guru.nama IS NOT excluded.nama OR guru.sekolah IS NOT excluded.sekolah",
            )?
            .execute(params![who.nip, who.nama, who.sekolah])?;
        Ok(())
    }

    /// Adds one teacher's result for the import's period.
    pub fn add(&mut self, who: &Identity, r: &PeriodResult) -> Result<Added, StoreError> {
        self.teacher(who)?;
        let ak_exact = r.ak.map(text::exact);
        let tambahan = r.tugas_tambahan.map(|t| t.rule().code);
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
                who.nip,
                self.periode,
                r.jenis.code(),
                text::golongan(r.golongan),
                text::values(&r.values),
                text::exact(r.nilai),
                exact::to_f64(r.nilai),
                r.predikat.name(),
                ak_exact,
                r.ak.map(exact::to_f64),
                r.penilai,
                r.source,
                r.line.map(|l| l as i64),
                r.regime.code(),
                self.id,
                r.jm.map(text::exact),
                tambahan,
                r.nilai_tambahan.map(text::exact),
            ])?;
        if inserted == 1 {
            self.written += 1;
            return Ok(Added::Written);
        }
        let (by, sumber, baris): (i64, String, Option<i64>) = self.conn.query_row(
            "SELECT impor, sumber, baris FROM hasil WHERE nip = ?1 AND periode = ?2",
            params![who.nip, self.periode],
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
            .execute(params![who.nip, self.periode])?;
        self.add(who, r)
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
