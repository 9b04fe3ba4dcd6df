//! The documents a promotion file needs since 2023, printed from the ledger's history of one
//! teacher instead of hand-made workbooks (PermenPAN-RB 1/2023; Peraturan BKN 3/2023):
//! konversi predikat kinerja ke angka kredit (each period: persentase × the jenjang's yearly
//! koefisien × months/12), akumulasi angka kredit (the AK integrasi of the last PAK plus each
//! period since, against what the next pangkat and jenjang need) and PAK integrasi (AK
//! kumulatif konvensional − the jenjang's nilai dasar). Every figure is the ledger's exact
//! value; AK is shown with 3 decimals.

use crate::core::credit2023::{Jenjang, PredikatKinerja};
use crate::core::exact::{self, Exact, int};
use crate::core::golongan::Golongan;
use crate::core::pak;
use crate::core::riwayat::{History, PeriodResult, Regime};
use crate::i18n;
use crate::lang::Lang;

use super::blocks::{Align, Block, Col, Page, Width, file_stem, who};

/// One of the three documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dokumen {
    Konversi,
    Akumulasi,
    Integrasi,
}

impl Dokumen {
    /// Its code on the command line and in file names.
    pub fn code(self) -> &'static str {
        match self {
            Dokumen::Konversi => "konversi",
            Dokumen::Akumulasi => "akumulasi",
            Dokumen::Integrasi => "integrasi",
        }
    }

    pub fn title(self, lang: Lang) -> String {
        match self {
            Dokumen::Konversi => i18n::dk_konversi_title(lang),
            Dokumen::Akumulasi => i18n::dk_akumulasi_title(lang),
            Dokumen::Integrasi => i18n::dk_integrasi_title(lang),
        }
    }
}

/// Who signs (the pejabat penilai kinerja) and the place and date above the signature.
#[derive(Debug, Clone, Default)]
pub struct Signing {
    pub pejabat: String,
    pub nip: String,
    /// `Cianjur, 3 Desember 2026`, or blanks to write by hand.
    pub place_date: String,
}

/// Why a teacher's document cannot be printed (the NIP is in each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DokumenError {
    NoPak(String),
    NoJenjang(String),
    NoPeriods(String),
}

impl DokumenError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DokumenError::NoPak(nip) => i18n::err_dokumen_no_pak(lang, nip),
            DokumenError::NoJenjang(nip) => i18n::err_dokumen_no_jenjang(lang, nip),
            DokumenError::NoPeriods(nip) => i18n::err_dokumen_no_periods(lang, nip),
        }
    }
}

/// A printed document: its page, whom it is about, and its file name (`--split`).
#[derive(Debug)]
pub struct PrintedDokumen {
    pub page: Page<'static>,
    pub who: String,
    pub file_stem: String,
}

/// One 2023 period's conversion: predikat kinerja, its persentase, the koefisien, the months
/// (worked back exactly from the ledger's AK) and the AK.
struct Konversi<'a> {
    periode: &'a str,
    predikat: PredikatKinerja,
    koefisien: Exact,
    months: Exact,
    ak: Exact,
}

fn konversi<'a>(periode: &'a str, r: &PeriodResult) -> Option<Konversi<'a>> {
    let ak = r.ak.filter(|_| r.regime == Regime::R2023)?;
    let jenjang = Jenjang::of(r.golongan?)?;
    let predikat = PredikatKinerja::from_pkg(r.predikat);
    let per_year = exact::ratio(predikat.percent(), 100) * jenjang.koefisien();
    // AK = persentase × koefisien × months/12, so the months are exactly 12 × AK / per year.
    let months = int(12) * ak / per_year;
    Some(Konversi { periode, predikat, koefisien: jenjang.koefisien(), months, ak })
}

/// The 2023 periods of a history with their conversion, oldest first.
fn conversions(h: &History) -> Vec<Konversi<'_>> {
    h.periods.iter().filter_map(|(p, r)| konversi(p, r)).collect()
}

/// Whether a period comes after the last PAK (and so counts toward the next pangkat).
fn after_pak(h: &History, periode: &str) -> bool {
    h.pak.as_ref().is_none_or(|p| periode > p.periode.as_str())
}

fn ak(lang: Lang, x: Exact) -> String {
    exact::ak_text(x, lang.decimal_sep())
}

/// A constant of the regulation (koefisien 12,5; months) as the regulation writes it.
fn plain(lang: Lang, x: Exact) -> String {
    exact::human(x, 3, lang.decimal_sep())
}

