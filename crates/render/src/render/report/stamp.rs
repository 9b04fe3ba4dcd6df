//! Puts on a teacher's pages what is the same for many pages, laid out once per run: the
//! forms' tables, the numbers in them, the footers' page numbers, the signature cells
//! ([`sign`](super::sign)), the rows of 1C's chart ([`bars`](super::bars)) and 1D's
//! label | value tables ([`rows`](super::rows)). A 1B or 1C table is the
//! same for every teacher; typst keeps its place with an empty block as tall, marked
//! ([`TABLE`](super::untag::TABLE)) with the expression that gives the table. Where the
//! teacher's numbers go, the preamble leaves a mark ([`FILL`](super::untag::FILL)) with the
//! places, measured once, and the texts: about 150 numbers a teacher, which typst laid out one
//! `place`d box at a time, and 14 tables it had to find in its cache.

use std::collections::HashMap;
use std::sync::Mutex;

use typst::foundations::Value;
use typst::layout::{Abs, Frame, Point};

use super::bars::Bars;
use super::rows::Rows;
use super::sign::Sign;
use super::untag::Mark;

/// The error that asks for a run to be typeset again with typst's own signature blocks and
/// tables (`signs-typst`, `rows-typst`): a cell came out larger than its measured place.
pub(super) const REFIT: &str = "pkguru: a cell does not fit its measured place";

/// The markup that shadows the fast `signs` and `rows` with typst's own, for a run typeset
/// again.
pub(super) const EXACT: &str = "#let signs = signs-typst\n#let rows = rows-typst\n";

/// Something laid out once per run and put on many pages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Stamp {
    /// A text as laid out in a table cell, centred; bold or not. The cell's width in pt, as
    /// the bits of the `f64`.
    Cell { text: String, strong: bool, width: u64 },
    /// A footer's "Halaman k dari n" (the preamble's `page-number`).
    PageNumber { k: usize, n: usize },
    /// A form's table, given by a preamble expression (`tab-kelas.at(3)`), as wide as the text.
    Table(String),
    /// A signature cell (label, name, NIP line), as wide as its longest line, or laid out in
    /// a column this wide (pt, as the bits of the `f64`) when it wraps there (see
    /// [`sign`](super::sign)).
    Sign { cell: [String; 3], width: Option<u64> },
    /// A label | value table with these labels and no values (see [`rows`](super::rows)).
    Skeleton(Vec<String>),
    /// A value of such a table, or a cell of a summary's table ([`list`](super::list)), as
    /// wide as its text.
    Text(String),
    /// A summary table's head, bold, as wide as its text.
    Bold(String),
    /// A summary table's text too wide for its column, laid out in the column's width (pt, as
    /// the bits of the `f64`), on as many lines as it takes.
    Wrapped { text: String, width: u64 },
}

/// A mark's contents: the cells' width and, per cell, the offset from the table's top and
/// the text; the last `strong` texts are bold. Written by the preamble's `fill`.
struct Fill {
    width: Abs,
    cells: Vec<(Abs, String)>,
    strong: usize,
}

