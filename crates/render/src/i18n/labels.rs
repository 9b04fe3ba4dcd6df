//! The words of results and runs: labels of tables and workbooks, notes on a result, the
//! summaries of `batch` and `check`, and the words about workbooks.

use crate::core::tugas::{TugasLain, TugasTambahan};

use super::Lang;
use super::messages::comma_list;

// ---- labels -------------------------------------------------------------------------------

msg!(catatan_no_golongan() => "angka kredit kosong: tanpa golongan", "no angka kredit: no golongan");
msg!(catatan_pppk() => "angka kredit kosong: guru PPPK (rezim 2023)", "no angka kredit: PPPK teacher (2023 regime)");
msg!(catatan_gap_text(list: &str) => "nilai di celah tabel predikat ({list})", "value in a gap of the predikat table ({list})");

/// Hours (kelas) or counselees (BK) missing.
pub fn catatan_missing_jm(lang: Lang, bk: bool) -> String {
    match (lang, bk) {
        (Lang::Id, false) => "angka kredit kosong: jam tidak diisi".into(),
        (Lang::Id, true) => "angka kredit kosong: konseli tidak diisi".into(),
        (Lang::En, false) => "no angka kredit: no teaching hours".into(),
        (Lang::En, true) => "no angka kredit: no counselees".into(),
    }
}

/// The other instrument's measure given.
pub fn catatan_jm_other(lang: Lang, bk: bool) -> String {
    match (lang, bk) {
        (Lang::Id, false) => "angka kredit kosong: guru kelas memakai jam, bukan konseli".into(),
        (Lang::Id, true) => "angka kredit kosong: guru BK memakai konseli, bukan jam".into(),
        (Lang::En, false) => {
            "no angka kredit: a classroom teacher is counted by hours, not counselees".into()
        }
        (Lang::En, true) => "no angka kredit: a BK teacher is counted by counselees, not hours".into(),
    }
}

/// The word printed before a warning.
pub fn label_warning(lang: Lang) -> &'static str {
    super::pick(lang, "peringatan", "warning")
}

/// The word printed before an error.
pub fn label_error(lang: Lang) -> &'static str {
    super::pick(lang, "galat", "error")
}

/// The instrument's title line.
pub fn instrument_title(lang: Lang, jenis: crate::core::instrument::Jenis) -> &'static str {
    match jenis {
        crate::core::instrument::Jenis::Kelas => {
            super::pick(lang, "PK Guru kelas/mata pelajaran", "PK Guru, classroom/subject teacher")
        }
        crate::core::instrument::Jenis::Bk => {
            super::pick(lang, "PK Guru BK/konselor", "PK Guru, guidance counsellor (BK)")
        }
    }
}

/// Column headers of the score table: No, Kompetensi, Skor, Maks, %, Nilai.
pub fn table_headers(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Id => ["No", "Kompetensi", "Skor", "Maks", "%", "Nilai"],
        Lang::En => ["No", "Competency", "Score", "Max", "%", "Value"],
    }
}

