//! The standalone form kinds pkguru scores besides PK Guru, each described once: how it is
//! recognised, read and scored. The classifier ([`crate::kind`]) asks every kind here; the
//! pipeline reads and scores a form by its kind and hands the scored form to the command's
//! encoder; the renderers describe each kind's outputs. A new kind is a variant here, its
//! reader in a file of its own in this folder, its rules in the core, and its outputs in
//! `render::forms` (ARCHITECTURE.md has the recipe).

pub mod evaluasi;
pub mod skema;

use crate::core::exact::Exact;
use crate::core::predikat::{Bands, Predikat};
use crate::sheet::{Opened, Problem, ProblemKind};
use evaluasi::EvaluasiSheet;
use skema::{Schemes, SkemaSheet};

/// A standalone form kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Evaluasi diri administrasi perencanaan pembelajaran.
    Evaluasi,
    /// A sheet of a school's own scheme (`pkguru skema`).
    Skema,
}

/// What reading a form may need besides its bytes.
#[derive(Debug, Clone, Copy)]
pub struct FormContext<'a> {
    pub bands: Bands,
    /// The schemes a sheet of a school's own scheme may name.
    pub schemes: &'a Schemes,
}

/// One form of an input (an input of a wide form holds many): the line of its row, and the
/// form scored or its problems.
pub type ReadForm = (Option<u64>, Result<ScoredForm, Vec<Problem>>);

impl FormKind {
    /// Every kind, in the order the classifier asks them.
    pub const ALL: [FormKind; 2] = [FormKind::Evaluasi, FormKind::Skema];

    /// The kind's code (as `template --jenis` names it).
    pub fn code(self) -> &'static str {
        match self {
            FormKind::Evaluasi => "evaluasi-diri",
            FormKind::Skema => "skema",
        }
    }

    /// Whether a blank form of the kind is made from a definition given by the user (a
    /// scheme file) rather than by `pkguru template`.
    pub fn needs_definition(self) -> bool {
        matches!(self, FormKind::Skema)
    }

    /// Whether an opened text is a form of this kind.
    pub fn recognises(self, opened: &Opened<'_>) -> bool {
        match self {
            FormKind::Evaluasi => evaluasi::is_form(opened),
            FormKind::Skema => skema::is_form(opened),
        }
    }

    /// Reads and scores every form of an input of this kind; the problems of each, located,
    /// when it cannot be scored.
    pub fn read(self, opened: &Opened<'_>, ctx: FormContext<'_>) -> Vec<ReadForm> {
        match self {
            FormKind::Evaluasi => {
                let one = evaluasi::read(opened).and_then(|sheet| match sheet.result(ctx.bands) {
                    Some(result) => Ok(ScoredForm::Evaluasi(Box::new(sheet), result)),
                    None => Err(vec![Problem::file(ProblemKind::EvaluasiNothingAssessed)]),
                });
                vec![(None, one)]
            }
            FormKind::Skema => skema::read(opened, ctx.schemes)
                .into_iter()
                .map(|(line, sheet)| {
                    let scored = sheet.and_then(|sheet| match sheet.result() {
                        Ok(result) => Ok(ScoredForm::Skema(Box::new(sheet), result)),
                        Err(crate::core::skema::SkemaError::Missing(ids)) => {
                            Err(vec![Problem::new(line, None, ProblemKind::SkemaBlank(ids))])
                        }
                    });
                    (line, scored)
                })
                .collect(),
        }
    }
}

/// A scored form with where it came from (`file`, `file:line`).
pub type Sourced = (std::sync::Arc<str>, ScoredForm);

/// A form read and scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoredForm {
    Evaluasi(Box<EvaluasiSheet>, crate::core::evaluasi::FormResult),
    Skema(Box<SkemaSheet>, crate::core::skema::SkemaResult),
}

impl ScoredForm {
    /// The form's kind.
    pub fn kind(&self) -> FormKind {
        match self {
            ScoredForm::Evaluasi(..) => FormKind::Evaluasi,
            ScoredForm::Skema(..) => FormKind::Skema,
        }
    }

    /// The PK Guru predikat the form gives, when its scale has them (a scheme's own band
    /// counts when it bears one of their names).
    pub fn predikat(&self) -> Option<Predikat> {
        match self {
            ScoredForm::Evaluasi(_, r) => Some(r.predikat),
            ScoredForm::Skema(s, r) => {
                let name = &s.scheme.bands[r.band].name;
                Predikat::ALL.into_iter().find(|p| p.name().eq_ignore_ascii_case(name))
            }
        }
    }

    /// The form's value on its 0–100 scale.
    pub fn nilai(&self) -> Exact {
        match self {
            ScoredForm::Evaluasi(_, r) => r.nilai,
            ScoredForm::Skema(_, r) => r.nilai,
        }
    }

    /// The name of the band the form falls in.
    pub fn band_name(&self) -> &str {
        match self {
            ScoredForm::Evaluasi(_, r) => r.predikat.name(),
            ScoredForm::Skema(s, r) => &s.scheme.bands[r.band].name,
        }
    }

    /// An identity field of the form (`nama`, `nip`, `sekolah`, …), trimmed, or empty.
    pub fn identity(&self, key: &str) -> &str {
        match self {
            ScoredForm::Evaluasi(s, _) => s.identity(key),
            ScoredForm::Skema(s, _) => s.identity(key),
        }
    }
}
