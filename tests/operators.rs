//! Operators' files as they really are: the spellings, layouts and mistakes of real sheets,
//! each with a test.

mod common;

use common::*;

/// Value options are matched without regard to case.
#[test]
fn value_options_ignore_case() {
    let (code, out, err) = run(&["score", "fixtures/contoh/guru-bk.csv", "--jenis", "BK", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(",bk,III/b,"));
    let (code, _, err) =
        run(&["credit", "--golongan", "III/c", "--predikat", "baik", "--tugas", "Wali-Kelas"]);
    assert_eq!(code, 0, "{err}");
}

/// The table takes the terminal's width from COLUMNS.
#[test]
fn table_follows_columns() {
    let out =
        pkguru().env("COLUMNS", "120").args(["score", "fixtures/contoh/guru-kelas.csv"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let row = |t: &str| t.lines().find(|l| l.starts_with("  1  ")).unwrap().chars().count();
    assert_eq!(row(&text), 119, "{text}");
    assert!(
        text.contains("Menguasai teori belajar dan prinsip-prinsip pembelajaran yang mendidik"),
        "names no longer cut"
    );
    let (_, narrow, _) = run(&["score", "fixtures/contoh/guru-kelas.csv"]);
    assert_eq!(row(&narrow), 79);
}

/// `check --format json | head` ends quietly.
#[cfg(unix)]
#[test]
fn check_json_into_a_closed_pipe() {
    let bin = assert_cmd::cargo::cargo_bin("pkguru");
    for _ in 0..5 {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{} check fixtures --format json | head -c 1 >/dev/null", bin.display()))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no Broken pipe message");
    }
}

/// A guru BK with `jam` instead of `konseli` is told why there is no angka kredit.
#[test]
fn bk_teacher_with_jam() {
    let mut rows = csv_rows(&fixture_text("contoh/guru-bk.csv"), b',');
    for r in rows.iter_mut() {
        match r[0].as_str() {
            "jam" => r[3] = "24".into(),
            "konseli" => r[3] = String::new(),
            _ => {}
        }
    }
    let sheet = csv_text(&rows, b',', false);
    let (code, out, err) = run_stdin(&["score", "-"], sheet.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Guru BK dihitung dengan jumlah konseli per tahun, bukan jam"), "{out}");
    let (_, json, _) = run_stdin(&["score", "-", "--format", "json"], sheet.as_bytes());
    assert!(json.contains("\"jm_of_other_jenis\""), "{json}");
}

/// A raw tugas tambahan value over another maximum than its instrument's is refused.
#[test]
fn nilai_tambahan_over_the_wrong_maximum() {
    let args = ["credit", "--golongan", "III/c", "--predikat", "baik", "--tugas-tambahan", "wakil-kepala"];
    let (code, _, err) = run(&[&args[..], &["--nilai-tambahan", "20/24"]].concat());
    assert_eq!(code, 2);
    assert!(err.contains("maksimum instrumen Wakil kepala sekolah/madrasah adalah 20"), "{err}");
    let (code, _, err) = run(&[&args[..], &["--nilai-tambahan", "18/20"]].concat());
    assert_eq!(code, 0, "{err}");
}

/// Task names as sheets write them.
#[test]
fn task_names_from_real_sheets() {
    let sheet = kelas_with_all(&[
        ("tugas_tambahan", "Ka. Perpustakaan"),
        ("nilai_tambahan", "85"),
        ("tugas_lain", "Wali kelas dan Pembina UKS"),
    ]);
    let (code, out, err) = run_stdin(&["score", "-", "--format", "json"], sheet.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"tugas_tambahan\": \"kepala-perpustakaan\""), "{out}");
    assert!(out.contains("\"wali-kelas\",\n      \"pembina-ekstrakurikuler\""), "{out}");
}

/// The kelas fixture with several `skor` cells (by id) replaced.
fn kelas_with_all(changes: &[(&str, &str)]) -> String {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for r in rows.iter_mut() {
        if let Some((_, v)) = changes.iter().find(|(id, _)| r[0] == *id) {
            r[3] = v.to_string();
        }
    }
    csv_text(&rows, b',', false)
}

/// For a guru BK the added tasks are a share of AK pembimbingan.
#[test]
fn bk_tasks_are_a_share_of_pembimbingan() {
    let (_, out, _) = run(&[
        "credit",
        "--golongan",
        "III/c",
        "--predikat",
        "baik",
        "--jenis",
        "bk",
        "--tugas",
        "wali-kelas",
    ]);
    assert!(out.contains("Wali kelas (+5 % AK pembimbingan)"), "{out}");
    assert!(out.contains("20,250 + 1,0125 = 21,263 (tepat 21,2625)"), "terms that add up: {out}");
}

/// An instrument file with CRLF line ends reports the right line, and takes `1.1`-style
/// indicator numbers.
#[test]
fn instrument_with_crlf_and_full_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("instrumen.csv");
    std::fs::write(
        &path,
        "kompetensi,nama_kompetensi,ranah,indikator,uraian\r\n1,A,pedagogik,1.1,t\r\n1,A,pedagogik,x,u\r\n",
    )
    .unwrap();
    let (code, _, err) = run(&[
        "score",
        "fixtures/contoh/guru-kelas.csv",
        "--jenis",
        "kelas",
        "--instrument",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("instrumen.csv:3: nomor indikator \"x\" tidak sah"), "{err}");
    assert!(!err.contains("instrumen.csv:2:"), "1.1 is accepted: {err}");
}

/// `-o` decides the format by its extension; a `--format` that contradicts it is refused.
#[test]
fn output_extension_decides_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("rekap.xlsx");
    let (code, _, err) = run(&["batch", "fixtures/contoh", "-q", "-o", xlsx.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK\x03\x04"), "a real workbook");
    let json = dir.path().join("rekap.json");
    run(&["batch", "fixtures/contoh", "-q", "-o", json.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    let jsonl = dir.path().join("rekap.jsonl");
    run(&["batch", "fixtures/contoh", "-q", "-o", jsonl.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&jsonl).unwrap().lines().count(), 3);
    let (code, _, err) = run(&["batch", "fixtures/contoh", "--format", "csv", "-o", xlsx.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("--format csv tidak cocok dengan berkas keluaran .xlsx"), "{err}");
    let t = dir.path().join("t.xlsx");
    let (code, _, err) = run(&["template", "-o", t.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&t).unwrap().starts_with(b"PK\x03\x04"));
    let tj = dir.path().join("t.json");
    run(&["template", "-o", tj.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&tj).unwrap().contains("\"indicators\""));
}

/// Golongan as an SK writes it scores with its angka kredit; PPPK and "-" are not errors.
#[test]
fn golongan_from_an_sk() {
    for (text, want) in [("Penata Tk. I, III/d", "III/d"), ("Pembina, IV/a", "IV/a"), ("lll/c", "III/c")] {
        let (code, out, err) =
            run_stdin(&["score", "-", "--format", "csv"], kelas_with("golongan", text).as_bytes());
        assert_eq!(code, 0, "{text}: {err}");
        assert!(out.contains(&format!(",kelas,{want},")), "{text}: {out}");
    }
    let (code, out, err) = run_stdin(&["score", "-"], kelas_with("golongan", "PPPK IX").as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Guru PPPK golongan IX"), "{out}");
    let (code, out, _) =
        run_stdin(&["score", "-", "--format", "json"], kelas_with("golongan", "-").as_bytes());
    assert_eq!(code, 0);
    assert!(out.contains("\"no_golongan\""), "{out}");
    let (code, _, err) = run_stdin(&["score", "-"], kelas_with("golongan", "Penata, III/d").as_bytes());
    assert_eq!(code, 0, "a warning: the golongan is left empty");
    assert!(err.contains("pangkat Penata adalah golongan III/c, tetapi tertulis III/d"), "{err}");
}

/// In `batch` a damaged NIP or golongan leaves that cell (and the angka kredit) empty, says
/// why in the `catatan` column and on standard error, and exits 0; `check` calls it a problem.
#[test]
fn damaged_identity_is_a_warning_in_batch_and_a_problem_in_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut wide = Vec::new();
    pkguru::synth::write(&mut wide, 3, 9).unwrap();
    let text = String::from_utf8(wide).unwrap();
    let mut rows = csv_rows(&text, b',');
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (nip, gol) = (col("nip"), col("golongan"));
    rows[1][nip] = "1.98503E+17".into();
    rows[2][gol] = "III/e".into();
    let input = dir.path().join("sekolah.csv");
    std::fs::write(&input, csv_text(&rows, b',', false)).unwrap();
    let (code, out, err) = run(&["batch", input.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("peringatan: ") && err.contains("sekolah.csv:2: nip: NIP"), "{err}");
    assert!(err.contains("sekolah.csv:3: golongan: golongan \"III/e\" tidak dikenal"), "{err}");
    assert!(err.contains("2 dengan isian yang dikosongkan; 0 gagal"), "{err}");
    let rekap = csv_rows(&out, b',');
    assert_eq!(rekap.len(), 4, "all three scored");
    let catatan = rekap[0].iter().position(|h| h == "catatan").unwrap();
    assert_eq!(rekap[1][3], "", "the NIP is left empty");
    assert!(rekap[1][catatan].starts_with("nip: NIP"), "{:?}", rekap[1]);
    assert_eq!(rekap[2][6], "", "the golongan is left empty");
    assert!(rekap[2][catatan].contains("angka kredit kosong: tanpa golongan"), "{:?}", rekap[2]);
    let (code, out, _) = run(&["check", input.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("2 guru/lembar bermasalah"), "{out}");
}

/// A nilai in a gap of the predikat table is flagged in the rekap.
#[test]
fn band_gap_flagged_in_the_rekap() {
    // Competencies 1–6 at value 3 (first indicator 2, the rest 1), 7–14 at value 2 (all 1):
    // 34 of 56 = 60.71, Cukup by the upper bands and Sedang by the literal reading.
    let (_, header, _) = run(&["template", "--wide"]);
    let header: Vec<String> = csv_rows(&header, b',').remove(0);
    let row: Vec<String> = header
        .iter()
        .map(|h| match h.split_once('.') {
            Some((k, "1")) if k.parse::<u32>().unwrap() <= 6 => "2".to_string(),
            Some(_) => "1".to_string(),
            None if h == "nama" => "Guru Celah".to_string(),
            None => String::new(),
        })
        .collect();
    let (code, out, err) = run_stdin(&["batch", "-", "-q"], csv_text(&[header, row], b',', false).as_bytes());
    assert_eq!(code, 0, "{err}");
    let rekap = csv_rows(&out, b',');
    assert_eq!(rekap[1][rekap[0].iter().position(|h| h == "jumlah").unwrap()], "34");
    let catatan = &rekap[1][rekap[0].iter().position(|h| h == "catatan").unwrap()];
    assert!(
        catatan.contains("nilai di celah tabel predikat (upper → Cukup, lower → Sedang, round → Cukup)"),
        "{catatan}"
    );
    assert!(catatan.contains("angka kredit kosong: tanpa golongan"), "{catatan}");
}

/// One diagnosis per teacher: an unfilled template, a few blank scores, scores typed one
/// column off, a kelas teacher marked bk in a wide file.
#[test]
fn one_diagnosis_per_teacher() {
    let (_, template, _) = run(&["template"]);
    let (code, _, err) = run_stdin(&["score", "-"], template.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("belum dinilai: semua skor indikator kosong"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");

    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for r in rows.iter_mut() {
        if ["4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "7.1"]
            .contains(&r[0].as_str())
        {
            r[3] = String::new();
        }
    }
    let (_, _, err) = run_stdin(&["score", "-"], csv_text(&rows, b',', false).as_bytes());
    assert!(err.contains("11 skor kosong: 4.2–4.11, 7.1"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");

    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for r in rows.iter_mut() {
        // Every score typed one column to the right of skor.
        let is_indicator = pkguru::core::instrument::IndicatorId::parse(&r[0]).is_some();
        let skor = if is_indicator { std::mem::take(&mut r[3]) } else { String::new() };
        r.push(skor);
    }
    let (_, _, err) = run_stdin(&["score", "-"], csv_text(&rows, b',', false).as_bytes());
    assert!(err.contains("kolom skor kosong, tetapi skor ada di kolom 5"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");

    let (_, wide, _) = run(&["template", "--wide", "--jenis", "campur"]);
    let header = csv_rows(&wide, b',').remove(0);
    let kelas = pkguru::core::instrument::Instrument::embedded(pkguru::core::instrument::Jenis::Kelas);
    let row: Vec<String> = header
        .iter()
        .map(|h| match pkguru::core::instrument::IndicatorId::parse(h) {
            Some(id) if kelas.slot(id).is_some() => "2".into(),
            Some(_) => String::new(),
            None if h == "jenis" => "bk".into(),
            None => String::new(),
        })
        .collect();
    let (code, _, err) = run_stdin(&["batch", "-"], csv_text(&[header, row], b',', false).as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("stdin:2: jenis: jenis tertulis bk, tetapi skornya untuk instrumen kelas"), "{err}");
    assert_eq!(err.lines().count(), 2, "one line and the summary: {err}");
}

/// `4.10` that a spreadsheet turned into `4.1` is read back as `4.10`: in a one-teacher sheet
/// by its text or place, in a wide header by its place after `4.9`; said once, as a warning.
#[test]
fn lost_zero_recovered() {
    let damaged = fixture_text("contoh/guru-kelas.csv").replacen("\n4.10,", "\n4.1,", 1);
    let (code, out, err) = run_stdin(&["score", "-", "--format", "csv"], damaged.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(",39,56,69.64,Cukup,"), "scores as the original: {out}");
    assert!(err.contains("peringatan: stdin:39: 4.10: 4.1 dibaca sebagai 4.10"), "{err}");
    // Without the uraian column, by its place after 4.9.
    let rows: Vec<Vec<String>> =
        csv_rows(&damaged, b',').into_iter().map(|r| vec![r[0].clone(), r[3].clone()]).collect();
    let (code, out, err) =
        run_stdin(&["score", "-", "--format", "csv"], csv_text(&rows, b',', false).as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(",39,56,69.64,Cukup,"), "{out}");
    // Out of place and without a text it stays an error with the hint.
    let mut moved = rows.clone();
    let at = moved
        .iter()
        .position(|r| r[0] == "4.1" && r[1] == rows.iter().find(|x| x[0] == "4.1").unwrap()[1])
        .unwrap();
    let row = moved.remove(moved.iter().rposition(|r| r[0] == "4.1").unwrap());
    moved.insert(at + 1, row);
    let (code, _, err) = run_stdin(&["score", "-"], csv_text(&moved, b',', false).as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("mungkin Excel/LibreOffice mengubah 4.10 menjadi angka 4.1"), "{err}");

    let mut wide = Vec::new();
    pkguru::synth::write(&mut wide, 5, 3).unwrap();
    let original = String::from_utf8(wide).unwrap();
    let damaged = original.replacen(",4.10,", ",4.1,", 1);
    let (_, want, _) = run_stdin(&["batch", "-", "-q"], original.as_bytes());
    let (code, got, err) = run_stdin(&["batch", "-"], damaged.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want, "the same rekap");
    assert_eq!(err.matches("4.1 dibaca sebagai 4.10").count(), 1, "said once: {err}");
}

/// The appraisal's identity is read in every layout and carried into JSON and the rekap; a
/// Dapodik export with both `nip` and `nuptk` columns reads both.
#[test]
fn appraisal_identity_carried_through() {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    rows.insert(1, vec!["nuptk".into(), String::new(), String::new(), "1234567890123456".into()]);
    rows.insert(1, vec!["penilai".into(), String::new(), String::new(), "Drs. Budi".into()]);
    rows.insert(1, vec!["periode".into(), String::new(), String::new(), "2026-1".into()]);
    let sheet = csv_text(&rows, b',', false);
    let (code, json, err) = run_stdin(&["score", "-", "--format", "json"], sheet.as_bytes());
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["teacher"]["nip"], "198503152010012003");
    assert_eq!(v["teacher"]["nuptk"], "1234567890123456");
    assert_eq!(v["teacher"]["penilai"], "Drs. Budi");
    assert_eq!(v["teacher"]["periode"], "2026-1");
    let (_, csv, _) = run_stdin(&["batch", "-", "-q"], sheet.as_bytes());
    let rekap = csv_rows(&csv, b',');
    let col = |h: &str| rekap[0].iter().position(|x| x == h).unwrap();
    assert_eq!(rekap[1][col("nuptk")], "1234567890123456");
    assert_eq!(rekap[1][col("penilai")], "Drs. Budi");
    let (_, template, _) = run(&["template"]);
    for key in [
        "nuptk",
        "mapel",
        "periode",
        "penilai",
        "nip_penilai",
        "kepala_sekolah",
        "nip_kepala_sekolah",
        "tempat",
        "tanggal",
    ] {
        assert!(template.contains(&format!("\n{key},")), "{key} in the template");
    }
}

/// A teacher not yet assessed is listed in the rekap without results, the reason in the
/// catatan, said once; `batch` exits 0 and counts them; `check` and `score` refuse.
#[test]
fn unassessed_teachers_are_listed() {
    let mut wide = Vec::new();
    pkguru::synth::write(&mut wide, 3, 9).unwrap();
    let mut rows = csv_rows(&String::from_utf8(wide).unwrap(), b',');
    let header = rows[0].clone();
    for (h, cell) in header.iter().zip(rows[2].iter_mut()) {
        if pkguru::core::instrument::IndicatorId::parse(h).is_some() {
            cell.clear();
        }
    }
    let nama = rows[2][0].clone();
    let text = csv_text(&rows, b',', false);
    let (code, out, err) = run_stdin(&["batch", "-"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    let rekap = csv_rows(&out, b',');
    assert_eq!(rekap.len(), 4, "all three listed: {out}");
    let col = |h: &str| rekap[0].iter().position(|x| x == h).unwrap();
    let row = &rekap[2];
    assert_eq!(row[col("nama")], nama);
    for h in ["k1", "k14", "jumlah", "nilai", "predikat", "nk_persen", "angka_kredit"] {
        assert_eq!(row[col(h)], "", "{h} empty");
    }
    assert_eq!(row[col("catatan")], "belum dinilai: semua skor indikator kosong");
    assert!(err.contains("peringatan: stdin:3: belum dinilai"), "{err}");
    assert_eq!(err.matches("belum dinilai").count(), 2, "the line and the summary: {err}");
    assert!(err.contains(", 1 belum dinilai; 0 gagal."), "{err}");

    let (_, json, _) = run_stdin(&["batch", "-", "--format", "json", "-q"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[1]["assessed"], false);
    assert_eq!(v[1]["predikat"], serde_json::Value::Null);
    assert_eq!(v[1]["values"], serde_json::json!([]));
    assert_eq!(v[0]["assessed"], true);

    let (code, report, _) = run_stdin(&["check", "-"], text.as_bytes());
    assert_eq!(code, 1, "{report}");
    assert!(report.contains("stdin:3: belum dinilai"), "{report}");

    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("rekap.xlsx");
    let (code, _, err) = run_stdin(&["batch", "-", "-o", xlsx.to_str().unwrap(), "-q"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(&xlsx).unwrap();
    let range = book.worksheet_range(&book.sheet_names()[0].clone()).unwrap();
    let cells: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    // The XLSX rekap has a title above its header and a `No.` column before the CSV's columns.
    let head = cells.iter().position(|r| r[0] == Data::String("No.".into())).unwrap();
    let row = &cells[head + 2];
    assert_eq!(row[col("nilai") + 1], Data::Empty);
    assert_eq!(row[col("jumlah_maks") + 1], Data::Float(f64::from(if rows[2][3] == "bk" { 68 } else { 56 })));
}

/// A person at a terminal writing a standard CSV rekap to a file is told what to use for a
/// spreadsheet; scripts (no terminal), `.xlsx` and `--csv-dialect id` are not.
#[cfg(unix)]
#[test]
fn csv_rekap_for_people_gets_a_tip() {
    let has_script = std::process::Command::new("sh").args(["-c", "command -v script"]).output();
    if !has_script.is_ok_and(|o| o.status.success()) {
        eprintln!("skipping: no `script` to give the command a terminal");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("pkguru");
    let in_terminal = |args: &str| {
        let cmd = format!("{} batch fixtures/contoh {args}", bin.display());
        let out = std::process::Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .env("PKGURU_LANG", "id")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let csv = dir.path().join("rekap.csv");
    let tip = "tip: untuk dibuka di Excel/LibreOffice, tulis -o rekap.xlsx";
    assert!(in_terminal(&format!("-o {}", csv.display())).contains(tip));
    assert!(!in_terminal(&format!("-o {} --csv-dialect id", csv.display())).contains(tip));
    assert!(!in_terminal(&format!("-o {}", dir.path().join("r.xlsx").display())).contains(tip));
    assert!(!in_terminal(&format!("-o {} -q", csv.display())).contains(tip));
    let (_, _, err) = run(&["batch", "fixtures/contoh", "-o", csv.to_str().unwrap()]);
    assert!(!err.contains("tip:"), "not for scripts: {err}");
}
