//! The tugas tambahan instruments in every output: blank templates (CSV, JSON, XLSX) and one
//! scored sheet (terminal table, JSON).

use crate::lang::Lang;
use std::fmt::Write as _;

use anyhow::Result;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook};
use serde::Serialize;

use crate::core::exact::{self, Exact, Fixed};
use crate::core::predikat::{self, Bands};
use crate::core::tambahan::{HasilTambahan, Instrumen};
use crate::i18n;
use crate::sheet::tambahan::{IDENTITY, JSON_FORMAT, TambahanSheet, id_of};

use super::csv::CsvDialect;
use super::export::json::Object;

/// The CSV template: the `instrumen` row, identity rows, then one row per indicator.
pub fn template_csv(lang: Lang, which: Instrumen, dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    w.write_record(["id", "komponen", "uraian", "skor"])?;
    w.write_record(["instrumen", i18n::label_identity(lang), which.name(), which.code()])?;
    for key in IDENTITY {
        w.write_record([key, i18n::label_identity(lang), "", ""])?;
    }
    for (k, i, text) in which.instrument().indicators() {
        w.write_record([format!("{}.{i}", k.number).as_str(), &k.name, text, ""])?;
    }
    Ok(dialect.finish(w)?)
}

#[derive(Serialize)]
struct TemplateJson<'a> {
    format: &'static str,
    instrumen: &'static str,
    identitas: Object<&'static str, Option<&'static str>>,
    indikator: Vec<TemplateItem<'a>>,
}

#[derive(Serialize)]
struct TemplateItem<'a> {
    id: String,
    komponen: &'a str,
    uraian: &'a str,
    skor: Option<u8>,
}

/// The JSON template (`pkguru/tambahan/1`).
pub fn template_json(which: Instrumen) -> Result<Vec<u8>> {
    let indikator = which
        .instrument()
        .indicators()
        .map(|(k, i, t)| TemplateItem {
            id: format!("{}.{i}", k.number),
            komponen: &k.name,
            uraian: t,
            skor: None,
        })
        .collect();
    let doc = TemplateJson {
        format: JSON_FORMAT,
        instrumen: which.code(),
        identitas: Object(IDENTITY.iter().map(|k| (*k, None)).collect()),
        indikator,
    };
    let mut out = serde_json::to_vec_pretty(&doc)?;
    out.push(b'\n');
    Ok(out)
}

/// The XLSX template: a title, the same rows as the CSV, scores limited to 1–4.
pub fn template_xlsx(lang: Lang, which: Instrumen) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("tugas-tambahan")?;
    let title = Format::new().set_bold().set_font_size(13);
    let note = Format::new().set_italic().set_font_color("#595959");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.merge_range(0, 0, 0, 3, &format!("{} — {}", i18n::tt_title(lang), which.name()), &title)?;
    ws.merge_range(1, 0, 1, 3, i18n::tt_rule(lang), &note)?;
    let header = 3;
    for (c, h) in ["id", "komponen", "uraian", "skor"].iter().enumerate() {
        ws.write_string_with_format(header, c as u16, *h, &super::xlsx::bold())?;
    }
    ws.write_string(header + 1, 0, "instrumen")?;
    ws.write_string(header + 1, 1, i18n::label_identity(lang))?;
    ws.write_string(header + 1, 2, which.name())?;
    ws.write_string(header + 1, 3, which.code())?;
    let mut row = header + 2;
    for key in IDENTITY {
        ws.write_string(row, 0, key)?;
        ws.write_string(row, 1, i18n::label_identity(lang))?;
        if key.starts_with("nip") {
            ws.write_blank(row, 3, &Format::new().set_num_format("@"))?;
        }
        row += 1;
    }
    let first = row;
    for (k, i, text) in which.instrument().indicators() {
        // Text, so that `2.10` stays `2.10`.
        ws.write_string_with_format(row, 0, format!("{}.{i}", k.number), &wrap)?;
        ws.write_string_with_format(row, 1, &k.name, &wrap)?;
        ws.write_string_with_format(row, 2, text, &wrap)?;
        let lines =
            (text.chars().count() as f64 / 56.0).ceil().max((k.name.chars().count() as f64 / 22.0).ceil());
        ws.set_row_height(row, 15.0 * lines.max(1.0) + 1.0)?;
        row += 1;
    }
    let scores = DataValidation::new().allow_list_strings(&["1", "2", "3", "4"])?;
    ws.add_data_validation(first, 3, row - 1, 3, &scores)?;
    for (c, w) in [8.0, 24.0, 58.0, 8.0].iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    ws.set_freeze_panes(header + 1, 0)?;
    ws.set_paper_size(9).set_portrait().set_print_fit_to_pages(1, 0).set_print_gridlines(true);
    ws.set_repeat_rows(header, header)?;
    Ok(book.save_to_buffer()?)
}

