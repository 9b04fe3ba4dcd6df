//! `pkguru report`: the printable appraisal forms per teacher (Lampiran 1B per competency,
//! 1C the competency recap, 1D the result with identities and signatures) and the school
//! summary, as one model that the HTML and PDF writers lay out. Everything shown is worked
//! out here once, as text in the chosen language; the writers only place it.
//!
//! May use: `core`, `sheet`, `i18n` (as all of `render`).

mod bars;
pub mod book;
pub mod encode;
pub mod html;
pub mod join;
pub mod list;
mod lit;
pub mod markup;
pub mod page;
pub mod pdf;
mod rows;
pub mod setup;
mod sign;
mod stamp;
mod untag;

use crate::core::assessment::{Assessment, CreditOutcome};
use crate::core::exact::{self, Exact, int};
use crate::core::identity::{Jabatan, decode_nip};
use crate::core::instrument::{Instrument, Jenis};
use crate::core::predikat::Predikat;
use crate::core::ranking;
use crate::core::signers::Signers;
use crate::core::teacher::Teacher;
use crate::i18n;
use crate::lang::Lang;
use crate::pipeline;

/// Which forms each teacher gets (`--lampiran`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lampiran {
    pub b: bool,
    pub c: bool,
    pub d: bool,
}

impl Default for Lampiran {
    fn default() -> Self {
        Lampiran { b: true, c: true, d: true }
    }
}

/// The order of the summary's teacher list (`--urut`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Highest nilai first; equal nilai by name.
    #[default]
    Nilai,
    Nama,
}

/// Numbers as the reader's language writes them: `69,64`.
fn fixed(lang: Lang, x: Exact, decimals: u32) -> String {
    exact::fixed(x, decimals, lang.decimal_sep())
}

pub use crate::render::blocks::CompetencyBlock;

