//! The summary's tables (a district's ranking and list of teachers: thousands of rows of one
//! line each), filled in by pkguru. Typst laid out every cell, and every cell of an `auto`
//! column twice: the summary was a fifth of a 1,000-teacher report. Now each distinct text
//! of a table is laid out once, the columns are as wide as typst's grid would make them
//! ([`List::fast`]), and typst lays out the table with its head and a row of empty cells
//! per row, marked ([`LIST`](super::untag::LIST)): it still breaks the pages, repeats the head
//! and draws the lines. pkguru puts each row's texts in ([`Laid::fill`]). A long name that
//! wraps in its column is laid out in the column's width, and its row made as tall; a table
//! with a text that would overflow a column aligned otherwise than left is left to typst's
//! `tab`.

use std::collections::HashMap;
use std::fmt::Write;

use typst::foundations::Value;
use typst::layout::{Abs, Frame, Point};

use super::lit::lit;
use super::stamp::Stamp;
use super::untag::Mark;
use crate::render::blocks::{Align, Block, Col, Page, Width};

/// A cell's inset across (the document's `set table(inset: …)`, as `rows.rs` has it), in pt.
const INSET_X: f64 = super::rows::INSET.0;

/// One of a part's tables, as the summary gives it.
#[derive(Debug, Clone)]
pub struct List {
    pub cols: Vec<Col>,
    pub rows: Vec<Vec<String>>,
}

/// A column's width in the markup, as the summary's tables always gave it.
pub(super) fn width_markup(w: Width) -> String {
    match w {
        Width::Auto => "auto".to_string(),
        Width::Rest => "1fr".to_string(),
        Width::Mm(mm) => format!("{mm}mm"),
    }
}

/// A column's alignment in the markup.
pub(super) fn align_markup(a: Align) -> &'static str {
    match a {
        Align::Left => "left",
        Align::Center => "center",
        Align::Right => "right",
    }
}

/// A table pkguru fills in: where each column begins and ends (from the table's left edge),
/// the height of a line, and the rows taller than a line (a name that wraps).
#[derive(Debug, Clone, PartialEq)]
pub struct Fast {
    pub edges: Vec<Abs>,
    pub line: Abs,
    pub tall: Vec<(usize, Abs)>,
}

impl Fast {
    /// The width of column `c`'s text, between its insets.
    fn room(&self, c: usize) -> Abs {
        self.edges[c + 1] - self.edges[c] - Abs::pt(2.0 * INSET_X)
    }
}

/// A text laid out in a column's width, on as many lines as it takes.
fn wrapped(text: &str, room: Abs) -> Stamp {
    Stamp::Wrapped { text: text.to_string(), width: room.to_pt().to_bits() }
}

/// Whether a text this wide on one line is wider than its room (then it wraps).
fn overflows(width: Abs, room: Abs) -> bool {
    width > room + Abs::pt(1e-6)
}

impl List {
    /// The texts to lay out for [`List::fast`], each once: the cells, and the heads of the
    /// `auto` columns (bold), which take part in those columns' widths.
    pub(super) fn stamps(&self) -> Vec<Stamp> {
        let mut seen = std::collections::HashSet::new();
        let heads = self.cols.iter().filter(|c| c.width == Width::Auto).map(|c| Stamp::Bold(c.head.clone()));
        let cells = self.rows.iter().flatten().filter(|t| !t.is_empty()).map(|t| Stamp::Text(t.clone()));
        heads.chain(cells).filter(|s| seen.insert(s.clone())).collect()
    }

