//! The ledger's views (`pkguru riwayat`): one teacher's history as a table or JSON, the
//! school's view as a table, CSV, JSON or XLSX, and the school view's lines for the report.

use std::fmt::Write as _;

use serde::Serialize;

use crate::core::exact::{self, Exact};
use crate::core::pak::{Carry, Dasar};
use crate::core::riwayat::{History, SchoolRow, Stage};
use crate::i18n;
use crate::lang::Lang;

use super::export::{self, Cell, Column, Document, Table};

/// An angka kredit as it is shown everywhere: 3 decimals.
fn num(lang: Lang, x: Exact) -> String {
    exact::ak_text(x, lang.decimal_sep())
}

/// A constant of the regulation's tables (AKK 100, a minimum of 200) as the regulation prints it.
fn constant(lang: Lang, x: Exact) -> String {
    exact::human(x, 3, lang.decimal_sep())
}

fn text(x: Option<Exact>) -> Option<String> {
    x.map(|v| exact::exact_text(v, '.'))
}

/// One period in `riwayat guru --format json`.
#[derive(Serialize)]
struct PeriodJson<'a> {
    periode: &'a str,
    nilai: f64,
    nilai_tepat: String,
    predikat: &'static str,
    angka_kredit: Option<f64>,
    angka_kredit_tepat: Option<String>,
    rezim: &'static str,
    golongan: &'static str,
    jm: Option<String>,
    tugas_tambahan: Option<&'static str>,
    nilai_tambahan: Option<String>,
    jenis: &'static str,
    sumber: &'a str,
    baris: Option<u64>,
}

#[derive(Serialize)]
struct PakJson<'a> {
    golongan: &'static str,
    tmt: &'a str,
    ak_kumulatif: String,
    periode: &'a str,
}

/// The AK the PAK carries toward the next pangkat.
#[derive(Serialize)]
struct CarryJson {
    ak_kumulatif: String,
    /// `golongan` (its AK kumulatif minimal) or `jenjang` (its nilai dasar, AK integrasi).
    dasar: &'static str,
    dasar_nama: &'static str,
    nilai_dasar: f64,
    dibawa: f64,
    dibawa_tepat: String,
    di_bawah_dasar: bool,
}

impl CarryJson {
    fn of(c: &Carry) -> CarryJson {
        let (dasar, dasar_nama) = match c.dasar {
            Dasar::Golongan(g) => ("golongan", g.as_str()),
            Dasar::Jenjang(j) => ("jenjang", j.row().name),
        };
        CarryJson {
            ak_kumulatif: exact::exact_text(c.ak_kumulatif, '.'),
            dasar,
            dasar_nama,
            nilai_dasar: exact::to_f64(c.dasar.value()),
            dibawa: exact::to_f64(c.carried),
            dibawa_tepat: exact::exact_text(c.carried, '.'),
            di_bawah_dasar: c.below,
        }
    }
}

#[derive(Serialize)]
struct NextJson {
    golongan: &'static str,
    akk: f64,
    pkb_minimal: f64,
}

/// `riwayat guru --format json` (`pkguru/riwayat-guru/1`).
#[derive(Serialize)]
struct GuruJson<'a> {
    nip: &'a str,
    nama: &'a str,
    sekolah: &'a str,
    periode: Vec<PeriodJson<'a>>,
    pak: Option<PakJson<'a>>,
    ak_dari_pak: Option<CarryJson>,
    jumlah_angka_kredit: f64,
    jumlah_angka_kredit_tepat: String,
    pembelajaran: String,
    pkb: String,
    penunjang: String,
    golongan: Option<&'static str>,
    pangkat_berikutnya: Option<NextJson>,
    kurang: Option<f64>,
    periode_lagi: Option<i64>,
    siap_naik_pangkat: bool,
    siklus: Vec<StageJson<'a>>,
}

/// A recorded stage of the performance cycle.
#[derive(Serialize)]
struct StageJson<'a> {
    periode: &'a str,
    tahap: &'static str,
    tanggal: &'a str,
    catatan: &'a str,
}

