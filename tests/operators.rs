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
    assert!(out.contains("Tugas wali-kelas (+5 % AK pembimbingan)"), "{out}");
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
        let (code, out, err) = run_stdin(&["score", "-", "--format", "csv"], kelas_with("golongan", text).as_bytes());
        assert_eq!(code, 0, "{text}: {err}");
        assert!(out.contains(&format!(",kelas,{want},")), "{text}: {out}");
    }
    let (code, out, err) = run_stdin(&["score", "-"], kelas_with("golongan", "PPPK IX").as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Guru PPPK golongan IX"), "{out}");
    let (code, out, _) = run_stdin(&["score", "-", "--format", "json"], kelas_with("golongan", "-").as_bytes());
    assert_eq!(code, 0);
    assert!(out.contains("\"no_golongan\""), "{out}");
    let (code, _, err) = run_stdin(&["score", "-"], kelas_with("golongan", "Penata, III/d").as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("pangkat Penata adalah golongan III/c, tetapi tertulis III/d"), "{err}");
}
