//! The standalone form kinds pkguru scores besides PK Guru, each described once: how it is
//! recognised, read and scored. The classifier ([`crate::kind`]) asks every kind here; the
//! pipeline reads and scores a form by its kind and hands the scored form to the command's
//! encoder; the renderers describe each kind's outputs. A new kind is a variant here, its
//! reader beside the others in `sheet/`, its rules in the core, and its outputs in the
//! renderers (ARCHITECTURE.md has the recipe).

use crate::core::predikat::{Bands, Predikat};
pub mod evaluasi;

use crate::sheet::{Opened, Problem, ProblemKind};
use evaluasi::EvaluasiSheet;

/// A standalone form kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Evaluasi diri administrasi perencanaan pembelajaran.
    Evaluasi,
}

impl FormKind {
    /// Every kind, in the order the classifier asks them.
    pub const ALL: [FormKind; 1] = [FormKind::Evaluasi];

    /// The kind's code (as `template --jenis` names it).
    pub fn code(self) -> &'static str {
        match self {
            FormKind::Evaluasi => "evaluasi-diri",
        }
    }

    /// Whether an opened text is a form of this kind.
    pub fn recognises(self, opened: &Opened<'_>) -> bool {
        match self {
            FormKind::Evaluasi => evaluasi::is_form(opened),
        }
    }

    /// Reads and scores a form of this kind; its problems, located, when it cannot be scored.
    pub fn read(self, opened: &Opened<'_>, bands: Bands) -> Result<ScoredForm, Vec<Problem>> {
        match self {
            FormKind::Evaluasi => {
                let sheet = evaluasi::read(opened)?;
                match sheet.result(bands) {
                    Some(result) => Ok(ScoredForm::Evaluasi(Box::new(sheet), result)),
                    None => Err(vec![Problem::file(ProblemKind::EvaluasiNothingAssessed)]),
                }
            }
        }
    }
}

/// A form read and scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoredForm {
    Evaluasi(Box<EvaluasiSheet>, crate::core::evaluasi::FormResult),
}

impl ScoredForm {
    /// The form's kind.
    pub fn kind(&self) -> FormKind {
        match self {
            ScoredForm::Evaluasi(..) => FormKind::Evaluasi,
        }
    }

    /// The predikat the form gives.
    pub fn predikat(&self) -> Predikat {
        match self {
            ScoredForm::Evaluasi(_, r) => r.predikat,
        }
    }

    /// An identity field of the form (`nama`, `nip`, `sekolah`, …), trimmed, or empty.
    pub fn identity(&self, key: &str) -> &str {
        match self {
            ScoredForm::Evaluasi(s, _) => s.identity(key),
        }
    }
}