/// One teacher's history (`riwayat guru`) and the cycle stages recorded for them.
pub struct Guru<'a>(pub &'a History, pub &'a [Stage]);

impl Document for Guru<'_> {
    const NAME: &'static str = "riwayat-guru";

    fn json(&self) -> impl Serialize + '_ {
        let mut json = guru_json(self.0);
        json.siklus = self
            .1
            .iter()
            .map(|s| StageJson {
                periode: &s.periode,
                tahap: s.tahap.code(),
                tanggal: &s.tanggal,
                catatan: &s.catatan,
            })
            .collect();
        json
    }

    /// The periods, one row each; with a PAK, a `PAK` row after the periods it covers, its
    /// `angka_kredit` the AK it carries toward the next pangkat.
    fn tables(&self, lang: Lang) -> Vec<Table<'_>> {
        let columns =
            ["periode", "golongan", "nilai", "predikat", "angka_kredit", "rezim", "jenis", "sumber"]
                .map(Column::new)
                .to_vec();
        let h = self.0;
        let mut rows: Vec<Vec<Cell>> = h
            .periods
            .iter()
            .map(|(p, r)| {
                vec![
                    Cell::text(p.as_str()),
                    Cell::text(r.golongan.map_or("", |g| g.as_str())),
                    Cell::Exact(r.nilai),
                    Cell::text(r.predikat.name()),
                    Cell::opt_exact(r.ak),
                    Cell::text(r.regime.code()),
                    Cell::text(r.jenis.code()),
                    Cell::text(r.source.as_str()),
                ]
            })
            .collect();
        if let (Some(p), Some(c)) = (&h.pak, &h.carry) {
            let at = h.periods.iter().take_while(|(q, _)| q.as_str() <= p.periode.as_str()).count();
            let regime = h.periods.last().map_or("2009", |(_, r)| r.regime.code());
            let row = vec![
                Cell::text("PAK"),
                Cell::text(p.golongan.as_str()),
                Cell::Blank,
                Cell::Blank,
                Cell::Exact(c.carried),
                Cell::text(regime),
                Cell::Blank,
                Cell::text(carry_line(lang, c)),
            ];
            rows.insert(at, row);
        }
        vec![Table {
            name: i18n::riwayat_sheet_name(lang).into(),
            columns,
            rows: rows.into(),
            ..Table::default()
        }]
    }

    fn text(&self, lang: Lang, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        out.write_str(&guru_table(lang, self.0))?;
        if !self.1.is_empty() {
            writeln!(out, "\n{}", i18n::riwayat_stages_title(lang))?;
            for s in self.1 {
                let date = i18n::human_date(lang, &s.tanggal);
                write!(out, "{:<10} {:<22} {date}", s.periode, s.tahap.code())?;
                if !s.catatan.is_empty() {
                    // Dates in words differ in length: notes start in one column.
                    let pad = 17usize.saturating_sub(date.chars().count());
                    write!(out, "{:pad$}  {}", "", export::text::visible(&s.catatan))?;
                }
                out.write_char('\n')?;
            }
        }
        Ok(())
    }
}

