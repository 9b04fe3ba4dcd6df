//! The words of a school's own scheme (`pkguru skema`): its sheet's labels, the working, and
//! the errors of scheme files and of filled sheets.

use crate::core::exact::{self, Exact};
use crate::core::skema::{DefError, SchemeError};

use super::{Lang, pick};

macro_rules! label {
    ($($(#[$doc:meta])* $name:ident => $id:literal, $en:literal;)*) => {
        $( $(#[$doc])* pub fn $name(lang: Lang) -> &'static str { pick(lang, $id, $en) } )*
    };
}

label! {
    sk_title => "Penilaian menurut skema sekolah", "Appraisal on the school's own scheme";
    sk_aspect => "Aspek", "Aspect";
    sk_indicator => "Indikator", "Indicator";
    sk_score => "Skor", "Score";
    sk_scale => "Skala", "Scale";
    sk_value => "Nilai aspek (0–100)", "Aspect value (0–100)";
    sk_weight => "Bobot", "Weight";
    sk_nilai => "Nilai", "Value";
    sk_predikat => "Predikat", "Predikat";
    sk_working => "Hitungan", "Working";
    sk_identity => "Identitas", "Identity";
    sk_source => "Sumber skema", "Scheme source";
    sk_note => "Catatan skema", "Scheme note";
    sk_yes => "ya", "yes";
    sk_no => "tidak", "no";
    sk_fill => "Isi kolom skor setiap indikator sesuai skalanya; baris identitas diisi di kolom skor.", "Fill in each indicator's score on its scale; identity rows take their value in the score column.";
    sk_fill_wide => "Satu baris per guru; kolom skema berisi id skema. Isi setiap kolom indikator sesuai skalanya.", "One row per teacher; the skema column holds the scheme's id. Fill in each indicator column on its scale.";
    err_skema_none => "lembar skema tanpa baris/kolom skema yang menyebut id skemanya", "a scheme sheet without the skema row or column naming its scheme";
}

/// The label of an identity row.
pub fn sk_identity_label(lang: Lang, key: &str) -> &'static str {
    match key {
        "nama" => pick(lang, "Nama guru", "Teacher"),
        "nip" => "NIP",
        "sekolah" => pick(lang, "Nama sekolah", "School"),
        "mapel" => pick(lang, "Mata pelajaran", "Subject"),
        "periode" => pick(lang, "Periode penilaian", "Period"),
        "penilai" => pick(lang, "Penilai", "Assessor"),
        "nip_penilai" => pick(lang, "NIP penilai", "Assessor's NIP"),
        "tempat" => pick(lang, "Tempat", "Place"),
        _ => pick(lang, "Tanggal", "Date"),
    }
}

/// A weight or value for people: its exact decimal when short, else 2 places.
pub fn sk_num(lang: Lang, x: Exact) -> String {
    exact::human(x, 2, lang.decimal_sep())
}

pub fn err_skema_unknown(lang: Lang, id: &str) -> String {
    pick(
        lang,
        "skema \"{id}\" tidak dikenal; beri berkasnya dengan --skema BERKAS.toml",
        "unknown scheme \"{id}\"; give its file with --skema FILE.toml",
    )
    .replace("{id}", id)
}

pub fn err_skema_unknown_id(lang: Lang, key: &str) -> String {
    pick(
        lang,
        "\"{key}\" bukan indikator skema ini dan bukan kolom identitas",
        "\"{key}\" is neither an indicator of this scheme nor an identity field",
    )
    .replace("{key}", key)
}

pub fn err_skema_score(lang: Lang, value: &str, scale: &str) -> String {
    pick(lang, "skor \"{value}\" di luar skala {scale}", "score \"{value}\" is not on the scale {scale}")
        .replace("{value}", value)
        .replace("{scale}", scale)
}

pub fn err_skema_blank(lang: Lang, ids: &[String]) -> String {
    pick(lang, "{n} indikator belum diisi: {ids}", "{n} indicators not filled in: {ids}")
        .replace("{n}", &ids.len().to_string())
        .replace("{ids}", &ids.join(", "))
}

/// A problem of a scheme file.
pub fn skema_def(lang: Lang, e: &DefError) -> String {
    let num = |x: &Exact| sk_num(lang, *x);
    match e {
        DefError::Syntax(m) => format!("{}: {m}", pick(lang, "berkas skema tidak terbaca", "the scheme file does not read")),
        DefError::Scale(s) => pick(lang, "skala \"{s}\" tidak dikenal; tulis mis. \"1-4\" atau \"ya-tidak\"", "unknown scale \"{s}\"; write e.g. \"1-4\" or \"ya-tidak\"").replace("{s}", s),
        DefError::Aggregate(s) => pick(lang, "agregasi \"{s}\" tidak dikenal; tulis \"rerata\" atau \"jumlah\"", "unknown aggregate \"{s}\"; write \"rerata\" or \"jumlah\"").replace("{s}", s),
        DefError::Number(s) => pick(lang, "\"{s}\" bukan angka", "\"{s}\" is not a number").replace("{s}", s),
        DefError::UnknownAspect(s) => pick(lang, "kelompok menyebut aspek \"{s}\" yang tidak ada", "a group names the aspect \"{s}\", which does not exist").replace("{s}", s),
        DefError::BadId(s) => pick(lang, "id \"{s}\" tidak boleh kosong dan hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung", "the id \"{s}\" must not be empty and may hold only letters, digits, dots, underscores and hyphens").replace("{s}", s),
        DefError::Rule(r) => match r {
            SchemeError::NoAspects => pick(lang, "skema tanpa aspek", "a scheme without aspects").into(),
            SchemeError::EmptyAspect(a) => pick(lang, "aspek \"{a}\" tanpa indikator", "aspect \"{a}\" has no indicators").replace("{a}", a),
            SchemeError::DuplicateAspect(a) => pick(lang, "id aspek \"{a}\" dipakai dua kali", "aspect id \"{a}\" is used twice").replace("{a}", a),
            SchemeError::DuplicateIndicator(i) => pick(lang, "id indikator \"{i}\" dipakai dua kali", "indicator id \"{i}\" is used twice").replace("{i}", i),
            SchemeError::TooManyIndicators(n) => pick(lang, "{n} indikator; paling banyak 500", "{n} indicators; at most 500").replace("{n}", &n.to_string()),
            SchemeError::Unweighted(a) => pick(lang, "aspek \"{a}\" tanpa bobot: beri bobot atau masukkan ke kelompok berbobot", "aspect \"{a}\" has no weight: give it one or put it in a weighted group").replace("{a}", a),
            SchemeError::TwoGroups(a) => pick(lang, "aspek \"{a}\" ada di lebih dari satu kelompok", "aspect \"{a}\" is in more than one group").replace("{a}", a),
            SchemeError::GroupSum { group, weight, aspects } => pick(lang, "kelompok \"{g}\" berbobot {w} %, tetapi bobot aspeknya berjumlah {s} %", "group \"{g}\" weighs {w} %, but its aspects' weights add up to {s} %").replace("{g}", group).replace("{w}", &num(weight)).replace("{s}", &num(aspects)),
            SchemeError::WeightSum(s) => pick(lang, "bobot aspek berjumlah {s} %, harus 100 %", "the aspects' weights add up to {s} %, not 100 %").replace("{s}", &num(s)),
            SchemeError::WeightRange(w) => pick(lang, "bobot {w} % di luar 0–100", "weight {w} % is outside 0–100").replace("{w}", &num(w)),
            SchemeError::NoBands => pick(lang, "skema tanpa predikat", "a scheme without predikat bands").into(),
            SchemeError::NoBandAtZero => pick(lang, "tidak ada predikat dengan min = 0: nilai rendah tidak akan berpredikat", "no predikat with min = 0: a low value would have none").into(),
            SchemeError::DuplicateBand(m) => pick(lang, "dua predikat dengan min {m}", "two predikat bands with min {m}").replace("{m}", &num(m)),
            SchemeError::BandRange(m) => pick(lang, "min predikat {m} di luar 0–100", "predikat min {m} is outside 0–100").replace("{m}", &num(m)),
        },
    }
}

/// The summary of a run of forms with their own bands: how many fell in each.
pub fn forms_summary(lang: Lang, bands: &[(String, u64)], failed: u64) -> String {
    let n: u64 = bands.iter().map(|(_, n)| n).sum();
    let per: Vec<String> = bands.iter().map(|(b, n)| format!("{b} {n}")).collect();
    pick(
        lang,
        "Rekap: {n} formulir dinilai ({per}); {f} gagal.",
        "Rekap: {n} forms scored ({per}); {f} failed.",
    )
    .replace("{n}", &n.to_string())
    .replace("{per}", &per.join(", "))
    .replace("{f}", &failed.to_string())
}

pub fn err_skema_file(lang: Lang, file: &str) -> String {
    pick(lang, "{file}: berkas skema tidak dapat dipakai:", "{file}: the scheme file cannot be used:")
        .replace("{file}", file)
}
