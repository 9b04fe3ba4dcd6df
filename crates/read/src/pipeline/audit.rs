//! `check`'s encoder: the results typed into a sheet (jumlah, nilai, predikat, angka kredit)
//! against the computed ones, each mismatch a problem located at the field's line.

use std::sync::Arc;

use crate::core::audit;
use crate::sheet::{Problem, ProblemKind};

use super::{Encoder, Failure, Row, Severity};

/// Audits every teacher; a batch is how many teachers carried typed-in results.
pub struct Audit;

impl Encoder for Audit {
    type State = ();
    type Batch = u64;

    fn state(&self) {}

    fn batch(&self, _buffer: Vec<u8>, _input_bytes: usize) -> u64 {
        0
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        _state: &mut (),
        audited: &mut u64,
        problems: &mut Vec<Failure>,
        r: &Row<'_, S>,
    ) -> bool {
        let Some(result) = r.result else { return false };
        if !r.teacher.claimed.is_empty() {
            *audited += 1;
        }
        let mismatches = audit::audit(&r.teacher.claimed, &result.assessment());
        if mismatches.is_empty() {
            return false;
        }
        let file: Arc<str> = Arc::from(r.origin.file);
        for m in mismatches {
            let field = m.field();
            let problem = Problem::new(r.line_of(field), Some(field.key().into()), ProblemKind::Audit(m));
            problems.push(Failure::new(&file, problem, Severity::Error));
        }
        true
    }
}
