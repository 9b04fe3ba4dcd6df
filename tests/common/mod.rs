//! Helpers shared by the integration tests: the binary, fixtures, temporary files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use std::process::Command as Process;

use assert_cmd::Command;

/// The `pkguru` binary with a clean environment (Indonesian, no inherited PKGURU_LANG or
/// COLUMNS).
pub fn pkguru() -> Command {
    let mut c = Command::cargo_bin("pkguru").expect("binary built");
    c.env_remove("PKGURU_LANG");
    c.env_remove("COLUMNS");
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// A path inside `fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(rel)
}

/// Reads a fixture as text.
pub fn fixture_text(rel: &str) -> String {
    std::fs::read_to_string(fixture(rel)).expect("fixture exists")
}

/// Runs pkguru and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = pkguru().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs pkguru with bytes on standard input.
pub fn run_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let out = pkguru().args(args).write_stdin(input.to_vec()).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Parses CSV text into rows of strings.
pub fn csv_rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("valid csv").iter().map(str::to_string).collect())
        .collect()
}

/// Writes CSV rows.
pub fn csv_text(rows: &[Vec<String>], delimiter: u8, crlf: bool) -> String {
    let term = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).terminator(term).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("write");
    }
    String::from_utf8(w.into_inner().expect("flush")).expect("utf8")
}

/// The kelas fixture with one cell (by id, in the `skor` column) replaced.
pub fn kelas_with(id: &str, value: &str) -> String {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    for r in rows.iter_mut() {
        if r[0] == id {
            r[3] = value.to_string();
        }
    }
    csv_text(&rows, b',', false)
}

/// LibreOffice, when installed (`.ci/run` installs it; set PKGURU_REQUIRE_SOFFICE=1 to make
/// its absence an error).
pub fn soffice() -> Option<PathBuf> {
    let found = ["soffice", "libreoffice"].iter().find_map(|name| {
        let out = Process::new("sh").arg("-c").arg(format!("command -v {name}")).output().ok()?;
        out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
    });
    if found.is_none() {
        assert!(
            std::env::var_os("PKGURU_REQUIRE_SOFFICE").is_none(),
            "LibreOffice is required but not installed"
        );
        eprintln!("skipping: LibreOffice (soffice) is not installed; .ci/run installs it");
    }
    found
}

/// Converts a file with LibreOffice (its own profile under `outdir`), reading CSV with the
/// filter options `infilter` (`CSV:44,34,76,1` is comma, quote, UTF-8, from line 1, every
/// column as LibreOffice guesses, the way a person opens a CSV).
pub fn convert_with(soffice: &Path, input: &Path, to: &str, outdir: &Path, infilter: &str) -> PathBuf {
    let profile = outdir.join("lo-profile");
    let status = Process::new(soffice)
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .arg("--headless")
        .arg(format!("--infilter={infilter}"))
        .args(["--convert-to", to, "--outdir"])
        .arg(outdir)
        .arg(input)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    // `to` may carry an export filter (`csv:Text - txt - csv (StarCalc):59,34,76`).
    let extension = to.split(':').next().unwrap();
    let out = outdir.join(input.file_stem().unwrap()).with_extension(extension);
    assert!(out.exists(), "LibreOffice wrote {}", out.display());
    out
}

/// Writes a workbook whose worksheets hold these CSV texts (each cell as text, the way a
/// person types them), in order; an empty text leaves an empty worksheet.
pub fn workbook_of(path: &Path, sheets: &[(&str, &str)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, text) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in csv_rows(text, b',').iter().enumerate() {
            for (c, cell) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
                ws.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}
