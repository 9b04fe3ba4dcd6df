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

use super::stamp::{Stamp, Stamps};
use super::untag::{Mark, Untag};
use std::fmt::Write;
use typst::layout::{Abs, Frame, FrameItem, Point};

/// What every compilation shares: the standard library, the parsed fonts and their book, and
/// the ID of the one source (IDs are interned for the process, so it is made once).
struct Env {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Option<FileId>,
    preamble: Option<FileId>,
}

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
        let book = FontBook::from_fonts(&fonts);
        let file = |path: &str| {
            VirtualPath::new(path).ok().map(|p| RootedPath::new(VirtualRoot::Project, p).intern())
        };
        Env {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(book),
            fonts,
            main: file("/main.typ"),
            preamble: file(PREAMBLE_PATH),
        }
    })
}

/// Where a part imports the shared preamble from.
const PREAMBLE_PATH: &str = "/preamble.typ";

/// One compilation: the shared environment, the document's markup and, when typeset part by
/// part, the preamble module every part imports; no other files.
struct Doc {
    env: &'static Env,
    main: Source,
    preamble: Option<Source>,
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
        } else if let Some(pre) = self.preamble.as_ref().filter(|p| p.id() == id) {
            Ok(pre.clone())
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
fn pages(markup: String, preamble: Option<&Source>) -> Result<PagedDocument, String> {
    let env = env();
    let id = env.main.ok_or_else(|| "invalid source path".to_string())?;
    let world = Doc { env, main: Source::new(id, markup), preamble: preamble.cloned() };
    typst::compile::<PagedDocument>(&world).output.map_err(|e| describe(&e))
}

pub fn export(document: &PagedDocument) -> Result<Vec<u8>, String> {
    // Untagged: a form to print, three to seven times smaller than a tagged PDF.
    let options =
        PdfOptions { ident: Smart::Custom("pkguru-laporan".into()), tagged: false, ..PdfOptions::default() };
    typst_pdf::pdf(document, &options).map_err(|e| describe(&e))
}

/// Parts typeset side by side before the caches are trimmed: enough to keep every core
/// busy and to trim seldom (a trim walks every cache entry, about 6 ms, while the cores wait),
/// few enough that memory stays bounded. 32 rather than 8: 1,000 teachers 9.1-9.9 s -> 8.5-8.7 s
/// with `--split`, for about 80 MB more (BENCHMARKS.md).
pub const CHUNK: usize = 32;

/// A run of parts this short (a teacher's three lampiran) is typeset at once; a longer one
/// (a district's summary in pieces) a few pieces at a time, the caches trimmed between.
const SHORT_RUN: usize = 3;

/// Compilation caches not used by the last chunk (or document) are dropped: what every part
/// shares (the preamble, the instrument's texts, the fonts) stays warm, and memory does not
/// grow with the parts.
const CACHE_AGE: usize = 1;

/// The PDF of a Typst document, or the typesetter's errors.
pub fn render(markup: &str) -> Result<Vec<u8>, String> {
    let document = pages(markup.to_string(), None)?;
    typst::comemo::evict(CACHE_AGE);
    export(&document)
}

/// One part of a document (the summary, a teacher, a form): its markup, and what the footer
/// of each of its pages says besides "Halaman 2 dari 7".
#[derive(Debug, Clone)]
pub struct Part {
    pub markup: String,
    /// Left of the footer (the school and period, or the sheet); the preamble's
    /// `default-foot` when `None`.
    pub foot: Option<String>,
    /// Right of the footer: the teacher or form, or nothing.
    pub who: String,
    /// Continues the part before it (a teacher's next lampiran, a long summary typeset a
    /// piece at a time): its pages are numbered on from that part's, "Halaman 14 dari 40".
    pub cont: bool,
}

impl Part {
    /// The part with `foot` on the left of its footers.
    pub fn with_foot(mut self, foot: &str) -> Part {
        self.foot = Some(foot.to_string());
        self
    }
}

/// Typesets the parts of a document: each part imports the preamble (a module that defines
/// `doc`, applied with `#show: doc`), so what the preamble's functions lay out is shared
/// between parts; parts are typeset on every core.
pub struct Typesetter {
    preamble: Source,
    pub(super) pool: rayon::ThreadPool,
    /// The numbers filled into the forms' tables, each laid out once.
    stamps: Stamps,
}

impl Typesetter {
    /// A typesetter for parts importing `preamble`, typesetting `threads` parts side by side.
    pub fn new(preamble: &str, threads: usize) -> Result<Typesetter, String> {
        let id = env().preamble.ok_or_else(|| "invalid source path".to_string())?;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .thread_name(|i| format!("pkguru-typeset-{i}"))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Typesetter { preamble: Source::new(id, preamble.to_string()), pool, stamps: Stamps::default() })
    }

    fn compile(&self, markup: &str) -> Result<PagedDocument, String> {
        // Top-level rules give the PDF its language, and a keyword that marks it as pkguru's
        // output (a later run may replace it).
        let mark = crate::render::export::OUTPUT_MARK;
        let markup = format!(
            "#import \"{PREAMBLE_PATH}\": *\n#set text(lang: lang-code)\n#set document(keywords: (\"{mark}\",))\n#show: doc\n{markup}"
        );
        pages(markup, Some(&self.preamble))
    }

    /// Typesets a part and the parts continuing it (only their finished pages are kept), then
    /// gives each page its footer: typeset on its own (`footer-page` in the preamble, a page
    /// with nothing but the footer) once the number of pages is known, and its page number
    /// (`page-number`). A footer that counted the pages itself ("dari 7") would make typst lay
    /// the whole part out twice; a footer typeset per page took a tenth of the run.
    fn part(&self, run: &[Part], untag: &Untag) -> Result<PagedDocument, String> {
        use rayon::prelude::*;
        let first = run.first().ok_or("no part")?;
        let mut pages: Vec<Page> = Vec::new();
        let mut info = None;
        // The pieces of a long part (the summary of a district) share nothing but the
        // preamble: typeset side by side, as many at a time as there are threads, so one long
        // part does not leave the other cores idle; what a batch cached goes before the next,
        // or the whole long table would stay in the caches after all.
        let width = if run.len() <= SHORT_RUN { run.len() } else { rayon::current_num_threads().max(1) };
        for (i, batch) in run.chunks(width).enumerate() {
            if i > 0 {
                typst::comemo::evict(CACHE_AGE);
                untag.clear();
            }
            let typeset: Vec<Result<PagedDocument, String>> =
                batch.par_iter().map(|part| self.compile(&part.markup)).collect();
            for body in typeset {
                let mut body = body?;
                info.get_or_insert_with(|| std::mem::take(body.info_mut()));
                for mut page in body.pages().iter().cloned() {
                    let marks = untag.page(&mut page.frame);
                    self.stamps.fill(&mut page.frame, &marks, |stamps| self.stamp(stamps))?;
                    pages.push(page);
                }
            }
        }
        let mut info = info.unwrap_or_default();
        if !first.who.is_empty() {
            // A teacher's own PDF (`--split`) is titled with the name and NIP.
            info.title = Some(first.who.as_str().into());
        }
        let foot = first.foot.as_deref().map_or_else(|| "default-foot".to_string(), lit);
        let n = pages.len();
        // The footer is typeset once, with room for the widest page number; each page gets
        // its own number there, right-aligned (each "Halaman k dari n" laid out once a run).
        let numbers: Vec<Stamp> = (1..=n).map(|k| Stamp::PageNumber { k, n }).collect();
        let numbers = self.stamps.frames(&numbers, |s| self.stamp(s))?;
        let room = numbers.iter().map(Frame::width).fold(Abs::zero(), Abs::max);
        let footer =
            self.compile(&format!("#footer-page({foot}, {}, {}pt)", lit(&first.who), room.to_pt()))?;
        let [footer] = footer.pages() else {
            return Err(format!("{} footer pages", footer.pages().len()));
        };
        let mut footer = footer.frame.clone();
        let marks = untag.page(&mut footer);
        let Some(at) = marks.iter().find_map(|m| if let Mark::PageNumber(at) = m { Some(*at) } else { None })
        else {
            return Err("the footer has no room for the page number".into());
        };
        let pages: EcoVec<Page> = pages
            .into_iter()
            .zip(numbers)
            .map(|(mut page, number)| {
                page.frame.push_frame(Point::zero(), footer.clone());
                let x = at.x + room - number.width();
                page.frame.push_frame(Point::new(x, at.y - number.baseline()), number);
                page
            })
            .collect();
        Ok(PagedDocument::new(pages, info))
    }

    /// Lays out each stamp, on a page of its own the size of its box (a table: as wide as
    /// the text).
    fn stamp(&self, stamps: &[Stamp]) -> Result<Vec<Frame>, String> {
        let mut markup = String::new();
        for s in stamps {
            let fit = "#page(width: auto, height: auto, margin: 0pt)";
            match s {
                Stamp::Cell { text, strong, width } => {
                    let text = if *strong { format!("strong({})", lit(text)) } else { lit(text) };
                    let width = f64::from_bits(*width);
                    let _ = writeln!(markup, "{fit}[#box(width: {width}pt, align(center, {text}))]");
                }
                Stamp::PageNumber { k, n } => {
                    let _ = writeln!(markup, "{fit}[#page-number({k}, {n})]");
                }
                Stamp::Table(t) => {
                    // Only the preamble's tables are ever marked (`tab-kelas.at(3)`); anything
                    // else is not run as markup.
                    let (name, index) = t.split_once(".at(").ok_or("a table mark is not name.at(i)")?;
                    let index = index.strip_suffix(')').unwrap_or("x");
                    if !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
                        || index.is_empty()
                        || !index.bytes().all(|b| b.is_ascii_digit())
                    {
                        return Err(format!("a table mark is not name.at(i): {t}"));
                    }
                    // As wide as the text of a page: the width the table has in the flow.
                    let _ = writeln!(
                        markup,
                        "#page(width: paper-w - 2 * margin-x, height: auto, margin: 0pt)[#{t}]"
                    );
                }
            }
        }
        let document = self.compile(&markup)?;
        if document.pages().len() != stamps.len() {
            return Err(format!("{} pages for {} stamps", document.pages().len(), stamps.len()));
        }
        let untag = Untag::default();
        Ok(document
            .pages()
            .iter()
            .map(|page| {
                let mut frame = page.frame.clone();
                untag.page(&mut frame);
                // The page holds the stamp's box and nothing else: the box is the stamp.
                match frame.items().as_slice() {
                    [(at, FrameItem::Group(group))] if *at == Point::zero() => group.frame.clone(),
                    _ => frame,
                }
            })
            .collect())
    }

    /// Where the metadata labelled with each of `labels` ended up when `part` is typeset:
    /// (page, y from the page's top in pt), in document order, one list per label.
    pub fn positions<const N: usize>(
        &self,
        part: &str,
        labels: [&str; N],
    ) -> Result<[Vec<(usize, f64)>; N], String> {
        use typst::foundations::{Label, Selector};
        use typst::introspection::Introspector;
        let document = self.compile(part)?;
        let introspector = document.introspector();
        let mut out = Vec::with_capacity(N);
        for name in labels {
            let label = Label::new(typst::utils::PicoStr::intern(name)).ok_or("invalid label")?;
            let found = introspector.query(&Selector::Label(label));
            let mut at = Vec::with_capacity(found.len());
            for content in found.iter() {
                match content.location().and_then(|l| introspector.position(l)) {
                    Some(p) => at.push((p.page.get(), p.point.y.to_pt())),
                    _ => return Err(format!("{name}: no position")),
                }
            }
            out.push(at);
        }
        out.try_into().map_err(|_| "positions".to_string())
    }

    /// Typesets `parts` (at most a few `CHUNK`s: all are held) side by side and gives each
    /// one's `finish`ed result, in order; a part continued by others (`cont`) is typeset with
    /// them and gives one result. `finish` runs on the typesetting thread (e.g. the PDF export
    /// of a part that becomes a file of its own).
    pub fn many<T: Send>(
        &self,
        parts: &[Part],
        finish: impl Fn(PagedDocument) -> Result<T, String> + Sync,
    ) -> Vec<Result<T, String>> {
        use rayon::prelude::*;
        let mut runs: Vec<&[Part]> = Vec::new();
        let mut start = 0;
        for i in 1..=parts.len() {
            if i == parts.len() || !parts[i].cont {
                runs.push(&parts[start..i]);
                start = i;
            }
        }
        // The parts are typeset by the pool's threads, which also run typst's own parallel
        // work (page runs, PDF conversion): a thread that waits for such work takes some on
        // instead of sleeping until another thread has done it.
        let untag = Untag::default();
        let done = self
            .pool
            .install(|| runs.par_iter().map(|run| self.part(run, &untag).and_then(&finish)).collect());
        typst::comemo::evict(CACHE_AGE);
        done
    }
}

