//! pkguru's own XLSX templates, filled and saved again the way people save them: as CSV
//! (UTF-8 with `,`, with `;` as Indonesian Excel does, and Windows-1252 "ANSI", Excel's and
//! LibreOffice's default on Windows) and as ODS. The title and note rows above the header are
//! skipped as in the workbook, a Windows-1252 file is decoded with a note, and every copy
//! scores exactly as the sheet it was filled from.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Reader, open_workbook_auto};
use common::*;
use serde_json::Value;

/// pkguru's one-teacher XLSX template filled with the classroom fixture's values, cell for
/// cell where the template has them, title rows kept.
fn filled_template(dir: &Path) -> PathBuf {
    let blank = dir.join("blank.xlsx");
    let (code, _, err) = run(&["template", "-o", blank.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let values: std::collections::HashMap<String, String> =
        csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',')
            .into_iter()
            .skip(1)
            .map(|r| (r[0].clone(), r[3].clone()))
            .collect();
    let mut book = open_workbook_auto(&blank).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name(&name).unwrap();
    let mut header_seen = false;
    for (r, row) in range.rows().enumerate() {
        let id = row.first().map(|c| c.to_string()).unwrap_or_default();
        for (c, cell) in row.iter().enumerate() {
            let mut text = cell.to_string();
            if header_seen && c == 3 {
                text = values.get(&id).cloned().unwrap_or(text);
            }
            if !text.is_empty() {
                ws.write_string(r as u32, c as u16, &text).unwrap();
            }
        }
        header_seen |= id == "id";
    }
    assert!(header_seen, "the template has a header row");
    let path = dir.join("diisi.xlsx");
    out.save(&path).unwrap();
    path
}

fn scored(path: &Path) -> Value {
    let (code, out, err) = run(&["score", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{}: {err}", path.display());
    serde_json::from_str(&out).unwrap()
}

#[test]
fn a_filled_template_saved_as_csv_or_ods_scores_as_the_sheet() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let xlsx = filled_template(dir.path());
    let expected = scored(&fixture("contoh/guru-kelas.csv"));
    let keys = ["total", "score_100_exact", "predikat", "credit", "competencies"];
    assert!(keys.iter().all(|k| !expected[k].is_null()), "{expected}");
    assert_eq!(expected["total"], 39, "the fixture's total");
    for key in keys {
        assert_eq!(scored(&xlsx)[key], expected[key], "the filled workbook itself: {key}");
    }
    for (name, to) in [
        ("utf8", "csv:Text - txt - csv (StarCalc):44,34,76"),
        ("titik-koma", "csv:Text - txt - csv (StarCalc):59,34,76"),
        ("ansi", "csv:Text - txt - csv (StarCalc):44,34,1"),
        ("ods", "ods"),
    ] {
        let out = dir.path().join(name);
        std::fs::create_dir(&out).unwrap();
        let saved = convert_with(&soffice, &xlsx, to, &out, "Calc MS Excel 2007 XML");
        let bytes = std::fs::read(&saved).unwrap();
        if name == "ansi" {
            assert!(
                std::str::from_utf8(&bytes).is_err(),
                "LibreOffice wrote Windows-1252 (the em dash of the title)"
            );
        }
        let (code, json, err) = run(&["score", saved.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 0, "{name}: {err}");
        let v: Value = serde_json::from_str(&json).unwrap();
        for key in keys {
            assert_eq!(v[key], expected[key], "{name}: {key}");
        }
        if name == "ansi" {
            assert!(err.contains("dibaca sebagai Windows-1252 (ANSI)"), "{err}");
        } else {
            assert!(!err.contains("Windows-1252"), "{name}: {err}");
        }
    }
    // A problem is located on the spreadsheet's row, title rows counted.
    let utf8 = dir.path().join("utf8").join("diisi.csv");
    let text = std::fs::read_to_string(&utf8).unwrap();
    let row = text.lines().position(|l| l.starts_with("1.3,")).unwrap() + 1;
    let broken = dir.path().join("rusak.csv");
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("1.3,") { format!("{},7", l.rsplit_once(',').unwrap().0) } else { l.to_string() }
        })
        .collect();
    std::fs::write(&broken, lines.join("\n") + "\n").unwrap();
    let (code, _, err) = run(&["score", broken.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("rusak.csv:{row}: 1.3: skor harus 0, 1 atau 2")), "{err}");
}
