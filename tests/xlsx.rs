//! Operators' real files: workbook templates filled in and read back, the xlsx rekap,
//! workbooks saved by LibreOffice, and Indonesian-locale CSV.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto};
use common::*;
use rust_xlsxwriter::Workbook;

/// Every cell of the first worksheet, as (row, column, value), absolute positions.
fn cells(path: &Path) -> Vec<(u32, u32, Data)> {
    let mut book = open_workbook_auto(path).expect("workbook opens");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("sheet");
    let (r0, c0) = range.start().unwrap_or((0, 0));
    range.cells().map(|(r, c, v)| (r0 + r as u32, c0 + c as u32, v.clone())).collect()
}

fn text(d: &Data) -> String {
    pkguru::sheet::workbook::cell_text(d)
}

/// Rewrites a workbook cell for cell with rust_xlsxwriter, changing some cells: the way a
/// person fills in the template.
fn refill(template: &[(u32, u32, Data)], out: &Path, mut fill: impl FnMut(u32, u32, &Data) -> Option<Data>) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    for (r, c, v) in template {
        let v = fill(*r, *c, v).unwrap_or_else(|| v.clone());
        match v {
            Data::Float(f) => ws.write_number(*r, *c as u16, f).map(|_| ()),
            Data::Int(i) => ws.write_number(*r, *c as u16, i as f64).map(|_| ()),
            Data::Empty => Ok(()),
            other => ws.write_string(*r, *c as u16, text(&other)).map(|_| ()),
        }
        .unwrap();
    }
    book.save(out).unwrap();
}