/// One labelled line of an identity table.
pub type Row = (&'static str, String);

/// Everything printed for one teacher.
#[derive(Debug, Clone)]
pub struct TeacherPages {
    /// Where the teacher came from (`file`, `file:line`), for messages and file names.
    pub source: String,
    pub nama: String,
    pub nip: String,
    pub jenis: Jenis,
    pub blocks: Vec<CompetencyBlock>,
    pub total: u32,
    pub max_total: u32,
    pub score_100: String,
    pub predikat: Predikat,
    pub nk: String,
    /// The angka kredit (3 decimals) and the lines of its working; or why there is none.
    pub credit: Result<(String, Vec<(String, String)>), String>,
    pub identity: Vec<Row>,
    pub assessors: Vec<(String, String)>,
    pub periode: String,
    /// `Contoh, 12 Maret 2026`, or blanks to write by hand.
    pub place_date: String,
    /// Role, name and number line (`NIP …`, `NUPTK …`, or empty for a line to write on) of
    /// each signature, left to right, as the case needs (`core::signers`).
    pub signatures: Vec<(String, String, String)>,
    /// Notes (band gap, fields left empty, why no angka kredit).
    pub catatan: String,
}

/// A blank to fill in by hand when a value is missing.
fn or_blank(lang: Lang, v: Option<&str>) -> String {
    v.map(str::trim)
        .filter(|s| !s.is_empty())
        .map_or_else(|| i18n::rp_blank(lang).to_string(), str::to_string)
}

impl TeacherPages {
    /// Works out a teacher's pages from the pipeline's row and its assessment.
    pub fn new<S: AsRef<str>>(
        lang: Lang,
        source: &str,
        row: &pipeline::Row<'_, S>,
        inst: &Instrument,
        a: &Assessment,
    ) -> TeacherPages {
        let t = &row.teacher.to_owned_teacher();
        let jenis = row.jenis;
        let mut slot = 0;
        let blocks = inst
            .competencies
            .iter()
            .enumerate()
            .map(|(c, comp)| {
                let indicators = comp
                    .indicators
                    .iter()
                    .map(|ind| {
                        let s = row.scores[slot].get();
                        slot += 1;
                        (ind.id.to_string(), ind.text.clone(), s)
                    })
                    .collect();
                let notes = row
                    .notes
                    .iter()
                    .filter(|(id, _)| id.competency == comp.number)
                    .map(|(id, n)| (id.to_string(), n.clone()))
                    .collect();
                CompetencyBlock {
                    notes,
                    number: comp.number,
                    name: comp.name.clone(),
                    indicators,
                    score: a.scored.score(c),
                    max: a.scored.max_score(c),
                    percent: format!("{} %", fixed(lang, a.scored.percent(c), 2)),
                    value: a.scored.values()[c],
                }
            })
            .collect();
        let credit = match &a.credit {
            CreditOutcome::Computed(c) => {
                let mut steps = super::working::steps(lang, c);
                // With PKB and penunjang known (typed, or counted from a list of activities),
                // the form also says what the next pangkat still needs.
                // The sentences name the promotion themselves: no label.
                if c.promotion.earned.is_some() {
                    steps.extend(super::working::promotion(lang, c).into_iter().map(|l| (String::new(), l)));
                }
                Ok((super::working::ak(lang, c.per_year), steps))
            }
            other => Err(i18n::catatan_credit(lang, other, jenis).unwrap_or_default()),
        };
        let nama = t.nama.as_deref().map(str::trim).unwrap_or("").to_string();
        let nip = t.nip.as_deref().map(str::trim).unwrap_or("").to_string();
        let appraisal = t.appraisal_strs();
        let get = |f: crate::core::teacher::Field| -> &str {
            crate::core::teacher::Field::APPRAISAL.iter().position(|x| *x == f).map_or("", |i| appraisal[i])
        };
        use crate::core::teacher::Field;
        let signers = crate::core::signers::signers(t);
        let catatan = crate::render::rekap::catatan(
            lang,
            row.warnings,
            i18n::catatan_credit(lang, &a.credit, jenis).as_deref(),
            i18n::catatan_gap(lang, a.score_100()).as_deref(),
        );
        TeacherPages {
            source: source.to_string(),
            identity: identity_rows(lang, t, jenis, &nama, &nip, get(Field::Nuptk), get(Field::Mapel)),
            assessors: assessor_rows(lang, &signers, t.appraisal_str(Field::JabatanMengetahui)),
            periode: or_blank(lang, Some(get(Field::Periode))),
            place_date: i18n::place_date(lang, get(Field::Tempat), get(Field::Tanggal)),
            signatures: signature_lines(lang, &signers, get(Field::Nuptk), get(Field::JabatanMengetahui)),
            nama,
            nip,
            jenis,
            blocks,
            total: a.scored.total,
            max_total: a.scored.max_total,
            score_100: fixed(lang, a.score_100(), 2),
            predikat: a.predikat,
            nk: format!("{} %", a.predikat.credit_percent()),
            credit,
            catatan,
        }
    }

    /// The file name of this teacher's own PDF (`--split`): NIP and name, safe on every file
    /// system.
    /// Lampiran 1D's penilai and kepala sekolah rows, then the period.
    pub fn assessor_rows(&self, lang: Lang) -> Vec<(String, String)> {
        let mut rows = self.assessors.clone();
        rows.push((i18n::rp_periode(lang).to_string(), self.periode.clone()));
        rows
    }

    /// Lampiran 1D's result rows: Nilai PKG, skala 100, predikat, NK and the angka kredit (or
    /// why there is none).
    pub fn result_rows(&self, lang: Lang) -> Vec<Row> {
        let ak = match &self.credit {
            Ok((ak, _)) => ak.clone(),
            // Why is said once, in the notes below.
            Err(_) => i18n::rp_none(lang).to_string(),
        };
        vec![
            (i18n::rp_total(lang), format!("{} / {}", self.total, self.max_total)),
            (i18n::rp_score_100(lang), self.score_100.clone()),
            (i18n::rp_predikat(lang), self.predikat.name().to_string()),
            (i18n::rp_nk(lang), self.nk.clone()),
            (i18n::rp_ak(lang), ak),
        ]
    }

    pub fn file_stem(&self) -> String {
        let raw = match (self.nip.is_empty(), self.nama.is_empty()) {
            (false, false) => format!("{}-{}", self.nip.replace(' ', ""), self.nama),
            (false, true) => self.nip.replace(' ', ""),
            (true, false) => self.nama.clone(),
            (true, true) => "guru".to_string(),
        };
        crate::render::blocks::file_stem(&raw, "guru")
    }
}

/// The teacher's identity as Lampiran 1D lists it, with what the NIP tells where the sheet
/// does not give it.
fn identity_rows(
    lang: Lang,
    t: &Teacher<String>,
    jenis: Jenis,
    nama: &str,
    nip: &str,
    nuptk: &str,
    mapel: &str,
) -> Vec<Row> {
    let none = || i18n::rp_none(lang).to_string();
    let decoded = decode_nip(nip);
    let mut rows = vec![
        (i18n::rp_nama(lang), or_blank(lang, Some(nama))),
        (i18n::rp_nip(lang), if nip.is_empty() { none() } else { nip.to_string() }),
        (i18n::rp_nuptk(lang), if nuptk.trim().is_empty() { none() } else { nuptk.trim().to_string() }),
    ];
    if let Some(info) = decoded {
        rows.push((i18n::rp_birth(lang), i18n::long_date(lang, info.birth)));
        rows.push((i18n::rp_sex(lang), i18n::rp_sex_name(lang, info.sex).to_string()));
        rows.push((i18n::rp_tmt(lang), i18n::month_year(lang, info.tmt.0, info.tmt.1)));
    }
    let golongan = match (t.golongan, t.pppk) {
        (Some(g), _) => format!("{}, {g}", g.pangkat()),
        (None, Some(n)) => format!("PPPK {}", i18n::roman(n)),
        (None, None) if t.non_pns => i18n::rp_non_pns(lang).to_string(),
        (None, None) => none(),
    };
    rows.push((i18n::rp_pangkat(lang), golongan));
    let jabatan = t.golongan.and_then(Jabatan::of).map_or_else(none, |j| j.name().to_string());
    rows.push((i18n::rp_jabatan(lang), jabatan));
    rows.push((i18n::rp_sekolah(lang), or_blank(lang, t.sekolah.as_deref())));
    if jenis == Jenis::Kelas {
        rows.push((i18n::rp_mapel(lang), or_blank(lang, Some(mapel))));
        rows.push((i18n::rp_jam(lang), t.jam.map_or_else(none, |j| exact::human(j, 2, lang.decimal_sep()))));
    } else {
        // A guru BK's subject is bimbingan dan konseling unless the sheet names it.
        let mapel = if mapel.trim().is_empty() { i18n::rp_mapel_bk(lang) } else { mapel.trim() };
        rows.push((i18n::rp_mapel(lang), mapel.to_string()));
        rows.push((
            i18n::rp_konseli(lang),
            t.konseli.map_or_else(none, |k| exact::human(k, 2, lang.decimal_sep())),
        ));
    }
    let mut tasks: Vec<String> = t
        .tugas_tambahan
        .iter()
        .map(|k| match t.bidang {
            Some(b) => format!("{} {} {}", k.rule().name, i18n::rp_bidang(lang), b.name()),
            None => k.rule().name.to_string(),
        })
        .collect();
    tasks.extend(t.tugas_lain.iter().map(|k| i18n::tugas_lain_name(lang, k).to_string()));
    rows.push((i18n::rp_tugas(lang), if tasks.is_empty() { none() } else { tasks.join(", ") }));
    rows
}

/// Lampiran 1D's rows of who assessed (and acknowledged): name and NIP of each signer but the
/// assessed teacher.
fn assessor_rows(lang: Lang, signers: &Signers<'_>, jabatan: &str) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    for s in signers.blocks().iter().skip(1) {
        let role = i18n::signer_role(lang, s.role, jabatan).replace('\n', " ");
        rows.push((role, or_blank(lang, Some(s.nama))));
        rows.push((i18n::rp_nip(lang).to_string(), or_blank(lang, Some(s.nip))));
    }
    rows
}

