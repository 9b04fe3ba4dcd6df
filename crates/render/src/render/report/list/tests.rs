//! The summary's tables cut into pieces, their columns and places (the whole table against typst's own is in
//! `markup/stamped.rs`).

use super::*;
use crate::render::blocks::{Block, Page};
use typst::foundations::Array;
use typst::layout::{FrameItem, Size};
use typst::syntax::Span;
use typst::visualize::{Color, Geometry};

fn col(head: &str, align: Align, width: Width) -> Col {
    Col::new(head, align, width)
}

fn list(cols: Vec<Col>, rows: &[&[&str]]) -> List {
    List { cols, rows: rows.iter().map(|r| r.iter().map(|t| t.to_string()).collect()).collect() }
}

/// A stand-in for typst: a text 5 pt wide a character (bold 6 pt), 7 pt tall ("tall" 9 pt);
/// wrapped in a width, as many lines as it takes, 10 pt apart.
fn frame(stamp: &Stamp) -> Option<Frame> {
    let size = |t: &String, per: f64| Size::new(Abs::pt(per * t.chars().count() as f64), Abs::pt(7.0));
    let size = match stamp {
        Stamp::Text(t) if t == "tall" => Size::new(Abs::pt(20.0), Abs::pt(9.0)),
        Stamp::Text(t) => size(t, 5.0),
        Stamp::Bold(t) => size(t, 6.0),
        Stamp::Wrapped { text, width } => {
            let width = f64::from_bits(*width);
            let lines = (5.0 * text.chars().count() as f64 / width).ceil();
            Size::new(Abs::pt(width), Abs::pt(7.0 + 10.0 * (lines - 1.0)))
        }
        _ => return None,
    };
    let mut f = Frame::hard(size);
    let shape = Geometry::Rect(Size::new(Abs::pt(1.0), Abs::pt(1.0))).filled(Color::BLACK);
    f.push(Point::zero(), FrameItem::Shape(shape, Span::detached()));
    Some(f)
}

fn pts(edges: &[Abs]) -> Vec<f64> {
    edges.iter().map(|e| (e.to_pt() * 1e6).round() / 1e6).collect()
}

fn three() -> Vec<Col> {
    vec![
        col("No", Align::Center, Width::Mm(10.0)),
        col("Nama", Align::Left, Width::Rest),
        col("Nilai", Align::Right, Width::Auto),
    ]
}

#[test]
fn columns_are_as_typst_makes_them() {
    let l = list(three(), &[&["1", "Ani", "3,5"], &["2", "Budi Santoso", "10,25"]]);
    let fast = l.fast(Abs::pt(200.0), &frame).unwrap();
    // 10 mm; the head "Nilai" bold (30 pt) is wider than "10,25" (25 pt), plus the insets;
    // the rest to "Nama".
    let mm10 = Abs::mm(10.0).to_pt();
    assert_eq!(pts(&fast.edges), pts(&[Abs::zero(), Abs::pt(mm10), Abs::pt(200.0 - 38.0), Abs::pt(200.0)]));
    assert_eq!(fast.line, Abs::pt(7.0));
    // The texts to lay out: the auto column's head, each text once.
    let stamps = l.stamps();
    assert_eq!(stamps[0], Stamp::Bold("Nilai".into()));
    assert_eq!(stamps.len(), 7, "{stamps:?}");
    // Two columns of the rest share it; no column of the rest: as wide as the columns.
    let two =
        list(vec![col("A", Align::Left, Width::Rest), col("B", Align::Left, Width::Rest)], &[&["x", "y"]]);
    assert_eq!(pts(&two.fast(Abs::pt(100.0), &frame).unwrap().edges), [0.0, 50.0, 100.0]);
    let autos = list(
        vec![col("A", Align::Left, Width::Auto), col("BB", Align::Left, Width::Auto)],
        &[&["xxxx", "y"]],
    );
    assert_eq!(pts(&autos.fast(Abs::pt(100.0), &frame).unwrap().edges), [0.0, 28.0, 48.0]);
}