fn guru_json(h: &History) -> GuruJson<'_> {
    let periode = h
        .periods
        .iter()
        .map(|(p, r)| PeriodJson {
            periode: p,
            nilai: exact::to_f64(r.nilai),
            nilai_tepat: exact::exact_text(r.nilai, '.'),
            predikat: r.predikat.name(),
            angka_kredit: r.ak.map(exact::to_f64),
            angka_kredit_tepat: text(r.ak),
            rezim: r.regime.code(),
            golongan: r.golongan.map_or("", |g| g.as_str()),
            jm: text(r.jm),
            tugas_tambahan: r.tugas_tambahan.map(|t| t.rule().code),
            nilai_tambahan: text(r.nilai_tambahan),
            jenis: r.jenis.code(),
            sumber: &r.source,
            baris: r.line,
        })
        .collect();
    let total = h.total();
    GuruJson {
        nip: &h.identity.nip,
        nama: &h.identity.nama,
        sekolah: &h.identity.sekolah,
        periode,
        pak: h.pak.as_ref().map(|p| PakJson {
            golongan: p.golongan.as_str(),
            tmt: &p.tmt,
            ak_kumulatif: exact::exact_text(p.ak_kumulatif, '.'),
            periode: &p.periode,
        }),
        ak_dari_pak: h.carry.as_ref().map(CarryJson::of),
        jumlah_angka_kredit: exact::to_f64(total),
        jumlah_angka_kredit_tepat: exact::exact_text(total, '.'),
        pembelajaran: exact::exact_text(h.pembelajaran, '.'),
        pkb: exact::exact_text(h.pkb, '.'),
        penunjang: exact::exact_text(h.penunjang, '.'),
        golongan: h.golongan.map(|g| g.as_str()),
        pangkat_berikutnya: h.next.map(|n| NextJson {
            golongan: n.to.as_str(),
            akk: exact::to_f64(n.need),
            pkb_minimal: exact::to_f64(n.pkb_min),
        }),
        kurang: h.missing().map(exact::to_f64),
        periode_lagi: h.periods_needed(),
        siap_naik_pangkat: h.ready(),
        siklus: Vec::new(),
    }
}

/// One teacher's history as a table: the PAK, each period, the AK since the PAK, what the
/// next pangkat still needs and a projection.
fn guru_table(lang: Lang, h: &History) -> String {
    let sep = lang.decimal_sep();
    let id = &h.identity;
    let mut out = format!("{} · NIP {} · {}\n", id.nama, id.nip, id.sekolah);
    if let Some(p) = &h.pak {
        let ak = num(lang, p.ak_kumulatif);
        let _ =
            writeln!(out, "{}", i18n::riwayat_pak_line(lang, p.golongan.as_str(), &p.tmt, &ak, &p.periode));
    }
    let heads = i18n::riwayat_guru_headers(lang);
    let _ = writeln!(
        out,
        "\n{:<10} {:<9} {:>8}  {:<10} {:>10}",
        heads[0], heads[1], heads[2], heads[3], heads[4]
    );
    for (p, r) in &h.periods {
        let nilai = exact::fixed(r.nilai, 2, sep);
        let ak = r.ak.map_or_else(|| "—".into(), |v| exact::fixed(v, 3, sep));
        let golongan = r.golongan.map_or("", |g| g.as_str());
        let _ = writeln!(out, "{p:<10} {golongan:<9} {nilai:>8}  {:<10} {ak:>10}", r.predikat.name());
    }
    out.push('\n');
    let since = i18n::riwayat_since(
        lang,
        &num(lang, h.pembelajaran),
        &num(lang, h.pkb),
        &num(lang, h.penunjang),
        &num(lang, h.total()),
    );
    let _ = writeln!(out, "{since}");
    if let Some(c) = &h.carry {
        let _ = writeln!(out, "{}", carry_line(lang, c));
    }
    match (h.next, h.missing()) {
        (Some(next), Some(missing)) => {
            let from = h.golongan.map_or("", |g| g.as_str());
            let (need, missing) = (constant(lang, next.need), num(lang, missing));
            let _ = writeln!(out, "{}", i18n::riwayat_next(lang, from, next.to.as_str(), &need, &missing));
            if h.pkb < next.pkb_min {
                let short = i18n::riwayat_pkb_short(
                    lang,
                    &num(lang, next.pkb_min - h.pkb),
                    &constant(lang, next.pkb_min),
                );
                let _ = writeln!(out, "{short}");
            }
            match (h.periods_needed(), h.rate()) {
                (Some(0), _) => {
                    let _ = writeln!(out, "{}", i18n::riwayat_enough(lang));
                }
                (Some(n), Some(rate)) => {
                    let _ = writeln!(out, "{}", i18n::riwayat_projection(lang, &num(lang, rate), n));
                }
                _ => {}
            }
        }
        _ => {
            let _ = writeln!(out, "{}", i18n::riwayat_no_next(lang));
        }
    }
    out
}

