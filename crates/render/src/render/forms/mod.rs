//! The outputs of the standalone form kinds (`crate::forms::FormKind`), one file per kind, and
//! the one place they are told apart: every command asks here for a kind's template, a
//! scored form's terminal table and JSON, the rekap of many forms, and the printed page, so a
//! new kind is added here and in its own file (ARCHITECTURE.md has the recipe).

pub mod evaluasi;
pub mod skema;

use anyhow::{Result, bail};

use crate::core::evaluasi::Form;
use crate::forms::{FormKind, ScoredForm, Sourced};
use crate::lang::Lang;

use super::blocks::{Page, who};
use super::csv::CsvDialect;
use super::export::Format;
use super::rekap::RekapFormat;

/// A blank form of a kind to fill in, as CSV, JSON or XLSX; `variant` asks for the kind's
/// other form where it has one (evaluasi diri: the vocational form).
pub fn template(
    lang: Lang,
    kind: FormKind,
    variant: bool,
    format: Format,
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    match kind {
        FormKind::Evaluasi => {
            let form = if variant { Form::Kejuruan } else { Form::Umum };
            match format {
                Format::Json => evaluasi::template_json(form),
                Format::Xlsx => evaluasi::template_xlsx(lang, form),
                _ => evaluasi::template_csv(lang, form, dialect),
            }
        }
        // A scheme's sheet is made from its scheme: `pkguru skema template SKEMA`.
        FormKind::Skema => bail!("pkguru skema template SKEMA"),
    }
}

/// Whether the kind has another form that `variant` asks for.
pub fn has_variant(kind: FormKind) -> bool {
    match kind {
        FormKind::Evaluasi => true,
        FormKind::Skema => false,
    }
}

/// One scored form for a person at a terminal.
pub fn table(lang: Lang, form: &ScoredForm) -> String {
    match form {
        ScoredForm::Evaluasi(sheet, result) => evaluasi::table(lang, sheet, result),
        ScoredForm::Skema(sheet, result) => skema::table(lang, sheet, result),
    }
}

/// One scored form as JSON (under the kind's schema id).
pub fn json(source: &str, form: &ScoredForm) -> String {
    match form {
        ScoredForm::Evaluasi(sheet, result) => evaluasi::json(source, sheet, result),
        ScoredForm::Skema(sheet, result) => skema::json_text(source, sheet, result),
    }
}

/// The rekap of many forms (each with its source), all of one kind, in a rekap format.
pub fn rekap(lang: Lang, forms: &[Sourced], format: RekapFormat, dialect: CsvDialect) -> Result<Vec<u8>> {
    let Some(kind) = forms.first().map(|(_, f)| f.kind()) else { return Ok(Vec::new()) };
    if forms.iter().any(|(_, f)| f.kind() != kind) {
        bail!(crate::i18n::err_forms_mixed(lang));
    }
    match kind {
        FormKind::Evaluasi => {
            let rows: Vec<evaluasi::RekapForm<'_>> = forms
                .iter()
                .filter_map(|(source, form)| match form {
                    ScoredForm::Evaluasi(sheet, result) => {
                        Some(evaluasi::RekapForm { source, sheet, result })
                    }
                    _ => None,
                })
                .collect();
            evaluasi::rekap(lang, &rows, format, dialect)
        }
        FormKind::Skema => {
            let rows: Vec<skema::RekapSheet<'_>> = forms
                .iter()
                .filter_map(|(source, form)| match form {
                    ScoredForm::Skema(sheet, result) => Some(skema::RekapSheet { source, sheet, result }),
                    _ => None,
                })
                .collect();
            skema::rekap(lang, &rows, format, dialect)
        }
    }
}

/// How many forms fell in each band, the bands of each scheme in their order (highest first),
/// a band no form fell in counted 0.
pub fn band_counts(forms: &[Sourced]) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = Vec::new();
    for (_, f) in forms {
        let names: Vec<String> = match f {
            ScoredForm::Skema(s, _) => s.scheme.bands.iter().map(|b| b.name.clone()).collect(),
            _ => crate::core::predikat::Predikat::ALL.iter().map(|p| p.name().to_string()).collect(),
        };
        for n in names {
            if !out.iter().any(|(o, _)| *o == n) {
                out.push((n, 0));
            }
        }
        if let Some(slot) = out.iter_mut().find(|(o, _)| o == f.band_name()) {
            slot.1 += 1;
        }
    }
    out
}

