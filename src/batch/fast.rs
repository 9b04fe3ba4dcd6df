//! The rekap hot path: results that depend on few inputs are computed once and reused.
//! Nilai skala 100 and predikat depend only on the total (≤ 69 values per instrument); the
//! angka kredit only on golongan, predikat, hours and tasks. Each is computed by the same
//! exact core as `score` and formatted by the same code, then looked up per row.

use std::collections::HashMap;

use crate::core::exact::{Exact, Fixed};
use crate::core::instrument::Jenis;
use crate::core::predikat::{Bands, Predikat};
use crate::core::report::{self, CreditOutcome};
use crate::core::scoring::{self, Score};
use crate::core::teacher::Teacher;
use crate::core::tugas::{TugasSet, TugasTambahan};
use crate::render::csv_out::{Origin, RekapParts, RowWriter, exact_text, rekap_row_parts};
use crate::sheet::Instruments;

/// Nilai display and predikat for one total.
struct TotalEntry {
    nilai: String,
    predikat: Predikat,
}

/// Everything the credit formula reads from a teacher (promotion inputs excepted: the rekap
/// shows only the angka kredit per tahun).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct CreditKey {
    jenis: Jenis,
    golongan: Option<crate::core::golongan::Golongan>,
    predikat: Predikat,
    jam: Option<(i64, i64)>,
    konseli: Option<(i64, i64)>,
    tambahan: Option<TugasTambahan>,
    nilai_tambahan: Option<(i64, i64)>,
    tugas: TugasSet,
}

enum CachedCredit {
    None,
    /// `true` for a value without its kind, `false` for a kind without its value.
    Invalid(bool),
    Value {
        display: String,
        exact: String,
    },
}

/// Per-worker scorer with its tables and cache.
pub struct RowScorer<'a> {
    instruments: &'a Instruments,
    bands: Bands,
    sep: char,
    totals: [Vec<TotalEntry>; 2],
    credits: FastMap<CreditKey, CachedCredit>,
    /// The same cache under a packed 64-bit key, for the common case (whole hours, no
    /// reducing tugas tambahan): one integer to hash instead of a dozen fields.
    packed: FastMap<u64, CachedCredit>,
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

/// What the fast path decided for a row.
pub enum Outcome {
    /// Written to the rekap; the predikat for the summary.
    Written(Predikat),
    /// The identity is contradictory: a tugas tambahan value without its kind (`true`), or a
    /// kind without its value (`false`).
    Invalid(bool),
}

impl<'a> RowScorer<'a> {
    /// Builds the total tables for both instruments.
    pub fn new(instruments: &'a Instruments, bands: Bands, sep: char) -> RowScorer<'a> {
        let table = |j: Jenis| {
            let max = instruments.get(j).max_total();
            (0..=max)
                .map(|t| {
                    let v = crate::core::exact::ratio(100 * i64::from(t), i64::from(max));
                    TotalEntry {
                        nilai: Fixed(v, 2, sep).to_string(),
                        predikat: crate::core::predikat::classify(v, bands),
                    }
                })
                .collect()
        };
        RowScorer {
            instruments,
            bands,
            sep,
            totals: [table(Jenis::Kelas), table(Jenis::Bk)],
            credits: FastMap::default(),
            packed: FastMap::default(),
        }
    }

    /// Scores a row and writes its rekap line.
    pub fn rekap<S: AsRef<str>>(
        &mut self,
        w: &mut RowWriter,
        origin: Origin<'_>,
        jenis: Jenis,
        scores: &[Score],
        t: &Teacher<S>,
        competencies: usize,
    ) -> Outcome {
        let scored = scoring::score(self.instruments.get(jenis), scores);
        let entry = &self.totals[usize::from(jenis == Jenis::Bk)][scored.total as usize];
        let predikat = entry.predikat;
        let (regular, _) = crate::core::credit::jwm_range(jenis);
        let jwm = t.tugas_tambahan.map_or(regular, |k| k.jwm(jenis));
        let (bands, sep) = (self.bands, self.sep);
        let compute = || match report::credit_for(t, jenis, predikat, bands) {
            CreditOutcome::Computed(c) => CachedCredit::Value {
                display: Fixed(c.per_year, 3, sep).to_string(),
                exact: exact_text(c.per_year, sep),
            },
            o if o.is_invalid() => CachedCredit::Invalid(o == CreditOutcome::NilaiWithoutKind),
            _ => CachedCredit::None,
        };
        if self.credits.len() + self.packed.len() > 100_000 {
            self.credits.clear(); // bounded memory whatever the input
            self.packed.clear();
        }
        if let Some(k) = packed_key(jenis, t, predikat, jwm) {
            let cached = self.packed.entry(k).or_insert_with(compute);
            return write(w, origin, t, jenis, &scored, entry, cached, competencies);
        }
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
        let cached = self.credits.entry(key).or_insert_with(compute);
        write(w, origin, t, jenis, &scored, entry, cached, competencies)
    }
}

/// Packs the credit inputs into 46 bits when they are all small integers and no reducing
/// tugas tambahan is involved: jenis 1, golongan 4, predikat 3, hours 17, tasks 21.
fn packed_key<S>(jenis: Jenis, t: &Teacher<S>, predikat: Predikat, jwm: i64) -> Option<u64> {
    if t.tugas_tambahan.is_some() || t.nilai_tambahan.is_some() {
        return None;
    }
    let jm = match jenis {
        Jenis::Kelas => t.jam,
        Jenis::Bk => t.konseli,
    };
    let hours = match effective_jm(jm, jwm) {
        None => 0,
        Some((n, 1)) if (0..0xFFFF).contains(&n) => n as u64 + 1,
        Some(_) => return None,
    };
    let gol = t.golongan.map_or(0, |g| {
        1 + crate::core::golongan::Golongan::ALL.iter().position(|x| *x == g).unwrap_or(0) as u64
    });
    let mut tasks = 0u64;
    for (i, n) in t.tugas_lain.counts().iter().enumerate() {
        if *n > 7 {
            return None;
        }
        tasks |= u64::from(*n) << (3 * i);
    }
    let p = Predikat::ALL.iter().position(|x| *x == predikat).unwrap_or(0) as u64;
    Some(u64::from(jenis == Jenis::Bk) | gol << 1 | p << 5 | hours << 8 | tasks << 25)
}

/// Writes the rekap line from the cached pieces.
#[allow(clippy::too_many_arguments)]
fn write<S: AsRef<str>>(
    w: &mut RowWriter,
    origin: Origin<'_>,
    t: &Teacher<S>,
    jenis: Jenis,
    scored: &scoring::Scored,
    entry: &TotalEntry,
    cached: &CachedCredit,
    competencies: usize,
) -> Outcome {
    let credit = match cached {
        CachedCredit::Invalid(without_kind) => return Outcome::Invalid(*without_kind),
        CachedCredit::None => None,
        CachedCredit::Value { display, exact } => Some((display.as_str(), exact.as_str())),
    };
    let parts = RekapParts {
        jenis,
        values: scored.values(),
        total: scored.total,
        max_total: scored.max_total,
        nilai: &entry.nilai,
        predikat: entry.predikat,
        credit,
    };
    rekap_row_parts(w, origin, t, &parts, competencies);
    Outcome::Written(entry.predikat)
}
