//! Every bad input to `score`: a clear message naming file, line and indicator, exit 1 for
//! data and 2 for usage, nothing on standard output, never a panic.

mod common;

use common::*;

/// Runs `score -` on the bytes; asserts a data error with nothing written; returns stderr.
fn data_error(bytes: &[u8]) -> String {
    let (code, out, err) = run_stdin(&["score", "-"], bytes);
    assert_eq!(code, 1, "exit status for data errors; stderr: {err}");
    assert_eq!(out, "", "nothing written on a data error");
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn bad_scores_each_named_with_line_and_indicator() {
    for (value, shown) in
        [("3", "\"3\""), ("-1", "\"-1\""), ("1.5", "\"1.5\""), ("dua", "\"dua\""), ("", "kosong")]
    {
        let err = data_error(kelas_with("4.11", value).as_bytes());
        assert!(err.contains("stdin:40: 4.11:"), "{value}: {err}");
        assert!(err.contains(shown), "{value}: {err}");
        assert!(!err.contains("belum diisi"), "a bad score is not also reported missing: {err}");
    }
}

#[test]
fn line_numbers_survive_crlf_and_semicolons() {
    let rows = csv_rows(&kelas_with("4.11", "3"), b',');
    for (delim, crlf) in [(b',', true), (b';', true), (b';', false)] {
        let err = data_error(csv_text(&rows, delim, crlf).as_bytes());
        assert!(err.contains("stdin:40: 4.11:"), "{err}");
    }
}

#[test]
fn all_problems_at_once_snapshot() {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for r in rows.iter_mut() {
        match r[0].as_str() {
            "1.1" => r[3] = "3".into(),
            "2.2" => r[3] = "dua".into(),
            "golongan" => r[3] = "III/e".into(),
            _ => {}
        }
    }
    rows.retain(|r| r[0] != "5.7" && r[0] != "14.6");
    let text = csv_text(&rows, b',', false);
    let err = data_error(text.as_bytes());
    insta::assert_snapshot!("all_problems", err);
}

#[test]
fn a_spreadsheet_that_ate_the_zero_of_4_10_gets_a_hint() {
    // Recovered when unambiguous (tests/operators.rs); here the row's text is not 4.10's, so it
    // stays an error with the hint.
    let mut rows = csv_rows(&kelas_with("x", ""), b',');
    for r in rows.iter_mut().filter(|r| r[0] == "4.10") {
        r[0] = "4.1".into();
        r[2] = "teks lain".into();
    }
    let err = data_error(csv_text(&rows, b',', false).as_bytes());
    assert!(
        err.contains("4.1: indikator diisi dua kali") && err.contains("mengubah 4.10 menjadi angka 4.1"),
        "{err}"
    );
}

#[test]
fn missing_indicators_are_all_listed() {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    rows.retain(|r| !["2.2", "4.3", "14.6"].contains(&r[0].as_str()));
    let err = data_error(csv_text(&rows, b',', false).as_bytes());
    assert!(err.contains("3 indikator instrumen kelas belum diisi: 2.2, 4.3, 14.6"), "{err}");
}

#[test]
fn duplicate_unknown_and_bk_ids() {
    let base = fixture_text("contoh/guru-kelas.csv");
    let err = data_error(format!("{base}1.1,x,y,2\n").as_bytes());
    assert!(err.contains("stdin:92: 1.1:") && err.contains("pertama di baris 14"), "{err}");
    let err = data_error(format!("{base}4.12,x,y,2\n").as_bytes());
    assert!(err.contains("4.12: indikator 4.12 tidak ada di instrumen kelas"), "{err}");
    let err = data_error(format!("{base}15.1,x,y,2\n").as_bytes());
    assert!(err.contains("itu indikator instrumen bk"), "{err}");
    let err = data_error(format!("{base}catatan,x,y,bagus\n").as_bytes());
    assert!(err.contains("id \"catatan\" tidak dikenal"), "{err}");
}

#[test]
fn files_that_are_not_sheets() {
    assert!(data_error(b"").contains("berkas kosong"));
    assert!(data_error(b"\n\n  \n").contains("berkas kosong"));
    assert!(data_error(b"1.1,2\n1.2,1\n").contains("bukan header"));
    assert!(data_error(b"id,kompetensi,uraian\n1.1,a,b\n").contains("tidak punya kolom skor"));
    assert!(data_error(b"a,b,c\n1,2,3\n").contains("header tidak dikenali"));
    // UTF-8 (í) with a stray byte: neither UTF-8 nor Windows-1252 beyond doubt.
    let err = data_error(b"id,kompetensi,uraian,skor\nnama,Identitas,x,Sit\xc3\xad Aminah \xed\n");
    assert!(err.contains("stdin:2:") && err.contains("UTF-8"), "{err}");
    assert!(data_error(b"\xFF\xFEi\x00d\x00").contains("UTF-16"));
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    assert!(data_error(&binary).contains("berkas biner"));
    assert!(data_error(b"PK\x03\x04\x14\x00\x00\x00").contains("berkas biner"));
    let long = format!("id,skor\n1.1,{}\n", "2".repeat(100_000));
    assert!(data_error(long.as_bytes()).contains("stdin:2: baris terlalu panjang"));
    let only_header = data_error(b"id,kompetensi,uraian,skor\n");
    assert!(only_header.contains("tidak ada skor indikator"), "{only_header}");
}

/// A bad identity or credit field never blocks the nilai and predikat: the field is left empty,
/// with a warning naming file, line and field, and exit 0.
#[test]
fn identity_field_errors_are_warnings() {
    for (field, value, said) in [
        ("golongan", "III/e", "stdin:6: golongan:"),
        ("jam", "0", "jam harus lebih dari 0"),
        ("nip", "1.98503E+17", "dirusak Excel"),
    ] {
        let (code, out, err) =
            run_stdin(&["score", "-", "--format", "csv"], kelas_with(field, value).as_bytes());
        assert_eq!(code, 0, "{field}: {err}");
        assert!(err.starts_with("pkguru: peringatan: ") && err.contains(said), "{field}: {err}");
        assert!(out.contains(",39,56,69.64,Cukup,75,"), "still scored: {out}");
    }
}

#[test]
fn identity_field_errors() {
    let err = data_error(kelas_with("jenis", "bk").as_bytes());
    assert!(err.contains("stdin:5: jenis: jenis tertulis bk, tetapi skornya untuk instrumen kelas"), "{err}");
    assert_eq!(err.lines().count(), 2, "one diagnosis, not one line per indicator: {err}");
    let err = data_error(kelas_with("nilai_tambahan", "80").as_bytes());
    assert!(err.contains("tanpa jenis tugas tambahan"), "{err}");
}

#[test]
fn json_sheet_errors() {
    let err = data_error(b"{\"teacher\": {\"nama\": \"x\"}, \"indicators\": [");
    assert!(err.contains("JSON tidak sah"), "{err}");
    let err = data_error(b"[1, 2]");
    assert!(err.contains("bentuk JSON"), "{err}");
    let err =
        data_error(br#"{"jenis": "kelas", "scores": {"1.1": 3, "1.2": 1.5, "1.3": "dua", "1.4": null}}"#);
    for id in ["1.1:", "1.2:", "1.3:", "1.4:"] {
        assert!(err.contains(id), "{id} in {err}");
    }
    assert!(err.contains("74 indikator instrumen kelas belum diisi"), "{err}");
}

#[test]
fn wide_files_for_score() {
    let (_, header, _) = run(&["template", "--wide"]);
    let head = header.trim_end();
    let n = head.split(',').filter(|h| h.contains('.')).count();
    // The identity columns (nama first, jenis fourth), then the indicator columns.
    let fields = head.split(',').count() - n;
    let mut identity = vec![""; fields];
    identity[0] = "Ani";
    identity[3] = "kelas";
    let row = format!("{},{}", identity.join(","), vec!["2"; n].join(","));
    let two = format!("{head}\n{row}\n{row}\n");
    assert!(data_error(two.as_bytes()).contains("berisi 2 guru"));
    let bad = format!("{head}\n{}\n", row.replacen(",2,", ",7,", 1));
    assert!(data_error(bad.as_bytes()).contains("stdin:2: 1.1: skor harus 0, 1 atau 2"));
    let short = format!("{head}\nAni,,,kelas\n");
    assert!(data_error(short.as_bytes()).contains("baris hanya punya 4 kolom"));
    let none = format!("{head}\n");
    assert!(data_error(none.as_bytes()).contains("tidak ada baris guru"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["score"],
        vec!["score", "x.csv", "--jenis", "guru"],
        vec!["score", "x.csv", "--bands", "tengah"],
        vec!["score", "x.csv", "--format", "xml"],
        vec!["score", "fixtures/contoh/guru-kelas.csv", "--golongan", "V/a"],
        vec!["score", "fixtures/contoh/guru-kelas.csv", "--jam", "-3"],
        vec!["score", "x.csv", "--instrument", "edisi.csv"],
        vec!["nilai"],
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(out, "");
        assert!(err.starts_with("pkguru: galat:"), "{args:?}: {err}");
    }
}

#[test]
fn missing_file_and_directory() {
    let (code, _, err) = run(&["score", "tidak-ada.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("tidak-ada.csv: tidak dapat dibaca: berkas tidak ada"), "{err}");
    let (code, _, err) = run(&["score", "fixtures"]);
    assert_eq!(code, 1);
    assert!(err.contains("direktori"), "{err}");
}

#[test]
fn instrument_editions() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("bk-edisi.csv");
    let text = std::fs::read_to_string("crates/core/data/instrument-bk.csv")
        .unwrap()
        .replace("Mengimplementasikan kolaborasi internal", "Kolaborasi internal");
    std::fs::write(&good, text).unwrap();
    let (code, out, err) = run(&[
        "score",
        "fixtures/contoh/guru-bk.csv",
        "--jenis",
        "bk",
        "--instrument",
        good.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Kolaborasi internal di tempat bekerja"), "{out}");
    let bad = dir.path().join("rusak.csv");
    std::fs::write(&bad, "kompetensi,nama_kompetensi,ranah,indikator,uraian\n1,A,pedagogik,1,t\n1,A,pedagogik,1,u\n1,A,pedagogik,3,\n3,C,sosial,1,x\n").unwrap();
    let (code, _, err) = run(&[
        "score",
        "fixtures/contoh/guru-bk.csv",
        "--jenis",
        "bk",
        "--instrument",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    for want in [
        ":3: indikator 1.1 muncul dua kali",
        ":4: uraian indikator 1.3 kosong",
        ":4: indikator 1.3 melompati nomor",
        ":5: kompetensi 3 melompati nomor",
    ] {
        assert!(err.contains(want), "{want} in {err}");
    }
}

#[test]
fn english_messages() {
    let (code, _, err) = run_stdin(&["--lang", "en", "score", "-"], kelas_with("4.11", "3").as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("stdin:40: 4.11: score must be 0, 1 or 2, not \"3\""), "{err}");
    assert!(err.starts_with("pkguru: error:"), "{err}");
}
