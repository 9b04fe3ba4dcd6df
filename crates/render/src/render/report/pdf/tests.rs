//! The typesetter's tests: parts numbered and put together, marks filled in where typst
//! would have put the same things.

use super::fixture::{PREAMBLE, part, texts};
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
fn boxes_laid_out_on_one_page_come_back_one_frame_each_in_order() {
    let preamble = format!(
        "{PREAMBLE}#let paper-w = 200pt\n#let margin-x = 10pt\n#let tabs = (table(columns: 2)[a][b],)\n"
    );
    let typesetter = Typesetter::new(&preamble, 1).unwrap();
    let cell =
        |text: &str, width: f64| Stamp::Cell { text: text.into(), strong: false, width: width.to_bits() };
    let stamps = [
        cell("12", 30.0),
        Stamp::Table("tabs.at(0)".into()),
        cell("", 20.0),
        Stamp::PageNumber { k: 3, n: 7 },
        cell("41,67 %", 40.0),
    ];
    let frames = typesetter.stamp(&stamps).unwrap();
    let widths: Vec<f64> = frames.iter().map(|f| f.width().to_pt()).collect();
    assert_eq!(frames.len(), 5);
    // A cell is as wide as asked, even an empty one; the page number as wide as its text.
    assert_eq!([widths[0], widths[2], widths[4]], [30.0, 20.0, 40.0], "{widths:?}");
    let mut number = Vec::new();
    texts(&frames[3], Point::zero(), &mut number);
    assert_eq!(number.iter().map(|t| t.0.as_str()).collect::<String>(), "3/7");
    let mut table = Vec::new();
    texts(&frames[1], Point::zero(), &mut table);
    assert_eq!(table.len(), 2, "{table:?}");
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
    let part = |body: &str| Part::new(format!("Halo\n#block[{body}]\nAkhir"), String::new());
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
    let part = Part::new(markup, "Ani".into());
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
    assert_eq!(inner(&a).items().as_slice().as_ptr(), inner(&b).items().as_slice().as_ptr(), "still shared");
    assert!(
        inner(&a).items().any(|(_, i)| matches!(i, FrameItem::Text(_)) || matches!(i, FrameItem::Group(_)))
    );
    // Forgotten: the next page gets a frame of its own, with the same content.
    untag.clear();
    let mut c = page();
    untag.page(&mut c);
    assert_ne!(inner(&c).items().as_slice().as_ptr(), inner(&a).items().as_slice().as_ptr());
    assert_eq!(typst::utils::hash128(&inner(&c)), typst::utils::hash128(&inner(&a)));
}
