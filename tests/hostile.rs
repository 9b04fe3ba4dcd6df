//! Hostile input and faults: every finding of the fuzzing and hand-testing round has its
//! reproducer here. No panic, no abort, bounded reads, nothing left behind, no silent loss.
//!
//! The ledger's findings (issue 22, items 5–8) are in `tests/ledger_hostile.rs`:
//! - read commands wrote (a mistyped `--db` made an empty ledger; another program's SQLite
//!   file got pkguru's tables and WAL): `a_missing_ledger_is_not_created`,
//!   `another_programs_file_is_refused_untouched`, `an_empty_file_is_filled_by_tambah_only`,
//!   `an_older_ledger_is_read_as_it_is`;
//! - a ledger in a folder the user cannot write could not be read:
//!   `a_ledger_in_a_read_only_folder_is_read`;
//! - concurrent first use failed ("table guru already exists", "duplicate column name"):
//!   `four_first_uses_at_once`;
//! - an existing `X.v1.bak` blocked migration for good: `an_existing_backup_never_blocks_migration`;
//! - the `ledger` fuzz target (`fuzz/fuzz_targets/ledger.rs`) drives the store's API with
//!   random imports and command sequences against a model, and opens random files as ledgers.

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
    // In a sheet, such a field is left empty with a warning: the nilai stands, the angka
    // kredit (which needs the hours) is not computed.
    let sheet = kelas_with("jam", "0,0000000000003");
    let (code, out, err) = run_stdin(&["score", "-", "--format", "csv"], sheet.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("jam: jam \"0,0000000000003\" terlalu rinci; paling banyak 2 angka di belakang koma"),
        "{err}"
    );
    assert!(out.contains(",69.64,Cukup,75,,,"), "no angka kredit: {out}");
    assert!(out.contains("angka kredit kosong: jam tidak diisi"), "{out}");
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

/// Runs pkguru and measures its peak resident size (MB) with `wait4`: (code, stdout, stderr, MB).
#[cfg(unix)]
// The child is reaped by `wait4` below, which std does not see.
#[allow(clippy::zombie_processes)]
fn run_measured(args: &[&str]) -> (i32, String, String, i64) {
    let dir = tempfile::tempdir().unwrap();
    let (out_path, err_path) = (dir.path().join("out"), dir.path().join("err"));
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pkguru"))
        .args(args)
        .env_remove("PKGURU_LANG")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: wait4 fills the status and the zeroed rusage it is given, for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { 128 + libc::WTERMSIG(status) };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    (code, read(&out_path), read(&err_path), usage.ru_maxrss / 1024)
}

