//! `pkguru riwayat`: the ledger across periods — a teacher reaching promotion from a PAK
//! baseline, re-imports refused and replaced, all-or-nothing imports (a teacher without NIP,
//! a killed import), the cycle's stages, export, and schema migration and refusal.

mod common;

use std::path::Path;
use std::process::Command as Process;

use common::*;

fn riwayat(db: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["riwayat", "--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all)
}

fn json_of(db: &Path, args: &[&str]) -> serde_json::Value {
    let (code, out, err) = riwayat(db, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

/// Siti's sheet (fixtures/contoh/guru-kelas.csv) with another golongan and, for `amat_baik`,
/// every score 2.
fn sheet(dir: &Path, name: &str, golongan: &str, amat_baik: bool) -> String {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for r in &mut rows {
        if r[0] == "golongan" {
            r[3] = golongan.into();
        }
        if amat_baik && r[0].contains('.') {
            r[3] = "2".into();
        }
    }
    let path = dir.join(name);
    std::fs::write(&path, csv_text(&rows, b',', false)).unwrap();
    path.to_str().unwrap().to_string()
}

const SITI: &str = "198503152010012003";

/// III/a → III/b: AKK 50, PKB at least 3, penunjang 5; pembelajaran base 50 − 3 − 5 = 42.
/// Cukup (75 %): 42 × 75 % / 4 = 7.875 a year; Amat Baik (125 %): 13.125. After the PAK of
/// 2022: 2023 and 2024 Cukup, 2025 and 2026 Amat Baik = 42, with PKB 3 and penunjang 5 = 50:
/// exactly enough. The 2022 result is in the PAK already and does not count.
#[test]
fn a_teacher_across_four_periods_reaches_promotion() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("riwayat.db");
    let cukup = sheet(dir.path(), "cukup.csv", "III/a", false);
    let ab = sheet(dir.path(), "ab.csv", "III/a", true);
    for (periode, file) in [("2022", &ab), ("2023", &cukup), ("2024", &cukup), ("2025", &ab), ("2026", &ab)] {
        let (code, _, err) = riwayat(&db, &["tambah", file, "--periode", periode]);
        assert_eq!(code, 0, "{periode}: {err}");
    }
    let pak = dir.path().join("pak.csv");
    std::fs::write(
        &pak,
        format!("nip,golongan,tmt,ak_kumulatif,periode\n{SITI},III/a,2022-04-01,100,2022\n"),
    )
    .unwrap();
    let lain = dir.path().join("lain.csv");
    std::fs::write(&lain, format!("nip,pkb,penunjang\n{SITI},3,5\n")).unwrap();
    assert_eq!(riwayat(&db, &["tambah", "--pak", pak.to_str().unwrap()]).0, 0);
    // Before the PKB and penunjang: 42 of 50.
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["jumlah_angka_kredit_tepat"], "42");
    assert_eq!(v["kurang"], 8.0);
    assert_eq!(v["siap_naik_pangkat"], false);
    assert_eq!(riwayat(&db, &["tambah", "--ak-lain", lain.to_str().unwrap(), "--periode", "2026"]).0, 0);
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["nip"], SITI);
    assert_eq!(v["nama"], "Siti Aminah, S.Pd.");
    let periods: Vec<(&str, &str)> = v["periode"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["periode"].as_str().unwrap(), p["angka_kredit_tepat"].as_str().unwrap()))
        .collect();
    assert_eq!(
        periods,
        [("2022", "13.125"), ("2023", "7.875"), ("2024", "7.875"), ("2025", "13.125"), ("2026", "13.125")]
    );
    assert_eq!(v["periode"][1]["predikat"], "Cukup");
    // The working's other inputs are kept.
    assert_eq!(v["periode"][1]["jm"], "24");
    assert_eq!(v["periode"][1]["golongan"], "III/a");
    assert_eq!(v["periode"][1]["tugas_tambahan"], serde_json::Value::Null);
    assert_eq!(v["jumlah_angka_kredit"], 50.0);
    assert_eq!(v["kurang"], 0.0);
    assert_eq!(v["siap_naik_pangkat"], true);
    assert_eq!(v["pangkat_berikutnya"]["golongan"], "III/b");
    let (_, table, _) = riwayat(&db, &["guru", SITI]);
    insta::assert_snapshot!("riwayat_guru_table", table.replace(dir.path().to_str().unwrap(), "DIR"));
    // The school view: ready, assessed in the latest period.
    let v = json_of(&db, &["sekolah", "--format", "json"]);
    assert_eq!(v["periode"], "2026");
    assert_eq!(v["guru"][0]["siap_naik_pangkat"], true);
    assert_eq!(v["guru"][0]["dinilai_periode_ini"], true);
}

