//! A school's own scheme in every output: the blank sheets (`pkguru skema template`: the
//! one-teacher form and the school's wide form, CSV and XLSX with the scale as a drop-down),
//! one scored sheet (terminal table with the working, JSON), the rekap of many sheets of one
//! scheme (CSV, JSON, XLSX), and the printed sheet for `report`.

use std::fmt::Write as _;

use anyhow::{Result, bail};
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook};
use serde::Serialize;

use crate::core::exact::{self, Exact};
use crate::core::skema::{Aggregate, Scale, Scheme, SkemaResult};
use crate::forms::skema::{IDENTITY, SkemaSheet};
use crate::i18n;
use crate::lang::Lang;
use crate::render::blocks::{Align, Block, Col, Page, Width};
use crate::render::csv::CsvDialect;
use crate::render::export::json::{self, Object};
use crate::render::export::{Cell, Column, Print, Table};
use crate::render::rekap::RekapFormat;

/// A value 0–100 or a weight, for people.
fn num(lang: Lang, x: Exact) -> String {
    i18n::sk_num(lang, x)
}

/// A value with 2 decimals, as the nilai is shown.
fn two(lang: Lang, x: Exact) -> String {
    exact::fixed(x, 2, lang.decimal_sep())
}

/// How a value is written in a sheet: the number, or `ya`/`tidak`.
fn shown(lang: Lang, scale: Scale, v: u8) -> String {
    match scale {
        Scale::YesNo if v == 1 => i18n::sk_yes(lang).into(),
        Scale::YesNo => i18n::sk_no(lang).into(),
        Scale::Range { .. } => v.to_string(),
    }
}

/// The drop-down values of a scale.
fn choices(scale: Scale) -> Vec<String> {
    match scale {
        Scale::YesNo => vec!["ya".into(), "tidak".into()],
        Scale::Range { .. } => scale.values().iter().map(u8::to_string).collect(),
    }
}

/// The one-teacher CSV sheet: the `skema` row, identity rows, one row per indicator.
pub fn template_csv(lang: Lang, s: &Scheme, dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    w.write_record(["id", "aspek", "uraian", "skor"])?;
    // A scheme's texts are the school's: made inert where a spreadsheet would run them.
    use super::super::csv::neutral;
    w.write_record(["skema", i18n::sk_identity(lang), &neutral(&s.name), s.id.as_str()])?;
    for key in IDENTITY {
        w.write_record([key, i18n::sk_identity(lang), i18n::sk_identity_label(lang, key), ""])?;
    }
    for a in &s.aspects {
        for i in &a.indicators {
            let text = format!("{} ({} {})", i.text, i18n::sk_scale(lang).to_lowercase(), i.scale.code());
            w.write_record([i.id.as_str(), &neutral(&a.name), &neutral(&text), ""])?;
        }
    }
    Ok(dialect.finish(w)?)
}

/// The school's wide CSV sheet: the header only.
pub fn template_wide_csv(s: &Scheme, dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    let mut head: Vec<&str> = vec!["skema"];
    head.extend(IDENTITY);
    head.extend(s.indicators().map(|(_, i)| i.id.as_str()));
    w.write_record(head)?;
    Ok(dialect.finish(w)?)
}

