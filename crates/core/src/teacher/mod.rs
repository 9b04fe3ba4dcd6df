//! A teacher's identity block (nama, NIP, jenis, golongan, jam, tugas tambahan, …) and the
//! results someone typed into the sheet (for audit), parsed into typed values.
//!
//! Generic over the text type so the batch hot path can borrow names straight from the
//! record buffer (`Teacher<&str>`) while single sheets own theirs (`Teacher<String>`).

use super::exact::Exact;
use super::golongan::{Golongan, GolonganError, GolonganText, read as read_golongan};
use super::identity::Date;
use super::instrument::Jenis;
use super::periode::Periode;
use super::predikat::Predikat;
use super::text::{is_none_word, squash};
use super::tugas::{Bidang, NilaiTambahan, TugasSet, TugasTambahan};

pub use number::NUMBER_BOUNDS;
use number::number;

/// An identity or audit field of a sheet. `KEYS` gives the canonical key and accepted aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Nama,
    Nip,
    Sekolah,
    Jenis,
    Golongan,
    Jam,
    Konseli,
    TugasTambahan,
    NilaiTambahan,
    TugasLain,
    AkPkb,
    AkPenunjang,
    ClaimedTotal,
    ClaimedNilai,
    ClaimedPredikat,
    ClaimedAk,
    Nuptk,
    Mapel,
    Periode,
    Penilai,
    NipPenilai,
    KepalaSekolah,
    NipKepalaSekolah,
    Tempat,
    Tanggal,
    /// The pengawas sekolah who assesses a kepala sekolah.
    Pengawas,
    NipPengawas,
    /// Who acknowledges the result ("Mengetahui"): for a PNS teacher at a private school, the
    /// kepala sekolah negeri the Dinas appoints.
    Mengetahui,
    NipMengetahui,
    JabatanMengetahui,
}

/// Canonical key first, then aliases (compared as [`squash`]ed: lower-case letters and digits).
pub const KEYS: [(Field, &[&str]); 30] = [
    (Field::Nama, &["nama", "namaguru", "name"]),
    (Field::Nip, &["nip", "nipguru"]),
    (Field::Sekolah, &["sekolah", "satuanpendidikan", "school"]),
    (Field::Jenis, &["jenis", "jenisguru", "instrumen", "kind"]),
    (Field::Golongan, &["golongan", "gol", "golruang", "pangkatgolongan", "grade"]),
    (Field::Jam, &["jam", "jammengajar", "jtm", "jamtatapmuka", "hours"]),
    (Field::Konseli, &["konseli", "jumlahkonseli", "counselees"]),
    (Field::TugasTambahan, &["tugastambahan", "additionalduty"]),
    (Field::NilaiTambahan, &["nilaitambahan", "nilaitugastambahan", "additionalscore"]),
    (Field::TugasLain, &["tugaslain", "tugas", "othertasks"]),
    (Field::AkPkb, &["akpkb", "pkb"]),
    (Field::AkPenunjang, &["akpenunjang", "penunjang"]),
    (Field::ClaimedTotal, &["jumlah", "total", "nilaipkg", "jumlahnilai"]),
    (Field::ClaimedNilai, &["nilai", "nilai100", "nilaiskala100", "score100"]),
    (Field::ClaimedPredikat, &["predikat"]),
    (Field::ClaimedAk, &["angkakredit", "ak", "akpertahun", "credit"]),
    (Field::Nuptk, &["nuptk", "nuptkguru"]),
    (Field::Mapel, &["mapel", "matapelajaran", "subject"]),
    (Field::Periode, &["periode", "periodepenilaian", "tahunpenilaian", "period"]),
    (Field::Penilai, &["penilai", "namapenilai", "assessor"]),
    (Field::NipPenilai, &["nippenilai", "assessornip"]),
    (Field::KepalaSekolah, &["kepalasekolah", "namakepalasekolah", "kepalamadrasah", "principal"]),
    (Field::NipKepalaSekolah, &["nipkepalasekolah", "nipkepalamadrasah", "principalnip"]),
    (Field::Tempat, &["tempat", "tempatpenilaian", "place"]),
    (Field::Tanggal, &["tanggal", "tanggalpenilaian", "date"]),
    (Field::Pengawas, &["pengawas", "pengawassekolah", "namapengawas", "supervisor"]),
    (Field::NipPengawas, &["nippengawas", "nippengawassekolah", "supervisornip"]),
    (Field::Mengetahui, &["mengetahui", "namamengetahui", "acknowledgedby"]),
    (Field::NipMengetahui, &["nipmengetahui", "acknowledgednip"]),
    (Field::JabatanMengetahui, &["jabatanmengetahui", "acknowledgedas"]),
];

