//! The PDF written group by group: parts typeset a chunk at a time, each group's pages
//! written while the next group is typeset, so memory stays bounded by two groups.

use typst::ecow::EcoVec;
use typst::foundations::Smart;
use typst_layout::{Page, PagedDocument};

use super::join::{self, Joiner, Meta};
use super::pdf::{CHUNK, Part, Typesetter, export};

/// A PDF typeset a group of parts at a time and written group by group (see
/// [`join`](super::join)): memory is bounded by two groups, whatever the number of teachers.
/// A group is exported and written while the next one is typeset, so the one-threaded work
/// of writing (the PDF export's serial part, parsing it again, copying its pages) overlaps
/// the typesetting instead of leaving the other cores idle.
pub struct Book<'t, W: std::io::Write + Send> {
    typesetter: &'t Typesetter,
    joiner: Joiner<W>,
    /// The first group's language, title and keywords are the document's.
    meta: Option<Meta>,
    /// The last group typeset, not yet written.
    waiting: Option<PagedDocument>,
    /// Each written group's page subtree, in the order added.
    trees: Vec<join::Group>,
    /// Groups added so far.
    added: usize,
}

/// A group of pages added to a [`Book`]: where its pages go is chosen when the book is
/// finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group(usize);

impl<'t, W: std::io::Write + Send> Book<'t, W> {
    /// Starts a PDF on `out` (its header is written at once).
    pub fn new(typesetter: &'t Typesetter, out: W) -> Result<Book<'t, W>, String> {
        let joiner = Joiner::new(out, crate::render::export::OUTPUT_MARK).map_err(|e| e.to_string())?;
        Ok(Book { typesetter, joiner, meta: None, waiting: None, trees: Vec::new(), added: 0 })
    }

    /// Typesets `parts` (at most a few `CHUNK`s) side by side as one group, while the group
    /// added before is written; an empty list adds nothing.
    pub fn add(&mut self, parts: &[Part]) -> Result<Option<Group>, String> {
        if parts.is_empty() {
            return Ok(None);
        }
        let waiting = self.waiting.take();
        let (joiner, trees, typesetter) = (&mut self.joiner, &mut self.trees, self.typesetter);
        let (written, typeset) = typesetter
            .pool
            .install(|| rayon::join(|| write(joiner, trees, waiting), || typesetter.many(parts, Ok)));
        written?;
        let mut pages: EcoVec<Page> = EcoVec::new();
        let mut info = None;
        for document in typeset {
            let mut document = document?;
            pages.extend(document.pages().iter().cloned());
            info.get_or_insert_with(|| std::mem::take(document.info_mut()));
        }
        let info = info.unwrap_or_default();
        self.meta.get_or_insert_with(|| meta(&info));
        self.waiting = Some(PagedDocument::new(pages, info));
        self.added += 1;
        Ok(Some(Group(self.added - 1)))
    }

    /// Bytes written so far: a group's pages are out once the next group is typeset.
    pub fn written(&self) -> u64 {
        self.joiner.written()
    }

    /// Writes the last group, puts the groups' pages in `order` and finishes the file;
    /// returns the writer.
    pub fn finish(mut self, order: &[Group]) -> Result<W, String> {
        let waiting = self.waiting.take();
        let (joiner, trees) = (&mut self.joiner, &mut self.trees);
        self.typesetter.pool.install(|| write(joiner, trees, waiting))?;
        let order = order
            .iter()
            .map(|g| self.trees.get(g.0).copied().ok_or_else(|| format!("no group {}", g.0)))
            .collect::<Result<Vec<_>, String>>()?;
        self.joiner.finish(&order, &self.meta.unwrap_or_default())
    }

    /// [`finish`](Self::finish), with the document's title and author (its school) in the
    /// PDF's metadata.
    pub fn finish_titled(mut self, order: &[Group], title: &str, author: Option<&str>) -> Result<W, String> {
        let meta = self.meta.get_or_insert_with(Meta::default);
        meta.title = Some(title.to_string());
        meta.author = author.map(str::to_string);
        self.finish(order)
    }
}

/// Exports a typeset group (if any) and writes its pages, noting its page subtree.
fn write<W: std::io::Write>(
    joiner: &mut Joiner<W>,
    trees: &mut Vec<join::Group>,
    document: Option<PagedDocument>,
) -> Result<(), String> {
    let Some(document) = document else { return Ok(()) };
    let pdf = export(&document)?;
    drop(document);
    trees.push(joiner.add(pdf)?);
    Ok(())
}

/// The joined document's metadata, from what a group's markup set.
fn meta(info: &typst::model::DocumentInfo) -> Meta {
    Meta {
        title: info.title.as_ref().map(|t| t.to_string()),
        author: (!info.author.is_empty()).then(|| info.author.join(", ")),
        keywords: info.keywords.iter().map(|k| k.to_string()).collect(),
        lang: match &info.locale {
            Smart::Custom(locale) => Some(locale.lang.as_str().to_string()),
            Smart::Auto => None,
        },
        ident: "pkguru-laporan".to_string(),
    }
}

/// The PDF of a document typeset part by part, `CHUNK` parts side by side, each group's pages
/// written before the next is typeset.
pub fn render_parts_to<W: std::io::Write + Send>(
    preamble: &str,
    parts: impl Iterator<Item = Part>,
    threads: usize,
    out: W,
) -> Result<W, String> {
    let typesetter = Typesetter::new(preamble, threads)?;
    let mut book = Book::new(&typesetter, out)?;
    let mut groups: Vec<Group> = Vec::new();
    let mut typeset = 0;
    let mut parts = parts.peekable();
    let size = CHUNK.max(threads);
    let mut chunk = Vec::with_capacity(size);
    while parts.peek().is_some() {
        chunk.clear();
        // `size` parts, each with its continuations (typeset with it).
        for _ in 0..size {
            let Some(part) = parts.next() else { break };
            chunk.push(part);
            while let Some(next) = parts.next_if(|p| p.cont) {
                chunk.push(next);
            }
        }
        typeset += chunk.iter().filter(|p| !p.cont).count();
        groups.extend(book.add(&chunk)?);
    }
    if typeset > 1
        && let Some(meta) = book.meta.as_mut()
    {
        // Many teachers' pages: the first one's name is no title for them all.
        meta.title = None;
    }
    book.finish(&groups)
}

/// [`render_parts_to`] into memory.
pub fn render_parts(
    preamble: &str,
    parts: impl Iterator<Item = Part>,
    threads: usize,
) -> Result<Vec<u8>, String> {
    render_parts_to(preamble, parts, threads, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::super::pdf::fixture::{PREAMBLE, part};
    use super::*;

    #[test]
    fn a_table_on_every_part_is_written_once() {
        // A table laid out once (a preamble value, as the forms' tables are) and placed by
        // three parts: its glyphs are drawn once, as a form XObject each page shows.
        let preamble =
            format!("{PREAMBLE}#let tab = table(columns: 2, ..range(12).map(i => [Indikator nomor #i]))\n");
        let preamble = preamble.as_str();
        let parts = || ["Ani", "Budi", "Citra"].into_iter().map(|who| part(&format!("{who} #tab"), who));
        let pdf = render_parts(preamble, parts(), 2).unwrap();
        let text = String::from_utf8_lossy(&pdf);
        assert_eq!(text.matches("/Subtype/Form").count(), 1, "one XObject for the table");
        // Its box reaches 4 pt above the table, or the outer edge of the table's top border
        // would be clipped.
        let bbox = text.split("/BBox[").nth(1).and_then(|b| b.split(']').next()).unwrap();
        assert_eq!(bbox.split(' ').nth(1), Some("-4"), "{bbox}");
        assert!(text.contains("/Count 3"), "three pages");
        assert_eq!(pdf, render_parts(preamble, parts(), 1).unwrap(), "the same bytes, whatever the threads");
        // A table placed once is drawn in place.
        let once = render_parts(preamble, parts().take(1), 1).unwrap();
        assert_eq!(String::from_utf8_lossy(&once).matches("/Subtype/Form").count(), 0);
    }

    #[test]
    fn parts_are_put_together_group_by_group() {
        let preamble = PREAMBLE;
        let parts =
            || [part("Satu #pagebreak() Dua", "Ani"), part("Tiga", "Budi").with_foot("lain.csv")].into_iter();
        let pdf = render_parts(preamble, parts(), 2).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/Count 3"), "three pages");
        assert_eq!(pdf, render_parts(preamble, parts(), 1).unwrap(), "deterministic, whatever the threads");
        let typesetter = Typesetter::new(preamble, 1).unwrap();
        // A book writes each group's pages while the next is typeset, not at the end.
        let mut book = Book::new(&typesetter, Vec::new()).unwrap();
        let start = book.written();
        let first = book.add(&[part("Satu", "Ani")]).unwrap().unwrap();
        let second = book.add(&[part("Dua #pagebreak() Tiga", "Budi")]).unwrap().unwrap();
        let after_two = book.written();
        assert!(after_two > start + 500, "the first group is out: {start} → {after_two}");
        let third = book.add(&[part("Empat", "Citra")]).unwrap().unwrap();
        assert!(book.written() > after_two, "the second group is out");
        let pdf = book.finish(&[second, third, first]).unwrap();
        assert!(String::from_utf8_lossy(&pdf).contains("/Count 4"));
    }

    #[test]
    fn a_part_with_its_continuations_is_one_document() {
        let preamble = PREAMBLE;
        let part = |markup: &str, cont: bool| Part { cont, ..part(markup, "Ani") };
        // A teacher's three lampiran: one teacher, so the PDF keeps her name as its title.
        let one = [part("1B", false), part("1C", true), part("1D", true)];
        let pdf = render_parts(preamble, one.iter().cloned(), 2).unwrap();
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/Count 3") && text.contains("/Title(Ani)"), "{}", &text[..400]);
        // Two teachers: no one's name is the title.
        let two = one.iter().cloned().chain([part("1B", false)]);
        let pdf = render_parts(preamble, two, 2).unwrap();
        assert!(!String::from_utf8_lossy(&pdf).contains("/Title(Ani)"));
    }
}
