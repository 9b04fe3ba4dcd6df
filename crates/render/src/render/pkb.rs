//! `pkguru pkb` output: the catalogue (table, CSV, JSON) and a counted list with what the
//! next promotion still needs (table; CSV and XLSX of the lines; JSON).

use crate::lang::Lang;

use serde::Serialize;

use crate::core::exact::{self, Exact};
use crate::core::pkb::{self, Minima, Missing, Totals};
use crate::i18n;
use crate::sheet::pkb::{Line, Listing};

use super::export::json::Seq;
use super::export::{Cell, Column, Document, Rows, Table};

/// An angka kredit as it is shown everywhere: 3 decimals.
fn num(x: Exact, sep: char) -> String {
    exact::ak_text(x, sep)
}

/// A constant of the regulation (a catalogue entry's AK, a minimum) as the regulation writes it.
fn constant(x: Exact, sep: char) -> String {
    exact::human(x, 3, sep)
}

/// The PKB activity catalogue (`pkb --daftar`).
pub struct Catalogue;

#[derive(Serialize)]
struct CatalogueJson {
    kegiatan: Vec<KegiatanJson>,
}

#[derive(Serialize)]
struct KegiatanJson {
    kode: &'static str,
    subunsur: &'static str,
    uraian: &'static str,
    angka_kredit: Option<f64>,
    /// For diklat: the angka kredit from each number of hours up.
    jam_diklat: Option<Vec<DiklatJson>>,
    sumber: &'static str,
}

#[derive(Serialize)]
struct DiklatJson {
    mulai_jam: u32,
    angka_kredit: i64,
}

impl Document for Catalogue {
    const NAME: &'static str = "pkb-katalog";

    fn json(&self) -> impl Serialize + '_ {
        let kegiatan = pkb::catalogue()
            .iter()
            .map(|k| KegiatanJson {
                kode: &k.code,
                subunsur: k.subunsur.code(),
                uraian: &k.uraian,
                angka_kredit: k.ak.map(exact::to_f64),
                jam_diklat: k.by_hours().then(|| {
                    pkb::DIKLAT.iter().map(|&(h, ak)| DiklatJson { mulai_jam: h, angka_kredit: ak }).collect()
                }),
                sumber: &k.sumber,
            })
            .collect();
        CatalogueJson { kegiatan }
    }

    /// `kode,subunsur,uraian,angka_kredit` (empty for diklat)`,sumber`.
    fn tables(&self, lang: Lang) -> Vec<Table<'_>> {
        let h = i18n::pkb_headers(lang);
        let columns = vec![
            Column::labelled("kode", h[0]).width(28.0),
            Column::labelled("subunsur", h[1]).width(18.0),
            Column::labelled("uraian", h[2]).width(70.0),
            Column::labelled("angka_kredit", h[3]).width(12.0),
            Column::new("sumber").width(40.0),
        ];
        let rows = pkb::catalogue()
            .iter()
            .map(|k| {
                vec![
                    Cell::text(k.code.as_str()),
                    Cell::text(k.subunsur.code()),
                    Cell::text(k.uraian.as_str()),
                    Cell::opt_exact(k.ak),
                    Cell::text(k.sumber.as_str()),
                ]
            })
            .collect::<Vec<_>>();
        vec![Table { name: "PKB".into(), columns, rows: rows.into(), ..Table::default() }]
    }

    fn text(&self, lang: Lang, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        let sep = lang.decimal_sep();
        let h = i18n::pkb_headers(lang);
        writeln!(out, "{:<28} {:<18} {:>11}  {}", h[0], h[1], h[3], h[2])?;
        for k in pkb::catalogue() {
            let ak = k.ak.map_or_else(|| i18n::pkb_by_hours(lang).to_string(), |a| constant(a, sep));
            writeln!(out, "{:<28} {:<18} {:>11}  {}", k.code, k.subunsur.code(), ak, k.uraian)?;
        }
        Ok(())
    }
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

/// A teacher's counted PKB list (`pkb KEGIATAN`), checked against the next promotion's
/// minima when the golongan is known (`Some(None)`: already at the top). Its lines are read
/// again from the list as they are written, in every format.
pub struct Counted<'a> {
    pub source: &'a str,
    pub list: &'a Listing<'a>,
    pub minima: Option<Option<Minima>>,
}

/// An angka kredit as a number and exactly.
#[derive(Serialize)]
struct ValueJson {
    nilai: f64,
    tepat: String,
}

fn value(v: Exact) -> ValueJson {
    ValueJson { nilai: exact::to_f64(v), tepat: exact::exact_text(v, '.') }
}

#[derive(Serialize)]
struct LineJson {
    baris: u64,
    kode: &'static str,
    subunsur: &'static str,
    jam: Option<u32>,
    jumlah: u32,
    tanggal: String,
    judul: String,
    angka_kredit: f64,
    angka_kredit_tepat: String,
}

