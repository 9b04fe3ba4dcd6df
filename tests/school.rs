//! One school's folder through every command: `batch`, `check`, `report`, `rank` and
//! `riwayat tambah` read it through the one pipeline, so they agree on which teachers exist,
//! how their tugas tambahan sheets and PKB lists pair with them, and their results. The folder
//! is what a school hands in: a kepala sekolah's workbook (PK Guru sheet, kepala sekolah
//! instrument, PKB list), a wakil kepala's sheet beside his instrument sheet, a BK teacher, a
//! classroom teacher, an evaluasi diri form, and last year's rekap lying beside them.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use serde_json::Value;

const SITI: &str = "198503152010012003";
const BUDI: &str = "198001012005011002";
const DEWI: &str = "198801102014022001";
const RINI: &str = "199002022015032001";

/// A one-teacher sheet from the classroom fixture with a field or two replaced.
fn kelas(fields: &[(&str, &str)]) -> String {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for row in &mut rows {
        if let Some((_, v)) = fields.iter().find(|(k, _)| row[0] == *k) {
            row[3] = v.to_string();
        }
    }
    csv_text(&rows, b',', false)
}

/// The school's folder.
fn school(dir: &Path) {
    workbook_of(
        &dir.join("kepala-sekolah.xlsx"),
        &[
            ("PK Guru", &fixture_text("contoh/guru-kelas.csv")),
            ("Kepala sekolah", &fixture_text("tambahan/kepala-sekolah.csv")),
            ("PKB", &fixture_text("pkb/kegiatan-iii-c.csv")),
        ],
    );
    let budi = kelas(&[("nama", "Budi Santoso, S.Pd."), ("nip", BUDI), ("golongan", "III/d")]);
    std::fs::write(dir.join("wakil-kurikulum.csv"), budi).unwrap();
    std::fs::write(
        dir.join("wakil-kurikulum-instrumen.csv"),
        fixture_text("tambahan/wakil-kepala-kurikulum.csv"),
    )
    .unwrap();
    std::fs::write(dir.join("guru-bk.csv"), fixture_text("contoh/guru-bk.csv")).unwrap();
    let rini = kelas(&[("nama", "Rini Marlina, S.Pd."), ("nip", RINI), ("1.1", "1"), ("2.1", "0")]);
    std::fs::write(dir.join("guru-rini.csv"), rini).unwrap();
    std::fs::create_dir(dir.join("evaluasi")).unwrap();
    std::fs::write(dir.join("evaluasi/umum.csv"), fixture_text("evaluasi/umum.csv")).unwrap();
}

/// The rekap's rows by NIP: nilai, predikat, angka kredit (exact).
fn rekap_rows(text: &str) -> BTreeMap<String, (String, String, String)> {
    let rows = csv_rows(text, b',');
    let col = |n: &str| rows[0].iter().position(|h| h == n).unwrap();
    let (nip, nilai, predikat, ak) = (col("nip"), col("nilai"), col("predikat"), col("angka_kredit_tepat"));
    rows[1..]
        .iter()
        .map(|r| (r[nip].clone(), (r[nilai].clone(), r[predikat].clone(), r[ak].clone())))
        .collect()
}

