//! The evaluasi diri form in every output: blank templates (CSV, JSON, XLSX), one scored form
//! (terminal table, JSON), and the rekap of many forms (CSV, JSON, XLSX).

use crate::lang::Lang;
use std::fmt::Write as _;

use anyhow::Result;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook};
use serde::Serialize;

use crate::core::evaluasi::{self, Form, FormResult, ITEMS, Mark};
use crate::core::exact::{self, Fixed};
use crate::core::predikat::Bands;
use crate::i18n;
use crate::sheet::evaluasi::{EvaluasiSheet, JSON_FORMAT};

use super::csv::CsvDialect;
use super::export::json::{self, Object};
use super::export::{self, Cell, Column, Print, Table};

/// The item's text as printed (vocational items marked `*`).
pub fn uraian(item: &evaluasi::Item) -> String {
    if item.kejuruan { format!("{} *", item.uraian) } else { item.uraian.to_string() }
}

/// The one-form CSV template: identity rows, then one row per item with `ada` and `skor` empty.
pub fn template_csv(lang: Lang, form: Form, dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    w.write_record(["id", "uraian", "ada", "skor"])?;
    for key in evaluasi::IDENTITY {
        w.write_record([key, i18n::ev_identity_label(lang, key), "", ""])?;
    }
    for item in form.items() {
        w.write_record([item.code, &uraian(item), "", ""])?;
    }
    Ok(dialect.finish(w)?)
}

#[derive(Serialize)]
struct TemplateJson {
    format: &'static str,
    bentuk: &'static str,
    identitas: Object<&'static str, Option<&'static str>>,
    butir: Vec<ItemJson<'static>>,
}

/// An item of a form: blank in a template, filled in a result.
#[derive(Serialize)]
struct ItemJson<'a> {
    id: &'a str,
    uraian: &'a str,
    kejuruan: bool,
    ada: Option<&'static str>,
    skor: Option<u8>,
}

/// The one-form JSON template (`pkguru/evaluasi/1`).
pub fn template_json(form: Form) -> Result<Vec<u8>> {
    let doc = TemplateJson {
        format: JSON_FORMAT,
        bentuk: form.code(),
        identitas: Object(evaluasi::IDENTITY.iter().map(|k| (*k, None)).collect()),
        butir: form
            .items()
            .map(|i| ItemJson { id: i.code, uraian: i.uraian, kejuruan: i.kejuruan, ada: None, skor: None })
            .collect(),
    };
    let mut out = serde_json::to_vec_pretty(&doc)?;
    out.push(b'\n');
    Ok(out)
}

/// The one-form XLSX template: instructions, then the same rows as the CSV, with drop-down
/// lists for `ada` and `skor`; printed as one A4 page.
pub fn template_xlsx(lang: Lang, form: Form) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("evaluasi-diri")?;
    let title = Format::new().set_bold().set_font_size(13);
    let note = Format::new().set_italic().set_font_color("#595959");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.merge_range(0, 0, 0, 3, i18n::ev_title(lang), &title)?;
    ws.merge_range(1, 0, 1, 3, i18n::ev_form(lang, form == Form::Kejuruan), &note)?;
    ws.merge_range(2, 0, 2, 3, i18n::ev_rule(lang), &note)?;
    ws.merge_range(3, 0, 3, 3, i18n::ev_bands(lang), &note)?;
    let header = 4;
    for (c, h) in ["id", "uraian", "ada", "skor"].iter().enumerate() {
        ws.write_string_with_format(header, c as u16, *h, &super::xlsx::bold())?;
    }
    let mut row = header + 1;
    for key in evaluasi::IDENTITY {
        ws.write_string(row, 0, key)?;
        ws.write_string(row, 1, i18n::ev_identity_label(lang, key))?;
        if key.starts_with("nip") {
            ws.write_blank(row, 3, &Format::new().set_num_format("@"))?;
        }
        row += 1;
    }
    let first = row;
    for item in form.items() {
        ws.write_string_with_format(row, 0, item.code, &wrap)?;
        ws.write_string_with_format(row, 1, uraian(item), &wrap)?;
        row += 1;
    }
    let marks = DataValidation::new().allow_list_strings(&["ada", "tidak ada"])?;
    let scores = DataValidation::new().allow_list_strings(&["1", "2", "3", "4"])?;
    ws.add_data_validation(first, 2, row - 1, 2, &marks)?;
    ws.add_data_validation(first, 3, row - 1, 3, &scores)?;
    for (c, w) in [8.0, 52.0, 11.0, 8.0].iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    ws.set_freeze_panes(header + 1, 0)?;
    ws.set_paper_size(9).set_portrait().set_print_fit_to_pages(1, 1).set_print_gridlines(true);
    Ok(book.save_to_buffer()?)
}

