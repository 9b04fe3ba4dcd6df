//! The words of `pkguru riwayat`: the ledger's messages, the teacher's history and the
//! school view.

use crate::store::StoreError;

use super::{Lang, pick};

/// A ledger error in words.
pub fn store_error(lang: Lang, e: &StoreError) -> String {
    match (lang, e) {
        (Lang::Id, StoreError::Newer { found, supported }) => format!(
            "basis data ini ditulis pkguru yang lebih baru (skema {found}; versi ini mengenal sampai {supported}): perbarui pkguru"
        ),
        (Lang::En, StoreError::Newer { found, supported }) => format!(
            "this database was written by a newer pkguru (schema {found}; this version knows up to {supported}): update pkguru"
        ),
        (Lang::Id, StoreError::PeriodExists { periode, count }) => format!(
            "periode {periode} sudah berisi {count} guru yang diimpor lagi; tambahkan --ganti untuk menggantinya (tidak ada yang ditulis)"
        ),
        (Lang::En, StoreError::PeriodExists { periode, count }) => format!(
            "period {periode} already holds {count} of these teachers; add --ganti to replace them (nothing was written)"
        ),
        (Lang::Id, StoreError::Duplicate { nip, sumber, baris }) => {
            format!(
                "NIP {nip} dua kali dalam satu impor (pertama di {sumber}{})",
                baris.map(|b| format!(":{b}")).unwrap_or_default()
            )
        }
        (Lang::En, StoreError::Duplicate { nip, sumber, baris }) => {
            format!(
                "NIP {nip} twice in one import (first in {sumber}{})",
                baris.map(|b| format!(":{b}")).unwrap_or_default()
            )
        }
        (Lang::Id, StoreError::Corrupt { column, value }) => format!(
            "basis data rusak: {column} {value:?} tidak sah (berkas diubah di luar pkguru?); pulihkan dari cadangan"
        ),
        (Lang::En, StoreError::Corrupt { column, value }) => format!(
            "the database is damaged: {column} {value:?} is not valid (changed outside pkguru?); restore it from a backup"
        ),
        (Lang::Id, StoreError::Sql(e)) => format!("basis data tidak dapat dibaca atau ditulis: {e}"),
        (Lang::En, StoreError::Sql(e)) => format!("the database cannot be read or written: {e}"),
        (Lang::Id, StoreError::Io(e)) => format!("cadangan tidak dapat dibuat: {e}"),
        (Lang::En, StoreError::Io(e)) => format!("the backup cannot be made: {e}"),
    }
}

msg!(riwayat_migrated(from: i64, to: i64, backup: &str) =>
    "basis data dinaikkan dari skema {from} ke {to}; salinan lamanya: {backup}",
    "database migrated from schema {from} to {to}; its old copy: {backup}");
msg!(err_riwayat_column(name: &str) => "kolom {name} tidak ada", "no {name} column");
msg!(err_riwayat_value(name: &str, text: &str) => "{name} {text:?} tidak sah", "{name} {text:?} is not valid");
msg!(riwayat_pak_done(n: usize) => "PAK: {n} guru dicatat.", "PAK: {n} teacher(s) recorded.");
msg!(riwayat_extra_done(n: usize) => "AK PKB/penunjang: {n} guru dicatat.", "AK PKB/penunjang: {n} teacher(s) recorded.");
msg!(riwayat_import_refused(n: u64) =>
    "Impor dibatalkan: {n} berkas bermasalah; basis data tidak berubah.",
    "Import cancelled: {n} file(s) with problems; the database is unchanged.");
msg!(riwayat_import_done(n: u64, periode: &str, db: &str) =>
    "{n} hasil periode {periode} disimpan di {db}.",
    "{n} result(s) of period {periode} saved in {db}.");
msg!(err_riwayat_unknown_nip(nip: &str) => "NIP {nip} belum ada di basis data", "NIP {nip} is not in the database");
msg!(riwayat_pak_line(gol: &str, tmt: &str, ak: &str, periode: &str) =>
    "PAK terakhir: {gol}, TMT {tmt}, AK kumulatif {ak} (sampai periode {periode})",
    "Last PAK: {gol}, TMT {tmt}, cumulative AK {ak} (up to period {periode})");
msg!(riwayat_since(pemb: &str, pkb: &str, penunjang: &str, total: &str) =>
    "AK sejak PAK terakhir: pembelajaran {pemb} + PKB {pkb} + penunjang {penunjang} = {total}",
    "AK since the last PAK: pembelajaran {pemb} + PKB {pkb} + penunjang {penunjang} = {total}");