#[test]
fn a_period_imported_again_is_refused_unless_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let cukup = sheet(dir.path(), "cukup.csv", "III/c", false);
    let ab = sheet(dir.path(), "ab.csv", "III/c", true);
    assert_eq!(riwayat(&db, &["tambah", &cukup, "--periode", "2026"]).0, 0);
    let (code, _, err) = riwayat(&db, &["tambah", &ab, "--periode", "2026"]);
    assert_eq!(code, 1);
    assert!(err.contains("periode 2026 sudah berisi 1 guru"), "{err}");
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["periode"][0]["predikat"], "Cukup", "unchanged");
    let (code, _, err) = riwayat(&db, &["tambah", &ab, "--periode", "2026", "--ganti"]);
    assert_eq!(code, 0, "{err}");
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["periode"].as_array().unwrap().len(), 1, "replaced, not duplicated");
    assert_eq!(v["periode"][0]["predikat"], "Amat Baik");
}

#[test]
fn an_import_with_a_teacher_without_nip_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let good = sheet(dir.path(), "a.csv", "III/c", false);
    let nameless = fixture_text("contoh/guru-kelas.csv").replace(SITI, "");
    let bad = dir.path().join("b.csv");
    std::fs::write(&bad, nameless).unwrap();
    let (code, _, err) = riwayat(&db, &["tambah", &good, bad.to_str().unwrap(), "--periode", "2026"]);
    assert_eq!(code, 1);
    assert!(err.contains("b.csv") && err.contains("guru tanpa NIP tidak dapat disimpan"), "{err}");
    assert!(err.contains("basis data tidak berubah"), "{err}");
    let v = json_of(&db, &["ekspor"]);
    assert_eq!(v["hasil"].as_array().unwrap().len(), 0, "all or nothing");
    // The same teacher twice in one import is refused with both places.
    let copy = dir.path().join("c.csv");
    std::fs::copy(&good, &copy).unwrap();
    let (code, _, err) = riwayat(&db, &["tambah", &good, copy.to_str().unwrap(), "--periode", "2026"]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("c.csv: nip: NIP ini sudah ada di {good}")), "{err}");
    assert!(err.contains("basis data tidak berubah"), "{err}");
    assert!(json_of(&db, &["ekspor"])["hasil"].as_array().unwrap().is_empty());
    // A rekap pkguru wrote is imported as it is (both dialects).
    for dialect in ["standard", "id"] {
        let (_, rekap, _) = run(&["batch", "fixtures/contoh", "--csv-dialect", dialect]);
        let path = dir.path().join(format!("rekap-{dialect}.csv"));
        std::fs::write(&path, rekap).unwrap();
        let (code, _, err) =
            riwayat(&db, &["tambah", path.to_str().unwrap(), "--periode", "2026", "--ganti"]);
        assert_eq!(code, 0, "{dialect}: {err}");
        let v = json_of(&db, &["guru", SITI, "--format", "json"]);
        assert_eq!(v["periode"][0]["angka_kredit_tepat"], "15.1875", "{dialect}");
        assert_eq!(v["periode"][0]["nilai_tepat"], "975/14", "{dialect}");
    }
}

