//! The evaluasi diri form in every output: blank templates (CSV, JSON, XLSX), one scored form
//! (terminal table, JSON), the rekap of many forms (CSV, JSON, XLSX), and the printed form
//! (identity, the items with ada / tidak ada and their scores, the result, and the signature
//! of the guru pengampu beside the kepala sekolah's) as blocks for `report`.

use crate::lang::Lang;
use std::fmt::Write as _;

use anyhow::Result;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook};
use serde::Serialize;

use crate::core::evaluasi::{self, Form, FormResult, ITEMS, Mark};
use crate::core::exact::{self, Fixed};
use crate::core::predikat::Bands;
use crate::forms::evaluasi::{EvaluasiSheet, JSON_FORMAT};
use crate::i18n;

use crate::render::blocks::{Align, Block, Col, Page, Width};
use crate::render::csv::CsvDialect;
use crate::render::export::json::{self, Object};
use crate::render::export::{Cell, Column, Print, Table};

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
        ws.write_string_with_format(header, c as u16, *h, &crate::render::xlsx::bold())?;
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
fn rekap_table(lang: Lang, forms: &[RekapForm<'_>]) -> Table<'static> {
    let mut columns: Vec<Column> =
        ["sumber", "nama", "nip", "sekolah", "mapel", "kelas", "periode", "bentuk"].map(Column::new).to_vec();
    columns[0].width = Some(28.0);
    columns[1].width = Some(24.0);
    columns[2].width = Some(20.0);
    columns.extend(ITEMS.iter().map(|i| Column::new(i.code.to_ascii_lowercase()).width(6.0)));
    columns.extend(["skor", "skor_maks", "butir_dinilai"].map(Column::new));
    columns.push(Column::new("nilai").number_format("0.00"));
    columns.extend(["nilai_tepat", "predikat", "catatan"].map(Column::new));
    let rows: Vec<Vec<Cell>> = forms
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
        rows: rows.into(),
        print: Print { frozen_columns: 2, ..Print::default() },
        ..Table::default()
    }
}

/// The rekap of forms in a rekap format: CSV and XLSX as one table, JSON as an array (JSON
/// lines: one a line) of the results.
pub fn rekap(
    lang: Lang,
    forms: &[RekapForm<'_>],
    format: crate::render::rekap::RekapFormat,
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    let results = forms.iter().map(|f| json::enveloped(HASIL, hasil(f.source, f.sheet, f.result)));
    super::rekap_bytes(format, dialect, || rekap_table(lang, forms), results)
}

/// One form, worked out as text.
pub struct FormPage {
    pub who: String,
    pub form: &'static str,
    pub identity: Vec<(&'static str, String)>,
    /// No., item, ada, skor.
    pub items: Vec<(usize, String, &'static str, String)>,
    pub results: Vec<(&'static str, String)>,
    pub note: Option<String>,
    pub place_date: String,
    /// (role, name, NIP).
    pub signatures: [(&'static str, String, String); 2],
    pub vocational: bool,
    /// For `--split`: `NIP_nama`.
    pub file_stem: String,
}

impl FormPage {
    pub fn new(lang: Lang, s: &EvaluasiSheet, r: &FormResult) -> FormPage {
        let sep = lang.decimal_sep();
        let identity = ["sekolah", "nama", "nip", "mapel", "kelas", "periode"]
            .iter()
            .map(|k| (i18n::ev_identity_label(lang, k), s.identity(k).to_string()))
            .collect();
        let items = s
            .form
            .items()
            .enumerate()
            .map(|(n, item)| {
                let i = evaluasi::find(item.code).unwrap_or(0);
                let ada = match s.marks[i] {
                    Some(Mark::Ada) => i18n::ev_ada(lang),
                    Some(Mark::TidakAda) => i18n::ev_tidak_ada(lang),
                    None => "",
                };
                let skor = s.scores[i].map_or_else(|| "–".to_string(), |v| v.to_string());
                (n + 1, uraian(item), ada, skor)
            })
            .collect();
        let results = vec![
            (i18n::ev_total(lang), r.skor.to_string()),
            (i18n::ev_max(lang), format!("{} ({} × 4)", r.maks, r.assessed)),
            (i18n::ev_nilai(lang), Fixed(r.nilai, 2, sep).to_string()),
            (i18n::ev_predikat(lang), r.predikat.name().to_string()),
        ];
        let note = evaluasi::disagreement(r.nilai).map(|all| {
            let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>();
            i18n::catatan_gap_text(lang, &list.join(", "))
        });
        let (nama, nip) = (s.identity("nama").to_string(), s.identity("nip").to_string());
        let who = if nip.is_empty() { nama.clone() } else { format!("{nama} · NIP {nip}") };
        let stem: String = format!("{nip}_{nama}")
            .trim_matches('_')
            .chars()
            .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' })
            .collect();
        let (tempat, tanggal) = (s.identity("tempat"), s.identity("tanggal"));
        let place_date = i18n::place_date(lang, tempat, tanggal);
        FormPage {
            who,
            form: i18n::ev_form(lang, s.form == Form::Kejuruan),
            identity,
            items,
            results,
            note,
            place_date,
            signatures: [
                (
                    i18n::ev_mengetahui(lang),
                    s.identity("kepala_sekolah").to_string(),
                    s.identity("nip_kepala_sekolah").to_string(),
                ),
                (i18n::ev_guru(lang), nama, nip),
            ],
            vocational: s.form == Form::Kejuruan,
            file_stem: if stem.is_empty() { "evaluasi-diri".into() } else { stem },
        }
    }

    /// A name, or a line to write it on.
    fn blank(s: &str) -> String {
        if s.is_empty() { "……………………………".to_string() } else { s.to_string() }
    }
}

/// The printed form as blocks: identity, the items, the result, the signatures of the kepala
/// sekolah and the guru.
pub fn page(lang: Lang, p: &FormPage) -> Page<'static> {
    let mut small = vec![i18n::ev_rule(lang).to_string()];
    if p.vocational {
        small.push(i18n::ev_kejuruan_mark(lang).into());
    }
    let mut blocks = vec![
        Block::Head { over: Some(p.form.into()), title: i18n::ev_title(lang).into(), who: p.who.clone() },
        Block::rows(&p.identity),
        Block::Table {
            cols: vec![
                Col::new(i18n::rp_no(lang), Align::Center, Width::Mm(9.0)),
                Col::new(i18n::ev_item(lang), Align::Left, Width::Rest),
                Col::new(
                    format!("{} / {}", i18n::ev_ada(lang), i18n::ev_tidak_ada(lang)),
                    Align::Center,
                    Width::Mm(26.0),
                ),
                Col::new(i18n::ev_skor(lang), Align::Center, Width::Mm(19.0)),
            ],
            rows: p
                .items
                .iter()
                .map(|(n, item, ada, skor)| vec![n.to_string(), item.clone(), ada.to_string(), skor.clone()])
                .collect(),
        },
        Block::Small(small),
        Block::Rows {
            rows: p.results.iter().map(|(l, v)| (l.to_string(), v.clone())).collect(),
            strong: true,
        },
        Block::Small(vec![i18n::ev_bands(lang).into()]),
    ];
    if let Some(note) = &p.note {
        blocks.push(Block::Note { label: i18n::rp_catatan(lang).into(), text: note.clone() });
    }
    blocks.push(Block::PlaceDate(p.place_date.clone()));
    let signs: Vec<(&str, String, String)> =
        p.signatures.iter().map(|(r, n, nip)| (*r, FormPage::blank(n), nip.clone())).collect();
    blocks.push(Block::signatures(i18n::rp_blank(lang), &signs));
    Page { kind: "ev", blocks }
}
