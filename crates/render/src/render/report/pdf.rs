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

use super::list::Laid;
use super::lit::lit;
use super::stamp::{self, Stamp, Stamps};
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
    /// The tables its markup gives as `list-tab(lists.at(k))` (the summary's, see
    /// [`list`](super::list)).
    pub lists: Vec<super::list::List>,
    /// Its signature blocks' cells, when known: a cell too wide for its column is then laid
    /// out there before the part is typeset (see [`sign`](super::sign)).
    pub signs: Vec<Vec<super::sign::Cell>>,
}

impl Part {
    /// A part that starts its pages, about `who` (or nobody), with the default footer.
    pub fn new(markup: String, who: String) -> Part {
        Part { markup, foot: None, who, cont: false, lists: Vec::new(), signs: Vec::new() }
    }

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
    /// Runs typeset again with typst's own signature blocks (`sign.rs`).
    refits: std::sync::atomic::AtomicUsize,
    /// The width of a page's text (the preamble's), once a summary's table needs it.
    text_width: OnceLock<Abs>,
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
        let preamble = Source::new(id, preamble.to_string());
        Ok(Typesetter {
            preamble,
            pool,
            stamps: Stamps::default(),
            refits: Default::default(),
            text_width: OnceLock::new(),
        })
    }

    /// The width of a page's text: what a table's `1fr` columns share, and what the
    /// signature blocks' columns divide. Measured once, with the mark of a summary table's row.
    pub(super) fn text_width(&self) -> Result<Abs, String> {
        if let Some(w) = self.text_width.get() {
            return Ok(*w);
        }
        let document =
            self.compile("#place(top + left, [#metadata(paper-w - 2 * margin-x) <pkguru-list>])")?;
        let mut frame = document.pages().first().ok_or("no page for the text's width")?.frame.clone();
        let width = Untag::default().page(&mut frame).iter().find_map(|m| match m {
            Mark::List(_, typst::foundations::Value::Length(l)) => Some(l.abs),
            _ => None,
        });
        let width = width.ok_or("the text's width was not measured")?;
        Ok(*self.text_width.get_or_init(|| width))
    }

    fn compile(&self, markup: &str) -> Result<PagedDocument, String> {
        self.compile_with("", markup)
    }

    /// Compiles `markup` after `prelude` (markup that shadows a preamble binding).
    fn compile_with(&self, prelude: &str, markup: &str) -> Result<PagedDocument, String> {
        // Top-level rules give the PDF its language, and a keyword that marks it as pkguru's
        // output (a later run may replace it).
        let mark = crate::render::export::OUTPUT_MARK;
        let markup = format!(
            "#import \"{PREAMBLE_PATH}\": *\n{prelude}#set text(lang: lang-code)\n#set document(keywords: (\"{mark}\",))\n#show: doc\n{markup}"
        );
        pages(markup, Some(&self.preamble))
    }

    /// Typesets a part and the parts continuing it (only their finished pages are kept), then
    /// gives each page its footer: typeset on its own (`footer-page` in the preamble, a page
    /// with nothing but the footer) once the number of pages is known, and its page number
    /// (`page-number`). A footer that counted the pages itself ("dari 7") would make typst lay
    /// the whole part out twice; a footer typeset per page took a tenth of the run.
    fn part(&self, run: &[Part], untag: &Untag) -> Result<PagedDocument, String> {
        match self.part_with("", run, untag) {
            // A signature too long for its measured place: typst's own blocks (`sign.rs`).
            Err(e) if e == stamp::REFIT => {
                self.refits.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                self.part_with(stamp::EXACT, run, untag)
            }
            done => done,
        }
    }

    fn part_with(&self, prelude: &str, run: &[Part], untag: &Untag) -> Result<PagedDocument, String> {
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
            let typeset: Vec<Result<(PagedDocument, Laid), String>> = batch
                .par_iter()
                .map(|part| {
                    // A summary's tables: their texts laid out first, for their columns; a
                    // name in the ranking and in the list of teachers is laid out once.
                    let lists = match part.lists.is_empty() {
                        true => Laid::default(),
                        false => {
                            let layout = |s: &[Stamp]| self.stamps.frames(s, |s| self.stamp(s));
                            Laid::new(&part.lists, self.text_width()?, layout)?
                        }
                    };
                    // Its signature cells that wrap in their columns (not when typst lays them out).
                    let wraps = if prelude.is_empty() { self.wraps(part)? } else { String::new() };
                    let prelude = format!("{prelude}{}{wraps}", lists.prelude());
                    Ok((self.compile_with(&prelude, &part.markup)?, lists))
                })
                .collect();
            for body in typeset {
                let (mut body, lists) = body?;
                info.get_or_insert_with(|| std::mem::take(body.info_mut()));
                for mut page in body.pages().iter().cloned() {
                    let marks = untag.page(&mut page.frame);
                    lists.fill(&mut page.frame, &marks)?;
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

    /// The markup that gives `part`'s signature cells wider than their columns their heights
    /// there (see [`sign`](super::sign)): each cell is laid out (once a run), and those too
    /// wide again in their column's width.
    fn wraps(&self, part: &Part) -> Result<String, String> {
        if part.signs.is_empty() {
            return Ok(String::new());
        }
        let text_width = self.text_width()?;
        let natural: Vec<Stamp> =
            part.signs.iter().flatten().map(|cell| Stamp::Sign { cell: cell.clone(), width: None }).collect();
        let frames = self.stamps.frames(&natural, |s| self.stamp(s))?;
        let mut frames = frames.iter();
        let mut wide: Vec<(String, Stamp)> = Vec::new();
        for block in &part.signs {
            let room = super::sign::column(text_width, block.len());
            for cell in block {
                let frame = frames.next().ok_or("a signature cell was not laid out")?;
                if frame.width() > room {
                    let stamp = Stamp::Sign { cell: cell.clone(), width: Some(room.to_pt().to_bits()) };
                    wide.push((super::sign::key(block.len(), cell), stamp));
                }
            }
        }
        let stamps: Vec<Stamp> = wide.iter().map(|(_, s)| s.clone()).collect();
        let laid = self.stamps.frames(&stamps, |s| self.stamp(s))?;
        let wide: Vec<(String, Frame)> = wide.into_iter().map(|(k, _)| k).zip(laid).collect();
        Ok(super::sign::wraps(&wide))
    }

    /// How many runs were typeset again because a signature did not fit its measured place.
    pub fn refits(&self) -> usize {
        self.refits.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Lays out each stamp: the boxes on one page, each its own group there; a table on a
    /// page of its own, as wide as the text.
    pub(super) fn stamp(&self, stamps: &[Stamp]) -> Result<Vec<Frame>, String> {
        // The boxes (texts, page numbers, signature cells) share one page, a paragraph each: a
        // page took typst as long as a hundred numbers on it. A table has a page of its own.
        let mut boxes = String::new();
        let mut tables = String::new();
        for s in stamps {
            match s {
                Stamp::Cell { text, strong, width } => {
                    let text = if *strong { format!("strong({})", lit(text)) } else { lit(text) };
                    let width = f64::from_bits(*width);
                    let _ = write!(boxes, "#box(width: {width}pt, align(center, {text}))\n\n");
                }
                Stamp::PageNumber { k, n } => {
                    let _ = write!(boxes, "#page-number({k}, {n})\n\n");
                }
                Stamp::Sign { cell: [label, name, nip], width } => {
                    let (label, name, nip) = (lit(label), lit(name), lit(nip));
                    let width =
                        width.map_or_else(String::new, |w| format!("width: {}pt, ", f64::from_bits(w)));
                    let _ = write!(boxes, "#box({width}sign-cell(({label}, {name}, {nip})))\n\n");
                }
                Stamp::Text(text) => {
                    let _ = write!(boxes, "#box({})\n\n", lit(text));
                }
                Stamp::Bold(text) => {
                    let _ = write!(boxes, "#box(strong({}))\n\n", lit(text));
                }
                Stamp::Wrapped { text, width } => {
                    let _ = write!(boxes, "#box(width: {}pt, {})\n\n", f64::from_bits(*width), lit(text));
                }
                Stamp::Skeleton(labels) => {
                    let rows: String = labels.iter().map(|l| format!("({}, \"\"),", lit(l))).collect();
                    let _ = writeln!(tables, "{TEXT_PAGE}[#rows-typst(({rows}), false)]");
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
                    let _ = writeln!(tables, "{TEXT_PAGE}[#{t}]");
                }
            }
        }
        let n_boxes = stamps.iter().filter(|s| !is_table(s)).count();
        let markup = if n_boxes > 0 {
            format!("#page(width: auto, height: auto, margin: 0pt)[{boxes}]\n{tables}")
        } else {
            tables
        };
        let document = self.compile(&markup)?;
        let mut pages = document.pages().iter();
        let untag = Untag::default();
        let mut untagged = || {
            let mut frame = pages.next()?.frame.clone();
            untag.page(&mut frame);
            Some(frame)
        };
        // A box is a group of its own on the page, in order; a table is its page's only group.
        let mut boxes = match n_boxes {
            0 => Vec::new(),
            _ => untagged().map_or_else(Vec::new, |page| {
                page.items().filter_map(|(_, item)| as_group(item)).collect::<Vec<Frame>>()
            }),
        }
        .into_iter();
        if boxes.len() != n_boxes {
            return Err(format!("{} boxes laid out for {n_boxes} stamps", boxes.len()));
        }
        stamps
            .iter()
            .map(|s| match s {
                _ if is_table(s) => {
                    let page = untagged().ok_or("a table stamp has no page")?;
                    Ok(match page.items().as_slice() {
                        [(at, FrameItem::Group(group))] if *at == Point::zero() => group.frame.clone(),
                        _ => page,
                    })
                }
                _ => boxes.next().ok_or_else(|| "a box stamp was not laid out".to_string()),
            })
            .collect()
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
        // The group's signature cells, laid out in one document before its parts are typeset
        // (each part then knows which of its cells wrap, `wraps`); a failure here is met again
        // where a part needs the cell.
        let cells: Vec<Stamp> = parts
            .iter()
            .flat_map(|p| p.signs.iter().flatten())
            .map(|cell| Stamp::Sign { cell: cell.clone(), width: None })
            .collect();
        if !cells.is_empty() {
            let _ = self.pool.install(|| self.stamps.frames(&cells, |s| self.stamp(s)));
        }
        // The parts are typeset by the pool's threads, which also run typst's own parallel
        // work (page runs, PDF conversion): a thread that waits for such work takes some on
        // instead of sleeping until another thread has done it.
        let untag = Untag::default();
        let done = self
            .pool
            .install(|| runs.par_iter().map(|run| self.part(run, &untag).and_then(&finish)).collect());
        typst::comemo::evict(CACHE_AGE);
        self.stamps.forget_teachers();
        done
    }
}

/// A page as wide as the text of a form's page: a table laid out there is as wide as in the
/// flow.
const TEXT_PAGE: &str = "#page(width: paper-w - 2 * margin-x, height: auto, margin: 0pt)";

/// Whether a stamp is laid out on a page of its own.
fn is_table(stamp: &Stamp) -> bool {
    matches!(stamp, Stamp::Table(_) | Stamp::Skeleton(_))
}

fn as_group(item: &FrameItem) -> Option<Frame> {
    match item {
        FrameItem::Group(group) => Some(group.frame.clone()),
        _ => None,
    }
}

/// What the tests of the typesetter and of the book share: the least a preamble must define
/// (an A6 page, a footer with room for its page number), and a part.
#[cfg(test)]
pub(super) mod fixture {
    use super::Part;
    use typst::layout::{Frame, FrameItem, Point};

    pub const PREAMBLE: &str = "#let default-foot = \"Sekolah\"\n#let lang-code = \"id\"\n\
        #let doc(body) = { set page(paper: \"a6\"); body }\n\
        #let footer-page(foot, who, w) = page(footer: [#foot #who #box(width: w)[#metadata(none) <pkguru-page>]])[]\n\
        #let page-number(k, n) = box[#k/#n]\n";

    /// A part that starts a teacher's pages.
    pub fn part(markup: &str, who: &str) -> Part {
        Part::new(markup.into(), who.into())
    }

    /// The texts on a frame, with where their baselines start.
    pub fn texts(frame: &Frame, at: Point, out: &mut Vec<(String, f64, f64)>) {
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
}

#[cfg(test)]
mod tests;