fn mark_text(lang: Lang, m: Option<Mark>) -> &'static str {
    match m {
        Some(Mark::Ada) => i18n::ev_ada(lang),
        Some(Mark::TidakAda) => i18n::ev_tidak_ada(lang),
        None => "",
    }
}

/// The band conventions' predikat when `nilai` is in a gap, as a note.
fn gap_note(lang: Lang, r: &FormResult) -> Option<String> {
    let all = evaluasi::disagreement(r.nilai)?;
    let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>().join(", ");
    Some(i18n::catatan_gap_text(lang, &list))
}

/// One scored form for the terminal.
pub fn table(lang: Lang, s: &EvaluasiSheet, r: &FormResult) -> String {
    let sep = lang.decimal_sep();
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", i18n::ev_title(lang), i18n::ev_form(lang, s.form == Form::Kejuruan));
    let width = evaluasi::IDENTITY
        .iter()
        .map(|k| i18n::ev_identity_label(lang, k).chars().count())
        .max()
        .unwrap_or(0);
    for key in evaluasi::IDENTITY {
        let v = s.identity(key);
        if !v.is_empty() {
            let _ = writeln!(out, "{:width$} : {v}", i18n::ev_identity_label(lang, key));
        }
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{:>3}  {:<44} {:<13} {:>5}",
        "No",
        i18n::ev_item(lang),
        i18n::ev_ada(lang),
        i18n::ev_skor_short(lang)
    );
    for (n, item) in s.form.items().enumerate() {
        let i = evaluasi::find(item.code).unwrap_or(0);
        let (mark, skor) = match s.scores[i] {
            Some(v) => (mark_text(lang, s.marks[i]), v.to_string()),
            None => (i18n::ev_not_assessed(lang), "–".to_string()),
        };
        let _ = writeln!(out, "{:>3}  {:<44} {:<13} {:>5}", n + 1, uraian(item), mark, skor);
    }
    out.push('\n');
    let _ = writeln!(out, "{:<16} {}", i18n::ev_total(lang), r.skor);
    let _ = writeln!(out, "{:<16} {} ({} × 4)", i18n::ev_max(lang), r.maks, r.assessed);
    let _ = writeln!(out, "{:<16} {}", i18n::ev_nilai_short(lang), Fixed(r.nilai, 2, sep));
    let _ = writeln!(out, "{:<16} {}", i18n::ev_predikat(lang), r.predikat.name());
    if let Some(note) = gap_note(lang, r) {
        let _ = writeln!(out, "{:<16} {note}", i18n::label_notes(lang));
    }
    out
}

/// One scored form (`pkguru/evaluasi-hasil/1`).
#[derive(Serialize)]
struct HasilJson<'a> {
    sumber: &'a str,
    bentuk: &'static str,
    identitas: Object<&'static str, Option<&'a str>>,
    butir: Vec<ItemJson<'static>>,
    skor: u32,
    skor_maks: u32,
    butir_dinilai: u32,
    nilai: f64,
    nilai_tepat: String,
    nilai_tampil: String,
    predikat: &'static str,
    predikat_per_konvensi: Object<&'static str, &'static str>,
}

fn hasil<'a>(source: &'a str, s: &'a EvaluasiSheet, r: &FormResult) -> HasilJson<'a> {
    let butir = s
        .form
        .items()
        .map(|item| {
            let i = evaluasi::find(item.code).unwrap_or(0);
            let ada = s.marks[i].map(|m| match m {
                Mark::Ada => "ada",
                Mark::TidakAda => "tidak ada",
            });
            ItemJson { id: item.code, uraian: item.uraian, kejuruan: item.kejuruan, ada, skor: s.scores[i] }
        })
        .collect();
    HasilJson {
        sumber: source,
        bentuk: s.form.code(),
        identitas: Object(
            evaluasi::IDENTITY.iter().map(|k| (*k, Some(s.identity(k)).filter(|v| !v.is_empty()))).collect(),
        ),
        butir,
        skor: r.skor,
        skor_maks: r.maks,
        butir_dinilai: r.assessed,
        nilai: exact::to_f64(r.nilai),
        nilai_tepat: exact::exact_text(r.nilai, '.'),
        nilai_tampil: Fixed(r.nilai, 2, '.').to_string(),
        predikat: r.predikat.name(),
        predikat_per_konvensi: Object(
            Bands::ALL.iter().map(|b| (b.code(), evaluasi::classify(r.nilai, *b).name())).collect(),
        ),
    }
}

