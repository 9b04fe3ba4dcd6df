//! The report through the pipeline: each worker works out an assessed teacher's pages and
//! summary line (or a form's page), in the run's language; the command lays them out in
//! input order.

use std::sync::Arc;

use crate::core::teacher::Field;
use crate::forms::ScoredForm;
use crate::lang::Lang;
use crate::pipeline::{Encoder, Failure, Origin, Row};
use crate::sheet::Instruments;

use super::{SummaryRow, TeacherPages};
use crate::render::forms::{self, Printed};

/// What the report gets from one teacher or form.
pub enum Item {
    /// An assessed teacher: the pages and the summary line.
    Teacher { pages: Box<TeacherPages>, row: SummaryRow, school: School },
    /// A teacher not yet assessed: nama, NIP and where, for the summary.
    Unassessed { nama: String, nip: String, source: String, school: School },
    /// A standalone form's page, and where it came from.
    Form { printed: Box<Printed>, source: Arc<str> },
}

/// The school and period a teacher's sheet names (empty when it names none).
#[derive(Debug, Clone, Default)]
pub struct School {
    pub sekolah: String,
    pub periode: String,
}

/// Works out pages in one language.
pub struct ReportEncoder<'a> {
    lang: Lang,
    instruments: &'a Instruments,
}

impl<'a> ReportEncoder<'a> {
    pub fn new(lang: Lang, instruments: &'a Instruments) -> ReportEncoder<'a> {
        ReportEncoder { lang, instruments }
    }
}

impl Encoder for ReportEncoder<'_> {
    type State = ();
    type Batch = Vec<Item>;

    fn state(&self) {}

    fn batch(&self, _buffer: Vec<u8>, _input_bytes: usize) -> Vec<Item> {
        Vec::new()
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        _state: &mut (),
        out: &mut Vec<Item>,
        _problems: &mut Vec<Failure>,
        r: &Row<'_, S>,
    ) -> bool {
        let source = match r.origin.line {
            Some(l) => format!("{}:{l}", r.origin.file),
            None => r.origin.file.to_string(),
        };
        let t = r.teacher;
        let school = School {
            sekolah: t.sekolah.as_ref().map_or("", |s| s.as_ref().trim()).to_string(),
            periode: t.appraisal_str(Field::Periode).to_string(),
        };
        match r.result.map(|o| o.assessment()) {
            None => out.push(Item::Unassessed {
                nama: t.nama_str().trim().to_string(),
                nip: t.nip_str().trim().to_string(),
                source,
                school,
            }),
            Some(a) => {
                let pages = TeacherPages::new(self.lang, &source, r, self.instruments.get(r.jenis), &a);
                let row = SummaryRow::new(&pages, &a);
                out.push(Item::Teacher { pages: Box::new(pages), row, school });
            }
        }
        false
    }

    fn form(
        &self,
        _state: &mut (),
        out: &mut Vec<Item>,
        _problems: &mut Vec<Failure>,
        origin: Origin<'_>,
        form: &ScoredForm,
    ) -> bool {
        let printed = forms::printed(self.lang, form);
        out.push(Item::Form { printed: Box::new(printed), source: Arc::from(origin.file) });
        false
    }
}
