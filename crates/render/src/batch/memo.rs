//! The rekap hot path: results that depend on few inputs are computed once and reused.
//! Nilai skala 100 and predikat depend only on the total (≤ 69 values per instrument); the
//! angka kredit only on golongan, predikat, hours and tasks. Each is computed by the same
//! exact core as `score` and formatted by the same code, then looked up per row.

use std::collections::HashMap;

use crate::core::assessment::{self, CreditOutcome, InvalidIdentity};
use crate::core::exact::{self, Exact, Fixed};
use crate::core::golongan::Golongan;
use crate::core::instrument::Jenis;
use crate::core::predikat::{self, Bands, Predikat};
use crate::core::scoring::{self, Score};
use crate::core::teacher::Teacher;
use crate::core::tugas::{TugasSet, TugasTambahan};
use crate::lang::Lang;
use crate::render::csv::RowWriter;
use crate::render::rekap::{CreditCell, RekapRow, RowEncoder, RowScores};
use crate::sheet::{Instruments, Problem};

/// Nilai, its display text, predikat and band-gap catatan for one total.
struct TotalEntry {
    score_100: Exact,
    text: String,
    predikat: Predikat,
    gap: Option<String>,
}

/// Everything the credit formula reads from a teacher (promotion inputs excepted: the rekap
/// shows only the angka kredit per tahun).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct CreditKey {
    jenis: Jenis,
    golongan: Option<Golongan>,
    predikat: Predikat,
    jam: Option<(i64, i64)>,
    konseli: Option<(i64, i64)>,
    tambahan: Option<TugasTambahan>,
    nilai_tambahan: Option<(i64, i64)>,
    tugas: TugasSet,
}

enum CachedCredit {
    /// No angka kredit, and why (for the catatan).
    None(Option<String>),
    Invalid(InvalidIdentity),
    Value {
        exact: Exact,
        display: String,
        exact_text: String,
    },
}

/// Per-worker scorer with its tables and cache.
pub struct MemoScorer<'a> {
    /// The language of the catatan texts.
    lang: Lang,
    instruments: &'a Instruments,
    bands: Bands,
    sep: char,
    totals: [Vec<TotalEntry>; 2],
    credits: FastMap<CreditKey, CachedCredit>,
    /// The same cache under a packed 64-bit key, for the common case (whole hours, no
    /// reducing tugas tambahan): one integer to hash instead of a dozen fields.
    packed: FastMap<u64, CachedCredit>,
    /// The catatan of the row being written (reused).
    catatan: String,
    /// Whole credit outcomes for `check`, by every teacher input the credit reads.
    outcomes: FastMap<OutcomeKey, CreditOutcome>,
}

/// Everything [`assessment::credit_for`] reads, exactly (the hours too: the outcome carries
/// them, and `check` compares them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct OutcomeKey {
    jenis: Jenis,
    predikat: Predikat,
    golongan: Option<Golongan>,
    pppk: Option<u8>,
    jam: Option<Exact>,
    konseli: Option<Exact>,
    tambahan: Option<TugasTambahan>,
    nilai_tambahan: Option<crate::core::tugas::NilaiTambahan>,
    tugas: TugasSet,
    ak_pkb: Option<Exact>,
    ak_penunjang: Option<Exact>,
}

fn pair(x: Option<Exact>) -> Option<(i64, i64)> {
    x.map(|v| (*v.numer(), *v.denom()))
}

/// Hours at or above the JWM all give JM/JWM = 1, so they share one cache entry; the exact
/// value still decides below the JWM. Integer arithmetic: `n/d ≥ jwm` ⇔ `n ≥ jwm·d`.
fn effective_jm(jm: Option<Exact>, jwm: i64) -> Option<(i64, i64)> {
    pair(jm).map(|(n, d)| if n >= jwm.saturating_mul(d) { (jwm, 1) } else { (n, d) })
}

