//! Workbook text that expands: small files that repeat text (ODS cells and rows repeated, an
//! XLSX whose worksheets all point at a few long shared strings), built from the input's
//! numbers so that every mutation is a new shape of repetition rather than a broken zip. Read
//! as `pkguru batch` reads a workbook (every score sheet). Must stay within memory (libFuzzer's
//! RSS limit is the finding): the text a workbook becomes is bounded as it is produced.
#![no_main]

mod common;

use std::io::Write;

use libfuzzer_sys::fuzz_target;

/// The input read as a little-endian stream of numbers (zero once it runs out).
struct Numbers<'a>(&'a [u8]);

impl Numbers<'_> {
    fn next(&mut self, max: u32) -> u32 {
        let (head, rest) = self.0.split_at(self.0.len().min(4));
        self.0 = rest;
        let mut b = [0u8; 4];
        b[..head.len()].copy_from_slice(head);
        u32::from_le_bytes(b) % max.max(1)
    }
}

fn ods(n: &mut Numbers<'_>) -> Vec<u8> {
    let mut rows = String::new();
    for _ in 0..1 + n.next(4) {
        let (row_repeat, cells) = (1 + n.next(200_000), 1 + n.next(4));
        rows.push_str(&format!(r#"<table:table-row table:number-rows-repeated="{row_repeat}">"#));
        for _ in 0..cells {
            let (col_repeat, len) = (1 + n.next(20_000), n.next(300_000) as usize);
            rows.push_str(&format!(
                r#"<table:table-cell table:number-columns-repeated="{col_repeat}" office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                "A".repeat(len)
            ));
        }
        rows.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".into()),
        ("META-INF/manifest.xml", r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#.into()),
        ("content.xml", content),
    ])
}

fn xlsx(n: &mut Numbers<'_>) -> Vec<u8> {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let (sheets, strings) = (1 + n.next(80), 1 + n.next(3));
    let mut parts = vec![
        ("[Content_Types].xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#)),
        ("_rels/.rels", format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)),
    ];
    let names: String = (1..=sheets).map(|i| format!(r#"<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>"#)).collect();
    parts.push(("xl/workbook.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{names}</sheets></workbook>"#)));
    let rels: String = (1..=sheets)
        .map(|i| format!(r#"<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>"#))
        .collect();
    parts.push(("xl/_rels/workbook.xml.rels", format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rIdS" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#)));
    let si: String = (0..strings).map(|_| format!("<si><t>{}</t></si>", "B".repeat(n.next(100_000) as usize))).collect();
    parts.push(("xl/sharedStrings.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}">{si}</sst>"#)));
    let (rows, cols) = (1 + n.next(3_000), 1 + n.next(8));
    let mut data = String::new();
    for r in 1..=rows {
        data.push_str(&format!(r#"<row r="{r}">"#));
        for c in 0..cols {
            let col = char::from(b'A' + c as u8);
            data.push_str(&format!(r#"<c r="{col}{r}" t="s"><v>{}</v></c>"#, n.next(strings)));
        }
        data.push_str("</row>");
    }
    let sheet = format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{data}</sheetData></worksheet>"#);
    let owned: Vec<(String, String)> = (1..=sheets).map(|i| (format!("xl/worksheets/sheet{i}.xml"), sheet.clone())).collect();
    let mut all: Vec<(&str, String)> = parts;
    all.extend(owned.iter().map(|(n, s)| (n.as_str(), s.clone())));
    zip_of(&all)
}

fn zip_of(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in parts {
        zip.start_file(*name, opts).expect("zip entry");
        zip.write_all(text.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip finish").into_inner()
}

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let mut n = Numbers(data);
        let file = if n.next(2) == 0 { ods(&mut n) } else { xlsx(&mut n) };
        let _ = pkguru::sheet::workbook::score_sheets(&file, None);
    })
});