/// The XLSX sheet, one-teacher or wide: a title and the rule above the table, the scale of
/// each indicator as a drop-down, NIPs as text.
pub fn template_xlsx(lang: Lang, s: &Scheme, wide: bool) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("skema")?;
    let title = Format::new().set_bold().set_font_size(13);
    let note = Format::new().set_italic().set_font_color("#595959");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let text = Format::new().set_num_format("@");
    let bold = crate::render::xlsx::bold();
    ws.write_string_with_format(0, 0, &s.name, &title)?;
    ws.write_string_with_format(
        1,
        0,
        if wide { i18n::sk_fill_wide(lang) } else { i18n::sk_fill(lang) },
        &note,
    )?;
    let header = 3;
    if wide {
        let mut col = 0u16;
        for h in std::iter::once("skema").chain(IDENTITY) {
            ws.write_string_with_format(header, col, h, &bold)?;
            col += 1;
        }
        for (c, (_, i)) in s.indicators().enumerate() {
            let c = col + c as u16;
            ws.write_string_with_format(header, c, &i.id, &bold)?;
            let list: Vec<String> = choices(i.scale);
            let v = DataValidation::new()
                .allow_list_strings(&list.iter().map(String::as_str).collect::<Vec<_>>())?;
            ws.add_data_validation(header + 1, c, header + 500, c, &v)?;
            ws.set_column_width(c, 7)?;
        }
        for r in header + 1..=header + 500 {
            ws.write_string(r, 0, &s.id)?;
        }
        for (c, key) in IDENTITY.iter().enumerate() {
            if key.starts_with("nip") {
                ws.set_column_format(1 + c as u16, &text)?;
            }
            ws.set_column_width(1 + c as u16, if *key == "nama" { 24 } else { 14 })?;
        }
        ws.set_freeze_panes(header + 1, 3)?;
        ws.set_landscape();
    } else {
        for (c, h) in ["id", "aspek", "uraian", "skor"].iter().enumerate() {
            ws.write_string_with_format(header, c as u16, *h, &bold)?;
        }
        let mut row = header + 1;
        ws.write_string(row, 0, "skema")?;
        ws.write_string(row, 1, i18n::sk_identity(lang))?;
        ws.write_string(row, 2, &s.name)?;
        ws.write_string(row, 3, &s.id)?;
        row += 1;
        for key in IDENTITY {
            ws.write_string(row, 0, key)?;
            ws.write_string(row, 1, i18n::sk_identity(lang))?;
            ws.write_string(row, 2, i18n::sk_identity_label(lang, key))?;
            if key.starts_with("nip") {
                ws.write_blank(row, 3, &text)?;
            }
            row += 1;
        }
        for a in &s.aspects {
            for i in &a.indicators {
                ws.write_string_with_format(row, 0, &i.id, &wrap)?;
                ws.write_string_with_format(row, 1, &a.name, &wrap)?;
                ws.write_string_with_format(row, 2, format!("{} ({})", i.text, i.scale.code()), &wrap)?;
                let list: Vec<String> = choices(i.scale);
                let v = DataValidation::new()
                    .allow_list_strings(&list.iter().map(String::as_str).collect::<Vec<_>>())?;
                ws.add_data_validation(row, 3, row, 3, &v)?;
                row += 1;
            }
        }
        for (c, w) in [8.0, 20.0, 58.0, 9.0].iter().enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
        ws.set_freeze_panes(header + 1, 0)?;
        ws.set_portrait();
    }
    ws.set_paper_size(9).set_print_fit_to_pages(1, 0).set_print_gridlines(true);
    ws.set_repeat_rows(header, header)?;
    Ok(book.save_to_buffer()?)
}

/// The working: each aspect's value from its indicators, then the nilai from the aspects.
pub fn working(lang: Lang, sheet: &SkemaSheet, r: &SkemaResult) -> Vec<(String, String)> {
    let s = &sheet.scheme;
    let mut out = Vec::new();
    let mut at = 0;
    for (a, value) in s.aspects.iter().zip(&r.aspects) {
        let vals = &sheet.values[at..at + a.indicators.len()];
        at += a.indicators.len();
        let terms: Vec<String> = a
            .indicators
            .iter()
            .zip(vals)
            .map(|(i, v)| {
                let (min, max) = i.scale.bounds();
                format!("({}−{min})/{}", v.unwrap_or(min), max - min)
            })
            .collect();
        let line = match a.aggregate {
            Aggregate::Mean => {
                format!("[{}] / {} × 100 = {}", terms.join(" + "), a.indicators.len(), num(lang, *value))
            }
            Aggregate::Sum => {
                let got: Vec<String> = a
                    .indicators
                    .iter()
                    .zip(vals)
                    .map(|(i, v)| (i64::from(v.unwrap_or(0)) - i64::from(i.scale.bounds().0)).to_string())
                    .collect();
                let span: i64 =
                    a.indicators.iter().map(|i| i64::from(i.scale.bounds().1 - i.scale.bounds().0)).sum();
                format!("({}) / {span} × 100 = {}", got.join(" + "), num(lang, *value))
            }
        };
        out.push((format!("{} ({})", a.name, a.aggregate.code()), line));
    }
    let terms: Vec<String> = r
        .weights
        .iter()
        .zip(&r.aspects)
        .map(|(w, v)| format!("{} % × {}", num(lang, *w), num(lang, *v)))
        .collect();
    out.push((i18n::sk_nilai(lang).into(), format!("{} = {}", terms.join(" + "), num(lang, r.nilai))));
    out
}