/// FxHash-style hasher: the keys are small and trusted, SipHash's DoS resistance buys nothing.
#[derive(Default)]
struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;

/// Where a row came from.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub file: &'a str,
    pub line: Option<u64>,
}

impl<'a> MemoScorer<'a> {
    /// Builds the total tables for both instruments; display texts use the decimal `sep`.
    pub fn new(lang: Lang, instruments: &'a Instruments, bands: Bands, sep: char) -> MemoScorer<'a> {
        let table = |j: Jenis| {
            let max = instruments.get(j).max_total();
            (0..=max)
                .map(|t| {
                    let v = exact::ratio(100 * i64::from(t), i64::from(max));
                    TotalEntry {
                        score_100: v,
                        text: Fixed(v, 2, sep).to_string(),
                        predikat: predikat::classify(v, bands),
                        gap: crate::i18n::catatan_gap(lang, v),
                    }
                })
                .collect()
        };
        MemoScorer {
            lang,
            instruments,
            bands,
            sep,
            totals: [table(Jenis::Kelas), table(Jenis::Bk)],
            credits: FastMap::default(),
            packed: FastMap::default(),
            catatan: String::new(),
            outcomes: FastMap::default(),
        }
    }

    /// Scores a row and encodes its rekap row; the predikat, or why the identity is invalid.
    #[allow(clippy::too_many_arguments)]
    pub fn rekap<S: AsRef<str>>(
        &mut self,
        encoder: &dyn RowEncoder,
        w: &mut RowWriter,
        origin: Origin<'_>,
        jenis: Jenis,
        scores: &[Score],
        t: &Teacher<S>,
        warnings: &[Problem],
    ) -> Result<Predikat, InvalidIdentity> {
        let scored = scoring::score(self.instruments.get(jenis), scores);
        let entry = &self.totals[jenis.index()][scored.total as usize];
        let predikat = entry.predikat;
        let jwm = t.jwm(jenis);
        let (bands, sep, lang) = (self.bands, self.sep, self.lang);
        let compute = || match assessment::credit_for(t, jenis, predikat, bands) {
            CreditOutcome::Computed(c) => CachedCredit::Value {
                exact: c.per_year,
                display: Fixed(c.per_year, 3, sep).to_string(),
                exact_text: exact::exact_text(c.per_year, sep),
            },
            CreditOutcome::Invalid(i) => CachedCredit::Invalid(i),
            other => CachedCredit::None(crate::i18n::catatan_credit(lang, &other, jenis)),
        };
        if self.credits.len() + self.packed.len() > 100_000 {
            self.credits.clear(); // bounded memory whatever the input
            self.packed.clear();
        }
        let cached = match packed_key(jenis, t, predikat, jwm) {
            Some(k) => self.packed.entry(k).or_insert_with(compute),
            None => {
                let key = CreditKey {
                    jenis,
                    golongan: t.golongan,
                    predikat,
                    jam: effective_jm(t.jam, jwm),
                    konseli: effective_jm(t.konseli, jwm),
                    tambahan: t.tugas_tambahan,
                    nilai_tambahan: pair(t.nilai_tambahan.map(|v| v.scale_100())),
                    tugas: t.tugas_lain,
                };
                self.credits.entry(key).or_insert_with(compute)
            }
        };
        let (credit, reason) = match cached {
            CachedCredit::Invalid(i) => return Err(*i),
            CachedCredit::None(reason) => (None, reason.as_deref()),
            CachedCredit::Value { exact, display, exact_text } => {
                (Some(CreditCell { exact: *exact, display, exact_text }), None)
            }
        };
        // Most rows have nothing to say: no allocation then.
        crate::render::rekap::write_catatan(
            self.lang,
            &mut self.catatan,
            warnings,
            reason,
            entry.gap.as_deref(),
        );
        let scores = RowScores {
            values: scored.values(),
            total: scored.total,
            score_100: entry.score_100,
            score_100_text: &entry.text,
            predikat,
        };
        let row = rekap_row(origin, jenis, t, scored.max_total, Some(scores), credit, &self.catatan);
        encoder.row(w, &row);
        Ok(predikat)
    }
}

impl MemoScorer<'_> {
    /// The credit outcome of a teacher at a predikat, computed once per distinct inputs.
    pub fn credit_outcome<S>(&mut self, t: &Teacher<S>, jenis: Jenis, predikat: Predikat) -> CreditOutcome {
        let key = OutcomeKey {
            jenis,
            predikat,
            golongan: t.golongan,
            pppk: t.pppk,
            jam: t.jam,
            konseli: t.konseli,
            tambahan: t.tugas_tambahan,
            nilai_tambahan: t.nilai_tambahan,
            tugas: t.tugas_lain,
            ak_pkb: t.ak_pkb,
            ak_penunjang: t.ak_penunjang,
        };
        if self.outcomes.len() > 100_000 {
            self.outcomes.clear(); // bounded memory whatever the input
        }
        let bands = self.bands;
        *self.outcomes.entry(key).or_insert_with(|| assessment::credit_for(t, jenis, predikat, bands))
    }