impl Fill {
    fn of(value: &Value) -> Option<Fill> {
        let Value::Array(parts) = value else { return None };
        let [Value::Length(width), Value::Array(off), Value::Array(texts), Value::Int(strong)] =
            parts.as_slice()
        else {
            return None;
        };
        let cells = off
            .iter()
            .zip(texts.iter())
            .map(|(o, t)| match (o, t) {
                (Value::Length(o), Value::Str(t)) => Some((o.abs, t.to_string())),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        (off.len() == texts.len()).then_some(Fill {
            width: width.abs,
            cells,
            strong: usize::try_from(*strong).ok()?,
        })
    }

    fn stamps(&self) -> impl Iterator<Item = (Abs, Stamp)> + '_ {
        let bold_from = self.cells.len().saturating_sub(self.strong);
        self.cells.iter().enumerate().map(move |(i, (dy, text))| {
            (
                *dy,
                Stamp::Cell {
                    text: text.clone(),
                    strong: i >= bold_from,
                    width: self.width.to_pt().to_bits(),
                },
            )
        })
    }
}

/// Where a stamp goes from its mark: its left or right edge there, or centred in a width
/// from there.
enum Place {
    Left,
    Right,
    Centre(Abs),
}

/// What a stamp laid out by typst must be to go where typst's own layout would have put it.
enum Fit {
    /// As tall as measured (a table without its values).
    Height(Abs),
    /// As tall as measured and at most `room` wide: wider, a line would have wrapped (a
    /// signature cell, a value in a table).
    Cell { height: Abs, room: Abs },
}

impl Fit {
    fn fits(&self, frame: &Frame) -> bool {
        // To a rounding error: a line more is 9 pt and more.
        let near = |a: Abs, b: Abs| (a - b).to_pt().abs() < 0.01;
        match self {
            Fit::Height(h) => near(frame.height(), *h),
            Fit::Cell { height, room } => {
                near(frame.height(), *height) && frame.width() <= *room + Abs::pt(0.01)
            }
        }
    }
}

/// The stamps laid out so far in a run, each once: the same frame for every page that shows
/// it, whichever thread laid it out first.
#[derive(Default)]
pub(super) struct Stamps {
    done: Mutex<HashMap<Stamp, Frame>>,
}

impl Stamps {
    /// Puts on `page` the tables and the texts its `marks` ask for; [`REFIT`] when a
    /// signature cell or a table's label or value does not fit its measured place (the run
    /// is then typeset by typst alone).
    pub fn fill(
        &self,
        page: &mut Frame,
        marks: &[Mark],
        layout: impl Fn(&[Stamp]) -> Result<Vec<Frame>, String>,
    ) -> Result<(), String> {
        // The tables first (put at the mark, its top left corner), then the texts on them
        // (right-aligned under the mark, its top right corner: the cell's width is the stamp's).
        // A signature cell is centred in its column; a table of labels and values goes at
        // its mark, each value where its row's second cell begins.
        let mut stamps: Vec<(Point, Place, Stamp)> = Vec::new();
        // What each signature cell, table without values or value must fit, by its index in
        // `stamps` (else typst lays the run out itself).
        let mut fits: Vec<(usize, Fit)> = Vec::new();
        for mark in marks {
            match mark {
                Mark::Table(at, t) => stamps.push((*at, Place::Left, Stamp::Table(t.clone()))),
                Mark::Bars(at, value) => {
                    let bars = Bars::of(value).ok_or("a chart mark is not (rows, step, values 1 to 4)")?;
                    let rows = bars
                        .rows()
                        .map(|(t, dy)| (Point::new(at.x, at.y + dy), Place::Left, Stamp::Table(t)));
                    stamps.extend(rows);
                }
                Mark::Sign(at, value) => {
                    let sign =
                        Sign::of(value).ok_or("a signature mark is not (width, height, cell, wraps)")?;
                    fits.push((stamps.len(), Fit::Cell { height: sign.height, room: sign.width }));
                    let width = sign.wraps.then(|| sign.width.to_pt().to_bits());
                    stamps.push((*at, Place::Centre(sign.width), Stamp::Sign { cell: sign.cell, width }));
                }
                Mark::Rows(at, value) => {
                    let rows = Rows::of(value).ok_or("a table mark is not (row, labels, values, x, room)")?;
                    fits.push((stamps.len(), Fit::Height(rows.height())));
                    stamps.push((*at, Place::Left, Stamp::Skeleton(rows.labels.clone())));
                    for (text, x, y) in rows.values() {
                        fits.push((stamps.len(), Fit::Cell { height: rows.line(), room: rows.room }));
                        let text = Stamp::Text(text.to_string());
                        stamps.push((Point::new(at.x + x, at.y + y), Place::Left, text));
                    }
                }
                _ => {}
            }
        }
        for mark in marks {
            if let Mark::Fill(at, value) = mark {
                let fill =
                    Fill::of(value).ok_or("a mark to fill in is not (width, offsets, texts, strong)")?;
                stamps.extend(
                    fill.stamps().map(|(dy, stamp)| (Point::new(at.x, at.y + dy), Place::Right, stamp)),
                );
            }
        }
        if stamps.is_empty() {
            return Ok(());
        }
        let keys: Vec<Stamp> = stamps.iter().map(|(_, _, s)| s.clone()).collect();
        let frames = self.frames(&keys, layout)?;
        if fits.iter().any(|(i, fit)| frames.get(*i).is_none_or(|f| !fit.fits(f))) {
            return Err(REFIT.to_string());
        }
        for ((at, place, _), frame) in stamps.into_iter().zip(frames) {
            let x = match place {
                Place::Left => at.x,
                Place::Right => at.x - frame.width(),
                Place::Centre(width) => at.x + (width - frame.width()) / 2.0,
            };
            page.push_frame(Point::new(x, at.y), frame);
        }
        Ok(())
    }

