//! Hostile input and faults: every finding of the fuzzing and hand-testing round has its
//! reproducer here. No panic, no abort, bounded reads, nothing left behind, no silent loss.

mod common;

use std::path::Path;

use common::*;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

/// A wide file of `n` generated teachers.
fn wide(n: u64) -> String {
    let mut bytes = Vec::new();
    pkguru::synth::write(&mut bytes, n, 5).unwrap();
    String::from_utf8(bytes).unwrap()
}

fn sh(script: &str) -> (i32, String, String) {
    let bin = assert_cmd::cargo::cargo_bin("pkguru");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(script.replace("PKGURU", bin.to_str().unwrap()))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PKGURU_LANG")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// With standard output closed the result cannot be written: say so, exit 1.
#[cfg(unix)]
#[test]
fn closed_standard_output_is_an_error() {
    for cmd in
        ["score fixtures/contoh/guru-kelas.csv", "batch fixtures/contoh", "check fixtures/contoh", "template"]
    {
        let (code, _, err) = sh(&format!("PKGURU {cmd} >&-"));
        assert_eq!(code, 1, "{cmd}: {err}");
        assert!(err.contains("keluaran standar tertutup"), "{cmd}: {err}");
    }
}

/// Endless input is not read without end: binary input stops at once, text at the limit.
#[cfg(unix)]
#[test]
fn endless_inputs_end() {
    let (code, out, err) = run(&["score", "/dev/zero"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("berkas biner"), "{err}");
    let (code, _, err) =
        run(&["score", "fixtures/contoh/guru-kelas.csv", "--jenis", "kelas", "--instrument", "/dev/zero"]);
    assert_eq!(code, 1);
    assert!(err.contains("berkas biner"), "{err}");
    let (code, _, err) = sh("yes | PKGURU score -");
    assert_eq!(code, 1);
    assert!(err.contains("lebih dari 256 MiB"), "{err}");
}

/// A wide file with bare `\r` line ends (old Mac) is read like any other.
#[test]
fn carriage_return_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let text = wide(4).replace('\n', "\r");
    let input = write(dir.path(), "mac.csv", text.as_bytes());
    let (code, out, err) = run(&["batch", &input, "-q"]);
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out, b',');
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[4][1], "5", "lines counted");
    let one =
        write(dir.path(), "guru.csv", fixture_text("contoh/guru-kelas.csv").replace('\n', "\r").as_bytes());
    let (code, out, err) = run(&["score", &one, "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(",39,56,69.64,Cukup,"), "{out}");
}

/// A NUL byte deep in a wide file fails its own row and reaches no rekap.
#[test]
fn nul_byte_after_the_first_8_kib() {
    let dir = tempfile::tempdir().unwrap();
    let text = wide(100);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[80] = lines[80].replacen("Guru Sintetis", "Guru\0Sintetis", 1);
    let input = write(dir.path(), "nul.csv", (lines.join("\n") + "\n").as_bytes());
    let (code, out, err) = run(&["batch", &input, "-q"]);
    assert_eq!(code, 1);
    assert!(err.contains("nul.csv:81: baris berisi byte NUL"), "{err}");
    assert!(!out.contains('\0'));
    assert_eq!(csv_rows(&out, b',').len(), 100, "header and the other 99");
}

/// A line far beyond any sheet row is one failure; the rows after it are still read.
#[test]
fn an_endless_line_is_one_failure() {
    let dir = tempfile::tempdir().unwrap();
    let text = wide(6);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.insert(3, "x".repeat(17 << 20));
    let input = write(dir.path(), "long.csv", (lines.join("\n") + "\n").as_bytes());
    let (code, out, err) = run(&["batch", &input, "-q"]);
    assert_eq!(code, 1);
    assert!(err.contains("long.csv:4: baris terlalu panjang (17825792 byte"), "{err}");
    let rows = csv_rows(&out, b',');
    assert_eq!(rows.len(), 7, "all six teachers");
    assert_eq!(rows[6][1], "8", "line numbers after the long line");
}

/// The fast reader and the general reader measure a row alike: 70,000 delimiters are too
/// long on both (the general one is forced by a quote).
#[test]
fn long_rows_agree_on_both_paths() {
    let dir = tempfile::tempdir().unwrap();
    let text = wide(3);
    let header = text.lines().next().unwrap();
    let long = ",".repeat(70_000);
    for (name, extra) in [("plain.csv", ""), ("quoted.csv", "\"x\"")] {
        let body = format!("{header}\n{extra}{long}\n");
        let input = write(dir.path(), name, body.as_bytes());
        let (code, _, err) = run(&["batch", &input, "-q"]);
        assert_eq!(code, 1, "{name}");
        assert!(err.contains(&format!("{name}:2: baris terlalu panjang")), "{name}: {err}");
    }
}

/// `-o` naming a directory is refused before anything is written; nothing is left behind.
#[test]
fn output_naming_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rekap");
    std::fs::create_dir(&out).unwrap();
    let (code, _, err) = run(&["batch", "fixtures/contoh", "-q", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("adalah direktori"), "{err}");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["rekap"]);
}

/// A directory with a link loop finishes, and each sheet is scored once.
#[cfg(unix)]
#[test]
fn symlink_loop_in_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(fixture("contoh/guru-kelas.csv"), d.join("guru.csv")).unwrap();
    std::os::unix::fs::symlink(d, d.join("loop")).unwrap();
    std::os::unix::fs::symlink(d.join("guru.csv"), d.join("lagi.csv")).unwrap();
    let (code, out, err) = run(&["batch", d.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(csv_rows(&out, b',').len(), 2, "one teacher: {out}");
}

/// Figures beyond any real sheet are refused with the bound named, not printed as nonsense.
#[test]
fn figures_too_large_or_too_fine_are_refused() {
    let sheet = kelas_with("jam", "0,0000000000003");
    let (code, out, err) = run_stdin(&["score", "-"], sheet.as_bytes());
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("jam: jam \"0,0000000000003\" terlalu rinci; paling banyak 2 angka di belakang koma"),
        "{err}"
    );
    let (code, _, err) =
        run(&["credit", "--golongan", "III/c", "--predikat", "baik", "--ak-pkb", "999999999,99999"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--ak-pkb: ak_pkb \"999999999,99999\" terlalu besar; paling banyak 100000"),
        "{err}"
    );
    let (code, out, _) = run(&["credit", "--golongan", "III/c", "--predikat", "baik", "--jam", "0,01"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("9600,00 tahun, yaitu 9600 kali"),
        "the smallest hours still give an exact figure: {out}"
    );
}
