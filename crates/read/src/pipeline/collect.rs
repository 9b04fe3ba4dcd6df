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

    fn batch(&self, _spare: Option<Self::Batch>, _input_bytes: usize) -> Self::Batch {
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
        out.push((Arc::from(origin.file), form.clone()));
        false
    }
}