    /// The columns as typst's grid makes them, from the texts laid out: an `auto` column as
    /// wide as its widest text (the head bold) plus the insets, a column in mm as given, the
    /// `1fr` columns sharing the rest of `text_width`. `None` when a text would not fit its
    /// column on one line, the lines are not all as tall, or the columns take more than the
    /// width: typst lays such a table out. A text wider than a left-aligned column wraps: its
    /// row is as tall as its frame laid out in the column's width (asked of `frame` as
    /// [`Stamp::Wrapped`]); wider than a column aligned otherwise, the table is typst's.
    pub(super) fn fast(&self, text_width: Abs, frame: &dyn Fn(&Stamp) -> Option<Frame>) -> Option<Fast> {
        let n = self.cols.len();
        if n == 0 || self.rows.iter().any(|r| r.len() != n || r.iter().all(String::is_empty)) {
            return None;
        }
        let mut sizes: HashMap<&str, (Abs, Abs)> = HashMap::new();
        for text in self.rows.iter().flatten().filter(|t| !t.is_empty()) {
            if !sizes.contains_key(text.as_str()) {
                let f = frame(&Stamp::Text(text.clone()))?;
                sizes.insert(text, (f.width(), f.height()));
            }
        }
        let line = sizes.values().next()?.1;
        if sizes.values().any(|(_, h)| (*h - line).to_pt().abs() > 1e-9) {
            return None;
        }
        let inset = Abs::pt(2.0 * INSET_X);
        let widest = |c: usize| {
            self.rows
                .iter()
                .filter_map(|r| sizes.get(r[c].as_str()))
                .map(|(w, _)| *w)
                .fold(Abs::zero(), Abs::max)
        };
        let mut widths: Vec<Option<Abs>> = Vec::with_capacity(n);
        for (c, col) in self.cols.iter().enumerate() {
            widths.push(match col.width {
                Width::Auto => Some(frame(&Stamp::Bold(col.head.clone()))?.width().max(widest(c)) + inset),
                // As typst reads the markup's number.
                Width::Mm(mm) => Some(Abs::mm(format!("{mm}").parse().ok()?)),
                Width::Rest => None,
            });
        }
        let fixed: Abs = widths.iter().flatten().copied().sum();
        let rest = widths.iter().filter(|w| w.is_none()).count();
        let share = if rest == 0 { Abs::zero() } else { (text_width - fixed) / rest as f64 };
        if fixed > text_width || (rest > 0 && share <= Abs::zero()) {
            return None;
        }
        let mut edges = Vec::with_capacity(n + 1);
        let mut x = Abs::zero();
        edges.push(x);
        for w in widths {
            x += w.unwrap_or(share);
            edges.push(x);
        }
        let mut fast = Fast { edges, line, tall: Vec::new() };
        // A text wider than its column (an `auto` one never is) wraps there. Every such text
        // is asked for, so that all of them are laid out at once.
        let mut missing = false;
        for (i, row) in self.rows.iter().enumerate() {
            let mut height = line;
            for (c, text) in row.iter().enumerate() {
                let room = fast.room(c);
                if sizes.get(text.as_str()).is_some_and(|(w, _)| overflows(*w, room)) {
                    if self.cols[c].align != Align::Left {
                        return None;
                    }
                    match frame(&wrapped(text, room)) {
                        Some(f) => height = height.max(f.height()),
                        None => missing = true,
                    }
                }
            }
            if height > line {
                fast.tall.push((i, height));
            }
        }
        (!missing).then_some(fast)
    }