fn line_json(l: Line) -> LineJson {
    LineJson {
        baris: l.line,
        kode: &l.kegiatan.code,
        subunsur: l.kegiatan.subunsur.code(),
        jam: l.jam,
        jumlah: l.jumlah,
        angka_kredit: exact::to_f64(l.ak),
        angka_kredit_tepat: exact::exact_text(l.ak, '.'),
        tanggal: l.tanggal,
        judul: l.judul,
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum PromotionJson {
    Top { dari: &'static str, ke: Option<&'static str> },
    Next(NextJson),
}

#[derive(Serialize)]
struct NextJson {
    dari: &'static str,
    ke: &'static str,
    minimal_pengembangan_diri: f64,
    minimal_publikasi_inovatif: f64,
    perlu_presentasi: bool,
    kurang_pengembangan_diri: Option<f64>,
    kurang_publikasi_inovatif: Option<f64>,
    kurang_presentasi: bool,
    terpenuhi: bool,
}

#[derive(Serialize)]
struct CountedJson<'a, K> {
    sumber: &'a str,
    /// The lines, made one at a time as they are written.
    kegiatan: K,
    pengembangan_diri: ValueJson,
    publikasi_ilmiah: ValueJson,
    karya_inovatif: ValueJson,
    jumlah: ValueJson,
    kenaikan_pangkat: Option<PromotionJson>,
}

impl Document for Counted<'_> {
    const NAME: &'static str = "pkb";

    fn json(&self) -> impl Serialize + '_ {
        let t = &self.list.totals;
        let kegiatan = Seq(|| self.list.lines().map(line_json));
        let kenaikan_pangkat = self.minima.map(|m| match m {
            None => PromotionJson::Top { dari: "IV/e", ke: None },
            Some(m) => {
                let miss = pkb::missing(t, &m);
                PromotionJson::Next(NextJson {
                    dari: m.from.as_str(),
                    ke: m.to.as_str(),
                    minimal_pengembangan_diri: exact::to_f64(m.pengembangan_diri),
                    minimal_publikasi_inovatif: exact::to_f64(m.publikasi_inovatif),
                    perlu_presentasi: m.presentasi,
                    kurang_pengembangan_diri: miss.pengembangan_diri.map(exact::to_f64),
                    kurang_publikasi_inovatif: miss.publikasi_inovatif.map(exact::to_f64),
                    kurang_presentasi: miss.presentasi,
                    terpenuhi: miss.is_empty(),
                })
            }
        });
        CountedJson {
            sumber: self.source,
            kegiatan,
            pengembangan_diri: value(t.pengembangan_diri),
            publikasi_ilmiah: value(t.publikasi_ilmiah),
            karya_inovatif: value(t.karya_inovatif),
            jumlah: value(t.total()),
            kenaikan_pangkat,
        }
    }

    /// The lines with their angka kredit.
    fn tables(&self, lang: Lang) -> Vec<Table<'_>> {
        let h = i18n::pkb_line_headers(lang);
        let columns = vec![
            Column::labelled("baris", h[0]).width(7.0),
            Column::labelled("kode", h[1]).width(28.0),
            Column::new("subunsur").width(18.0),
            Column::new("jam").width(7.0),
            Column::new("jumlah").width(8.0),
            Column::labelled("tanggal", h[3]).width(12.0),
            Column::labelled("judul", h[4]).width(40.0),
            Column::labelled("angka_kredit", h[5]).width(12.0),
        ];
        let rows = self.list.lines().map(|l| {
            vec![
                Cell::Int(l.line as i64),
                Cell::text(l.kegiatan.code.as_str()),
                Cell::text(l.kegiatan.subunsur.code()),
                l.jam.map_or(Cell::Blank, |j| Cell::Int(i64::from(j))),
                Cell::Int(i64::from(l.jumlah)),
                Cell::Text(l.tanggal),
                Cell::Text(l.judul),
                Cell::Exact(l.ak),
            ]
        });
        vec![Table { name: "PKB".into(), columns, rows: Rows::lazy(rows), ..Table::default() }]
    }

    fn text(&self, lang: Lang, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        table(lang, self.list, self.minima, out)
    }
}

/// A counted list for the terminal: the lines, totals per subunsur, and the promotion check.
fn table(
    lang: Lang,
    list: &Listing<'_>,
    minima: Option<Option<Minima>>,
    out: &mut dyn std::fmt::Write,
) -> std::fmt::Result {
    let sep = lang.decimal_sep();
    writeln!(out, "{}", i18n::pkb_title(lang, list.count as usize))?;
    let h = i18n::pkb_line_headers(lang);
    writeln!(out, "{:>5}  {:<28} {:>10}  {:<17}  {:<30} {:>6}", h[0], h[1], h[2], h[3], h[4], h[5])?;
    for l in list.lines() {
        let qty = l.jam.map_or_else(|| l.jumlah.to_string(), |j| format!("{j} jam"));
        let title: String = l.judul.chars().take(30).collect();
        writeln!(
            out,
            "{:>5}  {:<28} {:>10}  {:<17}  {:<30} {:>6}",
            l.line,
            l.kegiatan.code,
            qty,
            i18n::human_date(lang, &l.tanggal),
            title,
            num(l.ak, sep)
        )?;
    }
    out.write_char('\n')?;
    for (label, v) in totals_rows(lang, &list.totals) {
        writeln!(out, "{label:<34} {}", num(v, sep))?;
    }
    match minima {
        None => {}
        Some(None) => {
            writeln!(out, "\n{}", i18n::pkb_top(lang))?;
        }
        Some(Some(m)) => {
            writeln!(out, "\n{}", i18n::pkb_promotion(lang, m.from.as_str(), m.to.as_str()))?;
            let t = &list.totals;
            let pd = i18n::subunsur(lang, pkb::Subunsur::PengembanganDiri);
            writeln!(
                out,
                "{}",
                i18n::pkb_need(lang, pd, &num(t.pengembangan_diri, sep), &constant(m.pengembangan_diri, sep))
            )?;
            let pi = i18n::pkb_publikasi_inovatif(lang);
            writeln!(
                out,
                "{}",
                i18n::pkb_need(
                    lang,
                    pi,
                    &num(t.publikasi_inovatif(), sep),
                    &constant(m.publikasi_inovatif, sep)
                )
            )?;
            let missing = missing_lines(lang, &pkb::missing(t, &m));
            if missing.is_empty() {
                writeln!(out, "{}", i18n::pkb_met(lang))?;
            }
            for line in missing {
                writeln!(out, "  → {line}")?;
            }
        }
    }
    Ok(())
}