fn gap_note(lang: Lang, nilai: Exact) -> Option<String> {
    let all = predikat::disagreement(nilai)?;
    let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>().join(", ");
    Some(i18n::catatan_gap_text(lang, &list))
}

/// One scored sheet for the terminal: component values, total, nilai, predikat.
pub fn table(lang: Lang, s: &TambahanSheet, h: &HasilTambahan) -> String {
    let sep = lang.decimal_sep();
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", i18n::tt_title(lang), s.instrumen.name());
    for key in IDENTITY {
        let v = s.identity(key);
        if !v.is_empty() {
            let v = if key == "tanggal" { i18n::human_date(lang, v) } else { v.to_string() };
            let _ = writeln!(out, "{key:<12} : {v}");
        }
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{:>3}  {:<52} {:>5} {:>17}",
        "No",
        i18n::tt_component(lang),
        "Ind.",
        i18n::tt_value(lang)
    );
    for (k, v) in s.instrument().komponen.iter().zip(&h.values) {
        let name: String = k.name.chars().take(52).collect();
        let _ = writeln!(
            out,
            "{:>3}  {:<52} {:>5} {:>17}",
            k.number,
            name,
            k.indicators.len(),
            Fixed(*v, 2, sep).to_string()
        );
    }
    out.push('\n');
    let _ = writeln!(out, "{:<34} {} / {}", i18n::tt_total(lang), Fixed(h.total, 2, sep), h.max_total);
    let _ = writeln!(out, "{:<34} {}", i18n::tt_nilai(lang), Fixed(h.nilai, 2, sep));
    let _ = writeln!(
        out,
        "{:<34} {} ({} %)",
        i18n::label_predikat(lang),
        h.predikat.name(),
        h.predikat.credit_percent()
    );
    if let Some(note) = gap_note(lang, h.nilai) {
        let _ = writeln!(out, "{:<34} {note}", i18n::label_notes(lang));
    }
    out
}

#[derive(Serialize)]
struct KomponenJson<'a> {
    nomor: u8,
    nama: &'a str,
    indikator: usize,
    nilai: f64,
    nilai_tepat: String,
}

/// `score --format json` of a tugas tambahan sheet (`pkguru/tambahan-hasil/1`).
#[derive(Serialize)]
struct HasilJson<'a> {
    sumber: &'a str,
    instrumen: &'static str,
    tugas_tambahan: &'static str,
    identitas: Object<&'static str, Option<&'a str>>,
    komponen: Vec<KomponenJson<'a>>,
    skor: Object<String, u8>,
    jumlah: f64,
    jumlah_tepat: String,
    jumlah_maks: i64,
    nilai: f64,
    nilai_tepat: String,
    predikat: &'static str,
    nk_persen: u32,
    predikat_per_konvensi: Object<&'static str, &'static str>,
}

/// One scored sheet as JSON.
pub fn json(source: &str, s: &TambahanSheet, h: &HasilTambahan) -> String {
    let inst = s.instrument();
    let doc = HasilJson {
        sumber: source,
        instrumen: s.instrumen.code(),
        tugas_tambahan: s.instrumen.kind().rule().code,
        identitas: Object(
            IDENTITY.iter().map(|k| (*k, Some(s.identity(k)).filter(|v| !v.is_empty()))).collect(),
        ),
        komponen: inst
            .komponen
            .iter()
            .zip(&h.values)
            .map(|(k, v)| KomponenJson {
                nomor: k.number,
                nama: &k.name,
                indikator: k.indicators.len(),
                nilai: exact::to_f64(*v),
                nilai_tepat: exact::exact_text(*v, '.'),
            })
            .collect(),
        skor: Object(s.scores.iter().enumerate().map(|(slot, v)| (id_of(inst, slot), *v)).collect()),
        jumlah: exact::to_f64(h.total),
        jumlah_tepat: exact::exact_text(h.total, '.'),
        jumlah_maks: h.max_total,
        nilai: exact::to_f64(h.nilai),
        nilai_tepat: exact::exact_text(h.nilai, '.'),
        predikat: h.predikat.name(),
        nk_persen: h.predikat.credit_percent(),
        predikat_per_konvensi: Object(
            Bands::ALL.iter().map(|b| (b.code(), predikat::classify(h.nilai, *b).name())).collect(),
        ),
    };
    String::from_utf8(super::export::json::to_vec("tambahan-hasil", &doc).unwrap_or_default())
        .unwrap_or_default()
}
