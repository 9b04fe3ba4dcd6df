//! The ledger against hostile files and hostile timing (issue 22, items 5–8; listed in
//! `tests/hostile.rs`): commands that read never write (a missing file, another program's
//! SQLite file, an older schema), a ledger in a folder nobody may write is read, first uses
//! at once create or migrate once, and an old backup never blocks a migration.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use common::*;

const SITI: &str = "198503152010012003";

/// Every command that opens the ledger, as arguments after `--db DB` (`report` is given
/// `--riwayat DB` instead). The outputs go to `out`.
fn every_command(out: &Path) -> Vec<Vec<String>> {
    let o = |name: &str| out.join(name).to_str().unwrap().to_string();
    std::fs::write(
        out.join("pak.csv"),
        format!("nip,golongan,tmt,ak_kumulatif,periode\n{SITI},III/c,2024-04-01,230,2025\n"),
    )
    .unwrap();
    let v = |args: &[&str]| args.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        v(&["guru", SITI]),
        v(&["guru", SITI, "--format", "json", "-o", &o("guru.json")]),
        v(&["sekolah"]),
        v(&["sekolah", "--format", "xlsx", "-o", &o("sekolah.xlsx")]),
        v(&["ekspor"]),
        v(&["ekspor", "--format", "csv", "-o", &o("ekspor")]),
        v(&["report", "fixtures/contoh", "-o", &o("laporan.html")]),
        v(&["tambah", "fixtures/contoh", "--periode", "2026"]),
        v(&["tambah", "--pak", &o("pak.csv")]),
        v(&["siklus", SITI, "--periode", "2026-1", "--tahap", "observasi", "--tanggal", "2026-03-12"]),
    ]
}

/// Runs one of [`every_command`] against `db`.
fn on(db: &Path, args: &[String]) -> (i32, String, String) {
    let db = db.to_str().unwrap();
    let mut all: Vec<&str> = Vec::new();
    if args[0] == "report" {
        all.extend(args.iter().map(String::as_str));
        all.extend(["--riwayat", db]);
    } else {
        all.extend(["riwayat", "--db", db]);
        all.extend(args.iter().map(String::as_str));
    }
    run(&all)
}

/// Every file in a folder (not below it) with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// A mistyped `--db`/`--riwayat` creates nothing: the commands that read, and `siklus`
/// (which needs a teacher the ledger knows), refuse a missing file and say how a ledger is
/// made; only `tambah` creates one.
#[test]
fn a_missing_ledger_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let db = dir.path().join("salah-ketik.db");
    for args in every_command(&out) {
        if args[0] == "tambah" {
            continue;
        }
        let (code, stdout, err) = on(&db, &args);
        assert_eq!((code, stdout.as_str()), (1, ""), "{args:?}: {err}");
        assert!(err.contains("salah-ketik.db: berkas basis data ini tidak ada"), "{args:?}: {err}");
        assert!(err.contains("`riwayat tambah`"), "{args:?}: {err}");
        assert!(!db.exists(), "{args:?} created the ledger");
    }
    assert_eq!(files(dir.path()).len(), 0, "nothing at all was created");
    let (code, _, err) = run(&["--lang", "en", "riwayat", "--db", db.to_str().unwrap(), "sekolah"]);
    assert_eq!(code, 1);
    assert!(err.contains("this database file does not exist (a typo?)"), "{err}");
    // A folder is not a ledger either.
    let (code, _, err) = run(&["riwayat", "--db", out.to_str().unwrap(), "sekolah"]);
    assert_eq!(code, 1);
    assert!(err.contains("bukan basis data riwayat pkguru"), "{err}");
}

