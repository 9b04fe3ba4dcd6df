//! The assessing hot path: results that depend on few inputs are computed once and reused.
//! Nilai skala 100 and predikat depend only on the total (≤ 69 values per instrument); the
//! credit outcome only on what `credit_for` reads (golongan, predikat, hours, tasks, PKB and
//! penunjang). Each is computed by the same exact core as a single sheet's, then looked up.
//!
//! Hours at or above the JWM all give JM/JWM = 1, and hours above the upper bound all count
//! as the bound: within each of these bins the outcome differs only in the hours it records,
//! so a bin shares one cache entry and the teacher's own hours are put back by
//! [`super::Outcome::assessment`].

use std::collections::HashMap;

use crate::core::assessment::{self, CreditOutcome};
use crate::core::credit::jwm_range;
use crate::core::exact::Exact;
use crate::core::golongan::Golongan;
use crate::core::instrument::Jenis;
use crate::core::predikat::{self, Bands, Predikat};
use crate::core::scoring::{self, Score, Scored};
use crate::core::teacher::Teacher;
use crate::core::tugas::{NilaiTambahan, TugasSet, TugasTambahan};
use crate::sheet::Instruments;

/// Where a credit outcome sits in a worker's cache. Two rows with equal slots (from the same
/// worker) have equal outcomes; a new generation starts when the cache is emptied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CreditSlot {
    pub generation: u32,
    pub index: u32,
}

/// Everything [`assessment::credit_for`] reads from a teacher (the hours by their bin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct OutcomeKey {
    jenis: Jenis,
    predikat: Predikat,
    golongan: Option<Golongan>,
    pppk: Option<u8>,
    /// The instrument's own measure (jam, konseli), binned; whether the other one is given.
    jm: Option<Exact>,
    other_given: bool,
    tambahan: Option<TugasTambahan>,
    nilai_tambahan: Option<NilaiTambahan>,
    tugas: TugasSet,
    ak_pkb: Option<Exact>,
    ak_penunjang: Option<Exact>,
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

/// The most outcomes kept before the cache starts over (bounded memory whatever the input).
const MAX_CACHED: usize = 100_000;

/// Per-worker assessor with its tables and cache.
pub struct MemoScorer<'a> {
    instruments: &'a Instruments,
    bands: Bands,
    /// Predikat of each total, per instrument.
    totals: [Vec<Predikat>; 2],
    /// Outcomes by slot index, and the slot of each key: the common case (whole hours, no
    /// tugas tambahan, no PKB or penunjang typed) under a packed 64-bit key, one integer to
    /// hash instead of a dozen fields.
    outcomes: Vec<CreditOutcome>,
    packed: FastMap<u64, u32>,
    keyed: FastMap<OutcomeKey, u32>,
    generation: u32,
}

