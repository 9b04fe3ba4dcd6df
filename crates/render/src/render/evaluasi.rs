//! The evaluasi diri form in every output: blank templates (CSV, JSON, XLSX), one scored form
//! (terminal table, JSON), and the rekap of many forms (CSV, JSON, XLSX).

use crate::lang::Lang;
use std::fmt::Write as _;

use anyhow::Result;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook};
use serde_json::{Value, json};

use crate::core::evaluasi::{self, Form, FormResult, ITEMS, Mark};
use crate::core::exact::{self, Fixed};
use crate::core::predikat::Bands;
use crate::i18n;
use crate::sheet::evaluasi::{EvaluasiSheet, JSON_FORMAT};

use super::csv::{CsvDialect, RowWriter};

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

/// The one-form JSON template (`pkguru-evaluasi/1`).
pub fn template_json(form: Form) -> Result<Vec<u8>> {
    let identity: serde_json::Map<String, Value> =
        evaluasi::IDENTITY.iter().map(|k| (k.to_string(), Value::Null)).collect();
    let items: Vec<Value> = form
        .items()
        .map(|i| json!({"id": i.code, "uraian": i.uraian, "kejuruan": i.kejuruan, "ada": null, "skor": null}))
        .collect();
    let doc = json!({"format": JSON_FORMAT, "bentuk": form.code(), "identitas": identity, "butir": items});
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

/// One scored form as JSON.
pub fn json_value(source: &str, s: &EvaluasiSheet, r: &FormResult) -> Value {
    let identity: serde_json::Map<String, Value> = evaluasi::IDENTITY
        .iter()
        .map(|k| {
            let v = s.identity(k);
            (k.to_string(), if v.is_empty() { Value::Null } else { json!(v) })
        })
        .collect();
    let items: Vec<Value> = s
        .form
        .items()
        .map(|item| {
            let i = evaluasi::find(item.code).unwrap_or(0);
            let ada = match s.marks[i] {
                Some(Mark::Ada) => json!("ada"),
                Some(Mark::TidakAda) => json!("tidak ada"),
                None => Value::Null,
            };
            json!({"id": item.code, "uraian": item.uraian, "kejuruan": item.kejuruan, "ada": ada, "skor": s.scores[i]})
        })
        .collect();
    let per_convention: serde_json::Map<String, Value> = Bands::ALL
        .iter()
        .map(|b| (b.code().to_string(), json!(evaluasi::classify(r.nilai, *b).name())))
        .collect();
    json!({
        "schema": "pkguru-evaluasi-hasil/1",
        "sumber": source,
        "bentuk": s.form.code(),
        "identitas": identity,
        "butir": items,
        "skor": r.skor,
        "skor_maks": r.maks,
        "butir_dinilai": r.assessed,
        "nilai": exact::to_f64(r.nilai),
        "nilai_tepat": exact::exact_text(r.nilai, '.'),
        "nilai_tampil": Fixed(r.nilai, 2, '.').to_string(),
        "predikat": r.predikat.name(),
        "predikat_per_konvensi": per_convention,
    })
}

/// One scored form as pretty JSON text.
pub fn json(source: &str, s: &EvaluasiSheet, r: &FormResult) -> String {
    let mut text = serde_json::to_string_pretty(&json_value(source, s, r)).unwrap_or_default();
    text.push('\n');
    text
}

/// One form of a rekap: where it came from, the form, and its result.
pub struct RekapForm<'a> {
    pub source: &'a str,
    pub sheet: &'a EvaluasiSheet,
    pub result: &'a FormResult,
}

/// The rekap's header: identity, form, `ed01` … `ed21`, results.
pub fn rekap_header() -> Vec<String> {
    let mut h: Vec<String> = ["sumber", "nama", "nip", "sekolah", "mapel", "kelas", "periode", "bentuk"]
        .map(String::from)
        .to_vec();
    h.extend(ITEMS.iter().map(|i| i.code.to_ascii_lowercase()));
    h.extend(
        ["skor", "skor_maks", "butir_dinilai", "nilai", "nilai_tepat", "predikat", "catatan"]
            .map(String::from),
    );
    h
}