/// Where the AK carried from the PAK comes from, or why none is.
fn carry_line(lang: Lang, c: &Carry) -> String {
    let (ak, dasar) = (num(lang, c.ak_kumulatif), i18n::riwayat_dasar(lang, c.dasar));
    let nilai_dasar = constant(lang, c.dasar.value());
    let carried = num(lang, c.carried);
    match c.dasar {
        _ if c.below => i18n::riwayat_carry_below(lang, &ak, &dasar, &nilai_dasar),
        Dasar::Golongan(_) => i18n::riwayat_carry(lang, &ak, &dasar, &nilai_dasar, &carried),
        Dasar::Jenjang(_) => i18n::riwayat_carry_integrasi(lang, &ak, &dasar, &nilai_dasar, &carried),
    }
}

/// The school view's columns (CSV, XLSX).
pub const SCHOOL_COLUMNS: [&str; 13] = [
    "nip",
    "nama",
    "sekolah",
    "periode_terakhir",
    "jumlah_angka_kredit",
    "kurang",
    "siap_naik_pangkat",
    "dinilai_periode_ini",
    "tahap_siklus",
    "tahap_siklus_periode",
    "tahap_dicatat_terjauh",
    "tahap_belum_dicatat",
    "catatan_siklus",
];

/// One teacher in `riwayat sekolah --format json`.
#[derive(Serialize)]
struct SchoolRowJson<'a> {
    nip: &'a str,
    nama: &'a str,
    sekolah: &'a str,
    periode_terakhir: Option<&'a str>,
    jumlah_angka_kredit: f64,
    kurang: Option<f64>,
    siap_naik_pangkat: bool,
    dinilai_periode_ini: bool,
    /// The stage reached (the unbroken run from the first stage).
    tahap_siklus: Option<&'static str>,
    /// The period its stages were recorded for (a semester of the year shown, say).
    tahap_siklus_periode: Option<&'a str>,
    /// The furthest stage recorded, and the stages before it never recorded.
    tahap_dicatat_terjauh: Option<&'static str>,
    tahap_belum_dicatat: Vec<&'static str>,
    catatan_siklus: Option<&'a str>,
}

/// `riwayat sekolah --format json` (`pkguru/riwayat-sekolah/1`).
#[derive(Serialize)]
struct SchoolJson<'a> {
    periode: Option<&'a str>,
    guru: Vec<SchoolRowJson<'a>>,
}

/// The school's view (`riwayat sekolah`): a line per teacher for the current period.
pub struct Sekolah<'a> {
    pub current: Option<&'a str>,
    pub rows: &'a [SchoolRow],
}

