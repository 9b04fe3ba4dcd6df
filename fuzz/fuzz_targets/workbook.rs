//! Workbooks, read the way `pkguru score` reads them: converted to CSV with calamine, then
//! read as a one-teacher sheet. The first byte picks the kind: xlsx, ods, xls or xlsb (the
//! rest is the file, named with that extension), or `xlsx-xml`: the rest is a worksheet's XML
//! (then, after a NUL byte, optionally the shared strings' XML), zipped here into an xlsx
//! without compression, so that mutations reach the XML instead of breaking the zip's
//! deflate streams and checksums. Must not panic, abort or blow up memory.
//!
//! `PKGURU_FUZZ_WORKBOOK=xlsx,ods` (any of xlsx, ods, xls, xlsb, xlsx-xml) limits the kinds
//! tried, so that a known bug in one reader does not keep the others from being fuzzed;
//! inputs of other kinds are skipped.
#![no_main]

mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pkguru::sheet::{self, Instruments, ReadOptions};

const KINDS: [&str; 5] = ["xlsx", "ods", "xls", "xlsb", "xlsx-xml"];

fn instruments() -> &'static Instruments {
    static I: OnceLock<Instruments> = OnceLock::new();
    I.get_or_init(Instruments::default)
}

fn enabled() -> &'static [bool; 5] {
    static E: OnceLock<[bool; 5]> = OnceLock::new();
    E.get_or_init(|| match std::env::var("PKGURU_FUZZ_WORKBOOK") {
        Ok(list) if !list.trim().is_empty() => {
            KINDS.map(|k| list.split(',').any(|w| w.trim().eq_ignore_ascii_case(k)))
        }
        _ => [true; 5],
    })
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lembar PKG" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
const SHARED_STRINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>id</t></si><si><t>skor</t></si><si><t>nama</t></si><si><t>Siti</t></si></sst>"#;

/// An xlsx holding one worksheet with this XML (and these shared strings, after a NUL), stored
/// without compression.
fn xlsx_from_xml(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let (sheet, strings) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, SHARED_STRINGS.as_bytes()),
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", strings),
    ] {
        zip.start_file(name, opts).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    }
    zip.finish().expect("zip finish").into_inner()
}

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let Some((&pick, file)) = data.split_first() else { return };
        let kind = usize::from(pick) % KINDS.len();
        if !enabled()[kind] {
            return;
        }
        let zipped;
        let (name, file) = match KINDS[kind] {
            "xlsx-xml" => {
                zipped = xlsx_from_xml(file);
                ("fuzz.xlsx".to_string(), &zipped[..])
            }
            ext => (format!("fuzz.{ext}"), file),
        };
        let inst = instruments();
        if let Ok(s) = sheet::read_any(&name, file, None, ReadOptions::default(), inst) {
            assert_eq!(s.scores.len(), inst.get(s.jenis).indicator_count());
        }
    })
});
