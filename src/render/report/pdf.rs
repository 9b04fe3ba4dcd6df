//! Typesets the report's Typst markup into a PDF, in memory, with typst as a library: the
//! fonts are embedded in the binary (typst-assets: Libertinus Serif, New Computer Modern,
//! DejaVu Sans Mono, all under open font licences), nothing is read from the system or the
//! network, and the same input gives the same bytes (no clock, a fixed document ID).

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::ecow::EcoVec;
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::{Page, PagedDocument};
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

/// Typesets one Typst document into pages.
fn pages(markup: String) -> Result<PagedDocument, String> {
    let env = env();
    let id = env.main.ok_or_else(|| "invalid source path".to_string())?;
    let world = Doc { env, main: Source::new(id, markup) };
    typst::compile::<PagedDocument>(&world).output.map_err(|e| describe(&e))
}

fn export(document: &PagedDocument) -> Result<Vec<u8>, String> {
    // Untagged: a form to print, three to seven times smaller than a tagged PDF.
    let options =
        PdfOptions { ident: Smart::Custom("pkguru-laporan".into()), tagged: false, ..PdfOptions::default() };
    typst_pdf::pdf(document, &options).map_err(|e| describe(&e))
}

/// Compilation caches older than this many parts are dropped: what every part shares (the
/// instrument's texts, the fonts) stays warm, and memory does not grow with the parts.
const CACHE_AGE: usize = 8;

/// The PDF of a Typst document, or the typesetter's errors.
pub fn render(markup: &str) -> Result<Vec<u8>, String> {
    let document = pages(markup.to_string())?;
    typst::comemo::evict(CACHE_AGE);
    export(&document)
}

/// The PDF of a document typeset part by part: each part is `preamble` and its own markup,
/// numbered on from the pages before it, and the pages are put together into one PDF. Only
/// the finished pages are kept between parts, so memory stays bounded by them.
pub fn render_parts(preamble: &str, parts: impl Iterator<Item = String>) -> Result<Vec<u8>, String> {
    let mut all: EcoVec<Page> = EcoVec::new();
    for part in parts {
        let markup = format!("{preamble}#counter(page).update({})\n{part}", all.len() + 1);
        let document = pages(markup)?;
        typst::comemo::evict(CACHE_AGE);
        all.extend(document.pages().iter().cloned());
    }
    export(&PagedDocument::new(all, Default::default()))
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

    #[test]
    fn parts_are_numbered_on_and_put_together() {
        let preamble = "#set page(paper: \"a6\", footer: context counter(page).display())\n";
        let parts = || ["Satu #pagebreak() Dua".to_string(), "Tiga".to_string()].into_iter();
        let pdf = render_parts(preamble, parts()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/Count 3"), "three pages");
        assert_eq!(pdf, render_parts(preamble, parts()).unwrap(), "deterministic");
    }
}