/// The signature blocks: a NIP that is not one (warned about when read) is left to write by
/// hand; a teacher without NIP signs with a NUPTK of the right shape.
fn signature_lines(
    lang: Lang,
    signers: &Signers<'_>,
    nuptk: &str,
    jabatan: &str,
) -> Vec<(String, String, String)> {
    use crate::core::signers::Role;
    use crate::core::teacher::Field;
    signers
        .blocks()
        .iter()
        .map(|s| {
            let field = match s.role {
                Role::Guru | Role::KepalaDinilai => Field::Nip,
                _ => Field::NipPenilai,
            };
            let mut number = signed_nip(field, s.nip);
            let own = matches!(s.role, Role::Guru | Role::KepalaDinilai);
            if own && s.nip.is_empty() && !signed_nip(Field::Nuptk, nuptk).is_empty() {
                number = format!("NUPTK {}", nuptk.trim());
            }
            (i18n::signer_role(lang, s.role, jabatan), or_blank(lang, Some(s.nama)), number)
        })
        .collect()
}

/// A NIP for a signature line: empty (a blank) unless it has a NIP's shape.
fn signed_nip(field: crate::core::teacher::Field, text: &str) -> String {
    let text = text.trim();
    if crate::core::teacher::nip_shape(field, text).is_ok() { text.to_string() } else { String::new() }
}

