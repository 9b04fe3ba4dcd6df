//! `pkguru pkb` output: the catalogue (table, CSV, JSON) and a counted list with what the
//! next promotion still needs (table, CSV of the lines, JSON).

use crate::lang::Lang;
use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::core::exact::{self, Exact};
use crate::core::pkb::{self, Minima, Missing, Totals};
use crate::i18n;
use crate::sheet::pkb::PkbList;

use super::csv::{CsvDialect, RowWriter};

fn num(x: Exact, sep: char) -> String {
    exact::human(x, 3, sep)
}

/// The catalogue for the terminal.
pub fn catalogue_table(lang: Lang) -> String {
    let sep = lang.decimal_sep();
    let h = i18n::pkb_headers(lang);
    let mut out = format!("{:<28} {:<18} {:>11}  {}\n", h[0], h[1], h[3], h[2]);
    for k in pkb::catalogue() {
        let ak = k.ak.map_or_else(|| i18n::pkb_by_hours(lang).to_string(), |a| num(a, sep));
        let _ = writeln!(out, "{:<28} {:<18} {:>11}  {}", k.code, k.subunsur.code(), ak, k.uraian);
    }
    out
}

/// The catalogue as CSV: `kode,subunsur,uraian,angka_kredit` (empty for diklat).
pub fn catalogue_csv(dialect: CsvDialect) -> Vec<u8> {
    let mut w = RowWriter::new(dialect);
    w.bom();
    for h in ["kode", "subunsur", "uraian", "angka_kredit"] {
        w.text(h);
    }
    w.end();
    for k in pkb::catalogue() {
        w.text(&k.code);
        w.text(k.subunsur.code());
        w.text(&k.uraian);
        w.text(&k.ak.map_or_else(String::new, |a| num(a, dialect.decimal)));
        w.end();
    }
    w.out
}

