//! `pkguru credit`: the published worked examples, the JM/JWM boundaries, both regimes, and
//! bad input.

mod common;

use common::*;

fn credit_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["credit", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

fn per_year(args: &[&str]) -> String {
    credit_json(args)["credit"]["per_year_exact"].as_str().unwrap().to_string()
}

#[test]
fn w1_w2_nilai_50_of_56_iii_a_24_jam() {
    let v = credit_json(&["--golongan", "III/a", "--total", "50", "--jam", "24"]);
    assert_eq!(v["credit"]["per_year_exact"], "10.5");
    assert_eq!(v["credit"]["formula"], "(50 − 3 − 5) × 24/24 × 100 % / 4 = 10,500");
    assert_eq!(v["credit"]["promotion"]["over_period"], 42.0);
    assert_eq!(v["basis"], "Nilai PKG 50/56 × 100 = 89,29 → Baik (100 %)");
}

#[test]
fn w3_nilai_40_iii_a_26_jam() {
    let v = credit_json(&["--golongan", "III/a", "--total", "40", "--jam", "26"]);
    assert_eq!(v["credit"]["formula"], "(50 − 3 − 5) × 26/26 × 75 % / 4 = 7,875");
    assert_eq!(v["credit"]["per_year_exact"], "7.875");
    assert_eq!(v["credit"]["per_year_display"], "7.875");
}

#[test]
fn w4_tim_penilai_table() {
    let rows = [
        ("II/a", "3.375", "4.21875"),
        ("II/b", "4.5", "5.625"),
        ("II/d", "4.5", "5.625"),
        ("III/a", "10.5", "13.125"),
        ("III/b", "9.5", "11.875"),
        ("III/c", "20.25", "25.3125"),
        ("III/d", "19.5", "24.375"),
        ("IV/a", "29.75", "37.1875"),
    ];
    for (g, baik, ab) in rows {
        assert_eq!(per_year(&["--golongan", g, "--predikat", "baik", "--jam", "24"]), baik, "{g}");
        assert_eq!(per_year(&["--golongan", g, "--predikat", "amat-baik", "--jam", "24"]), ab, "{g}");
    }
}

#[test]
fn w5_every_golongan_and_predikat() {
    let table = [
        ("II/a", ["4.21875", "3.375", "2.53125", "1.6875", "0.84375"]),
        ("II/b", ["5.625", "4.5", "3.375", "2.25", "1.125"]),
        ("II/c", ["5.625", "4.5", "3.375", "2.25", "1.125"]),
        ("II/d", ["5.625", "4.5", "3.375", "2.25", "1.125"]),
        ("III/a", ["13.125", "10.5", "7.875", "5.25", "2.625"]),
        ("III/b", ["11.875", "9.5", "7.125", "4.75", "2.375"]),
        ("III/c", ["25.3125", "20.25", "15.1875", "10.125", "5.0625"]),
        ("III/d", ["24.375", "19.5", "14.625", "9.75", "4.875"]),
        ("IV/a", ["37.1875", "29.75", "22.3125", "14.875", "7.4375"]),
        ("IV/b", ["37.1875", "29.75", "22.3125", "14.875", "7.4375"]),
        ("IV/c", ["36.25", "29", "21.75", "14.5", "7.25"]),
        ("IV/d", ["48.4375", "38.75", "29.0625", "19.375", "9.6875"]),
    ];
    for (g, values) in table {
        for (p, want) in ["amat-baik", "baik", "cukup", "sedang", "kurang"].iter().zip(values) {
            assert_eq!(per_year(&["--golongan", g, "--predikat", p, "--jam", "24"]), want, "{g} {p}");
        }
    }
}

#[test]
fn w7_kepala_sekolah_blend() {
    // PKG Baik, JM 6 = JWM 6 → 19.5; PK kepala sekolah Amat Baik (22/24 = 91.67) → 24.375.
    let v = credit_json(&[
        "--golongan",
        "III/d",
        "--predikat",
        "baik",
        "--jam",
        "6",
        "--tugas-tambahan",
        "kepala-sekolah",
        "--nilai-tambahan",
        "22/24",
    ]);
    let c = &v["credit"];
    assert_eq!(c["jwm"], 6);
    assert_eq!(c["pembelajaran"], 19.5);
    assert_eq!(c["tambahan"]["ak_exact"], "24.375");
    assert_eq!(c["tambahan"]["share_percent"], 75.0);
    assert_eq!(c["per_year_exact"], "23.15625");
    let (_, table, _) = run(&[
        "credit",
        "--golongan",
        "III/d",
        "--predikat",
        "baik",
        "--jam",
        "6",
        "--tugas-tambahan",
        "kepala-sekolah",
        "--nilai-tambahan",
        "22/24",
    ]);
    insta::assert_snapshot!("w7_kepala_sekolah", table);
}

#[test]
fn wakil_kepala_uses_12_jam_and_half_shares() {
    // III/c Baik, 12 jam = reduced JWM → 20.25; PK waka 80 → Baik → 20.25; blend 20.25.
    let v = credit_json(&[
        "--golongan",
        "III/c",
        "--predikat",
        "baik",
        "--jam",
        "12",
        "--tugas-tambahan",
        "wakil-kepala",
        "--nilai-tambahan",
        "80",
    ]);
    assert_eq!(v["credit"]["jwm"], 12);
    assert_eq!(v["credit"]["per_year_exact"], "20.25");
    // BK konselor as kepala sekolah: reduced JWM 35 konseli.
    let v = credit_json(&[
        "--jenis",
        "bk",
        "--golongan",
        "III/c",
        "--predikat",
        "baik",
        "--konseli",
        "35",
        "--tugas-tambahan",
        "kepala-sekolah",
        "--nilai-tambahan",
        "80",
    ]);
    assert_eq!(v["credit"]["jwm"], 35);
}

#[test]
fn w8_tasks_that_do_not_reduce_hours() {
    let v = credit_json(&[
        "--golongan",
        "III/c",
        "--predikat",
        "amat-baik",
        "--jam",
        "24",
        "--tugas",
        "wali-kelas",
    ]);
    assert_eq!(v["credit"]["tugas_lain"][0]["ak"], 1.265625);
    let v = credit_json(&[
        "--golongan",
        "III/c",
        "--predikat",
        "amat-baik",
        "--jam",
        "24",
        "--tugas",
        "sementara",
    ]);
    assert_eq!(v["credit"]["tugas_lain"][0]["ak"], 0.50625);
    // Several tasks add up: 25.3125 + 1.265625 + 1.265625 + 0.50625.
    let v = credit_json(&[
        "--golongan",
        "III/c",
        "--predikat",
        "amat-baik",
        "--jam",
        "24",
        "--tugas",
        "wali-kelas",
        "--tugas",
        "pembina-ekstrakurikuler",
        "--tugas",
        "sementara",
    ]);
    assert_eq!(v["credit"]["per_year_exact"], "28.35");
}

#[test]
fn w9_eighteen_jam() {
    assert_eq!(per_year(&["--golongan", "III/c", "--predikat", "baik", "--jam", "18"]), "15.1875");
}

#[test]
fn w10_regime_2023() {
    let one = |args: &[&str]| {
        let mut all = vec!["--regime", "2023"];
        all.extend_from_slice(args);
        credit_json(&all)
    };
    assert_eq!(one(&["--jenjang", "ahli-pertama", "--predikat", "sangat-baik"])["ak_exact"], "18.75");
    let v = one(&["--jenjang", "ahli-pertama", "--predikat", "baik", "--bulan", "2"]);
    assert_eq!(v["ak_display"], "2.083");
    assert_eq!(v["ak_exact"], "25/12");
    assert_eq!(one(&["--jenjang", "ahli-muda", "--predikat", "baik"])["ak"], 25.0);
    let v = one(&["--golongan", "IV/b", "--predikat", "butuh-perbaikan"]);
    assert_eq!((v["jenjang"].as_str(), v["ak_exact"].as_str()), (Some("ahli-madya"), Some("28.125")));
    assert_eq!(v["ak_kenaikan_jenjang"], 450);
    let (_, table, _) = run(&[
        "credit",
        "--regime",
        "2023",
        "--jenjang",
        "ahli-pertama",
        "--predikat",
        "baik",
        "--bulan",
        "2",
    ]);
    insta::assert_snapshot!("w10_2023", table);
}

#[test]
fn jm_boundaries() {
    for (jam, ratio, capped) in
        [("23", 23.0 / 24.0, false), ("24", 1.0, false), ("40", 1.0, false), ("41", 1.0, true)]
    {
        let v = credit_json(&["--golongan", "III/a", "--predikat", "baik", "--jam", jam]);
        assert_eq!(v["credit"]["jm_ratio"], ratio, "{jam} jam");
        assert_eq!(v["credit"]["jm_capped"], capped, "{jam} jam");
        assert_eq!(v["notes"].as_array().unwrap().iter().any(|n| n["code"] == "jm_capped"), capped);
    }
    for (k, ratio, capped) in
        [("149", 149.0 / 150.0, false), ("150", 1.0, false), ("250", 1.0, false), ("251", 1.0, true)]
    {
        let v = credit_json(&["--jenis", "bk", "--golongan", "III/a", "--predikat", "baik", "--konseli", k]);
        assert_eq!(v["credit"]["jm_ratio"], ratio, "{k} konseli");
        assert_eq!(v["credit"]["jm_capped"], capped, "{k} konseli");
    }
}

#[test]
fn golongan_spellings_and_decimal_comma() {
    for g in ["III/a", "III a", "IIIa", "iii/a", "3a", "III/A"] {
        assert_eq!(per_year(&["--golongan", g, "--predikat", "baik", "--jam", "24"]), "10.5", "{g}");
    }
    let a = credit_json(&["--golongan", "III/c", "--nilai", "69,64", "--jam", "24"]);
    let b = credit_json(&["--golongan", "III/c", "--nilai", "69.64", "--jam", "24"]);
    assert_eq!(a["credit"], b["credit"]);
    assert_eq!(a["credit"]["per_year_exact"], "15.1875");
}

#[test]
fn promotion_with_pkb_and_penunjang() {
    let v = credit_json(&[
        "--golongan",
        "III/c",
        "--predikat",
        "baik",
        "--jam",
        "24",
        "--ak-pkb",
        "5",
        "--ak-penunjang",
        "12",
    ]);
    let p = &v["credit"]["promotion"];
    // 100 − 5 − min(12, 10) = 85 needed at 20.25 a year → 4.197… → 5 years.
    assert_eq!(p["needed"], 85.0);
    assert_eq!(p["years"], 5);
    assert_eq!(p["pkb_short"], 4.0);
    let (_, table, _) = run(&[
        "credit",
        "--golongan",
        "III/c",
        "--predikat",
        "baik",
        "--jam",
        "24",
        "--ak-pkb",
        "5",
        "--ak-penunjang",
        "12",
    ]);
    insta::assert_snapshot!("promotion", table);
}

#[test]
fn gap_value_is_explained() {
    let (code, out, _) = run(&["credit", "--golongan", "III/c", "--nilai", "60,71", "--jam", "24"]);
    assert_eq!(code, 0);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("upper → Cukup, lower → Sedang, round → Cukup"), "{out}");
    let v = credit_json(&["--golongan", "III/c", "--nilai", "60,71", "--jam", "24", "--bands", "lower"]);
    assert_eq!(v["credit"]["credit_percent"], 50);
}