/// The identity rows every document opens with.
fn identity(lang: Lang, h: &History, g: Golongan, jenjang: Jenjang) -> Block<'static> {
    let blank = || i18n::rp_blank(lang).to_string();
    let text = |s: &str| if s.trim().is_empty() { blank() } else { s.trim().to_string() };
    let mut rows = vec![
        (i18n::rp_nama(lang).to_string(), text(&h.identity.nama)),
        (i18n::rp_nip(lang).to_string(), text(&h.identity.nip)),
        (i18n::rp_pangkat(lang).to_string(), format!("{}, {g}", g.pangkat())),
        (i18n::dk_jabatan(lang), i18n::dk_jabatan_name(lang, jenjang.row().name)),
        (i18n::dk_unit(lang), text(&h.identity.sekolah)),
    ];
    if let Some(p) = &h.pak {
        rows.push((i18n::dk_tmt(lang), i18n::human_date(lang, &p.tmt)));
    }
    Block::rows(&rows)
}

/// The document of one teacher.
pub fn document(lang: Lang, dok: Dokumen, h: &History, s: &Signing) -> Result<PrintedDokumen, DokumenError> {
    let nip = h.identity.nip.clone();
    let g = h.golongan.ok_or_else(|| DokumenError::NoJenjang(nip.clone()))?;
    let jenjang = Jenjang::of(g).ok_or_else(|| DokumenError::NoJenjang(nip.clone()))?;
    let title = dok.title(lang);
    let mut blocks = vec![
        Block::Head {
            over: Some(i18n::dk_rule(lang)),
            title: title.clone(),
            who: who(&h.identity.nama, &nip),
        },
        Block::H2(i18n::dk_identity(lang)),
        identity(lang, h, g, jenjang),
    ];
    match dok {
        Dokumen::Konversi => konversi_blocks(lang, h, &mut blocks)?,
        Dokumen::Akumulasi => akumulasi_blocks(lang, h, g, jenjang, &mut blocks),
        Dokumen::Integrasi => integrasi_blocks(lang, h, &mut blocks)?,
    }
    blocks.push(Block::PlaceDate(s.place_date.clone()));
    let signer = (i18n::dk_pejabat(lang), or_blank(lang, &s.pejabat), s.nip.trim().to_string());
    blocks.push(Block::signatures(i18n::rp_blank(lang), &[signer]));
    let raw = format!("{}-{nip}-{}", dok.code(), h.identity.nama);
    Ok(PrintedDokumen {
        page: Page { kind: "dokumen-2023", blocks },
        who: who(&h.identity.nama, &nip),
        file_stem: file_stem(&raw, dok.code()),
    })
}

fn or_blank(lang: Lang, s: &str) -> String {
    if s.trim().is_empty() { i18n::rp_blank(lang).to_string() } else { s.trim().to_string() }
}

fn konversi_blocks(lang: Lang, h: &History, blocks: &mut Vec<Block<'static>>) -> Result<(), DokumenError> {
    let rows = conversions(h);
    if rows.is_empty() {
        return Err(DokumenError::NoPeriods(h.identity.nip.clone()));
    }
    let mut cells: Vec<Vec<String>> = rows
        .iter()
        .map(|k| {
            vec![
                k.periode.to_string(),
                k.predikat.name().to_string(),
                format!("{} %", k.predikat.percent()),
                plain(lang, k.koefisien),
                plain(lang, k.months),
                ak(lang, k.ak),
            ]
        })
        .collect();
    let total: Exact = rows.iter().map(|k| k.ak).sum();
    cells.push(vec![
        i18n::dk_jumlah(lang),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        ak(lang, total),
    ]);
    blocks.push(Block::Table {
        cols: vec![
            Col::new(i18n::dk_periode(lang), Align::Left, Width::Mm(24.0)),
            Col::new(i18n::dk_predikat(lang), Align::Left, Width::Rest),
            Col::new(i18n::dk_persen(lang), Align::Right, Width::Mm(22.0)),
            Col::new(i18n::dk_koefisien(lang), Align::Right, Width::Mm(26.0)),
            Col::new(i18n::dk_bulan(lang), Align::Right, Width::Mm(16.0)),
            Col::new(i18n::dk_ak(lang), Align::Right, Width::Mm(26.0)),
        ],
        rows: cells,
    });
    blocks.push(Block::Small(vec![format!(
        "{} = {} × {} × {} / 12",
        i18n::dk_ak(lang),
        i18n::dk_persen(lang).to_lowercase(),
        i18n::dk_koefisien(lang).to_lowercase(),
        i18n::dk_bulan(lang).to_lowercase()
    )]));
    Ok(())
}

