//! `pkguru pkb`: the catalogue, a counted list of activities against the next promotion's
//! minima, located errors, and `--pkb` in `score` and `credit`.

mod common;

use common::*;

fn json_of(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn catalogue_in_every_format() {
    let (code, table, _) = run(&["pkb", "--daftar"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("pkb_catalogue_table", table);
    let (_, csv, _) = run(&["pkb", "--daftar", "--format", "csv"]);
    let rows = csv_rows(&csv, b',');
    assert_eq!(rows[0], ["kode", "subunsur", "uraian", "angka_kredit", "sumber"]);
    assert_eq!(rows.len(), 40);
    assert!(rows.iter().any(|r| r[0] == "modul-sekolah" && r[3] == "0.5"));
    // Permenneg PAN-RB 16/2009 lampiran I (and the Pedoman PKB): buku dalam bidang pendidikan
    // 3 / 1.5; alat pelajaran and alat peraga 2 / 1, alat praktikum 4 / 2, each its own line.
    for (code, ak) in [
        ("buku-pendidikan-isbn", "3"),
        ("buku-pendidikan-non-isbn", "1.5"),
        ("alat-pelajaran-kompleks", "2"),
        ("alat-pelajaran-sederhana", "1"),
        ("alat-peraga-kompleks", "2"),
        ("alat-peraga-sederhana", "1"),
        ("alat-praktikum-kompleks", "4"),
        ("alat-praktikum-sederhana", "2"),
    ] {
        let row = rows.iter().find(|r| r[0] == code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(row[3], ak, "{code}");
        assert_eq!(row[4], "Permenneg PAN-RB 16/2009 lampiran I; Pedoman PKB (Buku 4)", "{code}");
    }
    assert!(!rows.iter().any(|r| r[0] == "alat-kompleks" || r[0] == "alat-sederhana"));
    let (_, id, _) = run(&["pkb", "--daftar", "--format", "csv", "--csv-dialect", "id"]);
    assert!(id.contains("modul-sekolah;publikasi-ilmiah;Modul/diktat tingkat sekolah;0,5"), "{id}");
    let v = json_of(&["pkb", "--daftar", "--format", "json"]);
    let diklat = &v["kegiatan"][0];
    assert_eq!(diklat["kode"], "diklat");
    assert_eq!(diklat["angka_kredit"], serde_json::Value::Null);
    assert_eq!(diklat["jam_diklat"][0], serde_json::json!({"mulai_jam": 961, "angka_kredit": 15}));
    assert_eq!(diklat["sumber"], "Permenneg PAN-RB 16/2009 lampiran I");
}

/// The new activities count in a teacher's list (a buku dalam bidang pendidikan ber-ISBN 3, an
/// alat praktikum kompleks 4: publikasi ilmiah 3, karya inovatif 4), and a list written with
/// the old single alat code is refused with the three codes it was split into.
#[test]
fn new_activities_and_the_split_alat_code() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kegiatan.csv");
    std::fs::write(&path, "kode,jumlah\nbuku-pendidikan-isbn,1\nalat-praktikum-kompleks,1\n").unwrap();
    let v = json_of(&["pkb", path.to_str().unwrap(), "--golongan", "III/b", "--format", "json"]);
    assert_eq!(v["publikasi_ilmiah"]["tepat"], "3");
    assert_eq!(v["karya_inovatif"]["tepat"], "4");
    assert_eq!(v["kenaikan_pangkat"]["kurang_publikasi_inovatif"], serde_json::Value::Null);
    std::fs::write(&path, "kode,jumlah\nalat-kompleks,1\nalat-sederhana,1\n").unwrap();
    let (code, out, err) = run(&["pkb", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    let label = path.display().to_string();
    for want in [
        format!(
            "{label}:2: kode kegiatan \"alat-kompleks\" sudah dipecah menjadi tiga kegiatan (Permenneg PAN-RB 16/2009 lampiran I): alat-pelajaran-kompleks (2), alat-peraga-kompleks (2), alat-praktikum-kompleks (4); tulis salah satunya"
        ),
        format!(
            "{label}:3: kode kegiatan \"alat-sederhana\" sudah dipecah menjadi tiga kegiatan (Permenneg PAN-RB 16/2009 lampiran I): alat-pelajaran-sederhana (1), alat-peraga-sederhana (1), alat-praktikum-sederhana (2); tulis salah satunya"
        ),
    ] {
        assert!(err.contains(&want), "{want}\n{err}");
    }
}

/// fixtures/pkb/kegiatan-iii-c.csv: diklat 200 jam (3), a PTK makalah (4), a modul sekolah
/// (0.5), two seminars as peserta (2 × 0.1). Pengembangan diri 3.2, publikasi 4.5; III/c →
/// III/d needs 3 and 6: publikasi ilmiah/karya inovatif short by 1.5.
#[test]
fn a_list_against_the_next_promotion() {
    let (code, out, err) = run(&["pkb", "fixtures/pkb/kegiatan-iii-c.csv", "--golongan", "III/c"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("pkb_list_iii_c", out);
    let v = json_of(&["pkb", "fixtures/pkb/kegiatan-iii-c.csv", "--golongan", "III/c", "--format", "json"]);
    assert_eq!(v["pengembangan_diri"]["tepat"], "3.2");
    assert_eq!(v["publikasi_ilmiah"]["tepat"], "4.5");
    assert_eq!(v["jumlah"]["tepat"], "7.7");
    assert_eq!(v["kenaikan_pangkat"]["kurang_publikasi_inovatif"], 1.5);
    assert_eq!(v["kenaikan_pangkat"]["kurang_pengembangan_diri"], serde_json::Value::Null);
    assert_eq!(v["kenaikan_pangkat"]["terpenuhi"], false);
    // IV/c → IV/d: 5 and 14 and a presentasi ilmiah.
    let (_, out, _) = run(&["pkb", "fixtures/pkb/kegiatan-iii-c.csv", "--golongan", "IV/c"]);
    assert!(out.contains("pengembangan diri kurang 1,8"), "{out}");
    assert!(out.contains("publikasi ilmiah/karya inovatif kurang 9,5"), "{out}");
    assert!(out.contains("belum ada presentasi ilmiah"), "{out}");
    // III/a → III/b needs only 3 of pengembangan diri.
    let (_, out, _) = run(&["pkb", "fixtures/pkb/kegiatan-iii-c.csv", "--golongan", "III/a"]);
    assert!(out.contains("Syarat PKB terpenuhi."), "{out}");
    let (_, out, _) = run(&["pkb", "fixtures/pkb/kegiatan-iii-c.csv", "--golongan", "IV/e"]);
    assert!(out.contains("IV/e adalah pangkat tertinggi"), "{out}");
    let (code, _, err) = run(&["pkb", "fixtures/pkb/kegiatan-iii-c.csv", "--golongan", "III/x"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn problems_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kegiatan.csv");
    std::fs::write(&path, "kode,jam,jumlah\nmodul-kecamatan,,\ndiklat,20,\nbuku-isbn,,dua\n").unwrap();
    let (code, out, err) = run(&["pkb", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    let label = path.display().to_string();
    for want in [
        format!(
            "{label}:2: kode kegiatan \"modul-kecamatan\" tidak ada di katalog (lihat `pkguru pkb --daftar`); maksudnya modul-provinsi?"
        ),
        format!("{label}:3: diklat: diklat 20 jam tidak dihitung: angka kredit mulai 30 jam"),
        format!("{label}:4: buku-isbn: jumlah \"dua\" bukan bilangan bulat"),
    ] {
        assert!(err.contains(&want), "{want}\n{err}");
    }
}

#[test]
fn score_and_credit_count_the_list() {
    let v = json_of(&[
        "credit",
        "--golongan",
        "III/c",
        "--predikat",
        "baik",
        "--jam",
        "24",
        "--pkb",
        "fixtures/pkb/kegiatan-iii-c.csv",
        "--format",
        "json",
    ]);
    let notes: Vec<&str> =
        v["notes"].as_array().unwrap().iter().map(|n| n["code"].as_str().unwrap()).collect();
    assert!(notes.contains(&"pkb_missing") && notes.contains(&"pkb_short"), "{v:#}");
    let v = json_of(&[
        "score",
        "fixtures/contoh/guru-kelas.csv",
        "--pkb",
        "fixtures/pkb/kegiatan-iii-c.csv",
        "--format",
        "json",
    ]);
    let missing = v["notes"].as_array().unwrap().iter().find(|n| n["code"] == "pkb_missing").unwrap();
    assert!(missing["message"].as_str().unwrap().contains("publikasi ilmiah/karya inovatif kurang 1,500"));
    // A list that meets III/c's minima: no shortfall.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cukup.csv");
    std::fs::write(&path, "kode,jam\ndiklat,200\nptk-sekolah,\nartikel-nasional,\nmodul-sekolah,\n").unwrap();
    let v = json_of(&[
        "score",
        "fixtures/contoh/guru-kelas.csv",
        "--pkb",
        path.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        v["notes"].as_array().unwrap().iter().all(|n| n["code"] != "pkb_missing" && n["code"] != "pkb_short"),
        "{v:#}"
    );
}

/// A workbook holding the PK Guru sheet and a worksheet of PKB activities: `score` and
/// `report` count AK PKB from it.
#[test]
fn a_workbook_with_a_pkb_worksheet() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("siti.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, text) in [
        ("PK Guru", fixture_text("contoh/guru-kelas.csv")),
        ("Kegiatan PKB", fixture_text("pkb/kegiatan-iii-c.csv")),
    ] {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (r, row) in csv_rows(&text, b',').iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell.parse::<f64>() {
                    // Hours typed as numbers, as a spreadsheet keeps them.
                    Ok(n) if name == "Kegiatan PKB" && c == 1 => {
                        ws.write_number(r as u32, c as u16, n).map(|_| ())
                    }
                    _ => ws.write_string(r as u32, c as u16, cell).map(|_| ()),
                }
                .unwrap();
            }
        }
    }
    wb.save(&book).unwrap();
    let (code, out, err) = run(&["score", book.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Dengan PKB 7,700 dan penunjang"), "{out}");
    assert!(out.contains("ilmiah/karya inovatif kurang 1,500"), "{out}");
    let html = dir.path().join("laporan.html");
    let (code, _, err) = run(&["report", book.to_str().unwrap(), "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("Dengan PKB 7,700"), "Lampiran 1D uses the counted PKB");
}

/// The list as a workbook of its own (hours and counts as numbers, a date as a date).
#[test]
fn a_list_in_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("kegiatan.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 7, 14).unwrap();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in ["kode", "jam", "jumlah", "tanggal", "judul"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "diklat").unwrap();
    ws.write_number(1, 1, 200.0).unwrap();
    ws.write_datetime_with_format(1, 3, &date, &fmt).unwrap();
    ws.write_string(2, 0, "modul-sekolah").unwrap();
    ws.write_number(2, 2, 3.0).unwrap();
    wb.save(&book).unwrap();
    let v = json_of(&["pkb", book.to_str().unwrap(), "--format", "json"]);
    assert_eq!(v["pengembangan_diri"]["tepat"], "3");
    assert_eq!(v["publikasi_ilmiah"]["tepat"], "1.5");
    assert_eq!(v["kegiatan"][0]["tanggal"], "2025-07-14");
}