/// One scored sheet for the terminal: identity, the scores, the working, the nilai.
pub fn table(lang: Lang, sheet: &SkemaSheet, r: &SkemaResult) -> String {
    let s = &sheet.scheme;
    let mut out = format!("{}\n", s.name);
    let width = IDENTITY.iter().map(|k| i18n::sk_identity_label(lang, k).chars().count()).max().unwrap_or(0);
    for key in IDENTITY {
        let v = sheet.identity(key);
        if !v.is_empty() {
            let _ = writeln!(out, "{:width$} : {v}", i18n::sk_identity_label(lang, key));
        }
    }
    out.push('\n');
    let mut slot = 0;
    for (a, (value, weight)) in s.aspects.iter().zip(r.aspects.iter().zip(&r.weights)) {
        let _ = writeln!(
            out,
            "{} — {} {} %, {} {}",
            a.name,
            i18n::sk_weight(lang).to_lowercase(),
            num(lang, *weight),
            i18n::sk_nilai(lang).to_lowercase(),
            two(lang, *value)
        );
        for i in &a.indicators {
            let v = sheet.values[slot].map_or_else(|| "–".to_string(), |v| shown(lang, i.scale, v));
            slot += 1;
            let _ = writeln!(out, "  {:<6} {:<56} {:>6}", i.id, i.text, v);
        }
    }
    let _ = writeln!(out, "\n{}:", i18n::sk_working(lang));
    for (label, line) in working(lang, sheet, r) {
        let _ = writeln!(out, "  {label}: {line}");
    }
    let _ = writeln!(
        out,
        "\n{:<10} {} ({})",
        i18n::sk_nilai(lang),
        two(lang, r.nilai),
        exact::exact_text(r.nilai, lang.decimal_sep())
    );
    let _ = writeln!(out, "{:<10} {}", i18n::sk_predikat(lang), s.bands[r.band].name);
    out
}

#[derive(Serialize)]
struct AspectJson<'a> {
    id: &'a str,
    nama: &'a str,
    agregasi: &'static str,
    bobot: f64,
    bobot_tepat: String,
    nilai: f64,
    nilai_tepat: String,
}

/// One scored sheet (`pkguru/skema-hasil/1`).
#[derive(Serialize)]
struct HasilJson<'a> {
    sumber: &'a str,
    skema: &'a str,
    nama_skema: &'a str,
    identitas: Object<&'static str, Option<&'a str>>,
    skor: Object<&'a str, Option<u8>>,
    aspek: Vec<AspectJson<'a>>,
    nilai: f64,
    nilai_tepat: String,
    nilai_tampil: String,
    predikat: &'a str,
}

/// The schema name of one scored sheet.
const HASIL: &str = "skema-hasil";