#[test]
fn bad_input() {
    let cases: [(&[&str], i32, &str); 14] = [
        (&["--golongan", "III/e", "--predikat", "baik"], 2, "II/a, II/b, II/c"),
        (&["--golongan", "V/a", "--predikat", "baik"], 2, "yang sah"),
        (&["--golongan", "III/a", "--nilai", "101"], 2, "di luar rentang 0–100"),
        (&["--golongan", "III/a", "--nilai", "-1"], 2, "di luar rentang 0–100"),
        (&["--golongan", "III/a", "--total", "57"], 2, "14–56"),
        (&["--golongan", "III/a", "--total", "13"], 2, "14–56"),
        (&["--golongan", "III/a", "--predikat", "baik", "--jam", "0"], 2, "lebih dari 0"),
        (&["--golongan", "III/a", "--predikat", "baik", "--jam", "-24"], 2, "jam"),
        (
            &["--jenis", "bk", "--golongan", "III/a", "--predikat", "baik", "--konseli", "0"],
            2,
            "lebih dari 0",
        ),
        (
            &["--golongan", "III/a", "--predikat", "baik", "--nilai-tambahan", "80"],
            2,
            "tanpa jenis tugas tambahan",
        ),
        (
            &["--regime", "2023", "--jenjang", "ahli-muda", "--predikat", "baik", "--jam", "24"],
            2,
            "--jam tidak berlaku untuk rezim 2023",
        ),
        (
            &["--golongan", "III/a", "--predikat", "baik", "--bulan", "3"],
            2,
            "--bulan tidak berlaku untuk rezim 2009",
        ),
        (&["--golongan", "IV/e", "--predikat", "baik"], 1, "IV/e adalah pangkat tertinggi"),
        (&["--golongan", "III/a", "--nilai", "80", "--predikat", "baik"], 2, "tidak dapat dipakai bersama"),
    ];
    for (args, want_code, want_msg) in cases {
        let mut all = vec!["credit"];
        all.extend_from_slice(args);
        let (code, out, err) = run(&all);
        assert_eq!(code, want_code, "{args:?}: {err}");
        assert_eq!(out, "", "{args:?}");
        assert!(err.contains(want_msg), "{args:?}: {err}");
    }
}
