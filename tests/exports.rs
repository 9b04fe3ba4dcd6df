//! Database exports (one row per teacher and indicator) and database codes in wide headers:
//! read as the same teachers the wide layout gives, also after a spreadsheet opened them.

mod common;

use calamine::{Data, DataType, Reader, open_workbook_auto};
use common::*;

/// A synthetic wide file of `n` mixed kelas and BK teachers.
fn wide(n: u64, seed: u64) -> String {
    let mut out = Vec::new();
    pkguru::synth::write(&mut out, n, seed).unwrap();
    String::from_utf8(out).unwrap()
}

/// How the export writes indicator codes.
#[derive(Clone, Copy)]
enum Codes {
    Dotted,
    FourDigits,
    Numbered,
}

/// The same teachers as a database export: `no,nip,nama,…,kode_indikator,nilai`, one row per
/// filled indicator cell, the rows of neighbouring teachers interleaved.
fn stacked(wide: &str, codes: Codes) -> String {
    let rows = csv_rows(wide, b',');
    let header = &rows[0];
    let id_cols: Vec<usize> = (0..header.len())
        .filter(|&c| pkguru::core::instrument::IndicatorId::parse(&header[c]).is_some())
        .collect();
    let ident: Vec<usize> = (0..header.len()).filter(|c| !id_cols.contains(c)).collect();
    let mut out_header = vec!["no".to_string()];
    out_header.extend(ident.iter().map(|&c| header[c].clone()));
    out_header.extend(["kode_indikator".to_string(), "nilai".to_string()]);
    let mut out = vec![out_header];
    let mut per_teacher: Vec<Vec<Vec<String>>> = Vec::new();
    for row in &rows[1..] {
        let jenis = if row[ident[3]] == "bk" {
            pkguru::core::instrument::Jenis::Bk
        } else {
            pkguru::core::instrument::Jenis::Kelas
        };
        let inst = pkguru::core::instrument::Instrument::embedded(jenis);
        let mut lines = Vec::new();
        for &c in id_cols.iter().filter(|&&c| !row[c].is_empty()) {
            let id = pkguru::core::instrument::IndicatorId::parse(&header[c]).unwrap();
            let code = match codes {
                Codes::Dotted => id.to_string(),
                Codes::FourDigits => format!("{:02}{:02}", id.competency, id.indicator),
                Codes::Numbered => (inst.slot(id).unwrap() + 1).to_string(),
            };
            let mut line = vec![String::new()];
            line.extend(ident.iter().map(|&i| row[i].clone()));
            line.extend([code, row[c].clone()]);
            lines.push(line);
        }
        per_teacher.push(lines);
    }
    // Pairs of teachers interleaved row by row, as an unordered query returns them.
    for pair in per_teacher.chunks(2) {
        let longest = pair.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..longest {
            for t in pair {
                if let Some(line) = t.get(i) {
                    out.push(line.clone());
                }
            }
        }
    }
    for (n, line) in out.iter_mut().enumerate().skip(1) {
        line[0] = n.to_string();
    }
    csv_text(&out, b',', false)
}

/// A rekap without its `sumber` and `baris` columns (where a teacher came from), in order.
fn results(rekap: &str) -> Vec<Vec<String>> {
    csv_rows(rekap, b',').into_iter().map(|r| r[2..].to_vec()).collect()
}

#[test]
fn database_export_scores_like_the_wide_file() {
    let wide = wide(40, 11);
    let (code, want, err) = run_stdin(&["batch", "-"], wide.as_bytes());
    assert_eq!(code, 0, "{err}");
    for codes in [Codes::Dotted, Codes::FourDigits] {
        let export = stacked(&wide, codes);
        let (code, got, err) = run_stdin(&["batch", "-"], export.as_bytes());
        assert_eq!(code, 0, "{err}");
        assert_eq!(results(&got), results(&want));
        // Each teacher points at its first row.
        let rows = csv_rows(&got, b',');
        assert_eq!(rows[1][1], "2");
        assert_eq!(rows[2][1], "3", "the second teacher's first row comes right after the first's");
    }
}

