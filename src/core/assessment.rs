//! One teacher's full result: the scored instrument, the predikat under the chosen band
//! convention, and the angka kredit when the identity gives what the formula needs.
//! `assess` is allocation-free (batch); `notes` explains the result, as data that `i18n`
//! words.

use super::credit::{self, Credit, CreditError, CreditInput};
use super::exact::Exact;
use super::instrument::{Instrument, Jenis};
use super::predikat::{self, Bands, Predikat};
use super::scoring::{self, Score, Scored};
use super::teacher::Teacher;
use super::tugas::{NilaiTambahan, TugasTambahan};

/// Whether and how the angka kredit was computed.
// Kept inline (not boxed) so a result stays allocation-free on the batch hot path.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditOutcome {
    Computed(Credit),
    /// No golongan given: no credit asked for.
    NoGolongan,
    /// A PPPK golongan (1–17): the 2009 formula does not apply.
    Pppk(u8),
    /// Golongan given but not the jam (kelas) or konseli (BK); `other_given` when the sheet has
    /// the other instrument's measure instead (jam for a guru BK, konseli for a guru kelas).
    MissingJm {
        other_given: bool,
    },
    /// The identity contradicts itself: a data error, not just an incomplete sheet.
    Invalid(InvalidIdentity),
    /// The formula has no number here (IV/e).
    Error(CreditError),
}

/// A tugas tambahan identity that cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvalidIdentity {
    /// A tugas tambahan without its assessment value.
    MissingNilaiTambahan,
    /// A tugas tambahan value without its kind.
    NilaiWithoutKind,
    /// A raw total typed over another maximum than the kind's instrument has (`20/24` for a
    /// wakil kepala, whose instrument's maximum is 20).
    TambahanMaximum { kind: TugasTambahan, typed: i64 },
}

impl CreditOutcome {
    /// The computed credit, if any.
    pub fn computed(&self) -> Option<&Credit> {
        match self {
            CreditOutcome::Computed(c) => Some(c),
            _ => None,
        }
    }

    /// Why the identity is contradictory, if it is.
    pub fn invalid(&self) -> Option<InvalidIdentity> {
        match self {
            CreditOutcome::Invalid(i) => Some(*i),
            _ => None,
        }
    }
}

/// A full, allocation-free result for one teacher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assessment {
    pub scored: Scored,
    pub bands: Bands,
    pub predikat: Predikat,
    pub credit: CreditOutcome,
}

impl Assessment {
    /// Nilai PKG (skala 100).
    pub fn score_100(&self) -> Exact {
        self.scored.score_100()
    }
}

/// Scores a teacher and computes the credit the identity allows.
pub fn assess<S>(
    instrument: &Instrument,
    scores: &[Score],
    teacher: &Teacher<S>,
    bands: Bands,
) -> Assessment {
    let scored = scoring::score(instrument, scores);
    let predikat = scored.predikat(bands);
    let credit = credit_for(teacher, instrument.jenis, predikat, bands);
    Assessment { scored, bands, predikat, credit }
}

/// The 2009-regime credit for a teacher with a known predikat.
pub fn credit_for<S>(teacher: &Teacher<S>, jenis: Jenis, predikat: Predikat, bands: Bands) -> CreditOutcome {
    let tambahan = match (teacher.tugas_tambahan, teacher.nilai_tambahan) {
        (Some(kind), Some(NilaiTambahan::Raw { max, .. })) if max != kind.rule().max_total => {
            return CreditOutcome::Invalid(InvalidIdentity::TambahanMaximum { kind, typed: max });
        }
        (Some(kind), Some(v)) => {
            let nilai = v.scale_100();
            Some((kind, predikat::classify(nilai, bands), nilai))
        }
        (Some(_), None) => return CreditOutcome::Invalid(InvalidIdentity::MissingNilaiTambahan),
        (None, Some(_)) => return CreditOutcome::Invalid(InvalidIdentity::NilaiWithoutKind),
        (None, None) => None,
    };
    let Some(golongan) = teacher.golongan else {
        return teacher.pppk.map_or(CreditOutcome::NoGolongan, CreditOutcome::Pppk);
    };
    let Some(jm) = teacher.jm(jenis) else {
        return CreditOutcome::MissingJm { other_given: teacher.jm(jenis.other()).is_some() };
    };
    let input = CreditInput {
        jenis,
        golongan,
        predikat,
        jm,
        tambahan,
        tugas_lain: teacher.tugas_lain,
        ak_pkb: teacher.ak_pkb,
        ak_penunjang: teacher.ak_penunjang,
    };
    match credit::compute(&input) {
        Ok(c) => CreditOutcome::Computed(c),
        Err(e) => CreditOutcome::Error(e),
    }
}

/// A remark shown with a result, as data: `code()` is stable for scripts, `i18n` words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// The 100-scale value lies in a gap of the predikat table and the conventions disagree.
    BandGap {
        value: Exact,
        all: [(Bands, Predikat); 3],
        used: Bands,
    },
    /// The same, for the tugas tambahan value.
    BandGapTambahan {
        value: Exact,
        all: [(Bands, Predikat); 3],
        used: Bands,
    },
    /// JM above the upper bound (40 jam, 250 konseli), counted as 1.
    JmCapped {
        jenis: Jenis,
        jm: Exact,
        upper: i64,
    },
    /// No hours given to `credit`: JM = JWM assumed.
    JmAssumed {
        jenis: Jenis,
        jwm: i64,
    },
    /// Golongan II rows come from a lower-confidence table.
    GolonganII,
    /// PKB earned is below the minimum for the next pangkat.
    PkbShort {
        short: Exact,
        min: Exact,
    },
    NoGolongan,
    /// A PPPK teacher: the 2023 regime applies.
    Pppk {
        golongan: u8,
    },
    MissingJm {
        jenis: Jenis,
        other_given: bool,
    },
    Invalid(InvalidIdentity),
    /// IV/e has no next pangkat.
    TopGolongan,
}

