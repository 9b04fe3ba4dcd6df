//! The report as Typst markup, for the PDF writer: a preamble of the language's words as data
//! and fixed layout functions (A4 page, form head, competency tables, bars, signatures), then
//! the blocks of `page` (the same the HTML lays out) as calls to them with string literals,
//! so no text from a sheet is ever read as markup.

use crate::lang::Lang;
use std::fmt::Write;

use crate::core::instrument::Instrument;
use crate::core::predikat::Predikat;
use crate::i18n;

use super::list::{List, align_markup, width_markup};
use super::lit::lit;
use super::page;
use super::pdf::{Part, Typesetter};
use super::setup::Setup;
use super::{Document, TeacherPages};
use crate::render::blocks::{Block, Page, who};
use crate::render::forms::Printed;

/// Page setup (`doc`, applied with `#show: doc`) and layout functions; the data calls them.
/// Kept in a module of its own when typeset part by part: content made by these functions
/// then carries the same source spans in every part, so typst's layout cache serves the
/// instrument's indicator texts, laid out once, to every teacher.
const PREAMBLE: &str = r##"
#let margin-x = 14mm
#let doc(body) = {
  set page(width: paper-w, height: paper-h, margin: (x: margin-x, top: 14mm, bottom: 18mm))
  set text(font: "Libertinus Serif", size: 9.5pt, lang: lang-code)
  set par(justify: false, leading: 0.45em)
  set table(stroke: 0.5pt + luma(80), inset: (x: 4pt, y: 2.6pt))
  body
}
#let soft = luma(235)
// A part's footer, typeset once: the school or sheet, the teacher, and room (`w`) at the right
// for the widest page number, which pkguru puts on each page (`pdf.rs`). A long school or name
// wraps; the page number never breaks and ends the last line, at the right, joined to the
// teacher's last word (alone on a line of no text, it sat over the line above). One line of
// text, not a grid: thousands of footers.
#let footer-page(foot, who, w) = page(footer: [#set text(7.5pt, fill: luma(90)); #foot #h(1.2em) #who#sym.wj#h(1fr)#sym.wj#box(width: w)[#metadata(none) <pkguru-page>]])[]
#let page-number(k, n) = box(text(7.5pt, fill: luma(90))[#label.page #k #label.of #n])
#let kop-block = if kop == none { none } else {
  let n = kop.lines.len()
  let lines = kop.lines.enumerate().map(((i, l)) => text(if i + 1 == n { 13pt } else { 10.5pt }, weight: "bold", l))
  let alamat = if kop.alamat != none { (text(8pt, kop.alamat),) } else { () }
  let words = align(center, stack(spacing: 3pt, ..lines, ..alamat))
  block(width: 100%, stroke: (bottom: 1.8pt), inset: (bottom: 4pt), below: 8pt,
    if kop.logo == none { words } else {
      grid(columns: (22mm, 1fr, 22mm), align: horizon, image(kop.logo, height: 20mm, fit: "contain"), words, [])
    })
}
#let head(over, title, who) = {
  kop-block
  block(width: 100%, stroke: (bottom: 1.1pt), inset: (bottom: 4pt), below: 8pt)[
    #if over != none [#text(8pt, upper(over)) \ ]
    #text(12.5pt, weight: "bold", upper(title)) \
    #who
  ]
}
#let h2(t) = block(above: 9pt, below: 4pt, sticky: true, text(10.5pt, weight: "bold", t))
#let mark(on, label) = if on { place(top + left, [#metadata(none) #label]) }
// `body` between two marks, for its height (measured once per report, `preamble_forms`).
#let measured(body) = block(breakable: false)[#place(top + left, [#metadata(none) <pkguru-from>])#body#place(bottom + left, [#metadata(none) <pkguru-to>])]
// A teacher's numbers on a table laid out once: filled in by pkguru at these offsets from the
// table's top, in cells of this width, centred, the last `strong` of them bold (`stamp.rs`).
#let fill(width, off, texts, strong) = place(top + right, [#metadata((width, off, texts, strong)) <pkguru-fill>])
#let ktab(c, on) = {
  let m = mark(on, <pkguru-row>)
  block(breakable: false, width: 100%)[
    #mark(on, <pkguru-top>)
    #text(weight: "bold", c.at(0))
    #table(columns: (9mm, 1fr, 17mm), align: (center, left, center),
      table.header(..(label.no, label.indikator, label.skor).map(h => table.cell(fill: soft, strong(h)))),
      ..c.at(1).map(r => (r.at(0), r.at(1), m)).flatten(),
      ..label.kfoot.map(l => (table.cell(colspan: 2, align: left, l), m)).flatten())
  ]
}
// A form's table in a teacher's pages: an empty block as tall as the table, marked with the
// expression that gives it; pkguru puts the table there, laid out once per run (`stamp.rs`).
#let table-at(t, h) = block(breakable: false, width: 100%, height: h, place(top + left, [#metadata(t) <pkguru-table>]))
#let komp(t, h, off, scores) = block(breakable: false, below: 7pt)[#table-at(t, h) #fill(17mm, off, scores, 1)]
#let ctab(names, pred, on) = {
  let m = mark(on, <pkguru-row>)
  block(breakable: false, width: 100%)[
    #mark(on, <pkguru-top>)
    #table(columns: (12mm, 1fr, 24mm), fill: (_, y) => if y == 0 { soft },
      table.header(strong(label.no), strong(label.kompetensi), strong(label.nilai)),
      ..names.map(r => (align(center, r.at(0)), r.at(1), m)).flatten(),
      table.cell(colspan: 2, strong(label.jumlah)), m, table.cell(colspan: 2, strong(label.skala)), m,
      table.cell(colspan: 2, strong(label.predikat)), align(center, strong(pred)))
  ]
}
#let rekap(t, h, off, values) = block(breakable: false)[#table-at(t, h) #fill(24mm, off, values, 2)]
#let rows-typst(items, big) = block(below: 6pt, table(columns: (42%, 1fr),
  ..items.map(r => (r.at(0), if big { strong(r.at(1)) } else { r.at(1) })).flatten()))