#[test]
fn a_table_typst_would_lay_out_otherwise_is_left_to_typst() {
    let fast = |rows: &[&[&str]], width: f64| list(three(), rows).fast(Abs::pt(width), &frame);
    assert!(fast(&[&["1", "Ani", "3"]], 200.0).is_some());
    // A name wraps in the rest of the line (200 - 28.3 - 38 - 8 = 125.7 pt) from 26
    // characters on: its row is as tall as its lines.
    assert_eq!(fast(&[&["1", "Ani", "3"], &["2", &"n".repeat(25), "3"]], 200.0).unwrap().tall, []);
    let two_lines = fast(&[&["1", "Ani", "3"], &["2", &"n".repeat(26), "3"]], 200.0).unwrap();
    assert_eq!(two_lines.tall, [(1, Abs::pt(17.0))]);
    let three_lines = fast(&[&["1", &"n".repeat(60), "3"]], 200.0).unwrap();
    assert_eq!(three_lines.tall, [(0, Abs::pt(27.0))]);
    // Without its frame in the column's width, no columns.
    let no_wrap = |s: &Stamp| if matches!(s, Stamp::Wrapped { .. }) { None } else { frame(s) };
    assert!(list(three(), &[&["2", &"n".repeat(26), "3"]]).fast(Abs::pt(200.0), &no_wrap).is_none());
    // A number too wide for 10 mm (28.3 - 8 = 20.3 pt: four characters fit, five not) does not
    // wrap in a centred column: typst's.
    assert!(fast(&[&["1234", "Ani", "3"]], 200.0).is_some());
    assert!(fast(&[&["12345", "Ani", "3"]], 200.0).is_none());
    // No room left for the rest; a line taller than the others; an empty row; a short row.
    assert!(fast(&[&["1", "Ani", "3"]], 60.0).is_none());
    assert!(fast(&[&["1", "tall", "3"]], 200.0).is_none());
    assert!(fast(&[&["1", "Ani", "3"], &["", "", ""]], 200.0).is_none());
    assert!(fast(&[&["1", "Ani"]], 200.0).is_none());
    assert!(list(Vec::new(), &[]).fast(Abs::pt(200.0), &frame).is_none());
    // Columns wider than the page, without a rest column.
    let autos = list(vec![col("A", Align::Left, Width::Auto)], &[&["xxxxxxxxxxxx"]]);
    assert!(autos.fast(Abs::pt(60.0), &frame).is_none());
    assert!(autos.fast(Abs::pt(68.0), &frame).is_some());
}

#[test]
fn the_markup_gives_widths_and_rows_or_the_cells() {
    let l = list(three(), &[&["1", "A\"ni", "3,5"]]);
    let fast = l.fast(Abs::pt(200.0), &frame).unwrap();
    assert_eq!(
        l.markup(2, Some(&fast)),
        "(k: 2, aligns: (center, left, right,), heads: (\"No\", \"Nama\", \"Nilai\",), \
         widths: (10mm, 1fr, 38pt,), rows: 1, line: 7pt, tall: (:))"
    );
    let tall = list(three(), &[&["1", "Ani", "3"], &["2", &"n".repeat(26), "3"]]);
    let fast = tall.fast(Abs::pt(200.0), &frame).unwrap();
    assert!(tall.markup(0, Some(&fast)).ends_with("rows: 2, line: 7pt, tall: (\"1\": 17pt))"));
    assert_eq!(
        l.markup(0, None),
        "(k: 0, aligns: (center, left, right,), heads: (\"No\", \"Nama\", \"Nilai\",), \
         widths: (10mm, 1fr, auto,), cells: (\"1\",\"A\\\"ni\",\"3,5\",))"
    );
}

fn row_mark(x: f64, y: f64, k: i64, i: i64) -> Mark {
    let value = Value::Array([Value::Int(k), Value::Int(i)].into_iter().collect::<Array>());
    Mark::List(Point::new(Abs::pt(x), Abs::pt(y)), value)
}