    /// The table as the preamble's `list-tab` takes it (`k`: its place in the part's list):
    /// the columns' widths and a number of empty rows when pkguru fills it in, else the cells
    /// for typst's `tab`.
    pub(super) fn markup(&self, k: usize, fast: Option<&Fast>) -> String {
        let aligns: Vec<&str> = self.cols.iter().map(|c| align_markup(c.align)).collect();
        let heads: Vec<String> = self.cols.iter().map(|c| lit(&c.head)).collect();
        let mut out = format!("(k: {k}, aligns: ({},), heads: ({},), ", aligns.join(", "), heads.join(", "));
        match fast {
            Some(fast) => {
                let widths: Vec<String> = self
                    .cols
                    .iter()
                    .zip(fast.edges.windows(2))
                    .map(|(c, e)| match c.width {
                        Width::Auto => format!("{}pt", (e[1] - e[0]).to_pt()),
                        w => width_markup(w),
                    })
                    .collect();
                let tall: Vec<String> =
                    fast.tall.iter().map(|(i, h)| format!("\"{i}\": {}pt", h.to_pt())).collect();
                let _ = write!(
                    out,
                    "widths: ({},), rows: {}, line: {}pt, tall: ({}))",
                    widths.join(", "),
                    self.rows.len(),
                    fast.line.to_pt(),
                    if tall.is_empty() { ":".to_string() } else { tall.join(", ") }
                );
            }
            None => {
                let widths: Vec<String> = self.cols.iter().map(|c| width_markup(c.width)).collect();
                let _ = write!(out, "widths: ({},), cells: (", widths.join(", "));
                for cell in self.rows.iter().flatten() {
                    out.push_str(&lit(cell));
                    out.push(',');
                }
                out.push_str("))");
            }
        }
        out
    }
}

