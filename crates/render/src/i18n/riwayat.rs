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
        (Lang::Id, StoreError::StageExists { tanggal, catatan }) => format!(
            "tahap ini sudah dicatat untuk periode itu (tanggal {tanggal}{}); beri --ganti untuk menggantinya",
            if catatan.is_empty() { String::new() } else { format!(", catatan {catatan:?}") }
        ),
        (Lang::En, StoreError::StageExists { tanggal, catatan }) => format!(
            "this stage is recorded for that period already (on {tanggal}{}); give --ganti to replace it",
            if catatan.is_empty() { String::new() } else { format!(", note {catatan:?}") }
        ),
        (Lang::Id, StoreError::Corrupt { column, value }) => format!(
            "basis data rusak: {column} {value:?} tidak sah (berkas diubah di luar pkguru?); pulihkan dari cadangan"
        ),
        (Lang::En, StoreError::Corrupt { column, value }) => format!(
            "the database is damaged: {column} {value:?} is not valid (changed outside pkguru?); restore it from a backup"
        ),
        (Lang::Id, StoreError::Sql(e)) => format!("basis data tidak dapat dibaca atau ditulis: {e}"),
        (Lang::En, StoreError::Sql(e)) => format!("the database cannot be read or written: {e}"),
        (Lang::Id, StoreError::Unreadable(e)) => format!("berkas tidak dapat dibuka: {e}"),
        (Lang::En, StoreError::Unreadable(e)) => format!("the file cannot be opened: {e}"),
        (Lang::Id, StoreError::Missing) => {
            "berkas basis data ini tidak ada (salah ketik?); tidak ada yang dibuat. Basis data baru dibuat oleh `riwayat tambah`".to_string()
        }
        (Lang::En, StoreError::Missing) => {
            "this database file does not exist (a typo?); nothing was created. `riwayat tambah` creates a new database".to_string()
        }
        (Lang::Id, StoreError::Empty) => {
            "basis data ini masih kosong, belum berisi riwayat; isi dengan `riwayat tambah`".to_string()
        }
        (Lang::En, StoreError::Empty) => {
            "this database is empty, it holds no history yet; fill it with `riwayat tambah`".to_string()
        }
        (Lang::Id, StoreError::NotLedger) => {
            "bukan basis data riwayat pkguru (basis data program lain, atau bukan basis data); berkas ini tidak diubah".to_string()
        }
        (Lang::En, StoreError::NotLedger) => {
            "not a pkguru ledger (another program's database, or not a database); the file was left unchanged".to_string()
        }
        (Lang::Id, StoreError::Backup { path, error }) => format!(
            "cadangan {} tidak dapat dibuat ({error}); basis data tidak dinaikkan skemanya dan tidak berubah",
            path.display()
        ),
        (Lang::En, StoreError::Backup { path, error }) => format!(
            "the backup {} cannot be made ({error}); the database was not migrated and is unchanged",
            path.display()
        ),
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
msg!(riwayat_carry(ak: &str, dasar: &str, nilai_dasar: &str, carried: &str) =>
    "AK dibawa dari PAK: AK kumulatif {ak} − {dasar} {nilai_dasar} = {carried}",
    "AK carried from the PAK: cumulative AK {ak} − {dasar} {nilai_dasar} = {carried}");
msg!(riwayat_carry_integrasi(ak: &str, dasar: &str, nilai_dasar: &str, carried: &str) =>
    "AK dibawa dari PAK (AK integrasi): AK kumulatif {ak} − {dasar} {nilai_dasar} = {carried}",
    "AK carried from the PAK (AK integrasi): cumulative AK {ak} − {dasar} {nilai_dasar} = {carried}");
msg!(riwayat_carry_below(ak: &str, dasar: &str, nilai_dasar: &str) =>
    "AK kumulatif PAK {ak} di bawah {dasar} {nilai_dasar}: tidak ada AK yang dibawa dari PAK; periksa PAK (tulis AK kumulatif seperti di PAK, termasuk nilai dasarnya)",
    "The PAK's cumulative AK {ak} is below {dasar} {nilai_dasar}: no AK is carried from the PAK; check the PAK (give the cumulative AK as the PAK writes it, its nilai dasar included)");
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