/// A scored form as printed by `report`: its page, whom it is about, and the file name of its
/// own PDF (`--split`).
#[derive(Debug)]
pub struct Printed {
    pub kind: FormKind,
    pub page: Page<'static>,
    pub who: String,
    pub file_stem: String,
}

/// The printed page of a scored form.
pub fn printed(lang: Lang, form: &ScoredForm) -> Printed {
    let page = match form {
        ScoredForm::Evaluasi(sheet, result) => {
            evaluasi::page(lang, &evaluasi::FormPage::new(lang, sheet, result))
        }
        ScoredForm::Skema(sheet, result) => skema::page(lang, sheet, result),
    };
    let (nama, nip) = (form.identity("nama"), form.identity("nip"));
    Printed { kind: form.kind(), page, who: who(nama, nip), file_stem: file_stem(form) }
}

/// A kind's title, as printed forms and their footers name it.
pub fn title(lang: Lang, kind: FormKind) -> &'static str {
    match kind {
        FormKind::Evaluasi => crate::i18n::ev_title(lang),
        FormKind::Skema => crate::i18n::sk_title(lang),
    }
}

/// `NIP_nama` of a form, safe on every file system; the kind's code when both are empty.
fn file_stem(form: &ScoredForm) -> String {
    let raw = format!("{}_{}", form.identity("nip"), form.identity("nama"));
    crate::render::blocks::file_stem(&raw, form.kind().code())
}

/// Forms ranked by their nilai (`rank` on standalone forms), per kind and scheme.
pub struct FormsRanking {
    pub groups: Vec<FormGroup>,
}

/// The forms of one kind (and one scheme), highest nilai first.
pub struct FormGroup {
    /// The kind's title, or the scheme's name.
    pub title: String,
    pub rows: Vec<RankedForm>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct RankedForm {
    pub peringkat: usize,
    pub seri: bool,
    pub nama: String,
    pub nip: String,
    #[serde(serialize_with = "as_f64")]
    pub nilai: crate::core::exact::Exact,
    pub predikat: String,
    pub sumber: String,
}

fn as_f64<S: serde::Serializer>(x: &crate::core::exact::Exact, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(crate::core::exact::to_f64(*x))
}

impl FormsRanking {
    /// Ranks forms (each with its source) by nilai; ties share a place and keep input order.
    pub fn of(lang: Lang, forms: &[Sourced]) -> FormsRanking {
        let mut groups: Vec<(String, Vec<&Sourced>)> = Vec::new();
        for f in forms {
            let title = match &f.1 {
                ScoredForm::Skema(s, _) => s.scheme.name.clone(),
                other => title(lang, other.kind()).to_string(),
            };
            match groups.iter_mut().find(|(t, _)| *t == title) {
                Some((_, list)) => list.push(f),
                None => groups.push((title, vec![f])),
            }
        }
        let groups = groups
            .into_iter()
            .map(|(title, list)| {
                let values: Vec<_> = list.iter().map(|(_, f)| f.nilai()).collect();
                let positions = crate::core::ranking::positions(&values);
                let mut rows: Vec<RankedForm> = list
                    .iter()
                    .zip(positions)
                    .map(|((source, f), (peringkat, seri))| RankedForm {
                        peringkat,
                        seri,
                        nama: f.identity("nama").to_string(),
                        nip: f.identity("nip").to_string(),
                        nilai: f.nilai(),
                        predikat: f.band_name().to_string(),
                        sumber: source.to_string(),
                    })
                    .collect();
                rows.sort_by_key(|r| r.peringkat);
                FormGroup { title, rows }
            })
            .collect();
        FormsRanking { groups }
    }
}

#[derive(serde::Serialize)]
struct RankingJson<'a> {
    kelompok: Vec<GroupJson<'a>>,
}

#[derive(serde::Serialize)]
struct GroupJson<'a> {
    judul: &'a str,
    formulir: &'a [RankedForm],
}

impl super::export::Document for FormsRanking {
    const NAME: &'static str = "rank-formulir";

