//! The words of `pkguru rank`: the table's headings, the tie note, the profile file's errors.

use super::{Lang, pick};

pub fn rank_position(lang: Lang) -> &'static str {
    pick(lang, "Prk.", "Rank")
}

pub fn rank_name(lang: Lang) -> &'static str {
    pick(lang, "Nama", "Name")
}

pub fn rank_value(lang: Lang) -> &'static str {
    pick(lang, "Nilai", "Value")
}

/// A domain's short heading (`pedagogik` → `Pedag.`).
pub fn domain_short(lang: Lang, code: &str) -> &'static str {
    match code {
        "pedagogik" => pick(lang, "Pedag.", "Pedag."),
        "kepribadian" => pick(lang, "Kepr.", "Pers."),
        "sosial" => pick(lang, "Sos.", "Soc."),
        _ => pick(lang, "Prof.", "Prof."),
    }
}

pub fn rank_tie_note(lang: Lang) -> &'static str {
    pick(
        lang,
        "= nilai sama persis dengan guru lain (seri; urutan masukan dipertahankan)",
        "= exactly the same value as another teacher (a tie; input order kept)",
    )
}

msg!(rank_title(jenis: &str, scale: u8, profile: &str, n: usize) =>
    "Peringkat profile matching — guru {jenis}, skala 1–{scale}, profil {profile}, {n} guru",
    "Profile matching ranking — {jenis} teachers, scale 1–{scale}, profile {profile}, {n} teachers");
msg!(err_profile(file: &str, line: u64, what: &str) =>
    "{file}:{line}: profil tidak terbaca: {what}",
    "{file}:{line}: profile not readable: {what}");
msg!(err_profile_invalid(file: &str, what: &str) =>
    "{file}: profil tidak dapat dipakai: {what}",
    "{file}: profile cannot be used: {what}");
msg!(rank_profile_other(jenis: &str) =>
    "catatan: profil berkas tidak cocok dengan instrumen {jenis}; guru {jenis} diperingkat dengan profil bawaan",
    "note: the profile file does not fit the {jenis} instrument; {jenis} teachers are ranked with the default profile");
msg!(rank_none() =>
    "tidak ada guru yang dapat diperingkat",
    "no teacher could be ranked");

pub fn rank_sheet(lang: Lang) -> &'static str {
    pick(lang, "Peringkat", "Ranking")
}

pub fn rank_details(lang: Lang) -> &'static str {
    pick(lang, "Rincian", "Details")
}

pub fn rank_tie(lang: Lang) -> &'static str {
    pick(lang, "Seri", "Tie")
}

pub fn rank_weight(lang: Lang) -> &'static str {
    pick(lang, "bobot", "weight")
}

pub fn rank_source(lang: Lang) -> &'static str {
    pick(lang, "Sumber", "Source")
}

/// The heading of a ranking of forms.
pub fn rank_forms_title(lang: Lang, n: usize) -> String {
    pick(lang, "peringkat {n} formulir menurut nilai (seri: = )", "{n} forms ranked by value (tied: = )")
        .replace("{n}", &n.to_string())
}