/// The schema name of one scored form.
const HASIL: &str = "evaluasi-hasil";

/// One scored form as pretty JSON text.
pub fn json(source: &str, s: &EvaluasiSheet, r: &FormResult) -> String {
    String::from_utf8(json::to_vec(HASIL, &hasil(source, s, r)).unwrap_or_default()).unwrap_or_default()
}

/// One form of a rekap: where it came from, the form, and its result.
pub struct RekapForm<'a> {
    pub source: &'a str,
    pub sheet: &'a EvaluasiSheet,
    pub result: &'a FormResult,
}

/// The rekap as a table: identity, form, `ed01` … `ed21`, results.
fn rekap_table(lang: Lang, forms: &[RekapForm<'_>]) -> Table {
    let mut columns: Vec<Column> =
        ["sumber", "nama", "nip", "sekolah", "mapel", "kelas", "periode", "bentuk"].map(Column::new).to_vec();
    columns[0].width = Some(28.0);
    columns[1].width = Some(24.0);
    columns[2].width = Some(20.0);
    columns.extend(ITEMS.iter().map(|i| Column::new(i.code.to_ascii_lowercase()).width(6.0)));
    columns.extend(["skor", "skor_maks", "butir_dinilai"].map(Column::new));
    columns.push(Column::new("nilai").number_format("0.00"));
    columns.extend(["nilai_tepat", "predikat", "catatan"].map(Column::new));
    let rows = forms
        .iter()
        .map(|f| {
            let s = f.sheet;
            let mut row = vec![
                Cell::text(f.source),
                Cell::text(s.identity("nama")),
                Cell::Id(s.identity("nip").into()),
            ];
            row.extend(["sekolah", "mapel", "kelas", "periode"].map(|k| Cell::text(s.identity(k))));
            row.push(Cell::text(s.form.code()));
            row.extend(s.scores.iter().map(|v| v.map_or(Cell::Blank, |v| Cell::Int(i64::from(v)))));
            row.extend([f.result.skor, f.result.maks, f.result.assessed].map(|n| Cell::Int(i64::from(n))));
            row.extend([
                Cell::Fixed(f.result.nilai, 2),
                Cell::Exact(f.result.nilai),
                Cell::text(f.result.predikat.name()),
                Cell::text(gap_note(lang, f.result).unwrap_or_default()),
            ]);
            row
        })
        .collect();
    Table {
        name: "rekap-evaluasi-diri".into(),
        columns,
        rows,
        print: Print { frozen_columns: 2, ..Print::default() },
        ..Table::default()
    }
}

/// The rekap of a forms run's forms (each with its source) in a rekap format.
pub fn rekap(
    lang: Lang,
    scored: &[(std::sync::Arc<str>, crate::forms::ScoredForm)],
    format: super::rekap::RekapFormat,
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    let forms: Vec<RekapForm<'_>> = scored
        .iter()
        .map(|(source, form)| match form {
            crate::forms::ScoredForm::Evaluasi(sheet, result) => RekapForm { source, sheet, result },
        })
        .collect();
    forms_rekap(lang, &forms, format, dialect)
}

/// The rekap of forms in a rekap format: CSV and XLSX as one table, JSON as an array (JSON
/// lines: one a line) of the results.
pub fn forms_rekap(
    lang: Lang,
    forms: &[RekapForm<'_>],
    format: super::rekap::RekapFormat,
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    use super::rekap::RekapFormat;
    let each = || forms.iter().map(|f| json::enveloped(HASIL, hasil(f.source, f.sheet, f.result)));
    Ok(match format {
        RekapFormat::Csv => export::csv::table(dialect, &rekap_table(lang, forms)),
        RekapFormat::Json => {
            let mut out = serde_json::to_vec_pretty(&each().collect::<Vec<_>>())?;
            out.push(b'\n');
            out
        }
        RekapFormat::Jsonl => {
            let mut out = Vec::new();
            for f in each() {
                serde_json::to_writer(&mut out, &f)?;
                out.push(b'\n');
            }
            out
        }
        RekapFormat::Xlsx => export::xlsx::workbook(&[rekap_table(lang, forms)])?,
    })
}