msg!(riwayat_next(from: &str, to: &str, akk: &str, missing: &str) =>
    "Kenaikan pangkat {from} → {to}: AKK {akk}; kurang {missing}",
    "Promotion {from} → {to}: AKK {akk}; missing {missing}");
msg!(riwayat_pkb_short(short: &str, min: &str) =>
    "PKB kurang {short} dari minimal {min}",
    "PKB short by {short} of the minimum {min}");
msg!(riwayat_projection(rate: &str, n: i64) =>
    "Dengan rata-rata {rate} per periode dari riwayatnya: perlu {n} periode lagi",
    "At the history's mean of {rate} per period: {n} more period(s)");
msg!(riwayat_school_title(periode: &str, n: usize) => "Riwayat sekolah — periode {periode}, {n} guru", "School history — period {periode}, {n} teachers");
msg!(riwayat_stage_early(tahap: &str, missing: &str) =>
    "peringatan: {tahap} dicatat sebelum tahap sebelumnya ({missing})",
    "warning: {tahap} recorded before the earlier stage(s) ({missing})");
msg!(riwayat_stage_done(nip: &str, tahap: &str, periode: &str) =>
    "Tahap {tahap} periode {periode} untuk NIP {nip} dicatat.",
    "Stage {tahap} of period {periode} recorded for NIP {nip}.");

pub fn riwayat_enough(lang: Lang) -> &'static str {
    pick(lang, "AK sudah cukup untuk kenaikan pangkat berikutnya.", "Enough AK for the next promotion.")
}

pub fn riwayat_no_next(lang: Lang) -> &'static str {
    pick(
        lang,
        "Tidak ada pangkat berikutnya (IV/e) atau golongan belum diketahui.",
        "No next pangkat (IV/e), or the golongan is not known.",
    )
}

pub fn riwayat_guru_headers(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Id => ["Periode", "Golongan", "Nilai", "Predikat", "AK"],
        Lang::En => ["Period", "Golongan", "Value", "Predikat", "AK"],
    }
}

pub fn riwayat_school_headers(lang: Lang) -> [&'static str; 8] {
    match lang {
        Lang::Id => ["NIP", "Nama", "Terakhir", "AK", "Kurang", "Siap", "Dinilai", "Tahap siklus"],
        Lang::En => ["NIP", "Name", "Last", "AK", "Missing", "Ready", "Assessed", "Cycle stage"],
    }
}

pub fn riwayat_yes(lang: Lang) -> &'static str {
    pick(lang, "ya", "yes")
}

pub fn riwayat_no(lang: Lang) -> &'static str {
    pick(lang, "tidak", "no")
}

pub fn riwayat_not_started(lang: Lang) -> &'static str {
    pick(lang, "belum mulai", "not started")
}

pub fn err_riwayat_nothing(lang: Lang) -> String {
    pick(
        lang,
        "tidak ada yang ditambahkan: beri MASUKAN (dengan --periode), --pak BERKAS, atau --ak-lain BERKAS",
        "nothing to add: give INPUT (with --periode), --pak FILE, or --ak-lain FILE",
    )
    .into()
}

pub fn err_riwayat_periode(lang: Lang) -> String {
    pick(lang, "--periode perlu diisi (mis. 2026 atau 2026-1)", "--periode is needed (e.g. 2026 or 2026-1)")
        .into()
}

pub fn err_riwayat_csv_dir(lang: Lang) -> String {
    pick(
        lang,
        "--format csv perlu -o DIREKTORI (satu berkas per tabel)",
        "--format csv needs -o DIRECTORY (one file per table)",
    )
    .into()
}

pub fn err_riwayat_no_nip(lang: Lang) -> String {
    pick(
        lang,
        "guru tanpa NIP tidak dapat disimpan di riwayat: isi NIP-nya",
        "a teacher without a NIP cannot be kept in the history: fill in the NIP",
    )
    .into()
}

pub fn err_riwayat_rekap_columns(lang: Lang) -> String {
    pick(
        lang,
        "rekap ini tidak punya kolom yang diperlukan riwayat",
        "this rekap lacks the columns the history needs",
    )
    .into()
}

msg!(err_riwayat_duplicate(nip: &str, first: &str) =>
    "NIP {nip} sudah ada dalam impor ini (di {first}); satu guru satu hasil per periode",
    "NIP {nip} is already in this import (at {first}); one result per teacher and period");

pub fn riwayat_sheet_name(lang: Lang) -> &'static str {
    pick(lang, "riwayat", "history")
}
