//! The tugas tambahan instruments (kepala sekolah/madrasah, wakil kepala in four fields,
//! kepala laboratorium/bengkel, kepala perpustakaan) as data, and their scoring.
//!
//! Permendiknas 35/2010 (Pedoman PK Guru, instrumen tugas tambahan): each indicator 1–4; a
//! component's value is the mean of its indicators; the total is the sum of the component
//! values; nilai (100) = total / (4 × components) × 100, then the PK Guru predikat table.
//! Embedded from `data/instrument-tugas-tambahan.csv`. Ketua program keahlian has no
//! instrument text: its result stays a typed `nilai_tambahan`.

use std::sync::OnceLock;

use super::exact::{Exact, int, ratio};
use super::predikat::{self, Bands, Predikat};
use super::tugas::{NilaiTambahan, TugasTambahan};
use crate::scan::text::reader;

/// Which tugas tambahan instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Instrumen {
    KepalaSekolah,
    WakaKurikulum,
    WakaKesiswaan,
    WakaSarana,
    WakaHumas,
    KepalaLaboratorium,
    KepalaPerpustakaan,
}

/// (instrument, stable code, name in the data file, printed name).
const TABLE: [(Instrumen, &str, &str, &str); 7] = [
    (Instrumen::KepalaSekolah, "kepala-sekolah", "kepala madrasah", "Kepala sekolah/madrasah"),
    (Instrumen::WakaKurikulum, "wakil-kepala-kurikulum", "waka kurikulum", "Wakil kepala bidang kurikulum"),
    (Instrumen::WakaKesiswaan, "wakil-kepala-kesiswaan", "waka kesiswaan", "Wakil kepala bidang kesiswaan"),
    (Instrumen::WakaSarana, "wakil-kepala-sarana", "waka sarana", "Wakil kepala bidang sarana prasarana"),
    (Instrumen::WakaHumas, "wakil-kepala-humas", "waka humas", "Wakil kepala bidang hubungan masyarakat"),
    (
        Instrumen::KepalaLaboratorium,
        "kepala-laboratorium",
        "kepala laboratorium",
        "Kepala laboratorium/bengkel",
    ),
    (Instrumen::KepalaPerpustakaan, "kepala-perpustakaan", "kepala perpustakaan", "Kepala perpustakaan"),
];

impl Instrumen {
    /// Every instrument, in a fixed order.
    pub const ALL: [Instrumen; 7] = [
        Instrumen::KepalaSekolah,
        Instrumen::WakaKurikulum,
        Instrumen::WakaKesiswaan,
        Instrumen::WakaSarana,
        Instrumen::WakaHumas,
        Instrumen::KepalaLaboratorium,
        Instrumen::KepalaPerpustakaan,
    ];

    fn row(self) -> &'static (Instrumen, &'static str, &'static str, &'static str) {
        &TABLE[self as usize]
    }

    /// The stable code (`kepala-sekolah`, `wakil-kepala-kurikulum`, …).
    pub fn code(self) -> &'static str {
        self.row().1
    }

    /// The printed name.
    pub fn name(self) -> &'static str {
        self.row().3
    }

    /// The tugas tambahan it assesses (the four wakil kepala fields are one kind).
    pub fn kind(self) -> TugasTambahan {
        match self {
            Instrumen::KepalaSekolah => TugasTambahan::KepalaSekolah,
            Instrumen::WakaKurikulum
            | Instrumen::WakaKesiswaan
            | Instrumen::WakaSarana
            | Instrumen::WakaHumas => TugasTambahan::WakilKepala,
            Instrumen::KepalaLaboratorium => TugasTambahan::KepalaLaboratorium,
            Instrumen::KepalaPerpustakaan => TugasTambahan::KepalaPerpustakaan,
        }
    }

    /// The instrument with this code; also `kepala-madrasah`, `waka-kurikulum`, spaces or
    /// underscores for dashes, any case.
    pub fn parse(s: &str) -> Option<Instrumen> {
        let n =
            super::text::squash(s).replace("wakilkepala", "waka").replace("kepalamadrasah", "kepalasekolah");
        let n = n
            .replace("sekolahmadrasah", "sekolah")
            .replace("bengkel", "")
            .replace("saranaprasarana", "sarana");
        let n = n.replace("hubunganmasyarakat", "humas");
        Instrumen::ALL
            .iter()
            .copied()
            .find(|i| super::text::squash(&i.code().replace("wakil-kepala", "waka")) == n)
    }

    /// The embedded instrument.
    pub fn instrument(self) -> &'static InstrumenTambahan {
        static ALL: OnceLock<Vec<InstrumenTambahan>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            let text = include_str!("../data/instrument-tugas-tambahan.csv");
            Instrumen::ALL.iter().map(|i| parse_data(*i, text)).collect()
        });
        &all[self as usize]
    }
}

