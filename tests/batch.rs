//! `pkguru batch`: mixed inputs, failures that never stop the others, ordering and
//! determinism, atomic output, and equality with `score` for every generated teacher.

mod common;

use std::path::Path;

use common::*;
use pkguru::core::assessment as report;
use pkguru::core::predikat::Bands;
use pkguru::lang::Lang;
use pkguru::render::rekap::{self, RekapFormat, RekapRow, RowTexts, Rows};
use pkguru::sheet::{Instruments, ReadOptions, read_sheet};

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

/// A generated wide file, optionally with quoted names (forcing the csv-crate path) and CRLF.
fn generated(n: u64, seed: u64, quoted: bool, crlf: bool) -> String {
    let mut bytes = Vec::new();
    pkguru::synth::write(&mut bytes, n, seed).unwrap();
    let mut text = String::from_utf8(bytes).unwrap();
    if quoted {
        text = text
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i % 7 == 3 {
                    l.replacen("Guru Sintetis ", "\"Guru \"\"Sintetis\"\", S.Pd. ", 1)
                        .replacen(",19", "\",19", 1)
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n";
    }
    if crlf {
        text = text.replace('\n', "\r\n");
    }
    text
}

/// The long (one-teacher) sheet for one row of a wide file: a different reader than batch's.
fn long_sheet(header: &[String], row: &[String]) -> String {
    let mut rows = vec![vec!["id".to_string(), "skor".to_string()]];
    for (h, v) in header.iter().zip(row) {
        if !v.is_empty() {
            rows.push(vec![h.clone(), v.clone()]);
        }
    }
    csv_text(&rows, b',', false)
}

/// Scores one long sheet through the library, as `score --format csv` does.
fn score_row(sheet: &str, instruments: &Instruments) -> Vec<String> {
    let s = read_sheet("x.csv", sheet.as_bytes(), ReadOptions::default(), instruments).expect("valid sheet");
    let a = report::assess(instruments.get(s.jenis), &s.scores, &s.teacher, Bands::Upper);
    let mut rows = Rows::new(Default::default(), Vec::new());
    let (encoder, _) = rekap::rekap(RekapFormat::Csv, Default::default(), 17, Lang::Id);
    let texts = RowTexts::of(Lang::Id, &a, '.', &s.warnings);
    encoder.row(&mut rows, &RekapRow::of("x.csv", None, &s.teacher, &a, &texts));
    csv_rows(&String::from_utf8(rows.bytes.out).unwrap(), b',').remove(0)
}

#[test]
fn batch_equals_score_for_every_generated_teacher() {
    let dir = tempfile::tempdir().unwrap();
    let instruments = Instruments::default();
    for (quoted, crlf) in [(false, false), (true, true)] {
        let text = generated(10_000, 11, quoted, crlf);
        let input = write(dir.path(), "sekolah.csv", &text);
        let (code, out, err) = run(&["batch", &input, "-q"]);
        assert_eq!(code, 0, "{err}");
        let rekap = csv_rows(&out, b',');
        let wide = csv_rows(&text, b',');
        assert_eq!(rekap.len(), 10_001);
        assert_eq!(wide.len(), 10_001);
        for (i, (got, row)) in rekap[1..].iter().zip(&wide[1..]).enumerate() {
            assert_eq!(got[1], (i + 2).to_string(), "line numbers");
            let want = score_row(&long_sheet(&wide[0], row), &instruments);
            assert_eq!(got[2..], want[2..], "teacher {} (quoted {quoted})", i + 1);
        }
    }
}

#[test]
fn score_binary_agrees_on_a_sample() {
    let dir = tempfile::tempdir().unwrap();
    let text = generated(300, 5, false, false);
    let input = write(dir.path(), "s.csv", &text);
    let rekap = csv_rows(&run(&["batch", &input, "-q"]).1, b',');
    let lines: Vec<&str> = text.lines().collect();
    for i in (1..lines.len()).step_by(37) {
        let one = format!("{}\n{}\n", lines[0], lines[i]);
        let (code, out, err) = run_stdin(&["score", "-", "--format", "csv"], one.as_bytes());
        assert_eq!(code, 0, "{err}");
        let row = &csv_rows(&out, b',')[1];
        // score's instrument has 14 or 17 competencies; batch always has 17 columns.
        let values = |r: &[String]| r[2..7].to_vec();
        assert_eq!(values(row), values(&rekap[i]));
        assert_eq!(row[row.len() - 7..], rekap[i][rekap[i].len() - 7..]);
    }
}

#[test]
fn jobs_do_not_change_a_byte() {
    let dir = tempfile::tempdir().unwrap();
    let text = generated(12_000, 3, true, false);
    let input = write(dir.path(), "p.csv", &text);
    let one = run(&["batch", &input, "-q", "--jobs", "1"]);
    let two = run(&["batch", &input, "-q", "--jobs", "2"]);
    let four = run(&["batch", &input, "-q", "--jobs", "4", "--format", "jsonl"]);
    assert_eq!(one.0, 0);
    assert_eq!(one.1, two.1);
    let jsonl1 = run(&["batch", &input, "-q", "--jobs", "1", "--format", "jsonl"]);
    assert_eq!(jsonl1.1, four.1);
}

#[test]
fn mixed_good_and_bad_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::copy(fixture("contoh/guru-kelas.csv"), d.join("a-kelas.csv")).unwrap();
    std::fs::copy(fixture("contoh/guru-bk.csv"), d.join("sub/b-bk.csv")).unwrap();
    write(d, "c-rusak.csv", &kelas_with("4.11", "7"));
    write(d, "d-kosong.csv", "");
    let (_, header, _) = run(&["template", "--wide"]);
    let n = header.split(',').filter(|h| h.contains('.')).count();
    // Six identity values, the other identity columns empty, then the scores.
    let rest = ",".repeat(header.trim_end().split(',').count() - n - 6);
    let good = format!("Ani,,,kelas,III/a,24{rest},{}", vec!["2"; n].join(","));
    let bad = format!("Budi,,,kelas,III/a,24{rest},{}", vec!["3"; n].join(","));
    write(d, "e-lebar.csv", &format!("{}{good}\n{bad}\n{good}\n", header));
    let errors = d.join("galat.csv");
    let out = d.join("rekap.csv");
    let (code, stdout, stderr) = run(&[
        "batch",
        d.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--errors",
        errors.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout, "");
    let rekap = csv_rows(&std::fs::read_to_string(&out).unwrap(), b',');
    let sources: Vec<String> = rekap[1..]
        .iter()
        .map(|r| Path::new(&r[0]).file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        sources,
        ["a-kelas.csv", "e-lebar.csv", "e-lebar.csv", "b-bk.csv"],
        "sorted walk, input order"
    );
    assert_eq!(rekap[2][1], "2");
    assert_eq!(rekap[3][1], "4");
    assert!(stderr.contains("c-rusak.csv:40: 4.11: skor harus 0, 1 atau 2, bukan \"7\""), "{stderr}");
    assert!(stderr.contains("d-kosong.csv: berkas kosong"), "{stderr}");
    assert!(stderr.contains("e-lebar.csv:3: 1.1: skor harus 0, 1 atau 2, bukan \"3\""), "{stderr}");
    assert!(stderr.contains("Rekap: 4 guru dinilai") && stderr.contains("3 gagal"), "{stderr}");
    let report = csv_rows(&std::fs::read_to_string(&errors).unwrap(), b',');
    assert_eq!(report[0], ["sumber", "baris", "id", "pesan"]);
    assert!(report.len() > 3);
    assert!(report.iter().any(|r| r[0].ends_with("e-lebar.csv") && r[1] == "3" && r[2] == "1.1"));
}

#[test]
fn output_that_is_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "sekolah.csv", &generated(10, 1, false, false));
    let before = std::fs::read(&input).unwrap();
    let (code, _, err) = run(&["batch", &input, "-o", &input]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("juga merupakan masukan"), "{err}");
    assert_eq!(std::fs::read(&input).unwrap(), before, "input untouched");
    let (code, _, _) = run(&["batch", dir.path().to_str().unwrap(), "--errors", &input]);
    assert_eq!(code, 2);
    let out = dir.path().join("rekap.csv");
    let out = out.to_str().unwrap();
    let (code, _, err) = run(&["batch", &input, "-o", out, "--errors", out]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("sama dengan berkas rekap"), "{err}");
}