/// A workbook with one cell at A1 and one at XFD1048576 is two cells, not a 17-billion-cell
/// grid: refused as an unknown layout, quickly, and the run's other inputs are still scored.
#[cfg(unix)]
#[test]
fn sparse_workbook_with_a_far_corner() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sudut.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "judul").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    book.save(&path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 10_000);
    let (code, out, err, mb) = run_measured(&["score", path.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.contains("header tidak dikenali"), "{err}");
    assert!(mb < 256, "{mb} MB");
    let rekap = dir.path().join("rekap.csv");
    let good = fixture("contoh/guru-kelas.csv");
    let (code, _, err) =
        run(&["batch", path.to_str().unwrap(), good.to_str().unwrap(), "-q", "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        csv_rows(&std::fs::read_to_string(&rekap).unwrap(), b',').len(),
        2,
        "the good sheet is scored"
    );
}

/// Rewrites the declared uncompressed size of one zip entry (local and central headers).
fn declare_size(zip: &mut [u8], entry: &str, size: u32) {
    let name = entry.as_bytes();
    let mut i = 0;
    while i + 46 < zip.len() {
        let sig: [u8; 4] = zip[i..i + 4].try_into().unwrap();
        if &sig == b"PK\x03\x04" && zip[i + 30..].starts_with(name) {
            zip[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
        }
        if &sig == b"PK\x01\x02" && zip[i + 46..].starts_with(name) {
            zip[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
        }
        i += 1;
    }
}

/// A workbook whose parts declare more than any sheet (a zip bomb) is refused before anything
/// is unpacked.
#[test]
fn workbook_declaring_huge_parts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.xlsx");
    let (code, _, err) = run(&["template", "--format", "xlsx", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    for (entry, size) in [("xl/worksheets/sheet1.xml", 1u32 << 30), ("xl/sharedStrings.xml", 200 << 20)] {
        let mut bytes = std::fs::read(&path).unwrap();
        declare_size(&mut bytes, entry, size);
        let bomb = write(dir.path(), "bom2.xlsx", &bytes);
        let (code, out, err) = run(&["score", &bomb]);
        assert_eq!((code, out.as_str()), (1, ""), "{entry}: {err}");
        assert!(err.contains("workbook terlalu besar"), "{entry}: {err}");
    }
}

/// An ODS of a few kilobytes that repeats a row of 100 cells 100,000 times is refused as too
/// large, in one message, instead of taking a gigabyte and reporting 100,000 problems.
#[cfg(unix)]
#[test]
fn ods_repeating_rows() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ulang.ods");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    zip.start_file("content.xml", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="100" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#,
    )
    .unwrap();
    zip.finish().unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 16_000);
    let (code, out, err, mb) = run_measured(&["batch", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(csv_rows(&out, b',').len(), 1, "header only");
    assert_eq!(err.lines().count(), 2, "one problem and the summary: {err}");
    assert!(err.contains("workbook terlalu besar"), "{err}");
    assert!(mb < 256, "{mb} MB");
}

/// `score`, `batch` and `check` measure a line alike (fuzzing, `differential-*`): a CRLF line
/// of exactly 64 KiB is read by all three; one byte more, or a quoted line over the limit,
/// is refused by all three.
#[test]
fn line_limit_is_the_same_for_score_and_batch() {
    let dir = tempfile::tempdir().unwrap();
    let text = wide(1);
    let mut lines = text.lines();
    let (header, row) = (lines.next().unwrap(), lines.next().unwrap());
    let limit = 64 * 1024;
    let pad = |row: &str, len: usize| format!("{row}{}", ",".repeat(len - row.len()));
    for (name, line, ok) in [
        ("crlf-at-limit.csv", pad(row, limit), true),
        ("crlf-over-limit.csv", pad(row, limit + 1), false),
        (
            "quoted-over-limit.csv",
            pad(
                &format!("\"{}\"{}", &row[..row.find(',').unwrap()], &row[row.find(',').unwrap()..]),
                limit + 4,
            ),
            false,
        ),
    ] {
        // Trailing empty cells past the header's width are allowed.
        let body = format!("{header}\r\n{line}\r\n");
        let input = write(dir.path(), name, body.as_bytes());
        let (score, _, score_err) = run(&["score", &input]);
        let (batch, _, batch_err) = run(&["batch", &input, "-q"]);
        let (check, check_out, _) = run(&["check", &input]);
        if ok {
            assert_eq!((score, batch, check), (0, 0, 0), "{name}: {score_err} {batch_err} {check_out}");
        } else {
            assert_eq!((score, batch, check), (1, 1, 1), "{name}");
            for said in [&score_err, &batch_err, &check_out] {
                assert!(said.contains("baris terlalu panjang"), "{name}: {said}");
            }
        }
    }
    // A header over the limit, too.
    let body = format!("{header}{}\n{row}\n", ",".repeat(limit));
    let input = write(dir.path(), "header.csv", body.as_bytes());
    for cmd in ["score", "batch"] {
        let (code, _, err) = run(&[cmd, &input, "-q"][..if cmd == "score" { 2 } else { 3 }]);
        assert_eq!(code, 1, "{cmd}");
        assert!(err.contains(":1: baris terlalu panjang"), "{cmd}: {err}");
    }
}

/// Every workbook the fuzzer broke calamine with (`fuzz/findings/workbook-*`: panics in the
/// legacy `.xls` reader, allocations of gigabytes to terabytes) is now one clear error, read
/// in little memory, with no contained crash left.
#[cfg(unix)]
#[test]
fn fuzzed_workbooks_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let findings = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/findings");
    let mut seen = 0;
    for entry in std::fs::read_dir(&findings).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("workbook-") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        // The first byte picks the reader (see fuzz/findings/README.md): 2 xls, 4 a worksheet's XML.
        let file = match bytes[0] {
            2 => write(dir.path(), &format!("{name}.xls"), &bytes[1..]),
            4 => {
                let out = dir.path().join(format!("{name}.xlsx"));
                xlsx_with_sheet(&out, &bytes[1..]);
                out.to_str().unwrap().to_string()
            }
            other => panic!("{name}: reader {other}"),
        };
        let (code, out, err, mb) = run_measured(&["score", &file]);
        assert_eq!((code, out.as_str()), (1, ""), "{name}: {err}");
        assert!(!err.contains("berhenti pada berkas ini"), "{name}: no contained crash: {err}");
        assert!(mb < 256, "{name}: {mb} MB");
        seen += 1;
    }
    assert_eq!(seen, 8);
}

/// A minimal xlsx around one worksheet's XML (stored, not deflated), as the fuzz target makes it:
/// the worksheet's XML, then after a NUL byte the shared strings' XML, when there is one.
fn xlsx_with_sheet(path: &Path, input: &[u8]) {
    use std::io::Write;
    let (sheet_xml, strings) = match input.iter().position(|&b| b == 0) {
        Some(i) => (&input[..i], Some(&input[i + 1..])),
        None => (input, None),
    };
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ];
    if let Some(strings) = strings {
        parts.push(("xl/sharedStrings.xml", strings));
    }
    for (name, data) in parts {
        zip.start_file(name, stored).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap();
}

/// Round three: text that expands. A tiny `.ods` repeating one 256 KiB text cell across
/// 16,384 columns, and an `.xlsx` whose 70 worksheets all point at one long shared string,
/// are refused as too large within bounded memory (each took 4 GB before).
#[cfg(unix)]
#[test]
fn workbook_text_that_expands() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let ods = dir.path().join("teks.ods");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&ods).unwrap());
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    let cell = "A".repeat(256 << 10);
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>{cell}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    zip.finish().unwrap();
    assert!(std::fs::metadata(&ods).unwrap().len() < 4_000);

    // Written part by part: one 64 KiB shared string, 70 sheets of 900 cells pointing at it
    // (each sheet alone within its bound of 64 MiB of text).
    let xlsx = dir.path().join("bersama.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&xlsx).unwrap());
    let sheets = 70;
    let mut part = |name: &str, text: &str| {
        zip.start_file(name, deflated).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    };
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let overrides: String = (1..=sheets)
        .map(|i| format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        .collect();
    part(
        "[Content_Types].xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>{overrides}</Types>"#
        ),
    );
    part(
        "_rels/.rels",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        ),
    );
    let names: String =
        (1..=sheets).map(|i| format!(r#"<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>"#)).collect();
    part(
        "xl/workbook.xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{names}</sheets></workbook>"#
        ),
    );
    let rels: String = (1..=sheets)
        .map(|i| {
            format!(r#"<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>"#)
        })
        .collect();
    let strings = sheets + 1;
    part(
        "xl/_rels/workbook.xml.rels",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rId{strings}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
        ),
    );
    part(
        "xl/sharedStrings.xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="1" uniqueCount="1"><si><t>{}</t></si></sst>"#,
            "B".repeat(64 << 10)
        ),
    );
    let rows: String =
        (1..=2_000).map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#)).collect();
    for i in 1..=sheets {
        part(
            &format!("xl/worksheets/sheet{i}.xml"),
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>"#
            ),
        );
    }
    zip.finish().unwrap();
    assert!(std::fs::metadata(&xlsx).unwrap().len() < 2_000_000);

    for path in [&ods, &xlsx] {
        let (code, out, err, mb) = run_measured(&["batch", path.to_str().unwrap()]);
        assert_eq!(code, 1, "{err}");
        assert_eq!(csv_rows(&out, b',').len(), 1, "header only");
        assert!(err.contains("workbook terlalu besar"), "{}: {err}", path.display());
        assert!(mb < 600, "{}: {mb} MB", path.display());
    }
}