fn akumulasi_blocks(
    lang: Lang,
    h: &History,
    g: Golongan,
    jenjang: Jenjang,
    blocks: &mut Vec<Block<'static>>,
) {
    let dasar_value = int(jenjang.row().nilai_dasar);
    let (label, base, below) = match &h.pak {
        Some(p) => {
            let over = p.ak_kumulatif - int(Jenjang::of(p.golongan).map_or(0, |j| j.row().nilai_dasar));
            (i18n::dk_dasar(lang), over.max(int(0)), over < int(0))
        }
        None => (i18n::dk_dasar_none(lang), int(0), false),
    };
    let mut rows = vec![vec!["1".to_string(), label, ak(lang, base)]];
    let mut sum = base;
    for k in conversions(h).into_iter().filter(|k| after_pak(h, k.periode)) {
        sum += k.ak;
        rows.push(vec![
            (rows.len() + 1).to_string(),
            i18n::dk_dari_konversi(lang, k.periode),
            ak(lang, k.ak),
        ]);
    }
    let extra = h.pkb + h.penunjang;
    if extra != int(0) {
        sum += extra;
        rows.push(vec![(rows.len() + 1).to_string(), i18n::dk_pkb(lang), ak(lang, extra)]);
    }
    rows.push(vec![String::new(), i18n::dk_jumlah(lang), ak(lang, sum)]);
    blocks.push(Block::Table {
        cols: vec![
            Col::new(i18n::rp_no(lang), Align::Center, Width::Mm(10.0)),
            Col::new(i18n::dk_uraian(lang), Align::Left, Width::Rest),
            Col::new(i18n::dk_ak(lang), Align::Right, Width::Mm(30.0)),
        ],
        rows,
    });
    // What the next steps need, counted from the jenjang's nilai dasar: the next golongan's
    // AK kumulatif minimal less it (so dasar + the step's AK = the next minimum, as `pak` tests).
    let mut targets = Vec::new();
    if let Some(to) = g.next() {
        targets.push((
            i18n::dk_pangkat_need(lang, &format!("{}, {to}", to.pangkat())),
            pak::minimal(to) - dasar_value,
        ));
    }
    if let (Some(need), Some(next)) = (jenjang.row().ak_jenjang, next_jenjang(jenjang)) {
        targets.push((i18n::dk_jenjang_need(lang, next.row().name), int(need)));
    }
    let lines: Vec<Vec<String>> = targets
        .into_iter()
        .map(|(what, need)| {
            let diff = sum - need;
            let word = if diff >= int(0) { i18n::dk_lebih(lang) } else { i18n::dk_kurang(lang) };
            vec![
                what,
                ak(lang, need),
                format!("{word} {}", ak(lang, if diff < int(0) { -diff } else { diff })),
            ]
        })
        .collect();
    if !lines.is_empty() {
        blocks.push(Block::H2(i18n::dk_target(lang)));
        blocks.push(Block::Table {
            cols: vec![
                Col::new(i18n::dk_uraian(lang), Align::Left, Width::Rest),
                Col::new(i18n::dk_ak(lang), Align::Right, Width::Mm(30.0)),
                Col::new(
                    format!("{} / {}", i18n::dk_lebih(lang), i18n::dk_kurang(lang)),
                    Align::Right,
                    Width::Mm(42.0),
                ),
            ],
            rows: lines,
        });
    }
    let mut small = Vec::new();
    if let Some(p) = &h.pak {
        small.push(i18n::dk_pak_periode(lang, &p.periode));
    }
    if below {
        small.push(i18n::dk_below(lang));
    }
    if !small.is_empty() {
        blocks.push(Block::Small(small));
    }
}

fn next_jenjang(j: Jenjang) -> Option<Jenjang> {
    match j {
        Jenjang::AhliPertama => Some(Jenjang::AhliMuda),
        Jenjang::AhliMuda => Some(Jenjang::AhliMadya),
        Jenjang::AhliMadya => Some(Jenjang::AhliUtama),
        Jenjang::AhliUtama => None,
    }
}

fn integrasi_blocks(lang: Lang, h: &History, blocks: &mut Vec<Block<'static>>) -> Result<(), DokumenError> {
    let p = h.pak.as_ref().ok_or_else(|| DokumenError::NoPak(h.identity.nip.clone()))?;
    let j = Jenjang::of(p.golongan).ok_or_else(|| DokumenError::NoJenjang(h.identity.nip.clone()))?;
    let integrasi = pak::ak_integrasi(p.golongan, p.ak_kumulatif).unwrap_or(int(0));
    blocks.push(Block::Table {
        cols: vec![
            Col::new(i18n::dk_uraian(lang), Align::Left, Width::Rest),
            Col::new(i18n::dk_ak(lang), Align::Right, Width::Mm(34.0)),
        ],
        rows: vec![
            vec![
                format!("{} ({}, {})", i18n::dk_ak_konvensional(lang), p.golongan.pangkat(), p.golongan),
                ak(lang, p.ak_kumulatif),
            ],
            vec![i18n::dk_nilai_dasar(lang, j.row().name), ak(lang, int(j.row().nilai_dasar))],
            vec![i18n::dk_ak_integrasi(lang), ak(lang, integrasi.max(int(0)))],
        ],
    });
    if integrasi < int(0) {
        blocks.push(Block::Small(vec![i18n::dk_below(lang)]));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
