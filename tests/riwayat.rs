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
fn a_teacher_without_nip_is_left_out_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let good = sheet(dir.path(), "a.csv", "III/c", false);
    let honorer = fixture_text("contoh/guru-kelas.csv")
        .replace(SITI, "")
        .replace("Siti Aminah, S.Pd.", "Ujang Suherman");
    let bad = dir.path().join("b.csv");
    std::fs::write(&bad, honorer).unwrap();
    let (code, _, err) = riwayat(&db, &["tambah", &good, bad.to_str().unwrap(), "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("peringatan: ") && err.contains("b.csv: Ujang Suherman: guru tanpa NIP tidak disimpan"),
        "{err}"
    );
    assert!(err.contains("1 hasil periode 2026 disimpan"), "{err}");
    let v = json_of(&db, &["ekspor"]);
    assert_eq!(v["hasil"].as_array().unwrap().len(), 1, "the others are imported");
    assert_eq!(v["guru"].as_array().unwrap().len(), 1, "the honorer is not a nameless row");
    // The same teacher twice in one import is refused with both places.
    let copy = dir.path().join("c.csv");
    std::fs::copy(&good, &copy).unwrap();
    let (code, _, err) = riwayat(&db, &["tambah", &good, copy.to_str().unwrap(), "--periode", "2027"]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("c.csv: nip: NIP ini sudah ada di {good}")), "{err}");
    assert!(err.contains("basis data tidak berubah"), "{err}");
    assert_eq!(json_of(&db, &["ekspor"])["hasil"].as_array().unwrap().len(), 1, "2027 not written");
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

/// A command that writes migrates an older schema, after a backup (one that only reads
/// reads it as it is: tests/ledger_hostile.rs).
#[test]
fn an_older_schema_is_migrated_with_a_backup_and_a_newer_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lama.db");
    std::fs::copy("fixtures/riwayat/skema-v1.db", &db).unwrap();
    let (code, _, err) = riwayat(
        &db,
        &["siklus", SITI, "--periode", "2026-1", "--tahap", "diskusi-persiapan", "--tanggal", "2026-01-20"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("basis data dinaikkan dari skema 1 ke 3"), "{err}");
    assert!(dir.path().join("lama.v1.bak").exists(), "a copy first");
    // The old rows and the new tables are there.
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["periode"][0]["periode"], "2025");
    assert_eq!(v["siklus"][0]["tahap"], "diskusi-persiapan");
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
    assert!(page.contains("<td class=\"n\">22,888</td>"), "Siti's AK gathered");
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
    let Some(poppler) = pdftotext() else { return };
    let text = pdf_text(&poppler, &pdf);
    assert!(text.contains("Riwayat angka kredit"), "{text}");
}

/// Two operators importing into the same file at once: the busy timeout makes one wait for
/// the other; both periods arrive, nothing is corrupted.
#[test]
fn two_imports_at_once_both_arrive() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
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