#[test]
fn a_killed_import_leaves_the_database_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let before = sheet(dir.path(), "a.csv", "III/c", false);
    assert_eq!(riwayat(&db, &["tambah", &before, "--periode", "2025"]).0, 0);
    let big = dir.path().join("provinsi.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
    pkguru::synth::write(&mut f, 600_000, 7).unwrap();
    drop(f);
    let mut child = Process::new(env!("CARGO_BIN_EXE_pkguru"))
        .args(["riwayat", "--db", db.to_str().unwrap(), "tambah", big.to_str().unwrap(), "--periode", "2026"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Killed well into the import (its transaction is opened before the first row is read).
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(child.try_wait().unwrap().is_none(), "the import ended before it was killed");
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed mid-import");
    let v = json_of(&db, &["ekspor"]);
    let periods: Vec<&str> =
        v["hasil"].as_array().unwrap().iter().map(|h| h["periode"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2025"], "nothing of the killed import");
}

#[test]
fn the_cycle_stages_in_and_out_of_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let cukup = sheet(dir.path(), "a.csv", "III/c", false);
    assert_eq!(riwayat(&db, &["tambah", &cukup, "--periode", "2026-1"]).0, 0);
    let stage = |tahap: &str, tanggal: &str| {
        riwayat(&db, &["siklus", SITI, "--periode", "2026-1", "--tahap", tahap, "--tanggal", tanggal])
    };
    let (code, _, err) = stage("observasi", "2026-03-12");
    assert_eq!(code, 0, "out of order is a warning, not an error");
    assert!(
        err.contains("peringatan: observasi dicatat sebelum tahap sebelumnya (diskusi-persiapan)"),
        "{err}"
    );
    let (code, _, err) = stage("diskusi-persiapan", "2026-02-01");
    assert_eq!(code, 0);
    assert!(!err.contains("peringatan"), "{err}");
    let v = json_of(&db, &["sekolah", "--format", "json"]);
    assert_eq!(v["guru"][0]["tahap_siklus"], "observasi", "the furthest stage reached");
    let (code, _, err) = stage("tidur", "2026-03-12");
    assert_eq!(code, 2, "{err}");
    // Export: every table, as JSON and as CSV files.
    let v = json_of(&db, &["ekspor", "--format", "json"]);
    assert_eq!(v["siklus"].as_array().unwrap().len(), 2);
    let out = dir.path().join("ekspor");
    assert_eq!(riwayat(&db, &["ekspor", "--format", "csv", "-o", out.to_str().unwrap()]).0, 0);
    for t in ["guru", "hasil", "pak", "tambahan_ak", "siklus"] {
        assert!(out.join(format!("{t}.csv")).exists(), "{t}");
    }
    let siklus = std::fs::read_to_string(out.join("siklus.csv")).unwrap();
    assert!(siklus.starts_with("nip,periode,tahap,urutan,tanggal,catatan\n"), "{siklus}");
}

#[test]
fn an_older_schema_is_migrated_with_a_backup_and_a_newer_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lama.db");
    std::fs::copy("fixtures/riwayat/skema-v1.db", &db).unwrap();
    let (code, out, err) = riwayat(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("basis data dinaikkan dari skema 1 ke 3"), "{err}");
    assert!(dir.path().join("lama.v1.bak").exists(), "a copy first");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["periode"][0]["periode"], "2025");
    // The new tables are there.
    let (code, _, err) = riwayat(
        &db,
        &["siklus", SITI, "--periode", "2026-1", "--tahap", "diskusi-persiapan", "--tanggal", "2026-01-20"],
    );
    assert_eq!(code, 0, "{err}");
    // A database from a newer pkguru is refused, untouched.
    let newer = dir.path().join("baru.db");
    let conn = rusqlite::Connection::open(&newer).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let (code, _, err) = riwayat(&newer, &["sekolah"]);
    assert_eq!(code, 1);
    assert!(err.contains("ditulis pkguru yang lebih baru (skema 99"), "{err}");
}

/// 2022 counted under the 2009 regime, 2023 onwards under the 2023 regime, each period in its
/// own: Siti (III/c, Cukup) gets 81 × 75 % / 4 = 15.1875 for 2022, then Butuh Perbaikan
/// (75 %) × 25 (Ahli Muda) = 18.75 a year. The target follows the latest regime: III/c →
/// III/d within Ahli Muda needs 100; 15.1875 + 3 × 18.75 = 71.4375, missing 28.5625.
#[test]
fn a_regime_change_mid_history() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let cukup = sheet(dir.path(), "a.csv", "III/c", false);
    assert_eq!(riwayat(&db, &["tambah", &cukup, "--periode", "2022"]).0, 0);
    for p in ["2023", "2024", "2025"] {
        let (code, _, err) = riwayat(&db, &["tambah", &cukup, "--periode", p, "--regime", "2023"]);
        assert_eq!(code, 0, "{err}");
    }
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    let per: Vec<(&str, &str, &str)> = v["periode"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["periode"].as_str().unwrap(),
                p["rezim"].as_str().unwrap(),
                p["angka_kredit_tepat"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        per,
        [
            ("2022", "2009", "15.1875"),
            ("2023", "2023", "18.75"),
            ("2024", "2023", "18.75"),
            ("2025", "2023", "18.75")
        ]
    );
    assert_eq!(v["jumlah_angka_kredit_tepat"], "71.4375");
    assert_eq!(v["pangkat_berikutnya"]["akk"], 100.0);
    assert_eq!(v["kurang"], 28.5625);
    // Half a year in the 2023 regime: 6/12 × 18.75.
    let (code, _, err) =
        riwayat(&db, &["tambah", &cukup, "--periode", "2026-1", "--regime", "2023", "--bulan", "6"]);
    assert_eq!(code, 0, "{err}");
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["periode"][4]["angka_kredit_tepat"], "9.375");
}