/// One component: its number, name and indicator texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Komponen {
    pub number: u8,
    pub name: String,
    pub indicators: Vec<String>,
}

/// A tugas tambahan instrument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstrumenTambahan {
    pub which: Instrumen,
    pub komponen: Vec<Komponen>,
}

impl InstrumenTambahan {
    /// The indicators in order, as (component, indicator number within it, text).
    pub fn indicators(&self) -> impl Iterator<Item = (&Komponen, usize, &str)> {
        self.komponen
            .iter()
            .flat_map(|k| k.indicators.iter().enumerate().map(move |(i, t)| (k, i + 1, t.as_str())))
    }

    pub fn indicator_count(&self) -> usize {
        self.komponen.iter().map(|k| k.indicators.len()).sum()
    }

    /// Highest total: 4 × components (kepala sekolah 24, wakil kepala 20, laboratorium 28,
    /// perpustakaan 40).
    pub fn max_total(&self) -> i64 {
        4 * self.komponen.len() as i64
    }

    /// The slot of indicator `k.i` (component number, indicator number), if it exists.
    pub fn slot(&self, k: u8, i: usize) -> Option<usize> {
        let mut slot = 0;
        for c in &self.komponen {
            if c.number == k {
                return (1..=c.indicators.len()).contains(&i).then(|| slot + i - 1);
            }
            slot += c.indicators.len();
        }
        None
    }
}

/// The embedded data is the project's own file: a malformed row is a build-time fact, caught
/// by the tests, so rows that do not parse are skipped rather than reported.
fn parse_data(which: Instrumen, text: &str) -> InstrumenTambahan {
    let mut komponen: Vec<Komponen> = Vec::new();
    let mut rdr = reader(text.as_bytes(), b',', true);
    for rec in rdr.records().flatten() {
        if rec.get(0) != Some(which.row().2) {
            continue;
        }
        let (Some(Ok(number)), Some(name), Some(text)) =
            (rec.get(1).map(str::parse::<u8>), rec.get(2), rec.get(4))
        else {
            continue;
        };
        match komponen.last_mut() {
            Some(k) if k.number == number => k.indicators.push(text.to_string()),
            _ => {
                komponen.push(Komponen { number, name: name.to_string(), indicators: vec![text.to_string()] })
            }
        }
    }
    InstrumenTambahan { which, komponen }
}

/// A scored tugas tambahan instrument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HasilTambahan {
    /// Each component's value: the mean of its indicators, exact.
    pub values: Vec<Exact>,
    /// Sum of the component values.
    pub total: Exact,
    pub max_total: i64,
    /// Nilai on the 100 scale.
    pub nilai: Exact,
    pub predikat: Predikat,
}

impl HasilTambahan {
    /// The result as the credit rules take it (raw total over the instrument's maximum).
    pub fn nilai_tambahan(&self) -> NilaiTambahan {
        NilaiTambahan::Raw { total: self.total, max: self.max_total }
    }
}

/// Why a scored tugas tambahan sheet cannot be blended into a teacher's PK Guru result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlendConflict {
    /// The PK Guru sheet names another tugas tambahan.
    Tugas { typed: TugasTambahan, sheet: Instrumen },
    /// The PK Guru sheet carries a typed nilai_tambahan that differs from the instrument's.
    Nilai { typed: Exact, computed: Exact },
}

/// Gives a teacher the tugas tambahan and its nilai from a scored instrument (Permendiknas
/// 35/2010: the blend 25/75 or 50/50 then follows from the kind). A typed `tugas_tambahan`
/// must name the same kind, and a typed `nilai_tambahan` must equal the computed one.
pub fn blend<S>(
    t: &mut super::teacher::Teacher<S>,
    which: Instrumen,
    h: &HasilTambahan,
) -> Result<(), BlendConflict> {
    if let Some(typed) = t.tugas_tambahan
        && typed != which.kind()
    {
        return Err(BlendConflict::Tugas { typed, sheet: which });
    }
    if let Some(typed) = t.nilai_tambahan
        && typed.scale_100() != h.nilai
    {
        return Err(BlendConflict::Nilai { typed: typed.scale_100(), computed: h.nilai });
    }
    t.tugas_tambahan = Some(which.kind());
    t.nilai_tambahan = Some(h.nilai_tambahan());
    Ok(())
}