impl Field {
    /// Recognises a column header or identity-row key.
    pub fn parse(key: &str) -> Option<Field> {
        let norm = squash(key);
        KEYS.iter().find(|(_, keys)| keys.contains(&norm.as_str())).map(|(f, _)| *f)
    }

    /// The canonical key written in templates (`tugas_tambahan`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Nama => "nama",
            Field::Nip => "nip",
            Field::Sekolah => "sekolah",
            Field::Jenis => "jenis",
            Field::Golongan => "golongan",
            Field::Jam => "jam",
            Field::Konseli => "konseli",
            Field::TugasTambahan => "tugas_tambahan",
            Field::NilaiTambahan => "nilai_tambahan",
            Field::TugasLain => "tugas_lain",
            Field::AkPkb => "ak_pkb",
            Field::AkPenunjang => "ak_penunjang",
            Field::ClaimedTotal => "jumlah",
            Field::ClaimedNilai => "nilai",
            Field::ClaimedPredikat => "predikat",
            Field::ClaimedAk => "angka_kredit",
            Field::Nuptk => "nuptk",
            Field::Mapel => "mapel",
            Field::Periode => "periode",
            Field::Penilai => "penilai",
            Field::NipPenilai => "nip_penilai",
            Field::KepalaSekolah => "kepala_sekolah",
            Field::NipKepalaSekolah => "nip_kepala_sekolah",
            Field::Tempat => "tempat",
            Field::Tanggal => "tanggal",
            Field::Pengawas => "pengawas",
            Field::NipPengawas => "nip_pengawas",
            Field::Mengetahui => "mengetahui",
            Field::NipMengetahui => "nip_mengetahui",
            Field::JabatanMengetahui => "jabatan_mengetahui",
        }
    }

    /// Whether a bad value of this field keeps the teacher from being scored. Only `jenis`
    /// does (it picks the instrument); a bad NIP, golongan or hours leaves that field empty and
    /// what depends on it (the angka kredit) with it, but the nilai and predikat stand.
    pub fn blocks_scoring(self) -> bool {
        self == Field::Jenis
    }

    /// Whether the field is an identification number (NIP, NUPTK): digits that are text, not
    /// a quantity.
    pub fn is_identifier(self) -> bool {
        matches!(
            self,
            Field::Nip
                | Field::Nuptk
                | Field::NipPenilai
                | Field::NipKepalaSekolah
                | Field::NipPengawas
                | Field::NipMengetahui
        )
    }

    /// The fields a template offers to fill in, in order (audit fields are not in templates).
    /// The appraisal's identity (who assessed, when, where) comes last.
    pub const TEMPLATE: [Field; 26] = [
        Field::Nama,
        Field::Nip,
        Field::Sekolah,
        Field::Jenis,
        Field::Golongan,
        Field::Jam,
        Field::Konseli,
        Field::TugasTambahan,
        Field::NilaiTambahan,
        Field::TugasLain,
        Field::AkPkb,
        Field::AkPenunjang,
        Field::Nuptk,
        Field::Mapel,
        Field::Periode,
        Field::Penilai,
        Field::NipPenilai,
        Field::KepalaSekolah,
        Field::NipKepalaSekolah,
        Field::Tempat,
        Field::Tanggal,
        Field::Pengawas,
        Field::NipPengawas,
        Field::Mengetahui,
        Field::NipMengetahui,
        Field::JabatanMengetahui,
    ];

    /// The appraisal's identity fields, as text on a [`Teacher`]. The signers of special
    /// cases come last, so older rekap columns keep their places.
    pub const APPRAISAL: [Field; APPRAISAL_LEN] = [
        Field::Nuptk,
        Field::Mapel,
        Field::Periode,
        Field::Penilai,
        Field::NipPenilai,
        Field::KepalaSekolah,
        Field::NipKepalaSekolah,
        Field::Tempat,
        Field::Tanggal,
        Field::Pengawas,
        Field::NipPengawas,
        Field::Mengetahui,
        Field::NipMengetahui,
        Field::JabatanMengetahui,
    ];
}

/// How many appraisal identity fields a teacher carries.
pub const APPRAISAL_LEN: usize = 14;

/// Results typed into a sheet by hand, kept to be checked against the computed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Claimed {
    pub total: Option<Exact>,
    pub nilai: Option<Exact>,
    pub predikat: Option<Predikat>,
    pub angka_kredit: Option<Exact>,
}