/// The school view as a workbook, a PKB activity list counted into a period, and the
/// report's school summary with the ledger's section.
#[test]
fn school_view_pkb_list_and_report_section() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let (code, _, err) = riwayat(&db, &["tambah", "fixtures/contoh", "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = riwayat(
        &db,
        &["tambah", "--pkb-daftar", "fixtures/pkb/kegiatan-iii-c.csv", "--nip", SITI, "--periode", "2026"],
    );
    assert_eq!(code, 0, "{err}");
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["pkb"], "7.7", "the list's total (diklat 3, PTK 4, modul 0.5, seminars 0.2)");
    assert_eq!(v["jumlah_angka_kredit_tepat"], "22.8875");
    let book = dir.path().join("sekolah.xlsx");
    let (code, _, err) =
        riwayat(&db, &["sekolah", "--sekolah", "smp negeri 1 contoh", "-o", book.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    use calamine::{Data, Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(&book).unwrap();
    let range = wb.worksheet_range("riwayat").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows[0][0], Data::String("nip".into()));
    let siti = rows.iter().find(|r| r[0] == Data::String(SITI.into())).unwrap();
    assert_eq!(siti[4], Data::Float(22.8875), "a number, not text");
    assert_eq!(riwayat(&db, &["sekolah", "--format", "xlsx"]).0, 2, "xlsx needs -o");
    // The report's summary gains the ledger's section for its teachers.
    let html = dir.path().join("laporan.html");
    let (code, _, err) =
        run(&["report", "fixtures/contoh", "--riwayat", db.to_str().unwrap(), "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("Riwayat angka kredit (basis data riwayat) — 2026"), "section heading");
    assert!(page.contains("<td class=\"n\">22,8875</td>"), "Siti's AK gathered");
    let pdf = dir.path().join("laporan.pdf");
    let (code, _, err) = run(&[
        "report",
        "fixtures/contoh",
        "--riwayat",
        db.to_str().unwrap(),
        "--lampiran",
        "1c",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let out = Process::new("pdftotext").arg("-layout").arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Riwayat angka kredit"), "{text}");
}

/// Two operators importing into the same file at once: the busy timeout makes one wait for
/// the other; both periods arrive, nothing is corrupted.
#[test]
fn two_imports_at_once_both_arrive() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    assert_eq!(riwayat(&db, &["ekspor"]).0, 0, "created");
    let spawn = |periode: &str| {
        Process::new(env!("CARGO_BIN_EXE_pkguru"))
            .args([
                "riwayat",
                "--db",
                db.to_str().unwrap(),
                "tambah",
                "fixtures/contoh",
                "--periode",
                periode,
            ])
            .output()
            .unwrap()
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| spawn("2025"));
        let b = s.spawn(|| spawn("2026"));
        (a.join().unwrap(), b.join().unwrap())
    });
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let v = json_of(&db, &["ekspor"]);
    assert_eq!(v["hasil"].as_array().unwrap().len(), 6, "three teachers, two periods");
    assert_eq!(v["guru"].as_array().unwrap().len(), 3);
}

/// A tugas tambahan sheet given with the teacher's sheet is blended into the period's angka
/// kredit, and its kind and nilai are kept with it.
#[test]
fn a_blended_tugas_tambahan_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let (code, _, err) = riwayat(
        &db,
        &[
            "tambah",
            "fixtures/contoh/guru-kelas.csv",
            "fixtures/tambahan/kepala-sekolah.csv",
            "--periode",
            "2026",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["periode"][0]["angka_kredit_tepat"], "18.984375");
    assert_eq!(v["periode"][0]["tugas_tambahan"], "kepala-sekolah");
    assert_eq!(v["periode"][0]["nilai_tambahan"], "5365/63");
}