/// One teacher's line in the school summary.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    pub nama: String,
    pub nip: String,
    pub jenis: Jenis,
    pub values: Vec<u8>,
    pub score_100: Exact,
    pub predikat: Predikat,
    pub credit: Option<Exact>,
    pub catatan: String,
}

impl SummaryRow {
    /// The summary line of an assessed teacher.
    pub fn new(pages: &TeacherPages, a: &Assessment) -> SummaryRow {
        SummaryRow {
            nama: pages.nama.clone(),
            nip: pages.nip.clone(),
            jenis: pages.jenis,
            values: a.scored.values().to_vec(),
            score_100: a.score_100(),
            predikat: a.predikat,
            credit: a.credit.computed().map(|c| c.per_year),
            catatan: pages.catatan.clone(),
        }
    }
}

/// The ledger's view of the report's teachers (`report --riwayat DB`): the current period,
/// and per teacher nama, NIP, last period, AK gathered, still missing, ready, cycle stage.
#[derive(Debug, Clone, Default)]
pub struct Riwayat {
    pub periode: String,
    pub rows: Vec<[String; 7]>,
}

/// The school summary: who was assessed and how, what the school should work on.
/// The most unreadable sheets the summary names (the rest are counted).
pub const FAILED_NAMED: usize = 50;