/// A Typst string literal.
pub(super) fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' | '\0' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What the tests of the typesetter and of the book share: the least a preamble must define
/// (an A6 page, a footer with room for its page number), and a part.
#[cfg(test)]
pub(super) mod fixture {
    use super::Part;

    pub const PREAMBLE: &str = "#let default-foot = \"Sekolah\"\n#let lang-code = \"id\"\n\
        #let doc(body) = { set page(paper: \"a6\"); body }\n\
        #let footer-page(foot, who, w) = page(footer: [#foot #who #box(width: w)[#metadata(none) <pkguru-page>]])[]\n\
        #let page-number(k, n) = box[#k/#n]\n";

    /// A part that starts a teacher's pages.
    pub fn part(markup: &str, who: &str) -> Part {
        Part { markup: markup.into(), foot: None, who: who.into(), cont: false }
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::{PREAMBLE, part};
    use super::*;
    use typst::layout::{Frame, FrameItem, GroupItem, Point};

    #[test]
    fn same_markup_same_bytes() {
        let markup = "#set page(paper: \"a4\")\n= Laporan\nNilai 69,64";
        let a = render(markup).unwrap();
        assert!(a.starts_with(b"%PDF-"));
        assert_eq!(a, render(markup).unwrap());
    }

    #[test]
    fn only_a_preamble_table_is_laid_out_from_a_mark() {
        let typesetter = Typesetter::new(PREAMBLE, 1).unwrap();
        for bad in ["tab.at(1)] #panic() #[", "#x.at(1)", "tab.at()", "tab.at(1", "Tab.at(1)", "tab"] {
            let err = typesetter.stamp(&[Stamp::Table(bad.into())]).unwrap_err();
            assert!(err.contains("not name.at(i)"), "{bad}: {err}");
        }
    }

    #[test]
    fn errors_are_reported_not_panicked() {
        assert!(render("#let x = (").is_err());
    }

    #[test]
    fn parts_are_numbered_on_and_put_together() {
        let parts =
            || [part("Satu #pagebreak() Dua", "Ani"), part("Tiga", "Budi").with_foot("lain.csv")].into_iter();
        let typesetter = Typesetter::new(PREAMBLE, 1).unwrap();
        let pages = typesetter.part(&[parts().next().unwrap()], &Untag::default()).unwrap();
        assert_eq!(pages.pages().len(), 2, "each page of the part gets a footer, no more pages");
        // A part continued by another: one run of pages, numbered on (footers for 3 pages).
        let run = [part("Satu #pagebreak() Dua", "Ani"), Part { cont: true, ..part("Tiga", "Ani") }];
        assert_eq!(typesetter.part(&run, &Untag::default()).unwrap().pages().len(), 3);
        let docs = typesetter.many(&[run[0].clone(), run[1].clone(), part("Empat", "Budi")], Ok);
        let counts: Vec<usize> = docs.into_iter().map(|d| d.unwrap().pages().len()).collect();
        assert_eq!(counts, [3, 1], "a continuation is typeset with the part it continues");
    }

    /// The texts on a frame, with where their baselines start.
    fn texts(frame: &Frame, at: Point, out: &mut Vec<(String, f64, f64)>) {
        for (p, item) in frame.items() {
            match item {
                FrameItem::Group(group) => texts(&group.frame, at + *p, out),
                FrameItem::Text(t) => {
                    out.push((t.text.to_string(), (at.x + p.x).to_pt(), (at.y + p.y).to_pt()))
                }
                _ => {}
            }
        }
    }

    #[test]
    fn a_marked_table_and_its_numbers_land_where_typst_would_place_them() {
        let preamble = "#let default-foot = \"S\"\n#let lang-code = \"id\"\n\
            #let paper-w = 200pt\n#let margin-x = 10pt\n\
            #let doc(body) = { set page(width: paper-w, height: 200pt, margin: margin-x); body }\n\
            #let footer-page(foot, who, w) = page(footer: box(width: w)[#metadata(none) <pkguru-page>])[]\n\
            #let page-number(k, n) = box[#k/#n]\n\
            #let tabs = (block(width: 100%, table(columns: 2)[a][b]),)\n\
            #let table-at(t, h) = block(breakable: false, width: 100%, height: h, place(top + left, [#metadata(t) <pkguru-table>]))\n\
            #let fill(width, off, texts, strong) = place(top + right, [#metadata((width, off, texts, strong)) <pkguru-fill>])\n";
        let typesetter = Typesetter::new(preamble, 1).unwrap();
        let [top, bottom] = typesetter
            .positions(
                "#block(breakable: false)[#place(top + left, [#metadata(none) <t>])#tabs.at(0)#place(bottom + left, [#metadata(none) <b>])]",
                ["t", "b"],
            )
            .unwrap();
        let height = bottom[0].1 - top[0].1;
        let part = |body: &str| Part {
            markup: format!("Halo\n#block[{body}]\nAkhir"),
            foot: None,
            who: String::new(),
            cont: false,
        };
        let filled = typesetter
            .part(
                &[part(&format!(
                    "#table-at(\"tabs.at(0)\", {height}pt) #fill(20pt, (3pt, 12pt), (\"7\", \"19\"), 1)"
                ))],
                &Untag::default(),
            )
            .unwrap();
        let placed = typesetter
            .part(&[part("#tabs.at(0) #for (y, s) in ((3pt, \"7\"), (12pt, strong(\"19\"))) { place(top + right, dy: y, box(width: 20pt, align(center, s))) }")], &Untag::default())
            .unwrap();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        texts(&filled.pages()[0].frame, Point::zero(), &mut a);
        texts(&placed.pages()[0].frame, Point::zero(), &mut b);
        assert!(["a", "b", "19", "Akhir"].iter().all(|w| a.iter().any(|(t, ..)| t == w)), "{a:?}");
        // The same texts in the same places as typst's own table and `place` (to a rounding
        // error), whatever the order they are drawn in.
        a.sort_by(|p, q| p.partial_cmp(q).unwrap());
        b.sort_by(|p, q| p.partial_cmp(q).unwrap());
        assert_eq!(a.len(), b.len(), "{a:?} {b:?}");
        for ((t, x, y), (u, v, w)) in a.iter().zip(&b) {
            assert!(t == u && (x - v).abs() < 1e-9 && (y - w).abs() < 1e-9, "{a:?} {b:?}");
        }
        assert_eq!(tags(&filled.pages()[0].frame), 0);
    }

    #[test]
    fn each_page_gets_its_number_where_typst_would_put_it() {
        let preamble = "#let default-foot = \"Sekolah\"\n#let lang-code = \"id\"\n\
            #let doc(body) = { set page(paper: \"a6\"); body }\n\
            #let footer-page(foot, who, w) = page(footer: [#foot #who #h(1fr) #box(width: w)[#metadata(none) <pkguru-page>]])[]\n\
            #let page-number(k, n) = box[Hal. #k dari #n]\n";
        let typesetter = Typesetter::new(preamble, 1).unwrap();
        // Twelve pages: "Hal. 1 dari 12" is narrower than "Hal. 12 dari 12".
        let markup = (1..=12).map(|k| format!("Isi {k}")).collect::<Vec<_>>().join(" #pagebreak() ");
        let part = Part { markup, foot: None, who: "Ani".into(), cont: false };
        let ours = typesetter.part(&[part], &Untag::default()).unwrap();
        let own = typesetter
            .compile("#for k in range(1, 13) { page(footer: [#default-foot Ani #h(1fr) #box[Hal. #k dari 12]])[Isi #k] }")
            .unwrap();
        assert_eq!(ours.pages().len(), 12);
        for (k, (a, b)) in ours.pages().iter().zip(own.pages()).enumerate() {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            texts(&a.frame, Point::zero(), &mut x);
            texts(&b.frame, Point::zero(), &mut y);
            assert!(x.iter().any(|(t, ..)| *t == format!("Hal. {} dari 12", k + 1)), "page {k}: {x:?}");
            x.sort_by(|p, q| p.partial_cmp(q).unwrap());
            y.sort_by(|p, q| p.partial_cmp(q).unwrap());
            assert_eq!(x.len(), y.len(), "{x:?} {y:?}");
            for ((t, x1, y1), (u, x2, y2)) in x.iter().zip(&y) {
                assert!(t == u && (x1 - x2).abs() < 1e-6 && (y1 - y2).abs() < 1e-6, "page {k}: {x:?} {y:?}");
            }
        }
    }

    fn tags(frame: &Frame) -> usize {
        frame
            .items()
            .map(|(_, item)| match item {
                FrameItem::Tag(_) => 1,
                FrameItem::Group(group) => tags(&group.frame),
                _ => 0,
            })
            .sum()
    }

    #[test]
    fn tags_go_and_a_shared_frame_stays_shared() {
        let typeset = pages("#block[#metadata(1) <a> Satu dua tiga]".into(), None).unwrap();
        let frame = typeset.pages()[0].frame.clone();
        assert!(tags(&frame) > 0, "typst tags what it lays out");
        // The same frame placed on two pages, as typst's cache places a table.
        let page = || {
            let mut page = Frame::soft(frame.size());
            page.push(Point::zero(), FrameItem::Group(GroupItem::new(frame.clone())));
            page
        };
        let (mut a, mut b) = (page(), page());
        let untag = Untag::default();
        untag.page(&mut a);
        untag.page(&mut b);
        assert_eq!((tags(&a), tags(&b)), (0, 0));
        let inner = |page: &Frame| match &page.items().next().unwrap().1 {
            FrameItem::Group(group) => group.frame.clone(),
            _ => panic!("a group"),
        };
        assert_eq!(
            inner(&a).items().as_slice().as_ptr(),
            inner(&b).items().as_slice().as_ptr(),
            "still shared"
        );
        assert!(
            inner(&a)
                .items()
                .any(|(_, i)| matches!(i, FrameItem::Text(_)) || matches!(i, FrameItem::Group(_)))
        );
        // Forgotten: the next page gets a frame of its own, with the same content.
        untag.clear();
        let mut c = page();
        untag.page(&mut c);
        assert_ne!(inner(&c).items().as_slice().as_ptr(), inner(&a).items().as_slice().as_ptr());
        assert_eq!(typst::utils::hash128(&inner(&c)), typst::utils::hash128(&inner(&a)));
    }
}