    /// The frame of each of `stamps`, in order; the ones not laid out before in this run are
    /// laid out by `layout` (each once, one frame each).
    pub fn frames(
        &self,
        stamps: &[Stamp],
        layout: impl Fn(&[Stamp]) -> Result<Vec<Frame>, String>,
    ) -> Result<Vec<Frame>, String> {
        let mut missing: Vec<Stamp> = Vec::new();
        {
            let done = self.done();
            for stamp in stamps {
                if !done.contains_key(stamp) && !missing.contains(stamp) {
                    missing.push(stamp.clone());
                }
            }
        }
        if !missing.is_empty() {
            let frames = layout(&missing)?;
            if frames.len() != missing.len() {
                return Err(format!("{} stamps laid out for {}", frames.len(), missing.len()));
            }
            let mut done = self.done();
            for (stamp, frame) in missing.into_iter().zip(frames) {
                // Whichever thread laid a stamp out first, every page gets that frame.
                done.entry(stamp).or_insert(frame);
            }
        }
        let done = self.done();
        stamps
            .iter()
            .map(|s| done.get(s).cloned().ok_or_else(|| "a stamp was not laid out".to_string()))
            .collect()
    }

    /// Forgets the signature cells and the tables' values: they name a teacher, so keeping
    /// them would grow with the number of teachers.
    pub fn forget_teachers(&self) {
        self.done().retain(|s, _| !matches!(s, Stamp::Sign { .. } | Stamp::Text(_)));
    }

    fn done(&self) -> std::sync::MutexGuard<'_, HashMap<Stamp, Frame>> {
        self.done.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use typst::foundations::{Array, IntoValue, Str};
    use typst::layout::{FrameItem, Length, Size};
    use typst::syntax::Span;
    use typst::visualize::{Color, Geometry};

    fn mark(x: f64, y: f64, texts: &[&str], strong: i64) -> Mark {
        let off: Vec<Value> =
            (0..texts.len()).map(|i| Length::from(Abs::pt(3.0 + 10.0 * i as f64)).into_value()).collect();
        let texts: Vec<Value> = texts.iter().map(|t| Value::Str(Str::from(*t))).collect();
        let array = |v: Vec<Value>| Value::Array(v.into_iter().collect::<Array>());
        let value = array(vec![
            Length::from(Abs::pt(20.0)).into_value(),
            array(off),
            array(texts),
            Value::Int(strong),
        ]);
        Mark::Fill(Point::new(Abs::pt(x), Abs::pt(y)), value)
    }

    /// A stand-in for typst: a frame 20 pt wide (or 8 pt for bold) per stamp, holding a
    /// shape so that it is not empty; counts the stamps laid out.
    fn layout(count: &std::cell::Cell<usize>) -> impl Fn(&[Stamp]) -> Result<Vec<Frame>, String> + '_ {
        move |stamps| {
            count.set(count.get() + stamps.len());
            Ok(stamps
                .iter()
                .map(|s| {
                    let strong = matches!(s, Stamp::Cell { strong: true, .. });
                    let mut f =
                        Frame::hard(Size::new(Abs::pt(if strong { 8.0 } else { 20.0 }), Abs::pt(7.0)));
                    let shape = Geometry::Rect(Size::new(Abs::pt(1.0), Abs::pt(1.0))).filled(Color::BLACK);
                    f.push(Point::zero(), FrameItem::Shape(shape, Span::detached()));
                    f
                })
                .collect())
        }
    }

