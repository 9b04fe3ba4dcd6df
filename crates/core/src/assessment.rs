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
    assess_with(instrument, scores, bands, |p| credit_for(teacher, instrument.jenis, p, bands))
}

/// [`assess`] with the credit outcome for the predikat given by `credit` (a cache of
/// [`credit_for`] for the same teacher inputs).
pub fn assess_with(
    instrument: &Instrument,
    scores: &[Score],
    bands: Bands,
    credit: impl FnOnce(Predikat) -> CreditOutcome,
) -> Assessment {
    let scored = scoring::score(instrument, scores);
    let predikat = scored.predikat(bands);
    Assessment { scored, bands, predikat, credit: credit(predikat) }
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
    /// A counted PKB list (`--pkb`) that does not yet meet the next promotion's minima per
    /// subunsur.
    PkbMissing(super::pkb::Missing),
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
            Note::PkbMissing(_) => "pkb_missing",
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
    use crate::exact::{int, ratio};
    use crate::golongan::Golongan;
    use crate::scoring::competency_value;
    use crate::teacher::Field;
    use crate::tugas::{NilaiTambahan, TugasLain, TugasSet, TugasTambahan};

    /// Indicator scores that give each competency of the instrument the wanted value.
    fn sheet(instrument: &Instrument, values: &[u8]) -> Vec<Score> {
        let mut out = Vec::new();
        for (c, &v) in values.iter().enumerate() {
            let n = instrument.slots(c).len() as u32;
            let mut left = (0..=2 * n).find(|&s| competency_value(s, 2 * n) == v).unwrap();
            for _ in 0..n {
                let x = left.min(2);
                out.push(Score::new(x as u8).unwrap());
                left -= x;
            }
        }
        out
    }

    fn g(s: &str) -> Option<Golongan> {
        Some(s.parse().unwrap())
    }

    /// A guru kelas III/a with 24 jam and nothing else.
    fn kelas_iii_a() -> Teacher {
        Teacher { golongan: g("III/a"), jam: Some(int(24)), ..Teacher::default() }
    }

    /// Scoring, predikat under the chosen bands and credit end to end: 34 of 56 (60.71, a gap)
    /// is Cukup under the upper bands and Sedang under the literal ones, and the credit follows.
    #[test]
    fn assess_scores_classifies_and_credits() {
        let k = Instrument::embedded(Jenis::Kelas);
        let scores = sheet(k, &[3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2]);
        let t = kelas_iii_a();
        // (bands, predikat, angka kredit per year: base 42 × NK / 4)
        for (bands, predikat, per_year) in
            [(Bands::Upper, Predikat::Cukup, ratio(63, 8)), (Bands::Lower, Predikat::Sedang, ratio(21, 4))]
        {
            let a = assess(k, &scores, &t, bands);
            assert_eq!((a.scored.total, a.bands, a.predikat), (34, bands, predikat));
            assert_eq!(a.score_100(), ratio(3400, 56));
            let c = a.credit.computed().expect("computed");
            assert_eq!((c.predikat, c.per_year), (predikat, per_year), "{bands:?}");
        }
    }

    /// One row per outcome of `credit_for`: a tugas tambahan without its value (or a value
    /// without its kind) is invalid before anything else, then golongan, then JM, then the formula.
    #[test]
    fn credit_outcome_rows() {
        let kepala = Some(TugasTambahan::KepalaSekolah);
        let nilai = Some(NilaiTambahan::Scale100(int(80)));
        let rows = [
            (
                Teacher { tugas_tambahan: kepala, ..Teacher::default() },
                Jenis::Kelas,
                "missing_nilai_tambahan",
            ),
            (Teacher { tugas_tambahan: kepala, ..kelas_iii_a() }, Jenis::Kelas, "missing_nilai_tambahan"),
            (Teacher { nilai_tambahan: nilai, ..kelas_iii_a() }, Jenis::Kelas, "nilai_without_kind"),
            (Teacher { jam: Some(int(24)), ..Teacher::default() }, Jenis::Kelas, "no_golongan"),
            (
                Teacher { golongan: g("III/a"), konseli: Some(int(150)), ..Teacher::default() },
                Jenis::Kelas,
                "missing_jm",
            ),
            (kelas_iii_a(), Jenis::Bk, "missing_jm"),
            (Teacher { golongan: g("IV/e"), ..kelas_iii_a() }, Jenis::Kelas, "top_golongan"),
            (kelas_iii_a(), Jenis::Kelas, "computed"),
            (Teacher { pppk: Some(9), jam: Some(int(24)), ..Teacher::default() }, Jenis::Kelas, "pppk"),
            (
                Teacher { tugas_tambahan: kepala, nilai_tambahan: nilai, jam: Some(int(6)), ..kelas_iii_a() },
                Jenis::Kelas,
                "computed",
            ),
        ];
        for (teacher, jenis, want) in rows {
            let outcome = credit_for(&teacher, jenis, Predikat::Baik, Bands::Upper);
            let got = match outcome {
                CreditOutcome::Computed(_) => "computed",
                CreditOutcome::NoGolongan => "no_golongan",
                CreditOutcome::MissingJm { .. } => "missing_jm",
                CreditOutcome::Invalid(InvalidIdentity::MissingNilaiTambahan) => "missing_nilai_tambahan",
                CreditOutcome::Invalid(InvalidIdentity::NilaiWithoutKind) => "nilai_without_kind",
                CreditOutcome::Error(CreditError::TopGolongan) => "top_golongan",
                CreditOutcome::Pppk(_) => "pppk",
                CreditOutcome::Invalid(InvalidIdentity::TambahanMaximum { .. }) => "tambahan_maximum",
            };
            assert_eq!(got, want, "{teacher:?}");
            assert_eq!(outcome.computed().is_some(), want == "computed");
            let invalid = match want {
                "missing_nilai_tambahan" => Some(InvalidIdentity::MissingNilaiTambahan),
                "nilai_without_kind" => Some(InvalidIdentity::NilaiWithoutKind),
                _ => None,
            };
            assert_eq!(outcome.invalid(), invalid, "{want}");
        }
    }

    /// What the identity gives reaches the formula: JM for the instrument, the tugas tambahan
    /// value classified under the same bands, the tasks, PKB and penunjang.
    #[test]
    fn credit_for_passes_the_identity_on() {
        let t: Teacher = Teacher {
            golongan: g("III/c"),
            jam: Some(int(12)),
            konseli: Some(int(75)),
            tugas_tambahan: Some(TugasTambahan::WakilKepala),
            // 90.5: Amat Baik under the upper bands, Baik under the literal ones.
            nilai_tambahan: Some(NilaiTambahan::Scale100(ratio(181, 2))),
            tugas_lain: TugasSet::parse("wali kelas").unwrap(),
            ak_pkb: Some(int(12)),
            ak_penunjang: Some(int(4)),
            ..Teacher::default()
        };
        for (jenis, jm) in [(Jenis::Kelas, int(12)), (Jenis::Bk, int(75))] {
            for (bands, p) in [(Bands::Upper, Predikat::AmatBaik), (Bands::Lower, Predikat::Baik)] {
                let c = *credit_for(&t, jenis, Predikat::Cukup, bands).computed().unwrap();
                assert_eq!(
                    (c.jenis, c.golongan, c.jm, c.predikat),
                    (jenis, g("III/c").unwrap(), jm, Predikat::Cukup)
                );
                let part = c.tambahan.unwrap();
                assert_eq!(
                    (part.kind, part.nilai_100, part.predikat),
                    (TugasTambahan::WakilKepala, ratio(181, 2), p)
                );
                assert_eq!(c.tugas_lain.iter().collect::<Vec<_>>(), [TugasLain::WaliKelas]);
                assert_eq!(c.promotion.earned, Some((int(12), int(4))));
            }
        }
    }

    /// Every note's stable code.
    #[test]
    fn note_codes() {
        let all = [(Bands::Upper, Predikat::Baik); 3];
        let rows = [
            (Note::BandGap { value: int(0), all, used: Bands::Upper }, "band_gap"),
            (Note::BandGapTambahan { value: int(0), all, used: Bands::Upper }, "band_gap_tambahan"),
            (Note::JmCapped { jenis: Jenis::Kelas, jm: int(41), upper: 40 }, "jm_capped"),
            (Note::JmAssumed { jenis: Jenis::Kelas, jwm: 24 }, "jm_assumed"),
            (Note::GolonganII, "golongan_ii"),
            (Note::PkbShort { short: int(1), min: int(3) }, "pkb_short"),
            (Note::PkbMissing(Default::default()), "pkb_missing"),
            (Note::NoGolongan, "no_golongan"),
            (Note::MissingJm { jenis: Jenis::Bk, other_given: false }, "missing_jm"),
            (Note::MissingJm { jenis: Jenis::Bk, other_given: true }, "jm_of_other_jenis"),
            (Note::Invalid(InvalidIdentity::MissingNilaiTambahan), "missing_nilai_tambahan"),
            (Note::Invalid(InvalidIdentity::NilaiWithoutKind), "nilai_without_kind"),
            (Note::TopGolongan, "top_golongan"),
        ];
        for (note, code) in rows {
            assert_eq!(note.code(), code);
        }
    }

    /// One row per credit note: each appears exactly when its condition holds, in a fixed
    /// order, and an unremarkable result has none.
    #[test]
    fn credit_note_rows() {
        let gap = NilaiTambahan::Scale100(ratio(181, 2));
        let plain = NilaiTambahan::Scale100(int(80));
        let kepala = Some(TugasTambahan::KepalaSekolah);
        let rows: [(Teacher, Jenis, &[&str]); 11] = [
            (kelas_iii_a(), Jenis::Kelas, &[]),
            (Teacher { jam: Some(int(40)), ..kelas_iii_a() }, Jenis::Kelas, &[]),
            (Teacher { jam: Some(int(41)), ..kelas_iii_a() }, Jenis::Kelas, &["jm_capped"]),
            (Teacher { konseli: Some(int(251)), ..kelas_iii_a() }, Jenis::Bk, &["jm_capped"]),
            (Teacher { golongan: g("II/d"), ..kelas_iii_a() }, Jenis::Kelas, &["golongan_ii"]),
            (Teacher { golongan: g("IV/d"), ..kelas_iii_a() }, Jenis::Kelas, &[]),
            (
                Teacher { tugas_tambahan: kepala, nilai_tambahan: Some(gap), ..kelas_iii_a() },
                Jenis::Kelas,
                &["band_gap_tambahan"],
            ),
            (
                Teacher { tugas_tambahan: kepala, nilai_tambahan: Some(plain), ..kelas_iii_a() },
                Jenis::Kelas,
                &[],
            ),
            (Teacher { ak_pkb: Some(int(2)), ..kelas_iii_a() }, Jenis::Kelas, &["pkb_short"]),
            (Teacher { ak_pkb: Some(int(3)), ..kelas_iii_a() }, Jenis::Kelas, &[]),
            (
                Teacher {
                    golongan: g("II/a"),
                    jam: Some(int(50)),
                    tugas_tambahan: kepala,
                    nilai_tambahan: Some(gap),
                    ak_pkb: Some(ratio(-1, 2)),
                    ..Teacher::default()
                },
                Jenis::Kelas,
                &["jm_capped", "golongan_ii", "band_gap_tambahan", "pkb_short"],
            ),
        ];
        for (teacher, jenis, want) in rows {
            let outcome = credit_for(&teacher, jenis, Predikat::Baik, Bands::Lower);
            let notes = credit_notes(&outcome, jenis, Bands::Lower);
            let codes: Vec<&str> = notes.iter().map(Note::code).collect();
            assert_eq!(codes, want, "{teacher:?}");
        }
    }

    /// The values a credit note carries: the JM and its bound, the tugas tambahan value with
    /// every convention's reading and the one used, PKB short and the minimum.
    #[test]
    fn credit_note_values() {
        let t = Teacher { konseli: Some(int(260)), ..kelas_iii_a() };
        let notes =
            credit_notes(&credit_for(&t, Jenis::Bk, Predikat::Baik, Bands::Upper), Jenis::Bk, Bands::Upper);
        assert_eq!(notes, [Note::JmCapped { jenis: Jenis::Bk, jm: int(260), upper: 250 }]);
        let t = Teacher {
            tugas_tambahan: Some(TugasTambahan::KepalaSekolah),
            nilai_tambahan: Some(NilaiTambahan::Scale100(ratio(181, 2))),
            ak_pkb: Some(int(1)),
            ..kelas_iii_a()
        };
        let notes = credit_notes(
            &credit_for(&t, Jenis::Kelas, Predikat::Baik, Bands::Round),
            Jenis::Kelas,
            Bands::Round,
        );
        let all = [
            (Bands::Upper, Predikat::AmatBaik),
            (Bands::Lower, Predikat::Baik),
            (Bands::Round, Predikat::AmatBaik),
        ];
        assert_eq!(
            notes,
            [
                Note::BandGapTambahan { value: ratio(181, 2), all, used: Bands::Round },
                Note::PkbShort { short: int(2), min: int(3) },
            ]
        );
    }

    /// Outcomes without a computed credit give their own note, and the JM note names the
    /// instrument.
    #[test]
    fn credit_notes_without_a_credit() {
        let rows = [
            (CreditOutcome::NoGolongan, Note::NoGolongan),
            (
                CreditOutcome::MissingJm { other_given: false },
                Note::MissingJm { jenis: Jenis::Bk, other_given: false },
            ),
            (
                CreditOutcome::Invalid(InvalidIdentity::NilaiWithoutKind),
                Note::Invalid(InvalidIdentity::NilaiWithoutKind),
            ),
            (CreditOutcome::Error(CreditError::TopGolongan), Note::TopGolongan),
        ];
        for (outcome, note) in rows {
            assert_eq!(credit_notes(&outcome, Jenis::Bk, Bands::Upper), [note]);
        }
    }

    /// `notes` puts the band-gap note of the Nilai PKG first, then the credit notes; a value
    /// the conventions agree on has none.
    #[test]
    fn notes_in_order() {
        let k = Instrument::embedded(Jenis::Kelas);
        let gap = sheet(k, &[3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2]);
        let t = Teacher { golongan: g("II/b"), ..kelas_iii_a() };
        let a = assess(k, &gap, &t, Bands::Lower);
        let all = [
            (Bands::Upper, Predikat::Cukup),
            (Bands::Lower, Predikat::Sedang),
            (Bands::Round, Predikat::Cukup),
        ];
        let band = Note::BandGap { value: ratio(3400, 56), all, used: Bands::Lower };
        assert_eq!(notes(&a, Jenis::Kelas), [band, Note::GolonganII]);
        assert_eq!(band_gap(ratio(3400, 56), Bands::Lower), Some(band));
        assert_eq!(band_gap(int(70), Bands::Lower), None);
        let plain = assess(k, &sheet(k, &[4; 14]), &Teacher::<String>::default(), Bands::Upper);
        assert_eq!(notes(&plain, Jenis::Kelas), [Note::NoGolongan]);
    }

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