impl Summary {
    /// Notes a place that could not be read.
    pub fn failed_here(&mut self, place: &str) {
        if self.failed_at.len() < FAILED_NAMED && !self.failed_at.iter().any(|p| p == place) {
            self.failed_at.push(place.to_string());
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub riwayat: Option<Riwayat>,
    pub rows: Vec<SummaryRow>,
    /// (nama, NIP, where) of teachers not yet assessed.
    pub unassessed: Vec<(String, String, String)>,
    /// Sheets or rows that could not be read.
    pub failed: u64,
    /// Where they are (file, or file:line), in the order met, each once, at most
    /// [`FAILED_NAMED`]: the summary names them.
    pub failed_at: Vec<String>,
    pub sekolah: Option<String>,
    pub periode: Option<String>,
}

impl Summary {
    /// Teachers per predikat, Amat Baik first.
    pub fn per_predikat(&self) -> [u64; 5] {
        let mut out = [0; 5];
        for r in &self.rows {
            out[Predikat::ALL.iter().position(|p| *p == r.predikat).unwrap_or(4)] += 1;
        }
        out
    }

    /// The exact mean value of each competency over the teachers of one instrument, or
    /// `None` when there are none.
    pub fn means(&self, jenis: Jenis) -> Option<Vec<Exact>> {
        let rows: Vec<&SummaryRow> = self.rows.iter().filter(|r| r.jenis == jenis).collect();
        let n = rows.first()?.values.len();
        Some(
            (0..n)
                .map(|c| {
                    let sum: i64 = rows.iter().map(|r| i64::from(r.values[c])).sum();
                    exact::ratio(sum, rows.len() as i64)
                })
                .collect(),
        )
    }

    /// The `n` competencies (1-based numbers) with the lowest means, lowest first; ties by
    /// number.
    pub fn weakest(&self, jenis: Jenis, n: usize) -> Vec<(usize, Exact)> {
        let Some(means) = self.means(jenis) else { return Vec::new() };
        let mut all: Vec<(usize, Exact)> = means.into_iter().enumerate().map(|(i, m)| (i + 1, m)).collect();
        all.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        // Only those below the top of the scale are weaknesses.
        all.into_iter().filter(|(_, m)| *m < int(4)).take(n).collect()
    }

    /// The profile matching ranking of one instrument's teachers with the default profile
    /// (target 4), as `pkguru rank` gives it: (position, tied, row, domain values, value), in
    /// ranking order; empty with fewer than two teachers.
    pub fn ranking(&self, jenis: Jenis) -> Vec<RankRow<'_>> {
        let rows: Vec<&SummaryRow> = self.rows.iter().filter(|r| r.jenis == jenis).collect();
        if rows.len() < 2 {
            return Vec::new();
        }
        let profile = ranking::Profile::default_for(Instrument::embedded(jenis), 4);
        let evals: Vec<_> = rows.iter().filter_map(|r| ranking::evaluate(&profile, &r.values).ok()).collect();
        if evals.len() != rows.len() {
            return Vec::new();
        }
        let positions = ranking::positions(&evals.iter().map(|e| e.value).collect::<Vec<_>>());
        let mut out: Vec<RankRow<'_>> = rows
            .into_iter()
            .zip(evals)
            .zip(positions)
            .map(|((row, e), (position, tied))| RankRow {
                position,
                tied,
                row,
                domains: e.domains.map(|d| d.value),
                value: e.value,
            })
            .collect();
        out.sort_by_key(|r| r.position);
        out
    }

    /// The teacher list in the order asked for.
    pub fn sorted(&self, order: Order) -> Vec<&SummaryRow> {
        let mut rows: Vec<&SummaryRow> = self.rows.iter().collect();
        match order {
            Order::Nilai => {
                rows.sort_by(|a, b| b.score_100.cmp(&a.score_100).then_with(|| a.nama.cmp(&b.nama)))
            }
            Order::Nama => rows.sort_by_key(|r| r.nama.to_lowercase()),
        }
        rows
    }

    /// A mean with 2 decimals in the reader's language.
    pub fn mean_text(lang: Lang, m: Exact) -> String {
        fixed(lang, m, 2)
    }

    /// A nilai with 2 decimals in the reader's language.
    pub fn nilai_text(lang: Lang, x: Exact) -> String {
        fixed(lang, x, 2)
    }

    /// An angka kredit with 3 decimals in the reader's language.
    pub fn ak_text(lang: Lang, x: Exact) -> String {
        fixed(lang, x, 3)
    }
}

/// One line of the summary's profile matching ranking.
#[derive(Debug, Clone)]
pub struct RankRow<'a> {
    pub position: usize,
    pub tied: bool,
    pub row: &'a SummaryRow,
    /// Pedagogik, kepribadian, sosial, profesional.
    pub domains: [Exact; 4],
    pub value: Exact,
}

impl RankRow<'_> {
    /// `3`, or `3=` when tied.
    pub fn position_text(&self) -> String {
        format!("{}{}", self.position, if self.tied { "=" } else { "" })
    }
}

/// The whole document: the summary (when asked and there is more than one teacher), then
/// each teacher's forms.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub summary: Option<&'a Summary>,
    pub teachers: &'a [TeacherPages],
    pub lampiran: Lampiran,
    pub order: Order,
}
