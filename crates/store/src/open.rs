//! Opening the ledger: what a file is before anything is written to it, read-only opening
//! for the commands that only read, and creation and migration once, under a write lock.
//!
//! - A file is looked at through a read-only connection first ([`recognise`]): its
//!   `application_id`, `user_version` and tables. Another program's database, or a file that
//!   is no database, is refused before any connection that could write to it is opened.
//! - Reading ([`Access::Read`]) opens `SQLITE_OPEN_READ_ONLY`: no WAL switch, no migration,
//!   no file created. An older schema is read as it is. A WAL ledger in a folder that cannot
//!   be written (read-only media, another user's folder) is read through SQLite's
//!   `immutable` mode when the `-shm` file cannot be made and no `-wal` file is there.
//! - Writing takes the write lock (`BEGIN IMMEDIATE`, with the busy timeout) around the
//!   check and the creation or migration, so that several first uses at once create or
//!   migrate once; the others wait and find it done.
//! - Before migrating, the file is copied to a backup name that is free (`X.v1.bak`,
//!   `X.v1-2.bak`, …), reserved with an exclusive create: a backup never blocks migration.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{StoreError, schema};

/// The `application_id` of a pkguru ledger ("PKGU"); ledgers made before it was set have 0.
pub const APPLICATION_ID: i64 = 0x504B_4755;

/// How long a command waits for another one that holds the file.
const BUSY: Duration = Duration::from_secs(10);

/// How a command uses the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only read: the file must exist and be a ledger; nothing is written to it.
    Read,
    /// Written; the file must exist (a stage of the cycle needs a known teacher).
    Write,
    /// Written, and created when missing (an import).
    Create,
}

/// What a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A database with nothing in it (a new or empty file).
    Empty,
    /// A pkguru ledger of this schema version.
    Ledger(i64),
    /// A ledger written by a newer pkguru.
    Newer(i64),
    /// Another program's database, or not a database.
    Foreign,
}

/// What [`recognise`] found, and the `application_id` (set on a ledger when written).
struct Look {
    found: Found,
    application_id: i64,
}

/// Looks at the database behind `conn` (within one read transaction when the caller holds
/// one). Reads only.
fn recognise(conn: &Connection) -> Result<Look, StoreError> {
    let pragma = |name: &str| conn.pragma_query_value(None, name, |r| r.get::<_, i64>(0));
    let version = pragma("user_version")?;
    let application_id = pragma("application_id")?;
    let look = |found| Ok(Look { found, application_id });
    if application_id != 0 && application_id != APPLICATION_ID {
        return look(Found::Foreign);
    }
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if version == 0 {
        return look(if objects == 0 { Found::Empty } else { Found::Foreign });
    }
    let columns = |table: &str| -> rusqlite::Result<Vec<String>> {
        let mut st = conn.prepare_cached("SELECT name FROM pragma_table_info(?1)")?;
        st.query_map([table], |r| r.get(0))?.collect()
    };
    if version > schema::VERSION {
        // A newer pkguru's ledger: marked as one, or with the first table every schema has.
        let ours = application_id == APPLICATION_ID || objects == 0 || !columns("guru")?.is_empty();
        return look(if ours { Found::Newer(version) } else { Found::Foreign });
    }
    if version < 0 {
        return look(Found::Foreign);
    }
    // Every table of that version's schema, with at least its columns.
    for (table, wanted) in schema::columns_at(version)? {
        let have = columns(&table)?;
        if !wanted.iter().all(|c| have.contains(c)) {
            return look(Found::Foreign);
        }
    }
    look(Found::Ledger(version))
}

/// The SQLite error code of an error, when it is one.
fn code(e: &rusqlite::Error) -> Option<ErrorCode> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    }
}

