//! The report as Typst markup, for the PDF writer: a fixed preamble of layout functions
//! (A4 page, form head, competency tables, bars, signatures), then the document's data as
//! string literals passed to them, so no text from a sheet is ever read as markup.

use crate::lang::Lang;
use std::fmt::Write;

use crate::core::instrument::{Instrument, Jenis};
use crate::core::predikat::Predikat;
use crate::i18n;

use super::pdf::{Part, Typesetter, lit};
use super::{Document, Summary, TeacherPages};

/// Page setup (`doc`, applied with `#show: doc`) and layout functions; the data calls them.
/// Kept in a module of its own when typeset part by part: content made by these functions
/// then carries the same source spans in every part, so typst's layout cache serves the
/// instrument's indicator texts, laid out once, to every teacher.
const PREAMBLE: &str = r##"
#let default-foot = FOOTER
#let doc(body) = {
  set page(paper: "a4", margin: (x: 14mm, top: 14mm, bottom: 18mm))
  set text(font: "Libertinus Serif", size: 9.5pt, lang: LANG)
  set par(justify: false, leading: 0.45em)
  set table(stroke: 0.5pt + luma(80), inset: (x: 4pt, y: 2.6pt))
  body
}
#let soft = luma(235)
#let footers(foot, who, n) = for k in range(1, n + 1) {
  page(footer: [#set text(7.5pt, fill: luma(90)); #foot #h(1fr) #who #h(1.2em) #[#PAGE #k #OF #n]])[]
}
#let head(lampiran, title, who) = block(width: 100%, stroke: (bottom: 1.1pt), inset: (bottom: 4pt), below: 8pt)[
  #text(8pt, upper(lampiran)) \
  #text(12.5pt, weight: "bold", upper(title)) \
  #who
]
#let h2(t) = block(above: 9pt, below: 4pt, text(10.5pt, weight: "bold", t))
#let mark(on, label) = if on { place(top + left, [#metadata(none) #label]) }
#let over(off, values, width) = for (y, s) in off.zip(values) { place(top + right, dy: y, box(width: width, align(center, s))) }
#let ktab(c, on) = {
  let m = mark(on, <pkguru-row>)
  block(breakable: false, width: 100%)[
    #mark(on, <pkguru-top>)
    #text(weight: "bold", c.at(0))
    #table(columns: (9mm, 1fr, 17mm), align: (center, left, center),
      table.header(..(strong(NO), strong(INDIKATOR), strong(SKOR)).map(h => table.cell(fill: soft, h))),
      ..c.at(1).map(r => (r.at(0), r.at(1), m)).flatten(),
      ..KFOOT.map(l => (table.cell(colspan: 2, align: left, l), m)).flatten())
  ]
}
#let komp(t, off, scores) = block(breakable: false, below: 7pt)[#t #over(off, scores, 17mm)]
#let ctab(names, pred, on) = {
  let m = mark(on, <pkguru-row>)
  block(breakable: false, width: 100%)[
    #mark(on, <pkguru-top>)
    #table(columns: (12mm, 1fr, 18mm), fill: (_, y) => if y == 0 { soft }, table.header(strong(NO), strong(KOMPETENSI), strong(NILAI)),
      ..names.map(r => (align(center, r.at(0)), r.at(1), m)).flatten(),
      table.cell(colspan: 2, strong(JUMLAH)), m, table.cell(colspan: 2, strong(SKALA)), m,
      table.cell(colspan: 2, strong(PREDIKAT)), align(center, strong(pred)))
  ]
}
#let rekap(t, off, values) = block(breakable: false)[#t #over(off, values, 18mm)]
#let rows(items) = table(columns: (42%, 1fr), ..items.map(r => (r.at(0), r.at(1))).flatten())
#let bars(items, max) = grid(columns: (auto, 1fr), row-gutter: 3pt, column-gutter: 6pt,
  ..items.map(it => (align(right, text(8pt, it.at(0))),
    box(width: 100%)[#box(width: it.at(1) / max * 85%, height: 8pt, fill: rgb("#2f5d8a")) #h(3pt) #text(8pt, it.at(2))])).flatten())
#let signs(items) = grid(columns: (1fr, 1fr, 1fr), column-gutter: 8mm,
  ..items.map(it => align(center)[#it.at(0) #v(20mm) #underline(strong(it.at(1))) \ NIP #it.at(2)]))
"##;

/// The preamble every part of the report starts with: page, fonts, layout functions.
pub fn preamble(lang: Lang, footer: &str) -> String {
    let code = match lang {
        Lang::Id => "\"id\"",
        Lang::En => "\"en\"",
    };
    PREAMBLE
        .replace("LANG", code)
        .replace("FOOTER", &lit(footer))
        .replace("#PAGE", &format!("#{}", lit(i18n::rp_page(lang))))
        .replace("#OF", &format!("#{}", lit(i18n::rp_of(lang))))
        .replace("strong(NO)", &format!("strong({})", lit(i18n::rp_no(lang))))
        .replace("strong(INDIKATOR)", &format!("strong({})", lit(i18n::rp_indicator(lang))))
        .replace("strong(SKOR)", &format!("strong({})", lit(i18n::rp_score_012(lang))))
        .replace("strong(KOMPETENSI)", &format!("strong({})", lit(i18n::rp_competency(lang))))
        .replace("strong(NILAI)", &format!("strong({})", lit(i18n::rp_value_short(lang))))
        .replace("strong(JUMLAH)", &format!("strong({})", lit(i18n::rp_total(lang))))
        .replace("strong(SKALA)", &format!("strong({})", lit(i18n::rp_score_100(lang))))
        .replace("strong(PREDIKAT)", &format!("strong({})", lit(i18n::rp_predikat(lang))))
        .replace(
            "KFOOT",
            &format!(
                "({}, {}, {}, strong({}))",
                lit(i18n::rp_total_score(lang)),
                lit(i18n::rp_max_score(lang)),
                lit(i18n::rp_percent(lang)),
                lit(i18n::rp_value(lang))
            ),
        )
}

/// The preamble of a report with Lampiran 1B or 1C: the plain preamble, then their tables as
/// values, laid out without the teacher's scores and values, and where each of those goes on
/// them (from the top, in pt). 1B has a table per competency (`tab-kelas`, `off-kelas`), 1C
/// one per predikat (`rtab-kelas`, `off1c-kelas`). A table is the same for every teacher, so
/// typst lays it out once and serves it from its cache; each teacher's numbers are placed
/// over it. The places are measured here, by typesetting the tables once with a marker in
/// each cell that takes a number.
pub fn preamble_forms(lang: Lang, footer: &str, instruments: &[&Instrument]) -> Result<String, String> {
    let mut out = preamble(lang, footer);
    if instruments.is_empty() {
        return Ok(out);
    }
    let mut measure = String::new();
    for inst in instruments {
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
    let typesetter = Typesetter::new(&out, 1)?;
    let [tops, rows] = typesetter.positions(&measure, ["pkguru-top", "pkguru-row"])?;
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
    Ok(out)
}

/// The parts of the report, each typeset on its own (so memory stays bounded, and parts can
/// be typeset side by side) and then put together: the summary, then one part per teacher.
/// Each part starts on a new page and numbers its own pages ("Halaman 2 dari 7"), with the
/// teacher named in the footer, so a teacher's pages stay together once printed.
pub fn parts<'a>(lang: Lang, doc: &'a Document<'a>) -> impl Iterator<Item = Part> + 'a {
    let summary = doc.summary.map(|s| {
        let mut out = String::with_capacity(16 * 1024);
        summary(lang, &mut out, s, doc);
        Part { markup: out, foot: None, who: String::new() }
    });
    summary.into_iter().chain(doc.teachers.iter().map(move |t| {
        let mut out = String::with_capacity(48 * 1024);
        let mut first = true;
        let mut page = |out: &mut String| {
            if !first {
                out.push_str("#pagebreak()\n");
            }
            first = false;
        };
        teacher(lang, &mut out, t, doc, &mut page);
        Part { markup: out, foot: None, who: who(t) }
    }))
}

/// The teacher as the page heads and footers name them.
fn who(t: &TeacherPages) -> String {
    if t.nip.is_empty() { t.nama.clone() } else { format!("{} · NIP {}", t.nama, t.nip) }
}

fn head(lang: Lang, out: &mut String, lampiran: &str, title: &str, t: &TeacherPages) {
    let who = who(t);
    let _ = writeln!(
        out,
        "#head({}, {}, {})",
        lit(&format!("{} {lampiran}", i18n::rp_lampiran(lang))),
        lit(title),
        lit(&who)
    );
}

fn rows(out: &mut String, items: &[(&'static str, String)]) {
    out.push_str("#rows((");
    for (label, value) in items {
        let _ = write!(out, "({}, {}),", lit(label), lit(value));
    }
    out.push_str("))\n");
}

fn teacher(
    lang: Lang,
    out: &mut String,
    t: &TeacherPages,
    doc: &Document<'_>,
    page: &mut impl FnMut(&mut String),
) {
    if doc.lampiran.b {
        page(out);
        head(lang, out, "1B", i18n::rp_1b_title(lang), t);
        for (c, b) in t.blocks.iter().enumerate() {
            let _ = write!(out, "#komp(tab-{0}.at({c}), off-{0}.at({c}), (", t.jenis.code());
            for (_, _, score) in &b.indicators {
                let _ = write!(out, "\"{score}\",");
            }
            let _ = writeln!(
                out,
                "\"{}\", \"{}\", {}, strong(\"{}\")))",
                b.score,
                b.max,
                lit(&b.percent),
                b.value
            );
            if !b.notes.is_empty() {
                let items: Vec<String> = b.notes.iter().map(|(id, n)| format!("{id}: {n}")).collect();
                let _ = writeln!(
                    out,
                    "#text(8.5pt)[#strong({}): #{}]",
                    lit(i18n::rp_notes(lang)),
                    lit(&items.join("; "))
                );
            }
        }
        let _ = writeln!(out, "#text(8pt, {})", lit(i18n::rp_value_rule(lang)));
    }
    if doc.lampiran.c {
        page(out);
        head(lang, out, "1C", i18n::rp_1c_title(lang, t.jenis), t);
        let p = Predikat::ALL.iter().position(|p| *p == t.predikat).unwrap_or_default();
        let _ = write!(out, "#rekap(rtab-{0}.at({p}), off1c-{0}, (", t.jenis.code());
        for b in &t.blocks {
            let _ = write!(out, "\"{}\",", b.value);
        }
        let _ = writeln!(out, "strong(\"{} / {}\"), strong({})))", t.total, t.max_total, lit(&t.score_100));
        let _ = writeln!(out, "#h2({})", lit(i18n::rp_chart(lang)));
        out.push_str("#bars((");
        for b in &t.blocks {
            let _ = write!(out, "(\"K{}\", {}, \"{}\"),", b.number, b.value, b.value);
        }
        out.push_str("), 4)\n");
    }
    if doc.lampiran.d {
        page(out);
        head(lang, out, "1D", i18n::rp_1d_title(lang), t);
        let _ = writeln!(out, "#h2({})", lit(i18n::rp_identity_teacher(lang)));
        rows(out, &t.identity);
        let _ = writeln!(out, "#h2({})", lit(i18n::rp_identity_assessor(lang)));
        rows(out, &t.assessor_rows(lang));
        let _ = writeln!(out, "#h2({})", lit(i18n::rp_result(lang)));
        rows(out, &t.result_rows(lang));
        if let Ok((_, steps)) = &t.credit {
            out.push_str("#text(8.5pt)[");
            for (label, line) in steps {
                if label.is_empty() {
                    let _ = writeln!(out, "#{} \\", lit(line));
                } else {
                    let _ = writeln!(out, "#{}: #{} \\", lit(label), lit(line));
                }
            }
            out.push_str("]\n");
        }
        if !t.catatan.is_empty() {
            let _ =
                writeln!(out, "#text(8.5pt)[#strong({}): #{}]", lit(i18n::rp_catatan(lang)), lit(&t.catatan));
        }
        let _ = writeln!(out, "#v(6mm)\n#align(right, {})\n#v(4mm)", lit(&t.place_date));
        out.push_str("#signs((");
        for (role, name, nip) in &t.signatures {
            let nip = if nip.is_empty() { i18n::rp_blank(lang).to_string() } else { nip.clone() };
            let _ = write!(out, "({}, {}, {}),", lit(role), lit(name), lit(&nip));
        }
        out.push_str("))\n");
    }
}

fn summary(lang: Lang, out: &mut String, s: &Summary, doc: &Document<'_>) {
    let sub: Vec<&str> = [s.sekolah.as_deref(), s.periode.as_deref()].into_iter().flatten().collect();
    let _ = writeln!(
        out,
        "#block(width: 100%, stroke: (bottom: 1.1pt), inset: (bottom: 4pt), below: 8pt)[#text(12.5pt, weight: \"bold\", upper({})) \\ #{}]",
        lit(i18n::rp_summary_title(lang)),
        lit(&sub.join(" · "))
    );
    rows(
        out,
        &[
            (i18n::rp_assessed(lang), s.rows.len().to_string()),
            (i18n::rp_unassessed(lang), s.unassessed.len().to_string()),
            (i18n::rp_failed(lang), s.failed.to_string()),
        ],
    );
    let _ = writeln!(out, "#h2({})", lit(i18n::rp_distribution(lang)));
    let per = s.per_predikat();
    let _ = write!(
        out,
        "#table(columns: (42%, 1fr), fill: (_, y) => if y == 0 {{ soft }}, table.header(strong({}), strong({})),",
        lit(i18n::rp_predikat(lang)),
        lit(i18n::rp_count(lang))
    );
    for (p, n) in Predikat::ALL.iter().zip(per) {
        let _ = write!(out, "{}, \"{n}\",", lit(p.name()));
    }
    out.push_str(")\n");
    let top = per.iter().copied().max().unwrap_or(0).max(1);
    out.push_str("#bars((");
    for (p, n) in Predikat::ALL.iter().zip(per) {
        let _ = write!(out, "({}, {n}, \"{n}\"),", lit(p.name()));
    }
    let _ = writeln!(out, "), {top})");
    for jenis in Jenis::ALL {
        let Some(means) = s.means(jenis) else { continue };
        let _ = writeln!(
            out,
            "#h2({})",
            lit(&format!("{} — {}", i18n::rp_means(lang), i18n::rp_1c_title(lang, jenis)))
        );
        out.push_str("#bars((");
        for (k, m) in means.iter().enumerate() {
            let f = crate::core::exact::to_f64(*m);
            let _ = write!(out, "(\"K{}\", {f:.4}, {}),", k + 1, lit(&Summary::mean_text(lang, *m)));
        }
        out.push_str("), 4)\n");
        let weakest = s.weakest(jenis, 3);
        if !weakest.is_empty() {
            let names: Vec<String> =
                weakest.iter().map(|(k, m)| format!("K{k} ({})", Summary::mean_text(lang, *m))).collect();
            let _ = writeln!(out, "#strong({}): #{}", lit(i18n::rp_weakest(lang)), lit(&names.join(", ")));
        }
        let ranked = s.ranking(jenis);
        if !ranked.is_empty() {
            let _ = writeln!(
                out,
                "#h2({})",
                lit(&format!("{} — {}", i18n::rp_ranking(lang), i18n::rp_1c_title(lang, jenis)))
            );
            let domains: Vec<String> = i18n::rp_domains_short(lang).split('|').map(lit).collect();
            let _ = write!(
                out,
                "#table(columns: (11mm, 1fr, auto, auto, auto, auto, auto), align: (center, left, right, right, right, right, right), table.header(..({}, {}, {}, {}, {}, {}, {}).map(h => table.cell(fill: soft, strong(h)))),",
                lit(i18n::rp_rank_pos(lang)),
                lit(i18n::rp_nama(lang)),
                domains[0],
                domains[1],
                domains[2],
                domains[3],
                lit(i18n::rp_value_short(lang))
            );
            for r in &ranked {
                let _ = write!(out, "{}, {},", lit(&r.position_text()), lit(&r.row.nama));
                for d in r.domains {
                    let _ = write!(out, "{},", lit(&Summary::mean_text(lang, d)));
                }
                let _ = write!(out, "{},", lit(&Summary::mean_text(lang, r.value)));
            }
            out.push_str(")\n");
            let _ = writeln!(out, "#text(8pt, {})", lit(i18n::rp_ranking_rule(lang)));
        }
    }
    let _ = writeln!(out, "#h2({})", lit(i18n::rp_list(lang)));
    let _ = write!(
        out,
        "#table(columns: (9mm, 1fr, auto, auto, auto, auto, auto), fill: (_, y) => if y == 0 {{ soft }}, table.header(..({}, {}, {}, {}, {}, {}, {}).map(strong)),",
        lit(i18n::rp_no(lang)),
        lit(i18n::rp_nama(lang)),
        lit(i18n::rp_nip(lang)),
        lit(i18n::rp_jenis(lang)),
        lit(i18n::rp_score_100(lang)),
        lit(i18n::rp_predikat(lang)),
        lit(i18n::rp_ak(lang))
    );
    for (i, r) in s.sorted(doc.order).iter().enumerate() {
        let _ = write!(
            out,
            "\"{}\", {}, {}, \"{}\", align(right, {}), {}, align(right, {}),",
            i + 1,
            lit(&r.nama),
            lit(&r.nip),
            r.jenis.code(),
            lit(&Summary::nilai_text(lang, r.score_100)),
            lit(r.predikat.name()),
            lit(&r.credit.map_or_else(|| i18n::rp_none(lang).to_string(), |x| Summary::ak_text(lang, x)))
        );
    }
    out.push_str(")\n");
    if let Some(r) = &s.riwayat {
        let _ = writeln!(out, "#h2({})", lit(&format!("{} — {}", i18n::rp_riwayat(lang), r.periode)));
        let heads: Vec<String> = i18n::rp_riwayat_headers(lang).iter().map(|h| lit(h)).collect();
        let _ = write!(
            out,
            "#table(columns: (1fr, auto, auto, auto, auto, auto, auto), align: (left, left, left, right, right, center, left), table.header(..({}).map(h => table.cell(fill: soft, strong(h)))),",
            heads.join(", ")
        );
        for row in &r.rows {
            for c in row {
                let _ = write!(out, "{},", lit(c));
            }
        }
        out.push_str(")\n");
    }
    let noted: Vec<_> = s.sorted(doc.order).into_iter().filter(|r| !r.catatan.is_empty()).collect();
    if !noted.is_empty() || !s.unassessed.is_empty() {
        let _ = writeln!(out, "#h2({})", lit(i18n::rp_catatan(lang)));
        out.push_str("#text(8.5pt)[\n");
        for r in noted {
            let _ = writeln!(out, "- #strong({}): #{}", lit(&r.nama), lit(&r.catatan));
        }
        for (nama, _, source) in &s.unassessed {
            let _ = writeln!(
                out,
                "- #strong({}) (#{}): #{}",
                lit(nama),
                lit(source),
                lit(i18n::rp_unassessed(lang))
            );
        }
        out.push_str("]\n");
    }
}

#[cfg(test)]
mod tests {
    use super::super::pdf::lit;

    #[test]
    fn sheet_text_is_a_string_literal() {
        assert_eq!(lit("a \"b\" \\ #c [d] $e$"), "\"a \\\"b\\\" \\\\ #c [d] $e$\"");
        assert_eq!(lit("x\ny"), "\"x\\ny\"");
    }
}
