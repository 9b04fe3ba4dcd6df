//! The JSON exporter: the document's body under its schema id, pretty-printed, one final
//! newline.

use serde::Serialize;

use crate::lang::Lang;

use super::{Document, ExportError, Exporter, schema};

/// JSON, `"schema": "pkguru/<name>/1"` first.
pub struct Json;

#[derive(Serialize)]
struct Envelope<B> {
    schema: String,
    #[serde(flatten)]
    body: B,
}

impl Exporter for Json {
    fn export<D: Document>(&self, _lang: Lang, doc: &D) -> Result<Vec<u8>, ExportError> {
        to_vec(D::NAME, &doc.json())
    }
}

/// `body` as a pretty JSON document under the schema id `pkguru/<name>/1`.
pub fn to_vec(name: &str, body: &impl Serialize) -> Result<Vec<u8>, ExportError> {
    let mut out = serde_json::to_vec_pretty(&Envelope { schema: schema(name), body })?;
    out.push(b'\n');
    Ok(out)
}

/// A document under its schema id, for a document that is one item of a larger one (a rekap
/// as a JSON array of results).
pub fn enveloped<B: Serialize>(name: &str, body: B) -> impl Serialize {
    Envelope { schema: schema(name), body }
}

/// An object whose keys are data (identity fields, indicator ids), in the order given.
pub struct Object<K, V>(pub Vec<(K, V)>);

impl<K: Serialize, V: Serialize> Serialize for Object<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}
