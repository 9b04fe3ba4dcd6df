//! One teacher's full result: the scored instrument, the predikat under the chosen band
//! convention, and the angka kredit when the identity gives what the formula needs.
//! `assess` is allocation-free (batch); `notes` explains the result for people.

use super::credit::{self, Credit, CreditError, CreditInput};
use super::exact::Exact;
use super::instrument::{Instrument, Jenis};
use super::predikat::{self, Bands, Predikat};
use super::scoring::{self, Score, Scored};
use super::teacher::Teacher;
use crate::i18n;

/// Whether and how the angka kredit was computed.
// Kept inline (not boxed) so a result stays allocation-free on the batch hot path.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditOutcome {
    Computed(Credit),
    /// No golongan given: no credit asked for.
    NoGolongan,
    /// Golongan given but not the jam (kelas) or konseli (BK).
    MissingJm,
    /// A tugas tambahan without its assessment value.
    MissingNilaiTambahan,
    /// A tugas tambahan value without its kind.
    NilaiWithoutKind,
    /// The formula has no number here (IV/e).
    Error(CreditError),
}

impl CreditOutcome {
    /// The computed credit, if any.
    pub fn computed(&self) -> Option<&Credit> {
        match self {
            CreditOutcome::Computed(c) => Some(c),
            _ => None,
        }
    }

    /// Whether the identity is contradictory (a data error, not just incomplete).
    pub fn is_invalid(&self) -> bool {
        matches!(self, CreditOutcome::NilaiWithoutKind | CreditOutcome::MissingNilaiTambahan)
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
pub fn assess<S: AsRef<str>>(
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
        (Some(kind), Some(v)) => {
            let nilai = v.scale_100();
            Some((kind, predikat::classify(nilai, bands), nilai))
        }
        (Some(_), None) => return CreditOutcome::MissingNilaiTambahan,
        (None, Some(_)) => return CreditOutcome::NilaiWithoutKind,
        (None, None) => None,
    };
    let Some(golongan) = teacher.golongan else {
        return CreditOutcome::NoGolongan;
    };
    let jm = match jenis {
        Jenis::Kelas => teacher.jam,
        Jenis::Bk => teacher.konseli,
    };
    let Some(jm) = jm else {
        return CreditOutcome::MissingJm;
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

/// A remark shown with a result: a stable code for scripts and a message for people.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Note {
    pub code: &'static str,
    pub message: String,
}

/// Everything worth telling a person about a result, in a fixed order.
pub fn notes(a: &Assessment, jenis: Jenis) -> Vec<Note> {
    let mut out = Vec::new();
    if let Some(all) = predikat::disagreement(a.score_100()) {
        out.push(Note { code: "band_gap", message: i18n::note_band_gap(a.score_100(), &all, a.bands) });
    }
    out.extend(credit_notes(&a.credit, jenis, a.bands));
    out
}

/// Notes about the angka kredit part of a result.
pub fn credit_notes(credit: &CreditOutcome, jenis: Jenis, bands: Bands) -> Vec<Note> {
    let mut out = Vec::new();
    let mut note = |code, message| out.push(Note { code, message });
    match credit {
        CreditOutcome::Computed(c) => {
            if c.jm_capped {
                note("jm_capped", i18n::note_jm_capped(jenis, c.jm, credit::jwm_range(jenis).1));
            }
            if c.golongan.golongan == 2 {
                note("golongan_ii", i18n::note_golongan_ii());
            }
            if let Some(t) = &c.tambahan
                && let Some(all) = predikat::disagreement(t.nilai_100)
            {
                note("band_gap_tambahan", i18n::note_band_gap(t.nilai_100, &all, bands));
            }
            if let Some(short) = c.promotion.pkb_short {
                note("pkb_short", i18n::note_pkb_short(short, c.row.akpkb()));
            }
        }
        CreditOutcome::NoGolongan => note("no_golongan", i18n::note_no_golongan()),
        CreditOutcome::MissingJm => note("missing_jm", i18n::note_missing_jm(jenis)),
        CreditOutcome::MissingNilaiTambahan => {
            note("missing_nilai_tambahan", i18n::err_missing_nilai_tambahan())
        }
        CreditOutcome::NilaiWithoutKind => note("nilai_without_kind", i18n::err_nilai_without_kind()),
        CreditOutcome::Error(e) => note("top_golongan", e.to_string()),
    }
    out
}
