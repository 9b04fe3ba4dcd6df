//! The ledger's views (`pkguru riwayat`): one teacher's history as a table or JSON, the
//! school's view as a table, CSV, JSON or XLSX, and the school view's lines for the report.

use std::fmt::Write as _;

use anyhow::Result;
use serde::Serialize;

use crate::core::exact::{self, Exact};
use crate::core::riwayat::{History, SchoolRow};
use crate::i18n;
use crate::lang::Lang;

use super::csv::{CsvDialect, RowWriter};

/// A value with 3 decimals (fewer when exact), as AK is shown.
fn num(lang: Lang, x: Exact) -> String {
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

#[derive(Serialize)]
struct NextJson {
    golongan: &'static str,
    akk: f64,
    pkb_minimal: f64,
}

/// `riwayat guru --format json` (`pkguru-riwayat-guru/1`).
#[derive(Serialize)]
struct GuruJson<'a> {
    schema: &'static str,
    nip: &'a str,
    nama: &'a str,
    sekolah: &'a str,
    periode: Vec<PeriodJson<'a>>,
    pak: Option<PakJson<'a>>,
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
}

/// One teacher's history as JSON.
pub fn guru_json(h: &History) -> Result<String> {
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
    let doc = GuruJson {
        schema: "pkguru-riwayat-guru/1",
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
    };
    let mut t = serde_json::to_string_pretty(&doc)?;
    t.push('\n');
    Ok(t)
}

/// One teacher's history as a table: the PAK, each period, the AK since the PAK, what the
/// next pangkat still needs and a projection.
pub fn guru_table(lang: Lang, h: &History) -> String {
    let sep = lang.decimal_sep();
    let id = &h.identity;
    let mut out = format!("{} · NIP {} · {}\n", id.nama, id.nip, id.sekolah);
    if let Some(p) = &h.pak {
        let ak = exact::exact_text(p.ak_kumulatif, sep);
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
    match (h.next, h.missing()) {
        (Some(next), Some(missing)) => {
            let from = h.golongan.map_or("", |g| g.as_str());
            let (need, missing) = (num(lang, next.need), num(lang, missing));
            let _ = writeln!(out, "{}", i18n::riwayat_next(lang, from, next.to.as_str(), &need, &missing));
            if h.pkb < next.pkb_min {
                let short =
                    i18n::riwayat_pkb_short(lang, &num(lang, next.pkb_min - h.pkb), &num(lang, next.pkb_min));
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

/// The school view's columns (CSV, XLSX).
pub const SCHOOL_COLUMNS: [&str; 9] = [
    "nip",
    "nama",
    "sekolah",
    "periode_terakhir",
    "jumlah_angka_kredit",
    "kurang",
    "siap_naik_pangkat",
    "dinilai_periode_ini",
    "tahap_siklus",
];

/// A school row as text cells in [`SCHOOL_COLUMNS`] order (exact numbers, `ya`/`tidak`).
fn cells(r: &SchoolRow) -> [String; 9] {
    let yn = |b: bool| if b { "ya" } else { "tidak" }.to_string();
    [
        r.identity.nip.clone(),
        r.identity.nama.clone(),
        r.identity.sekolah.clone(),
        r.last.clone().unwrap_or_default(),
        exact::exact_text(r.total, '.'),
        r.missing.map(|m| exact::exact_text(m, '.')).unwrap_or_default(),
        yn(r.ready),
        yn(r.assessed),
        r.stage.map(|s| s.code().to_string()).unwrap_or_default(),
    ]
}

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
    tahap_siklus: Option<&'static str>,
}

/// `riwayat sekolah --format json` (`pkguru-riwayat-sekolah/1`).
#[derive(Serialize)]
struct SchoolJson<'a> {
    schema: &'static str,
    periode: Option<&'a str>,
    guru: Vec<SchoolRowJson<'a>>,
}

/// The school view as JSON.
pub fn sekolah_json(current: Option<&str>, rows: &[SchoolRow]) -> Result<Vec<u8>> {
    let guru = rows
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
            tahap_siklus: r.stage.map(|s| s.code()),
        })
        .collect();
    let mut t = serde_json::to_vec_pretty(&SchoolJson {
        schema: "pkguru-riwayat-sekolah/1",
        periode: current,
        guru,
    })?;
    t.push(b'\n');
    Ok(t)
}

/// The school view as CSV.
pub fn sekolah_csv(rows: &[SchoolRow]) -> Vec<u8> {
    let mut w = RowWriter::new(CsvDialect::default());
    for h in SCHOOL_COLUMNS {
        w.text(h);
    }
    w.end();
    for r in rows {
        for c in cells(r) {
            w.text(&c);
        }
        w.end();
    }
    w.out
}

/// The school view as a workbook (numbers typed).
pub fn sekolah_xlsx(lang: Lang, rows: &[SchoolRow]) -> Result<Vec<u8>> {
    let cells: Vec<Vec<String>> = rows.iter().map(|r| cells(r).to_vec()).collect();
    Ok(super::xlsx::simple(i18n::riwayat_sheet_name(lang), &SCHOOL_COLUMNS, &cells, &[4, 5])?)
}

/// The school view as a table.
pub fn sekolah_table(lang: Lang, current: Option<&str>, rows: &[SchoolRow]) -> Vec<u8> {
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
        let stage =
            r.stage.map_or_else(|| i18n::riwayat_not_started(lang).to_string(), |s| s.code().to_string());
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
    out.into_bytes()
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
                r.stage.map_or_else(|| i18n::riwayat_not_started(lang).to_string(), |s| s.code().to_string()),
            ]
        })
        .collect();
    super::report::Riwayat { periode: current.unwrap_or("—").to_string(), rows }
}

/// `riwayat ekspor --format json` (`pkguru-riwayat-ekspor/1`): every table of the ledger, each
/// row an object of its columns (text, or `null`).
#[derive(Serialize)]
struct ExportJson {
    schema: &'static str,
    versi_skema: i64,
    #[serde(flatten)]
    tables: serde_json::Map<String, serde_json::Value>,
}

/// The whole ledger as JSON: its schema version, then each table by name.
pub fn ekspor_json(version: i64, tables: &[(&str, crate::store::Dump)]) -> Result<Vec<u8>> {
    let mut out = serde_json::Map::new();
    for (name, (columns, rows)) in tables {
        let rows = rows
            .iter()
            .map(|r| {
                let row = columns.iter().cloned().zip(r.iter().map(|v| serde_json::json!(v))).collect();
                serde_json::Value::Object(row)
            })
            .collect();
        out.insert((*name).to_string(), serde_json::Value::Array(rows));
    }
    let doc = ExportJson { schema: "pkguru-riwayat-ekspor/1", versi_skema: version, tables: out };
    let mut text = serde_json::to_vec_pretty(&doc)?;
    text.push(b'\n');
    Ok(text)
}

/// One table of the ledger as CSV.
pub fn ekspor_csv((columns, rows): &crate::store::Dump) -> Vec<u8> {
    let mut w = RowWriter::new(CsvDialect::default());
    for n in columns {
        w.text(n);
    }
    w.end();
    for r in rows {
        for v in r {
            w.text(v.as_deref().unwrap_or(""));
        }
        w.end();
    }
    w.out
}