fn hasil<'a>(source: &'a str, sheet: &'a SkemaSheet, r: &'a SkemaResult) -> HasilJson<'a> {
    let s = &sheet.scheme;
    HasilJson {
        sumber: source,
        skema: &s.id,
        nama_skema: &s.name,
        identitas: Object(
            IDENTITY.iter().map(|k| (*k, Some(sheet.identity(k)).filter(|v| !v.is_empty()))).collect(),
        ),
        skor: Object(s.indicators().zip(&sheet.values).map(|((_, i), v)| (i.id.as_str(), *v)).collect()),
        aspek: s
            .aspects
            .iter()
            .zip(r.aspects.iter().zip(&r.weights))
            .map(|(a, (v, w))| AspectJson {
                id: &a.id,
                nama: &a.name,
                agregasi: a.aggregate.code(),
                bobot: exact::to_f64(*w),
                bobot_tepat: exact::exact_text(*w, '.'),
                nilai: exact::to_f64(*v),
                nilai_tepat: exact::exact_text(*v, '.'),
            })
            .collect(),
        nilai: exact::to_f64(r.nilai),
        nilai_tepat: exact::exact_text(r.nilai, '.'),
        nilai_tampil: exact::fixed(r.nilai, 2, '.'),
        predikat: &s.bands[r.band].name,
    }
}

/// One scored sheet as JSON.
pub fn json_text(source: &str, sheet: &SkemaSheet, r: &SkemaResult) -> String {
    String::from_utf8(json::to_vec(HASIL, &hasil(source, sheet, r)).unwrap_or_default()).unwrap_or_default()
}

/// One sheet of a rekap: where it came from, the sheet and its result.
pub struct RekapSheet<'a> {
    pub source: &'a str,
    pub sheet: &'a SkemaSheet,
    pub result: &'a SkemaResult,
}