/// The catalogue as JSON.
pub fn catalogue_json() -> String {
    let rows: Vec<Value> = pkb::catalogue()
        .iter()
        .map(|k| {
            json!({"kode": k.code, "subunsur": k.subunsur.code(), "uraian": k.uraian,
                   "angka_kredit": k.ak.map(exact::to_f64),
                   "jam_diklat": k.by_hours().then(|| pkb::DIKLAT.iter().map(|(h, ak)| json!({"mulai_jam": h, "angka_kredit": ak})).collect::<Vec<_>>())})
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({"schema": "pkguru-pkb-katalog/1", "kegiatan": rows}))
        .unwrap_or_default();
    text.push('\n');
    text
}

/// The shortfall lines ("publikasi ilmiah/karya inovatif kurang 2,5").
pub fn missing_lines(lang: Lang, m: &Missing) -> Vec<String> {
    let sep = lang.decimal_sep();
    let mut out = Vec::new();
    if let Some(s) = m.pengembangan_diri {
        out.push(i18n::pkb_short(
            lang,
            &i18n::subunsur(lang, pkb::Subunsur::PengembanganDiri).to_lowercase(),
            &num(s, sep),
        ));
    }
    if let Some(s) = m.publikasi_inovatif {
        out.push(i18n::pkb_short(lang, &i18n::pkb_publikasi_inovatif(lang).to_lowercase(), &num(s, sep)));
    }
    if m.presentasi {
        out.push(i18n::pkb_presentasi_missing(lang).to_string());
    }
    out
}

fn totals_rows(lang: Lang, t: &Totals) -> [(&'static str, Exact); 4] {
    [
        (i18n::subunsur(lang, pkb::Subunsur::PengembanganDiri), t.pengembangan_diri),
        (i18n::subunsur(lang, pkb::Subunsur::PublikasiIlmiah), t.publikasi_ilmiah),
        (i18n::subunsur(lang, pkb::Subunsur::KaryaInovatif), t.karya_inovatif),
        (i18n::pkb_total(lang), t.total()),
    ]
}

/// A counted list for the terminal: the lines, totals per subunsur, and the promotion check.
pub fn table(lang: Lang, list: &PkbList, minima: Option<Option<Minima>>) -> String {
    let sep = lang.decimal_sep();
    let mut out = format!("{}\n", i18n::pkb_title(lang, list.lines.len()));
    let h = i18n::pkb_line_headers(lang);
    let _ = writeln!(out, "{:>5}  {:<28} {:>10}  {:<10}  {:<30} {:>6}", h[0], h[1], h[2], h[3], h[4], h[5]);
    for l in &list.lines {
        let qty = l.jam.map_or_else(|| l.jumlah.to_string(), |j| format!("{j} jam"));
        let title: String = l.judul.chars().take(30).collect();
        let _ = writeln!(
            out,
            "{:>5}  {:<28} {:>10}  {:<10}  {:<30} {:>6}",
            l.line,
            l.kegiatan.code,
            qty,
            l.tanggal,
            title,
            num(l.ak, sep)
        );
    }
    out.push('\n');
    for (label, v) in totals_rows(lang, &list.totals) {
        let _ = writeln!(out, "{label:<34} {}", num(v, sep));
    }
    match minima {
        None => {}
        Some(None) => {
            let _ = writeln!(out, "\n{}", i18n::pkb_top(lang));
        }
        Some(Some(m)) => {
            let _ = writeln!(out, "\n{}", i18n::pkb_promotion(lang, m.from.as_str(), m.to.as_str()));
            let t = &list.totals;
            let pd = i18n::subunsur(lang, pkb::Subunsur::PengembanganDiri);
            let _ = writeln!(
                out,
                "{}",
                i18n::pkb_need(lang, pd, &num(t.pengembangan_diri, sep), &num(m.pengembangan_diri, sep))
            );
            let pi = i18n::pkb_publikasi_inovatif(lang);
            let _ = writeln!(
                out,
                "{}",
                i18n::pkb_need(lang, pi, &num(t.publikasi_inovatif(), sep), &num(m.publikasi_inovatif, sep))
            );
            let missing = missing_lines(lang, &pkb::missing(t, &m));
            if missing.is_empty() {
                let _ = writeln!(out, "{}", i18n::pkb_met(lang));
            }
            for line in missing {
                let _ = writeln!(out, "  → {line}");
            }
        }
    }
    out
}

/// A counted list as JSON.
pub fn json(source: &str, list: &PkbList, minima: Option<Option<Minima>>) -> String {
    let x = |v: Exact| json!({"nilai": exact::to_f64(v), "tepat": exact::exact_text(v, '.')});
    let lines: Vec<Value> = list
        .lines
        .iter()
        .map(|l| {
            json!({"baris": l.line, "kode": l.kegiatan.code, "subunsur": l.kegiatan.subunsur.code(), "jam": l.jam,
                   "jumlah": l.jumlah, "tanggal": l.tanggal, "judul": l.judul,
                   "angka_kredit": exact::to_f64(l.ak), "angka_kredit_tepat": exact::exact_text(l.ak, '.')})
        })
        .collect();
    let t = &list.totals;
    let promotion = match minima {
        None => Value::Null,
        Some(None) => json!({"dari": "IV/e", "ke": null}),
        Some(Some(m)) => {
            let miss = pkb::missing(t, &m);
            json!({
                "dari": m.from.as_str(), "ke": m.to.as_str(),
                "minimal_pengembangan_diri": exact::to_f64(m.pengembangan_diri),
                "minimal_publikasi_inovatif": exact::to_f64(m.publikasi_inovatif),
                "perlu_presentasi": m.presentasi,
                "kurang_pengembangan_diri": miss.pengembangan_diri.map(exact::to_f64),
                "kurang_publikasi_inovatif": miss.publikasi_inovatif.map(exact::to_f64),
                "kurang_presentasi": miss.presentasi,
                "terpenuhi": miss.is_empty(),
            })
        }
    };
    let doc = json!({
        "schema": "pkguru-pkb/1",
        "sumber": source,
        "kegiatan": lines,
        "pengembangan_diri": x(t.pengembangan_diri),
        "publikasi_ilmiah": x(t.publikasi_ilmiah),
        "karya_inovatif": x(t.karya_inovatif),
        "jumlah": x(t.total()),
        "kenaikan_pangkat": promotion,
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