#[test]
fn sequential_numbers_need_the_option() {
    let wide = wide(6, 5);
    let export = stacked(&wide, Codes::Numbered);
    let (code, out, err) = run_stdin(&["batch", "-"], export.as_bytes());
    assert_eq!(code, 1);
    assert_eq!(csv_rows(&out, b',').len(), 1, "nothing scored: {out}");
    assert!(err.contains("stdin:2: kolom indikator berisi nomor biasa"), "{err}");
    assert!(err.contains("jalankan dengan --nomor-urut"), "{err}");
    assert_eq!(err.lines().count(), 2, "one line for the whole file, then the summary: {err}");
    // With the jenis column each teacher is numbered on its own instrument.
    let (_, want, _) = run_stdin(&["batch", "-"], wide.as_bytes());
    let (code, got, err) = run_stdin(&["batch", "--nomor-urut", "-"], export.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert_eq!(results(&got), results(&want));
}

#[test]
fn score_takes_an_export_of_one_teacher_and_refuses_many() {
    let wide = wide(2, 8);
    let export = stacked(&wide, Codes::FourDigits);
    let (code, _, err) = run_stdin(&["score", "-"], export.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("berkas berisi 2 guru"), "{err}");
    let one: Vec<&str> = export.lines().filter(|l| !l.contains(",Guru 2,") && !l.contains("nama")).collect();
    let rows = csv_rows(&export, b',');
    let first_nip = &rows[1][2];
    let only_first: String = std::iter::once(export.lines().next().unwrap())
        .chain(one.into_iter().filter(|l| l.contains(first_nip.as_str())))
        .map(|l| format!("{l}\n"))
        .collect();
    let (code, out, err) = run_stdin(&["score", "-", "--format", "csv"], only_first.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(first_nip.as_str()), "{out}");
}

#[test]
fn teacher_rows_that_disagree() {
    let wide = wide(1, 3);
    let export = stacked(&wide, Codes::Dotted);
    let mut rows = csv_rows(&export, b',');
    let gol = rows[0].iter().position(|h| h == "golongan").unwrap();
    let first = rows[1][gol].clone();
    rows[5][gol] = if first == "IV/a" { "III/d".into() } else { "IV/a".into() };
    let (code, out, err) = run_stdin(&["batch", "-"], csv_text(&rows, b',', false).as_bytes());
    assert_eq!(code, 0, "a warning, the first value stands: {err}");
    assert!(
        err.contains(&format!(
            "stdin:6: golongan: golongan \"{}\" berbeda dari \"{first}\" di baris 2",
            rows[5][gol]
        )),
        "{err}"
    );
    assert!(out.contains(&format!(",{first},")), "{out}");
}

#[test]
fn database_codes_in_a_wide_header() {
    let wide = wide(5, 2);
    let (_, want, _) = run_stdin(&["batch", "-"], wide.as_bytes());
    let mut rows = csv_rows(&wide, b',');
    for h in rows[0].iter_mut() {
        if let Some(id) = pkguru::core::instrument::IndicatorId::parse(h) {
            *h = format!("{:02}{:02}", id.competency, id.indicator);
        }
    }
    rows[0].extend(["K1.1".into(), "no".into(), "golngan".into()]);
    for r in rows.iter_mut().skip(1) {
        r.extend(["x".into(), "1".into(), "III/a".into()]);
    }
    let text = csv_text(&rows, b',', false);
    let (code, got, err) = run_stdin(&["batch", "-"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want);
    assert!(
        err.contains(
            "peringatan: stdin:1: kolom tidak dikenal, diabaikan: K1.1, golngan (kode indikator yang dikenal: 4.11, 04.11, 0411)"
        ),
        "{err}"
    );
    assert_eq!(err.matches("K1.1").count(), 1, "said once: {err}");
    // A warning for check too, which does not fail it.
    let (code, report, _) = run_stdin(&["check", "-"], text.as_bytes());
    assert_eq!(code, 0, "{report}");
    assert!(
        report.contains("peringatan: stdin:1: kolom tidak dikenal, diabaikan: K1.1, golngan"),
        "{report}"
    );
    let (_, report, _) = run_stdin(&["check", "-", "--format", "github"], text.as_bytes());
    assert!(report.starts_with("::warning file=stdin,line=1::kolom tidak dikenal"), "{report}");
}

/// Columns a one-teacher sheet or a database export does not read are named once too.
#[test]
fn unread_columns_of_other_layouts() {
    let sheet = fixture_text("contoh/guru-kelas.csv").replacen(
        "id,kompetensi,uraian,skor",
        "id,kompetensi,uraian,skor,paraf",
        1,
    );
    let (code, _, err) = run_stdin(&["score", "-"], sheet.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("peringatan: stdin:1: kolom tidak dikenal, diabaikan: paraf"), "{err}");
    let export =
        stacked(&wide(2, 4), Codes::Dotted).replacen("kode_indikator,nilai", "kode_indikator,nilai,paraf", 1);
    let (code, _, err) = run_stdin(&["batch", "-"], export.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("kolom tidak dikenal, diabaikan: paraf").count(), 1, "{err}");
    // `keterangan` is the penilai's note on the indicator (printed by `report`), read, not unknown.
    let export = export.replace("nilai,paraf", "nilai,keterangan");
    let (code, _, err) = run_stdin(&["batch", "-"], export.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("tidak dikenal"), "{err}");
}

/// An export opened in a spreadsheet (LibreOffice guessing every column, as a person opens a
/// CSV) and saved as xlsx: codes `0101` become the number 101 and NIPs lose their last digits;
/// the scores still come through, and the NIPs are reported, not silently wrong.
#[test]
fn export_saved_by_a_spreadsheet() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let wide = wide(12, 21);
    let csv = dir.path().join("nilai-pkg.csv");
    std::fs::write(&csv, stacked(&wide, Codes::FourDigits)).unwrap();
    let book = convert_with(&soffice, &csv, "xlsx", dir.path(), "CSV:44,34,76,1");
    let mut wb = open_workbook_auto(&book).unwrap();
    let range = wb.worksheet_range(&wb.sheet_names()[0].clone()).unwrap();
    let code_col = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .position(|c| c.as_string().as_deref() == Some("kode_indikator"))
        .unwrap();
    assert!(
        matches!(range.rows().nth(1).unwrap()[code_col], Data::Float(_) | Data::Int(_)),
        "the spreadsheet turned the code into a number"
    );
    let (_, want, _) = run_stdin(&["batch", "-"], wide.as_bytes());
    let (code, got, err) = run(&["batch", book.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let cols = |rekap: &str, names: &[&str]| -> Vec<Vec<String>> {
        let rows = csv_rows(rekap, b',');
        let at: Vec<usize> = names.iter().map(|n| rows[0].iter().position(|h| h == n).unwrap()).collect();
        rows.iter().map(|r| at.iter().map(|&i| r[i].clone()).collect()).collect()
    };
    let same =
        ["nama", "jenis", "golongan", "k1", "k14", "jumlah", "nilai", "predikat", "angka_kredit_tepat"];
    assert_eq!(cols(&got, &same), cols(&want, &same));
    assert!(err.contains("sudah dirusak Excel"), "damaged NIPs are named: {err}");
}

/// A rekap written with `--csv-dialect id`, opened by a spreadsheet in the Indonesian locale,
/// has numbers as numbers with their exact values.
#[test]
fn indonesian_rekap_opened_in_an_indonesian_spreadsheet() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let rekap = dir.path().join("rekap.csv");
    let (code, _, err) =
        run(&["batch", "fixtures/contoh", "--csv-dialect", "id", "-o", rekap.to_str().unwrap(), "-q"]);
    assert_eq!(code, 0, "{err}");
    // Semicolon, quote, UTF-8, from line 1, columns guessed, language Indonesian (LCID 1057).
    let book = convert_with(&soffice, &rekap, "xlsx", dir.path(), "CSV:59,34,76,1,,1057");
    let mut wb = open_workbook_auto(&book).unwrap();
    let range = wb.worksheet_range(&wb.sheet_names()[0].clone()).unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let col = |name: &str| rows[0].iter().position(|c| c.as_string().as_deref() == Some(name)).unwrap();
    let kelas = rows.iter().find(|r| r[col("nama")].to_string().contains("Siti")).expect("the kelas teacher");
    assert_eq!(kelas[col("nilai")], Data::Float(69.64));
    assert_eq!(kelas[col("angka_kredit")], Data::Float(15.188));
    assert_eq!(kelas[col("nip")].to_string(), "198503152010012003", "the NIP stays text");
}