macro_rules! label {
    ($($(#[$doc:meta])* $name:ident => $id:literal, $en:literal;)*) => {
        $( $(#[$doc])* pub fn $name(lang: Lang) -> &'static str { super::pick(lang, $id, $en) } )*
    };
}

label! {
    /// "Golongan".
    label_golongan => "golongan", "golongan";
    /// The identity rows' competency cell in templates.
    label_identity => "Identitas", "Identity";
    /// Nilai PKG total.
    label_total => "Nilai PKG (jumlah nilai kompetensi)", "Nilai PKG (sum of competency values)";
    /// 100 scale.
    label_score_100 => "Nilai PKG (skala 100)", "Nilai PKG (100 scale)";
    label_predikat => "Predikat (persentase angka kredit)", "Predikat (credit percentage)";
    label_notes => "Catatan", "Notes";
    label_ak_pembelajaran => "AK pembelajaran", "AK pembelajaran (teaching)";
    label_ak_pembimbingan => "AK pembimbingan", "AK pembimbingan (counselling)";
    label_blend => "Gabungan", "Blend";
    label_exact => "tepat", "exactly";
    label_ak_per_year => "Angka kredit per tahun", "Angka kredit per year";
}

msg!(label_ak_tambahan(kind: &str, nilai: &str, predikat: &str) =>
    "AK tugas tambahan {kind} (nilai {nilai} → {predikat})",
    "AK tugas tambahan {kind} (score {nilai} → {predikat})");
/// A task that does not reduce hours, as a share of the AK of the instrument's own work
/// (pembelajaran for guru kelas, pembimbingan for guru BK).
pub fn label_tugas_lain(
    lang: Lang,
    tugas: crate::core::tugas::TugasLain,
    pct: i64,
    jenis: crate::core::instrument::Jenis,
) -> String {
    use crate::core::instrument::Jenis;
    let name = tugas_lain_name(lang, tugas);
    match (lang, jenis) {
        (Lang::Id, Jenis::Kelas) => format!("{name} (+{pct} % AK pembelajaran)"),
        (Lang::Id, Jenis::Bk) => format!("{name} (+{pct} % AK pembimbingan)"),
        (Lang::En, Jenis::Kelas) => format!("{name} (+{pct} % of AK pembelajaran)"),
        (Lang::En, Jenis::Bk) => format!("{name} (+{pct} % of AK pembimbingan)"),
    }
}

/// A tugas tambahan lain in words, as the regulation names it (Permendiknas 35/2010
/// lampiran), for forms and working lines (codes are for sheets and exports).
pub fn tugas_lain_name(lang: Lang, tugas: crate::core::tugas::TugasLain) -> &'static str {
    use crate::core::tugas::TugasLain as T;
    match (lang, tugas) {
        (Lang::Id, T::WaliKelas) => "Wali kelas",
        (Lang::Id, T::TimKurikulum) => "Tim pengembang kurikulum",
        (Lang::Id, T::PembimbingGuruPemula) => "Pembimbing guru pemula",
        (Lang::Id, T::PembinaEkstrakurikuler) => "Pembina ekstrakurikuler",
        (Lang::Id, T::PengawasPenilaian) => "Pengawas penilaian dan evaluasi",
        (Lang::Id, T::PembimbingPublikasi) => "Pembimbing penyusunan publikasi ilmiah",
        (Lang::Id, T::Sementara) => "Tugas sementara",
        (Lang::En, T::WaliKelas) => "Homeroom teacher",
        (Lang::En, T::TimKurikulum) => "Curriculum development team",
        (Lang::En, T::PembimbingGuruPemula) => "Mentor of a new teacher",
        (Lang::En, T::PembinaEkstrakurikuler) => "Extracurricular supervisor",
        (Lang::En, T::PengawasPenilaian) => "Assessment and evaluation supervisor",
        (Lang::En, T::PembimbingPublikasi) => "Mentor for scientific publications",
        (Lang::En, T::Sementara) => "Temporary task",
    }
}
msg!(label_ak_period(months: i64) =>
    "Angka kredit untuk {months} bulan",
    "Angka kredit for {months} months");
msg!(credit_title(from: &str, to: &str) =>
    "Angka kredit (Permenneg PAN-RB 16/2009), {from} → {to}",
    "Angka kredit (Permenneg PAN-RB 16/2009), {from} → {to}");
msg!(credit2023_title(jenjang: &str, predikat: &str, pct: i64) =>
    "Angka kredit (PermenPAN-RB 1/2023), {jenjang}, predikat kinerja {predikat} ({pct} %)",
    "Angka kredit (PermenPAN-RB 1/2023), {jenjang}, performance rating {predikat} ({pct} %)");
msg!(basis_nilai(nilai: &str, predikat: &str, pct: u32) =>
    "Nilai PKG {nilai} → {predikat} ({pct} %)",
    "Nilai PKG {nilai} → {predikat} ({pct} %)");
msg!(basis_total(total: u32, max: u32, nilai: &str, predikat: &str, pct: u32) =>
    "Nilai PKG {total}/{max} × 100 = {nilai} → {predikat} ({pct} %)",
    "Nilai PKG {total}/{max} × 100 = {nilai} → {predikat} ({pct} %)");
msg!(basis_predikat(predikat: &str, pct: u32) =>
    "Predikat {predikat} ({pct} %)",
    "Predikat {predikat} ({pct} %)");
// `part` is pembelajaran for a guru kelas/mapel, pembimbingan for a guru BK, with its AK
// (`pembelajaran 42`).
msg!(promotion_summary(from: &str, to: &str, akk: &str, akpkb: &str, akp: &str, part: &str) =>
    "Kenaikan pangkat {from} → {to}: AKK {akk} = PKB {akpkb} + penunjang {akp} + {part}.",
    "Promotion {from} → {to}: AKK {akk} = PKB {akpkb} + penunjang {akp} + {part}.");
msg!(promotion_earned(pkb: &str, penunjang: &str, part: &str, needed: &str) =>
    "Dengan PKB {pkb} dan penunjang {penunjang} yang dihitung (penunjang paling banyak 10 % AKK), {part} perlu {needed}.",
    "With PKB {pkb} and penunjang {penunjang} counted (penunjang at most 10 % of AKK), {part} needs {needed}.");
msg!(promotion_rate(over: &str, needed: &str, years_exact: &str, years: i64) =>
    "Dalam 4 tahun terkumpul {over} dari {needed} yang diperlukan; pada laju ini perlu {years_exact} tahun, yaitu {years} kali penilaian tahunan.",
    "Over 4 years this earns {over} of the {needed} needed; at this rate it takes {years_exact} years, that is {years} annual assessments.");
msg!(path_2023_pangkat(ak: i64, years: &str, whole: i64) =>
    "Kenaikan pangkat dalam jenjang perlu {ak} AK: {years} tahun pada laju ini ({whole} tahun penilaian).",
    "Promotion within the jenjang needs {ak} AK: {years} years at this rate ({whole} assessment years).");
msg!(path_2023_jenjang(ak: i64, years: &str, whole: i64) =>
    "Kenaikan jenjang perlu {ak} AK: {years} tahun pada laju ini ({whole} tahun penilaian).",
    "Promotion to the next jenjang needs {ak} AK: {years} years at this rate ({whole} assessment years).");
msg!(path_2023_top() =>
    "Ahli Utama adalah jenjang tertinggi: tidak ada kenaikan jenjang.",
    "Ahli Utama is the top jenjang: there is no next jenjang.");

/// What to write in each identity row of a template.
pub fn field_hint(lang: Lang, f: crate::core::teacher::Field) -> String {
    use crate::core::teacher::Field as F;
    let (id, en) = match f {
        F::Nama => ("Nama guru", "Teacher's name"),
        F::Nip => (
            "NIP (18 digit; di Excel format sel sebagai Teks)",
            "NIP (18 digits; in Excel format the cell as Text)",
        ),
        F::Sekolah => ("Nama sekolah/madrasah (boleh kosong)", "School name (optional)"),
        F::Jenis => (
            "kelas (guru kelas/mapel) atau bk (guru BK/konselor)",
            "kelas (classroom/subject) or bk (guidance counsellor)",
        ),
        F::Golongan => (
            "Golongan/ruang, mis. III/c (kosongkan bila bukan PNS)",
            "Golongan/ruang, e.g. III/c (blank if not a civil servant)",
        ),
        F::Jam => (
            "Jam tatap muka per minggu (guru kelas/mapel)",
            "Teaching hours per week (classroom/subject teacher)",
        ),
        F::Konseli => ("Jumlah konseli per tahun (guru BK)", "Counselees per year (BK teacher)"),
        F::TugasTambahan => {
            let list = comma_list(TugasTambahan::codes());
            return match lang {
                Lang::Id => format!("Tugas tambahan yang mengurangi jam: {list} (boleh kosong)"),
                Lang::En => format!("Additional duty reducing hours: {list} (optional)"),
            };
        }
        F::NilaiTambahan => (
            "Nilai PK tugas tambahan: skala 100 (85,5) atau total/maks (20/24)",
            "PK score of the additional duty: 100 scale (85.5) or total/max (20/24)",
        ),
        F::TugasLain => {
            let list = comma_list(TugasLain::codes());
            return match lang {
                Lang::Id => format!("Tugas lain, pisahkan dengan koma: {list}"),
                Lang::En => format!("Other duties, comma-separated: {list}"),
            };
        }
        F::AkPkb => (
            "AK PKB yang sudah diperoleh menuju pangkat berikutnya (boleh kosong)",
            "PKB credit already earned toward the next rank (optional)",
        ),
        F::AkPenunjang => {
            ("AK penunjang yang sudah diperoleh (boleh kosong)", "Penunjang credit already earned (optional)")
        }
        F::Nuptk => ("NUPTK (16 digit; boleh kosong)", "NUPTK (16 digits; optional)"),
        F::Mapel => ("Mata pelajaran yang diampu (boleh kosong)", "Subject taught (optional)"),
        F::Periode => ("Periode penilaian, mis. 2026 atau 2026-1", "Appraisal period, e.g. 2026 or 2026-1"),
        F::Penilai => ("Nama guru penilai", "Name of the assessing teacher"),
        F::NipPenilai => ("NIP guru penilai", "NIP of the assessing teacher"),
        F::KepalaSekolah => ("Nama kepala sekolah/madrasah", "Name of the principal"),
        F::NipKepalaSekolah => ("NIP kepala sekolah/madrasah", "NIP of the principal"),
        F::Tempat => ("Tempat penilaian (kota), untuk tanda tangan", "Place (town), for the signatures"),
        F::Tanggal => ("Tanggal penilaian, mis. 2026-11-27", "Date of the appraisal, e.g. 2026-11-27"),
        F::Pengawas => (
            "Pengawas sekolah, penilai kepala sekolah (hanya lembar kepala sekolah)",
            "School supervisor, who assesses a principal (principal's sheet only)",
        ),
        F::NipPengawas => ("NIP pengawas sekolah", "NIP of the school supervisor"),
        F::Mengetahui => (
            "Yang mengetahui, mis. kepala sekolah negeri yang ditunjuk Dinas bagi guru PNS di sekolah swasta (boleh kosong)",
            "Who acknowledges, e.g. the state-school principal the Dinas appoints for a PNS teacher at a private school (optional)",
        ),
        F::NipMengetahui => ("NIP yang mengetahui", "NIP of who acknowledges"),
        F::JabatanMengetahui => (
            "Jabatan yang mengetahui, mis. Kepala SMP Negeri 2 Cianjur",
            "Position of who acknowledges, e.g. Kepala SMP Negeri 2 Cianjur",
        ),
        F::ClaimedTotal | F::ClaimedNilai | F::ClaimedPredikat | F::ClaimedAk => {
            ("Hasil yang diketik (diperiksa pkguru check)", "Typed-in result (audited by pkguru check)")
        }
    };
    super::pick(lang, id, en).to_string()
}

// ---- notes --------------------------------------------------------------------------------

/// A value in a gap of the predikat table: what each convention gives.
pub fn note_band_gap(
    lang: Lang,
    value: crate::core::exact::Exact,
    all: &[(crate::core::predikat::Bands, crate::core::predikat::Predikat); 3],
    used: crate::core::predikat::Bands,
) -> String {
    let v = crate::core::exact::fixed(value, 2, lang.decimal_sep());
    let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>().join(", ");
    match lang {
        Lang::Id => format!(
            "Nilai {v} berada di celah tabel predikat dan konvensinya berbeda: {list}; dipakai: {} (ubah dengan --bands).",
            used.code()
        ),
        Lang::En => format!(
            "The value {v} lies in a gap of the predikat table and the conventions disagree: {list}; used: {} (change with --bands).",
            used.code()
        ),
    }
}

/// JM above the upper bound, counted as 1.
pub fn note_jm_capped(
    lang: Lang,
    jenis: crate::core::instrument::Jenis,
    jm: crate::core::exact::Exact,
    upper: i64,
) -> String {
    let v = crate::core::exact::human(jm, 2, lang.decimal_sep());
    match (lang, jenis) {
        (Lang::Id, crate::core::instrument::Jenis::Kelas) => {
            format!("JM {v} jam melebihi {upper} jam per minggu; JM/JWM dihitung 1.")
        }
        (Lang::Id, crate::core::instrument::Jenis::Bk) => {
            format!("JM {v} konseli melebihi {upper} konseli per tahun; JM/JWM dihitung 1.")
        }
        (Lang::En, crate::core::instrument::Jenis::Kelas) => {
            format!("JM {v} hours exceeds {upper} hours a week; JM/JWM counts as 1.")
        }
        (Lang::En, crate::core::instrument::Jenis::Bk) => {
            format!("JM {v} counselees exceeds {upper} a year; JM/JWM counts as 1.")
        }
    }
}

/// Hours not given to `credit`: JM = JWM assumed.
pub fn note_jm_assumed(lang: Lang, jenis: crate::core::instrument::Jenis, jwm: i64) -> String {
    match (lang, jenis) {
        (Lang::Id, crate::core::instrument::Jenis::Kelas) => format!(
            "Jam mengajar tidak diberikan; dianggap memenuhi JWM ({jwm} jam). Beri --jam untuk menghitungnya."
        ),
        (Lang::Id, crate::core::instrument::Jenis::Bk) => format!(
            "Jumlah konseli tidak diberikan; dianggap memenuhi JWM ({jwm} konseli). Beri --konseli untuk menghitungnya."
        ),
        (Lang::En, crate::core::instrument::Jenis::Kelas) => {
            format!("Teaching hours not given; taken to meet the JWM ({jwm} hours). Pass --jam to use them.")
        }
        (Lang::En, crate::core::instrument::Jenis::Bk) => {
            format!("Counselees not given; taken to meet the JWM ({jwm}). Pass --konseli to use them.")
        }
    }
}

msg!(note_golongan_ii() =>
    "Tabel AKK golongan II berasal dari tabel Tim Penilai (AKPKB 0); satu tabel terbitan lain memakai 3. Periksa dengan tim penilai.",
    "The golongan II AKK rows come from a Tim Penilai table (AKPKB 0); one other published table uses 3. Check with the assessment team.");
msg!(note_no_golongan() =>
    "Golongan tidak diisi; angka kredit tidak dihitung (isi golongan di lembar atau beri --golongan).",
    "No golongan given; angka kredit not computed (fill in golongan on the sheet or pass --golongan).");

/// Golongan given but not the hours.
pub fn note_missing_jm(lang: Lang, jenis: crate::core::instrument::Jenis) -> String {
    match (lang, jenis) {
        (Lang::Id, crate::core::instrument::Jenis::Kelas) => "Jam mengajar tidak diisi; angka kredit tidak dihitung (isi jam di lembar atau beri --jam).".into(),
        (Lang::Id, crate::core::instrument::Jenis::Bk) => "Jumlah konseli tidak diisi; angka kredit tidak dihitung (isi konseli di lembar atau beri --konseli).".into(),
        (Lang::En, crate::core::instrument::Jenis::Kelas) => "Teaching hours not given; angka kredit not computed (fill in jam on the sheet or pass --jam).".into(),
        (Lang::En, crate::core::instrument::Jenis::Bk) => "Counselees not given; angka kredit not computed (fill in konseli on the sheet or pass --konseli).".into(),
    }
}

/// A guru BK with jam (or a guru kelas with konseli): the measure of the other instrument.
pub fn note_jm_of_other_jenis(lang: Lang, jenis: crate::core::instrument::Jenis) -> String {
    match (lang, jenis) {
        (Lang::Id, crate::core::instrument::Jenis::Bk) => "Guru BK dihitung dengan jumlah konseli per tahun, bukan jam; isian jam tidak dipakai dan angka kredit tidak dihitung (isi konseli).".into(),
        (Lang::Id, crate::core::instrument::Jenis::Kelas) => "Guru kelas/mapel dihitung dengan jam tatap muka, bukan konseli; isian konseli tidak dipakai dan angka kredit tidak dihitung (isi jam).".into(),
        (Lang::En, crate::core::instrument::Jenis::Bk) => "A BK teacher is counted by counselees per year, not hours; the jam given is not used and no angka kredit is computed (fill in konseli).".into(),
        (Lang::En, crate::core::instrument::Jenis::Kelas) => "A classroom teacher is counted by teaching hours, not counselees; the konseli given is not used and no angka kredit is computed (fill in jam).".into(),
    }
}

/// PKB earned is below the minimum for the next pangkat.
pub fn note_pkb_short(
    lang: Lang,
    short: crate::core::exact::Exact,
    min: crate::core::exact::Exact,
) -> String {
    let s = crate::core::exact::ak_text(short, lang.decimal_sep());
    // The minimum is the regulation's constant, written as it writes it.
    let m = crate::core::exact::human(min, 3, lang.decimal_sep());
    match lang {
        Lang::Id => format!("AK PKB masih kurang {s} dari minimum {m} untuk pangkat berikutnya."),
        Lang::En => {
            format!("PKB credit is still {s} short of the {m} minimum for the next pangkat.")
        }
    }
}

// ---- batch and check ----------------------------------------------------------------------

msg!(err_unreadable_dir() => "direktori tidak dapat dibaca", "the directory cannot be read");
msg!(err_interrupted() =>
    "dibatalkan; tidak ada rekap yang ditulis",
    "interrupted; no rekap was written");
msg!(err_output_is_input(path: &str) =>
    "{path} juga merupakan masukan; pilih berkas keluaran lain (masukan tidak pernah ditimpa)",
    "{path} is also an input; choose another output file (inputs are never overwritten)");
msg!(err_output_is_ledger(path: &str) =>
    "{path} adalah basis data riwayat; pilih berkas keluaran lain (basis data tidak pernah ditimpa, juga dengan --timpa)",
    "{path} is a riwayat database; choose another output file (a database is never overwritten, not even with --force)");
msg!(err_output_exists(path: &str) =>
    "{path} sudah ada dan bukan keluaran pkguru sejenis; pilih berkas lain, atau beri --timpa untuk menggantinya",
    "{path} exists and is not a pkguru output of this kind; choose another file, or give --force to replace it");
msg!(err_output_is_dir(path: &str) =>
    "{path} adalah direktori; beri nama berkas keluaran (mis. {path}/rekap.csv)",
    "{path} is a directory; give an output file name (e.g. {path}/rekap.csv)");
msg!(err_stdout_closed() =>
    "keluaran standar tertutup; hasil tidak dapat ditulis (beri -o BERKAS atau jangan tutup keluaran standar)",
    "standard output is closed; the result cannot be written (give -o FILE or keep standard output open)");
msg!(err_errors_is_output(path: &str) =>
    "--errors {path} sama dengan berkas rekap; pilih berkas lain",
    "--errors {path} is the rekap file itself; choose another file");
msg!(err_format_extension(format: &str, ext: &str) =>
    "--format {format} tidak cocok dengan berkas keluaran .{ext}; hapus --format atau ganti nama berkas",
    "--format {format} does not match the output file .{ext}; drop --format or rename the file");
msg!(err_jobs_zero() => "--jobs harus paling sedikit 1", "--jobs must be at least 1");
msg!(err_xlsx_too_many(max: usize) =>
    "rekap melebihi {max} baris, batas Excel; gunakan --format csv",
    "the rekap exceeds {max} rows, Excel's limit; use --format csv");
msg!(err_xlsx_rows(max: usize) =>
    "lembar kerja melebihi {max} baris, batas Excel; gunakan --format csv",
    "the worksheet exceeds {max} rows, Excel's limit; use --format csv");
msg!(err_xlsx_write() => "workbook tidak dapat dibuat", "cannot build the workbook");
msg!(audit_mismatch(field: &str, claimed: &str, computed: &str) =>
    "{field} tertulis {claimed}, hasil hitung {computed}",
    "{field} typed as {claimed}, computed {computed}");

/// Angka kredit typed in a sheet that lacks what the formula needs.
pub fn audit_not_computable(lang: Lang) -> &'static str {
    super::pick(
        lang,
        "tidak dapat dihitung (golongan atau jam/konseli tidak diisi)",
        "not computable (golongan or jam/konseli missing)",
    )
}

/// A count with thousands separators: `3.400.000` (id), `3,400,000` (en).
pub fn count(lang: Lang, n: u64) -> String {
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// The summary `batch` prints to standard error: teachers per predikat (Amat Baik first), those
/// scored with fields left empty, those not yet assessed (listed without results), failures.
pub fn batch_summary(
    lang: Lang,
    per_predikat: &[u64; 5],
    failed: u64,
    warned: u64,
    unassessed: u64,
) -> String {
    let per: Vec<String> = crate::core::predikat::Predikat::ALL
        .iter()
        .zip(per_predikat)
        .map(|(p, n)| format!("{} {}", p.name(), count(lang, *n)))
        .collect();
    let per = per.join(", ");
    let (n, f, w, u) = (
        count(lang, per_predikat.iter().sum()),
        count(lang, failed),
        count(lang, warned),
        count(lang, unassessed),
    );
    let id = lang == Lang::Id;
    let mut out = if id {
        format!("Rekap: {n} guru dinilai ({per})")
    } else {
        format!("Rekap: {n} teachers scored ({per})")
    };
    if warned > 0 {
        out += &if id {
            format!(", {w} dengan isian yang dikosongkan")
        } else {
            format!(", {w} with fields left empty")
        };
    }
    if unassessed > 0 {
        out += &if id { format!(", {u} belum dinilai") } else { format!(", {u} not yet assessed") };
    }
    out + &if id { format!("; {f} gagal.") } else { format!("; {f} failed.") }
}

msg!(tip_rekap_for_people() =>
    "tip: untuk dibuka di Excel/LibreOffice, tulis -o rekap.xlsx (atau --csv-dialect id untuk Excel berbahasa Indonesia); CSV standar ini untuk program lain",
    "tip: to open it in Excel/LibreOffice, write -o rekap.xlsx (or --csv-dialect id for Excel set to Indonesian); this standard CSV is for other programs");

/// The summary line of `check`: inputs, teachers scored, failed and audited.
pub fn check_summary(lang: Lang, inputs: usize, scored: u64, failed: u64, audited: u64) -> String {
    let (n, f, a) = (count(lang, scored), count(lang, failed), count(lang, audited));
    let inputs = count(lang, inputs as u64);
    match (lang, failed) {
        (Lang::Id, 0) => format!(
            "Sah: {inputs} masukan, {n} guru, {a} dengan hasil tertulis diperiksa; tidak ada masalah."
        ),
        (Lang::En, 0) => {
            format!("Valid: {inputs} inputs, {n} teachers, {a} with typed-in results audited; no problems.")
        }
        (Lang::Id, _) => {
            format!("Tidak sah: {inputs} masukan, {n} guru dinilai, {f} guru/lembar bermasalah.")
        }
        (Lang::En, _) => {
            format!("Invalid: {inputs} inputs, {n} teachers scored, {f} teachers/sheets with problems.")
        }
    }
}

// ---- workbooks ----------------------------------------------------------------------------

msg!(err_workbook(detail: &str) =>
    "workbook tidak dapat dibaca: {detail}",
    "cannot read the workbook: {detail}");
msg!(err_workbook_too_large(cells: usize, dense: usize) =>
    "workbook terlalu besar untuk lembar PK Guru (paling banyak {cells} sel berisi; .ods dan .xls paling banyak {dense} sel dalam satu lembar kerja); simpan sebagai CSV",
    "the workbook is too large for a PK Guru sheet (at most {cells} filled cells; .ods and .xls at most {dense} cells in one worksheet); save it as CSV");
msg!(err_workbook_crashed(detail: &str) =>
    "pembaca workbook berhenti pada berkas ini (berkas rusak?): {detail}; buka dan simpan ulang di Excel/LibreOffice, atau simpan sebagai .xlsx atau CSV",
    "the workbook reader stopped on this file (damaged?): {detail}; open and save it again in Excel/LibreOffice, or save it as .xlsx or CSV");
msg!(err_workbook_empty() => "workbook tidak punya lembar kerja", "the workbook has no worksheets");
msg!(err_no_such_sheet(name: &str, names: &str) =>
    "lembar kerja {name:?} tidak ada; yang ada: {names}",
    "no worksheet {name:?}; there are: {names}");
msg!(err_sheet_empty(name: &str) => "lembar kerja {name:?} kosong", "worksheet {name:?} is empty");
msg!(err_many_sheets(n: usize, names: &str) =>
    "workbook berisi {n} lembar nilai ({names}); pkguru score menilai satu: pilih dengan --sheet NAMA, atau gunakan pkguru batch",
    "the workbook holds {n} score sheets ({names}); pkguru score scores one: pick it with --sheet NAME, or use pkguru batch");
msg!(err_own_rekap() =>
    "ini rekap yang ditulis pkguru (hasil, bukan skor); berikan lembar nilainya",
    "this is a rekap written by pkguru (results, not scores); give the score sheets instead");
msg!(err_competency_value(value: &str, max: u8) =>
    "nilai kompetensi '{value}' bukan bilangan bulat 1–{max} (skala diatur dengan --skala)",
    "competency value '{value}' is not a whole number 1–{max} (the scale is set with --skala)");
msg!(err_competency_count(n: usize) =>
    "{n} nilai kompetensi terisi; instrumen kelas punya 14 dan BK 17 (k1, k2, … berurutan)",
    "{n} competency values filled in; the kelas instrument has 14 and BK 17 (k1, k2, … in order)");
msg!(note_own_rekap_skipped() =>
    "dilewati: rekap yang ditulis pkguru, bukan lembar nilai",
    "skipped: a rekap written by pkguru, not a score sheet");
msg!(note_own_ranking_skipped() =>
    "dilewati: peringkat yang ditulis pkguru rank, bukan lembar nilai",
    "skipped: a ranking written by pkguru rank, not a score sheet");
msg!(note_own_errors_skipped() =>
    "dilewati: daftar kegagalan yang ditulis pkguru (--errors), bukan lembar nilai",
    "skipped: a list of failures written by pkguru (--errors), not a score sheet");
msg!(note_sheets_skipped(names: &str) =>
    "lembar kerja dilewati (bukan lembar nilai): {names}",
    "worksheets skipped (not score sheets): {names}");
msg!(note_sheets_are(names: &str) =>
    "tidak ada lembar nilai di workbook ini; lembar kerjanya: {names} (pilih dengan --sheet NAMA)",
    "no score sheet in this workbook; its worksheets: {names} (pick one with --sheet NAME)");

label! {
    xlsx_sheet_name => "Lembar PKG", "PKG sheet";
    xlsx_summary_name => "Ringkasan", "Summary";
    xlsx_score_title => "Skor indikator", "Indicator score";
    xlsx_score_message => "0 = tidak ada bukti, 1 = terpenuhi sebagian, 2 = seluruhnya terpenuhi", "0 = no evidence, 1 = partly met, 2 = fully met";
    xlsx_score_error => "Skor harus 0, 1 atau 2.", "The score must be 0, 1 or 2.";
    label_predikat_short => "Predikat", "Predikat";
    label_teachers => "Guru", "Teachers";
    label_total_teachers => "Jumlah guru dinilai", "Teachers scored";
    label_failed => "Gagal", "Failed";
}

/// The instruction block above a workbook template's table.
pub fn xlsx_instructions(lang: Lang, wide: bool) -> Vec<String> {
    let lines: [&str; 4] = match (lang, wide) {
        (Lang::Id, false) => [
            "Lembar PK Guru — isi kolom skor (D) lalu simpan sebagai .xlsx; nilai dengan: pkguru score BERKAS.xlsx",
            "Skor indikator: 0 = tidak ada bukti, 1 = terpenuhi sebagian, 2 = seluruhnya terpenuhi (pilih dari daftar).",
            "Baris identitas: isi nama, NIP (sel berformat Teks), golongan, jam/konseli; tugas tambahan boleh kosong.",
            "Jangan mengubah kolom id dan baris header; baris di atas header diabaikan pkguru.",
        ],
        (Lang::Id, true) => [
            "Rekap PK Guru — satu baris per guru; nilai semua dengan: pkguru batch BERKAS.xlsx -o rekap.xlsx",
            "Kolom 1.1, 1.2, …: skor indikator 0, 1 atau 2 (pilih dari daftar). Kolom jenis: kelas atau bk.",
            "NIP disimpan sebagai Teks; golongan seperti III/c; jam untuk guru kelas, konseli untuk guru BK.",
            "Jangan mengubah baris header; baris di atas header diabaikan pkguru.",
        ],
        (Lang::En, false) => [
            "PK Guru sheet — fill in the skor column (D) and save as .xlsx; score with: pkguru score FILE.xlsx",
            "Indicator score: 0 = no evidence, 1 = partly met, 2 = fully met (pick from the list).",
            "Identity rows: name, NIP (a Text cell), golongan, jam/konseli; additional duties are optional.",
            "Do not change the id column or the header row; rows above the header are ignored by pkguru.",
        ],
        (Lang::En, true) => [
            "PK Guru rekap — one row per teacher; score them all with: pkguru batch FILE.xlsx -o rekap.xlsx",
            "Columns 1.1, 1.2, …: indicator score 0, 1 or 2 (pick from the list). Column jenis: kelas or bk.",
            "NIP is stored as Text; golongan like III/c; jam for classroom teachers, konseli for BK teachers.",
            "Do not change the header row; rows above the header are ignored by pkguru.",
        ],
    };
    lines.iter().map(|s| s.to_string()).collect()
}