/// Other programs' files given as the ledger: an SQLite database of another program (with
/// its own tables; in WAL mode; with a `user_version` of its own; with its own
/// `application_id`), a spreadsheet, a text file. Every command refuses each of them, and
/// none of their bytes change; beside a database in rollback mode not even a journal is left.
#[test]
fn another_programs_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let foreign = dir.path().join("foreign");
    std::fs::create_dir(&foreign).unwrap();
    let sqlite = |name: &str, setup: &str| {
        let path = foreign.join(name);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(setup).unwrap();
        drop(conn);
        path
    };
    let dbs = [
        sqlite(
            "catatan.db",
            "CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT); INSERT INTO catatan (isi) VALUES ('jangan diubah');",
        ),
        sqlite("wal.db", "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);"),
        sqlite("versi.db", "CREATE TABLE guru (id INTEGER, nama TEXT); PRAGMA user_version = 2;"),
        sqlite("versi-baru.db", "CREATE TABLE barang (id INTEGER); PRAGMA user_version = 40;"),
        sqlite("aplikasi.db", "PRAGMA application_id = 1234; PRAGMA user_version = 3;"),
    ];
    let mut others = Vec::from(dbs);
    for (name, bytes) in [
        (
            "rekap.xlsx",
            std::fs::read(fixture("contoh/guru-kelas.xlsx")).unwrap_or_else(|_| b"PK\x03\x04".to_vec()),
        ),
        ("catatan.txt", b"bukan basis data\n".repeat(300)),
    ] {
        let path = foreign.join(name);
        std::fs::write(&path, bytes).unwrap();
        others.push(path);
    }
    for path in &others {
        for args in every_command(&out) {
            let before = files(&foreign);
            let (code, _, err) = on(path, &args);
            let name = path.file_name().unwrap().to_string_lossy();
            assert_eq!(code, 1, "{name} {args:?}: {err}");
            assert!(err.contains("bukan basis data riwayat pkguru"), "{name} {args:?}: {err}");
            assert!(err.contains("berkas ini tidak diubah"), "{name} {args:?}: {err}");
            let after = files(&foreign);
            assert_eq!(after.get(path), before.get(path), "{name} {args:?}: its bytes changed");
            if name != "wal.db" {
                // (A WAL database gets SQLite's empty `-wal` and `-shm` beside it when read,
                // as from any program reading it.)
                assert_eq!(
                    after.keys().collect::<Vec<_>>(),
                    before.keys().collect::<Vec<_>>(),
                    "{name} {args:?}"
                );
            }
        }
    }
    // The foreign rows are all still there.
    let conn = rusqlite::Connection::open(foreign.join("catatan.db")).unwrap();
    let isi: String = conn.query_row("SELECT isi FROM catatan", [], |r| r.get(0)).unwrap();
    assert_eq!(isi, "jangan diubah");
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 1, "no table of pkguru's added");
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete", "not switched to WAL");
}