#[test]
fn each_text_goes_in_its_cell_as_the_column_is_aligned() {
    let lists = [list(three(), &[&["1", "Ani", "3,5"], &["22", "", "10,25"]])];
    let laid =
        Laid::new(&lists, Abs::pt(200.0), |s| Ok(s.iter().map(|s| frame(s).unwrap()).collect())).unwrap();
    assert!(laid.prelude().starts_with("#let lists = ((k: 0, "), "{}", laid.prelude());
    let mut page = Frame::hard(Size::new(Abs::pt(300.0), Abs::pt(300.0)));
    // The marks are where the first cell's text begins: the table's left edge plus the inset.
    laid.fill(&mut page, &[row_mark(54.0, 100.0, 0, 1), row_mark(54.0, 88.0, 0, 0)]).unwrap();
    let at: Vec<(f64, f64)> =
        page.items().map(|(p, _)| ((p.x.to_pt() * 1e6).round() / 1e6, p.y.to_pt())).collect();
    let mm10 = Abs::mm(10.0).to_pt();
    let round = |x: f64| (x * 1e6).round() / 1e6;
    let centre = |w: f64| round(54.0 + (mm10 - 8.0 - w) / 2.0);
    // "22" centred in 10 mm, no text for the empty name, "10,25" right-aligned (its 25 pt end
    // the inset before the table's right edge, 250 pt); then row 0.
    assert_eq!(
        at,
        [
            (centre(10.0), 100.0),
            (221.0, 100.0),
            (centre(5.0), 88.0),
            (round(54.0 + mm10), 88.0),
            (231.0, 88.0)
        ]
    );
    // A mark that is not (table, row), or names a row or table that is not there: an error.
    for bad in [row_mark(0.0, 0.0, 0, 2), row_mark(0.0, 0.0, 1, 0)] {
        assert!(laid.fill(&mut page, &[bad]).is_err());
    }
    assert!(laid.fill(&mut page, &[Mark::List(Point::zero(), Value::Int(0))]).is_err());
    // A table left to typst has no marks to fill.
    let wide = [list(three(), &[&["123456", "Ani", "3"]])];
    let laid =
        Laid::new(&wide, Abs::pt(200.0), |s| Ok(s.iter().map(|s| frame(s).unwrap()).collect())).unwrap();
    assert!(laid.prelude().contains("cells: ("));
    assert!(laid.fill(&mut page, &[row_mark(0.0, 0.0, 0, 0)]).is_err());
}

#[test]
fn a_long_name_is_laid_out_again_in_its_column_and_put_there() {
    let long = "n".repeat(40);
    let lists = [list(three(), &[&["1", &long, "3"]])];
    let calls = std::cell::RefCell::new(Vec::new());
    let layout = |s: &[Stamp]| {
        calls.borrow_mut().push(s.to_vec());
        Ok(s.iter().map(|s| frame(s).unwrap()).collect())
    };
    let laid = Laid::new(&lists, Abs::pt(200.0), layout).unwrap();
    // The texts first; then, the columns known, the name in the width of its column.
    let calls = calls.into_inner();
    let room = 200.0 - Abs::mm(10.0).to_pt() - 38.0 - 8.0;
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1], [Stamp::Wrapped { text: long.clone(), width: room.to_bits() }]);
    assert!(laid.prelude().contains("tall: (\"0\": 17pt)"), "{}", laid.prelude());
    let mut page = Frame::hard(Size::new(Abs::pt(300.0), Abs::pt(300.0)));
    laid.fill(&mut page, &[row_mark(54.0, 10.0, 0, 0)]).unwrap();
    let name = page.items().nth(1).map(|(p, item)| match item {
        FrameItem::Group(g) => (p.x.to_pt(), g.frame.width().to_pt(), g.frame.height().to_pt()),
        _ => (0.0, 0.0, 0.0),
    });
    assert_eq!(name, Some((54.0 + Abs::mm(10.0).to_pt(), room, 17.0)));
    // No second document when nothing wraps.
    let short = [list(three(), &[&["1", "Ani", "3"]])];
    let count = std::cell::Cell::new(0);
    Laid::new(&short, Abs::pt(200.0), |s| {
        count.set(count.get() + 1);
        Ok(s.iter().map(|s| frame(s).unwrap()).collect())
    })
    .unwrap();
    assert_eq!(count.get(), 1);
}

/// Long tables are cut into pieces of at most `max` rows, heads repeated; blocks stay in
/// their order and nothing is lost.
#[test]
fn long_tables_in_pieces() {
    let col = || vec![Col::new("No", Align::Left, Width::Auto)];
    let table = |from: usize, n: usize| Block::Table {
        cols: col(),
        rows: (from..from + n).map(|i| vec![i.to_string()]).collect(),
    };
    let page = Page {
        kind: "summary",
        blocks: vec![
            Block::H2("A".into()),
            table(0, 10),
            Block::H2("B".into()),
            table(100, 7),
            table(200, 0),
        ],
    };
    let shape: Vec<Vec<String>> = pieces_of(page, 4)
        .iter()
        .map(|p| {
            p.blocks
                .iter()
                .map(|b| match b {
                    Block::H2(t) => t.clone(),
                    Block::Table { rows, .. } => {
                        format!("T{}", rows.iter().map(|r| r[0].clone()).collect::<Vec<_>>().join(","))
                    }
                    _ => "?".into(),
                })
                .collect()
        })
        .collect();
    assert_eq!(
        shape,
        [
            vec!["A", "T0,1,2,3"],
            vec!["T4,5,6,7"],
            vec!["T8,9", "B", "T100,101"],
            vec!["T102,103,104,105"],
            vec!["T106", "T"],
        ]
    );
}
