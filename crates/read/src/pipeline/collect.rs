//! An encoder that keeps what it is given: the scored standalone forms of a forms run, with
//! where each came from (forms are one small file per teacher; their outputs are made once
//! all are read).

use std::sync::Arc;

use crate::forms::ScoredForm;

use super::{Encoder, Failure, Origin, Row};

/// Keeps every scored form; a PK Guru teacher never reaches it (forms runs read only forms).
pub struct Forms;

impl Encoder for Forms {
    type State = ();
    type Batch = Vec<(Arc<str>, ScoredForm)>;

    fn state(&self) {}

    fn batch(&self, _buffer: Vec<u8>, _input_bytes: usize) -> Self::Batch {
        Vec::new()
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        _: &mut (),
        _: &mut Self::Batch,
        _: &mut Vec<Failure>,
        _: &Row<'_, S>,
    ) -> bool {
        false
    }

    fn form(
        &self,
        _state: &mut (),
        out: &mut Self::Batch,
        _problems: &mut Vec<Failure>,
        origin: Origin<'_>,
        form: &ScoredForm,
    ) -> bool {
        let source = match origin.line {
            Some(l) => Arc::from(format!("{}:{l}", origin.file)),
            None => Arc::from(origin.file),
        };
        out.push((source, form.clone()));
        false
    }
}

/// One teacher to rank: who, from where, by which instrument, and the competency values on
/// their scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub jenis: crate::core::instrument::Jenis,
    /// The values' scale: 4 from score sheets; a values table's own.
    pub scale: u8,
    pub nip: String,
    pub nama: String,
    /// `file:line`, or the file.
    pub source: String,
    pub values: Vec<u8>,
}

/// Keeps the competency values of every assessed teacher and of every row of a values table
/// (whose values are on a scale of 1 to `scale`).
pub struct Competencies {
    pub scale: u8,
}

impl Encoder for Competencies {
    type State = ();
    type Batch = Vec<Candidate>;

    fn state(&self) {}

    fn batch(&self, _buffer: Vec<u8>, _input_bytes: usize) -> Self::Batch {
        Vec::new()
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        _state: &mut (),
        out: &mut Self::Batch,
        _problems: &mut Vec<Failure>,
        r: &Row<'_, S>,
    ) -> bool {
        if let Some(a) = r.result {
            let source = match r.origin.line {
                Some(l) => format!("{}:{l}", r.origin.file),
                None => r.origin.file.to_string(),
            };
            out.push(Candidate {
                jenis: r.jenis,
                scale: 4,
                nip: r.teacher.nip_str().to_string(),
                nama: r.teacher.nama_str().to_string(),
                source,
                values: a.scored.values().to_vec(),
            });
        }
        false
    }

    fn values(
        &self,
        _state: &mut (),
        out: &mut Self::Batch,
        _problems: &mut Vec<Failure>,
        origin: Origin<'_>,
        row: &crate::sheet::values::ValuesRow,
    ) {
        out.push(Candidate {
            jenis: row.jenis,
            scale: self.scale,
            nip: row.nip.clone().unwrap_or_default(),
            nama: row.nama.clone().unwrap_or_default(),
            source: format!("{}:{}", origin.file, row.line),
            values: row.values.clone(),
        });
    }
}

/// A teacher read and assessed, owned: what a command about one teacher keeps.
#[derive(Debug, Clone)]
pub struct Assessed {
    /// The input, or `file[worksheet]`.
    pub file: String,
    pub line: Option<u64>,
    pub teacher: crate::core::teacher::Teacher<String>,
    pub jenis: crate::core::instrument::Jenis,
    pub scores: Vec<crate::core::scoring::Score>,
    /// `None`: not yet assessed (every score blank); the diagnosis is the first warning.
    pub assessment: Option<crate::core::assessment::Assessment>,
    pub warnings: Vec<crate::sheet::Problem>,
    pub notes: Vec<(crate::core::instrument::IndicatorId, String)>,
    pub pkb_note: Option<crate::core::assessment::Note>,
}

/// Keeps every teacher, owned.
pub struct Teachers;

impl Encoder for Teachers {
    type State = ();
    type Batch = Vec<Assessed>;

    fn state(&self) {}

    fn batch(&self, _buffer: Vec<u8>, _input_bytes: usize) -> Self::Batch {
        Vec::new()
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        _state: &mut (),
        out: &mut Self::Batch,
        _problems: &mut Vec<Failure>,
        r: &Row<'_, S>,
    ) -> bool {
        out.push(Assessed {
            file: r.origin.file.to_string(),
            line: r.origin.line,
            teacher: r.teacher.to_owned_teacher(),
            jenis: r.jenis,
            scores: r.scores.to_vec(),
            assessment: r.result.map(|o| o.assessment()),
            warnings: r.warnings.to_vec(),
            notes: r.notes.to_vec(),
            pkb_note: r.pkb_note.copied(),
        });
        false
    }
}
