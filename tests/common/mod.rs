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

/// An outside program some tests run: its names on `PATH`, the Debian package that has it, and
/// the variable that makes its absence a failure (`.ci/run` sets them all).
pub struct Tool {
    pub names: &'static [&'static str],
    pub package: &'static str,
    pub require: &'static str,
}

/// LibreOffice (headless Calc): workbooks really saved by a spreadsheet program.
pub const SOFFICE: Tool = Tool {
    names: &["soffice", "libreoffice"],
    package: "libreoffice-calc-nogui",
    require: "PKGURU_REQUIRE_SOFFICE",
};
/// Chromium: the HTML report printed by a real browser.
pub const CHROMIUM: Tool = Tool {
    names: &["chromium", "chromium-browser"],
    package: "chromium",
    require: "PKGURU_REQUIRE_CHROMIUM",
};
/// poppler's pdftotext: the text of the PDFs pkguru and LibreOffice make.
pub const POPPLER: Tool =
    Tool { names: &["pdftotext"], package: "poppler-utils", require: "PKGURU_REQUIRE_POPPLER" };

/// The program's path. When it is not installed, the test fails if its `PKGURU_REQUIRE_*`
/// variable is set; otherwise one line `SKIPPED <test>: …` goes straight to standard error (not
/// captured by the test harness, so it shows in every run) and the caller returns.
pub fn tool(t: &Tool) -> Option<PathBuf> {
    let found = t.names.iter().find_map(|name| find_program(name));
    if found.is_none() {
        let name = t.names[0];
        assert!(
            std::env::var_os(t.require).is_none(),
            "{name} is required ({}=1) but not found (Debian package {})",
            t.require,
            t.package
        );
        let thread = std::thread::current();
        let test = thread.name().unwrap_or("a test");
        let line = format!(
            "SKIPPED {test}: {name} not found (Debian package {}); set {}=1 to make this a failure\n",
            t.package, t.require
        );
        use std::io::Write;
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
    found
}

/// A program on `PATH`, as a shell would find it.
fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        }
        #[cfg(not(unix))]
        {
            p.with_extension("exe").is_file()
        }
    })
}

/// LibreOffice, or `None` after the skip line (see [`tool`]).
pub fn soffice() -> Option<PathBuf> {
    tool(&SOFFICE)
}

/// Chromium, or `None` after the skip line (see [`tool`]).
pub fn chromium() -> Option<PathBuf> {
    tool(&CHROMIUM)
}

/// pdftotext, or `None` after the skip line (see [`tool`]).
pub fn pdftotext() -> Option<PathBuf> {
    tool(&POPPLER)
}

/// The text of a PDF, pages separated by form feeds, laid out as on the page (`-layout`).
pub fn pdf_text(pdftotext: &Path, pdf: &Path) -> String {
    let out = Process::new(pdftotext).arg("-layout").arg(pdf).arg("-").output().expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext {}: {}", pdf.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
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