impl Claimed {
    /// Whether nothing was typed in.
    pub fn is_empty(&self) -> bool {
        *self == Claimed::default()
    }
}

/// A teacher's identity and context for credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Teacher<S = String> {
    pub nama: Option<S>,
    pub nip: Option<S>,
    pub sekolah: Option<S>,
    pub jenis: Option<Jenis>,
    pub golongan: Option<Golongan>,
    /// A PPPK golongan (1–17) instead: no 2009 angka kredit.
    pub pppk: Option<u8>,
    /// The golongan cell said the teacher is no civil servant (`Non PNS`, `honorer`, `-`):
    /// forms write that instead of a blank.
    pub non_pns: bool,
    /// Jam tatap muka per minggu (guru kelas/mapel).
    pub jam: Option<Exact>,
    /// Konseli per tahun (guru BK).
    pub konseli: Option<Exact>,
    pub tugas_tambahan: Option<TugasTambahan>,
    /// A wakil kepala's bidang, when the tugas tambahan text names one.
    pub bidang: Option<Bidang>,
    pub nilai_tambahan: Option<NilaiTambahan>,
    pub tugas_lain: TugasSet,
    /// PKB angka kredit already earned toward the next pangkat.
    pub ak_pkb: Option<Exact>,
    /// Penunjang angka kredit already earned toward the next pangkat.
    pub ak_penunjang: Option<Exact>,
    pub claimed: Claimed,
    /// The appraisal's identity in [`Field::APPRAISAL`] order: NUPTK, mapel, periode, penilai
    /// and NIP, kepala sekolah and NIP, tempat, tanggal, then pengawas, mengetahui and their NIPs
    /// and the mengetahui's position.
    pub appraisal: [Option<S>; APPRAISAL_LEN],
}

impl<S> Default for Teacher<S> {
    fn default() -> Self {
        Teacher {
            nama: None,
            nip: None,
            sekolah: None,
            jenis: None,
            golongan: None,
            pppk: None,
            non_pns: false,
            jam: None,
            konseli: None,
            tugas_tambahan: None,
            bidang: None,
            nilai_tambahan: None,
            tugas_lain: TugasSet::default(),
            ak_pkb: None,
            ak_penunjang: None,
            claimed: Claimed::default(),
            appraisal: Default::default(),
        }
    }
}

/// What is wrong with a field's text (the text is kept for the message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    /// Not a number, or a negative one where none is allowed.
    NotANumber(String),
    /// Zero or negative where more than 0 is needed (jam, konseli).
    NotPositive(String),
    /// More decimal places than the field takes.
    TooPrecise {
        text: String,
        decimals: u32,
    },
    /// Larger than the field can meaningfully be.
    TooLarge {
        text: String,
        max: i64,
    },
    Jenis(String),
    Golongan {
        text: String,
        error: GolonganError,
    },
    TugasTambahan(String),
    NilaiTambahan(String),
    /// The first item of the list that is not a known task.
    TugasLain(String),
    Predikat(String),
    Nip(NipProblem),
    /// A `tanggal` that is no date (`31 Februari 2026`): kept as typed, and left blank where
    /// a form is signed.
    Date(String),
    /// A `periode` that is no period (`2026/2027`; periods are `2026`, `2026-1`, `2026-2`).
    Periode(String),
    /// A text longer than any real value of the field (its length in characters): a name
    /// that long would break file names and spreadsheet cells for the whole run.
    TooLong {
        chars: usize,
        max: usize,
    },
}

/// The longest text a name, school or other identity text may be, in characters (a name with
/// every title is under 100; an XLSX cell holds 32,767, a file name 255 bytes).
pub const MAX_TEXT_CHARS: usize = 300;

/// Why a NIP is refused, or kept with a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NipProblem {
    /// Excel turned it into a number and its last digits are lost.
    Excel(String),
    /// Something other than digits and spaces.
    NotDigits(String),
    /// Digits, but not as many as the number has (18 for a NIP, 16 for a NUPTK): kept, and
    /// left blank on the signature lines of printed forms.
    Length { text: String, digits: usize, want: usize },
    /// 18 digits whose birth date, TMT or sex digit is not one (Peraturan Kepala BKN
    /// 22/2007): kept, and left blank on the signature lines.
    NotDecodable(String),
}

