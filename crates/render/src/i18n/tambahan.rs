//! The words of the tugas tambahan instruments: headings and reading errors.

use crate::core::tambahan::BlendConflict;

use super::{Lang, pick};

msg!(err_tambahan_form() =>
    "ini lembar instrumen tugas tambahan; nilai sendiri dengan `pkguru score`, atau berikan bersama lembar PK Guru guru yang sama (--tambahan BERKAS, atau dalam batch/report bersama lembarnya, dipasangkan menurut NIP)",
    "this is a tugas tambahan instrument sheet; score it alone with `pkguru score`, or give it with the same teacher's PK Guru sheet (--tambahan FILE, or in batch/report beside the sheet, paired by NIP)");
msg!(err_tambahan_score(text: &str) =>
    "skor {text:?} bukan 1, 2, 3 atau 4",
    "score {text:?} is not 1, 2, 3 or 4");
msg!(err_tambahan_unknown_id(id: &str) =>
    "{id:?} bukan indikator instrumen ini (mis. 1.1, 2.10) atau kolom identitas",
    "{id:?} is not an indicator of this instrument (e.g. 1.1, 2.10) nor an identity field");
msg!(err_tambahan_twice(what: &str) =>
    "lebih dari satu lembar tugas tambahan untuk guru ini: {what}",
    "more than one tugas tambahan sheet for this teacher: {what}");

pub fn err_tambahan_instrumen(lang: Lang, text: &str) -> String {
    let codes = crate::core::tambahan::Instrumen::ALL.map(|i| i.code()).join(", ");
    match (lang, text.is_empty()) {
        (Lang::Id, true) => format!("baris `instrumen` tidak ada atau kosong; isi salah satu: {codes}"),
        (Lang::Id, false) => format!("instrumen {text:?} tidak dikenal; yang ada: {codes}"),
        (Lang::En, true) => format!("no `instrumen` row, or it is empty; give one of: {codes}"),
        (Lang::En, false) => format!("instrument {text:?} not known; available: {codes}"),
    }
}

pub fn err_tambahan_blank(lang: Lang, n: usize, ids: &str) -> String {
    match lang {
        Lang::Id => format!("{n} indikator belum diberi skor 1–4: {ids}"),
        Lang::En => format!("{n} indicator(s) have no score 1–4: {ids}"),
    }
}

pub fn err_tambahan_not_assessed(lang: Lang) -> String {
    pick(
        lang,
        "belum dinilai: semua skor indikator tugas tambahan kosong",
        "not yet assessed: every tugas tambahan indicator score is blank",
    )
    .into()
}

macro_rules! label {
    ($($(#[$doc:meta])* $name:ident => $id:literal, $en:literal;)*) => {
        $( $(#[$doc])* pub fn $name(lang: Lang) -> &'static str { pick(lang, $id, $en) } )*
    };
}

label! {
    tt_title => "Penilaian kinerja tugas tambahan", "Appraisal of the additional task";
    tt_component => "Komponen", "Component";
    tt_indicators => "Indikator", "Indicators";
    tt_value => "Nilai (rata-rata)", "Value (mean)";
    tt_total => "Jumlah nilai komponen", "Sum of component values";
    tt_nilai => "Nilai tugas tambahan (skala 100)", "Additional task, 100 scale";
    tt_rule => "Skor indikator 1–4; nilai komponen = rata-rata indikatornya; nilai = jumlah / (4 × komponen) × 100", "Indicator scores 1–4; component value = mean of its indicators; nilai = sum / (4 × components) × 100";
}

/// Why a tugas tambahan sheet cannot be blended.
pub fn blend_conflict(lang: Lang, c: BlendConflict) -> String {
    let sep = lang.decimal_sep();
    match c {
        BlendConflict::Tugas { typed, sheet } => match lang {
            Lang::Id => format!(
                "lembar PK Guru menyebut tugas tambahan {}, tetapi lembar instrumennya untuk {}",
                typed.rule().code,
                sheet.code()
            ),
            Lang::En => format!(
                "the PK Guru sheet names tugas tambahan {}, but its instrument sheet is for {}",
                typed.rule().code,
                sheet.code()
            ),
        },
        BlendConflict::Nilai { typed, computed } => {
            let (t, c) =
                (crate::core::exact::human(typed, 2, sep), crate::core::exact::human(computed, 2, sep));
            match lang {
                Lang::Id => {
                    format!("nilai_tambahan yang diketik ({t}) berbeda dengan hasil instrumennya ({c})")
                }
                Lang::En => {
                    format!("the typed nilai_tambahan ({t}) differs from its instrument's result ({c})")
                }
            }
        }
    }
}

pub fn err_tambahan_unpaired(lang: Lang, nip: &str) -> String {
    match (lang, nip.is_empty()) {
        (Lang::Id, true) => "lembar tugas tambahan tanpa NIP: tidak dapat dipasangkan dengan lembar PK Guru; isi baris nip".into(),
        (Lang::Id, false) => format!("lembar tugas tambahan NIP {nip} tidak punya lembar PK Guru di antara masukan"),
        (Lang::En, true) => "tugas tambahan sheet without a NIP: it cannot be paired with a PK Guru sheet; fill in the nip row".into(),
        (Lang::En, false) => format!("tugas tambahan sheet of NIP {nip} has no PK Guru sheet among the inputs"),
    }
}
