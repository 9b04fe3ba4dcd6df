//! The outputs of the standalone form kinds (`crate::forms::FormKind`), one file per kind, and
//! the one place they are told apart: every command asks here for a kind's template, a
//! scored form's terminal table and JSON, the rekap of many forms, and the printed page, so a
//! new kind is added here and in its own file (ARCHITECTURE.md has the recipe).

pub mod evaluasi;

use std::sync::Arc;

use anyhow::{Result, bail};

use crate::core::evaluasi::Form;
use crate::forms::{FormKind, ScoredForm};
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
    }
}

/// Whether the kind has another form that `variant` asks for.
pub fn has_variant(kind: FormKind) -> bool {
    match kind {
        FormKind::Evaluasi => true,
    }
}

/// One scored form for a person at a terminal.
pub fn table(lang: Lang, form: &ScoredForm) -> String {
    match form {
        ScoredForm::Evaluasi(sheet, result) => evaluasi::table(lang, sheet, result),
    }
}

/// One scored form as JSON (under the kind's schema id).
pub fn json(source: &str, form: &ScoredForm) -> String {
    match form {
        ScoredForm::Evaluasi(sheet, result) => evaluasi::json(source, sheet, result),
    }
}

/// The rekap of many forms (each with its source), all of one kind, in a rekap format.
pub fn rekap(
    lang: Lang,
    forms: &[(Arc<str>, ScoredForm)],
    format: RekapFormat,
    dialect: CsvDialect,
) -> Result<Vec<u8>> {
    let Some(kind) = forms.first().map(|(_, f)| f.kind()) else {
        return evaluasi::rekap(lang, &[], format, dialect);
    };
    if forms.iter().any(|(_, f)| f.kind() != kind) {
        bail!(crate::i18n::err_forms_mixed(lang));
    }
    match kind {
        FormKind::Evaluasi => {
            let rows: Vec<evaluasi::RekapForm<'_>> = forms
                .iter()
                .map(|(source, form)| match form {
                    ScoredForm::Evaluasi(sheet, result) => evaluasi::RekapForm { source, sheet, result },
                })
                .collect();
            evaluasi::rekap(lang, &rows, format, dialect)
        }
    }
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
    };
    let (nama, nip) = (form.identity("nama"), form.identity("nip"));
    Printed { kind: form.kind(), page, who: who(nama, nip), file_stem: file_stem(form) }
}

/// A kind's title, as printed forms and their footers name it.
pub fn title(lang: Lang, kind: FormKind) -> &'static str {
    match kind {
        FormKind::Evaluasi => crate::i18n::ev_title(lang),
    }
}

/// `NIP_nama` of a form, safe on every file system; the kind's code when both are empty.
fn file_stem(form: &ScoredForm) -> String {
    let raw = format!("{}_{}", form.identity("nip"), form.identity("nama"));
    let stem: String = raw
        .trim_matches('_')
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' })
        .collect();
    if stem.is_empty() { form.kind().code().to_string() } else { stem }
}