    /// Writes the row of a teacher not yet assessed: the identity, no results, and `notes`
    /// (the diagnosis first, then any warnings) as the catatan.
    pub fn unassessed<S: AsRef<str>>(
        &mut self,
        encoder: &dyn RowEncoder,
        w: &mut RowWriter,
        origin: Origin<'_>,
        jenis: Jenis,
        t: &Teacher<S>,
        notes: &[Problem],
    ) {
        crate::render::rekap::write_catatan(self.lang, &mut self.catatan, notes, None, None);
        let max_total = self.instruments.get(jenis).max_total();
        let row = rekap_row(origin, jenis, t, max_total, None, None, &self.catatan);
        encoder.row(w, &row);
    }
}

/// A teacher's rekap row: the identity from `t`, the results given.
fn rekap_row<'a, S: AsRef<str>>(
    origin: Origin<'a>,
    jenis: Jenis,
    t: &'a Teacher<S>,
    max_total: u32,
    scores: Option<RowScores<'a>>,
    credit: Option<CreditCell<'a>>,
    catatan: &'a str,
) -> RekapRow<'a> {
    RekapRow {
        source: origin.file,
        line: origin.line,
        nama: t.nama_str(),
        nip: t.nip_str(),
        sekolah: t.sekolah.as_ref().map(|s| s.as_ref().trim()),
        jenis,
        golongan: t.golongan,
        working: crate::render::rekap::Working::of(t, jenis),
        max_total,
        scores,
        credit,
        catatan,
        appraisal: t.appraisal_strs(),
    }
}

/// Packs the credit inputs into 46 bits when they are all small integers and no reducing
/// tugas tambahan is involved: jenis 1, golongan 4, predikat 3, hours 17, tasks 21.
fn packed_key<S>(jenis: Jenis, t: &Teacher<S>, predikat: Predikat, jwm: i64) -> Option<u64> {
    if t.tugas_tambahan.is_some() || t.nilai_tambahan.is_some() {
        return None;
    }
    let hours = match effective_jm(t.jm(jenis), jwm) {
        None => 0,
        Some((n, 1)) if (0..0xFFFF).contains(&n) => n as u64 + 1,
        Some(_) => return None,
    };
    let gol = t.golongan.map_or(0, |g| 1 + g.index() as u64);
    let mut tasks = 0u64;
    for (i, n) in t.tugas_lain.counts().iter().enumerate() {
        if *n > 7 {
            return None;
        }
        tasks |= u64::from(*n) << (3 * i);
    }
    let p = Predikat::ALL.iter().position(|x| *x == predikat).unwrap_or(0) as u64;
    Some(jenis.index() as u64 | gol << 1 | p << 5 | hours << 8 | tasks << 25)
}