/// What the AK carried from a PAK is counted above: a golongan's AK kumulatif minimal, or a
/// jenjang's nilai dasar (2023, AK integrasi).
pub fn riwayat_dasar(lang: Lang, d: crate::core::pak::Dasar) -> String {
    use crate::core::pak::Dasar;
    match (lang, d) {
        (Lang::Id, Dasar::Golongan(g)) => format!("AK kumulatif minimal {g}"),
        (Lang::En, Dasar::Golongan(g)) => format!("the cumulative minimum of {g}"),
        (Lang::Id, Dasar::Jenjang(j)) => format!("nilai dasar {}", j.row().name),
        (Lang::En, Dasar::Jenjang(j)) => format!("the nilai dasar of {}", j.row().name),
    }
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
        "guru tanpa NIP tidak disimpan di riwayat (angka kredit hanya untuk guru ber-NIP); yang lain tetap diimpor",
        "a teacher without a NIP is not kept in the history (angka kredit is for teachers with a NIP); the others are imported",
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

/// What a period must look like (every message that refuses one ends with it).
pub fn periode_expected(lang: Lang) -> &'static str {
    pick(
        lang,
        "tulis tahun (2026) atau semester (2026-1, 2026-2)",
        "write a year (2026) or a semester (2026-1, 2026-2)",
    )
}

pub fn riwayat_periode_unread(lang: Lang, text: &str, given: bool) -> String {
    let expected = periode_expected(lang);
    match (lang, given) {
        (Lang::Id, true) => format!("periode lembar {text:?} tidak dibaca ({expected}); dipakai --periode"),
        (Lang::En, true) => {
            format!("the sheet's periode {text:?} is not read ({expected}); --periode is used")
        }
        (Lang::Id, false) => {
            format!("periode lembar {text:?} tidak dikenali: {expected}, atau beri --periode")
        }
        (Lang::En, false) => {
            format!("the sheet's periode {text:?} is not known: {expected}, or give --periode")
        }
    }
}

msg!(err_periode_given(sheet: &str, given: &str) =>
    "lembar ini periode {sheet}, tetapi --periode {given}: periksa lembar atau --periode",
    "this sheet is of period {sheet}, but --periode {given}: check the sheet or --periode");
msg!(err_periode_other(sheet: &str, first: &str, at: &str) =>
    "lembar ini periode {sheet}, tetapi {at} periode {first}: satu impor satu periode",
    "this sheet is of period {sheet}, but {at} of period {first}: one period per import");

pub fn err_periode_bad(lang: Lang, option: &str, text: &str) -> String {
    let expected = periode_expected(lang);
    match lang {
        Lang::Id => format!("{option} {text:?} bukan periode: {expected}"),
        Lang::En => format!("{option} {text:?} is not a period: {expected}"),
    }
}

pub fn err_periode_none(lang: Lang) -> String {
    pick(
        lang,
        "tidak ada lembar yang menyebut periodenya: beri --periode (mis. 2026 atau 2026-1)",
        "no sheet names its period: give --periode (e.g. 2026 or 2026-1)",
    )
    .into()
}

pub fn riwayat_import_nothing(lang: Lang) -> &'static str {
    pick(
        lang,
        "Tidak ada hasil untuk disimpan; basis data tidak berubah.",
        "No results to save; the database is unchanged.",
    )
}

msg!(riwayat_stage_outside(tanggal: &str, periode: &str) =>
    "peringatan: tanggal {tanggal} di luar periode {periode}",
    "warning: the date {tanggal} lies outside period {periode}");

pub fn err_tanggal_bad(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Id => format!("--tanggal {text:?} bukan tanggal: tulis 2026-03-12 atau 12-03-2026 (hari dulu)"),
        Lang::En => format!("--tanggal {text:?} is not a date: write 2026-03-12 or 12-03-2026 (day first)"),
    }
}

/// A stage as shown in a school's line: the stage reached, and what was recorded past a gap.
pub fn stage_text(lang: Lang, r: Option<&crate::core::siklus::Reached>) -> String {
    let Some(r) = r else { return riwayat_not_started(lang).to_string() };
    let reached = r.tahap.map_or_else(|| riwayat_not_started(lang).to_string(), |t| t.code().to_string());
    if r.skipped.is_empty() {
        return reached;
    }
    let skipped: Vec<&str> = r.skipped.iter().map(|t| t.code()).collect();
    match lang {
        Lang::Id => format!("{reached} ({} dicatat; belum: {})", r.furthest.code(), skipped.join(", ")),
        Lang::En => format!("{reached} ({} recorded; not yet: {})", r.furthest.code(), skipped.join(", ")),
    }
}

pub fn riwayat_stages_title(lang: Lang) -> &'static str {
    pick(
        lang,
        "Siklus kinerja (periode, tahap, tanggal, catatan):",
        "Performance cycle (period, stage, date, note):",
    )
}