/// Whether a NIP (18 digits that decode) or NUPTK (16 digits) has its shape.
pub fn nip_shape(field: Field, text: &str) -> Result<(), NipProblem> {
    // The common case in one pass: a NIP that decodes has its 18 digits.
    if field != Field::Nuptk && super::identity::decode_nip(text).is_some() {
        return Ok(());
    }
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    let want = if field == Field::Nuptk { 16 } else { 18 };
    if digits != want {
        return Err(NipProblem::Length { text: text.into(), digits, want });
    }
    if want == 18 && super::identity::decode_nip(text).is_none() {
        return Err(NipProblem::NotDecodable(text.into()));
    }
    Ok(())
}

/// A field value that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {problem:?}", field.key())]
pub struct FieldError {
    pub field: Field,
    pub problem: FieldProblem,
}

impl<S> Teacher<S> {
    /// The JM of the formula: jam tatap muka (kelas) or konseli (BK).
    pub fn jm(&self, jenis: Jenis) -> Option<Exact> {
        match jenis {
            Jenis::Kelas => self.jam,
            Jenis::Bk => self.konseli,
        }
    }

    /// Sets the JM for the instrument (jam for kelas, konseli for BK).
    pub fn set_jm(&mut self, jenis: Jenis, jm: Exact) {
        match jenis {
            Jenis::Kelas => self.jam = Some(jm),
            Jenis::Bk => self.konseli = Some(jm),
        }
    }

    /// The JWM that applies to this teacher (reduced by a tugas tambahan).
    pub fn jwm(&self, jenis: Jenis) -> i64 {
        super::credit::jwm(jenis, self.tugas_tambahan)
    }
}