/// An error from looking at a file: "not a database" is a foreign file.
fn looked(r: Result<Look, StoreError>) -> Result<Look, StoreError> {
    match r {
        Err(StoreError::Sql(e)) if code(&e) == Some(ErrorCode::NotADatabase) => {
            Ok(Look { found: Found::Foreign, application_id: 0 })
        }
        other => other,
    }
}

/// Whether the file is there (a folder, or a path that cannot be looked at, is not a ledger).
fn exists(path: &Path) -> Result<bool, StoreError> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(StoreError::NotLedger),
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(StoreError::Unreadable(e)),
    }
}

/// Opens the file read-only and holds a read transaction on it, so that everything read
/// through the connection is one snapshot. Returns the connection and what the file is.
pub(super) fn read_only(path: &Path) -> Result<(Connection, Found), StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let first = Connection::open_with_flags(path, flags).map_err(StoreError::from).and_then(|conn| {
        conn.busy_timeout(BUSY)?;
        conn.execute_batch("BEGIN")?;
        let look = looked(recognise(&conn))?;
        Ok((conn, look.found))
    });
    match first {
        // A WAL ledger whose folder cannot be written: SQLite cannot make the `-shm` file
        // that readers share (SQLITE_READONLY_CANTINIT, or SQLITE_CANTOPEN). With no `-wal` file beside it, the file itself holds every
        // committed change, and nobody writes it (no writer works without the `-wal` file):
        // it is read as immutable.
        Err(StoreError::Sql(e))
            if matches!(code(&e), Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly))
                && !wal_file(path).exists() =>
        {
            let flags = flags | OpenFlags::SQLITE_OPEN_URI;
            let conn = Connection::open_with_flags(immutable_uri(path)?, flags)?;
            conn.execute_batch("BEGIN")?;
            let look = looked(recognise(&conn))?;
            Ok((conn, look.found))
        }
        other => other,
    }
}

/// The `-wal` file beside a database.
fn wal_file(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// A URI opening `path` read-only as immutable (its bytes percent-encoded).
fn immutable_uri(path: &Path) -> Result<String, StoreError> {
    let absolute = std::path::absolute(path).map_err(StoreError::Unreadable)?;
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if !text.starts_with('/') {
        uri.push('/'); // a Windows drive: file:/C:/…
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    Ok(uri)
}

/// Opens the ledger at `path` as `access` allows. Returns the connection, the schema version
/// it has now, and what opening did.
pub(super) fn open(path: &Path, access: Access) -> Result<(Connection, i64, super::Opened), StoreError> {
    let there = exists(path)?;
    if !there && access != Access::Create {
        return Err(StoreError::Missing);
    }
    if access == Access::Read {
        let (conn, found) = read_only(path)?;
        return match found {
            Found::Ledger(v) => Ok((conn, v, super::Opened { from_version: v, backup: None })),
            Found::Empty => Err(StoreError::Empty),
            Found::Newer(found) => Err(StoreError::Newer { found, supported: schema::VERSION }),
            Found::Foreign => Err(StoreError::NotLedger),
        };
    }
    // Looked at read-only first: another program's file is left as it was.
    if there {
        let (conn, found) = read_only(path)?;
        drop(conn);
        refuse(found)?;
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if access == Access::Create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    wal(&conn)?;
    // WAL with NORMAL sync never corrupts the file; a big cache keeps a province's import
    // from spilling pages to the log row by row (bounded: 128 MiB).
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "cache_size", -131_072)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Under the write lock: looked at again (another command may have created or migrated
    // it meanwhile), then created or migrated once.
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let done = prepare(path, &conn);
    let end = if done.is_ok() { "COMMIT" } else { "ROLLBACK" };
    let ended = conn.execute_batch(end);
    let (from, backup) = done?;
    ended?;
    Ok((conn, schema::VERSION, super::Opened { from_version: from, backup }))
}

/// Switches the file to WAL (nothing happens when it is in WAL already). Two commands that
/// switch at once each hold the read lock the other must see released: SQLite then answers
/// SQLITE_BUSY at once rather than wait for a deadlock, so the switch is tried again, after
/// a pause that differs between processes, until the busy timeout.
fn wal(conn: &Connection) -> Result<(), StoreError> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(2 + u64::from(std::process::id() % 7));
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(e) if code(&e) == Some(ErrorCode::DatabaseBusy) && start.elapsed() < BUSY => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            done => return Ok(done?),
        }
    }
}

