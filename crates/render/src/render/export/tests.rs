//! The format chosen in one place, and each exporter on one small document.

use serde::Serialize;

use super::*;
use crate::core::exact::ratio;
use crate::render::csv::CsvDialect;

#[test]
fn format_from_given_or_extension() {
    let offered = [Format::Csv, Format::Json, Format::Xlsx];
    let pick = |given, out: &str| resolve(given, Some(Path::new(out)), &offered, Format::Table);
    assert_eq!(pick(None, "rekap.XLSX"), Ok(Format::Xlsx));
    assert_eq!(pick(None, "rekap.json"), Ok(Format::Json));
    assert_eq!(pick(None, "rekap.txt"), Ok(Format::Table));
    // An extension naming a format this command does not offer does not choose it.
    assert_eq!(pick(None, "laporan.pdf"), Ok(Format::Table));
    assert_eq!(pick(Some(Format::Csv), "rekap.txt"), Ok(Format::Csv));
    assert_eq!(pick(Some(Format::Xlsx), "rekap.xlsx"), Ok(Format::Xlsx));
    assert_eq!(
        pick(Some(Format::Csv), "rekap.xlsx"),
        Err(Contradiction { given: Format::Csv, extension: "xlsx".into() })
    );
    assert_eq!(resolve(None, None, &offered, Format::Csv), Ok(Format::Csv));
}

#[test]
fn every_format_has_a_name_and_the_extensions_name_theirs() {
    for f in Format::ALL {
        assert!(!f.name().is_empty());
        if let Some(back) = Format::of_extension(f.name()) {
            assert_eq!(back, f);
        }
    }
    assert_eq!(Format::of_extension("HTM"), Some(Format::Html));
    assert_eq!(Format::of_extension("ndjson"), Some(Format::Jsonl));
    assert_eq!(Format::of_extension("txt"), None);
    assert!(Format::Pdf.is_binary() && Format::Xlsx.is_binary() && !Format::Csv.is_binary());
}

struct Small;

#[derive(Serialize)]
struct Body {
    nilai: f64,
}

impl Document for Small {
    const NAME: &'static str = "contoh";
    fn json(&self) -> impl Serialize + '_ {
        Body { nilai: 1.5 }
    }
    fn tables(&self, _lang: Lang) -> Vec<Table<'_>> {
        vec![Table {
            name: "Contoh".into(),
            columns: vec![Column::new("nip"), Column::labelled("nama", "Nama"), Column::new("nilai")],
            rows: vec![
                vec![Cell::Id("1980".into()), Cell::text("Budi, S.Pd"), Cell::Exact(ratio(3, 2))],
                vec![Cell::Blank, Cell::text("Sari"), Cell::Fixed(ratio(1, 3), 2)],
            ]
            .into(),
            ..Table::default()
        }]
    }
    fn text(&self, _lang: Lang, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        out.write_str("Budi \u{1b}[2J")?;
        out.write_str("\tok\n")
    }
}

#[test]
fn json_puts_the_schema_first() {
    let out = export(Format::Json, Lang::Id, CsvDialect::STANDARD, &Small).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "{\n  \"schema\": \"pkguru/contoh/1\",\n  \"nilai\": 1.5\n}\n"
    );
}

#[test]
fn csv_writes_codes_then_typed_cells_in_the_dialect() {
    let out = export(Format::Csv, Lang::Id, CsvDialect::STANDARD, &Small).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "nip,nama,nilai\n1980,\"Budi, S.Pd\",1.5\n,Sari,0.33\n");
    let out = export(Format::Csv, Lang::Id, CsvDialect::INDONESIAN, &Small).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "\u{feff}nip;nama;nilai\r\n\"=\"\"1980\"\"\";Budi, S.Pd;1,5\r\n;Sari;0,33\r\n"
    );
}

#[test]
fn text_shows_control_characters_instead_of_obeying_them() {
    let out = export(Format::Table, Lang::Id, CsvDialect::STANDARD, &Small).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "Budi \\u{1b}[2J\tok\n");
    assert!(matches!(text::visible("biasa\n"), std::borrow::Cow::Borrowed(_)));
}

#[test]
fn xlsx_is_a_workbook_and_pdf_is_not_offered() {
    let out = export(Format::Xlsx, Lang::Id, CsvDialect::STANDARD, &Small).unwrap();
    assert!(out.starts_with(b"PK"));
    assert!(matches!(
        export(Format::Pdf, Lang::Id, CsvDialect::STANDARD, &Small),
        Err(ExportError::NotOffered("pdf"))
    ));
}