#[test]
fn a_failed_run_leaves_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "sekolah.csv", &generated(10, 1, false, false));
    // The rekap cannot be written: its directory does not exist.
    let out = dir.path().join("tidak-ada").join("rekap.csv");
    let (code, _, err) = run(&["batch", &input, "-o", out.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(!out.exists());
    // The errors file cannot be written: the rekap must not appear either.
    let out = dir.path().join("rekap.csv");
    let bad_errors = dir.path().join("tidak-ada").join("galat.csv");
    let (code, _, _) =
        run(&["batch", &input, "-o", out.to_str().unwrap(), "--errors", bad_errors.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(!out.exists(), "no rekap after a failed run");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
}

#[test]
fn json_and_jsonl_rekap() {
    let (code, out, _) = run(&["batch", "fixtures/contoh", "--format", "json", "-q"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2]["nip"], "198503152010012003");
    assert_eq!(rows[2]["angka_kredit_exact"], "15.1875");
    let (_, out, _) = run(&["batch", "fixtures/contoh", "--format", "jsonl", "-q"]);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines, *rows);
    let (_, empty, _) = run_stdin(&["batch", "-", "--format", "json", "-q"], b"");
    assert_eq!(empty, "[]\n");
    insta::assert_snapshot!("rekap_csv", run(&["batch", "fixtures/contoh", "-q"]).1);
}

#[test]
fn stdin_and_summary() {
    let text = generated(25, 9, false, false);
    let (code, out, err) = run_stdin(&["batch", "-"], text.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(csv_rows(&out, b',').len(), 26);
    assert!(err.starts_with("Rekap: 25 guru dinilai"), "{err}");
    let big = generated(1_234, 9, false, false);
    let (_, _, err) = run_stdin(&["batch", "-"], big.as_bytes());
    assert!(err.starts_with("Rekap: 1.234 guru dinilai"), "thousands separator: {err}");
    assert!(!err.contains('\u{1b}'), "no progress bar when stderr is not a terminal");
    let (_, _, quiet) = run_stdin(&["batch", "-", "-q"], text.as_bytes());
    assert_eq!(quiet, "");
}

#[test]
fn indonesian_excel_csv_output() {
    let (_, out, _) = run(&["batch", "fixtures/contoh", "-q", "--csv-dialect", "id"]);
    assert!(out.starts_with('\u{feff}'));
    let rows = csv_rows(out.trim_start_matches('\u{feff}'), b';');
    assert_eq!(rows[3][26], "69,64");
    assert!(out.contains("\r\n"));
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_no_rekap() {
    interrupted_by("INT", 130);
}

/// SIGTERM (a service manager stopping the run) and SIGHUP (the terminal closing) stop the
/// run like Ctrl-C: no rekap, no temporary file, exit 128 + the signal.
#[cfg(unix)]
#[test]
fn sigterm_and_sighup_leave_no_rekap() {
    interrupted_by("TERM", 143);
    interrupted_by("HUP", 129);
}

#[cfg(unix)]
fn interrupted_by(signal: &str, code: i32) {
    let dir = tempfile::tempdir().unwrap();
    // Large enough that a debug build is still working when the signal arrives.
    let input = write(dir.path(), "provinsi.csv", &generated(400_000, 2, false, false));
    let out = dir.path().join("rekap.csv");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pkguru"))
        .args(["batch", &input, "-q", "-o", out.to_str().unwrap()])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    // The shell's builtin `kill`: no procps needed.
    let killed = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("kill -{signal} {}", child.id()))
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(code), "interrupted by SIG{signal}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("dibatalkan"), "says so");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["provinsi.csv"], "no rekap and no temporary file after SIG{signal}");
}