    fn json(&self) -> impl serde::Serialize + '_ {
        RankingJson {
            kelompok: self.groups.iter().map(|g| GroupJson { judul: &g.title, formulir: &g.rows }).collect(),
        }
    }

    fn tables(&self, lang: Lang) -> Vec<super::export::Table<'_>> {
        use super::export::{Cell, Column, Table};
        self.groups
            .iter()
            .map(|g| Table {
                name: g.title.clone(),
                title: Some(g.title.clone()),
                columns: vec![
                    Column::labelled("kelompok", crate::i18n::sk_title(lang)).width(24.0),
                    Column::labelled("peringkat", crate::i18n::rank_position(lang)).width(8.0),
                    Column::labelled("seri", crate::i18n::rank_tie(lang)).width(5.0),
                    Column::labelled("nama", crate::i18n::rank_name(lang)).width(28.0),
                    Column::new("nip").width(20.0),
                    Column::labelled("nilai", crate::i18n::rank_value(lang)).number_format("0.00"),
                    Column::new("nilai_tepat"),
                    Column::labelled("predikat", crate::i18n::sk_predikat(lang)),
                    Column::labelled("sumber", crate::i18n::rank_source(lang)).width(30.0),
                ],
                rows: g
                    .rows
                    .iter()
                    .map(|r| {
                        vec![
                            Cell::text(g.title.as_str()),
                            Cell::Int(r.peringkat as i64),
                            Cell::text(if r.seri { "=" } else { "" }),
                            Cell::text(r.nama.as_str()),
                            Cell::Id(r.nip.clone()),
                            Cell::Fixed(r.nilai, 2),
                            Cell::Exact(r.nilai),
                            Cell::text(r.predikat.as_str()),
                            Cell::text(r.sumber.as_str()),
                        ]
                    })
                    .collect::<Vec<_>>()
                    .into(),
                ..Table::default()
            })
            .collect()
    }

    /// Every group's rows in one table.
    fn flat(&self, lang: Lang) -> super::export::Table<'_> {
        let mut tables = self.tables(lang).into_iter();
        let mut first = tables.next().unwrap_or_default();
        let rows = std::mem::take(&mut first.rows);
        first.rows = super::export::Rows::lazy(rows.chain(tables.flat_map(|t| t.rows)));
        first
    }

    fn text(&self, lang: Lang, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        for (n, g) in self.groups.iter().enumerate() {
            if n > 0 {
                out.write_char('\n')?;
            }
            writeln!(out, "{} — {}", g.title, crate::i18n::rank_forms_title(lang, g.rows.len()))?;
            writeln!(
                out,
                "{:>4}  {:<28} {:<18} {:>7}  {}",
                crate::i18n::rank_position(lang),
                crate::i18n::rank_name(lang),
                "NIP",
                crate::i18n::rank_value(lang),
                crate::i18n::sk_predikat(lang)
            )?;
            for r in &g.rows {
                let pos = format!("{}{}", r.peringkat, if r.seri { "=" } else { "" });
                let nama: String = r.nama.chars().take(28).collect();
                let nilai = crate::core::exact::fixed(r.nilai, 2, lang.decimal_sep());
                writeln!(out, "{pos:>4}  {nama:<28} {:<18} {nilai:>7}  {}", r.nip, r.predikat)?;
            }
        }
        Ok(())
    }
}

/// A rekap of forms in a rekap format: CSV and XLSX as the one `table`, JSON as an array
/// (JSON Lines: one a line) of the `results`.
pub(crate) fn rekap_bytes<T: serde::Serialize>(
    format: RekapFormat,
    dialect: CsvDialect,
    table: impl FnOnce() -> super::export::Table<'static>,
    results: impl Iterator<Item = T>,
) -> Result<Vec<u8>> {
    Ok(match format {
        RekapFormat::Csv => super::export::csv::table(dialect, table()),
        RekapFormat::Json => {
            let mut out = serde_json::to_vec_pretty(&results.collect::<Vec<_>>())?;
            out.push(b'\n');
            out
        }
        RekapFormat::Jsonl => {
            let mut out = Vec::new();
            for r in results {
                serde_json::to_writer(&mut out, &r)?;
                out.push(b'\n');
            }
            out
        }
        RekapFormat::Xlsx => super::export::xlsx::workbook(vec![table()])?,
    })
}