/// An empty file (or an SQLite database with nothing in it) is not read as a ledger, and
/// is left as it was; `tambah` makes a ledger in it, marked as pkguru's.
#[test]
fn an_empty_file_is_filled_by_tambah_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kosong.db");
    std::fs::write(&db, b"").unwrap();
    let (code, _, err) = riwayat(&db, &["sekolah"]);
    assert_eq!(code, 1);
    assert!(err.contains("basis data ini masih kosong"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), b"");
    let (code, _, err) = riwayat(&db, &["tambah", "fixtures/contoh", "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
    assert_eq!(id, 0x504B_4755, "marked as a pkguru ledger");
}

fn riwayat(db: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["riwayat", "--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all)
}

/// A ledger of schema 1 is read as it is by `guru`, `sekolah`, `ekspor` and `report`: no
/// migration, no backup, not a byte changed. `tambah` migrates it.
#[test]
fn an_older_ledger_is_read_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lama.db");
    std::fs::copy("fixtures/riwayat/skema-v1.db", &db).unwrap();
    let original = std::fs::read(&db).unwrap();
    let (code, out, err) = riwayat(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("dinaikkan"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["periode"][0]["periode"], "2025");
    assert_eq!(v["periode"][0]["rezim"], "2009", "schema 1 rows were all 2009");
    assert_eq!(v["siklus"], serde_json::json!([]));
    let (code, out, err) = riwayat(&db, &["ekspor"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["versi_skema"], 1, "the file's own version");
    assert_eq!(v["siklus"], serde_json::json!([]), "a table schema 1 does not have is empty");
    assert_eq!(v["hasil"].as_array().unwrap().len(), 1);
    let (code, _, err) = riwayat(&db, &["sekolah", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let html = dir.path().join("laporan.html");
    let (code, _, err) =
        run(&["report", "fixtures/contoh", "--riwayat", db.to_str().unwrap(), "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let csv = dir.path().join("ekspor");
    assert_eq!(riwayat(&db, &["ekspor", "--format", "csv", "-o", csv.to_str().unwrap()]).0, 0);
    let siklus = std::fs::read_to_string(csv.join("siklus.csv")).unwrap();
    assert_eq!(siklus, "nip,periode,tahap,urutan,tanggal,catatan\n", "its columns, no rows");
    assert_eq!(std::fs::read(&db).unwrap(), original, "not a byte changed");
    let names: Vec<String> =
        files(dir.path()).keys().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["lama.db", "laporan.html"], "no backup, no journal");
    // Writing migrates it, after a backup.
    let (code, _, err) = riwayat(&db, &["tambah", "fixtures/contoh", "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("dinaikkan dari skema 1 ke 3"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("lama.v1.bak")).map(|b| !b.is_empty()).ok(), Some(true));
}

/// Runs `pkguru` as a user to whom file permissions apply: this user, or (as root, where
/// they do not) `nobody` through `setpriv`. None when running as root without `setpriv`.
#[cfg(unix)]
fn unprivileged(args: &[&str]) -> Option<(i32, String, String)> {
    use std::os::unix::fs::MetadataExt;
    let bin = env!("CARGO_BIN_EXE_pkguru");
    // Root, when a file this process makes belongs to root.
    let probe = tempfile::NamedTempFile::new().unwrap();
    let root = probe.as_file().metadata().unwrap().uid() == 0;
    let mut cmd = if root {
        let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].into_iter().find(|p| Path::new(p).exists())?;
        let mut c = Process::new(setpriv);
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        Process::new(bin)
    };
    let out = cmd.args(args).env_remove("PKGURU_LANG").current_dir("/").output().unwrap();
    Some((
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// A ledger (WAL mode, as pkguru leaves it) in a folder the user cannot write, itself
/// read-only, as on a CD, a write-protected stick or a colleague's shared folder: `guru`,
/// `sekolah` and `ekspor` read it, and nothing is created beside it. (Before, opening switched
/// to WAL and needed the `-shm` file, which cannot be made there.)
#[cfg(unix)]
#[test]
fn a_ledger_in_a_read_only_folder_is_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let shelf = dir.path().join("rak");
    std::fs::create_dir(&shelf).unwrap();
    let db = shelf.join("cadangan.db");
    let (code, _, err) = riwayat(&db, &["tambah", "fixtures/contoh", "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    let header = std::fs::read(&db).unwrap();
    assert_eq!((header[18], header[19]), (2, 2), "a WAL ledger");
    let set =
        |p: &Path, mode: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    set(dir.path(), 0o755);
    set(&db, 0o444);
    set(&shelf, 0o555);
    let before = files(&shelf);
    let d = db.to_str().unwrap();
    let sheets = fixture("contoh");
    let outputs = dir.path().join("keluaran");
    std::fs::create_dir(&outputs).unwrap();
    set(&outputs, 0o777);
    let html = outputs.join("laporan.html");
    let commands: [&[&str]; 4] = [
        &["riwayat", "--db", d, "guru", SITI, "--format", "json"],
        &["riwayat", "--db", d, "sekolah", "--format", "csv"],
        &["riwayat", "--db", d, "ekspor"],
        &["report", sheets.to_str().unwrap(), "--riwayat", d, "-o", html.to_str().unwrap()],
    ];
    for args in commands {
        let Some((code, out, err)) = unprivileged(args) else {
            eprintln!("SKIPPED a_ledger_in_a_read_only_folder_is_read: running as root without setpriv");
            return;
        };
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains(SITI) || args[0] == "report", "{args:?}: {out}");
    }
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("Riwayat angka kredit (basis data riwayat) — 2026"), "the ledger's section");
    // The permissions do apply to that user: it cannot write there.
    let (code, _, err) = unprivileged(&["riwayat", "--db", d, "tambah", "--pak", "/dev/null"]).unwrap();
    assert_eq!(code, 1, "{err}");
    assert_eq!(files(&shelf), before, "nothing made or changed beside the ledger");
    set(&shelf, 0o755);
}

/// Four `tambah` at once on a new ledger, and on a ledger of schema 1: each arrives; the
/// ledger is created once, or migrated once with one backup, under the write lock; the
/// others wait for it. Three rounds each.
#[test]
fn four_first_uses_at_once() {
    for round in 0..3 {
        for older in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let db = dir.path().join("r.db");
            if older {
                std::fs::copy("fixtures/riwayat/skema-v1.db", &db).unwrap();
            }
            let periods = ["2021", "2022", "2023", "2024"];
            let outs: Vec<std::process::Output> = std::thread::scope(|s| {
                let handles: Vec<_> = periods
                    .iter()
                    .map(|p| {
                        let db = &db;
                        s.spawn(move || {
                            Process::new(env!("CARGO_BIN_EXE_pkguru"))
                                .args(["riwayat", "--db", db.to_str().unwrap(), "tambah", "fixtures/contoh"])
                                .args(["--periode", p])
                                .env_remove("PKGURU_LANG")
                                .output()
                                .unwrap()
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            let mut migrated = 0;
            for (p, o) in periods.iter().zip(&outs) {
                let err = String::from_utf8_lossy(&o.stderr);
                assert!(o.status.success(), "round {round}, older {older}, {p}: {err}");
                migrated += err.matches("dinaikkan dari skema 1").count();
            }
            let v: serde_json::Value = serde_json::from_str(&riwayat(&db, &["ekspor"]).1).unwrap();
            let mut hasil: Vec<&str> =
                v["hasil"].as_array().unwrap().iter().map(|h| h["periode"].as_str().unwrap()).collect();
            hasil.sort();
            hasil.dedup();
            let mut want = periods.to_vec();
            if older {
                want.push("2025");
            }
            assert_eq!(hasil, want, "round {round}, older {older}: every period arrived");
            let backups: Vec<PathBuf> =
                files(dir.path()).into_keys().filter(|p| p.to_string_lossy().ends_with(".bak")).collect();
            if older {
                assert_eq!(migrated, 1, "round {round}: migrated once");
                assert_eq!(backups, [dir.path().join("r.v1.bak")], "round {round}: one backup");
            } else {
                assert_eq!((migrated, backups.len()), (0, 0));
            }
        }
    }
}

/// A backup left by an earlier migration (or anything else under its name) never blocks a
/// migration: the next free name is taken, and said; the old backup is not touched.
#[test]
fn an_existing_backup_never_blocks_migration() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lama.db");
    std::fs::copy("fixtures/riwayat/skema-v1.db", &db).unwrap();
    std::fs::write(dir.path().join("lama.v1.bak"), b"cadangan lama, bukan basis data").unwrap();
    std::fs::create_dir(dir.path().join("lama.v1-2.bak")).unwrap();
    let (code, _, err) = riwayat(&db, &["tambah", "fixtures/contoh", "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    let made = dir.path().join("lama.v1-3.bak");
    assert!(err.contains(&format!("salinan lamanya: {}", made.display())), "{err}");
    assert_eq!(std::fs::read(dir.path().join("lama.v1.bak")).unwrap(), b"cadangan lama, bukan basis data");
    // The backup is the ledger as it was: schema 1, Siti's 2025.
    let conn = rusqlite::Connection::open(&made).unwrap();
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, 1);
    let n: i64 = conn.query_row("SELECT count(*) FROM hasil", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let v = serde_json::from_str::<serde_json::Value>(&riwayat(&db, &["ekspor"]).1).unwrap();
    assert_eq!(v["versi_skema"], 3);
}