    #[test]
    fn texts_go_right_aligned_under_the_mark_each_laid_out_once() {
        let stamps = Stamps::default();
        let count = std::cell::Cell::new(0);
        let mut page = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        stamps.fill(&mut page, &[mark(150.0, 40.0, &["1", "2", "1", "3"], 1)], layout(&count)).unwrap();
        assert_eq!(count.get(), 3, "\"1\" once; \"3\" bold");
        let at: Vec<(f64, f64)> = page.items().map(|(p, _)| (p.x.to_pt(), p.y.to_pt())).collect();
        assert_eq!(at, [(130.0, 43.0), (130.0, 53.0), (130.0, 63.0), (142.0, 73.0)]);
        // The next page: "1" and "2" are laid out already.
        let mut next = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        stamps.fill(&mut next, &[mark(100.0, 0.0, &["2", "1"], 0)], layout(&count)).unwrap();
        assert_eq!(count.get(), 3);
        assert_eq!(next.items().len(), 2);
        // A table goes at its mark (its top left corner), before the texts that go on it.
        let mut third = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        let table = Mark::Table(Point::new(Abs::pt(10.0), Abs::pt(5.0)), "tab-kelas.at(0)".into());
        stamps.fill(&mut third, &[mark(150.0, 40.0, &["1"], 0), table], layout(&count)).unwrap();
        let at: Vec<(f64, f64)> = third.items().map(|(p, _)| (p.x.to_pt(), p.y.to_pt())).collect();
        assert_eq!(at, [(10.0, 5.0), (130.0, 43.0)]);
        assert_eq!(count.get(), 4, "the table laid out once, \"1\" already");
    }

    #[test]
    fn a_mark_of_another_shape_is_an_error() {
        let stamps = Stamps::default();
        let count = std::cell::Cell::new(0);
        let mut page = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        let bad = Mark::Fill(Point::zero(), Value::Int(3));
        assert!(stamps.fill(&mut page, &[bad], layout(&count)).is_err());
        let Mark::Fill(at, Value::Array(parts)) = mark(0.0, 0.0, &["1"], 0) else { unreachable!() };
        let three: Array = parts.into_iter().take(3).collect();
        assert!(stamps.fill(&mut page, &[Mark::Fill(at, Value::Array(three))], layout(&count)).is_err());
        // A page number's mark is not filled in here.
        stamps.fill(&mut page, &[Mark::PageNumber(at)], layout(&count)).unwrap();
        assert_eq!((count.get(), page.items().len()), (0, 0));
        // Fewer frames than stamps: an error, not a shifted page.
        let short = |_: &[Stamp]| Ok(Vec::new());
        assert!(stamps.fill(&mut page, &[mark(0.0, 0.0, &["1"], 0)], short).is_err());
    }

    fn sign(x: f64, height: f64, name: &str) -> Mark {
        let cell: Array = ["Guru", name, "NIP 1"].into_iter().map(|t| Value::Str(Str::from(t))).collect();
        let len = |pt: f64| Length::from(Abs::pt(pt)).into_value();
        let value: Array =
            [len(40.0), len(height), Value::Array(cell), Value::Bool(false)].into_iter().collect();
        Mark::Sign(Point::new(Abs::pt(x), Abs::pt(50.0)), Value::Array(value))
    }

