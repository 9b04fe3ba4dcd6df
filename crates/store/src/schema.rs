//! The ledger's schema, as numbered migrations applied in order (`PRAGMA user_version` holds
//! the last one applied). A migration is never edited once released: a change is a new one.

use std::collections::BTreeMap;

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

/// Applies the migrations after `from` up to `to`, and sets the version. The caller holds
/// the transaction (and the write lock) they run in: all of them are applied, or none.
pub fn apply(conn: &Connection, from: i64, to: i64) -> rusqlite::Result<()> {
    let from = from.max(0);
    for sql in MIGRATIONS.iter().skip(from as usize).take((to - from).max(0) as usize) {
        conn.execute_batch(sql)?;
    }
    if to > from {
        conn.pragma_update(None, "user_version", to)?;
    }
    Ok(())
}

/// The tables of schema `version` and their columns, as a ledger of that version has them
/// (built in memory from the migrations, so there is one description of the schema).
pub fn columns_at(version: i64) -> rusqlite::Result<BTreeMap<String, Vec<String>>> {
    let conn = Connection::open_in_memory()?;
    apply(&conn, 0, version.min(VERSION))?;
    columns(&conn)
}

/// The tables of a database and their columns.
pub fn columns(conn: &Connection) -> rusqlite::Result<BTreeMap<String, Vec<String>>> {
    let mut st = conn.prepare(
        "SELECT m.name, p.name FROM sqlite_schema AS m, pragma_table_info(m.name) AS p
         WHERE m.type = 'table' ORDER BY m.name, p.cid",
    )?;
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (table, column) = row?;
        out.entry(table).or_default().push(column);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_in_order_and_once() {
        let conn = Connection::open_in_memory().unwrap();
        apply(&conn, 0, 1).unwrap();
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, 1);
        assert!(conn.prepare("SELECT * FROM siklus").is_err(), "not yet");
        apply(&conn, 1, VERSION).unwrap();
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, VERSION);
        assert!(conn.prepare("SELECT * FROM siklus").is_ok());
        apply(&conn, VERSION, VERSION).unwrap();
        // The description of each version is what its migrations made.
        assert!(!columns_at(1).unwrap().contains_key("siklus"));
        assert!(!columns_at(2).unwrap()["hasil"].contains(&"regime".to_string()));
        assert!(columns_at(VERSION).unwrap()["hasil"].contains(&"regime".to_string()));
    }
}
