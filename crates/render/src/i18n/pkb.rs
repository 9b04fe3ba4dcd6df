//! The words of `pkguru pkb`: headings, the shortfall, and the activity list's errors.

use crate::core::pkb::{KegiatanError, MAX_COUNT, MAX_DIKLAT_HOURS, Subunsur};

use super::{Lang, pick};

/// A subunsur's name.
pub fn subunsur(lang: Lang, s: Subunsur) -> &'static str {
    match s {
        Subunsur::PengembanganDiri => pick(lang, "Pengembangan diri", "Self-development"),
        Subunsur::PublikasiIlmiah => pick(lang, "Publikasi ilmiah", "Scientific publication"),
        Subunsur::KaryaInovatif => pick(lang, "Karya inovatif", "Innovative work"),
    }
}

pub fn pkb_publikasi_inovatif(lang: Lang) -> &'static str {
    pick(lang, "Publikasi ilmiah/karya inovatif", "Publication/innovative work")
}

pub fn pkb_total(lang: Lang) -> &'static str {
    pick(lang, "Jumlah PKB", "PKB total")
}

pub fn pkb_headers(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Id => ["Kode", "Subunsur", "Uraian", "AK"],
        Lang::En => ["Code", "Subunsur", "Description", "AK"],
    }
}

pub fn pkb_line_headers(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Id => ["Baris", "Kode", "Jam/jumlah", "Tanggal", "Judul", "AK"],
        Lang::En => ["Line", "Code", "Hours/count", "Date", "Title", "AK"],
    }
}

pub fn pkb_by_hours(lang: Lang) -> &'static str {
    pick(lang, "menurut jam", "by hours")
}

msg!(pkb_title(n: usize) => "Kegiatan PKB: {n} baris", "PKB activities: {n} line(s)");
msg!(pkb_promotion(from: &str, to: &str) => "Syarat PKB kenaikan pangkat {from} → {to}:", "PKB required for promotion {from} → {to}:");
msg!(pkb_need(what: &str, have: &str, need: &str) => "  {what}: {have} dari minimal {need}", "  {what}: {have} of at least {need}");
msg!(pkb_short(what: &str, short: &str) => "{what} kurang {short}", "{what} short by {short}");
msg!(pkb_met() => "Syarat PKB terpenuhi.", "PKB requirements met.");
msg!(pkb_top() => "IV/e adalah pangkat tertinggi: tidak ada syarat kenaikan pangkat berikutnya.", "IV/e is the top pangkat: there is no next promotion to check.");

pub fn pkb_presentasi_missing(lang: Lang) -> &'static str {
    pick(
        lang,
        "belum ada presentasi ilmiah (wajib untuk Guru Madya IV/c ke Guru Utama IV/d)",
        "no presentasi ilmiah yet (required from Guru Madya IV/c to Guru Utama IV/d)",
    )
}

pub fn err_pkb_no_code_column(lang: Lang) -> String {
    pick(
        lang,
        "tidak ada kolom kode (kode kegiatan dari `pkguru pkb --daftar`); kolom lain: jam, jumlah, tanggal, judul",
        "no kode column (activity codes from `pkguru pkb --daftar`); other columns: jam, jumlah, tanggal, judul",
    )
    .into()
}

pub fn err_pkb_unknown_code(lang: Lang, code: &str) -> String {
    if let Some(parts) = crate::core::pkb::split(code) {
        let sep = lang.decimal_sep();
        let ak = |k: &crate::core::pkb::Kegiatan| k.ak.map(|a| crate::core::exact::human(a, 3, sep));
        let choice: Vec<String> =
            parts.iter().map(|k| format!("{} ({})", k.code, ak(k).unwrap_or_default())).collect();
        let choice = choice.join(", ");
        return match lang {
            Lang::Id => format!(
                "kode kegiatan {code:?} sudah dipecah menjadi tiga kegiatan (Permenneg PAN-RB 16/2009 lampiran I): {choice}; tulis salah satunya"
            ),
            Lang::En => format!(
                "activity code {code:?} has been split into three activities (Permenneg PAN-RB 16/2009 lampiran I): {choice}; write one of them"
            ),
        };
    }
    let hint = crate::core::pkb::catalogue()
        .iter()
        .map(|k| k.code.as_str())
        .find(|c| c.starts_with(code.get(..3).unwrap_or(code)))
        .map(|c| match lang {
            Lang::Id => format!("; maksudnya {c}?"),
            Lang::En => format!("; did you mean {c}?"),
        })
        .unwrap_or_default();
    match lang {
        Lang::Id => {
            format!("kode kegiatan {code:?} tidak ada di katalog (lihat `pkguru pkb --daftar`){hint}")
        }
        Lang::En => {
            format!("activity code {code:?} is not in the catalogue (see `pkguru pkb --daftar`){hint}")
        }
    }
}

pub fn err_pkb_number(lang: Lang, column: &str, text: &str) -> String {
    match lang {
        Lang::Id => format!("{column} {text:?} bukan bilangan bulat"),
        Lang::En => format!("{column} {text:?} is not a whole number"),
    }
}

pub fn kegiatan_error(lang: Lang, e: KegiatanError) -> String {
    match (lang, e) {
        (Lang::Id, KegiatanError::Hours(None)) => "diklat perlu kolom jam (jam efektif)".into(),
        (Lang::Id, KegiatanError::Hours(Some(h))) => {
            format!(
                "diklat {h} jam tidak dihitung: angka kredit mulai 30 jam, paling banyak {MAX_DIKLAT_HOURS} jam per baris"
            )
        }
        (Lang::Id, KegiatanError::Count(n)) => format!("jumlah {n} tidak mungkin (1–{MAX_COUNT})"),
        (Lang::En, KegiatanError::Hours(None)) => "a diklat needs the jam column (effective hours)".into(),
        (Lang::En, KegiatanError::Hours(Some(h))) => {
            format!(
                "a diklat of {h} hours does not count: credit starts at 30 hours, at most {MAX_DIKLAT_HOURS} per line"
            )
        }
        (Lang::En, KegiatanError::Count(n)) => format!("count {n} is not possible (1–{MAX_COUNT})"),
    }
}

pub fn err_pkb_golongan(lang: Lang, g: &str) -> String {
    match lang {
        Lang::Id => format!("--golongan {g:?} tidak dikenal; contoh: III/b, IV/a"),
        Lang::En => format!("--golongan {g:?} not understood; e.g. III/b, IV/a"),
    }
}

/// The note of a counted list short of the next promotion's minima.
pub fn note_pkb_missing(lang: Lang, m: &crate::core::pkb::Missing) -> String {
    let sep = lang.decimal_sep();
    let mut parts = Vec::new();
    if let Some(s) = m.pengembangan_diri {
        let what = subunsur(lang, Subunsur::PengembanganDiri).to_lowercase();
        parts.push(pkb_short(lang, &what, &crate::core::exact::ak_text(s, sep)));
    }
    if let Some(s) = m.publikasi_inovatif {
        parts.push(pkb_short(
            lang,
            &pkb_publikasi_inovatif(lang).to_lowercase(),
            &crate::core::exact::ak_text(s, sep),
        ));
    }
    if m.presentasi {
        parts.push(pkb_presentasi_missing(lang).to_string());
    }
    match lang {
        Lang::Id => {
            format!("kegiatan PKB yang dihitung belum memenuhi syarat kenaikan pangkat: {}", parts.join("; "))
        }
        Lang::En => format!(
            "the PKB activities counted do not yet meet the promotion requirements: {}",
            parts.join("; ")
        ),
    }
}