impl Document for Sekolah<'_> {
    const NAME: &'static str = "riwayat-sekolah";

    fn json(&self) -> impl Serialize + '_ {
        let guru = self
            .rows
            .iter()
            .map(|r| SchoolRowJson {
                nip: &r.identity.nip,
                nama: &r.identity.nama,
                sekolah: &r.identity.sekolah,
                periode_terakhir: r.last.as_deref(),
                jumlah_angka_kredit: exact::to_f64(r.total),
                kurang: r.missing.map(exact::to_f64),
                siap_naik_pangkat: r.ready,
                dinilai_periode_ini: r.assessed,
                tahap_siklus: r.stage.as_ref().and_then(|s| s.tahap).map(|t| t.code()),
                tahap_siklus_periode: r.stage.as_ref().map(|s| s.periode.as_str()),
                tahap_dicatat_terjauh: r.stage.as_ref().map(|s| s.furthest.code()),
                tahap_belum_dicatat: r
                    .stage
                    .as_ref()
                    .map_or(Vec::new(), |s| s.skipped.iter().map(|t| t.code()).collect()),
                catatan_siklus: r.stage.as_ref().map(|s| s.catatan.as_str()).filter(|c| !c.is_empty()),
            })
            .collect();
        SchoolJson { periode: self.current, guru }
    }

    /// Exact numbers, `ya`/`tidak`.
    fn tables(&self, lang: Lang) -> Vec<Table<'_>> {
        let yn = |b: bool| Cell::text(if b { "ya" } else { "tidak" });
        let rows = self
            .rows
            .iter()
            .map(|r| {
                vec![
                    Cell::Id(r.identity.nip.clone()),
                    Cell::text(r.identity.nama.as_str()),
                    Cell::text(r.identity.sekolah.as_str()),
                    Cell::text(r.last.clone().unwrap_or_default()),
                    Cell::Exact(r.total),
                    Cell::opt_exact(r.missing),
                    yn(r.ready),
                    yn(r.assessed),
                    Cell::text(r.stage.as_ref().and_then(|s| s.tahap).map_or("", |t| t.code())),
                    Cell::text(r.stage.as_ref().map_or("", |s| s.periode.as_str())),
                    Cell::text(r.stage.as_ref().map_or("", |s| s.furthest.code())),
                    Cell::text(
                        r.stage
                            .as_ref()
                            .map(|s| s.skipped.iter().map(|t| t.code()).collect::<Vec<_>>().join(", "))
                            .unwrap_or_default(),
                    ),
                    Cell::text(r.stage.as_ref().map_or("", |s| s.catatan.as_str())),
                ]
            })
            .collect::<Vec<_>>();
        let columns = SCHOOL_COLUMNS.map(Column::new).to_vec();
        vec![Table {
            name: i18n::riwayat_sheet_name(lang).into(),
            columns,
            rows: rows.into(),
            ..Table::default()
        }]
    }

    fn text(&self, lang: Lang, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        out.write_str(&sekolah_table(lang, self.current, self.rows))
    }
}

/// The school view as a table.
fn sekolah_table(lang: Lang, current: Option<&str>, rows: &[SchoolRow]) -> String {
    let mut out = format!("{}\n", i18n::riwayat_school_title(lang, current.unwrap_or("—"), rows.len()));
    let h = i18n::riwayat_school_headers(lang);
    let _ = writeln!(
        out,
        "{:<20} {:<24} {:<10} {:>9} {:>8} {:<6} {:<8} {}",
        h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
    );
    for r in rows {
        let nama: String = r.identity.nama.chars().take(24).collect();
        let yes = |b: bool| if b { i18n::riwayat_yes(lang) } else { i18n::riwayat_no(lang) };
        let mut stage = i18n::stage_text(lang, r.stage.as_ref());
        if let Some(note) = r.stage.as_ref().map(|s| s.catatan.as_str()).filter(|c| !c.is_empty()) {
            stage = format!("{stage} · {}", export::text::visible(note));
        }
        let _ = writeln!(
            out,
            "{:<20} {nama:<24} {:<10} {:>9} {:>8} {:<6} {:<8} {stage}",
            r.identity.nip,
            r.last.as_deref().unwrap_or("—"),
            num(lang, r.total),
            r.missing.map(|x| num(lang, x)).unwrap_or_else(|| "—".into()),
            yes(r.ready),
            yes(r.assessed)
        );
    }
    out
}

/// The report's riwayat section: the school view of the teachers with these NIPs, in the
/// report's language.
pub fn report_section(
    lang: Lang,
    current: Option<&str>,
    rows: Vec<SchoolRow>,
    nips: &std::collections::HashSet<&str>,
) -> super::report::Riwayat {
    let yes = |b: bool| if b { i18n::riwayat_yes(lang) } else { i18n::riwayat_no(lang) }.to_string();
    let rows = rows
        .into_iter()
        .filter(|r| nips.contains(r.identity.nip.as_str()))
        .map(|r| {
            [
                r.identity.nama,
                r.identity.nip,
                r.last.unwrap_or_else(|| "—".into()),
                num(lang, r.total),
                r.missing.map(|x| num(lang, x)).unwrap_or_else(|| "—".into()),
                yes(r.ready),
                i18n::stage_text(lang, r.stage.as_ref()),
            ]
        })
        .collect();
    super::report::Riwayat { periode: current.unwrap_or("—").to_string(), rows }
}