    #[test]
    fn a_signature_cell_goes_at_its_mark_or_asks_for_typst() {
        let stamps = Stamps::default();
        let count = std::cell::Cell::new(0);
        let mut page = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        // The stand-in lays every stamp out 7 pt tall (the measured height) and 20 pt wide:
        // centred in the cell's 40 pt.
        stamps.fill(&mut page, &[sign(10.0, 7.0, "Ani"), sign(110.0, 7.0, "Ani")], layout(&count)).unwrap();
        let at: Vec<(f64, f64)> = page.items().map(|(p, _)| (p.x.to_pt(), p.y.to_pt())).collect();
        assert_eq!(at, [(20.0, 50.0), (120.0, 50.0)]);
        assert_eq!(count.get(), 1, "the same cell laid out once");
        // Taller than measured (a name on two lines): typst's own block, nothing put on.
        let mut other = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        assert_eq!(stamps.fill(&mut other, &[sign(10.0, 5.0, "Budi")], layout(&count)), Err(REFIT.into()));
        assert_eq!(other.items().len(), 0);
        // A cell names a teacher: forgotten after each group of teachers, unlike a text.
        stamps.fill(&mut other, &[mark(150.0, 40.0, &["1"], 0)], layout(&count)).unwrap();
        stamps.forget_teachers();
        let before = count.get();
        stamps
            .fill(&mut other, &[sign(10.0, 7.0, "Ani"), mark(150.0, 40.0, &["1"], 0)], layout(&count))
            .unwrap();
        assert_eq!(count.get(), before + 1, "the cell laid out again, the text not");
        let bad = Mark::Sign(Point::zero(), Value::Int(2));
        assert!(stamps.fill(&mut other, &[bad], layout(&count)).is_err());
        // A cell that wraps in its column is laid out in the column's width (40 pt).
        let Mark::Sign(at, Value::Array(parts)) = sign(10.0, 7.0, "Budi") else { unreachable!() };
        let wraps: Array = parts.into_iter().take(3).chain([Value::Bool(true)]).collect();
        let asked = std::cell::RefCell::new(Vec::new());
        let record = |s: &[Stamp]| {
            asked.borrow_mut().extend(s.iter().cloned());
            layout(&count)(s)
        };
        stamps.fill(&mut other, &[Mark::Sign(at, Value::Array(wraps))], record).unwrap();
        let cell = ["Guru", "Budi", "NIP 1"].map(String::from);
        assert_eq!(asked.into_inner(), [Stamp::Sign { cell, width: Some(40f64.to_bits()) }]);
    }

    fn rows(values: &[&str]) -> Mark {
        rows_in(values, 25.0)
    }

    fn rows_in(values: &[&str], room: f64) -> Mark {
        let strs = |s: &[&str]| Value::Array(s.iter().map(|t| Value::Str(Str::from(*t))).collect::<Array>());
        let len = |pt: f64| Length::from(Abs::pt(pt)).into_value();
        let labels: Vec<&str> = values.iter().map(|_| "Label").collect();
        let parts: Array =
            [len(7.0 + 5.2), strs(&labels), strs(values), len(60.0), len(room)].into_iter().collect();
        Mark::Rows(Point::new(Abs::pt(10.0), Abs::pt(100.0)), Value::Array(parts))
    }

    #[test]
    fn a_table_s_values_go_in_their_rows_or_ask_for_typst() {
        let stamps = Stamps::default();
        let count = std::cell::Cell::new(0);
        // The stand-in lays a text out 20 pt wide, 7 pt tall: one line of a 12.2 pt row.
        let mut page = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        let short = |stamps: &[Stamp]| {
            layout(&count)(stamps).map(|frames| {
                // The table without values: as tall as its rows.
                frames
                    .into_iter()
                    .zip(stamps)
                    .map(|(f, s)| match s {
                        Stamp::Skeleton(labels) => {
                            Frame::hard(Size::new(Abs::pt(150.0), Abs::pt(12.2) * labels.len() as f64))
                        }
                        _ => f,
                    })
                    .collect()
            })
        };
        stamps.fill(&mut page, &[rows(&["Ani", "", "1985"])], short).unwrap();
        let at: Vec<(f64, f64)> = page.items().map(|(p, _)| (p.x.to_pt(), p.y.to_pt())).collect();
        assert_eq!(at.len(), 3, "the table and two values");
        assert_eq!(at[0], (10.0, 100.0));
        assert!((at[1].0 - 70.0).abs() < 1e-9 && (at[1].1 - 102.6).abs() < 1e-9, "{at:?}");
        assert!((at[2].1 - (100.0 + 24.4 + 2.6)).abs() < 1e-9, "{at:?}");
        // A value wider than its room would wrap: typst's own table.
        let narrow = |pt: f64| rows_in(&["Ani"], pt);
        let mut other = Frame::hard(Size::new(Abs::pt(200.0), Abs::pt(300.0)));
        assert_eq!(stamps.fill(&mut other, &[narrow(19.0)], short), Err(REFIT.into()));
        stamps.fill(&mut other, &[narrow(20.0)], short).unwrap();
        stamps.forget_teachers();
        let before = count.get();
        stamps.fill(&mut other, &[rows(&["Ani"])], short).unwrap();
        assert_eq!(count.get(), before + 1, "the value laid out again, the table not");
    }
}
