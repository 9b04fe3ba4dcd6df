//! The words of the printed report (`pkguru report`): form titles, row and column labels,
//! signature blocks, the school summary, and long dates (`12 Maret 2026`).

use crate::core::identity::{Date, Sex};
use crate::core::instrument::Jenis;

use super::Lang;

macro_rules! label {
    ($($(#[$doc:meta])* $name:ident => $id:literal, $en:literal;)*) => {
        $( $(#[$doc])* pub fn $name(lang: Lang) -> &'static str { super::pick(lang, $id, $en) } )*
    };
}

/// The label over a signature block; `jabatan` is the sheet's position of the one who
/// acknowledges (`Kepala SMP Negeri 2 Cianjur`), printed under "Mengetahui,".
pub fn signer_role(lang: Lang, role: crate::core::signers::Role, jabatan: &str) -> String {
    use crate::core::signers::Role;
    match role {
        Role::Guru => rp_teacher(lang).into(),
        Role::KepalaDinilai => rp_principal_assessed(lang).into(),
        Role::Penilai => rp_assessor(lang).into(),
        Role::KepalaSekolah => rp_principal(lang).into(),
        Role::KepalaPenilai => rp_principal_assessor(lang).into(),
        Role::Pengawas => rp_pengawas(lang).into(),
        Role::Mengetahui if jabatan.trim().is_empty() => rp_mengetahui(lang).into(),
        Role::Mengetahui => format!("{},\n{}", rp_mengetahui(lang), jabatan.trim()),
    }
}

label! {
    rp_lampiran => "Lampiran", "Appendix";
    rp_1b_title => "Penilaian Kinerja Guru per Kompetensi", "Teacher performance appraisal per competency";
    rp_1c_title_kelas => "Rekap Hasil Penilaian Kinerja Guru Kelas/Mata Pelajaran", "Summary of the performance appraisal, classroom/subject teacher";
    rp_1c_title_bk => "Rekap Hasil Penilaian Kinerja Guru BK/Konselor", "Summary of the performance appraisal, guidance counsellor";
    rp_1d_title => "Laporan Hasil Penilaian Kinerja Guru", "Report of the teacher performance appraisal";
    rp_summary_title => "Ringkasan Hasil Penilaian Kinerja Guru", "Summary of the teacher performance appraisals";
    rp_no => "No.", "No.";
    rp_indicator => "Indikator", "Indicator";
    rp_score_012 => "Skor (0/1/2)", "Score (0/1/2)";
    rp_competency => "Kompetensi", "Competency";
    rp_total_score => "Jumlah skor", "Total score";
    rp_max_score => "Skor maksimum", "Maximum score";
    rp_percent => "Persentase", "Percentage";
    rp_value => "Nilai kompetensi", "Competency value";
    rp_value_rule => "Nilai: 0 % < X ≤ 25 % = 1; 25 % < X ≤ 50 % = 2; 50 % < X ≤ 75 % = 3; 75 % < X ≤ 100 % = 4", "Value: 0 % < X ≤ 25 % = 1; 25 % < X ≤ 50 % = 2; 50 % < X ≤ 75 % = 3; 75 % < X ≤ 100 % = 4";
    rp_value_short => "Nilai", "Value";
    rp_notes => "Catatan penilai", "Assessor's notes";
    rp_total => "Nilai PKG (jumlah)", "Nilai PKG (total)";
    rp_score_100 => "Nilai PKG skala 100", "Nilai PKG, 100 scale";
    rp_predikat => "Predikat", "Predikat";
    rp_nk => "Persentase angka kredit", "Credit percentage";
    rp_ak => "Angka kredit per tahun", "Angka kredit per year";
    rp_working => "Perhitungan", "Working";
    rp_riwayat => "Riwayat angka kredit (basis data riwayat)", "Angka kredit history (the riwayat database)";
    rp_chart => "Nilai per kompetensi", "Value per competency";
    rp_teacher => "Guru yang dinilai", "Teacher assessed";
    rp_assessor => "Penilai", "Assessor";
    rp_principal => "Kepala Sekolah", "Principal";
    rp_principal_assessed => "Kepala Sekolah yang dinilai", "Principal assessed";
    rp_principal_assessor => "Kepala Sekolah selaku Penilai", "Principal, as assessor";
    rp_pengawas => "Pengawas Sekolah (Penilai)", "School supervisor (assessor)";
    rp_mengetahui => "Mengetahui", "Acknowledged";
    rp_nama => "Nama", "Name";
    rp_nip => "NIP", "NIP";
    rp_nuptk => "NUPTK", "NUPTK";
    rp_birth => "Tanggal lahir (dari NIP)", "Date of birth (from the NIP)";
    rp_sex => "Jenis kelamin (dari NIP)", "Sex (from the NIP)";
    rp_tmt => "TMT CPNS (dari NIP)", "Appointed as civil servant (from the NIP)";
    rp_pangkat => "Pangkat, golongan ruang", "Rank, grade";
    rp_jabatan => "Jabatan fungsional", "Functional position";
    rp_sekolah => "Satuan pendidikan", "School";
    rp_mapel => "Mata pelajaran", "Subject";
    rp_jam => "Jam tatap muka per minggu", "Teaching hours per week";
    rp_konseli => "Jumlah konseli", "Counselees";
    rp_periode => "Periode penilaian", "Appraisal period";
    rp_identity_teacher => "Identitas guru", "Teacher";
    rp_identity_assessor => "Identitas penilai", "Assessor";
    rp_bidang => "bidang", "for";
    rp_result => "Hasil penilaian", "Result";
    rp_place_date => "Tempat, tanggal", "Place, date";
    rp_blank => "……………………", "……………………";
    rp_non_pns => "Non PNS", "Not a civil servant (non PNS)";
    rp_document_title => "Laporan Penilaian Kinerja Guru", "Teacher Performance Appraisal Report";
    rp_mapel_bk => "Bimbingan dan Konseling", "Guidance and counselling (Bimbingan dan Konseling)";
    rp_tugas => "Tugas tambahan", "Additional duties (tugas tambahan)";
    rp_none => "—", "—";
    rp_assessed => "Guru dinilai", "Teachers assessed";
    rp_unassessed => "Belum dinilai", "Not yet assessed";
    rp_failed => "Lembar gagal dibaca", "Sheets that could not be read";
    rp_distribution => "Sebaran predikat", "Predikat distribution";
    rp_count => "Jumlah", "Count";
    rp_means => "Rata-rata nilai per kompetensi", "Mean value per competency";
    rp_weakest => "Kompetensi terlemah (sasaran PKB)", "Weakest competencies (for PKB)";
    rp_list => "Daftar guru", "Teachers";
    rp_jenis => "Jenis", "Kind";
    rp_catatan => "Catatan", "Notes";
    rp_page => "Halaman", "Page";
    rp_ranking => "Peringkat profile matching", "Profile matching ranking";
    rp_ranking_rule => "Profil bawaan (pkguru rank): target 4 di setiap kompetensi; nilai ranah = 60 % faktor core + 40 % faktor secondary; nilai = pedagogik 30 % + kepribadian 20 % + sosial 25 % + profesional 25 %. = berarti seri.", "Default profile (pkguru rank): target 4 for every competency; domain value = 60 % core factor + 40 % secondary factor; value = pedagogik 30 % + kepribadian 20 % + sosial 25 % + profesional 25 %. = marks a tie.";
    rp_rank_pos => "Prk.", "Rank";
    rp_domains_short => "Pedag.|Kepr.|Sos.|Prof.", "Pedag.|Pers.|Soc.|Prof.";
    rp_of => "dari", "of";
    /// The summary's file name with `--split` (without `.pdf`).
    rp_summary_file => "ringkasan", "summary";
}

msg!(rp_failed_more(more: u64) =>
    ", dan {more} lagi (lihat pesan galat)",
    ", and {more} more (see the error messages)");
msg!(err_split_needs_pdf() =>
    "--split menulis satu PDF per guru; --format html tidak bisa dipakai bersamanya",
    "--split writes one PDF per teacher; it cannot be used with --format html");
msg!(err_report_extension() =>
    "-o harus berakhiran .html atau .pdf (atau beri --format html|pdf)",
    "-o must end in .html or .pdf (or give --format html|pdf)");
msg!(err_split_dir(dir: &str, reason: &str) =>
    "direktori {dir} tidak dapat dibuat: {reason}",
    "cannot create the directory {dir}: {reason}");
msg!(err_typeset(detail: &str) =>
    "PDF tidak dapat disusun: {detail}",
    "cannot typeset the PDF: {detail}");

/// The line `report` prints when done.
pub fn report_summary(lang: Lang, teachers: u64, unassessed: u64, failed: u64) -> String {
    match lang {
        Lang::Id => format!("Laporan: {teachers} guru dicetak, {unassessed} belum dinilai; {failed} gagal."),
        Lang::En => {
            format!("Report: {teachers} teachers printed, {unassessed} not yet assessed; {failed} failed.")
        }
    }
}

/// The readable headings of the XLSX rekap (made for people), by the column's CSV key:
/// (key, Indonesian, English).
const REKAP_HEADINGS: [(&str, &str, &str); 29] = [
    ("sumber", "Sumber", "Source"),
    ("baris", "Baris", "Line"),
    ("nama", "Nama", "Name"),
    ("nip", "NIP", "NIP"),
    ("sekolah", "Sekolah", "School"),
    ("jenis", "Jenis", "Kind"),
    ("golongan", "Golongan", "Grade"),
    ("jumlah", "Nilai PKG", "Nilai PKG"),
    ("jumlah_maks", "Maks.", "Max."),
    ("nilai", "Nilai (skala 100)", "Nilai (100 scale)"),
    ("predikat", "Predikat", "Predikat"),
    ("nk_persen", "NK (%)", "Credit (%)"),
    ("angka_kredit", "Angka kredit", "Angka kredit"),
    ("angka_kredit_tepat", "Angka kredit (tepat)", "Angka kredit (exact)"),
    ("catatan", "Catatan", "Notes"),
    ("nuptk", "NUPTK", "NUPTK"),
    ("mapel", "Mata pelajaran", "Subject"),
    ("periode", "Periode", "Period"),
    ("penilai", "Penilai", "Assessor"),
    ("nip_penilai", "NIP penilai", "Assessor NIP"),
    ("kepala_sekolah", "Kepala sekolah", "Principal"),
    ("nip_kepala_sekolah", "NIP kepala sekolah", "Principal NIP"),
    ("tempat", "Tempat", "Place"),
    ("tanggal", "Tanggal", "Date"),
    ("pengawas", "Pengawas sekolah", "School supervisor"),
    ("nip_pengawas", "NIP pengawas", "Supervisor's NIP"),
    ("mengetahui", "Mengetahui", "Acknowledged by"),
    ("nip_mengetahui", "NIP yang mengetahui", "Acknowledging NIP"),
    ("jabatan_mengetahui", "Jabatan yang mengetahui", "Acknowledging position"),
];

/// The readable heading of a rekap column, from its CSV key (`k3` becomes `K3`).
pub fn rekap_heading(lang: Lang, key: &str) -> String {
    match REKAP_HEADINGS.iter().find(|(k, ..)| *k == key) {
        Some((_, id, en)) => super::pick(lang, id, en).to_string(),
        None => key.strip_prefix('k').map_or_else(|| key.to_string(), |n| format!("K{n}")),
    }
}

label! {
    rk_title => "Rekap Hasil Penilaian Kinerja Guru", "Summary of the teacher performance appraisals";
    rk_no => "No.", "No.";
    rk_sekolah => "Sekolah", "School";
    rk_periode => "Periode", "Period";
    rk_several => "(beberapa)", "(several)";
    rk_means => "Rata-rata nilai kompetensi", "Mean competency value";
    rk_page => "Halaman &P dari &N", "Page &P of &N";
}

/// The title of Lampiran 1C for an instrument.
pub fn rp_1c_title(lang: Lang, jenis: Jenis) -> &'static str {
    match jenis {
        Jenis::Kelas => rp_1c_title_kelas(lang),
        Jenis::Bk => rp_1c_title_bk(lang),
    }
}

/// The teacher's sex as a form writes it.
pub fn rp_sex_name(lang: Lang, sex: Sex) -> &'static str {
    match (lang, sex) {
        (Lang::Id, Sex::Male) => "Laki-laki",
        (Lang::Id, Sex::Female) => "Perempuan",
        (Lang::En, Sex::Male) => "Male",
        (Lang::En, Sex::Female) => "Female",
    }
}

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of month 1–12.
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    let names = match lang {
        Lang::Id => &BULAN,
        Lang::En => &MONTHS,
    };
    names.get(usize::from(month).saturating_sub(1)).copied().unwrap_or("")
}

/// A date as forms write it: `12 Maret 2026`.
pub fn long_date(lang: Lang, d: Date) -> String {
    format!("{} {} {}", d.day, month_name(lang, d.month), d.year)
}

/// A date a person reads: `12 Maret 2026` (`12 March 2026`) when `text` is a date in any
/// form a sheet writes it (`2026-03-12`, `12/03/2026`); otherwise as typed.
pub fn human_date(lang: Lang, text: &str) -> String {
    match Date::parse(text) {
        Some(d) => long_date(lang, d),
        None => text.trim().to_string(),
    }
}

/// `Contoh, 12 Maret 2026` above the signatures: the date in words, blanks to write by hand
/// for what is missing and for a date that does not exist (`31 Februari 2026`, warned about
/// when the sheet is read): a signed form does not carry it.
pub fn place_date(lang: Lang, tempat: &str, tanggal: &str) -> String {
    let tempat = tempat.trim();
    let tempat = if tempat.is_empty() { rp_blank(lang) } else { tempat };
    let date = Date::parse(tanggal).map_or_else(|| rp_blank(lang).to_string(), |d| long_date(lang, d));
    format!("{tempat}, {date}")
}

/// A year and month: `Januari 2010`.
pub fn month_year(lang: Lang, year: u16, month: u8) -> String {
    format!("{} {year}", month_name(lang, month))
}

/// The headings of the report's riwayat section.
pub fn rp_riwayat_headers(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Id => {
            ["Nama", "NIP", "Periode terakhir", "AK terkumpul", "Kurang", "Siap naik pangkat", "Tahap siklus"]
        }
        Lang::En => {
            ["Name", "NIP", "Last period", "AK gathered", "Missing", "Ready for promotion", "Cycle stage"]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dates in words, in both languages side by side (the language is a value).
    #[test]
    fn dates_in_words() {
        let d = Date::new(2026, 11, 27).unwrap();
        assert_eq!(long_date(Lang::Id, d), "27 November 2026");
        assert_eq!(month_year(Lang::Id, 2010, 1), "Januari 2010");
        assert_eq!(month_name(Lang::Id, 3), "Maret");
        assert_eq!(month_name(Lang::Id, 13), "");
        assert_eq!(month_name(Lang::En, 3), "March");
        let march = Date::new(2026, 3, 12).unwrap();
        assert_eq!(
            (long_date(Lang::Id, march), long_date(Lang::En, march)),
            ("12 Maret 2026".into(), "12 March 2026".into())
        );
    }

    /// Every date a person reads is in words, whichever way the sheet wrote it; what is no
    /// date stays as typed, and what is missing is a blank to fill in by hand.
    #[test]
    fn dates_people_read() {
        for typed in ["2026-12-03", "03/12/2026", "3-12-2026", " 2026-12-03 "] {
            assert_eq!(human_date(Lang::Id, typed), "3 Desember 2026", "{typed}");
        }
        assert_eq!(human_date(Lang::En, "2026-12-03"), "3 December 2026");
        assert_eq!(human_date(Lang::Id, "31 Februari 2026"), "31 Februari 2026");
        assert_eq!(human_date(Lang::Id, "2026-02-31"), "2026-02-31");
        assert_eq!(place_date(Lang::Id, "Cianjur", "2026-12-03"), "Cianjur, 3 Desember 2026");
        assert_eq!(place_date(Lang::Id, "", ""), "……………………, ……………………");
        assert_eq!(place_date(Lang::En, "Cianjur", " "), "Cianjur, ……………………");
        assert_eq!(place_date(Lang::Id, "Cianjur", "31 Februari 2026"), "Cianjur, ……………………");
        assert_eq!(place_date(Lang::Id, "Cianjur", "12 maret 2026"), "Cianjur, 12 Maret 2026");
    }
}
