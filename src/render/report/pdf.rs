//! Typesets the report's Typst markup into a PDF, in memory, with typst as a library: the
//! fonts are embedded in the binary (typst-assets: Libertinus Serif, New Computer Modern,
//! DejaVu Sans Mono, all under open font licences), nothing is read from the system or the
//! network, and the same input gives the same bytes (no clock, a fixed document ID).

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

/// What every compilation shares: the standard library, the parsed fonts and their book, and
/// the ID of the one source (IDs are interned for the process, so it is made once).
struct Env {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Option<FileId>,
}

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
        let book = FontBook::from_fonts(&fonts);
        let main =
            VirtualPath::new("/main.typ").ok().map(|p| RootedPath::new(VirtualRoot::Project, p).intern());
        Env { library: LazyHash::new(Library::default()), book: LazyHash::new(book), fonts, main }
    })
}

/// One compilation: the shared environment and the document's markup, with no files.
struct Doc {
    env: &'static Env,
    main: Source,
}

impl World for Doc {
    fn library(&self) -> &LazyHash<Library> {
        &self.env.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.env.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        Err(FileError::NotFound(id.vpath().get_without_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.env.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The report never prints "today": no clock leaks into the document.
        None
    }
}

fn describe(diags: &[SourceDiagnostic]) -> String {
    diags.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// The PDF of a Typst document, or the typesetter's errors.
pub fn render(markup: &str) -> Result<Vec<u8>, String> {
    let env = env();
    let id = env.main.ok_or_else(|| "invalid source path".to_string())?;
    let world = Doc { env, main: Source::new(id, markup.to_string()) };
    let document = typst::compile::<PagedDocument>(&world).output.map_err(|e| describe(&e))?;
    let options = PdfOptions { ident: Smart::Custom("pkguru-laporan".into()), ..PdfOptions::default() };
    typst_pdf::pdf(&document, &options).map_err(|e| describe(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_markup_same_bytes() {
        let markup = "#set page(paper: \"a4\")\n= Laporan\nNilai 69,64";
        let a = render(markup).unwrap();
        assert!(a.starts_with(b"%PDF-"));
        assert_eq!(a, render(markup).unwrap());
    }

    #[test]
    fn errors_are_reported_not_panicked() {
        assert!(render("#let x = (").is_err());
    }
}
