//! The evaluasi diri form end to end: templates in every format, `score`, `batch`, `check`
//! and `report` on filled forms, the band boundaries under each convention, located errors,
//! and forms saved by LibreOffice in English and Indonesian locales.

mod common;

use std::path::Path;

use common::*;

fn json_of(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn templates_in_every_format() {
    let (code, csv, _) = run(&["template", "--jenis", "evaluasi-diri"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("evaluasi_template_umum_csv", csv);
    let (_, kejuruan, _) = run(&["template", "--jenis", "evaluasi-diri", "--kejuruan"]);
    let items: Vec<&str> = kejuruan.lines().filter(|l| l.starts_with("ED")).collect();
    assert_eq!(items.len(), 21);
    assert!(items[17].starts_with("ED18,Job sheet *"), "{items:?}");
    assert_eq!(csv.lines().filter(|l| l.starts_with("ED")).count(), 18);
    let (_, json, _) = run(&["template", "--jenis", "evaluasi-diri", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format"], "pkguru/evaluasi/1");
    assert_eq!(v["bentuk"], "umum");
    assert_eq!(v["butir"].as_array().unwrap().len(), 18);
    // A template is not yet a form anyone filled in.
    let dir = tempfile::tempdir().unwrap();
    for ext in ["csv", "json", "xlsx"] {
        let t = dir.path().join(format!("t.{ext}"));
        let (code, _, err) = run(&["template", "--jenis", "evaluasi-diri", "-o", t.to_str().unwrap()]);
        assert_eq!(code, 0, "{ext}: {err}");
        let (code, _, err) = run(&["score", t.to_str().unwrap()]);
        assert_eq!(code, 1, "{ext}");
        assert!(err.contains("tidak ada butir yang dinilai"), "{ext}: {err}");
    }
}

#[test]
fn template_usage_errors() {
    let (code, _, err) = run(&["template", "--kejuruan"]);
    assert_eq!(code, 2);
    assert!(err.contains("--kejuruan hanya untuk --jenis evaluasi-diri"), "{err}");
    let (code, _, err) = run(&["template", "--jenis", "evaluasi-diri", "--wide"]);
    assert_eq!(code, 2);
    assert!(err.contains("--wide tidak tersedia"), "{err}");
    let (code, _, _) = run(&["template", "--jenis", "evaluasi-diri", "--format", "xlsx"]);
    assert_eq!(code, 2, "xlsx needs -o");
}

#[test]
fn score_table_of_the_worked_form() {
    let (code, out, err) = run(&["score", "fixtures/evaluasi/umum.csv"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("evaluasi_score_umum_table", out);
    let v = json_of(&["score", "fixtures/evaluasi/umum.csv", "--format", "json"]);
    // 16 items scored 3 or 4 (53), KKM tidak ada (1), presensi not assessed: 57 / 68.
    assert_eq!(v["skor"], 57);
    assert_eq!(v["skor_maks"], 68);
    assert_eq!(v["butir_dinilai"], 17);
    assert_eq!(v["nilai_tepat"], "1425/17");
    assert_eq!(v["nilai_tampil"], "83.82");
    assert_eq!(v["predikat"], "Baik");
    assert_eq!(v["butir"][4]["ada"], "tidak ada");
    assert_eq!(v["butir"][4]["skor"], 1);
    assert_eq!(v["butir"][8]["skor"], serde_json::Value::Null);
    let en = run(&["--lang", "en", "score", "fixtures/evaluasi/umum.csv"]).1;
    assert!(en.contains("Value            83.82"), "{en}");
}

/// The boundaries of the bands (86–100, 71–85, 56–70, < 56), each fixture under each
/// convention: (file, skor, maks, exact nilai, upper, lower, round).
#[test]
fn band_boundaries_under_each_convention() {
    let rows = [
        ("tepat-70", 14, 20, "70", "Cukup", "Cukup", "Cukup"),
        ("tepat-85", 17, 20, "85", "Baik", "Baik", "Baik"),
        ("celah-55-56", 40, 72, "500/9", "Cukup", "Kurang", "Cukup"),
        ("di-atas-56", 41, 72, "1025/18", "Cukup", "Cukup", "Cukup"),
        ("celah-70-71", 51, 72, "425/6", "Baik", "Cukup", "Baik"),
        ("celah-85-86", 72, 84, "600/7", "Amat Baik", "Baik", "Amat Baik"),
        ("penuh-72", 72, 72, "100", "Amat Baik", "Amat Baik", "Amat Baik"),
    ];
    for (file, skor, maks, exact, upper, lower, round) in rows {
        let path = format!("fixtures/evaluasi/{file}.csv");
        for (bands, want) in [("upper", upper), ("lower", lower), ("round", round)] {
            let v = json_of(&["score", &path, "--format", "json", "--bands", bands]);
            assert_eq!((v["skor"].as_u64(), v["skor_maks"].as_u64()), (Some(skor), Some(maks)), "{file}");
            assert_eq!(v["nilai_tepat"], exact, "{file}");
            assert_eq!(v["predikat"], want, "{file} {bands}");
            assert_eq!(v["predikat_per_konvensi"][bands], want, "{file} {bands}");
        }
        let kejuruan = json_of(&["score", &path, "--format", "json"]);
        let items = if file == "celah-85-86" { 21 } else { 18 };
        assert_eq!(kejuruan["butir"].as_array().unwrap().len(), items, "{file}");
    }
    // A value in a gap is said in the table.
    let out = run(&["score", "fixtures/evaluasi/celah-70-71.csv"]).1;
    assert!(
        out.contains("nilai di celah tabel predikat (upper → Baik, lower → Cukup, round → Baik)"),
        "{out}"
    );
}

#[test]
fn batch_rekap_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let rekap = dir.path().join("rekap.csv");
    let (code, _, err) = run(&["batch", "fixtures/evaluasi", "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("evaluasi_batch_rekap_csv", std::fs::read_to_string(&rekap).unwrap());
    assert!(err.contains("8 guru dinilai"), "{err}");
    // Every format of the rekap.
    for ext in ["json", "jsonl", "xlsx"] {
        let out = dir.path().join(format!("rekap.{ext}"));
        let (code, _, err) = run(&["batch", "fixtures/evaluasi", "-o", out.to_str().unwrap()]);
        assert_eq!(code, 0, "{ext}: {err}");
    }
    let all: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("rekap.json")).unwrap()).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 8);
    let jsonl = std::fs::read_to_string(dir.path().join("rekap.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), 8);
    use calamine::{Data, Reader, open_workbook_auto};
    let mut book = open_workbook_auto(dir.path().join("rekap.xlsx")).unwrap();
    let range = book.worksheet_range("rekap-evaluasi-diri").unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(|d| d.to_string()).collect();
    let nilai = header.iter().position(|h| h == "nilai").unwrap();
    let umum = range.rows().find(|r| r[0].to_string().ends_with("umum.csv")).unwrap();
    assert_eq!(umum[nilai], Data::Float(83.82), "typed number, shown with 2 decimals");
    // The Indonesian dialect keeps the NIP as text and uses decimal commas.
    let id = run(&["batch", "fixtures/evaluasi/umum.csv", "--csv-dialect", "id"]).1;
    assert!(id.contains(";\"=\"\"196805121994032004\"\"\";"), "{id}");
    assert!(id.contains(";83,82;1425/17;Baik;"), "{id}");
    let (code, out, err) = run(&["check", "fixtures/evaluasi"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn problems_are_located_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let good = fixture_text("evaluasi/umum.csv");
    let bad = good
        .replace("ED03,Jadwal pelajaran,ada,4", "ED03,Jadwal pelajaran,tidak,3")
        .replace(
            "ED04,Program tahunan / program semester,ada,3",
            "ED04,Program tahunan / program semester,ada,",
        )
        .replace("ED06,Silabus,ada,3", "ED06,Silabus,mungkin,3")
        .replace(
            "ED07,Rencana pelaksanaan pembelajaran (RPP),ada,4",
            "ED07,Rencana pelaksanaan pembelajaran (RPP),ada,5",
        )
        .replace("ED21,Pembelajaran menggunakan TIK,ada,4\n", "");
    assert_ne!(good, bad);
    let path = dir.path().join("rusak.csv");
    std::fs::write(&path, &bad).unwrap();
    let (code, out, err) = run(&["score", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    let label = path.display().to_string();
    for want in [
        format!("{label}:14: ED03: ditandai tidak ada tetapi skornya 3; tidak ada bernilai 1"),
        format!("{label}:15: ED04: ditandai ada tetapi belum diberi skor 1–4"),
        format!("{label}:17: ED06: isian ada \"mungkin\" tidak dikenal"),
        format!("{label}:18: ED07: skor \"5\" bukan 1, 2, 3 atau 4"),
        format!("{label}: butir tanpa baris: ED21"),
    ] {
        assert!(err.contains(&want), "{want}\n{err}");
    }
    // In a batch: the good form is in the rekap, the bad one is reported, exit 1.
    let rekap = dir.path().join("rekap.csv");
    let (code, _, err) =
        run(&["batch", "fixtures/evaluasi/umum.csv", path.to_str().unwrap(), "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(std::fs::read_to_string(&rekap).unwrap().lines().count(), 2);
    let (code, out, _) = run(&["check", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["problems"].as_array().map(Vec::len), Some(5), "{out}");
}

/// A run is one of forms when its inputs hold forms and no PK Guru sheet. Among PK Guru
/// sheets, a form named on the command line is refused, whatever the order; one found in a
/// folder is skipped with a note, and the PK Guru sheets are scored.
#[test]
fn forms_and_pk_guru_sheets_are_not_mixed() {
    for args in [
        ["batch", "fixtures/evaluasi/umum.csv", "fixtures/contoh/guru-kelas.csv"],
        ["batch", "fixtures/contoh/guru-kelas.csv", "fixtures/evaluasi/umum.csv"],
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, 1);
        assert!(
            err.contains("umum.csv: ini lembar evaluasi diri administrasi, bukan lembar PK Guru"),
            "{err}"
        );
        assert_eq!(out.lines().count(), 2, "the PK Guru sheet is scored: {out}");
    }
    let dir = tempfile::tempdir().unwrap();
    for f in ["evaluasi/umum.csv", "contoh/guru-kelas.csv"] {
        let name = f.replace('/', "-");
        std::fs::copy(format!("fixtures/{f}"), dir.path().join(name)).unwrap();
    }
    let (code, out, err) = run(&["batch", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("evaluasi-umum.csv: dilewati: lembar evaluasi diri di antara lembar PK Guru"),
        "{err}"
    );
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn report_prints_the_form_with_signatures() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("ed.html");
    let (code, _, err) = run(&["report", "fixtures/evaluasi/umum.csv", "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&html).unwrap();
    for want in [
        "Evaluasi Diri Administrasi Perencanaan Pembelajaran",
        "Guru pengampu",
        "Dra. Siti Aminah",
        "Mengetahui, Kepala Sekolah",
        "Drs. H. Bambang Wijaya, M.Pd.",
        "Bandung, 12 Maret 2026",
        "83,82",
    ] {
        assert!(text.contains(want), "{want}");
    }
    assert!(!text.contains("<script"), "no script");
    let pdf = dir.path().join("ed.pdf");
    let (code, _, err) = run(&["report", "fixtures/evaluasi", "-o", pdf.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let split = dir.path().join("per-guru");
    let (code, _, err) = run(&["report", "fixtures/evaluasi", "--split", split.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(split.join("196805121994032004_Dra_Siti_Aminah.pdf").exists());
    assert_eq!(std::fs::read_dir(&split).unwrap().count(), 8);
    let Some(poppler) = pdftotext() else { return };
    let text = pdf_text(&poppler, &pdf);
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(pages.len(), 8, "one page per form");
    let umum = pages.iter().find(|p| p.contains("Dra. Siti Aminah")).unwrap();
    for want in [
        "EVALUASI DIRI ADMINISTRASI",
        "Tidak ada",
        "83,82",
        "Baik",
        "Mengetahui, Kepala Sekolah",
        "Guru pengampu",
    ] {
        assert!(umum.contains(want), "{want}\n{umum}");
    }
}

fn score_json(path: &Path) -> serde_json::Value {
    json_of(&["score", path.to_str().unwrap(), "--format", "json"])
}

/// A filled form opened the way a person opens a CSV in an English and an Indonesian
/// spreadsheet and saved as xlsx (the NIPs become numbers): the items and result come
/// through unchanged.
#[test]
fn form_saved_in_english_and_indonesian_locales() {
    let Some(soffice) = soffice() else { return };
    let want = score_json(&fixture("evaluasi/celah-85-86.csv"));
    for (locale, lcid) in [("en-US", 1033), ("id-ID", 1057)] {
        let dir = tempfile::tempdir().unwrap();
        let book = convert_with(
            &soffice,
            &fixture("evaluasi/celah-85-86.csv"),
            "xlsx",
            dir.path(),
            &format!("CSV:44,34,76,1,,{lcid}"),
        );
        let got = score_json(&book);
        assert_eq!(got["butir"], want["butir"], "{locale}");
        assert_eq!(got["nilai_tepat"], "600/7", "{locale}");
        assert_eq!(got["bentuk"], "kejuruan", "{locale}");
        assert_eq!(got["identitas"]["nama"], want["identitas"]["nama"], "{locale}");
    }
    // The xlsx template, re-saved by LibreOffice, is still a form.
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("t.xlsx");
    run(&["template", "--jenis", "evaluasi-diri", "--kejuruan", "-o", t.to_str().unwrap()]);
    let out = dir.path().join("ods");
    std::fs::create_dir(&out).unwrap();
    let ods = convert_with(&soffice, &t, "ods", &out, "Calc MS Excel 2007 XML");
    let (code, _, err) = run(&["score", ods.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("tidak ada butir yang dinilai"), "{err}");
}