/// Siti's sheet under another NIP, saying its `periode`.
fn sheet_of(dir: &Path, name: &str, nip: &str, periode: &str) -> String {
    let text = fixture_text("contoh/guru-kelas.csv").replace(SITI, nip);
    let text = text.replacen("\n1.1,", &format!("\nperiode,Identitas,Periode,{periode}\n1.1,"), 1);
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn the_period_comes_from_the_sheets_and_must_agree() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let a = sheet_of(dir.path(), "a.csv", "198503152010012001", "2025");
    let b = sheet_of(dir.path(), "b.csv", "198503152010012002", "2025");
    let older = sheet_of(dir.path(), "c.csv", "198503152010012004", "2024");
    let academic = sheet_of(dir.path(), "d.csv", "198503152010012005", "2025/2026");
    let blank = sheet_of(dir.path(), "e.csv", "198503152010012006", "");
    // Without --periode the sheets' own period is used, blank sheets taking it too.
    let (code, _, err) = riwayat(&db, &["tambah", &blank, &a, &b]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("3 hasil periode 2025 disimpan"), "{err}");
    // A --periode the sheets contradict is refused at each sheet, and nothing is written.
    let (code, _, err) = riwayat(&db, &["tambah", &a, &b, "--periode", "2027"]);
    assert_eq!(code, 1);
    for f in [&a, &b] {
        assert!(
            err.contains(&format!("{f}: periode: lembar ini periode 2025, tetapi --periode 2027")),
            "{err}"
        );
    }
    // Sheets of two periods in one import: the second names the first.
    let (code, _, err) = riwayat(&db, &["tambah", &a, &older, "--ganti"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("{older}: periode: lembar ini periode 2024, tetapi {a} periode 2025")),
        "{err}"
    );
    // A periode that is none: an error without --periode, a warning with it.
    let (code, _, err) = riwayat(&db, &["tambah", &academic]);
    assert_eq!(code, 1);
    assert!(err.contains("periode lembar \"2025/2026\" tidak dikenali: tulis tahun (2026)"), "{err}");
    let (code, _, err) = riwayat(&db, &["tambah", &academic, "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("peringatan: ") && err.contains("dipakai --periode"), "{err}");
    // No sheet names one: --periode is asked for.
    let (code, _, err) = riwayat(&db, &["tambah", &blank]);
    assert_eq!(code, 2);
    assert!(err.contains("beri --periode"), "{err}");
    for bad in ["2026-7", "26", "2025/2026"] {
        let (code, _, err) = riwayat(&db, &["tambah", &a, "--periode", bad]);
        assert_eq!(code, 2, "{bad}");
        assert!(err.contains("bukan periode: tulis tahun (2026) atau semester (2026-1, 2026-2)"), "{err}");
    }
    let v = json_of(&db, &["ekspor"]);
    let mut periods: Vec<&str> =
        v["hasil"].as_array().unwrap().iter().map(|h| h["periode"].as_str().unwrap()).collect();
    periods.sort();
    assert_eq!(periods, ["2025", "2025", "2025", "2026"]);
}

#[test]
fn stages_are_checked_kept_and_shown() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let a = sheet(dir.path(), "a.csv", "III/c", false);
    assert_eq!(riwayat(&db, &["tambah", &a, "--periode", "2026"]).0, 0);
    let stage = |nip: &str, periode: &str, tahap: &str, tanggal: &str, more: &[&str]| {
        let mut args = vec!["siklus", nip, "--periode", periode, "--tahap", tahap, "--tanggal", tanggal];
        args.extend_from_slice(more);
        riwayat(&db, &args)
    };
    // Refused before anything is written: unknown NIPs, dates that are none, semester 7.
    let (code, _, err) = stage("12345", "2026-2", "refleksi", "2026-12-01", &[]);
    assert_eq!(code, 1);
    assert!(err.contains("NIP 12345 belum ada di basis data"), "{err}");
    assert_eq!(stage("198503152010012099", "2026-2", "refleksi", "2026-12-01", &[]).0, 1);
    for tanggal in ["kemarin", "2026-13-45", "31/09/2026", "2026-02-29"] {
        let (code, _, err) = stage(SITI, "2026-2", "refleksi", tanggal, &[]);
        assert_eq!(code, 2, "{tanggal}");
        assert!(err.contains("bukan tanggal: tulis 2026-03-12 atau 12-03-2026 (hari dulu)"), "{err}");
    }
    let (code, _, err) = stage(SITI, "2026-7", "refleksi", "2026-12-01", &[]);
    assert_eq!(code, 2);
    assert!(err.contains("--periode \"2026-7\" bukan periode"), "{err}");
    assert_eq!(json_of(&db, &["ekspor"])["siklus"].as_array().unwrap().len(), 0);
    // Stages per semester, one past a gap; a date outside the semester is a warning.
    // Day first, as Indonesian sheets write dates: kept ISO.
    assert_eq!(stage(SITI, "2026-2", "diskusi-persiapan", "20/07/2026", &["--catatan", "RPP kelas 8"]).0, 0);
    let (code, _, err) = stage(SITI, "2026-2", "refleksi", "2027-01-10", &["--catatan", "jurnal refleksi"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("tanggal 2027-01-10 di luar periode 2026-2"), "{err}");
    // Recorded again: refused with what is there, unless --ganti.
    let (code, _, err) = stage(SITI, "2026-2", "refleksi", "2026-12-15", &[]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "sudah dicatat untuk periode itu (tanggal 2027-01-10, catatan \"jurnal refleksi\"); beri --ganti"
        ),
        "{err}"
    );
    assert_eq!(stage(SITI, "2026-2", "refleksi", "2026-12-15", &["--catatan", "jurnal", "--ganti"]).0, 0);
    // The year's view shows the semester's stages: reached, and what lies past the gap.
    let v = json_of(&db, &["sekolah", "--format", "json"]);
    let row = &v["guru"][0];
    assert_eq!(v["periode"], "2026");
    assert_eq!(row["tahap_siklus"], "diskusi-persiapan");
    assert_eq!(row["tahap_siklus_periode"], "2026-2");
    assert_eq!(row["tahap_dicatat_terjauh"], "refleksi");
    assert_eq!(
        row["tahap_belum_dicatat"],
        serde_json::json!(["observasi", "diskusi-tindak-lanjut", "upaya-tindak-lanjut"])
    );
    assert_eq!(row["catatan_siklus"], "jurnal");
    let (_, table, _) = riwayat(&db, &["sekolah"]);
    assert!(
        table.contains("diskusi-persiapan (refleksi dicatat; belum: observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut) · jurnal"),
        "{table}"
    );
    // The teacher's view lists every stage with its note.
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    let notes: Vec<(&str, &str, &str)> = v["siklus"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (s["tahap"].as_str().unwrap(), s["tanggal"].as_str().unwrap(), s["catatan"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        notes,
        [("diskusi-persiapan", "2026-07-20", "RPP kelas 8"), ("refleksi", "2026-12-15", "jurnal")]
    );
    let (_, text, _) = riwayat(&db, &["guru", SITI]);
    assert!(text.contains("2026-2     refleksi               15 Desember 2026   jurnal"), "{text}");
    assert!(text.contains("2026-2     diskusi-persiapan      20 Juli 2026       RPP kelas 8"), "{text}");
}

#[test]
fn typed_ak_values_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let a = sheet(dir.path(), "a.csv", "III/c", false);
    assert_eq!(riwayat(&db, &["tambah", &a, "--periode", "2026"]).0, 0);
    let lain = dir.path().join("lain.csv");
    for (row, what) in [
        (format!("{SITI},-1,0"), "pkb \"-1\""),
        (format!("{SITI},1/3,0"), "pkb \"1/3\""),
        (format!("{SITI},0,99999999999"), "penunjang \"99999999999\""),
        (format!("{SITI},0,9223372036854775807/2"), "penunjang"),
        ("12345,1,1".to_string(), "nip \"12345\""),
    ] {
        std::fs::write(&lain, format!("nip,pkb,penunjang\n{row}\n")).unwrap();
        let (code, _, err) =
            riwayat(&db, &["tambah", "--ak-lain", lain.to_str().unwrap(), "--periode", "2026"]);
        assert_eq!(code, 1, "{row}");
        assert!(err.contains(&format!("lain.csv:2: {what}")) && err.contains("tidak sah"), "{row}: {err}");
    }
    let pak = dir.path().join("pak.csv");
    for (row, what) in [
        (format!("{SITI},zzz,2022-04-01,100,2022"), "golongan"),
        (format!("{SITI},III/c,2022-04-01,-5,2022"), "ak_kumulatif"),
        (format!("{SITI},III/c,2022-04-01,100,2022-7"), "periode"),
        (format!("{SITI},III/c,31/04/2022,100,2022"), "tmt"),
    ] {
        std::fs::write(&pak, format!("nip,golongan,tmt,ak_kumulatif,periode\n{row}\n")).unwrap();
        let (code, _, err) = riwayat(&db, &["tambah", "--pak", pak.to_str().unwrap()]);
        assert_eq!(code, 1, "{row}");
        assert!(err.contains(&format!("pak.csv:2: {what}")), "{row}: {err}");
    }
    let v = json_of(&db, &["ekspor"]);
    assert!(v["pak"].as_array().unwrap().is_empty() && v["tambahan_ak"].as_array().unwrap().is_empty());
}
