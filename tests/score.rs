//! `pkguru score` on the bundled fixtures: tables, JSON and CSV snapshots, dialects, languages.

mod common;

use common::*;

#[test]
fn kelas_fixture_table() {
    let (code, out, err) = run(&["score", "fixtures/contoh/guru-kelas.csv"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("39 / 56") && out.contains("69,64") && out.contains("Cukup (75 %)"));
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "line wider than 80 columns: {line:?}");
    }
    insta::assert_snapshot!("kelas_table", out);
}

#[test]
fn kelas_fixture_json() {
    let (code, out, _) = run(&["score", "fixtures/contoh/guru-kelas.csv", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"], 39);
    assert_eq!(v["max_total"], 56);
    assert_eq!(v["predikat"], "Cukup");
    assert_eq!(v["credit_percent"], 75);
    assert_eq!(v["score_100"].as_f64().unwrap(), 3900.0 / 56.0);
    let values: Vec<u64> =
        v["competencies"].as_array().unwrap().iter().map(|c| c["value"].as_u64().unwrap()).collect();
    assert_eq!(values, [3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 2]);
    assert_eq!(v["credit"]["per_year_exact"], "15.1875");
    assert_eq!(v["credit"]["per_year_display"], "15.188");
    insta::assert_snapshot!("kelas_json", out);
}

#[test]
fn kelas_43_fixture_is_baik_with_wali_kelas() {
    let (code, out, _) = run(&["score", "fixtures/contoh/guru-kelas-43.csv", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let values: Vec<u64> =
        v["competencies"].as_array().unwrap().iter().map(|c| c["value"].as_u64().unwrap()).collect();
    assert_eq!(values, [3, 4, 2, 3, 3, 3, 2, 4, 3, 4, 3, 4, 3, 2]);
    assert_eq!(v["total"], 43);
    assert_eq!(v["score_100_display"], "76.79");
    assert_eq!(v["predikat"], "Baik");
    // IV/a, 30 jam, Baik: 29.75, wali kelas +5 % = 1.4875 → 31.2375.
    assert_eq!(v["credit"]["per_year_exact"], "31.2375");
}

#[test]
fn bk_fixture_table_and_json() {
    let (code, out, _) = run(&["score", "fixtures/contoh/guru-bk.csv"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("bk_table", out);
    let (_, out, _) = run(&["score", "fixtures/contoh/guru-bk.csv", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["instrument"]["jenis"], "bk");
    assert_eq!(v["competencies"].as_array().unwrap().len(), 17);
    assert_eq!(v["total"], 55);
    assert_eq!(v["max_total"], 68);
    assert_eq!(v["score_100_display"], "80.88");
    assert_eq!(v["predikat"], "Baik");
    // III/b, 160 konseli ≥ 150 → JM/JWM 1; (50 − 7 − 5) × 100 % / 4 = 9.5.
    assert_eq!(v["credit"]["jm_ratio"], 1.0);
    assert_eq!(v["credit"]["per_year_exact"], "9.5");
}

#[test]
fn csv_output_is_one_header_and_one_row() {
    let (code, out, _) = run(&["score", "fixtures/contoh/guru-kelas.csv", "--format", "csv"]);
    assert_eq!(code, 0);
    let rows = csv_rows(&out, b',');
    assert_eq!(rows.len(), 2);
    insta::assert_snapshot!("kelas_csv", out);
}

#[test]
fn english_output() {
    let (code, out, _) = run(&["--lang", "en", "score", "fixtures/contoh/guru-kelas.csv"]);
    assert_eq!(code, 0);
    assert!(out.contains("69.64") && out.contains("Competency"));
    insta::assert_snapshot!("kelas_table_en", out);
    let out =
        pkguru().env("PKGURU_LANG", "en").args(["score", "fixtures/contoh/guru-kelas.csv"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Competency"), "PKGURU_LANG=en switches too");
}

#[test]
fn excel_dialects_read_the_same() {
    let rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    let want = run(&["score", "fixtures/contoh/guru-kelas.csv", "--format", "csv"]).1;
    let want_row = want.lines().nth(1).unwrap().split_once(',').unwrap().1.to_string();
    let variants: Vec<Vec<u8>> = vec![
        csv_text(&rows, b';', true).into_bytes(),
        [b"\xEF\xBB\xBF".as_slice(), csv_text(&rows, b',', true).as_bytes()].concat(),
        [b"\xEF\xBB\xBF".as_slice(), csv_text(&rows, b';', true).as_bytes()].concat(),
        csv_text(&rows, b'\t', false).into_bytes(),
    ];
    for bytes in variants {
        let (code, out, err) = run_stdin(&["score", "-", "--format", "csv"], &bytes);
        assert_eq!(code, 0, "{err}");
        let row = out.lines().nth(1).unwrap().split_once(',').unwrap().1.to_string();
        assert_eq!(row, want_row.replacen("fixtures/contoh/guru-kelas.csv", "stdin", 1));
    }
}

#[test]
fn flags_override_the_sheet() {
    let (_, out, _) = run(&[
        "score",
        "fixtures/contoh/guru-kelas.csv",
        "--format",
        "json",
        "--golongan",
        "III/a",
        "--jam",
        "18",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // (50 − 3 − 5) × 18/24 × 75 % / 4 = 5.90625
    assert_eq!(v["credit"]["per_year_exact"], "5.90625");
    assert_eq!(v["teacher"]["golongan"], "III/a");
}

#[test]
fn band_convention_changes_the_gap_case() {
    // Five competencies worth 3 set to all 1 (50 % → 2): 39 − 5 = 34/56 = 60.71.
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for r in rows.iter_mut() {
        let competency = r[0].split('.').next().unwrap_or("");
        if r[0].contains('.') && ["1", "2", "5", "6", "8"].contains(&competency) {
            r[3] = "1".into();
        }
    }
    let text = csv_text(&rows, b',', false);
    let (_, out, _) = run_stdin(&["score", "-", "--format", "json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"], 34);
    assert_eq!(v["predikat"], "Cukup");
    assert_eq!(v["predikat_by_convention"]["lower"], "Sedang");
    assert_eq!(v["notes"][0]["code"], "band_gap");
    let (_, out, _) = run_stdin(&["score", "-", "--format", "json", "--bands", "lower"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((v["predikat"].as_str(), v["credit_percent"].as_u64()), (Some("Sedang"), Some(50)));
    let (_, table, _) = run_stdin(&["score", "-"], text.as_bytes());
    assert!(table.contains("celah tabel predikat"), "{table}");
}

#[test]
fn no_golongan_means_no_credit() {
    let text = kelas_with("golongan", "");
    let (_, out, _) = run_stdin(&["score", "-", "--format", "json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["credit"].is_null());
    assert_eq!(v["notes"][0]["code"], "no_golongan");
}

#[test]
fn top_golongan_scores_without_a_credit_number() {
    let text = kelas_with("golongan", "IV/e");
    let (code, out, _) = run_stdin(&["score", "-"], text.as_bytes());
    assert_eq!(code, 0);
    assert!(out.contains("IV/e adalah pangkat tertinggi"), "{out}");
}
