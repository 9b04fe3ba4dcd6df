//! JSON output for scripts: the stable, documented `pkguru/score/1` schema (see docs/panduan.md) and
//! the credit object shared with `pkguru credit`.

use crate::lang::Lang;
use serde::Serialize;

use crate::core::assessment::{Assessment, Note};
use crate::core::credit::Credit;
use crate::core::exact::exact_text;
use crate::core::exact::{self, Exact};
use crate::core::instrument::Instrument;
use crate::core::predikat::{self, Bands};
use crate::core::teacher::{Field, Teacher};
use crate::i18n;

use super::working;

#[derive(Serialize)]
struct InstrumentJson<'a> {
    jenis: &'static str,
    source: &'a str,
    competencies: usize,
    indicators: usize,
    max_total: u32,
}

/// The identity block.
#[derive(Serialize)]
pub struct TeacherJson<'a> {
    pub nama: Option<&'a str>,
    pub nip: Option<&'a str>,
    pub sekolah: Option<&'a str>,
    pub jenis: &'static str,
    pub golongan: Option<&'static str>,
    pub jam: Option<f64>,
    pub konseli: Option<f64>,
    pub tugas_tambahan: Option<&'static str>,
    pub nilai_tambahan: Option<f64>,
    pub tugas_lain: Vec<&'static str>,
    pub ak_pkb: Option<f64>,
    pub ak_penunjang: Option<f64>,
    pub nuptk: Option<&'a str>,
    pub mapel: Option<&'a str>,
    pub periode: Option<&'a str>,
    pub penilai: Option<&'a str>,
    pub nip_penilai: Option<&'a str>,
    pub kepala_sekolah: Option<&'a str>,
    pub nip_kepala_sekolah: Option<&'a str>,
    pub tempat: Option<&'a str>,
    pub tanggal: Option<&'a str>,
    pub pengawas: Option<&'a str>,
    pub nip_pengawas: Option<&'a str>,
    pub mengetahui: Option<&'a str>,
    pub nip_mengetahui: Option<&'a str>,
    pub jabatan_mengetahui: Option<&'a str>,
}

impl<'a> TeacherJson<'a> {
    /// From a teacher of a known instrument.
    pub fn new(t: &'a Teacher<String>, jenis: &'static str) -> Self {
        let num = |x: Option<Exact>| x.map(exact::to_f64);
        let text = |f: Field| Some(t.appraisal_str(f)).filter(|s| !s.is_empty());
        TeacherJson {
            nama: t.nama.as_deref().map(str::trim),
            nip: t.nip.as_deref().map(str::trim),
            sekolah: t.sekolah.as_deref().map(str::trim),
            jenis,
            golongan: t.golongan.map(|g| g.as_str()),
            jam: num(t.jam),
            konseli: num(t.konseli),
            tugas_tambahan: t.tugas_tambahan.map(|k| k.rule().code),
            nilai_tambahan: num(t.nilai_tambahan.map(|v| v.scale_100())),
            tugas_lain: t.tugas_lain.iter().map(|x| x.code()).collect(),
            ak_pkb: num(t.ak_pkb),
            ak_penunjang: num(t.ak_penunjang),
            nuptk: text(Field::Nuptk),
            mapel: text(Field::Mapel),
            periode: text(Field::Periode),
            penilai: text(Field::Penilai),
            nip_penilai: text(Field::NipPenilai),
            kepala_sekolah: text(Field::KepalaSekolah),
            nip_kepala_sekolah: text(Field::NipKepalaSekolah),
            tempat: text(Field::Tempat),
            tanggal: text(Field::Tanggal),
            pengawas: text(Field::Pengawas),
            nip_pengawas: text(Field::NipPengawas),
            mengetahui: text(Field::Mengetahui),
            nip_mengetahui: text(Field::NipMengetahui),
            jabatan_mengetahui: text(Field::JabatanMengetahui),
        }
    }
}

#[derive(Serialize)]
struct CompetencyJson<'a> {
    number: u8,
    name: &'a str,
    domain: &'static str,
    score: u32,
    max_score: u32,
    percent: f64,
    value: u8,
}

#[derive(Serialize)]
struct Conventions {
    upper: &'static str,
    lower: &'static str,
    round: &'static str,
}

#[derive(Serialize)]
struct ScoreJson<'a> {
    source: &'a str,
    instrument: InstrumentJson<'a>,
    teacher: TeacherJson<'a>,
    competencies: Vec<CompetencyJson<'a>>,
    total: u32,
    max_total: u32,
    score_100: f64,
    score_100_display: String,
    score_100_exact: String,
    bands: &'static str,
    predikat: &'static str,
    credit_percent: u32,
    predikat_by_convention: Conventions,
    credit: Option<CreditJson>,
    notes: Vec<NoteJson>,
    warnings: Vec<WarningJson>,
}

/// A field that could not be read and was left empty.
#[derive(Serialize)]
struct WarningJson {
    line: Option<u64>,
    field: Option<String>,
    message: String,
}

/// A note: its stable code and its message in the chosen language.
#[derive(Serialize)]
pub struct NoteJson {
    code: &'static str,
    message: String,
}

/// The notes as JSON objects.
pub fn notes(lang: Lang, notes: &[Note]) -> Vec<NoteJson> {
    notes.iter().map(|n| NoteJson { code: n.code(), message: i18n::note(lang, n) }).collect()
}

