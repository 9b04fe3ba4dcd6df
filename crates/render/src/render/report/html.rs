//! The report as one self-contained HTML file: inline CSS (with an A4 print stylesheet, so
//! any browser prints the same pages) and inline SVG charts; no script, no network.

use crate::lang::Lang;
use std::fmt::Write;

use crate::core::instrument::Jenis;
use crate::core::predikat::Predikat;
use crate::i18n;

use super::{Document, Summary, TeacherPages};

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
th, td { border: .6pt solid var(--line); padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: var(--soft); font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.c, th.c { text-align: center; white-space: nowrap; }
table.komp { break-inside: avoid; font-size: 8.5pt; }
table.komp th, table.komp td { padding: 1.5pt 4pt; }
table.komp caption { text-align: left; font-weight: 600; padding: 4pt 0 2pt; }
table.komp tfoot td { background: #fafafa; }
table.ident td:first-child { width: 42%; }
table.plain td, table.plain th { border: none; padding: 1pt 4pt 1pt 0; }
.rule { font-size: 8pt; color: #333; margin: 2pt 0 8pt; }
.result td.big { font-size: 11pt; font-weight: 700; }
.working { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
.signs { display: flex; justify-content: space-between; gap: 8mm; margin-top: 10mm; break-inside: avoid; }
.signs div { flex: 1; text-align: center; }
.signs .space { height: 22mm; }
.signs .name { font-weight: 600; text-decoration: underline; }
.place { text-align: right; margin-top: 8mm; }
.notes { font-size: 8.5pt; }
svg { display: block; margin: 4pt 0 8pt; max-width: 130mm; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
.ev th, .ev td { padding: 1pt 4pt; }
.ev .result td.big { font-size: 10pt; }
.ev .place { margin-top: 4mm; }
.ev .signs { margin-top: 3mm; }
.ev .signs .space { height: 16mm; }
@page { size: A4; margin: 14mm 14mm 16mm; }
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
pub fn document(lang: Lang, doc: &Document<'_>) -> String {
    let title = match doc.summary.and_then(|s| s.sekolah.as_deref()) {
        Some(s) => format!("{} — {s}", i18n::rp_summary_title(lang)),
        None => i18n::rp_summary_title(lang).to_string(),
    };
    let mut out = open(lang, &title);
    out.reserve(64 * 1024 + doc.teachers.len() * 48 * 1024);
    if let Some(s) = doc.summary {
        summary(lang, &mut out, s, doc);
    }
    for t in doc.teachers {
        teacher(lang, &mut out, t, doc);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The document's head (language, title, the stylesheet) and the opening `<body>`.
pub(super) fn open(lang: Lang, title: &str) -> String {
    let lang = match lang {
        i18n::Lang::Id => "id",
        i18n::Lang::En => "en",
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"pkguru\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>",
        esc(title)
    );
    out
}

fn head(lang: Lang, out: &mut String, lampiran: &str, title: &str, t: &TeacherPages) {
    let who =
        if t.nip.is_empty() { esc(&t.nama) } else { format!("{} · NIP {}", esc(&t.nama), esc(&t.nip)) };
    let _ = writeln!(
        out,
        "<header class=\"form-head\"><div class=\"lampiran\">{} {lampiran}</div><h1>{}</h1><p class=\"who\">{who}</p></header>",
        i18n::rp_lampiran(lang),
        esc(title)
    );
}

/// One teacher's forms, each on its own page(s).
fn teacher(lang: Lang, out: &mut String, t: &TeacherPages, doc: &Document<'_>) {
    if doc.lampiran.b {
        out.push_str("<section class=\"page lampiran-1b\">\n");
        head(lang, out, "1B", i18n::rp_1b_title(lang), t);
        for b in &t.blocks {
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
            if !b.notes.is_empty() {
                let _ = write!(out, "<p class=\"notes\"><b>{}:</b> ", i18n::rp_notes(lang));
                let items: Vec<String> = b.notes.iter().map(|(id, n)| format!("{id}: {}", esc(n))).collect();
                let _ = writeln!(out, "{}</p>", items.join("; "));
            }
        }
        let _ = writeln!(out, "<p class=\"rule\">{}</p>\n</section>", esc(i18n::rp_value_rule(lang)));
    }
    if doc.lampiran.c {
        out.push_str("<section class=\"page lampiran-1c\">\n");
        head(lang, out, "1C", i18n::rp_1c_title(lang, t.jenis), t);
        let _ = writeln!(
            out,
            "<table><thead><tr><th class=\"c\">{}</th><th>{}</th><th class=\"c\">{}</th></tr></thead><tbody>",
            i18n::rp_no(lang),
            i18n::rp_competency(lang),
            i18n::rp_value_short(lang)
        );
        for b in &t.blocks {
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
            esc(&t.score_100),
            i18n::rp_predikat(lang),
            esc(t.predikat.name())
        );
        let _ = writeln!(out, "<h2>{}</h2>", i18n::rp_chart(lang));
        let values: Vec<(String, u8)> =
            t.blocks.iter().map(|b| (format!("K{}", b.number), b.value)).collect();
        bar_chart(out, &values, 4);
        out.push_str("</section>\n");
    }
    if doc.lampiran.d {
        out.push_str("<section class=\"page lampiran-1d\">\n");
        head(lang, out, "1D", i18n::rp_1d_title(lang), t);
        let _ = writeln!(out, "<h2>{}</h2>", i18n::rp_identity_teacher(lang));
        rows_table(out, &t.identity);
        let _ = writeln!(out, "<h2>{}</h2>", i18n::rp_identity_assessor(lang));
        rows_table(out, &t.assessor_rows(lang));
        let _ = writeln!(out, "<h2>{}</h2>", i18n::rp_result(lang));
        rows_table(out, &t.result_rows(lang));
        if let Ok((_, steps)) = &t.credit {
            let _ = writeln!(out, "<table class=\"plain working\"><tbody>");
            for (label, line) in steps {
                let _ = writeln!(out, "<tr><td>{}</td><td>{}</td></tr>", esc(label), esc(line));
            }
            out.push_str("</tbody></table>\n");
        }
        if !t.catatan.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"notes\"><b>{}:</b> {}</p>",
                i18n::rp_catatan(lang),
                esc(&t.catatan)
            );
        }
        let _ = writeln!(out, "<p class=\"place\">{}</p>", esc(&t.place_date));
        out.push_str("<div class=\"signs\">");
        for (role, name, nip) in &t.signatures {
            let nip = if nip.is_empty() { i18n::rp_blank(lang).to_string() } else { esc(nip) };
            let _ = write!(
                out,
                "<div><div>{}</div><div class=\"space\"></div><div class=\"name\">{}</div><div>NIP {nip}</div></div>",
                esc(role),
                esc(name)
            );
        }
        out.push_str("</div>\n</section>\n");
    }
}

fn rows_table(out: &mut String, rows: &[(&'static str, String)]) {
    out.push_str("<table class=\"ident\"><tbody>\n");
    for (label, value) in rows {
        let _ = writeln!(out, "<tr><td>{}</td><td>{}</td></tr>", esc(label), esc(value));
    }
    out.push_str("</tbody></table>\n");
}

/// Horizontal bars for (label, value) on a scale of 0–`max`, drawn in SVG.
fn bar_chart(out: &mut String, values: &[(String, u8)], max: u8) {
    let (row, left, width) = (16, 40, 440);
    let height = row * values.len() + 24;
    let _ = write!(out, "<svg viewBox=\"0 0 {} {height}\" width=\"100%\" role=\"img\">", left + width + 30);
    for tick in 0..=max {
        let x = left + width * usize::from(tick) / usize::from(max.max(1));
        let _ = write!(
            out,
            "<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{}\" stroke=\"#ccc\" stroke-width=\"1\"/><text x=\"{x}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{tick}</text>",
            height - 16,
            height - 4
        );
    }
    for (i, (label, v)) in values.iter().enumerate() {
        bar(out, (i * row, row, left), width * usize::from(*v) / usize::from(max.max(1)), label, v);
    }
    out.push_str("</svg>\n");
}

/// One bar of a chart: its label right-aligned before `left`, the bar `w` long, the value after
/// it; `at` is (top, row height, left).
fn bar(out: &mut String, at: (usize, usize, usize), w: usize, label: &str, value: impl std::fmt::Display) {
    let (y, row, left) = at;
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text><rect x=\"{left}\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"#2f5d8a\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{value}</text>",
        left - 6,
        y + 12,
        esc(label),
        y + 2,
        row - 4,
        left + w + 4,
        y + 12
    );
}

/// The school summary page(s).
fn summary(lang: Lang, out: &mut String, s: &Summary, doc: &Document<'_>) {
    out.push_str("<section class=\"page summary\">\n<header class=\"form-head\">");
    let _ = write!(out, "<h1>{}</h1>", i18n::rp_summary_title(lang));
    let sub: Vec<String> =
        [s.sekolah.as_deref(), s.periode.as_deref()].into_iter().flatten().map(esc).collect();
    if !sub.is_empty() {
        let _ = write!(out, "<p class=\"who\">{}</p>", sub.join(" · "));
    }
    out.push_str("</header>\n");
    let counts = vec![
        (i18n::rp_assessed(lang), s.rows.len().to_string()),
        (i18n::rp_unassessed(lang), s.unassessed.len().to_string()),
        (i18n::rp_failed(lang), s.failed.to_string()),
    ];
    rows_table(out, &counts);
    let _ = writeln!(out, "<h2>{}</h2>", i18n::rp_distribution(lang));
    let per = s.per_predikat();
    let _ = write!(
        out,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        i18n::rp_predikat(lang),
        i18n::rp_count(lang)
    );
    for (p, n) in Predikat::ALL.iter().zip(per) {
        let _ = write!(out, "<tr><td>{}</td><td class=\"n\">{n}</td></tr>", p.name());
    }
    out.push_str("</tbody></table>\n");
    let top = per.iter().copied().max().unwrap_or(0).max(1);
    let bars: Vec<(String, u8)> =
        Predikat::ALL.iter().zip(per).map(|(p, n)| (p.name().to_string(), (n * 40 / top) as u8)).collect();
    bar_chart_counts(out, &bars, &per);
    for jenis in Jenis::ALL {
        let Some(means) = s.means(jenis) else { continue };
        let _ = writeln!(out, "<h2>{} — {}</h2>", i18n::rp_means(lang), i18n::rp_1c_title(lang, jenis));
        let _ = write!(
            out,
            "<table><thead><tr><th>{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
            i18n::rp_competency(lang),
            i18n::rp_value_short(lang)
        );
        for (k, m) in means.iter().enumerate() {
            let _ = write!(
                out,
                "<tr><td>K{}</td><td class=\"n\">{}</td></tr>",
                k + 1,
                Summary::mean_text(lang, *m)
            );
        }
        out.push_str("</tbody></table>\n");
        let weakest = s.weakest(jenis, 3);
        if !weakest.is_empty() {
            let names: Vec<String> =
                weakest.iter().map(|(k, m)| format!("K{k} ({})", Summary::mean_text(lang, *m))).collect();
            let _ = writeln!(out, "<p><b>{}:</b> {}</p>", i18n::rp_weakest(lang), names.join(", "));
        }
        let ranked = s.ranking(jenis);
        if !ranked.is_empty() {
            let _ = writeln!(out, "<h2>{} — {}</h2>", i18n::rp_ranking(lang), i18n::rp_1c_title(lang, jenis));
            let _ = write!(
                out,
                "<table><thead><tr><th class=\"c\">{}</th><th>{}</th>",
                i18n::rp_rank_pos(lang),
                i18n::rp_nama(lang)
            );
            for d in i18n::rp_domains_short(lang).split('|') {
                let _ = write!(out, "<th class=\"n\">{d}</th>");
            }
            let _ = writeln!(out, "<th class=\"n\">{}</th></tr></thead><tbody>", i18n::rp_value_short(lang));
            for r in &ranked {
                let _ = write!(
                    out,
                    "<tr><td class=\"c\">{}</td><td>{}</td>",
                    r.position_text(),
                    esc(&r.row.nama)
                );
                for d in r.domains {
                    let _ = write!(out, "<td class=\"n\">{}</td>", Summary::mean_text(lang, d));
                }
                let _ = writeln!(out, "<td class=\"n\">{}</td></tr>", Summary::mean_text(lang, r.value));
            }
            let _ = writeln!(out, "</tbody></table>\n<p class=\"rule\">{}</p>", i18n::rp_ranking_rule(lang));
        }
    }
    let _ = writeln!(out, "<h2>{}</h2>", i18n::rp_list(lang));
    let _ = writeln!(
        out,
        "<table><thead><tr><th class=\"c\">{}</th><th>{}</th><th>{}</th><th class=\"c\">{}</th><th class=\"n\">{}</th><th>{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        i18n::rp_no(lang),
        i18n::rp_nama(lang),
        i18n::rp_nip(lang),
        i18n::rp_jenis(lang),
        i18n::rp_score_100(lang),
        i18n::rp_predikat(lang),
        i18n::rp_ak(lang)
    );
    for (i, r) in s.sorted(doc.order).iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><td class=\"c\">{}</td><td>{}</td><td>{}</td><td class=\"c\">{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
            i + 1,
            esc(&r.nama),
            esc(&r.nip),
            r.jenis.code(),
            Summary::nilai_text(lang, r.score_100),
            r.predikat.name(),
            r.credit.map_or_else(|| i18n::rp_none(lang).to_string(), |x| Summary::ak_text(lang, x))
        );
    }
    out.push_str("</tbody></table>\n");
    if let Some(r) = &s.riwayat {
        let _ = writeln!(out, "<h2>{} — {}</h2>", i18n::rp_riwayat(lang), esc(&r.periode));
        out.push_str("<table><thead><tr>");
        for h in i18n::rp_riwayat_headers(lang) {
            let _ = write!(out, "<th>{h}</th>");
        }
        out.push_str("</tr></thead><tbody>\n");
        for row in &r.rows {
            out.push_str("<tr>");
            for (i, c) in row.iter().enumerate() {
                let class = if (3..=4).contains(&i) { " class=\"n\"" } else { "" };
                let _ = write!(out, "<td{class}>{}</td>", esc(c));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table>\n");
    }
    let noted: Vec<&super::SummaryRow> =
        s.sorted(doc.order).into_iter().filter(|r| !r.catatan.is_empty()).collect();
    if !noted.is_empty() || !s.unassessed.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul class=\"notes\">", i18n::rp_catatan(lang));
        for r in noted {
            let _ = writeln!(out, "<li><b>{}</b>: {}</li>", esc(&r.nama), esc(&r.catatan));
        }
        for (nama, _, source) in &s.unassessed {
            let _ = writeln!(
                out,
                "<li><b>{}</b> ({}): {}</li>",
                esc(nama),
                esc(source),
                i18n::rp_unassessed(lang)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// Bars for counts: `scaled` are lengths 0–40, `counts` the numbers written beside them.
fn bar_chart_counts(out: &mut String, scaled: &[(String, u8)], counts: &[u64; 5]) {
    let (row, left, width) = (16, 80, 400);
    let height = row * scaled.len() + 4;
    let _ = write!(out, "<svg viewBox=\"0 0 {} {height}\" width=\"100%\" role=\"img\">", left + width + 40);
    for (i, ((label, v), n)) in scaled.iter().zip(counts).enumerate() {
        bar(out, (i * row, row, left), width * usize::from(*v) / 40, label, n);
    }
    out.push_str("</svg>\n");
}
