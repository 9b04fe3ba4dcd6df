//! The JSON exporter: the document's body under its schema id, pretty-printed, one final
//! newline, written to the output as it is serialised (an array made by [`Seq`] is never
//! held whole).

use std::io::Write;

use serde::Serialize;
use serde_json::ser::PrettyFormatter;

use crate::lang::Lang;

use super::{Document, ExportError, Exporter, Out, schema};

/// JSON, `"schema": "pkguru/<name>/1"` first.
pub struct Json;

#[derive(Serialize)]
struct Envelope<B> {
    schema: String,
    #[serde(flatten)]
    body: B,
}

impl Exporter for Json {
    fn write<D: Document>(&self, _lang: Lang, doc: &D, out: Out<'_>) -> Result<(), ExportError> {
        write(D::NAME, &doc.json(), out)
    }
}

/// Writes `body` as a pretty JSON document under the schema id `pkguru/<name>/1` to `out`,
/// piece by piece: the bytes `serde_json::to_vec_pretty` would make, and a final newline.
pub fn write(name: &str, body: &impl Serialize, out: &mut dyn Write) -> Result<(), ExportError> {
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, PrettyFormatter::new());
    Envelope { schema: schema(name), body }.serialize(&mut ser)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// `body` as a pretty JSON document under the schema id `pkguru/<name>/1`.
pub fn to_vec(name: &str, body: &impl Serialize) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::new();
    write(name, body, &mut out)?;
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

/// A JSON array whose elements are made one at a time while it is written, from the
/// iterator the function makes: the bytes of the same elements collected in a `Vec`.
pub struct Seq<F>(pub F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[derive(Serialize)]
    struct Item {
        n: u32,
        name: String,
        parts: Vec<Option<f64>>,
    }

    #[derive(Serialize)]
    struct Whole {
        items: Vec<Item>,
        empty: Vec<Item>,
        total: f64,
    }

    fn item(n: u32) -> Item {
        Item { n, name: format!("guru \"{n}\"\n"), parts: vec![Some(f64::from(n) / 3.0), None] }
    }

    /// An array made while it is written has the bytes of the same array collected first,
    /// empty or not, and the document ends with one newline.
    #[test]
    fn a_streamed_array_has_the_bytes_of_a_collected_one() {
        #[derive(Serialize)]
        struct Streamed<A, B> {
            items: A,
            empty: B,
            total: f64,
        }
        let made = Cell::new(0);
        let streamed = Streamed {
            items: Seq(|| {
                (1..=3).map(|n| {
                    made.set(made.get() + 1);
                    item(n)
                })
            }),
            empty: Seq(std::iter::empty::<Item>),
            total: 2.5,
        };
        let whole = Whole { items: (1..=3).map(item).collect(), empty: Vec::new(), total: 2.5 };
        let mut expected = serde_json::to_vec_pretty(&enveloped("contoh", &whole)).unwrap();
        expected.push(b'\n');
        let got = to_vec("contoh", &streamed).unwrap();
        assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(expected).unwrap());
        assert_eq!(made.get(), 3, "each element made once");
        assert!(to_vec("contoh", &streamed).unwrap().starts_with(b"{\n  \"schema\": \"pkguru/contoh/1\",\n"));
    }

    /// Records each write: how many bytes had arrived when the first element was made.
    struct Recorder<'a> {
        bytes: &'a Cell<usize>,
    }

    impl Write for Recorder<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.bytes.set(self.bytes.get() + buf.len());
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The document reaches the writer while it is made: by the time the last element is
    /// made, every element before it has been written (nothing waits for the end).
    #[test]
    fn elements_reach_the_writer_before_the_end() {
        let written = Cell::new(0);
        let seen_before_last = Cell::new(0);
        #[derive(Serialize)]
        struct Body<A> {
            guru: A,
        }
        let body = Body {
            guru: Seq(|| {
                (1..=1000).map(|n| {
                    if n == 1000 {
                        seen_before_last.set(written.get());
                    }
                    item(n)
                })
            }),
        };
        write("contoh", &body, &mut Recorder { bytes: &written }).unwrap();
        let total = written.get();
        let one = serde_json::to_vec_pretty(&item(999)).unwrap().len();
        assert!(
            seen_before_last.get() > 998 * one / 2,
            "{} of {total} bytes written before the last element was made",
            seen_before_last.get()
        );
        assert!(total > seen_before_last.get());
    }

    /// A failed write is an I/O error (a closed pipe is then told as one), not a JSON error.
    #[test]
    fn a_failed_write_is_an_io_error() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        match write("contoh", &item(1), &mut Closed) {
            Err(ExportError::Io(e)) => assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe),
            other => panic!("{other:?}"),
        }
    }
}