#let rows = rows-typst
#let tab(widths, aligns, heads, cells) = block(below: 6pt, table(columns: widths, align: aligns,
  table.header(..heads.map(h => table.cell(fill: soft, strong(h)))), ..cells))
#let bars(items, max) = grid(columns: (auto, 1fr), row-gutter: 3pt, column-gutter: 6pt,
  ..items.map(it => (align(right, text(8pt, it.at(0))),
    box(width: 100%)[#box(width: it.at(1) / max * 85%, height: 8pt, fill: rgb("#2f5d8a")) #h(3pt) #text(8pt, it.at(2))])).flatten())
// Lampiran 1C's chart, values 1 to 4 for K1, K2, …: a row of it, and the chart as typst lays
// it out (`kbars` is put on by pkguru where the preamble has its rows, `bars.rs`).
#let kbar-row(n, k, v) = context grid(
  columns: (calc.max(..range(1, n + 1).map(i => measure(text(8pt, "K" + str(i))).width)), 1fr),
  column-gutter: 6pt, align(right, text(8pt, "K" + str(k + 1))),
  box(width: 100%)[#box(width: v / 4 * 85%, height: 8pt, fill: rgb("#2f5d8a")) #h(3pt) #text(8pt, str(v))])
#let kbars-typst(values) = bars(values.enumerate().map(((k, v)) => ("K" + str(k + 1), v, str(v))), 4)
#let kbars = kbars-typst
#let sign-cell(it) = align(center)[#it.at(0).split("\n").join(linebreak()) #v(20mm) #underline(strong(it.at(1))) \ #it.at(2)]
#let sign-cols(n) = if n == 4 { 2 } else { calc.min(n, 3) }
#let signs-typst(items) = block(breakable: false, grid(columns: sign-cols(items.len()) * (1fr,),
  column-gutter: 8mm, row-gutter: 9mm, ..items.map(sign-cell)))
#let signs = signs-typst
"##;

/// The preamble every part of the report starts with: the language's words as data (a
/// `label` dictionary, the language code, the default footer), then the fixed layout
/// functions that use them.
pub fn preamble(lang: Lang, footer: &str, setup: &Setup) -> String {
    let code = match lang {
        Lang::Id => "id",
        Lang::En => "en",
    };
    let mut out = String::with_capacity(PREAMBLE.len() + 1024);
    let words = [
        ("no", i18n::rp_no(lang)),
        ("indikator", i18n::rp_indicator(lang)),
        ("skor", i18n::rp_score_012(lang)),
        ("kompetensi", i18n::rp_competency(lang)),
        ("nilai", i18n::rp_value_short(lang)),
        ("jumlah", i18n::rp_total(lang)),
        ("skala", i18n::rp_score_100(lang)),
        ("predikat", i18n::rp_predikat(lang)),
        ("page", i18n::rp_page(lang)),
        ("of", i18n::rp_of(lang)),
    ];
    out.push_str("#let label = (");
    for (key, word) in words {
        let _ = write!(out, "{key}: {}, ", lit(word));
    }
    let _ = writeln!(
        out,
        "kfoot: ({}, {}, {}, strong({})))",
        lit(i18n::rp_total_score(lang)),
        lit(i18n::rp_max_score(lang)),
        lit(i18n::rp_percent(lang)),
        lit(i18n::rp_value(lang))
    );
    let _ = writeln!(out, "#let lang-code = {}\n#let default-foot = {}", lit(code), lit(footer));
    out.push_str(&setup_data(setup));
    out.push_str(PREAMBLE);
    out.push_str(super::list::PREAMBLE);
    out
}

/// The page setup as Typst data for the preamble: `paper-w`, `paper-h` and `kop` (or `none`).
/// A logo's bytes are written into the markup itself: no file for the typesetter to serve.
pub fn setup_data(setup: &Setup) -> String {
    let (w, h) = setup.paper.size_mm();
    let mut out = format!("#let paper-w = {w}mm\n#let paper-h = {h}mm\n");
    let Some(k) = &setup.kop else {
        out.push_str("#let kop = none\n");
        return out;
    };
    out.push_str("#let kop = (lines: (");
    for l in &k.lines {
        let _ = write!(out, "{},", lit(l));
    }
    out.push_str("), alamat: ");
    out.push_str(&k.alamat.as_deref().map_or_else(|| "none".to_string(), lit));
    out.push_str(", logo: ");
    match &k.logo {
        Some(bytes) => {
            out.push_str("bytes((");
            for b in bytes {
                let _ = write!(out, "{b},");
            }
            out.push_str("))");
        }
        None => out.push_str("none"),
    }
    out.push_str(")\n");
    out
}

/// The preamble of a report with Lampiran 1B or 1C: the plain preamble, then their tables as
/// values, laid out without the teacher's scores and values, and where each of those goes on
/// them (from the top, in pt). 1B has a table per competency (`tab-kelas`, `off-kelas`), 1C
/// one per predikat (`rtab-kelas`, `off1c-kelas`), each of a measured height (`h-kelas`,
/// `h1c-kelas`). A table is the same for every teacher: a teacher's pages keep its place with
/// an empty block as tall, and pkguru puts the table there, laid out once per run, and the
/// teacher's numbers on it (`stamp.rs`). The places are measured here, by typesetting the
/// tables once with a marker in each cell that takes a number.
pub fn preamble_forms(
    lang: Lang,
    footer: &str,
    setup: &Setup,
    instruments: &[&Instrument],
) -> Result<String, String> {
    let mut out = preamble(lang, footer, setup);
    if instruments.is_empty() {
        return Ok(out);
    }
    // One measuring document per instrument, typeset side by side.
    let mut measure = vec![String::new(); instruments.len()];
    for (inst, measure) in instruments.iter().zip(&mut measure) {
        let code = inst.jenis.code();
        let _ = write!(out, "#let data-{code} = (");
        for comp in &inst.competencies {
            let caption = format!("{} {}: {}", i18n::rp_competency(lang), comp.number, comp.name);
            let _ = write!(out, "({}, (", lit(&caption));
            for ind in &comp.indicators {
                let _ = write!(out, "({}, {}),", lit(&ind.id.to_string()), lit(&ind.text));
            }
            out.push_str(")),");
        }
        let _ = write!(out, ")\n#let names-{code} = (");
        for comp in &inst.competencies {
            let _ = write!(out, "(\"{}\", {}),", comp.number, lit(&comp.name));
        }
        let _ = writeln!(out, ")\n#let tab-{code} = data-{code}.map(c => ktab(c, false))");
        let _ = write!(out, "#let rtab-{code} = (");
        for p in Predikat::ALL {
            let _ = write!(out, "{},", lit(p.name()));
        }
        let _ = writeln!(out, ").map(p => ctab(names-{code}, p, false))");
        let _ =
            writeln!(measure, "#for c in data-{code} {{ ktab(c, true) }}\n#ctab(names-{code}, \"\", true)");
    }
    // The tables as teachers' pages show them, between two marks, for their heights.
    for (inst, measure) in instruments.iter().zip(&mut measure) {
        let code = inst.jenis.code();
        for tables in [format!("tab-{code}"), format!("rtab-{code}")] {
            let _ = writeln!(measure, "#for t in {tables} {{ measured(t) }}");
        }
    }
    // A signature cell for each number of lines in its label (`sign.rs`), a row of 1C's chart,
    // a row of a label | value table (`rows.rs`).
    let last = measure.last_mut().ok_or("no instrument")?;
    last.push_str(&super::sign::measure());
    last.push_str(super::bars::MEASURE);
    last.push_str(super::rows::MEASURE);
    let typesetter = Typesetter::new(&out, measure.len())?;
    let [tops, rows, froms, tos] = measured(&typesetter, &measure)?;
    let (mut tops, mut rows) = (tops.into_iter(), rows.into_iter());
    let mut offsets = |out: &mut String, cells: usize| -> Result<(), String> {
        let (page, top) = tops.next().ok_or("a table was not measured")?;
        out.push('(');
        for _ in 0..cells {
            let (p, y) = rows.next().ok_or("a cell was not measured")?;
            if p != page {
                return Err("a table was measured across pages".into());
            }
            let _ = write!(out, "{:.3}pt,", y - top);
        }
        out.push(')');
        Ok(())
    };
    for inst in instruments {
        let code = inst.jenis.code();
        let _ = write!(out, "#let off-{code} = (");
        for comp in &inst.competencies {
            // 1B: the indicators' scores, then the four result lines under them.
            offsets(&mut out, comp.indicators.len() + 4)?;
            out.push(',');
        }
        let _ = write!(out, ")\n#let off1c-{code} = ");
        // 1C: the competencies' values, then the total and the 100 scale.
        offsets(&mut out, inst.competencies.len() + 2)?;
        out.push('\n');
    }
    if tops.next().is_some() || rows.next().is_some() {
        return Err("more markers than cells".into());
    }
    heights(&mut out, instruments, froms, tos)?;
    Ok(out)
}

/// Where the marks of each measuring document landed (see [`preamble_forms`]), the
/// documents typeset side by side, the lists of each label one after the other in order.
#[allow(clippy::type_complexity)]
fn measured(typesetter: &Typesetter, measure: &[String]) -> Result<[Vec<(usize, f64)>; 4], String> {
    use rayon::prelude::*;
    let labels = ["pkguru-top", "pkguru-row", "pkguru-from", "pkguru-to"];
    let each: Vec<Result<[Vec<(usize, f64)>; 4], String>> =
        typesetter.pool.install(|| measure.par_iter().map(|m| typesetter.positions(m, labels)).collect());
    let mut all: [Vec<(usize, f64)>; 4] = Default::default();
    for one in each {
        for (all, one) in all.iter_mut().zip(one?) {
            all.extend(one);
        }
    }
    Ok(all)
}

/// The height of each of the forms' tables, as typst lays them out (`h-kelas`, `h1c-kelas`):
/// a teacher's pages keep each table's place with an empty block this tall; then those of
/// the signature cells (`sign.rs`), of a row of 1C's chart (`bars.rs`) and of a label |
/// value table (`rows.rs`). `tops` and `bottoms` are where each began and ended when
/// measured, in order.
fn heights(
    out: &mut String,
    instruments: &[&Instrument],
    tops: Vec<(usize, f64)>,
    bottoms: Vec<(usize, f64)>,
) -> Result<(), String> {
    if tops.len() != bottoms.len() {
        return Err("a table's top or bottom was not measured".into());
    }
    let mut measured = tops.into_iter().zip(bottoms).map(|((p, top), (q, bottom))| {
        if p == q { Ok(bottom - top) } else { Err("a table was measured across pages".to_string()) }
    });
    for inst in instruments {
        let code = inst.jenis.code();
        for (name, n) in [("h", inst.competencies.len()), ("h1c", Predikat::ALL.len())] {
            let _ = write!(out, "#let {name}-{code} = (");
            for _ in 0..n {
                let h = measured.next().ok_or("a table was not measured")??;
                let _ = write!(out, "{h}pt,");
            }
            out.push_str(")\n");
        }
    }
    let signs = measured.by_ref().take(super::sign::LINES).collect::<Result<Vec<f64>, String>>()?;
    if signs.len() != super::sign::LINES {
        return Err("a signature cell was not measured".into());
    }
    out.push_str(&super::sign::preamble(&signs));
    let row = measured.next().ok_or("a row of the chart was not measured")??;
    let mut counts: Vec<usize> = instruments.iter().map(|i| i.competencies.len()).collect();
    counts.sort_unstable();
    counts.dedup();
    out.push_str(&super::bars::preamble(row, &counts));
    let row = measured.next().ok_or("a table row was not measured")??;
    out.push_str(&super::rows::preamble(row));
    if measured.next().is_some() {
        return Err("more tables measured than made".into());
    }
    Ok(())
}

/// The parts of the report, each typeset on its own (so memory stays bounded, and parts can
/// be typeset side by side) and then put together: the summary, then one part per teacher.
/// Each part starts on a new page and numbers its own pages ("Halaman 2 dari 7"), with the
/// teacher named in the footer, so a teacher's pages stay together once printed.
pub fn parts<'a>(lang: Lang, doc: &'a Document<'a>) -> impl Iterator<Item = Part> + 'a {
    let summary = doc.summary.map(|s| page::summary(lang, s, doc)).into_iter().flat_map(|page| {
        super::list::pieces(page).into_iter().enumerate().map(|(i, piece)| {
            let (markup, lists) = with_lists(piece);
            Part { cont: i > 0, lists, ..Part::new(markup, String::new()) }
        })
    });
    summary.chain(doc.teachers.iter().flat_map(move |t| teacher(lang, t, doc)))
}

/// A teacher's part: a lampiran per compilation, the later ones continuing the first, so the
/// pages are numbered together ("Halaman 7 dari 7"). Typeset as one document, the three
/// took about 30 % more time than one by one (1,000 teachers: 6.7 s against 5.4 s,
/// BENCHMARKS.md). A teacher without pages still has a part: one result per teacher.
fn teacher(lang: Lang, t: &TeacherPages, doc: &Document<'_>) -> Vec<Part> {
    let who = who(&t.nama, &t.nip);
    let mut lampiran = page::teacher(lang, t, doc);
    if lampiran.is_empty() {
        lampiran.push(Page { kind: "empty", blocks: Vec::new() });
    }
    lampiran
        .iter()
        .enumerate()
        .map(|(i, p)| Part {
            cont: i > 0,
            signs: super::sign::blocks(p),
            ..Part::new(pages(std::slice::from_ref(p)), who.clone())
        })
        .collect()
}

/// A piece of the summary as markup, and its tables (moved, not copied), which pkguru fills
/// in (`list.rs`).
fn with_lists(page: Page<'_>) -> (String, Vec<List>) {
    let mut out = String::with_capacity(4096);
    let mut lists = Vec::new();
    for b in page.blocks {
        match b {
            Block::Table { cols, rows } => {
                let _ = writeln!(out, "#list-tab(lists.at({}))", lists.len());
                lists.push(List { cols, rows });
            }
            b => block(&mut out, &b),
        }
    }
    (out, lists)
}

/// One standalone form (evaluasi diri, …) as a part of the PDF.
pub fn form(f: &Printed) -> String {
    pages(std::slice::from_ref(&f.page))
}

/// One printed page (a 2023 document) as markup.
pub fn one_page(p: &Page<'_>) -> String {
    pages(std::slice::from_ref(p))
}

/// Pages as markup, each after the first on a new page.
fn pages(pages: &[Page<'_>]) -> String {
    let mut out = String::with_capacity(48 * 1024);
    for (i, p) in pages.iter().enumerate() {
        if i > 0 {
            out.push_str("#pagebreak()\n");
        }
        for b in &p.blocks {
            block(&mut out, b);
        }
    }
    out
}

/// A list of string literals, as a Typst array.
fn array<'s>(items: impl IntoIterator<Item = &'s str>) -> String {
    let mut out = String::from("(");
    for s in items {
        out.push_str(&lit(s));
        out.push(',');
    }
    out.push(')');
    out
}

fn block(out: &mut String, b: &Block<'_>) {
    match b {
        Block::Head { over, title, who } => {
            let over = over.as_deref().map_or_else(|| "none".to_string(), lit);
            let _ = writeln!(out, "#head({over}, {}, {})", lit(title), lit(who));
        }
        Block::H2(t) => {
            let _ = writeln!(out, "#h2({})", lit(t));
        }
        Block::Rows { rows, strong } => {
            out.push_str("#rows((");
            for (label, value) in rows {
                let _ = write!(out, "({}, {}),", lit(label), lit(value));
            }
            let _ = writeln!(out, "), {strong})");
        }
        Block::Competency { jenis, index, block } => {
            let _ = write!(
                out,
                "#komp(\"tab-{0}.at({index})\", h-{0}.at({index}), off-{0}.at({index}), (",
                jenis.code()
            );
            for (_, _, score) in &block.indicators {
                let _ = write!(out, "\"{score}\",");
            }
            let _ = writeln!(
                out,
                "\"{}\", \"{}\", {}, \"{}\"))",
                block.score,
                block.max,
                lit(&block.percent),
                block.value
            );
        }
        Block::Recap(t) => {
            let p = Predikat::ALL.iter().position(|p| *p == t.predikat).unwrap_or_default();
            let _ = write!(out, "#rekap(\"rtab-{0}.at({p})\", h1c-{0}.at({p}), off1c-{0}, (", t.jenis.code());
            for b in t.blocks {
                let _ = write!(out, "\"{}\",", b.value);
            }
            let _ = writeln!(out, "\"{} / {}\", {}))", t.total, t.max_total, lit(t.score_100));
        }
        Block::Bars { items, max, .. } if is_kbars(items, *max) => {
            out.push_str("#kbars((");
            for (_, v, _) in items {
                let _ = write!(out, "{v},");
            }
            out.push_str("))\n");
        }
        Block::Bars { items, max, .. } => {
            out.push_str("#bars((");
            for (label, v, shown) in items {
                let _ = write!(out, "({}, {v:.4}, {}),", lit(label), lit(shown));
            }
            let _ = writeln!(out, "), {max:.4})");
        }
        Block::Table { cols, rows } => {
            let widths: Vec<String> = cols.iter().map(|c| width_markup(c.width)).collect();
            let aligns: Vec<&str> = cols.iter().map(|c| align_markup(c.align)).collect();
            let _ = write!(
                out,
                "#tab(({},), ({},), {}, (",
                widths.join(", "),
                aligns.join(", "),
                array(cols.iter().map(|c| c.head.as_str()))
            );
            for row in rows {
                for v in row {
                    out.push_str(&lit(v));
                    out.push(',');
                }
            }
            out.push_str("))\n");
        }
        Block::Working(steps) => {
            out.push_str("#text(8.5pt)[");
            for (label, line) in steps.iter() {
                if label.is_empty() {
                    let _ = writeln!(out, "#{} \\", lit(line));
                } else {
                    let _ = writeln!(out, "#{}: #{} \\", lit(label), lit(line));
                }
            }
            out.push_str("]\n");
        }
        Block::Note { label, text } => {
            let _ = writeln!(out, "#text(8.5pt)[#strong({}): #{}]", lit(label), lit(text));
        }
        Block::Small(lines) => {
            let lines: Vec<String> = lines.iter().map(|l| format!("#{}", lit(l))).collect();
            let _ = writeln!(out, "#block(above: 3pt, below: 5pt, text(8pt)[{}])", lines.join(" \\ "));
        }
        Block::List(items) => {
            // A short list stays on one page: three notes are not split one and two.
            let _ = writeln!(out, "#block(breakable: {}, text(8.5pt)[", items.len() > 4);
            for (lead, text) in items {
                let _ = writeln!(out, "- #strong({}): #{}", lit(lead), lit(text));
            }
            out.push_str("])\n");
        }
        Block::PlaceDate(t) => {
            let _ = writeln!(out, "#v(6mm)\n#align(right, {})\n#v(4mm)", lit(t));
        }
        Block::Signatures(signs) => {
            out.push_str("#signs((");
            for (role, name, nip) in signs {
                let _ = write!(out, "({}, {}, {}),", lit(role), lit(name), lit(nip));
            }
            out.push_str("))\n");
        }
    }
}

/// Whether a chart is Lampiran 1C's: K1, K2, … each with a value 1 to 4, on 0 to 4.
fn is_kbars(items: &[(String, f64, String)], max: f64) -> bool {
    max == 4.0
        && items.iter().enumerate().all(|(i, (label, v, shown))| {
            [1.0, 2.0, 3.0, 4.0].contains(v) && *label == format!("K{}", i + 1) && *shown == format!("{v}")
        })
}

#[cfg(test)]
mod tests;

/// The blocks pkguru puts on (`sign.rs`, `bars.rs`) against typst's own layout.
#[cfg(test)]
mod stamped;