impl Note {
    /// The stable code in JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            Note::BandGap { .. } => "band_gap",
            Note::BandGapTambahan { .. } => "band_gap_tambahan",
            Note::JmCapped { .. } => "jm_capped",
            Note::JmAssumed { .. } => "jm_assumed",
            Note::GolonganII => "golongan_ii",
            Note::PkbShort { .. } => "pkb_short",
            Note::NoGolongan => "no_golongan",
            Note::Pppk { .. } => "pppk",
            Note::MissingJm { other_given: false, .. } => "missing_jm",
            Note::MissingJm { other_given: true, .. } => "jm_of_other_jenis",
            Note::Invalid(InvalidIdentity::MissingNilaiTambahan) => "missing_nilai_tambahan",
            Note::Invalid(InvalidIdentity::NilaiWithoutKind) => "nilai_without_kind",
            Note::Invalid(InvalidIdentity::TambahanMaximum { .. }) => "nilai_tambahan_maximum",
            Note::TopGolongan => "top_golongan",
        }
    }
}

/// The band-gap note for a value, when the conventions disagree on it.
pub fn band_gap(value: Exact, used: Bands) -> Option<Note> {
    predikat::disagreement(value).map(|all| Note::BandGap { value, all, used })
}

/// Everything worth telling a person about a result, in a fixed order.
pub fn notes(a: &Assessment, jenis: Jenis) -> Vec<Note> {
    let mut out: Vec<Note> = band_gap(a.score_100(), a.bands).into_iter().collect();
    out.extend(credit_notes(&a.credit, jenis, a.bands));
    out
}

/// Notes about the angka kredit part of a result.
pub fn credit_notes(credit: &CreditOutcome, jenis: Jenis, bands: Bands) -> Vec<Note> {
    let mut out = Vec::new();
    match credit {
        CreditOutcome::Computed(c) => {
            if c.jm_capped {
                out.push(Note::JmCapped { jenis, jm: c.jm, upper: credit::jwm_range(jenis).1 });
            }
            if c.golongan.golongan == 2 {
                out.push(Note::GolonganII);
            }
            if let Some(t) = &c.tambahan
                && let Some(all) = predikat::disagreement(t.nilai_100)
            {
                out.push(Note::BandGapTambahan { value: t.nilai_100, all, used: bands });
            }
            if let Some(short) = c.promotion.pkb_short {
                out.push(Note::PkbShort { short, min: c.row.akpkb() });
            }
        }
        CreditOutcome::NoGolongan => out.push(Note::NoGolongan),
        CreditOutcome::Pppk(golongan) => out.push(Note::Pppk { golongan: *golongan }),
        CreditOutcome::MissingJm { other_given } => {
            out.push(Note::MissingJm { jenis, other_given: *other_given })
        }
        CreditOutcome::Invalid(i) => out.push(Note::Invalid(*i)),
        CreditOutcome::Error(CreditError::TopGolongan) => out.push(Note::TopGolongan),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teacher::Field;

    fn teacher(fields: &[(Field, &str)]) -> Teacher<String> {
        let mut t = Teacher::default();
        for (f, v) in fields {
            t.set(*f, v.to_string()).unwrap();
        }
        t
    }

    /// A guru BK with jam (or a guru kelas with konseli) is told why there is no angka kredit.
    #[test]
    fn the_other_instruments_measure_is_named() {
        let bk = teacher(&[(Field::Golongan, "III/c"), (Field::Jam, "24")]);
        let outcome = credit_for(&bk, Jenis::Bk, Predikat::Baik, Bands::Upper);
        assert_eq!(outcome, CreditOutcome::MissingJm { other_given: true });
        assert_eq!(credit_notes(&outcome, Jenis::Bk, Bands::Upper)[0].code(), "jm_of_other_jenis");
        let none = teacher(&[(Field::Golongan, "III/c")]);
        let outcome = credit_for(&none, Jenis::Kelas, Predikat::Baik, Bands::Upper);
        assert_eq!(outcome, CreditOutcome::MissingJm { other_given: false });
        assert_eq!(credit_notes(&outcome, Jenis::Kelas, Bands::Upper)[0].code(), "missing_jm");
    }

    /// A raw tugas tambahan total is read over its own instrument's maximum only.
    #[test]
    fn tambahan_total_over_the_instrument_maximum() {
        let base = [(Field::Golongan, "III/c"), (Field::Jam, "12")];
        let wrong = teacher(&[
            base[0],
            base[1],
            (Field::TugasTambahan, "wakil kepala"),
            (Field::NilaiTambahan, "20/24"),
        ]);
        assert_eq!(
            credit_for(&wrong, Jenis::Kelas, Predikat::Baik, Bands::Upper).invalid(),
            Some(InvalidIdentity::TambahanMaximum { kind: TugasTambahan::WakilKepala, typed: 24 })
        );
        let right = teacher(&[
            base[0],
            base[1],
            (Field::TugasTambahan, "wakil kepala"),
            (Field::NilaiTambahan, "18/20"),
        ]);
        assert!(credit_for(&right, Jenis::Kelas, Predikat::Baik, Bands::Upper).computed().is_some());
        let scale = teacher(&[
            base[0],
            base[1],
            (Field::TugasTambahan, "kepala sekolah"),
            (Field::NilaiTambahan, "90"),
        ]);
        assert!(credit_for(&scale, Jenis::Kelas, Predikat::Baik, Bands::Upper).computed().is_some());
    }
}
