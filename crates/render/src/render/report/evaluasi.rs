//! The printed evaluasi diri form (`pkguru report` on evaluasi diri forms): identity, the
//! items with ada / tidak ada and their scores, the result, and the signature of the guru
//! pengampu beside the kepala sekolah's. One model, laid out as HTML and as Typst markup.

use crate::lang::Lang;
use std::fmt::Write;

use crate::core::evaluasi::{self, Form, FormResult, Mark};
use crate::core::exact::Fixed;
use crate::i18n;
use crate::sheet::evaluasi::EvaluasiSheet;

use super::pdf::lit;

/// One form, worked out as text.
pub struct FormPage {
    pub who: String,
    pub form: &'static str,
    pub identity: Vec<(&'static str, String)>,
    /// No., item, ada, skor.
    pub items: Vec<(usize, String, &'static str, String)>,
    pub results: Vec<(&'static str, String)>,
    pub note: Option<String>,
    pub place_date: String,
    /// (role, name, NIP).
    pub signatures: [(&'static str, String, String); 2],
    pub vocational: bool,
    /// For `--split`: `NIP_nama`.
    pub file_stem: String,
}

impl FormPage {
    pub fn new(lang: Lang, s: &EvaluasiSheet, r: &FormResult) -> FormPage {
        let sep = lang.decimal_sep();
        let identity = ["sekolah", "nama", "nip", "mapel", "kelas", "periode"]
            .iter()
            .map(|k| (i18n::ev_identity_label(lang, k), s.identity(k).to_string()))
            .collect();
        let items = s
            .form
            .items()
            .enumerate()
            .map(|(n, item)| {
                let i = evaluasi::find(item.code).unwrap_or(0);
                let ada = match s.marks[i] {
                    Some(Mark::Ada) => i18n::ev_ada(lang),
                    Some(Mark::TidakAda) => i18n::ev_tidak_ada(lang),
                    None => "",
                };
                let skor = s.scores[i].map_or_else(|| "–".to_string(), |v| v.to_string());
                (n + 1, crate::render::evaluasi::uraian(item), ada, skor)
            })
            .collect();
        let results = vec![
            (i18n::ev_total(lang), r.skor.to_string()),
            (i18n::ev_max(lang), format!("{} ({} × 4)", r.maks, r.assessed)),
            (i18n::ev_nilai(lang), Fixed(r.nilai, 2, sep).to_string()),
            (i18n::ev_predikat(lang), r.predikat.name().to_string()),
        ];
        let note = evaluasi::disagreement(r.nilai).map(|all| {
            let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>();
            i18n::catatan_gap_text(lang, &list.join(", "))
        });
        let (nama, nip) = (s.identity("nama").to_string(), s.identity("nip").to_string());
        let who = if nip.is_empty() { nama.clone() } else { format!("{nama} · NIP {nip}") };
        let stem: String = format!("{nip}_{nama}")
            .trim_matches('_')
            .chars()
            .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' })
            .collect();
        let (tempat, tanggal) = (s.identity("tempat"), s.identity("tanggal"));
        let place_date = match (tempat.is_empty(), tanggal.is_empty()) {
            (true, true) => "…………………, ……………………".to_string(),
            (false, true) => format!("{tempat}, ……………………"),
            (true, false) => format!("…………………, {tanggal}"),
            (false, false) => format!("{tempat}, {tanggal}"),
        };
        FormPage {
            who,
            form: i18n::ev_form(lang, s.form == Form::Kejuruan),
            identity,
            items,
            results,
            note,
            place_date,
            signatures: [
                (
                    i18n::ev_mengetahui(lang),
                    s.identity("kepala_sekolah").to_string(),
                    s.identity("nip_kepala_sekolah").to_string(),
                ),
                (i18n::ev_guru(lang), nama, nip),
            ],
            vocational: s.form == Form::Kejuruan,
            file_stem: if stem.is_empty() { "evaluasi-diri".into() } else { stem },
        }
    }

    fn blank(s: &str) -> String {
        if s.is_empty() { "……………………………".to_string() } else { s.to_string() }
    }
}

/// One form as Typst markup (a part of the PDF), using the report preamble's functions.
pub fn markup(lang: Lang, p: &FormPage) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let _ = writeln!(out, "#head({}, {}, {})", lit(p.form), lit(i18n::ev_title(lang)), lit(&p.who));
    out.push_str("#rows((");
    for (label, value) in &p.identity {
        let _ = write!(out, "({}, {}),", lit(label), lit(value));
    }
    out.push_str("))\n#v(4pt)\n");
    let _ = write!(
        out,
        "#table(columns: (9mm, 1fr, 26mm, 19mm), align: (center, left, center, center),\n  table.header(..({}, {}, {}, {}).map(h => table.cell(fill: soft, strong(h)))),\n",
        lit(i18n::rp_no(lang)),
        lit(i18n::ev_item(lang)),
        lit(&format!("{} / {}", i18n::ev_ada(lang), i18n::ev_tidak_ada(lang))),
        lit(i18n::ev_skor(lang))
    );
    for (n, item, ada, skor) in &p.items {
        let _ = writeln!(out, "  [{n}], {}, {}, {},", lit(item), lit(ada), lit(skor));
    }
    out.push_str(")\n");
    let mut notes = vec![i18n::ev_rule(lang)];
    if p.vocational {
        notes.push(i18n::ev_kejuruan_mark(lang));
    }
    let _ = writeln!(
        out,
        "#text(8pt)[{}]",
        notes.iter().map(|n| format!("#{}", lit(n))).collect::<Vec<_>>().join(" \\ ")
    );
    out.push_str("#v(4pt)\n#rows((");
    for (label, value) in &p.results {
        let _ = write!(out, "({}, strong({})),", lit(label), lit(value));
    }
    out.push_str("))\n");
    let _ = writeln!(out, "#text(8pt, {})", lit(i18n::ev_bands(lang)));
    if let Some(note) = &p.note {
        let _ = writeln!(out, "\\\n#text(8pt)[#strong({}): #{}]", lit(i18n::rp_catatan(lang)), lit(note));
    }
    let _ = writeln!(out, "#v(6mm)\n#align(right, {})\n#v(3mm)", lit(&p.place_date));
    out.push_str("#block(breakable: false, grid(columns: (1fr, 1fr), column-gutter: 10mm,\n");
    for (role, name, nip) in &p.signatures {
        let nip = if nip.is_empty() { i18n::rp_blank(lang).to_string() } else { nip.clone() };
        let _ = writeln!(
            out,
            "  align(center)[#{} #v(20mm) #underline(strong({})) \\ NIP #{}],",
            lit(role),
            lit(&FormPage::blank(name)),
            lit(&nip)
        );
    }
    out.push_str("))\n");
    out
}

/// One form as an HTML page section.
pub fn html(lang: Lang, out: &mut String, p: &FormPage) {
    use super::html::esc;
    out.push_str("<section class=\"page ev\">\n");
    let _ = writeln!(
        out,
        "<header class=\"form-head\"><div class=\"lampiran\">{}</div><h1>{}</h1><p class=\"who\">{}</p></header>",
        esc(p.form),
        esc(i18n::ev_title(lang)),
        esc(&p.who)
    );
    out.push_str("<table class=\"ident\">\n");
    for (label, value) in &p.identity {
        let _ = writeln!(out, "<tr><td>{}</td><td>{}</td></tr>", esc(label), esc(value));
    }
    out.push_str("</table>\n<table class=\"komp\">\n");
    let _ = writeln!(
        out,
        "<thead><tr><th class=\"c\">{}</th><th>{}</th><th class=\"c\">{} / {}</th><th class=\"c\">{}</th></tr></thead><tbody>",
        esc(i18n::rp_no(lang)),
        esc(i18n::ev_item(lang)),
        esc(i18n::ev_ada(lang)),
        esc(i18n::ev_tidak_ada(lang)),
        esc(i18n::ev_skor(lang))
    );
    for (n, item, ada, skor) in &p.items {
        let _ = writeln!(
            out,
            "<tr><td class=\"c\">{n}</td><td>{}</td><td class=\"c\">{}</td><td class=\"c\">{}</td></tr>",
            esc(item),
            esc(ada),
            esc(skor)
        );
    }
    out.push_str("</tbody></table>\n");
    let _ = write!(out, "<p class=\"rule\">{}", esc(i18n::ev_rule(lang)));
    if p.vocational {
        let _ = write!(out, "<br>{}", esc(i18n::ev_kejuruan_mark(lang)));
    }
    out.push_str("</p>\n<table class=\"ident result\">\n");
    for (label, value) in &p.results {
        let _ = writeln!(out, "<tr><td>{}</td><td class=\"big\">{}</td></tr>", esc(label), esc(value));
    }
    let _ = writeln!(out, "</table>\n<p class=\"rule\">{}</p>", esc(i18n::ev_bands(lang)));
    if let Some(note) = &p.note {
        let _ = writeln!(
            out,
            "<p class=\"notes\"><strong>{}</strong>: {}</p>",
            esc(i18n::rp_catatan(lang)),
            esc(note)
        );
    }
    let _ = writeln!(out, "<p class=\"place\">{}</p>\n<div class=\"signs\">", esc(&p.place_date));
    for (role, name, nip) in &p.signatures {
        let nip = if nip.is_empty() { i18n::rp_blank(lang).to_string() } else { nip.clone() };
        let _ = writeln!(
            out,
            "<div>{}<div class=\"space\"></div><div class=\"name\">{}</div>NIP {}</div>",
            esc(role),
            esc(&FormPage::blank(name)),
            esc(&nip)
        );
    }
    out.push_str("</div>\n</section>\n");
}

/// Every form as one HTML document.
pub fn html_document(lang: Lang, pages: &[FormPage]) -> String {
    let mut out = super::html::open(lang, i18n::ev_title(lang));
    for p in pages {
        html(lang, &mut out, p);
    }
    out.push_str("</body>\n</html>\n");
    out
}
