//! The words of the evaluasi diri form: its identity labels, headings, and reading errors.

use crate::core::evaluasi::EntryError;

use super::{Lang, pick};

macro_rules! label {
    ($($(#[$doc:meta])* $name:ident => $id:literal, $en:literal;)*) => {
        $( $(#[$doc])* pub fn $name(lang: Lang) -> &'static str { pick(lang, $id, $en) } )*
    };
}

label! {
    ev_title => "Evaluasi Diri Administrasi Perencanaan Pembelajaran", "Self-evaluation of lesson planning administration";
    ev_item => "Komponen administrasi", "Administration item";
    ev_ada => "Ada", "Present";
    ev_tidak_ada => "Tidak ada", "Absent";
    ev_not_assessed => "tidak dinilai", "not assessed";
    ev_skor => "Skor (1–4)", "Score (1–4)";
    ev_skor_short => "Skor", "Score";
    ev_total => "Skor perolehan", "Score obtained";
    ev_max => "Skor maksimum", "Maximum score";
    ev_nilai => "Nilai (skor perolehan / skor maksimum × 100)", "Value (score obtained / maximum × 100)";
    ev_nilai_short => "Nilai", "Value";
    ev_predikat => "Predikat", "Predikat";
    ev_bands => "86–100 Amat Baik; 71–85 Baik; 56–70 Cukup; < 56 Kurang", "86–100 Amat Baik; 71–85 Baik; 56–70 Cukup; < 56 Kurang";
    ev_form_umum => "bentuk umum (18 butir)", "general form (18 items)";
    ev_form_kejuruan => "bentuk SMK/kejuruan (21 butir)", "vocational form (21 items)";
    ev_kejuruan_mark => "* hanya untuk sekolah kejuruan", "* vocational schools only";
    ev_rule => "Tidak ada = skor 1; butir kosong tidak dinilai dan tidak masuk skor maksimum.", "Absent = score 1; a blank item is not assessed and leaves the maximum.";
    ev_guru => "Guru pengampu", "Teacher";
    ev_mengetahui => "Mengetahui, Kepala Sekolah", "Acknowledged, Principal";
    ev_err_nothing => "tidak ada butir yang dinilai (semua skor kosong): belum ada skor maksimum", "no item is assessed (every score blank): there is no maximum";
}

/// The identity rows of the form, by key: label.
pub fn ev_identity_label(lang: Lang, key: &str) -> &'static str {
    match key {
        "sekolah" => pick(lang, "Nama sekolah", "School"),
        "nama" => pick(lang, "Guru pengampu", "Teacher"),
        "nip" => pick(lang, "NIP", "NIP"),
        "mapel" => pick(lang, "Mata pelajaran", "Subject"),
        "kelas" => pick(lang, "Kelas", "Class"),
        "periode" => pick(lang, "Semester / tahun pelajaran", "Semester / school year"),
        "kepala_sekolah" => pick(lang, "Kepala sekolah", "Principal"),
        "nip_kepala_sekolah" => pick(lang, "NIP kepala sekolah", "Principal's NIP"),
        "tempat" => pick(lang, "Tempat", "Place"),
        _ => pick(lang, "Tanggal", "Date"),
    }
}

/// The form's name for its kind.
pub fn ev_form(lang: Lang, kejuruan: bool) -> &'static str {
    if kejuruan { ev_form_kejuruan(lang) } else { ev_form_umum(lang) }
}

pub fn err_evaluasi_nothing(lang: Lang) -> &'static str {
    ev_err_nothing(lang)
}

msg!(err_evaluasi_form() =>
    "ini lembar evaluasi diri administrasi, bukan lembar PK Guru: nilai tersendiri (pkguru score/batch hanya dengan lembar evaluasi diri)",
    "this is an evaluasi diri (administration self-check) form, not a PK Guru sheet: score it on its own (pkguru score/batch with evaluasi diri forms only)");
msg!(note_form_skipped() =>
    "dilewati: lembar evaluasi diri di antara lembar PK Guru (nilai lembar evaluasi diri dalam perintah tersendiri)",
    "skipped: an evaluasi diri form among PK Guru sheets (score the evaluasi diri forms in a command of their own)");
msg!(err_not_evaluasi_form() =>
    "bukan lembar evaluasi diri (kolom id, uraian, ada, skor), padahal masukan pertama adalah lembar evaluasi diri: nilai lembar PK Guru dalam perintah tersendiri",
    "not an evaluasi diri form (columns id, uraian, ada, skor) although the first input is one: score PK Guru sheets in a separate command");
msg!(err_evaluasi_mark(text: &str) =>
    "isian ada {text:?} tidak dikenal; yang diharapkan: ada/ya atau tidak/tidak ada, atau kosong",
    "presence {text:?} not understood; expected ada/ya (present) or tidak/tidak ada (absent), or blank");
msg!(err_evaluasi_score(text: &str) =>
    "skor {text:?} bukan 1, 2, 3 atau 4 (kosongkan bila butir tidak dinilai)",
    "score {text:?} is not 1, 2, 3 or 4 (leave it blank when the item is not assessed)");
msg!(err_evaluasi_unknown(key: &str) =>
    "{key:?} bukan kode butir (ED01–ED21) atau kolom identitas (sekolah, nama, nip, mapel, kelas, periode, kepala_sekolah, nip_kepala_sekolah, tempat, tanggal)",
    "{key:?} is neither an item code (ED01–ED21) nor an identity field (sekolah, nama, nip, mapel, kelas, periode, kepala_sekolah, nip_kepala_sekolah, tempat, tanggal)");
msg!(err_evaluasi_missing(codes: &str) =>
    "butir tanpa baris: {codes}; biarkan skornya kosong bila tidak dinilai, jangan hapus barisnya",
    "items without a row: {codes}; leave the score blank when an item is not assessed, do not delete its row");

pub fn err_row_duplicate(lang: Lang, first: Option<u64>) -> String {
    match (lang, first) {
        (Lang::Id, Some(l)) => format!("butir ini sudah ada di baris {l}"),
        (Lang::Id, None) => "butir ini tercantum dua kali".into(),
        (Lang::En, Some(l)) => format!("this item is already on line {l}"),
        (Lang::En, None) => "this item is given twice".into(),
    }
}

/// Why a mark and a score contradict.
pub fn entry_error(lang: Lang, e: EntryError) -> String {
    match e {
        EntryError::OutOfRange => pick(lang, "skor harus 1–4", "the score must be 1–4").into(),
        EntryError::TidakAdaScored(s) => match lang {
            Lang::Id => format!("ditandai tidak ada tetapi skornya {s}; tidak ada bernilai 1"),
            Lang::En => format!("marked absent but scored {s}; an absent item scores 1"),
        },
        EntryError::AdaUnscored => {
            pick(lang, "ditandai ada tetapi belum diberi skor 1–4", "marked present but given no score 1–4")
                .into()
        }
    }
}

pub fn err_kejuruan_needs_evaluasi(lang: Lang) -> String {
    pick(lang, "--kejuruan hanya untuk --jenis evaluasi-diri", "--kejuruan is only for --jenis evaluasi-diri")
        .into()
}

pub fn err_forms_mixed(lang: Lang) -> String {
    pick(
        lang,
        "formulir dari jenis yang berbeda tidak dapat direkap bersama; rekap setiap jenis sendiri-sendiri",
        "forms of different kinds cannot share one rekap; make a rekap of each kind on its own",
    )
    .into()
}

pub fn err_evaluasi_not_wide(lang: Lang) -> String {
    pick(
        lang,
        "evaluasi diri diisi satu lembar per guru; --wide tidak tersedia untuknya",
        "an evaluasi diri form is one sheet per teacher; --wide is not available for it",
    )
    .into()
}
