//! Drops the introspection tags from typeset pages, keeping the frames that pages share
//! shared (see [`Untag`]), and notes where the marks to fill in (see [`stamp`](super::stamp))
//! ended up.

use std::collections::HashMap;
use std::sync::Arc;

use typst::foundations::Value;
use typst::introspection::{MetadataElem, Tag};
use typst::layout::{Frame, FrameItem, Point};

/// The label of a metadata element that marks a table to fill in.
pub(super) const FILL: &str = "pkguru-fill";

/// The label of a metadata element that marks where a footer's page number goes.
pub(super) const PAGE_NUMBER: &str = "pkguru-page";

/// The label of a metadata element that marks where a form's table goes.
pub(super) const TABLE: &str = "pkguru-table";

/// The label of a metadata element that marks where a signature cell goes.
pub(super) const SIGN: &str = "pkguru-sign";

/// The label of a metadata element that marks where 1C's chart goes.
pub(super) const BARS: &str = "pkguru-bars";

/// The label of a metadata element that marks where a label | value table goes.
pub(super) const ROWS: &str = "pkguru-rows";

/// The label of a metadata element that marks a row of a summary's table to fill in.
pub(super) const LIST: &str = "pkguru-list";

/// A mark found on a page, where it is (from the page's top left).
#[derive(Debug, Clone)]
pub(super) enum Mark {
    /// A table's top right corner, and what to fill in (see [`stamp`](super::stamp)).
    Fill(Point, Value),
    /// The left end of the room for the page number, on the footer's baseline.
    PageNumber(Point),
    /// A table's top left corner, and the expression that gives the table.
    Table(Point, String),
    /// A signature cell's top left corner, and what the preamble's `signs` wrote there (see
    /// [`sign`](super::sign)).
    Sign(Point, Value),
    /// 1C's chart's top left corner, and its values (see [`bars`](super::bars)).
    Bars(Point, Value),
    /// A label | value table's top left corner, its rows (see [`rows`](super::rows)).
    Rows(Point, Value),
    /// A summary table's row: its first cell's text's top left corner, and which table and
    /// row (see [`list`](super::list)).
    List(Point, Value),
}

impl Mark {
    fn moved(&self, to: impl Fn(Point) -> Point) -> Mark {
        match self {
            Mark::Fill(at, v) => Mark::Fill(to(*at), v.clone()),
            Mark::PageNumber(at) => Mark::PageNumber(to(*at)),
            Mark::Table(at, t) => Mark::Table(to(*at), t.clone()),
            Mark::Sign(at, v) => Mark::Sign(to(*at), v.clone()),
            Mark::Bars(at, v) => Mark::Bars(to(*at), v.clone()),
            Mark::Rows(at, v) => Mark::Rows(to(*at), v.clone()),
            Mark::List(at, v) => Mark::List(to(*at), v.clone()),
        }
    }
}

/// Drops the introspection tags from finished pages: each holds the element it came from
/// (the whole realized content), which a printed form without links or an outline does not
/// need, and which would otherwise keep every part's content alive until the PDF is written.
/// The tags of the metadata labelled [`FILL`], [`PAGE_NUMBER`], [`TABLE`], [`SIGN`], [`BARS`],
/// [`ROWS`] or [`LIST`] are noted on the way, with their positions.
///
/// A frame that typst served from its cache (a form's table, the same for every teacher) is
/// one allocation shared by every page that placed it. It is untagged once and every page
/// gets the same untagged frame: copying it per page cost time, and the PDF export writes a
/// frame found on many pages once (`vendor/typst-pdf`, `repeat`).
#[derive(Default)]
pub(super) struct Untag {
    /// By the address of a frame's items: the frame as typeset (held, so that the address
    /// is not reused while it is a key), untagged, and the marks in it.
    done: std::sync::Mutex<HashMap<usize, Done>>,
}

struct Done {
    _typeset: Frame,
    untagged: Frame,
    marks: Arc<[Mark]>,
}

impl Untag {
    /// Untags a page's frame (never shared) and, through `frame`, the frames in it; gives
    /// the marks on the page.
    pub(super) fn page(&self, frame: &mut Frame) -> Vec<Mark> {
        let mut marks = Vec::new();
        self.strip(frame, &mut marks);
        marks
    }

    /// Drops the tags of `frame` and of the frames in it, noting the marks (in `frame`'s
    /// coordinates).
    fn strip(&self, frame: &mut Frame, marks: &mut Vec<Mark>) {
        // `retain` gives the items without their positions.
        let at: Vec<Point> = frame.items().map(|(p, _)| *p).collect();
        let mut i = 0;
        frame.retain(|item| {
            let pos = at[i];
            i += 1;
            match item {
                FrameItem::Tag(Tag::Start(content, _)) => {
                    if let Some(label) = content.label()
                        && let Some(meta) = content.to_packed::<MetadataElem>()
                    {
                        match label.resolve().as_str() {
                            FILL => marks.push(Mark::Fill(pos, meta.value.clone())),
                            SIGN => marks.push(Mark::Sign(pos, meta.value.clone())),
                            BARS => marks.push(Mark::Bars(pos, meta.value.clone())),
                            ROWS => marks.push(Mark::Rows(pos, meta.value.clone())),
                            LIST => marks.push(Mark::List(pos, meta.value.clone())),
                            PAGE_NUMBER => marks.push(Mark::PageNumber(pos)),
                            TABLE => {
                                if let Value::Str(t) = &meta.value {
                                    marks.push(Mark::Table(pos, t.to_string()));
                                }
                            }
                            _ => {}
                        }
                    }
                    false
                }
                FrameItem::Tag(_) => false,
                FrameItem::Group(group) => {
                    let inner = self.frame(&mut group.frame);
                    let ts = group.transform;
                    marks.extend(inner.iter().map(|m| m.moved(|p| pos + p.transform(ts))));
                    true
                }
                _ => true,
            }
        });
    }

    fn frame(&self, frame: &mut Frame) -> Arc<[Mark]> {
        if frame.items().len() == 0 {
            return Arc::from([]);
        }
        let key = frame.items().as_slice().as_ptr() as usize;
        if let Some(done) = self.done().get(&key) {
            *frame = done.untagged.clone();
            return done.marks.clone();
        }
        let typeset = frame.clone();
        let mut marks = Vec::new();
        self.strip(frame, &mut marks);
        let marks: Arc<[Mark]> = marks.into();
        self.done().insert(key, Done { _typeset: typeset, untagged: frame.clone(), marks: marks.clone() });
        marks
    }

    /// Forgets the frames untagged so far (and lets go of them as typeset): a long part's
    /// pieces share no frames worth keeping, and holding every piece's would grow with it.
    pub(super) fn clear(&self) {
        self.done().clear();
    }

    fn done(&self) -> std::sync::MutexGuard<'_, HashMap<usize, Done>> {
        self.done.lock().unwrap_or_else(|e| e.into_inner())
    }
}
