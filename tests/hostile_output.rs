//! Hostile input, round three, on the output side: names that a spreadsheet would run as
//! formulas, terminal escape sequences in names, and names too long for a file name or an
//! XLSX cell. Each case failed before its fix.

mod common;

use std::path::Path;

use common::*;

const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://contoh.invalid\",\"klik\")",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "+62 812 000",
    "-2+3",
    "\t=1+1",
];

/// A wide sheet of teachers named by `names`, all scores 2.
fn wide_named(dir: &Path, names: &[&str]) -> String {
    let (_, header, _) = run(&["template", "--wide"]);
    let n = header.split(',').filter(|h| h.contains('.')).count();
    let rest = ",".repeat(header.trim_end().split(',').count() - n - 6);
    let mut text = header.clone();
    for (i, name) in names.iter().enumerate() {
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        text.push_str(&format!(
            "{quoted},1985031520100120{i:02},,kelas,III/a,24{rest},{}\n",
            vec!["2"; n].join(",")
        ));
    }
    let path = dir.join("nama.csv");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn formula_like_names_are_inert_in_every_csv() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = wide_named(dir.path(), &FORMULAS);
    for dialect in ["standard", "id"] {
        let sep = if dialect == "id" { b';' } else { b',' };
        for args in [vec!["batch", &sheet], vec!["rank", &sheet, "--format", "csv"]] {
            let mut args = args.clone();
            args.extend(["--csv-dialect", dialect]);
            let (code, out, err) = run(&args);
            assert_eq!(code, 0, "{args:?}: {err}");
            let rows = csv_rows(out.trim_start_matches('\u{feff}'), sep);
            let col = rows[0].iter().position(|h| h == "nama").unwrap();
            let names: Vec<&str> = rows[1..].iter().map(|r| r[col].as_str()).collect();
            assert_eq!(names.len(), FORMULAS.len(), "{args:?}");
            for name in &names {
                assert!(name.starts_with('\''), "{args:?}: {name:?} is not inert");
            }
        }
    }
    // Numbers stay numbers: a rekap's values are not prefixed.
    let (_, rekap, _) = run(&["batch", &sheet]);
    assert!(!rekap.contains(",'2") && !rekap.contains(",'100"), "{rekap}");
    // pkguru reads its own rekap back without the mark.
    let path = dir.path().join("rekap.csv");
    std::fs::write(&path, &rekap).unwrap();
    let db = dir.path().join("r.db");
    let (code, _, err) = run(&[
        "riwayat",
        "--db",
        db.to_str().unwrap(),
        "tambah",
        path.to_str().unwrap(),
        "--periode",
        "2026",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, json, _) = run(&["riwayat", "--db", db.to_str().unwrap(), "ekspor"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut stored: Vec<String> =
        v["guru"].as_array().unwrap().iter().map(|g| g["nama"].as_str().unwrap().to_string()).collect();
    stored.sort();
    let mut given: Vec<String> = FORMULAS.iter().map(|s| s.trim().to_string()).collect();
    given.sort();
    assert_eq!(stored, given);
    // The ledger's own CSV views are inert as well.
    let (_, sekolah, _) = run(&["riwayat", "--db", db.to_str().unwrap(), "sekolah", "--format", "csv"]);
    for row in csv_rows(&sekolah, b',').iter().skip(1) {
        assert!(row[1].starts_with('\''), "{row:?}");
    }
    // LibreOffice's default import sees text, not formulas.
    let Some(soffice) = soffice() else { return };
    let book = convert_with(&soffice, &path, "xlsx", dir.path(), "CSV:44,34,76,1");
    use calamine::{Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(&book).unwrap();
    let name = wb.sheet_names()[0].clone();
    let formulas = wb.worksheet_formula(&name).unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no formula in LibreOffice's import");
}

#[test]
fn escape_sequences_in_names_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "Ani\u{1b}]0;judul\u{7}\u{1b}[2J\u{1b}[1A";
    let sheet = wide_named(dir.path(), &[evil, "Budi"]);
    let one = dir.path().join("satu.csv");
    std::fs::write(&one, kelas_with("nama", evil)).unwrap();
    let db = dir.path().join("r.db");
    let db = db.to_str().unwrap();
    assert_eq!(run(&["riwayat", "--db", db, "tambah", &sheet, "--periode", "2026"]).0, 0);
    for args in [
        vec!["score", one.to_str().unwrap()],
        vec!["rank", &sheet],
        vec!["riwayat", "--db", db, "sekolah"],
        vec!["riwayat", "--db", db, "guru", "198503152010012000"],
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{args:?}: {out:?}");
        assert!(out.contains("Ani"), "{args:?}: {out}");
    }
}

#[test]
fn a_long_name_is_that_teacher_s_problem() {
    let dir = tempfile::tempdir().unwrap();
    // 40,000 characters: over an XLSX cell's 32,767.
    let huge = "A".repeat(40_000);
    // 290 Javanese characters (870 bytes): a real-looking name too long for a file name.
    let javanese: String = "ꦱꦶꦠꦶ ꦄꦩꦶꦤꦃ ".chars().cycle().take(290).collect();
    let sheet = wide_named(dir.path(), &[&huge, &javanese, "Budi"]);
    let xlsx = dir.path().join("rekap.xlsx");
    // As every identity field that cannot be used: left empty with a warning, the teacher scored.
    let (code, _, err) = run(&["batch", &sheet, "-o", xlsx.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("peringatan: "), "{err}");
    assert!(
        err.contains("nama.csv:2: nama: nama terlalu panjang (40000 karakter; paling banyak 300)"),
        "{err}"
    );
    assert!(err.contains("Rekap: 3 guru dinilai"), "{err}");
    assert!(xlsx.exists(), "every teacher is written");
    let split = dir.path().join("pdf");
    let (code, _, err) = run(&["report", &sheet, "--split", split.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("3 guru dicetak"), "{err}");
    let names: Vec<String> = std::fs::read_dir(&split)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 4, "three teachers and the summary: {names:?}");
    assert!(names.iter().all(|n| n.len() <= 130), "{names:?}");
}

#[test]
fn a_row_wrong_in_every_cell_says_twenty_lines() {
    let (_, header, _) = run(&["template", "--wide"]);
    let n = header.split(',').filter(|h| h.contains('.')).count();
    let rest = ",".repeat(header.trim_end().split(',').count() - n - 6);
    let row = format!("Ani,,,kelas,III/a,24{rest},{}\n", vec!["9"; n].join(","));
    let text = format!("{header}{row}{row}");
    let (code, out, _) = run_stdin(&["check", "-"], text.as_bytes());
    assert_eq!(code, 1);
    let of_row = |l: u64| out.lines().filter(|x| x.starts_with(&format!("stdin:{l}:"))).count();
    assert_eq!((of_row(2), of_row(3)), (20, 20), "{out}");
    assert!(out.contains(&format!("stdin:2: … dan {} masalah lain pada guru/lembar ini", n - 19)), "{out}");
}