/// Scores an instrument from its indicators' scores (1–4, in slot order; the reader checks
/// them).
pub fn score(inst: &InstrumenTambahan, scores: &[u8], bands: Bands) -> HasilTambahan {
    let mut rest = scores;
    let mut values = Vec::with_capacity(inst.komponen.len());
    for k in &inst.komponen {
        let (own, tail) = rest.split_at(k.indicators.len().min(rest.len()));
        rest = tail;
        let sum: i64 = own.iter().map(|&s| i64::from(s)).sum();
        values.push(ratio(sum, own.len().max(1) as i64));
    }
    let total = values.iter().fold(int(0), |a, v| a + v);
    let nilai = total * int(100) / int(inst.max_total());
    HasilTambahan {
        values,
        total,
        max_total: inst.max_total(),
        nilai,
        predikat: predikat::classify(nilai, bands),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruments_have_their_components() {
        // Components and indicators per instrument, from the data; maxima as in the rules.
        let want = [
            (Instrumen::KepalaSekolah, 6, 40, 24),
            (Instrumen::WakaKurikulum, 5, 34, 20),
            (Instrumen::WakaKesiswaan, 5, 33, 20),
            (Instrumen::WakaSarana, 5, 32, 20),
            (Instrumen::WakaHumas, 5, 32, 20),
            (Instrumen::KepalaLaboratorium, 7, 45, 28),
            (Instrumen::KepalaPerpustakaan, 10, 65, 40),
        ];
        for (i, comps, indicators, max) in want {
            let inst = i.instrument();
            assert_eq!(inst.komponen.len(), comps, "{i:?}");
            assert_eq!(inst.indicator_count(), indicators, "{i:?}");
            assert_eq!(inst.max_total(), max, "{i:?}");
            assert_eq!(inst.max_total(), i.kind().rule().max_total, "{i:?} agrees with the credit rule");
            for (n, k) in inst.komponen.iter().enumerate() {
                assert_eq!(usize::from(k.number), n + 1, "{i:?} components numbered in order");
            }
        }
    }

    /// Kepala laboratorium, component 4 (Pengelolaan Program dan Administrasi): six distinct
    /// indicators, as an independent transcription of the instrument (Permendiknas 35/2010,
    /// Pedoman PK Guru) gives them; the one pkguru first embedded had "menyusun jadwal kegiatan"
    /// twice (4.2 and 4.6), weighing it double.
    #[test]
    fn kepala_laboratorium_component_4() {
        let k = &Instrumen::KepalaLaboratorium.instrument().komponen[3];
        assert_eq!((k.number, k.name.as_str()), (4, "Pengelolaan Program dan Administrasi"));
        let want = [
            "Menyusun program pengelolaan laboratorium/bengkel",
            "Menyusun jadwal kegiatan laboratorium/bengkel",
            "Menyusun rencana pengembangan laboratorium/bengkel",
            "Menyusun prosedur operasi standar (POS) kerja laboratorium/bengkel",
            "Mengembangkan sistem administrasi laboratorium/bengkel",
            "Menyusun laporan kegiatan laboratorium/bengkel",
        ];
        assert_eq!(k.indicators, want);
        // Its value is the mean of the six: 4, 4, 4, 4, 4, 1 → 21/6 = 3.5 (with the duplicate,
        // a jadwal scored 1 twice would have counted for two of seven).
        let inst = Instrumen::KepalaLaboratorium.instrument();
        let mut scores = vec![4u8; inst.indicator_count()];
        scores[inst.slot(4, 2).unwrap()] = 1;
        let r = score(inst, &scores, Bands::Upper);
        assert_eq!(r.values[3], ratio(7, 2));
        assert_eq!(r.total, int(24) + ratio(7, 2));
        assert_eq!(inst.slot(4, 7), None, "4.7 is no indicator any more");
    }

    /// No instrument repeats an indicator's text (a repeat would weigh it double).
    #[test]
    fn no_indicator_twice_in_an_instrument() {
        for i in Instrumen::ALL {
            let mut seen = std::collections::HashSet::new();
            for (k, n, text) in i.instrument().indicators() {
                assert!(seen.insert(text.trim()), "{i:?} {}.{n}: {text:?} twice", k.number);
            }
        }
    }

    #[test]
    fn codes_and_spellings() {
        for i in Instrumen::ALL {
            assert_eq!(Instrumen::parse(i.code()), Some(i));
        }
        assert_eq!(Instrumen::parse("Kepala Madrasah"), Some(Instrumen::KepalaSekolah));
        assert_eq!(Instrumen::parse("waka_kurikulum"), Some(Instrumen::WakaKurikulum));
        assert_eq!(Instrumen::parse("Wakil Kepala Sarana Prasarana"), Some(Instrumen::WakaSarana));
        assert_eq!(Instrumen::parse("kepala laboratorium/bengkel"), Some(Instrumen::KepalaLaboratorium));
        assert_eq!(Instrumen::parse("wakil-kepala"), None, "the field is needed");
        assert_eq!(Instrumen::parse("ketua-program"), None, "no instrument text");
    }

    #[test]
    fn slots() {
        let inst = Instrumen::KepalaSekolah.instrument();
        assert_eq!(inst.slot(1, 1), Some(0));
        assert_eq!(inst.slot(2, 1), Some(7));
        assert_eq!(inst.slot(6, 3), Some(39));
        assert_eq!(inst.slot(6, 4), None);
        assert_eq!(inst.slot(7, 1), None);
    }

    #[test]
    fn kepala_sekolah_worked_by_hand() {
        // Kepala sekolah: components of 7, 10, 7, 8, 5, 3 indicators.
        // K1 all 4 → 4; K2 all 3 → 3; K3 4,4,4,4,3,3,3 → 25/7; K4 all 3 → 3; K5 4,3,3,3,3 → 16/5;
        // K6 4,4,3 → 11/3. Total = (4 + 3 + 3) + (25/7 + 16/5 + 11/3)
        // = 10 + (375 + 336 + 385)/105 = 10 + 1096/105 = 2146/105 (20.44).
        // Nilai = 2146/105 / 24 × 100 = 5365/63 = 85.16 → Baik.
        let inst = Instrumen::KepalaSekolah.instrument();
        let mut s = vec![4; 7];
        s.extend([3; 10]);
        s.extend([4, 4, 4, 4, 3, 3, 3]);
        s.extend([3; 8]);
        s.extend([4, 3, 3, 3, 3]);
        s.extend([4, 4, 3]);
        let h = score(inst, &s, Bands::Upper);
        assert_eq!(h.values[2], ratio(25, 7));
        assert_eq!(h.total, ratio(2146, 105));
        assert_eq!(h.nilai, ratio(5365, 63));
        assert_eq!(h.predikat, Predikat::Baik);
        assert_eq!(h.nilai_tambahan().scale_100(), h.nilai);
    }

    #[test]
    fn wakil_kepala_in_a_band_gap() {
        // Waka kurikulum: components of 7, 10, 7, 5, 5 indicators. K1 all 4 → 4; K2 seven 4s
        // and three 3s → 37/10; K3 all 3 → 3; K4 all 4 → 4; K5 4,4,3,3,3 → 17/5.
        // Total = 4 + 3.7 + 3 + 4 + 3.4 = 18.1 = 181/10; nilai = 18.1 / 20 × 100 = 90.5, in the
        // 90–91 gap of the predikat table: Amat Baik by `upper` and `round` (91), Baik by `lower`.
        let inst = Instrumen::WakaKurikulum.instrument();
        let mut s = vec![4; 7];
        s.extend([4, 4, 4, 4, 4, 4, 4, 3, 3, 3]);
        s.extend([3; 7]);
        s.extend([4; 5]);
        s.extend([4, 4, 3, 3, 3]);
        let h = score(inst, &s, Bands::Upper);
        assert_eq!(h.total, ratio(181, 10));
        assert_eq!(h.nilai, ratio(181, 2));
        assert_eq!(h.predikat, Predikat::AmatBaik, "upper: > 90");
        assert_eq!(score(inst, &s, Bands::Lower).predikat, Predikat::Baik, "lower: ≥ 91");
        assert_eq!(score(inst, &s, Bands::Round).predikat, Predikat::AmatBaik, "round: 91");
        assert_eq!(h.predikat.credit_percent(), 125);
    }

    #[test]
    fn blends_into_a_teacher() {
        use crate::teacher::Teacher;
        let inst = Instrumen::WakaSarana.instrument();
        let h = score(inst, &vec![3; inst.indicator_count()], Bands::Upper);
        let mut t: Teacher<String> = Teacher::default();
        assert_eq!(blend(&mut t, Instrumen::WakaSarana, &h), Ok(()));
        assert_eq!(t.tugas_tambahan, Some(TugasTambahan::WakilKepala));
        assert_eq!(t.nilai_tambahan.map(NilaiTambahan::scale_100), Some(int(75)));
        // Typed values that agree are fine; others are conflicts.
        assert_eq!(blend(&mut t, Instrumen::WakaSarana, &h), Ok(()));
        t.nilai_tambahan = Some(NilaiTambahan::Scale100(int(80)));
        assert_eq!(
            blend(&mut t, Instrumen::WakaSarana, &h),
            Err(BlendConflict::Nilai { typed: int(80), computed: int(75) })
        );
        t.tugas_tambahan = Some(TugasTambahan::KepalaSekolah);
        assert!(matches!(blend(&mut t, Instrumen::WakaSarana, &h), Err(BlendConflict::Tugas { .. })));
    }

    #[test]
    fn extremes() {
        for i in Instrumen::ALL {
            let inst = i.instrument();
            let n = inst.indicator_count();
            let top = score(inst, &vec![4; n], Bands::Upper);
            assert_eq!(top.nilai, int(100), "{i:?}");
            let low = score(inst, &vec![1; n], Bands::Upper);
            assert_eq!(low.nilai, int(25), "{i:?}");
            assert_eq!(low.predikat, Predikat::Kurang);
        }
    }
}