/// A file that is not a ledger this pkguru may write.
fn refuse(found: Found) -> Result<(), StoreError> {
    match found {
        Found::Empty | Found::Ledger(_) => Ok(()),
        Found::Newer(found) => Err(StoreError::Newer { found, supported: schema::VERSION }),
        Found::Foreign => Err(StoreError::NotLedger),
    }
}

/// Within the write lock: creates the schema in an empty file, or migrates an older one
/// after a backup. Returns the version found and the backup made.
fn prepare(path: &Path, conn: &Connection) -> Result<(i64, Option<PathBuf>), StoreError> {
    let look = looked(recognise(conn))?;
    refuse(look.found)?;
    let from = match look.found {
        Found::Ledger(v) => v,
        _ => 0,
    };
    let mut backup = None;
    if from > 0 && from < schema::VERSION {
        backup = Some(copy_aside(path, from)?);
    }
    schema::apply(conn, from, schema::VERSION)?;
    if look.application_id != APPLICATION_ID {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    Ok((from, backup))
}

/// The first backup name that is free: `X.v1.bak`, then `X.v1-2.bak`, `X.v1-3.bak`, …, taken
/// with an exclusive create (an empty file, which `VACUUM INTO` accepts).
pub(super) fn reserve_backup(path: &Path, version: i64) -> Result<PathBuf, StoreError> {
    const MOST: u32 = 1000;
    let mut last = PathBuf::new();
    for n in 1..=MOST {
        let name = match n {
            1 => path.with_extension(format!("v{version}.bak")),
            n => path.with_extension(format!("v{version}-{n}.bak")),
        };
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&name) {
            Ok(_) => return Ok(name),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = name,
            Err(e) => return Err(StoreError::Backup { path: name, error: e.to_string() }),
        }
    }
    Err(StoreError::Backup { path: last, error: format!("{MOST} backups exist already") })
}

/// Copies the ledger (as last committed) to a free backup name, through a second,
/// read-only connection: the caller holds the write lock, which does not keep readers out.
fn copy_aside(path: &Path, version: i64) -> Result<PathBuf, StoreError> {
    let name = reserve_backup(path, version)?;
    let copied = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.busy_timeout(BUSY).map(|_| c))
        .and_then(|c| c.execute("VACUUM INTO ?1", [name.to_string_lossy()]));
    match copied {
        Ok(_) => Ok(name),
        Err(e) => {
            let _ = std::fs::remove_file(&name);
            Err(StoreError::Backup { path: name, error: e.to_string() })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_are_free_or_numbered() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        let first = reserve_backup(&db, 1).unwrap();
        assert_eq!(first, dir.path().join("r.v1.bak"));
        std::fs::create_dir(dir.path().join("r.v1-2.bak")).unwrap();
        assert_eq!(reserve_backup(&db, 1).unwrap(), dir.path().join("r.v1-3.bak"));
        assert_eq!(reserve_backup(&db, 2).unwrap(), dir.path().join("r.v2.bak"));
        // A backup that cannot be made names the backup.
        let gone = dir.path().join("no-such-folder").join("r.db");
        match reserve_backup(&gone, 1) {
            Err(StoreError::Backup { path, .. }) => assert_eq!(path, gone.with_extension("v1.bak")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn immutable_uris_escape_the_path() {
        let uri = immutable_uri(Path::new("/a b/c?d#e%f.db")).unwrap();
        assert_eq!(uri, "file:/a%20b/c%3Fd%23e%25f.db?immutable=1");
    }
}
