//! The report as one self-contained HTML file: inline CSS (with an A4 print stylesheet, so
//! any browser prints the same pages) and inline SVG charts; no script, no network. It lays
//! out the blocks of `page` (the same the PDF lays out) one after another.

use crate::lang::Lang;
use std::fmt::Write;

use crate::i18n;

use super::page;
use super::setup::Setup;
use super::{CompetencyBlock, Document};
use crate::render::blocks::{Align, Block, Page, Recap};
use crate::render::forms::Printed;

const CSS: &str = r#"
:root { --line: #555; --soft: #eef2f7; --ink: #111; --bar: #2f5d8a; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
  font-size: 9.5pt; line-height: 1.3; margin: 0; background: #d9dde3; }
section.page { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto;
  padding: 14mm 14mm 16mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.form-head { border-bottom: 1.2pt solid var(--ink); margin-bottom: 8pt; padding-bottom: 4pt; }
.form-head .lampiran { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .04em; }
h1 { font-size: 13pt; margin: 2pt 0; text-transform: uppercase; }
h2 { font-size: 10.5pt; margin: 10pt 0 4pt; }
.who { margin: 2pt 0 0; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; }
th, td { border: .6pt solid var(--line); padding: 2pt 4pt; vertical-align: top; text-align: left;
  overflow-wrap: break-word; }
th { background: var(--soft); font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.c, th.c { text-align: center; white-space: nowrap; }
/* Headings of number columns wrap, so a wide table stays inside the page. */
th.n, th.c { white-space: normal; }
table.komp { break-inside: avoid; font-size: 8.5pt; }
table.komp th, table.komp td { padding: 1.5pt 4pt; }
table.komp caption { text-align: left; font-weight: 600; padding: 4pt 0 2pt; }
table.komp tfoot td { background: #fafafa; }
table.ident td:first-child { width: 42%; }
table.plain td, table.plain th { border: none; padding: 1pt 4pt 1pt 0; }
.rule { font-size: 8pt; color: #333; margin: 2pt 0 8pt; }
.result td.big { font-size: 11pt; font-weight: 700; }
.working { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
.signs { display: grid; grid-template-columns: repeat(var(--n, 3), 1fr); gap: 9mm 8mm; margin-top: 10mm; break-inside: avoid; }
.signs div { text-align: center; white-space: pre-line; }
.signs .space { height: 22mm; }
.signs .name { font-weight: 600; text-decoration: underline; }
.place { text-align: right; margin-top: 8mm; }
.notes { font-size: 8.5pt; }
svg { display: block; margin: 4pt 0 8pt; max-width: 150mm; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
.ev th, .ev td { padding: 1pt 4pt; }
.ev .result td.big { font-size: 10pt; }
.ev .place { margin-top: 4mm; }
.ev .signs { margin-top: 3mm; }
.ev .signs .space { height: 16mm; }
@page { margin: 14mm 14mm 16mm; }
.kop { display: flex; align-items: center; gap: 4mm; border-bottom: 1.8pt solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.kop img { height: 20mm; width: 20mm; object-fit: contain; }
.kop > div { flex: 1; text-align: center; font-weight: 700; font-size: 10.5pt; }
.kop .last { font-size: 13pt; }
.kop .alamat { font-weight: 400; font-size: 8pt; }
@media print {
  body { background: #fff; }
  section.page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; }
  section.page:last-of-type { break-after: auto; }
}
"#;

/// HTML-escapes text.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The whole report as one HTML document.
pub fn document(lang: Lang, doc: &Document<'_>, setup: &Setup) -> String {
    let title = match doc.summary.and_then(|s| s.sekolah.as_deref()) {
        Some(s) => format!("{} — {s}", i18n::rp_summary_title(lang)),
        None => i18n::rp_summary_title(lang).to_string(),
    };
    let mut out = open(lang, &title, setup);
    let kop = kop(setup);
    out.reserve(64 * 1024 + doc.teachers.len() * 48 * 1024);
    if let Some(s) = doc.summary {
        write_page(lang, &mut out, &page::summary(lang, s, doc), &kop);
    }
    for t in doc.teachers {
        for p in page::teacher(lang, t, doc) {
            write_page(lang, &mut out, &p, &kop);
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Standalone forms (evaluasi diri, …) as one HTML document.
pub fn forms(lang: Lang, title: &str, forms: &[Printed], setup: &Setup) -> String {
    pages(lang, title, forms.iter().map(|f| &f.page), setup)
}

/// Printed pages (forms, the 2023 documents) as one HTML document.
pub fn pages<'p>(
    lang: Lang,
    title: &str,
    pages: impl Iterator<Item = &'p Page<'p>>,
    setup: &Setup,
) -> String {
    let mut out = open(lang, title, setup);
    let kop = kop(setup);
    for p in pages {
        write_page(lang, &mut out, p, &kop);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// CSS for the page size, on screen and in print.
fn paper_css(setup: &Setup) -> String {
    let (w, h) = setup.paper.size_mm();
    format!(
        "@page {{ size: {w}mm {h}mm; }}\nsection.page {{ width: {w}mm; min-height: {h}mm; }}\n\
         @media print {{ section.page {{ width: auto; min-height: 0; }} }}\n"
    )
}

/// The kop surat as HTML (the logo inline as a data URL), or nothing.
fn kop(setup: &Setup) -> String {
    let Some(k) = &setup.kop else { return String::new() };
    let mut out = String::from("<div class=\"kop\">");
    if let Some(logo) = &k.logo {
        let mime = if logo.starts_with(b"\x89PNG") {
            "image/png"
        } else if logo.starts_with(b"\xff\xd8") {
            "image/jpeg"
        } else {
            "image/svg+xml"
        };
        let _ = write!(out, "<img alt=\"\" src=\"data:{mime};base64,{}\">", base64(logo));
    }
    out.push_str("<div>");
    for (i, l) in k.lines.iter().enumerate() {
        let class = if i + 1 == k.lines.len() { " class=\"last\"" } else { "" };
        let _ = write!(out, "<div{class}>{}</div>", esc(l));
    }
    if let Some(a) = &k.alamat {
        let _ = write!(out, "<div class=\"alamat\">{}</div>", esc(a));
    }
    out.push_str("</div></div>");
    out
}

/// Standard base64 (RFC 4648) with padding, for a data URL.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The document's head (language, title, the stylesheet) and the opening `<body>`.
pub(super) fn open(lang: Lang, title: &str, setup: &Setup) -> String {
    let lang = match lang {
        i18n::Lang::Id => "id",
        i18n::Lang::En => "en",
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"pkguru\">\n<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>",
        esc(title),
        paper_css(setup)
    );
    out
}

/// One page as a section.
fn write_page(lang: Lang, out: &mut String, p: &Page<'_>, kop: &str) {
    let _ = writeln!(out, "<section class=\"page {}\">", p.kind);
    for b in &p.blocks {
        if matches!(b, Block::Head { .. }) {
            out.push_str(kop);
        }
        block(lang, out, b);
    }
    out.push_str("</section>\n");
}

/// The class of a cell aligned so.
fn class(a: Align) -> &'static str {
    match a {
        Align::Left => "",
        Align::Center => " class=\"c\"",
        Align::Right => " class=\"n\"",
    }
}

fn block(lang: Lang, out: &mut String, b: &Block<'_>) {
    match b {
        Block::Head { over, title, who } => {
            out.push_str("<header class=\"form-head\">");
            if let Some(o) = over {
                let _ = write!(out, "<div class=\"lampiran\">{}</div>", esc(o));
            }
            let _ = write!(out, "<h1>{}</h1>", esc(title));
            if !who.is_empty() {
                let _ = write!(out, "<p class=\"who\">{}</p>", esc(who));
            }
            out.push_str("</header>\n");
        }
        Block::H2(t) => {
            let _ = writeln!(out, "<h2>{}</h2>", esc(t));
        }
        Block::Rows { rows, strong } => {
            let (table, cell) = if *strong { (" result", " class=\"big\"") } else { ("", "") };
            let _ = writeln!(out, "<table class=\"ident{table}\"><tbody>");
            for (label, value) in rows {
                let _ = writeln!(out, "<tr><td>{}</td><td{cell}>{}</td></tr>", esc(label), esc(value));
            }
            out.push_str("</tbody></table>\n");
        }
        Block::Competency { block, .. } => competency(lang, out, block),
        Block::Recap(t) => recap(lang, out, t),
        Block::Bars { items, max, ticks } => bar_chart(out, items, *max, *ticks),
        Block::Table { cols, rows } => {
            out.push_str("<table><thead><tr>");
            for c in cols {
                let _ = write!(out, "<th{}>{}</th>", class(c.align), esc(&c.head));
            }
            out.push_str("</tr></thead><tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for (c, v) in cols.iter().zip(row) {
                    let _ = write!(out, "<td{}>{}</td>", class(c.align), esc(v));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody></table>\n");
        }
        Block::Working(steps) => {
            out.push_str("<table class=\"plain working\"><tbody>\n");
            for (label, line) in steps.iter() {
                let _ = writeln!(out, "<tr><td>{}</td><td>{}</td></tr>", esc(label), esc(line));
            }
            out.push_str("</tbody></table>\n");
        }
        Block::Note { label, text } => {
            let _ = writeln!(out, "<p class=\"notes\"><b>{}:</b> {}</p>", esc(label), esc(text));
        }
        Block::Small(lines) => {
            let lines: Vec<String> = lines.iter().map(|l| esc(l)).collect();
            let _ = writeln!(out, "<p class=\"rule\">{}</p>", lines.join("<br>"));
        }
        Block::List(items) => {
            out.push_str("<ul class=\"notes\">\n");
            for (lead, text) in items {
                let _ = writeln!(out, "<li><b>{}</b>: {}</li>", esc(lead), esc(text));
            }
            out.push_str("</ul>\n");
        }
        Block::PlaceDate(t) => {
            let _ = writeln!(out, "<p class=\"place\">{}</p>", esc(t));
        }
        Block::Signatures(signs) => {
            let n = if signs.len() == 4 { 2 } else { signs.len().clamp(1, 3) };
            let _ = write!(out, "<div class=\"signs\" style=\"--n:{n}\">");
            for (role, name, nip) in signs {
                let _ = write!(
                    out,
                    "<div><div>{}</div><div class=\"space\"></div><div class=\"name\">{}</div><div>{}</div></div>",
                    esc(role),
                    esc(name),
                    esc(nip)
                );
            }
            out.push_str("</div>\n");
        }
    }
}

/// Lampiran 1B: one competency's table.
fn competency(lang: Lang, out: &mut String, b: &CompetencyBlock) {
    let _ = writeln!(
        out,
        "<table class=\"komp\"><caption>{} {}: {}</caption>\n<thead><tr><th class=\"c\">{}</th><th>{}</th><th class=\"c\">{}</th></tr></thead>\n<tbody>",
        i18n::rp_competency(lang),
        b.number,
        esc(&b.name),
        i18n::rp_no(lang),
        i18n::rp_indicator(lang),
        i18n::rp_score_012(lang)
    );
    for (id, text, score) in &b.indicators {
        let _ = writeln!(
            out,
            "<tr><td class=\"c\">{id}</td><td>{}</td><td class=\"c\">{score}</td></tr>",
            esc(text)
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n<tfoot><tr><td></td><td>{}</td><td class=\"c\">{}</td></tr>\
         <tr><td></td><td>{}</td><td class=\"c\">{}</td></tr>\
         <tr><td></td><td>{}</td><td class=\"c\">{}</td></tr>\
         <tr><td></td><td><b>{}</b></td><td class=\"c\"><b>{}</b></td></tr></tfoot></table>",
        i18n::rp_total_score(lang),
        b.score,
        i18n::rp_max_score(lang),
        b.max,
        i18n::rp_percent(lang),
        esc(&b.percent),
        i18n::rp_value(lang),
        b.value
    );
}

/// Lampiran 1C: the competency recap.
fn recap(lang: Lang, out: &mut String, t: &Recap<'_>) {
    let _ = writeln!(
        out,
        "<table><thead><tr><th class=\"c\">{}</th><th>{}</th><th class=\"c\">{}</th></tr></thead><tbody>",
        i18n::rp_no(lang),
        i18n::rp_competency(lang),
        i18n::rp_value_short(lang)
    );
    for b in t.blocks {
        let _ = writeln!(
            out,
            "<tr><td class=\"c\">{}</td><td>{}</td><td class=\"c\">{}</td></tr>",
            b.number,
            esc(&b.name),
            b.value
        );
    }
    let _ = writeln!(
        out,
        "</tbody><tfoot class=\"result\"><tr><td></td><td>{}</td><td class=\"c big\">{} / {}</td></tr>\
         <tr><td></td><td>{}</td><td class=\"c big\">{}</td></tr>\
         <tr><td></td><td>{}</td><td class=\"c big\">{}</td></tr></tfoot></table>",
        i18n::rp_total(lang),
        t.total,
        t.max_total,
        i18n::rp_score_100(lang),
        esc(t.score_100),
        i18n::rp_predikat(lang),
        esc(t.predikat.name())
    );
}

/// Horizontal bars for (label, length, shown) on a scale of 0–`max`, drawn in SVG; with
/// `ticks`, the scale's whole numbers as lines.
fn bar_chart(out: &mut String, items: &[(String, f64, String)], max: f64, ticks: bool) {
    let row = 16;
    // Room for the longest label left of the bars (about 5.6 units a character at font size
    // 10): "K1" and predikat names, up to a competency's shortened name.
    let longest = items.iter().map(|(l, _, _)| l.chars().count()).max().unwrap_or(0);
    let left = (longest * 56 / 10 + 12).clamp(40, 240);
    let width = if left > 120 { 560 - left } else { 480 - left };
    let height = row * items.len() + if ticks { 24 } else { 4 };
    let max = if max > 0.0 { max } else { 1.0 };
    let _ = write!(out, "<svg viewBox=\"0 0 {} {height}\" width=\"100%\" role=\"img\">", left + width + 40);
    if ticks {
        for tick in 0..=(max as usize) {
            let x = left + (width as f64 * tick as f64 / max) as usize;
            let _ = write!(
                out,
                "<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{}\" stroke=\"#ccc\" stroke-width=\"1\"/><text x=\"{x}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{tick}</text>",
                height - 16,
                height - 4
            );
        }
    }
    for (i, (label, v, shown)) in items.iter().enumerate() {
        let w = (width as f64 * v.clamp(0.0, max) / max) as usize;
        let y = i * row;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text><rect x=\"{left}\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"#2f5d8a\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text>",
            left - 6,
            y + 12,
            esc(label),
            y + 2,
            row - 4,
            left + w + 4,
            y + 12,
            esc(shown)
        );
    }
    out.push_str("</svg>\n");
}

#[cfg(test)]
mod tests {
    use super::super::page::summary;
    use super::super::{Document, Summary};
    use crate::core::exact::ratio;
    use crate::core::instrument::Jenis;
    use crate::core::predikat::Predikat;

    #[test]
    fn base64_as_rfc_4648_gives_it() {
        for (raw, want) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")]
        {
            assert_eq!(super::base64(raw.as_bytes()), want);
        }
    }

    #[test]
    fn paper_and_kop_in_html() {
        use super::super::setup::{Kop, Paper, Setup};
        let s = Setup {
            paper: Paper::F4,
            kop: Some(Kop {
                lines: vec!["PEMERINTAH".into(), "SMP 1".into()],
                alamat: Some("Jl. Raya <1>".into()),
                logo: Some(b"\x89PNG".to_vec()),
            }),
        };
        assert!(super::paper_css(&s).contains("size: 215mm 330mm"));
        let h = super::kop(&s);
        assert!(h.contains("data:image/png;base64,iVBORw==") && h.contains("Jl. Raya &lt;1&gt;"), "{h}");
        assert!(h.contains("<div class=\"last\">SMP 1</div>"), "{h}");
    }
    use crate::lang::Lang;
    use crate::render::blocks::{Block, Page};
    use crate::render::report::{Lampiran, Order, SummaryRow};

    fn texts(b: &Block<'_>) -> Vec<String> {
        match b {
            Block::Head { over, title, who } => {
                over.iter().cloned().chain([title.clone(), who.clone()]).filter(|s| !s.is_empty()).collect()
            }
            Block::H2(t) | Block::PlaceDate(t) => vec![t.clone()],
            Block::Rows { rows, .. } => rows.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).collect(),
            Block::Bars { items, .. } => items.iter().flat_map(|(a, _, b)| [a.clone(), b.clone()]).collect(),
            Block::Table { cols, rows } => {
                cols.iter().map(|c| c.head.clone()).chain(rows.iter().flatten().cloned()).collect()
            }
            Block::Note { label, text } => vec![label.clone(), text.clone()],
            Block::Small(lines) => lines.clone(),
            Block::List(items) => items.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).collect(),
            Block::Signatures(s) => {
                s.iter().flat_map(|(a, b, c)| [a.clone(), b.clone(), c.clone()]).collect()
            }
            Block::Working(_) | Block::Competency { .. } | Block::Recap(_) => Vec::new(),
        }
    }

    /// The HTML and the PDF's markup are laid out from the same blocks: every text of the
    /// summary page is in both, escaped for each.
    #[test]
    fn html_and_pdf_show_the_same_texts() {
        let row = |nama: &str, values: Vec<u8>, x: i64| SummaryRow {
            nama: nama.into(),
            nip: "198503152010012003".into(),
            jenis: Jenis::Kelas,
            values,
            score_100: ratio(x, 1),
            predikat: Predikat::Baik,
            credit: Some(ratio(31238, 1000)),
            catatan: "jam <tidak> diisi & \"kosong\"".into(),
        };
        let summary = Summary {
            rows: vec![row("Siti <b>Aminah</b>", vec![3; 14], 80), row("Budi #strong[x]", vec![2; 14], 70)],
            unassessed: vec![("Rina".into(), String::new(), "rina.csv".into())],
            sekolah: Some("SMP \"Negeri\" 1".into()),
            ..Summary::default()
        };
        for lang in [Lang::Id, Lang::En] {
            let doc = Document {
                summary: Some(&summary),
                teachers: &[],
                lampiran: Lampiran::default(),
                order: Order::Nama,
            };
            let html = super::document(lang, &doc, &Default::default());
            // The tables pkguru fills in are in the parts' lists, with the cells typst would get.
            let tables = |p: &crate::render::report::pdf::Part| -> String {
                p.lists.iter().enumerate().map(|(k, l)| l.markup(k, None)).collect()
            };
            let markup: String = crate::render::report::markup::parts(lang, &doc)
                .map(|p| format!("{}{}", p.markup, tables(&p)))
                .collect();
            let page = summary_page(lang, &summary, &doc);
            let all: Vec<String> = page.blocks.iter().flat_map(texts).collect();
            assert!(all.iter().any(|t| t.contains("Rina")), "the unassessed teacher is listed");
            for t in all {
                assert!(html.contains(&super::esc(&t)), "{t:?} missing from the HTML");
                assert!(
                    markup.contains(&crate::render::report::lit::lit(&t)),
                    "{t:?} missing from the markup"
                );
            }
        }
    }

    fn summary_page<'a>(lang: Lang, s: &Summary, doc: &Document<'_>) -> Page<'a> {
        summary(lang, s, doc)
    }
}