impl<S: AsRef<str>> Teacher<S> {
    /// Sets one field from its text. Blank values leave the field unset.
    pub fn set(&mut self, field: Field, value: S) -> Result<(), FieldError> {
        let text = fast_trim(value.as_ref());
        if text.is_empty() {
            return Ok(());
        }
        use FieldProblem as P;
        let fail = |problem: FieldProblem| FieldError { field, problem };
        if text.len() > MAX_TEXT_CHARS {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                return Err(fail(P::TooLong { chars, max: MAX_TEXT_CHARS }));
            }
        }
        let positive = |t: &str| number(field, t, true).map_err(fail);
        let non_negative = |t: &str| number(field, t, false).map_err(fail);
        match field {
            Field::Nuptk
            | Field::NipPenilai
            | Field::NipKepalaSekolah
            | Field::NipPengawas
            | Field::NipMengetahui => {
                // The common case in one pass: an NIP whose 18 digits decode.
                if field != Field::Nuptk && super::identity::decode_nip(text).is_some() {
                    self.set_appraisal(field, value);
                } else if text != "-" {
                    check_nip(text).map_err(|p| fail(P::Nip(p)))?;
                    // Kept, and said: the forms leave a wrong number's line blank.
                    let shape = nip_shape(field, text);
                    self.set_appraisal(field, value);
                    shape.map_err(|p| fail(P::Nip(p)))?;
                }
            }
            Field::Periode => {
                let bad = Periode::parse(text).is_none().then(|| P::Periode(text.into()));
                self.set_appraisal(field, value);
                bad.map_or(Ok(()), |p| Err(fail(p)))?;
            }
            Field::Tanggal => {
                let bad = Date::parse(text).is_none().then(|| P::Date(text.into()));
                self.set_appraisal(field, value);
                bad.map_or(Ok(()), |p| Err(fail(p)))?;
            }
            Field::Mapel
            | Field::Penilai
            | Field::KepalaSekolah
            | Field::Tempat
            | Field::Pengawas
            | Field::Mengetahui
            | Field::JabatanMengetahui => self.set_appraisal(field, value),
            Field::Nama => self.nama = Some(value),
            Field::Sekolah => self.sekolah = Some(value),
            Field::Nip => {
                if super::identity::decode_nip(text).is_some() {
                    self.nip = Some(value);
                } else if text != "-" {
                    check_nip(text).map_err(|p| fail(P::Nip(p)))?;
                    let shape = nip_shape(field, text);
                    self.nip = Some(value);
                    shape.map_err(|p| fail(P::Nip(p)))?;
                }
            }
            Field::Jenis => {
                self.jenis = Some(text.parse().map_err(|_| fail(P::Jenis(text.into())))?);
            }
            Field::Golongan => {
                match read_golongan(text).map_err(|error| fail(P::Golongan { text: text.into(), error }))? {
                    GolonganText::Pns(g) => self.golongan = Some(g),
                    GolonganText::Pppk(n) => self.pppk = Some(n),
                    GolonganText::None => self.non_pns = true,
                }
            }
            Field::Jam => self.jam = Some(positive(text)?),
            Field::Konseli => self.konseli = Some(positive(text)?),
            Field::TugasTambahan => {
                if !is_none_word(text) {
                    let t = text.parse().map_err(|_| fail(P::TugasTambahan(text.into())))?;
                    self.tugas_tambahan = Some(t);
                    self.bidang = (t == TugasTambahan::WakilKepala).then(|| Bidang::in_text(text)).flatten();
                }
            }
            Field::NilaiTambahan => {
                let v = NilaiTambahan::parse(text).ok_or_else(|| fail(P::NilaiTambahan(text.into())))?;
                self.nilai_tambahan = Some(v);
            }
            Field::TugasLain => {
                self.tugas_lain = TugasSet::parse(text).map_err(|bad| fail(P::TugasLain(bad)))?;
            }
            Field::AkPkb => self.ak_pkb = Some(non_negative(text)?),
            Field::AkPenunjang => self.ak_penunjang = Some(non_negative(text)?),
            Field::ClaimedTotal => self.claimed.total = Some(non_negative(text)?),
            Field::ClaimedNilai => self.claimed.nilai = Some(non_negative(text)?),
            Field::ClaimedAk => self.claimed.angka_kredit = Some(non_negative(text)?),
            Field::ClaimedPredikat => {
                let p = text.parse().map_err(|_| fail(P::Predikat(text.into())))?;
                self.claimed.predikat = Some(p);
            }
        }
        Ok(())
    }

    /// The same identity with owned text.
    pub fn to_owned_teacher(&self) -> Teacher<String> {
        let own = |s: &Option<S>| s.as_ref().map(|s| s.as_ref().trim().to_string());
        Teacher {
            nama: own(&self.nama),
            nip: own(&self.nip),
            sekolah: own(&self.sekolah),
            jenis: self.jenis,
            golongan: self.golongan,
            pppk: self.pppk,
            non_pns: self.non_pns,
            jam: self.jam,
            konseli: self.konseli,
            tugas_tambahan: self.tugas_tambahan,
            bidang: self.bidang,
            nilai_tambahan: self.nilai_tambahan,
            tugas_lain: self.tugas_lain,
            ak_pkb: self.ak_pkb,
            ak_penunjang: self.ak_penunjang,
            claimed: self.claimed,
            appraisal: self.appraisal.each_ref().map(own),
        }
    }

    /// Every appraisal identity field in [`Field::APPRAISAL`] order, trimmed, or empty.
    pub fn appraisal_strs(&self) -> [&str; APPRAISAL_LEN] {
        self.appraisal.each_ref().map(|s| s.as_ref().map_or("", |s| fast_trim(s.as_ref())))
    }

    fn set_appraisal(&mut self, field: Field, value: S) {
        if let Some(i) = Field::APPRAISAL.iter().position(|f| *f == field) {
            self.appraisal[i] = Some(value);
        }
    }

    /// An appraisal identity field, trimmed, or empty.
    pub fn appraisal_str(&self, field: Field) -> &str {
        Field::APPRAISAL
            .iter()
            .position(|f| *f == field)
            .and_then(|i| self.appraisal[i].as_ref())
            .map_or("", |s| fast_trim(s.as_ref()))
    }

    /// The name, trimmed, or empty.
    pub fn nama_str(&self) -> &str {
        self.nama.as_ref().map_or("", |s| fast_trim(s.as_ref()))
    }

    /// The NIP, trimmed, or empty.
    pub fn nip_str(&self) -> &str {
        self.nip.as_ref().map_or("", |s| fast_trim(s.as_ref()))
    }
}

/// `str::trim`, with a shortcut for text that starts and ends with visible ASCII (nearly
/// always): no Unicode decoding at either end.
pub fn fast_trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// A NIP is digits (spaces allowed between groups). A number Excel turned into scientific
/// notation (`1.98503E+17`) has lost its digits and is refused with an explanation.
pub fn check_nip(text: &str) -> Result<(), NipProblem> {
    // Fast path without allocation: plain digits (the batch hot path).
    if text.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
        return Ok(());
    }
    let scientific = text.bytes().any(|b| b == b'E' || b == b'e') && text.contains('+');
    if scientific || (text.contains(['.', ',']) && text.chars().any(|c| c.is_ascii_digit())) {
        return Err(NipProblem::Excel(text.into()));
    }
    Err(NipProblem::NotDigits(text.into()))
}

mod number;
#[cfg(test)]
mod tests;