/// The rekap as CSV.
pub fn rekap_csv(lang: Lang, forms: &[RekapForm<'_>], dialect: CsvDialect) -> Vec<u8> {
    let mut w = RowWriter::new(dialect);
    w.bom();
    for h in rekap_header() {
        w.text(&h);
    }
    w.end();
    for f in forms {
        let s = f.sheet;
        w.text(f.source);
        w.text(s.identity("nama"));
        w.identifier(s.identity("nip"));
        for key in ["sekolah", "mapel", "kelas", "periode"] {
            w.text(s.identity(key));
        }
        w.raw(s.form.code().as_bytes());
        for score in s.scores {
            w.raw(score.map(|v| [b'0' + v]).as_ref().map_or(&b""[..], |b| &b[..]));
        }
        w.uint(u64::from(f.result.skor));
        w.uint(u64::from(f.result.maks));
        w.uint(u64::from(f.result.assessed));
        w.fixed(f.result.nilai, 2);
        w.text(&exact::exact_text(f.result.nilai, dialect.decimal));
        w.text(f.result.predikat.name());
        w.text(&gap_note(lang, f.result).unwrap_or_default());
        w.end();
    }
    w.out
}

/// The rekap as a JSON array of the forms' results.
pub fn rekap_json(forms: &[RekapForm<'_>]) -> Vec<u8> {
    let all: Vec<Value> = forms.iter().map(|f| json_value(f.source, f.sheet, f.result)).collect();
    let mut out = serde_json::to_vec_pretty(&all).unwrap_or_default();
    out.push(b'\n');
    out
}

/// The rekap as a workbook: the CSV's columns with typed cells.
pub fn rekap_xlsx(lang: Lang, forms: &[RekapForm<'_>]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("rekap-evaluasi-diri")?;
    for (c, h) in rekap_header().iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &super::xlsx::bold())?;
    }
    let two = Format::new().set_num_format("0.00");
    for (r, f) in forms.iter().enumerate() {
        let row = r as u32 + 1;
        let s = f.sheet;
        let texts = [f.source, s.identity("nama"), s.identity("nip"), s.identity("sekolah")];
        let more = [s.identity("mapel"), s.identity("kelas"), s.identity("periode"), s.form.code()];
        for (c, t) in texts.iter().chain(&more).enumerate() {
            ws.write_string(row, c as u16, *t)?;
        }
        let mut c = 8u16;
        for score in s.scores {
            if let Some(v) = score {
                ws.write_number(row, c, f64::from(v))?;
            }
            c += 1;
        }
        ws.write_number(row, c, f64::from(f.result.skor))?;
        ws.write_number(row, c + 1, f64::from(f.result.maks))?;
        ws.write_number(row, c + 2, f64::from(f.result.assessed))?;
        let shown = exact::round_scaled(f.result.nilai, 2) as f64 / 100.0;
        ws.write_number_with_format(row, c + 3, shown, &two)?;
        ws.write_string(row, c + 4, exact::exact_text(f.result.nilai, '.'))?;
        ws.write_string(row, c + 5, f.result.predikat.name())?;
        ws.write_string(row, c + 6, gap_note(lang, f.result).unwrap_or_default())?;
    }
    ws.set_column_width(0, 28)?;
    ws.set_column_width(1, 24)?;
    ws.set_column_width(2, 20)?;
    ws.set_freeze_panes(1, 2)?;
    Ok(book.save_to_buffer()?)
}

/// The rekap of a forms run's forms (each with its source) in a rekap format.
pub fn rekap(
    lang: Lang,
    scored: &[(std::sync::Arc<str>, crate::forms::ScoredForm)],
    format: super::rekap::RekapFormat,
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    use super::rekap::RekapFormat;
    let forms: Vec<RekapForm<'_>> = scored
        .iter()
        .map(|(source, form)| match form {
            crate::forms::ScoredForm::Evaluasi(sheet, result) => RekapForm { source, sheet, result },
        })
        .collect();
    Ok(match format {
        RekapFormat::Csv => rekap_csv(lang, &forms, dialect),
        RekapFormat::Json => rekap_json(&forms),
        RekapFormat::Jsonl => {
            let mut out = Vec::new();
            for f in &forms {
                serde_json::to_writer(&mut out, &json_value(f.source, f.sheet, f.result))?;
                out.push(b'\n');
            }
            out
        }
        RekapFormat::Xlsx => rekap_xlsx(lang, &forms)?,
    })
}