impl<'a> MemoScorer<'a> {
    /// Builds the total tables for both instruments.
    pub fn new(instruments: &'a Instruments, bands: Bands) -> MemoScorer<'a> {
        let table = |j: Jenis| {
            let max = instruments.get(j).max_total();
            (0..=max)
                .map(|t| {
                    predikat::classify(crate::core::exact::ratio(100 * i64::from(t), i64::from(max)), bands)
                })
                .collect()
        };
        MemoScorer {
            instruments,
            bands,
            totals: [table(Jenis::Kelas), table(Jenis::Bk)],
            outcomes: Vec::new(),
            packed: FastMap::default(),
            keyed: FastMap::default(),
            generation: 0,
        }
    }

    /// A teacher's scores scored, their predikat, and the slot of the credit outcome (see
    /// [`MemoScorer::outcome`]). Nothing large is copied: this runs once per row.
    pub fn assess<S>(
        &mut self,
        jenis: Jenis,
        scores: &[Score],
        t: &Teacher<S>,
    ) -> (Scored, Predikat, CreditSlot) {
        let scored = scoring::score(self.instruments.get(jenis), scores);
        let predikat = self.totals[jenis.index()][scored.total as usize];
        let slot = self.slot(t, jenis, predikat);
        (scored, predikat, slot)
    }

    /// The credit outcome in a slot of the current generation.
    pub fn outcome(&self, slot: CreditSlot) -> &CreditOutcome {
        &self.outcomes[slot.index as usize]
    }

    /// The band convention in use.
    pub fn bands(&self) -> Bands {
        self.bands
    }

    /// The slot of the credit outcome of a teacher at a predikat, computed once per distinct
    /// inputs.
    fn slot<S>(&mut self, t: &Teacher<S>, jenis: Jenis, predikat: Predikat) -> CreditSlot {
        if self.outcomes.len() >= MAX_CACHED {
            self.outcomes.clear();
            self.packed.clear();
            self.keyed.clear();
            self.generation = self.generation.wrapping_add(1);
        }
        let next = self.outcomes.len() as u32;
        let index = match packed_key(jenis, t, predikat) {
            Some(k) => *self.packed.entry(k).or_insert(next),
            None => {
                let key = OutcomeKey {
                    jenis,
                    predikat,
                    golongan: t.golongan,
                    pppk: t.pppk,
                    jm: bin(t.jm(jenis), t.jwm(jenis), jwm_range(jenis).1),
                    other_given: t.jm(jenis.other()).is_some(),
                    tambahan: t.tugas_tambahan,
                    nilai_tambahan: t.nilai_tambahan,
                    tugas: t.tugas_lain,
                    ak_pkb: t.ak_pkb,
                    ak_penunjang: t.ak_penunjang,
                };
                *self.keyed.entry(key).or_insert(next)
            }
        };
        if index == next {
            self.outcomes.push(assessment::credit_for(t, jenis, predikat, self.bands));
        }
        CreditSlot { generation: self.generation, index }
    }
}

/// The bin of a teacher's hours (see the module doc): below the JWM, as they are; from the
/// JWM to the upper bound, the JWM; above it, the bound and one.
fn bin(jm: Option<Exact>, jwm: i64, upper: i64) -> Option<Exact> {
    let jm = jm?;
    Some(if jm < crate::core::exact::int(jwm) {
        jm
    } else if jm <= crate::core::exact::int(upper) {
        crate::core::exact::int(jwm)
    } else {
        crate::core::exact::int(upper + 1)
    })
}

/// Packs the credit inputs into 47 bits when they are all small and nothing else is given:
/// jenis 1, golongan 5, predikat 3, whole hours 17 (or whether only the other instrument's
/// measure is given), tasks 21. `None` otherwise (tugas
/// tambahan, PPPK, fractional hours, PKB or penunjang typed).
fn packed_key<S>(jenis: Jenis, t: &Teacher<S>, predikat: Predikat) -> Option<u64> {
    if t.tugas_tambahan.is_some()
        || t.nilai_tambahan.is_some()
        || t.pppk.is_some()
        || t.ak_pkb.is_some()
        || t.ak_penunjang.is_some()
    {
        return None;
    }
    // Without its own measure, the outcome only says whether the other one was given.
    let hours = match (bin(t.jm(jenis), t.jwm(jenis), jwm_range(jenis).1), t.jm(jenis.other())) {
        (None, None) => 0,
        (None, Some(_)) => 1 << 16,
        (Some(v), _) if *v.denom() == 1 && (0..0xFFFF).contains(v.numer()) => *v.numer() as u64 + 1,
        (Some(_), _) => return None,
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
    Some(jenis.index() as u64 | gol << 1 | p << 6 | hours << 9 | tasks << 26)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exact::int;

    /// The cache gives every teacher the outcome `credit_for` gives, whatever came before:
    /// a PPPK teacher after one without golongan, hours in one bin (24, 30, 40) and above the
    /// upper bound (41, 45), PKB typed.
    #[test]
    fn cached_outcomes_are_each_teachers_own() {
        let instruments = Instruments::default();
        let mut memo = MemoScorer::new(&instruments, Bands::Upper);
        let scores = vec![Score::new(2).unwrap(); instruments.kelas.indicator_count()];
        let mut teachers: Vec<Teacher<String>> = Vec::new();
        let none = Teacher::<String>::default();
        teachers.push(none.clone());
        teachers.push(Teacher { pppk: Some(9), ..none.clone() });
        let g: Golongan = "III/c".parse().unwrap();
        for jam in [24, 30, 40, 41, 45, 12] {
            teachers.push(Teacher { golongan: Some(g), jam: Some(int(jam)), ..none.clone() });
        }
        teachers.push(Teacher {
            golongan: Some(g),
            jam: Some(int(24)),
            ak_pkb: Some(int(3)),
            ..none.clone()
        });
        teachers.push(Teacher { golongan: Some(g), konseli: Some(int(150)), ..none.clone() });
        for round in 0..2 {
            for t in &teachers {
                let (scored, predikat, slot) = memo.assess(Jenis::Kelas, &scores, t);
                let credit = memo.outcome(slot);
                let jm = t.jm(Jenis::Kelas);
                let outcome = crate::pipeline::Outcome {
                    scored: &scored,
                    predikat,
                    bands: Bands::Upper,
                    credit,
                    slot,
                    jm,
                };
                let a = outcome.assessment();
                let want = assessment::assess(&instruments.kelas, &scores, t, Bands::Upper);
                assert_eq!(a, want, "round {round}: {t:?}");
            }
        }
        let (_, _, s1) = memo.assess(Jenis::Kelas, &scores, &teachers[2]);
        let (_, _, s2) = memo.assess(Jenis::Kelas, &scores, &teachers[2]);
        assert_eq!(s1, s2, "the same inputs share a slot");
    }
}