/// The preamble's `list-tab`: a table of the summary, as `tab` lays it out, or (given widths
/// and a number of rows) with its head and empty rows as tall as a line (or as `tall` says),
/// each row's first cell marked with the table and the row.
pub(super) const PREAMBLE: &str = r#"#let list-tab(t) = if "cells" in t { tab(t.widths, t.aligns, t.heads, t.cells) } else {
  let rest = range(t.widths.len() - 1).map(_ => none)
  block(below: 6pt, table(columns: t.widths, align: t.aligns,
    table.header(..t.heads.map(h => table.cell(fill: soft, strong(h)))),
    ..range(t.rows).map(i => (box(width: 100%, height: t.tall.at(str(i), default: t.line), place(top + left, [#metadata((t.k, i)) <pkguru-list>])), ..rest)).flatten()))
}
"#;

/// A part's tables, with the frames of their texts and the columns of those pkguru fills in.
#[derive(Default)]
pub(super) struct Laid<'a> {
    lists: &'a [List],
    fast: Vec<Option<Fast>>,
    frames: HashMap<Stamp, Frame>,
}

impl<'a> Laid<'a> {
    /// Lays out the texts of `lists` (one document, by `layout`) and works out their columns;
    /// then the texts that wrap in their columns, if any (a second document).
    pub fn new(
        lists: &'a [List],
        text_width: Abs,
        layout: impl Fn(&[Stamp]) -> Result<Vec<Frame>, String>,
    ) -> Result<Laid<'a>, String> {
        let mut stamps: Vec<Stamp> = lists.iter().flat_map(List::stamps).collect();
        let mut seen = std::collections::HashSet::new();
        stamps.retain(|s| seen.insert(s.clone()));
        let mut frames: HashMap<Stamp, Frame> = HashMap::new();
        let lay = |frames: &mut HashMap<Stamp, Frame>, stamps: Vec<Stamp>| -> Result<(), String> {
            let laid = if stamps.is_empty() { Vec::new() } else { layout(&stamps)? };
            if laid.len() != stamps.len() {
                return Err(format!("{} texts laid out for {}", laid.len(), stamps.len()));
            }
            frames.extend(stamps.into_iter().zip(laid));
            Ok(())
        };
        lay(&mut frames, stamps)?;
        // What wraps is known once the columns are: asked for, then laid out.
        let wanted = std::cell::RefCell::new(Vec::new());
        let probe = |s: &Stamp| {
            frames.get(s).cloned().or_else(|| {
                wanted.borrow_mut().push(s.clone());
                None
            })
        };
        let mut fast: Vec<Option<Fast>> = lists.iter().map(|l| l.fast(text_width, &probe)).collect();
        let mut wanted = wanted.into_inner();
        if !wanted.is_empty() {
            let mut seen = std::collections::HashSet::new();
            wanted.retain(|s| seen.insert(s.clone()));
            lay(&mut frames, wanted)?;
            fast = lists.iter().map(|l| l.fast(text_width, &|s| frames.get(s).cloned())).collect();
        }
        Ok(Laid { lists, fast, frames })
    }

    /// The markup that defines the part's `lists` (before its body).
    pub fn prelude(&self) -> String {
        if self.lists.is_empty() {
            return String::new();
        }
        let mut out = String::from("#let lists = (");
        for (k, (list, fast)) in self.lists.iter().zip(&self.fast).enumerate() {
            out.push_str(&list.markup(k, fast.as_ref()));
            out.push(',');
        }
        out.push_str(")\n");
        out
    }

    /// Puts the texts of the rows marked on `page` in their cells: left, right or centred as
    /// the column is aligned, the line's top at the cell's (where the mark is); a text that
    /// wraps as laid out in its column's width.
    pub fn fill(&self, page: &mut Frame, marks: &[Mark]) -> Result<(), String> {
        for mark in marks {
            let Mark::List(at, value) = mark else { continue };
            let (k, i) = row_of(value).ok_or("a table row's mark is not (table, row)")?;
            let (Some(list), Some(Some(fast))) = (self.lists.get(k), self.fast.get(k)) else {
                return Err(format!("a mark for table {k}, which pkguru does not fill in"));
            };
            let row = list.rows.get(i).ok_or("a mark for a row past the table's end")?;
            let left = at.x - Abs::pt(INSET_X);
            for (c, (text, col)) in row.iter().zip(&list.cols).enumerate() {
                if text.is_empty() {
                    continue;
                }
                let edge = &fast.edges[c..c + 2];
                let mut frame =
                    self.frames.get(&Stamp::Text(text.clone())).ok_or("a text was not laid out")?;
                if overflows(frame.width(), fast.room(c)) {
                    frame = self
                        .frames
                        .get(&wrapped(text, fast.room(c)))
                        .ok_or("a wrapped text was not laid out")?;
                }
                let (from, to) = (left + edge[0] + Abs::pt(INSET_X), left + edge[1] - Abs::pt(INSET_X));
                let x = match col.align {
                    Align::Left => from,
                    Align::Right => to - frame.width(),
                    Align::Center => from + (to - from - frame.width()) / 2.0,
                };
                page.push_frame(Point::new(x, at.y), frame.clone());
            }
        }
        Ok(())
    }
}

/// The most table rows typeset at once. A district's summary lists thousands of teachers
/// twice (the ranking and the list); laid out whole, 5,000 teachers took 730 MB, so longer
/// tables are typeset in pieces (each piece starts a page; the pages are numbered on).
pub(super) const PIECE_ROWS: usize = 400;

/// A page cut after every [`PIECE_ROWS`] rows of its tables: each piece's tables repeat
/// their heads.
pub(super) fn pieces(page: Page<'_>) -> Vec<Page<'_>> {
    pieces_of(page, PIECE_ROWS)
}

fn pieces_of(page: Page<'_>, max: usize) -> Vec<Page<'_>> {
    let kind = page.kind;
    let mut out = Vec::new();
    let mut blocks = Vec::new();
    let mut rows_in_piece = 0;
    for block in page.blocks {
        let Block::Table { cols, rows } = block else {
            blocks.push(block);
            continue;
        };
        if rows.is_empty() {
            blocks.push(Block::Table { cols, rows });
            continue;
        }
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            if rows_in_piece >= max {
                out.push(Page { kind, blocks: std::mem::take(&mut blocks) });
                rows_in_piece = 0;
            }
            let chunk: Vec<Vec<String>> = rows.by_ref().take(max - rows_in_piece).collect();
            rows_in_piece += chunk.len();
            blocks.push(Block::Table { cols: cols.clone(), rows: chunk });
        }
    }
    out.push(Page { kind, blocks });
    out
}

/// A row mark's (table, row).
fn row_of(value: &Value) -> Option<(usize, usize)> {
    let Value::Array(parts) = value else { return None };
    match parts.as_slice() {
        [Value::Int(k), Value::Int(i)] => Some((usize::try_from(*k).ok()?, usize::try_from(*i).ok()?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