fn score_json(path: &Path) -> serde_json::Value {
    let (code, out, err) = run(&["score", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn competency_scores(v: &serde_json::Value) -> Vec<u64> {
    v["competencies"].as_array().unwrap().iter().map(|c| c["score"].as_u64().unwrap()).collect()
}

#[test]
fn one_teacher_template_filled_and_scored() {
    let dir = tempfile::tempdir().unwrap();
    for (jenis, as_numbers) in [("kelas", true), ("bk", false)] {
        let t = dir.path().join(format!("template-{jenis}.xlsx"));
        let (code, _, err) =
            run(&["template", "--format", "xlsx", "--jenis", jenis, "-o", t.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let template = cells(&t);
        // The key column and the header row are where the instructions say.
        let header =
            template.iter().find(|(_, c, v)| *c == 3 && text(v) == "skor").map(|(r, _, _)| *r).unwrap();
        let keys: Vec<(u32, String)> = template
            .iter()
            .filter(|(r, c, _)| *c == 0 && *r > header)
            .map(|(r, _, v)| (*r, text(v)))
            .collect();
        let mut want: Vec<u64> = Vec::new();
        let mut n = 0u64;
        let mut all: Vec<(u32, u32, Data)> = Vec::new();
        for (r, key) in &keys {
            let value = match key.as_str() {
                "nama" => Data::String("Yuli Astuti".into()),
                "nip" => Data::String("198705052011012004".into()),
                "golongan" => Data::String("III/b".into()),
                "jam" if jenis == "kelas" => Data::Float(24.0),
                "konseli" if jenis == "bk" => Data::Float(180.0),
                k if k.contains('.') => {
                    n += 1;
                    let s = (n * 7 % 3) as f64;
                    let comp: usize = k.split('.').next().unwrap().parse().unwrap();
                    if want.len() < comp {
                        want.resize(comp, 0);
                    }
                    want[comp - 1] += s as u64;
                    if as_numbers { Data::Float(s) } else { Data::String(format!("{s}")) }
                }
                _ => continue,
            };
            all.push((*r, 3, value));
        }
        // The template's cells, except those now filled in.
        let filled_rows: Vec<u32> = all.iter().map(|(r, _, _)| *r).collect();
        all.extend(template.iter().filter(|(r, c, _)| !(*c == 3 && filled_rows.contains(r))).cloned());
        let filled = dir.path().join(format!("isi-{jenis}.xlsx"));
        refill(&all, &filled, |_, _, _| None);
        let v = score_json(&filled);
        assert_eq!(v["instrument"]["jenis"], jenis);
        assert_eq!(competency_scores(&v), want, "{jenis}");
        assert_eq!(v["teacher"]["nip"], "198705052011012004");
        assert!(v["credit"]["per_year"].as_f64().is_some());
    }
}

#[test]
fn wide_template_filled_and_batched_to_an_xlsx_rekap() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("sekolah.xlsx");
    let (code, _, _) =
        run(&["template", "--format", "xlsx", "--wide", "--jenis", "campur", "-o", t.to_str().unwrap()]);
    assert_eq!(code, 0);
    let template = cells(&t);
    let header_row =
        template.iter().find(|(_, c, v)| *c == 0 && text(v) == "nama").map(|(r, _, _)| *r).unwrap();
    let header: Vec<(u32, String)> =
        template.iter().filter(|(r, _, _)| *r == header_row).map(|(_, c, v)| (*c, text(v))).collect();
    let kelas = pkguru::core::instrument::Instrument::embedded(pkguru::core::instrument::Jenis::Kelas);
    let bk = pkguru::core::instrument::Instrument::embedded(pkguru::core::instrument::Jenis::Bk);
    let mut all = template.clone();
    let teachers = [("Ani", "kelas", "198001012005012001", 2.0), ("Budi", "bk", "198102022006021002", 1.0)];
    for (i, (nama, jenis, nip, s)) in teachers.iter().enumerate() {
        let r = header_row + 1 + i as u32;
        for (c, h) in &header {
            let id = pkguru::core::instrument::IndicatorId::parse(h);
            let inst = if *jenis == "kelas" { kelas } else { bk };
            let v = match h.as_str() {
                "nama" => Data::String(nama.to_string()),
                "nip" => Data::String(nip.to_string()),
                "jenis" => Data::String(jenis.to_string()),
                "golongan" => Data::String("III/c".into()),
                "jam" if *jenis == "kelas" => Data::Float(24.0),
                "konseli" if *jenis == "bk" => Data::Float(150.0),
                _ if id.is_some_and(|id| inst.slot(id).is_some()) => Data::Float(*s),
                _ => continue,
            };
            all.push((r, *c, v));
        }
    }
    let filled = dir.path().join("isi.xlsx");
    refill(&all, &filled, |_, _, _| None);
    let rekap = dir.path().join("rekap.xlsx");
    let (code, _, err) =
        run(&["batch", filled.to_str().unwrap(), "--format", "xlsx", "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let mut book = open_workbook_auto(&rekap).unwrap();
    assert_eq!(book.sheet_names(), ["Rekap", "Ringkasan"]);
    let range = book.worksheet_range("Rekap").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    // Made for people: a title, then readable headings after a `No.` column.
    assert_eq!(text(&rows[0][0]), "REKAP HASIL PENILAIAN KINERJA GURU");
    let head = rows.iter().position(|r| text(&r[0]) == "No.").unwrap();
    let col = |name: &str| rows[head].iter().position(|c| text(c) == name).unwrap();
    assert_eq!(rows.len(), head + 3);
    let (ani, budi) = (&rows[head + 1], &rows[head + 2]);
    assert_eq!(ani[0], Data::Float(1.0));
    assert_eq!(budi[0], Data::Float(2.0));
    assert_eq!(ani[col("NIP")], Data::String("198001012005012001".into()), "NIP stays text");
    assert_eq!(ani[col("Nilai PKG")], Data::Float(56.0), "numbers are numbers");
    assert_eq!(ani[col("Nilai (skala 100)")], Data::Float(100.0));
    assert!(matches!(ani[col("Angka kredit (tepat)")], Data::Float(_)), "a decimal, not a fraction");
    // BK, every indicator 1: each competency 50 % → 2, 34/68 = 50 → Kurang.
    assert_eq!(budi[col("Predikat")], Data::String("Kurang".into()));
    // Both rows come from the workbook's own rows (header at row 6).
    assert_eq!(ani[col("Baris")], Data::Float(f64::from(header_row + 2)));
    let summary = book.worksheet_range("Ringkasan").unwrap();
    let at = |r: u32, c: u32| summary.get_value((r, c)).cloned();
    assert_eq!(at(5, 0), Some(Data::String("Amat Baik".into())));
    assert_eq!(at(5, 1), Some(Data::Float(1.0)), "one Amat Baik");
    assert_eq!(at(9, 1), Some(Data::Float(1.0)), "one Kurang");
}

/// The xlsx rekap and the one-teacher template print as documents: LibreOffice makes a PDF of
/// the rekap whose list is one landscape page wide with the title and the headings, and of the
/// template whose every page repeats the heading row, one page wide.
#[test]
fn xlsx_rekap_and_template_print_for_people() {
    let Some(soffice) = soffice() else { return };
    let Some(poppler) = pdftotext() else { return };
    let dir = tempfile::tempdir().unwrap();
    let rekap = dir.path().join("rekap.xlsx");
    let (code, _, err) = run(&["batch", "fixtures/contoh", "-o", rekap.to_str().unwrap(), "-q"]);
    assert_eq!(code, 0, "{err}");
    let template = dir.path().join("template.xlsx");
    run(&["template", "-o", template.to_str().unwrap()]);
    for (book, want) in [(&rekap, "REKAP HASIL PENILAIAN KINERJA GURU"), (&template, "uraian")] {
        let pdf = convert_with(&soffice, book, "pdf", dir.path(), "Calc MS Excel 2007 XML");
        let text = pdf_text(&poppler, &pdf);
        let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
        assert!(pages[0].contains(want), "{}", pages[0]);
        if book == &rekap {
            // The list on the first page, whole: every teacher and the last printed column.
            for needle in ["Siti Aminah", "Dewi Lestari", "Bambang Prasetyo", "Catatan", "Predikat", "Cukup"]
            {
                assert!(pages[0].contains(needle), "{needle}: {}", pages[0]);
            }
        } else {
            assert!(pages.len() >= 3 && pages.len() <= 6, "{} pages", pages.len());
            for p in &pages {
                assert!(p.contains("kompetensi") && p.contains("skor"), "heading row on every page: {p}");
            }
            assert!(text.contains("14.6"), "the last indicator is printed");
        }
    }
}

#[test]
fn nip_that_excel_turned_into_a_number_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("t.xlsx");
    run(&["template", "--format", "xlsx", "-o", t.to_str().unwrap()]);
    let template = cells(&t);
    let nip_row = template.iter().find(|(_, c, v)| *c == 0 && text(v) == "nip").map(|(r, _, _)| *r).unwrap();
    let mut all = template.clone();
    all.push((nip_row, 3, Data::Float(198503152010012003.0)));
    let p = dir.path().join("nip.xlsx");
    refill(&all, &p, |_, _, _| None);
    let (code, out, err) = run(&["score", p.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains(&format!("nip.xlsx:{}: nip:", nip_row + 1)), "sheet row number: {err}");
    assert!(err.contains("dirusak Excel"), "{err}");
}

#[test]
fn sheet_selection() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("t.xlsx");
    run(&["template", "--format", "xlsx", "-o", t.to_str().unwrap()]);
    let (code, _, err) = run(&["score", t.to_str().unwrap(), "--sheet", "Data"]);
    assert_eq!(code, 1);
    assert!(err.contains("lembar kerja \"Data\" tidak ada; yang ada: Lembar PKG"), "{err}");
    let (code, _, err) = run(&["score", t.to_str().unwrap(), "--sheet", "Lembar PKG"]);
    assert_eq!(code, 1, "blank template: scores missing");
    assert!(err.contains("belum dinilai: semua skor indikator kosong"), "one diagnosis: {err}");
}

#[test]
fn broken_workbook_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("rusak.xlsx");
    std::fs::write(&p, b"PK\x03\x04 not really a zip").unwrap();
    let (code, _, err) = run(&["score", p.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("workbook tidak dapat dibaca"), "{err}");
}

#[test]
fn windows_1252_csv_is_read_with_a_note() {
    let text = kelas_with("nama", "Siti Amin\u{1}h \u{2} Guru");
    let ansi: Vec<u8> = text
        .bytes()
        .map(|b| match b {
            1 => 0xE9,
            2 => 0x97,
            b => b,
        })
        .collect();
    let (code, out, err) = run_stdin(&["score", "-", "--format", "json"], &ansi);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("stdin: dibaca sebagai Windows-1252 (ANSI), bukan UTF-8"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["teacher"]["nama"], "Siti Aminéh — Guru");
    // UTF-8 with one stray byte is not reinterpreted: refused with the way to save it again.
    let mixed = text.replace('\u{1}', "é").replace('\u{2}', "\u{3}");
    let mixed: Vec<u8> = mixed.bytes().map(|b| if b == 3 { 0x97 } else { b }).collect();
    let (code, _, err) = run_stdin(&["score", "-"], &mixed);
    assert_eq!(code, 1);
    assert!(err.contains("stdin:2:") && err.contains("Windows-1252") && err.contains("CSV UTF-8"), "{err}");
}

#[test]
fn decimal_comma_in_identity_fields() {
    let mut rows = csv_rows(&kelas_with("jam", "18,5"), b',');
    rows.iter_mut().filter(|r| r[0] == "golongan").for_each(|r| r[3] = "III/c".into());
    let semi = csv_text(&rows, b';', true);
    let (code, out, err) = run_stdin(&["score", "-", "--format", "json"], semi.as_bytes());
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["teacher"]["jam"], 18.5);
    // (100 − 9 − 10) × 18.5/24 × 75 % / 4 = 11.70703125
    assert_eq!(v["credit"]["per_year_exact"], "11.70703125");
}

#[test]
fn indonesian_excel_csv_from_score() {
    let (_, out, _) =
        run(&["score", "fixtures/contoh/guru-kelas.csv", "--format", "csv", "--csv-dialect", "id"]);
    assert!(out.starts_with('\u{feff}') && out.contains("\r\n"));
    let rows = csv_rows(out.trim_start_matches('\u{feff}'), b';');
    assert_eq!(rows[1][rows[0].iter().position(|h| h == "nilai").unwrap()], "69,64");
    assert_eq!(rows[1][rows[0].iter().position(|h| h == "angka_kredit").unwrap()], "15,188");
}

fn convert(soffice: &Path, input: &Path, to: &str, outdir: &Path) -> PathBuf {
    convert_with(soffice, input, to, outdir, "CSV:44,34,76,1,1/2/4/2")
}

#[test]
fn workbooks_saved_by_libreoffice_score_like_the_csv() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let want = run(&["score", "fixtures/contoh/guru-kelas.csv", "--format", "json"]).1;
    let want: serde_json::Value = serde_json::from_str(&want).unwrap();
    for to in ["xlsx", "ods", "xls"] {
        let book = convert(&soffice, &fixture("contoh/guru-kelas.csv"), to, dir.path());
        let got = score_json(&book);
        assert_eq!(got["competencies"], want["competencies"], "{to}");
        assert_eq!(got["teacher"], want["teacher"], "{to}");
        assert_eq!(got["credit"]["per_year_exact"], "15.1875", "{to}");
    }
    // A template written by pkguru, opened and re-saved by LibreOffice, still reads back.
    let t = dir.path().join("template.xlsx");
    run(&["template", "--format", "xlsx", "-o", t.to_str().unwrap()]);
    let resaved = dir.path().join("resaved");
    std::fs::create_dir(&resaved).unwrap();
    let ods = convert(&soffice, &t, "ods", &resaved);
    let (code, _, err) = run(&["score", ods.to_str().unwrap()]);
    assert_eq!(code, 1, "the template has no scores yet");
    assert!(err.contains("belum dinilai: semua skor indikator kosong"), "one diagnosis: {err}");
}

/// A filled one-teacher CSV sheet opened the way a person opens it (every column guessed) in
/// an English and an Indonesian spreadsheet and saved as xlsx: `4.10` becomes the number 4.1
/// in English, the NIP becomes a number in both. The scores come through unchanged; the
/// recovery and the damaged NIP are said as warnings.
#[test]
fn sheet_saved_in_english_and_indonesian_locales() {
    let Some(soffice) = soffice() else { return };
    let want = run(&["score", "fixtures/contoh/guru-kelas.csv", "--format", "json"]).1;
    let want: serde_json::Value = serde_json::from_str(&want).unwrap();
    for (locale, lcid) in [("en-US", 1033), ("id-ID", 1057)] {
        let dir = tempfile::tempdir().unwrap();
        let book = convert_with(
            &soffice,
            &fixture("contoh/guru-kelas.csv"),
            "xlsx",
            dir.path(),
            &format!("CSV:44,34,76,1,,{lcid}"),
        );
        let (code, out, err) = run(&["score", book.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 0, "{locale}: {err}");
        let got: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(got["competencies"], want["competencies"], "{locale}");
        assert_eq!(got["total"], want["total"], "{locale}");
        assert_eq!(got["teacher"]["golongan"], want["teacher"]["golongan"], "{locale}");
        assert_eq!(got["credit"]["per_year_exact"], "15.1875", "{locale}");
        assert!(err.contains("sudah dirusak Excel"), "{locale}: the NIP is named: {err}");
        if locale == "en-US" {
            assert!(err.contains("4.1 dibaca sebagai 4.10"), "{locale}: {err}");
        }
    }
}

/// Every score sheet of a workbook is read (one teacher per worksheet), each named by its
/// worksheet; other worksheets are named once and skipped; `score` asks for `--sheet`.
/// The same workbook re-saved by LibreOffice as ods reads the same.
#[test]
fn one_teacher_per_worksheet() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("sekolah.xlsx");
    let kelas = fixture_text("contoh/guru-kelas.csv");
    let bk = fixture_text("contoh/guru-bk.csv");
    workbook_of(
        &book,
        &[
            ("Petunjuk", "Isi skor 0/1/2 di kolom skor\nlalu jalankan pkguru batch"),
            ("Siti", &kelas),
            ("Dewi", &bk),
            ("Sheet4", ""),
        ],
    );
    let mut books = vec![book.clone()];
    if let Some(soffice) = soffice() {
        let resaved = dir.path().join("ods");
        std::fs::create_dir(&resaved).unwrap();
        books.push(convert_with(&soffice, &book, "ods", &resaved, "Calc MS Excel 2007 XML"));
    }
    for book in &books {
        let path = book.to_str().unwrap();
        let (code, out, err) = run(&["batch", path]);
        assert_eq!(code, 0, "{err}");
        let rows = csv_rows(&out, b',');
        assert_eq!(rows.len(), 3, "{out}");
        assert_eq!(rows[1][0], format!("{path}[Siti]"));
        assert_eq!(rows[2][0], format!("{path}[Dewi]"));
        assert!(out.contains(",69.64,Cukup,") && out.contains(",80.88,Baik,"), "{out}");
        assert!(
            err.contains(&format!(
                "peringatan: {path}: lembar kerja dilewati (bukan lembar nilai): Petunjuk\n"
            )),
            "named once, the empty worksheet not at all: {err}"
        );
        let (code, _, err) = run(&["score", path]);
        assert_eq!(code, 1);
        assert!(err.contains("workbook berisi 2 lembar nilai (Siti, Dewi)"), "{err}");
        assert!(err.contains("--sheet NAMA"), "{err}");
        let (code, out, err) = run(&["score", path, "--sheet", "dewi", "--format", "csv"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(",80.88,Baik,"), "{out}");
    }
}

/// A workbook none of whose worksheets is a score sheet: the first one's header problem, and
/// the worksheets' names with `--sheet`.
#[test]
fn workbook_without_a_score_sheet_lists_its_worksheets() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("salah.xlsx");
    workbook_of(&book, &[("Data", "kode,skr\n1.1,2\n"), ("Catatan", "x")]);
    let (code, _, err) = run(&["batch", book.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("salah.xlsx:1: "), "the header problem on its row: {err}");
    assert!(
        err.contains("tidak ada lembar nilai di workbook ini; lembar kerjanya: Data, Catatan (pilih dengan --sheet NAMA)"),
        "{err}"
    );
    assert!(err.contains("1 gagal"), "one failed input: {err}");
}

/// Rekaps pkguru wrote into the folder it scores (any format) are skipped with a note; the
/// run's own output there is left out silently, so a rerun works; named explicitly, a rekap
/// is refused as one, and an output that is a real sheet is still refused.
#[test]
fn rekaps_in_the_input_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for f in ["guru-kelas.csv", "guru-bk.csv"] {
        std::fs::copy(fixture(&format!("contoh/{f}")), d.join(f)).unwrap();
    }
    let folder = d.to_str().unwrap();
    let rekap = d.join("rekap.csv");
    let (code, first, err) = run(&["batch", folder, "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(first.is_empty());
    let first = std::fs::read_to_string(&rekap).unwrap();
    let (code, _, err) = run(&["batch", folder, "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 0, "rerun into the same folder: {err}");
    assert!(!err.contains("peringatan"), "its own output left out silently: {err}");
    assert_eq!(std::fs::read_to_string(&rekap).unwrap(), first);
    for (name, extra) in [
        ("lama.xlsx", &[][..]),
        ("lama.json", &[][..]),
        ("lama.jsonl", &[][..]),
        ("lama-id.csv", &["--csv-dialect", "id"][..]),
    ] {
        let out = d.join(name);
        let mut args = vec!["batch", "-q", folder, "-o", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        let (code, _, err) = run(&args);
        assert_eq!(code, 0, "{name}: {err}");
    }
    let (code, out, err) = run(&["batch", folder]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(csv_rows(&out, b',').len(), 3, "two teachers: {out}");
    // (`.jsonl` files are not picked up by directory walks at all.)
    for name in ["lama.xlsx", "lama.json", "lama-id.csv", "rekap.csv"] {
        assert!(
            err.contains(&format!("{}: dilewati: rekap yang ditulis pkguru", d.join(name).display())),
            "{name}: {err}"
        );
    }
    let (code, _, err) = run(&["score", rekap.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("ini rekap yang ditulis pkguru"), "{err}");
    let sheet = d.join("guru-kelas.csv");
    let (code, _, err) = run(&["batch", folder, "-o", sheet.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read_to_string(&sheet).unwrap(), fixture_text("contoh/guru-kelas.csv"));
}

/// A date typed into the `tanggal` cell is a day count in the workbook; it arrives as the ISO
/// date a person sees.
#[test]
fn dates_arrive_as_dates() {
    let dir = tempfile::tempdir().unwrap();
    let book_path = dir.path().join("tanggal.xlsx");
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            ws.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let at = rows.len() as u32;
    ws.write_string(at, 0, "tanggal").unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, 12).unwrap();
    ws.write_datetime_with_format(at, 3, &date, &rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy"))
        .unwrap();
    book.save(&book_path).unwrap();
    let v = score_json(&book_path);
    assert_eq!(v["teacher"]["tanggal"], "2026-03-12");
}
