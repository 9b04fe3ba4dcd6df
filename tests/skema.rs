//! A school's own scheme (`pkguru skema`) through every command: the shipped old SMK scheme
//! on a hand-worked school of five teachers, and a second scheme written only as data.

mod common;

use common::*;

const SMK: &str = "fixtures/skema/sekolah-smk.csv";
const LAIN: &str = "fixtures/skema/lain.toml";
const LAIN_SEKOLAH: &str = "fixtures/skema/lain-sekolah.csv";

/// The school of five on the old SMK scheme, worked by hand (each aspect the mean of its
/// indicators' places on their scales; disiplin and tanggung jawab 35 % each, prestasi 30 %):
///
/// | guru  | disiplin | tanggung jawab | prestasi | nilai                               |
/// |-------|----------|----------------|----------|-------------------------------------|
/// | Budi  | 4,3,4 → 800/9 | 3,3,2 → 500/9 | 3, ya → 250/3 | 280/9 + 175/9 + 25 = 680/9 = 75,56 Cukup |
/// | Sari  | 4,4,4 → 100 | 4,4,4 → 100 | 4, tidak → 50 | 35 + 35 + 15 = 85 Baik |
/// | Rina  | 100 | 100 | 4, ya → 100 | 100 Amat Baik |
/// | Dewi  | 2,2,2 → 100/3 | 100/3 | 2, tidak → 50/3 | 70/3 + 5 = 85/3 = 28,33 Kurang |
/// | Agus  | 3,3,3 → 200/3 | 200/3 | 1, ya → 50 | 140/3 + 15 = 185/3 = 61,67 Cukup |
#[test]
fn the_smk_school_worked_by_hand() {
    let (code, out, err) = run(&["batch", SMK]);
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out, b',');
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let got: Vec<(String, String, String, String, String, String)> = rows[1..]
        .iter()
        .map(|r| {
            (
                r[col("nama")].clone(),
                r[col("disiplin")].clone(),
                r[col("tanggung-jawab")].clone(),
                r[col("prestasi-kerja")].clone(),
                r[col("nilai_tepat")].clone(),
                r[col("predikat")].clone(),
            )
        })
        .collect();
    let want = [
        ("Budi Santoso", "88.89", "55.56", "83.33", "680/9", "Cukup"),
        ("Sari Wulandari", "100.00", "100.00", "50.00", "85", "Baik"),
        ("Rina Marlina", "100.00", "100.00", "100.00", "100", "Amat Baik"),
        ("Dewi Lestari", "33.33", "33.33", "16.67", "85/3", "Kurang"),
        ("Agus Salim", "66.67", "66.67", "50.00", "185/3", "Cukup"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|w| (w.0.into(), w.1.into(), w.2.into(), w.3.into(), w.4.into(), w.5.into()))
        .collect();
    assert_eq!(got, want);
    assert!(
        err.contains("5 formulir dinilai (Amat Baik 1, Baik 1, Cukup 2, Sedang 0, Kurang 1); 0 gagal"),
        "{err}"
    );
    assert_eq!(rows[1][col("sumber")], format!("{SMK}:2"));

    let (code, out, _) = run(&["check", SMK]);
    assert_eq!(code, 0);
    assert!(out.contains("5 guru"), "{out}");

    let (code, out, err) = run(&["rank", SMK, "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let order: Vec<String> = csv_rows(&out, b',')[1..].iter().map(|r| format!("{} {}", r[1], r[3])).collect();
    assert_eq!(
        order,
        ["1 Rina Marlina", "2 Sari Wulandari", "3 Budi Santoso", "4 Agus Salim", "5 Dewi Lestari"]
    );
}

/// One teacher's sheet: the score with its working written out, and the same through JSON.
#[test]
fn one_sheet_with_its_working() {
    let (code, out, err) = run(&["score", "fixtures/skema/budi.csv"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("skema_score_budi", out);
    let (_, json, _) = run(&["score", "fixtures/skema/budi.csv", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], "pkguru/skema-hasil/1");
    assert_eq!(v["nilai_tepat"], "680/9");
    assert_eq!(v["aspek"][0]["bobot_tepat"], "35");
    assert_eq!(v["predikat"], "Cukup");
    // The same teacher is the first row of the school's wide form.
    let (code, _, err) = run(&["score", SMK]);
    assert_eq!(code, 1);
    assert!(err.contains("berkas berisi 5 guru"), "{err}");
}

/// The printed sheets: each teacher's page with the working; HTML and PDF.
#[test]
fn report_prints_every_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("r.html");
    let (code, _, err) = run(&["report", SMK, "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&html).unwrap();
    assert_eq!(text.matches("<section class=\"page skema\">").count(), 5);
    assert!(text.contains("Nilai: 35 % × 88,89 + 35 % × 55,56 + 30 % × 83,33 = 75,56"), "the working");
    assert!(text.contains("Rina Marlina"));
    let pdf = dir.path().join("r.pdf");
    let (code, _, err) = run(&["report", SMK, "-o", pdf.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

/// A scheme pkguru has no code for, given as a file: every command scores it.
/// Ani: pembelajaran (4/4 + 3/4)/2 = 87,5; kehadiran (10 + 5)/15 = 100; tugas ya = 100:
/// 50 % × 87,5 + 30 % × 100 + 20 % × 100 = 93,75. Bayu: 50; 10/15 → 200/3; 0: 25 + 20 = 45.
/// Citra: (1/4 + 0)/2 = 12,5; 10/15; 100: 6,25 + 20 + 20 = 46,25.
#[test]
fn a_second_scheme_as_data_only() {
    let (code, out, err) = run(&["batch", LAIN_SEKOLAH, "--skema", LAIN]);
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out, b',');
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let got: Vec<(&str, &str)> =
        rows[1..].iter().map(|r| (r[col("nilai_tepat")].as_str(), r[col("predikat")].as_str())).collect();
    assert_eq!(got, [("93.75", "Sangat baik"), ("45", "Perlu pembinaan"), ("46.25", "Perlu pembinaan")]);
    assert!(err.contains("3 formulir dinilai (Sangat baik 1, Baik 0, Perlu pembinaan 2)"), "{err}");

    let (code, out, _) = run(&["check", LAIN_SEKOLAH, "--skema", LAIN]);
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = run(&["rank", LAIN_SEKOLAH, "--skema", LAIN]);
    assert_eq!(code, 0);
    let names: Vec<&str> = out.lines().skip(2).filter_map(|l| l.split_whitespace().nth(1)).collect();
    assert_eq!(names, ["Ani", "Citra", "Bayu"]);
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("r.html");
    let (code, _, err) = run(&["report", LAIN_SEKOLAH, "--skema", LAIN, "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("Kehadiran (jumlah): (10 + 5) / 15 × 100 = 100"), "the working of a sum");
    // One teacher of the file, alone, through score.
    let one = dir.path().join("ani.csv");
    let text = std::fs::read_to_string(LAIN_SEKOLAH).unwrap();
    let first_two: Vec<&str> = text.lines().take(2).collect();
    std::fs::write(&one, first_two.join("\n") + "\n").unwrap();
    let (code, out, err) = run(&["score", one.to_str().unwrap(), "--skema", LAIN]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Nilai      93,75 (93,75)"), "{out}");
    // Without the scheme file, its sheets are refused by name.
    let (code, _, err) = run(&["batch", LAIN_SEKOLAH]);
    assert_eq!(code, 1);
    assert!(
        err.contains("skema \"sd-harapan\" tidak dikenal; beri berkasnya dengan --skema BERKAS.toml"),
        "{err}"
    );
}

#[test]
fn templates_from_a_scheme() {
    let (code, csv, _) = run(&["skema", "template", "smk-lama"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("skema_template_smk_csv", csv);
    let (_, wide, _) = run(&["skema", "template", LAIN, "--wide"]);
    assert_eq!(
        wide,
        "skema,nama,nip,sekolah,mapel,periode,penilai,nip_penilai,tempat,tanggal,P1,P2,H1,H2,T1\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let x = dir.path().join("t.xlsx");
    let (code, _, err) = run(&["skema", "template", "smk-lama", "-o", x.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&x).unwrap().starts_with(b"PK"));
    // A blank template is not a scored sheet: every indicator is named as blank.
    let (code, _, err) = run(&["score", x.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("8 indikator belum diisi: 1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2"), "{err}");
    let (code, _, err) = run(&["skema", "template", "tidak-ada"]);
    assert_eq!(code, 2);
    assert!(err.contains("skema \"tidak-ada\" tidak dikenal"), "{err}");
    let (code, out, _) = run(&["skema", "periksa", "smk-lama"]);
    assert_eq!(code, 0);
    assert!(out.contains("Disiplin — bobot 35 %, rerata"), "{out}");
}

/// A filled workbook (the sheet typed into a spreadsheet) reads like the CSV.
#[test]
fn a_filled_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("budi.xlsx");
    workbook_of(&book, &[("skema", &fixture_text("skema/budi.csv"))]);
    let (code, out, err) = run(&["score", book.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("75,56 (680/9)"), "{out}");
}

/// Saved through LibreOffice, as operators do, in both locales: the same scores.
#[test]
fn through_libreoffice() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("sekolah.csv");
    std::fs::copy(SMK, &src).unwrap();
    for (locale, filter) in [("en-US", "CSV:44,34,76,1,,1033"), ("id-ID", "CSV:44,34,76,1,,1057")] {
        let out = dir.path().join(locale);
        std::fs::create_dir_all(&out).unwrap();
        let xlsx = convert_with(&soffice, &src, "xlsx", &out, filter);
        let (code, rekap, err) = run(&["batch", xlsx.to_str().unwrap()]);
        assert_eq!(code, 0, "{locale}: {err}");
        assert!(rekap.contains("680/9,Cukup") && rekap.contains("185/3,Cukup"), "{locale}: {rekap}");
    }
}

#[test]
fn bad_scheme_files_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, std::fs::read_to_string(LAIN).unwrap().replace("bobot = 20", "bobot = 25")).unwrap();
    let (code, _, err) = run(&["batch", LAIN_SEKOLAH, "--skema", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("berkas skema tidak dapat dipakai")
            && err.contains("bobot aspek berjumlah 105 %, harus 100 %"),
        "{err}"
    );
    std::fs::write(&bad, std::fs::read_to_string(LAIN).unwrap().replace("\"0-5\"", "\"lima\"")).unwrap();
    let (code, _, err) = run(&["skema", "periksa", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("bad.toml:25: skala \"lima\" tidak dikenal"), "{err}");
}

/// The scheme file shown in the user guide is a valid scheme, weighing what the README says.
#[test]
fn the_readme_scheme_is_valid() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/panduan.md")).unwrap();
    // The scheme's guide has its own section; other TOML files (the kop surat) come before it.
    let section = readme.find("### Skema penilaian sekolah sendiri").expect("the scheme's section");
    let start = section + readme[section..].find("```toml\n").expect("a toml block") + "```toml\n".len();
    let toml = &readme[start..start + readme[start..].find("```").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("skema-saya.toml");
    std::fs::write(&path, toml).unwrap();
    let (code, out, err) = run(&["skema", "periksa", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    for line in ["Pembelajaran — bobot 40 %", "Kehadiran — bobot 40 %, jumlah", "Tugas tambahan — bobot 20 %"]
    {
        assert!(out.contains(line), "{line}: {out}");
    }
}