#[test]
fn every_command_sees_the_same_school() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sekolah");
    std::fs::create_dir(&dir).unwrap();
    school(&dir);
    let folder = dir.to_str().unwrap();
    // Last year's rekap lies in the folder, as pkguru wrote it.
    let (code, last_year, err) = run(&["batch", folder]);
    assert_eq!(code, 0, "{err}");
    std::fs::write(dir.join("rekap-2025.csv"), &last_year).unwrap();

    // batch: four teachers, the tugas tambahan blended, the form and the rekap skipped.
    let (code, rekap, err) = run(&["batch", folder]);
    assert_eq!(code, 0, "{err}");
    let batch = rekap_rows(&rekap);
    let nips: Vec<&str> = batch.keys().map(String::as_str).collect();
    assert_eq!(nips, [BUDI, SITI, DEWI, RINI]);
    assert_eq!(rekap_rows(&last_year), batch, "the rekap lying there changed nothing");
    for note in ["rekap-2025.csv: dilewati: rekap", "umum.csv: dilewati: lembar evaluasi diri"] {
        assert!(err.contains(note), "{note}: {err}");
    }
    // The kepala sekolah's and the wakil's angka kredit are blended with their instruments:
    // not what their PK Guru sheets alone give.
    let (_, alone, _) = run(&["batch", dir.join("wakil-kurikulum.csv").to_str().unwrap()]);
    assert_ne!(rekap_rows(&alone)[BUDI].2, batch[BUDI].2, "the wakil's instrument is paired");

    // check: the same four teachers, valid.
    let (code, out, _) = run(&["check", folder, "--format", "json"]);
    assert_eq!(code, 0, "{out}");
    let check: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(check["teachers"], 4);

    // rank: the same teachers with the same competency values.
    let (code, out, err) = run(&["rank", folder, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let rank: Value = serde_json::from_str(&out).unwrap();
    let mut ranked: Vec<String> = rank["kelompok"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["guru"].as_array().unwrap().iter().map(|t| t["nip"].as_str().unwrap().to_string()))
        .collect();
    ranked.sort();
    assert_eq!(ranked, nips, "{err}");

    // report: every teacher's forms, and the summary counting four.
    let html = tmp.path().join("laporan.html");
    let (code, _, err) = run(&["report", folder, "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    for nip in &nips {
        assert!(page.contains(nip), "{nip} printed");
    }
    assert!(err.contains("4 guru dicetak"), "{err}");
    // Lampiran 1D of the kepala sekolah names the PKB of her workbook's list.
    assert!(page.contains("Dengan PKB 7,7"), "the PKB list of her workbook is counted");
    assert!(!err.contains("dilewati (bukan lembar nilai): PKB"), "the PKB worksheet is read: {err}");

    // riwayat tambah: the same four teachers, with the same angka kredit.
    let db = tmp.path().join("riwayat.db");
    let db = db.to_str().unwrap();
    let (code, _, err) = run(&["riwayat", "--db", db, "tambah", folder, "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("4 hasil periode 2026"), "{err}");
    for (nip, (_, predikat, ak)) in &batch {
        let (code, out, err) = run(&["riwayat", "--db", db, "guru", nip, "--format", "json"]);
        assert_eq!(code, 0, "{err}");
        let h: Value = serde_json::from_str(&out).unwrap();
        let period = &h["periode"][0];
        assert_eq!(period["predikat"].as_str(), Some(predikat.as_str()), "{nip}");
        assert_eq!(period["angka_kredit_tepat"].as_str().unwrap_or(""), ak, "{nip}");
    }
}

/// The same school with a copied sheet (as Windows names a copy) and an honorer without NIP:
/// every command names the copy with the sheet it copies, fails, and counts the teacher once.
#[test]
fn a_copied_sheet_is_named_by_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sekolah");
    std::fs::create_dir(&dir).unwrap();
    school(&dir);
    std::fs::copy(dir.join("guru-rini.csv"), dir.join("guru-rini - Salinan.csv")).unwrap();
    let honorer = kelas(&[("nama", "Ujang Suherman"), ("nip", "")]);
    std::fs::write(dir.join("honorer-ujang.csv"), honorer).unwrap();
    let folder = dir.to_str().unwrap();
    let first = dir.join("guru-rini - Salinan.csv").display().to_string();
    let said = format!("guru-rini.csv: nip: NIP ini sudah ada di {first}: guru yang sama dua kali");

    let (code, rekap, err) = run(&["batch", folder]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(&said), "{err}");
    assert_eq!(rekap_rows(&rekap).len(), 5, "four teachers with NIP and the honorer");

    let (code, out, _) = run(&["check", folder, "--format", "json"]);
    assert_eq!(code, 1);
    let check: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<&Value> =
        check["problems"].as_array().unwrap().iter().filter(|p| p["kind"] == "error").collect();
    assert_eq!(errors.len(), 1, "{out}");
    assert_eq!(errors[0]["file"], dir.join("guru-rini.csv").display().to_string());
    assert_eq!(errors[0]["id"], "nip");

    let (code, out, err) = run(&["rank", folder, "--format", "json"]);
    assert_eq!(code, 1);
    assert!(err.contains(&said), "{err}");
    let rank: Value = serde_json::from_str(&out).unwrap();
    let rini = rank["kelompok"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["guru"].as_array().unwrap())
        .filter(|t| t["nip"] == RINI)
        .count();
    assert_eq!(rini, 1, "ranked once, not 1= with herself");

    let html = tmp.path().join("laporan.html");
    let (code, _, err) = run(&["report", folder, "-o", html.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains(&said) && err.contains("5 guru dicetak"), "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("Ujang Suherman"));

    // The ledger refuses the import as a whole: nothing is written.
    let db = tmp.path().join("riwayat.db");
    let db = db.to_str().unwrap();
    let (code, _, err) = run(&["riwayat", "--db", db, "tambah", folder, "--periode", "2026"]);
    assert_eq!(code, 1);
    assert!(err.contains(&said) && err.contains("basis data tidak berubah"), "{err}");
}