fn rekap_table(lang: Lang, s: &Scheme, rows: &[RekapSheet<'_>]) -> Table<'static> {
    let mut columns: Vec<Column> = ["sumber", "skema"].map(Column::new).to_vec();
    columns.extend(IDENTITY.map(Column::new));
    columns[0].width = Some(28.0);
    columns[2].width = Some(24.0);
    columns.extend(s.indicators().map(|(_, i)| Column::new(i.id.clone()).width(7.0)));
    columns.extend(s.aspects.iter().map(|a| Column::new(a.id.clone()).number_format("0.00")));
    columns.push(Column::new("nilai").number_format("0.00"));
    columns.extend(["nilai_tepat", "predikat"].map(Column::new));
    let rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|f| {
            let mut row = vec![Cell::text(f.source), Cell::text(s.id.as_str())];
            row.extend(IDENTITY.map(|k| {
                if k.starts_with("nip") {
                    Cell::Id(f.sheet.identity(k).into())
                } else {
                    Cell::text(f.sheet.identity(k))
                }
            }));
            row.extend(f.sheet.values.iter().map(|v| v.map_or(Cell::Blank, |v| Cell::Int(i64::from(v)))));
            row.extend(f.result.aspects.iter().map(|v| Cell::Fixed(*v, 2)));
            row.extend([
                Cell::Fixed(f.result.nilai, 2),
                Cell::Exact(f.result.nilai),
                Cell::text(s.bands[f.result.band].name.as_str()),
            ]);
            row
        })
        .collect();
    let _ = lang;
    Table {
        name: format!("rekap-{}", s.id),
        columns,
        rows: rows.into(),
        print: Print { frozen_columns: 3, ..Print::default() },
        ..Table::default()
    }
}

/// The rekap of sheets of one scheme: CSV and XLSX as one table, JSON as an array (JSON
/// Lines: one a line) of the results.
pub fn rekap(
    lang: Lang,
    rows: &[RekapSheet<'_>],
    format: RekapFormat,
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    let Some(first) = rows.first() else { return Ok(Vec::new()) };
    let scheme = &first.sheet.scheme;
    if rows.iter().any(|r| r.sheet.scheme.id != scheme.id) {
        bail!(i18n::err_forms_mixed(lang));
    }
    let results = rows.iter().map(|f| json::enveloped(HASIL, hasil(f.source, f.sheet, f.result)));
    super::rekap_bytes(format, dialect, || rekap_table(lang, scheme, rows), results)
}

/// The printed sheet: identity, the indicators with their scores per aspect, the aspects'
/// values and weights, the working, the nilai and predikat, the signatures.
pub fn page(lang: Lang, sheet: &SkemaSheet, r: &SkemaResult) -> Page<'static> {
    let s = &sheet.scheme;
    let who = crate::render::blocks::who(sheet.identity("nama"), sheet.identity("nip"));
    let identity: Vec<(&str, String)> = IDENTITY
        .iter()
        .filter(|k| !matches!(**k, "tempat" | "tanggal"))
        .map(|k| (i18n::sk_identity_label(lang, k), sheet.identity(k).to_string()))
        .collect();
    let mut rows = Vec::new();
    let mut slot = 0;
    for a in &s.aspects {
        for i in &a.indicators {
            let v = sheet.values[slot].map_or_else(|| "–".to_string(), |v| shown(lang, i.scale, v));
            slot += 1;
            rows.push(vec![i.id.clone(), a.name.clone(), i.text.clone(), i.scale.code(), v]);
        }
    }
    let aspects = s
        .aspects
        .iter()
        .zip(r.aspects.iter().zip(&r.weights))
        .map(|(a, (v, w))| vec![a.name.clone(), format!("{} %", num(lang, *w)), two(lang, *v)])
        .collect();
    let mut blocks = vec![
        Block::Head { over: Some(s.id.clone()), title: s.name.clone(), who },
        Block::rows(&identity),
        Block::Table {
            cols: vec![
                Col::new("ID", Align::Center, Width::Mm(11.0)),
                Col::new(i18n::sk_aspect(lang), Align::Left, Width::Mm(32.0)),
                Col::new(i18n::sk_indicator(lang), Align::Left, Width::Rest),
                Col::new(i18n::sk_scale(lang), Align::Center, Width::Mm(17.0)),
                Col::new(i18n::sk_score(lang), Align::Center, Width::Mm(13.0)),
            ],
            rows,
        },
        Block::Table {
            cols: vec![
                Col::new(i18n::sk_aspect(lang), Align::Left, Width::Rest),
                Col::new(i18n::sk_weight(lang), Align::Right, Width::Mm(20.0)),
                Col::new(i18n::sk_value(lang), Align::Right, Width::Mm(36.0)),
            ],
            rows: aspects,
        },
        Block::Rows {
            rows: vec![
                (i18n::sk_nilai(lang).into(), two(lang, r.nilai)),
                (i18n::sk_predikat(lang).into(), s.bands[r.band].name.clone()),
            ],
            strong: true,
        },
        Block::H2(i18n::sk_working(lang).into()),
        Block::Small(working(lang, sheet, r).into_iter().map(|(l, w)| format!("{l}: {w}")).collect()),
    ];
    let mut small = Vec::new();
    if !s.source.is_empty() {
        small.push(format!("{}: {}", i18n::sk_source(lang), s.source));
    }
    if !s.note.is_empty() {
        small.push(format!("{}: {}", i18n::sk_note(lang), s.note));
    }
    if !small.is_empty() {
        blocks.push(Block::Small(small));
    }
    let (tempat, tanggal) = (sheet.identity("tempat"), sheet.identity("tanggal"));
    let blank = i18n::rp_blank(lang);
    blocks.push(Block::PlaceDate(i18n::place_date(lang, tempat, tanggal)));
    let name = |n: &str| if n.is_empty() { blank.to_string() } else { n.to_string() };
    blocks.push(Block::signatures(
        blank,
        &[
            (i18n::rp_teacher(lang), name(sheet.identity("nama")), sheet.identity("nip").to_string()),
            (
                i18n::rp_assessor(lang),
                name(sheet.identity("penilai")),
                sheet.identity("nip_penilai").to_string(),
            ),
        ],
    ));
    Page { kind: "skema", blocks }
}