#[derive(Serialize)]
struct TambahanJson {
    kind: &'static str,
    nilai_100: f64,
    predikat: &'static str,
    credit_percent: u32,
    ak: f64,
    ak_exact: String,
    share_percent: f64,
}

#[derive(Serialize)]
struct TugasJson {
    kind: &'static str,
    percent: i64,
    ak: f64,
}

#[derive(Serialize)]
struct PromotionJson {
    next_golongan: &'static str,
    over_period: f64,
    needed: f64,
    years_exact: f64,
    years: i64,
    pkb_short: Option<f64>,
}

/// The `credit` object (2009 regime).
#[derive(Serialize)]
pub struct CreditJson {
    regime: &'static str,
    golongan: &'static str,
    akk: f64,
    akpkb: f64,
    akp: f64,
    jm: f64,
    jwm: i64,
    jm_ratio: f64,
    jm_capped: bool,
    predikat: &'static str,
    credit_percent: u32,
    pembelajaran: f64,
    tambahan: Option<TambahanJson>,
    tugas_lain: Vec<TugasJson>,
    per_year: f64,
    per_year_exact: String,
    per_year_display: String,
    formula: String,
    working: Vec<String>,
    promotion: PromotionJson,
}

impl CreditJson {
    /// From a computed credit.
    pub fn new(lang: Lang, c: &Credit) -> CreditJson {
        let f = exact::to_f64;
        CreditJson {
            regime: "2009",
            golongan: c.golongan.as_str(),
            akk: f(c.row.akk()),
            akpkb: f(c.row.akpkb()),
            akp: f(c.row.akp()),
            jm: f(c.jm),
            jwm: c.jwm,
            jm_ratio: f(c.jm_ratio),
            jm_capped: c.jm_capped,
            predikat: c.predikat.name(),
            credit_percent: c.predikat.credit_percent(),
            pembelajaran: f(c.pembelajaran),
            tambahan: c.tambahan.map(|t| TambahanJson {
                kind: t.kind.rule().code,
                nilai_100: f(t.nilai_100),
                predikat: t.predikat.name(),
                credit_percent: t.predikat.credit_percent(),
                ak: f(t.ak),
                ak_exact: exact_text(t.ak, '.'),
                share_percent: f(t.share * exact::int(100)),
            }),
            tugas_lain: c
                .tugas_lain
                .iter()
                .map(|t| TugasJson {
                    kind: t.code(),
                    percent: t.percent(),
                    ak: f(c.pembelajaran * t.share()),
                })
                .collect(),
            per_year: f(c.per_year),
            per_year_exact: exact_text(c.per_year, '.'),
            per_year_display: exact::fixed(c.per_year, 3, '.'),
            formula: working::formula(lang, c),
            working: working::steps(lang, c).into_iter().map(|(l, s)| format!("{l}: {s}")).collect(),
            promotion: PromotionJson {
                next_golongan: c.promotion.next.as_str(),
                over_period: f(c.promotion.over_period),
                needed: f(c.promotion.needed),
                years_exact: f(c.promotion.years_exact),
                years: c.promotion.years,
                pkb_short: c.promotion.pkb_short.map(f),
            },
        }
    }
}

/// Renders `pkguru score --format json`.
pub fn score(
    lang: Lang,
    source: &str,
    instrument: &Instrument,
    teacher: &Teacher<String>,
    a: &Assessment,
    notes_in: &[Note],
    warnings: &[crate::sheet::Problem],
) -> String {
    let v = a.score_100();
    let by = |b: Bands| predikat::classify(v, b).name();
    let doc = ScoreJson {
        source,
        instrument: InstrumentJson {
            jenis: instrument.jenis.code(),
            source: &instrument.source,
            competencies: instrument.competencies.len(),
            indicators: instrument.indicator_count(),
            max_total: instrument.max_total(),
        },
        teacher: TeacherJson::new(teacher, instrument.jenis.code()),
        competencies: instrument
            .competencies
            .iter()
            .enumerate()
            .map(|(c, comp)| CompetencyJson {
                number: comp.number,
                name: &comp.name,
                domain: comp.domain.code(),
                score: a.scored.score(c),
                max_score: a.scored.max_score(c),
                percent: exact::to_f64(a.scored.percent(c)),
                value: a.scored.values()[c],
            })
            .collect(),
        total: a.scored.total,
        max_total: a.scored.max_total,
        score_100: exact::to_f64(v),
        score_100_display: exact::fixed(v, 2, '.'),
        score_100_exact: exact_text(v, '.'),
        bands: a.bands.code(),
        predikat: a.predikat.name(),
        credit_percent: a.predikat.credit_percent(),
        predikat_by_convention: Conventions {
            upper: by(Bands::Upper),
            lower: by(Bands::Lower),
            round: by(Bands::Round),
        },
        credit: a.credit.computed().map(|c| CreditJson::new(lang, c)),
        notes: notes(lang, notes_in),
        warnings: warnings
            .iter()
            .map(|w| WarningJson { line: w.line, field: w.at.clone(), message: i18n::problem(lang, &w.kind) })
            .collect(),
    };
    let out = super::export::json::to_vec("score", &doc).unwrap_or_default();
    String::from_utf8(out).unwrap_or_default()
}
