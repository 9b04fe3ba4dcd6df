//! The ledger's schema, as numbered migrations applied in order (`PRAGMA user_version` holds
//! the last one applied). A migration is never edited once released: a change is a new one.

use rusqlite::Connection;

/// Each migration's SQL; migration `n` (1-based) brings the schema to version `n`.
const MIGRATIONS: [&str; 3] = [
    // 1: teachers, their results per period, and the last PAK. (Keyed tables WITHOUT ROWID
    // were measured on a province's import: slower, 60–115 s against 51 s.)
    "CREATE TABLE guru (
        nip TEXT PRIMARY KEY NOT NULL,
        nama TEXT,
        sekolah TEXT
     );
     CREATE TABLE hasil (
        nip TEXT NOT NULL REFERENCES guru (nip),
        periode TEXT NOT NULL,
        jenis TEXT NOT NULL,
        golongan TEXT NOT NULL,
        nilai_kompetensi TEXT NOT NULL,
        nilai_tepat TEXT NOT NULL,
        nilai REAL NOT NULL,
        predikat TEXT NOT NULL,
        ak_tepat TEXT,
        ak REAL,
        penilai TEXT NOT NULL,
        sumber TEXT NOT NULL,
        baris INTEGER,
        PRIMARY KEY (nip, periode)
     );
     CREATE INDEX hasil_periode ON hasil (periode);
     CREATE TABLE pak (
        nip TEXT PRIMARY KEY NOT NULL REFERENCES guru (nip),
        golongan TEXT NOT NULL,
        tmt TEXT NOT NULL,
        ak_kumulatif TEXT NOT NULL,
        periode TEXT NOT NULL
     );",
    // 2: PKB and penunjang per period, and the stages of the performance cycle.
    "CREATE TABLE tambahan_ak (
        nip TEXT NOT NULL REFERENCES guru (nip),
        periode TEXT NOT NULL,
        pkb TEXT NOT NULL,
        penunjang TEXT NOT NULL,
        PRIMARY KEY (nip, periode)
     );
     CREATE TABLE siklus (
        nip TEXT NOT NULL REFERENCES guru (nip),
        periode TEXT NOT NULL,
        tahap TEXT NOT NULL,
        urutan INTEGER NOT NULL,
        tanggal TEXT NOT NULL,
        catatan TEXT,
        PRIMARY KEY (nip, periode, tahap)
     );
     CREATE INDEX guru_sekolah ON guru (sekolah COLLATE NOCASE);",
    // 3: the regime each period's angka kredit was counted in (2009 or 2023), and which
    // import wrote each row, and the rest of the working (hours or counselees, tugas tambahan
    // and its nilai).
    "ALTER TABLE hasil ADD COLUMN regime TEXT NOT NULL DEFAULT '2009';
     ALTER TABLE hasil ADD COLUMN impor INTEGER;
     ALTER TABLE hasil ADD COLUMN jm TEXT;
     ALTER TABLE hasil ADD COLUMN tugas_tambahan TEXT;
     ALTER TABLE hasil ADD COLUMN nilai_tambahan TEXT;",
];

/// The schema version this pkguru writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies the migrations after `from`, each in its own transaction with its version.
pub fn migrate(conn: &mut Connection, from: i64) -> rusqlite::Result<()> {
    migrate_to(conn, from, VERSION)
}

/// Applies the migrations after `from` up to `to` (tests build older schemas with it).
pub fn migrate_to(conn: &mut Connection, from: i64, to: i64) -> rusqlite::Result<()> {
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize).take((to - from).max(0) as usize)
    {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_in_order_and_once() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 0, 1).unwrap();
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, 1);
        assert!(conn.prepare("SELECT * FROM siklus").is_err(), "not yet");
        migrate(&mut conn, 1).unwrap();
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, VERSION);
        assert!(conn.prepare("SELECT * FROM siklus").is_ok());
        migrate(&mut conn, VERSION).unwrap();
    }
}
