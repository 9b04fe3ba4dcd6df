//! Message texts: errors, notes and labels, Indonesian first, English second.

use crate::core::tugas::{TugasLain, TugasTambahan};

use super::Lang;

// ---- numbers and fields -------------------------------------------------------------------

msg!(err_not_a_number(text: &str) =>
    "{text:?} bukan angka (contoh: 24 atau 69,64)",
    "{text:?} is not a number (e.g. 24 or 69.64)");
msg!(err_field_number(key: &str, text: &str) =>
    "{key} harus angka tidak negatif, bukan {text:?}",
    "{key} must be a non-negative number, not {text:?}");
msg!(err_field_positive(key: &str, text: &str) =>
    "{key} harus lebih dari 0, bukan {text:?}",
    "{key} must be greater than 0, not {text:?}");
msg!(err_field_precise(key: &str, text: &str, decimals: u32) =>
    "{key} {text:?} terlalu rinci; paling banyak {decimals} angka di belakang koma",
    "{key} {text:?} is too precise; at most {decimals} decimal places");
msg!(err_field_large(key: &str, text: &str, max: i64) =>
    "{key} {text:?} terlalu besar; paling banyak {max}",
    "{key} {text:?} is too large; at most {max}");
msg!(err_field_jenis(text: &str) =>
    "jenis {text:?} tidak dikenal; isi kelas (guru kelas/mata pelajaran) atau bk (guru BK/konselor)",
    "unknown jenis {text:?}; use kelas (classroom/subject teacher) or bk (guidance counsellor)");
msg!(hint_did_you_mean(g: &str) => "mungkin maksudnya {g}?", "did you mean {g}?");
msg!(err_golongan_no_ruang(text: &str, roman: &str) =>
    "golongan {text:?} tanpa ruang; tulis {roman}/a, {roman}/b, …, atau PPPK {roman} untuk guru PPPK",
    "golongan {text:?} has no ruang; write {roman}/a, {roman}/b, …, or PPPK {roman} for a PPPK teacher");
msg!(err_golongan_mismatch(pangkat: &str, of_pangkat: &str, written: &str) =>
    "pangkat {pangkat} adalah golongan {of_pangkat}, tetapi tertulis {written}; periksa SK",
    "the pangkat {pangkat} is golongan {of_pangkat}, but {written} is written; check the SK");
msg!(note_pppk(roman: &str) =>
    "Guru PPPK golongan {roman}: rumus angka kredit 2009 tidak berlaku untuk PPPK; hitung dengan pkguru credit --regime 2023 --jenjang … --predikat ….",
    "PPPK teacher, golongan {roman}: the 2009 angka kredit formula does not apply to PPPK; use pkguru credit --regime 2023 --jenjang … --predikat ….");
msg!(err_golongan(text: &str, valid: &str) =>
    "golongan {text:?} tidak dikenal; yang sah: {valid}",
    "unknown golongan {text:?}; valid: {valid}");
/// An unknown tugas tambahan, with the valid codes from the rule table.
pub fn err_field_tugas_tambahan(lang: Lang, text: &str) -> String {
    let list = listed(TugasTambahan::codes(), super::pick(lang, "atau", "or"));
    match lang {
        Lang::Id => format!("tugas tambahan {text:?} tidak dikenal; isi {list}"),
        Lang::En => format!("unknown tugas tambahan {text:?}; use {list}"),
    }
}
msg!(err_field_nilai_tambahan(text: &str) =>
    "nilai tugas tambahan {text:?} tidak sah; isi nilai skala 100 (mis. 85,5) atau total/maksimum (mis. 20/24), paling tinggi 100",
    "invalid tugas tambahan value {text:?}; give the 100-scale value (e.g. 85.5) or total/maximum (e.g. 20/24), at most 100");
/// An unknown non-reducing task, with the valid codes from the rule table.
pub fn err_field_tugas_lain(lang: Lang, text: &str) -> String {
    let list = comma_list(TugasLain::codes());
    match lang {
        Lang::Id => format!("tugas {text:?} tidak dikenal; yang dikenal: {list}"),
        Lang::En => format!("unknown task {text:?}; known: {list}"),
    }
}

/// `a, b, c`.
pub fn comma_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

/// `a, b, c atau d` (`last` is the word before the last item).
pub fn listed<'a>(items: impl Iterator<Item = &'a str>, last: &str) -> String {
    let items: Vec<&str> = items.collect();
    match items.split_last() {
        Some((tail, head)) if !head.is_empty() => format!("{} {last} {tail}", head.join(", ")),
        Some((tail, _)) => tail.to_string(),
        None => String::new(),
    }
}
msg!(err_field_predikat(text: &str) =>
    "predikat {text:?} tidak dikenal; isi Amat Baik, Baik, Cukup, Sedang atau Kurang",
    "unknown predikat {text:?}; use Amat Baik, Baik, Cukup, Sedang or Kurang");
msg!(err_nip_excel(text: &str) =>
    "NIP {text:?} sudah dirusak Excel (diubah menjadi angka, digit terakhir hilang); format kolom NIP sebagai Teks lalu ketik ulang NIP-nya",
    "NIP {text:?} was mangled by Excel (turned into a number, its last digits are lost); format the NIP column as Text and type the NIP again");
msg!(warn_nip_length(text: &str, digits: usize, want: usize) =>
    "NIP {text:?} berisi {digits} digit, seharusnya {want}: periksa lagi; formulir mengosongkan NIP ini di baris tanda tangan",
    "NIP {text:?} has {digits} digits where it needs {want}: check it; printed forms leave this NIP blank on the signature line");
msg!(warn_nip_decode(text: &str) =>
    "NIP {text:?} tidak bermakna: 8 digit pertama harus tanggal lahir, 6 berikutnya tahun dan bulan TMT, digit ke-15 jenis kelamin (1/2); formulir mengosongkan NIP ini di baris tanda tangan",
    "NIP {text:?} does not decode: the first 8 digits must be a birth date, the next 6 the TMT year and month, digit 15 the sex (1/2); printed forms leave this NIP blank on the signature line");
msg!(warn_field_date(text: &str) =>
    "tanggal {text:?} bukan tanggal yang ada (contoh: 12 Maret 2026 atau 12/03/2026); formulir mengosongkan tanggalnya",
    "tanggal {text:?} is not a date that exists (e.g. 12 March 2026 or 12/03/2026); printed forms leave the date blank");
msg!(warn_field_periode(text: &str) =>
    "periode {text:?} bukan periode penilaian (tahun 2026, atau semester 2026-1 / 2026-2)",
    "periode {text:?} is not an appraisal period (a year 2026, or a semester 2026-1 / 2026-2)");
msg!(err_nip_digits(text: &str) =>
    "NIP {text:?} harus berisi angka saja (18 digit)",
    "NIP {text:?} must contain digits only (18 digits)");

// ---- files and encodings ------------------------------------------------------------------

msg!(err_empty_file() => "berkas kosong", "the file is empty");
msg!(err_binary() =>
    "ini bukan berkas teks CSV/JSON (berkas biner); simpan lembar sebagai CSV UTF-8",
    "this is not a CSV/JSON text file (binary file); save the sheet as CSV UTF-8");
msg!(err_utf16() =>
    "berkas ber-encoding UTF-16; di Excel pilih Simpan Sebagai → \"CSV UTF-8 (dipisahkan koma)\"",
    "the file is UTF-16 encoded; in Excel choose Save As → \"CSV UTF-8 (Comma delimited)\"");
msg!(err_encoding(byte: u8) =>
    "bukan teks UTF-8 (byte 0x{byte:02X}; kemungkinan Windows-1252/ANSI); di Excel pilih Simpan Sebagai → \"CSV UTF-8 (dipisahkan koma)\", atau di LibreOffice centang \"Edit filter settings\" dan pilih Unicode (UTF-8)",
    "not UTF-8 text (byte 0x{byte:02X}; probably Windows-1252/ANSI); in Excel choose Save As → \"CSV UTF-8 (Comma delimited)\", or in LibreOffice tick \"Edit filter settings\" and pick Unicode (UTF-8)");
msg!(err_line_too_long(len: usize, max: usize) =>
    "baris terlalu panjang ({len} byte; paling banyak {max}); apakah ini benar lembar PK Guru?",
    "line too long ({len} bytes; at most {max}); is this really a PK Guru sheet?");
msg!(err_too_large(mib: u64) =>
    "berkas lebih dari {mib} MiB; lembar PK Guru tidak sebesar ini (berkas CSV lebar dibaca mengalir oleh pkguru batch)",
    "the file is over {mib} MiB; no PK Guru sheet is this large (wide CSV files are streamed by pkguru batch)");
msg!(err_nul_byte() =>
    "baris berisi byte NUL (0x00); berkas rusak atau biner, simpan ulang sebagai CSV UTF-8",
    "the row contains a NUL byte (0x00); the file is damaged or binary, save it again as CSV UTF-8");
msg!(err_csv(detail: &str) => "CSV tidak dapat dibaca: {detail}", "cannot read the CSV: {detail}");
msg!(err_cell_utf8() => "sel bukan teks UTF-8", "the cell is not UTF-8 text");
msg!(err_json(column: usize, detail: &str) =>
    "JSON tidak sah (kolom {column}): {detail}",
    "invalid JSON (column {column}): {detail}");
msg!(err_json_shape() =>
    "bentuk JSON tidak dikenal; harus objek dengan \"teacher\" dan \"indicators\": [{{\"id\": \"1.1\", \"score\": 2}}, …] (atau \"scores\": {{\"1.1\": 2}})",
    "unknown JSON shape; expected an object with \"teacher\" and \"indicators\": [{{\"id\": \"1.1\", \"score\": 2}}, …] (or \"scores\": {{\"1.1\": 2}})");
msg!(err_json_id(shown: &str) =>
    "ID indikator {shown} tidak sah; tulis seperti \"4.11\"",
    "invalid indicator ID {shown}; write it like \"4.11\"");
msg!(err_json_value(shown: &str) =>
    "nilai {shown} tidak sah; isi teks atau angka",
    "invalid value {shown}; give text or a number");

// ---- headers and layouts ------------------------------------------------------------------

msg!(err_no_header(first: &str) =>
    "baris pertama ({first}) berisi data, bukan header; tambahkan header id,kompetensi,uraian,skor (lihat pkguru template)",
    "the first line ({first}) is data, not a header; add the header id,kompetensi,uraian,skor (see pkguru template)");
msg!(err_no_score_column() =>
    "header tidak punya kolom skor; lembar satu guru memerlukan kolom id dan skor",
    "the header has no skor column; a one-teacher sheet needs the id and skor columns");
msg!(err_header_unknown(header: &str) =>
    "header tidak dikenali ({header}); lembar satu guru memerlukan kolom id dan skor, format lebar memerlukan kolom ID indikator seperti 1.1",
    "unrecognised header ({header}); a one-teacher sheet needs the id and skor columns, the wide layout needs indicator-ID columns such as 1.1");
msg!(err_column_duplicate() => "kolom ini muncul dua kali di header", "this column appears twice in the header");
msg!(err_column_not_indicator() =>
    "kolom ini bukan indikator instrumen mana pun",
    "this column is not an indicator of any instrument");
msg!(err_row_short(got: usize, want: usize) =>
    "baris hanya punya {got} kolom, header punya {want}",
    "the row has only {got} columns, the header has {want}");
msg!(err_row_long(got: usize, want: usize) =>
    "baris punya {got} kolom berisi, header hanya {want}",
    "the row has {got} filled columns, the header only {want}");
msg!(err_many_teachers(n: usize) =>
    "berkas berisi {n} guru; pkguru score menilai satu guru, gunakan pkguru batch untuk banyak guru",
    "the file holds {n} teachers; pkguru score scores one teacher, use pkguru batch for many");
msg!(err_no_teacher_rows() => "tidak ada baris guru di bawah header", "no teacher rows below the header");
/// Columns a layout does not read; with a hint on the codes understood when some look like
/// indicator codes.
pub fn note_columns_ignored(lang: Lang, names: &str, code_like: bool) -> String {
    match (lang, code_like) {
        (Lang::Id, false) => format!("kolom tidak dikenal, diabaikan: {names}"),
        (Lang::En, false) => format!("unknown columns, ignored: {names}"),
        (Lang::Id, true) => format!(
            "kolom tidak dikenal, diabaikan: {names} (kode indikator yang dikenal: 4.11, 04.11, 0411)"
        ),
        (Lang::En, true) => {
            format!("unknown columns, ignored: {names} (indicator codes understood: 4.11, 04.11, 0411)")
        }
    }
}
msg!(err_row_without_teacher() =>
    "baris tanpa guru: kolom kunci guru (nip, nuptk, nama, id_guru) kosong semua",
    "a row without a teacher: the teacher key columns (nip, nuptk, nama, id_guru) are all blank");
msg!(err_no_indicator_code() =>
    "baris tanpa kode indikator dan tanpa skor",
    "a row without an indicator code or score");
msg!(err_numbers_without_option(count: usize, first: u8) =>
    "kolom indikator berisi nomor biasa ({count} baris, mis. {first}), bukan kode seperti 4.11 atau 0411; bila itu nomor urut indikator 1–78 (BK 1–70) menurut instrumen, jalankan dengan --nomor-urut",
    "the indicator column holds plain numbers ({count} rows, e.g. {first}), not codes such as 4.11 or 0411; if they are sequential indicator numbers 1–78 (BK 1–70) in instrument order, run with --nomor-urut");
msg!(err_number_out_of_range(n: u8, jenis: &str, count: usize) =>
    "nomor urut {n} di luar instrumen {jenis} (1–{count})",
    "sequential number {n} is beyond the {jenis} instrument (1–{count})");
msg!(err_field_conflict(key: &str, value: &str, first: &str, first_line: u64) =>
    "{key} {value:?} berbeda dari {first:?} di baris {first_line} untuk guru yang sama",
    "{key} {value:?} differs from {first:?} on line {first_line} for the same teacher");
msg!(warn_signs_twice(nama: &str, first: &str, second: &str) =>
    "{nama:?} akan menandatangani dua kali, sebagai {first} dan sebagai {second}; periksa kolom penilai, kepala_sekolah, pengawas dan mengetahui",
    "{nama:?} would sign twice, as {first} and as {second}; check the columns penilai, kepala_sekolah, pengawas and mengetahui");
msg!(warn_no_pengawas() =>
    "kepala sekolah dinilai oleh pengawas sekolah (Permendiknas 35/2010); isi pengawas dan nip_pengawas, kolom tanda tangannya dibiarkan kosong",
    "a principal is assessed by the school supervisor (Permendiknas 35/2010); fill in pengawas and nip_pengawas, its signature is left blank");
msg!(warn_kepala_without_tugas() =>
    "guru ini kepala sekolah (sama dengan kepala_sekolah) tetapi tugas_tambahan kosong; isi kepala-sekolah agar angka kreditnya dihitung sebagai kepala sekolah",
    "this teacher is the principal (same as kepala_sekolah) but tugas_tambahan is empty; fill in kepala-sekolah so the angka kredit is worked out as a principal's");
msg!(err_kop(file: &str, detail: &str) =>
    "kop surat {file}: {detail}",
    "letterhead {file}: {detail}");
msg!(err_kop_lines(max: usize) =>
    "baris harus berisi 1 sampai {max} teks (mis. baris = [\"PEMERINTAH KABUPATEN CIANJUR\", \"SMP NEGERI 1 CIBEBER\"])",
    "baris must hold 1 to {max} texts (e.g. baris = [\"PEMERINTAH KABUPATEN CIANJUR\", \"SMP NEGERI 1 CIBEBER\"])");
msg!(err_kop_logo(file: &str, max_kb: usize) =>
    "logo {file} bukan gambar PNG, JPEG atau SVG sampai {max_kb} KB",
    "logo {file} is not a PNG, JPEG or SVG image of at most {max_kb} KB");
msg!(err_no_scores() => "tidak ada skor indikator di lembar ini", "this sheet has no indicator scores");

// ---- rows, indicators, scores -------------------------------------------------------------

/// A score cell that is not 0, 1 or 2; blank cells get their own wording.
pub fn err_score(lang: Lang, value: &str) -> String {
    let v = value.trim();
    match (lang, v.is_empty()) {
        (Lang::Id, true) => "skor kosong; isi 0, 1 atau 2".into(),
        (Lang::En, true) => "blank score; fill in 0, 1 or 2".into(),
        (Lang::Id, false) => format!("skor harus 0, 1 atau 2, bukan {v:?}"),
        (Lang::En, false) => format!("score must be 0, 1 or 2, not {v:?}"),
    }
}

msg!(err_value_without_id(value: &str) =>
    "ada isian {value:?} tanpa id",
    "value {value:?} has no id");
msg!(err_unknown_key(key: &str) =>
    "id {key:?} tidak dikenal; harus ID indikator (mis. 4.11) atau kolom identitas (nama, nip, jenis, golongan, jam, …)",
    "unknown id {key:?}; expected an indicator ID (e.g. 4.11) or an identity field (nama, nip, jenis, golongan, jam, …)");
msg!(err_field_duplicate(first: u64) =>
    "diisi dua kali (pertama di baris {first})",
    "given twice (first on line {first})");
msg!(err_id_other_instrument(id: &str, jenis: &str, other: &str) =>
    "indikator {id} tidak ada di instrumen {jenis} (itu indikator instrumen {other}); periksa jenis guru",
    "indicator {id} is not in the {jenis} instrument (it belongs to the {other} instrument); check the jenis");
msg!(err_id_unknown(id: &str, jenis: &str) =>
    "indikator {id} tidak ada di instrumen {jenis}",
    "indicator {id} is not in the {jenis} instrument");

/// A duplicate indicator, naming where it first appeared when known.
pub fn err_id_duplicate(lang: Lang, first: Option<u64>) -> String {
    match (lang, first) {
        (Lang::Id, Some(l)) => format!("indikator diisi dua kali (pertama di baris {l})"),
        (Lang::En, Some(l)) => format!("indicator given twice (first on line {l})"),
        (Lang::Id, None) => "indikator diisi dua kali".into(),
        (Lang::En, None) => "indicator given twice".into(),
    }
}

/// Every missing indicator in one message.
pub fn err_missing(lang: Lang, jenis: &str, ids: &[String]) -> String {
    let n = ids.len();
    let list = ids.join(", ");
    match lang {
        Lang::Id => format!("{n} indikator instrumen {jenis} belum diisi: {list}"),
        Lang::En => format!("{n} indicators of the {jenis} instrument are missing: {list}"),
    }
}

msg!(hint_lost_zero(id: &str) =>
    "mungkin Excel/LibreOffice mengubah {id}0 menjadi angka {id}; format kolom id sebagai Teks lalu ketik ulang {id}0",
    "perhaps Excel/LibreOffice turned {id}0 into the number {id}; format the id column as Text and type {id}0 again");
msg!(err_extra_indicator(jenis: &str) =>
    "kolom ini bukan indikator instrumen {jenis}; kosongkan untuk guru {jenis}",
    "this column is not an indicator of the {jenis} instrument; leave it blank for {jenis} teachers");
msg!(note_recovered_id(from: &str, to: &str) =>
    "{from} dibaca sebagai {to} (spreadsheet mengubah {to} menjadi angka {from}); format kolom id sebagai Teks agar tidak terulang",
    "{from} read as {to} (a spreadsheet turned {to} into the number {from}); format the id column as Text so it does not happen again");
msg!(err_not_assessed() =>
    "belum dinilai: semua skor indikator kosong",
    "not yet assessed: every indicator score is blank");
msg!(err_score_column_shifted(skor: &str, found: &str) =>
    "kolom {skor} kosong, tetapi skor ada di kolom {found}; pindahkan skor ke kolom {skor}",
    "the {skor} column is empty, but the scores are in column {found}; move them to the {skor} column");
msg!(err_blank_scores(n: usize, ids: &str) =>
    "{n} skor kosong: {ids}; isi 0, 1 atau 2",
    "{n} blank scores: {ids}; fill in 0, 1 or 2");
msg!(err_scores_fit_other(stated: &str, fits: &str) =>
    "jenis tertulis {stated}, tetapi skornya untuk instrumen {fits}; periksa kolom jenis",
    "jenis says {stated}, but the scores are for the {fits} instrument; check the jenis column");
msg!(err_jenis_conflict(stated: &str, forced: &str) =>
    "lembar menyebut jenis {stated}, tetapi --jenis {forced} diberikan",
    "the sheet says jenis {stated}, but --jenis {forced} was given");
msg!(err_jenis_needed() =>
    "jenis guru tidak dapat ditentukan; isi kolom jenis (kelas atau bk) atau beri --jenis",
    "cannot tell the jenis; fill in the jenis column (kelas or bk) or pass --jenis");

/// The first line of a failed sheet's error.
pub fn err_sheet_header(lang: Lang, file: &str, n: usize) -> String {
    match lang {
        Lang::Id => format!("{file}: lembar tidak dapat dinilai ({n} masalah):"),
        Lang::En => {
            format!("{file}: the sheet cannot be scored ({n} problem{}):", if n == 1 { "" } else { "s" })
        }
    }
}

// ---- instrument files ---------------------------------------------------------------------

/// An instrument file with all its problems.
pub fn err_instrument(lang: Lang, source: &str, problems: &[(u64, String)]) -> String {
    let head = match lang {
        Lang::Id => format!("instrumen {source} tidak sah:"),
        Lang::En => format!("instrument {source} is invalid:"),
    };
    problems.iter().fold(head, |acc, (line, m)| format!("{acc}\n  {source}:{line}: {m}"))
}

msg!(err_instrument_header(expected: &str) =>
    "header instrumen harus {expected}",
    "the instrument header must be {expected}");
msg!(err_instrument_fields(n: usize) => "baris harus 5 kolom, bukan {n}", "the row must have 5 columns, not {n}");
msg!(err_instrument_row(k: &str, ranah: &str) =>
    "nomor kompetensi {k:?} atau ranah {ranah:?} tidak sah (ranah: pedagogik, kepribadian, sosial, profesional)",
    "invalid competency number {k:?} or ranah {ranah:?} (ranah: pedagogik, kepribadian, sosial, profesional)");
msg!(err_instrument_no_indicators(k: u8) =>
    "kompetensi {k} tidak punya indikator",
    "competency {k} has no indicators");
msg!(err_instrument_indicator_number(text: &str) =>
    "nomor indikator {text:?} tidak sah",
    "invalid indicator number {text:?}");
msg!(err_instrument_empty_name(k: u8) =>
    "nama kompetensi {k} kosong",
    "competency {k} has an empty name");
msg!(err_instrument_empty_text(id: &str) =>
    "uraian indikator {id} kosong",
    "indicator {id} has an empty text");
msg!(err_instrument_inconsistent(k: u8) =>
    "nama atau ranah kompetensi {k} berbeda dengan baris sebelumnya",
    "competency {k} has a different name or ranah than on earlier rows");
msg!(err_instrument_duplicate(id: &str) => "indikator {id} muncul dua kali", "indicator {id} appears twice");
msg!(err_instrument_gap(id: &str, expected: u8) =>
    "indikator {id} melompati nomor; diharapkan nomor {expected}",
    "indicator {id} skips a number; expected number {expected}");
msg!(err_instrument_competency_gap(k: u8, expected: u8) =>
    "kompetensi {k} melompati nomor; diharapkan kompetensi {expected} (kompetensi tanpa indikator?)",
    "competency {k} skips a number; expected competency {expected} (a competency without indicators?)");
msg!(err_instrument_empty() => "instrumen tidak punya indikator", "the instrument has no indicators");
msg!(err_instrument_too_many(max: usize) =>
    "instrumen punya lebih dari {max} kompetensi",
    "the instrument has more than {max} competencies");

// ---- I/O ------------------------------------------------------------------------------------

msg!(err_read(file: &str, reason: &str) => "{file}: tidak dapat dibaca: {reason}", "{file}: cannot read: {reason}");
msg!(err_create(file: &str) => "{file}: tidak dapat dibuat", "{file}: cannot create");
msg!(err_write(file: &str) => "{file}: tidak dapat ditulis", "{file}: cannot write");
msg!(err_is_dir(file: &str) =>
    "{file} adalah direktori; pkguru score menilai satu lembar (gunakan pkguru batch untuk direktori)",
    "{file} is a directory; pkguru score scores one sheet (use pkguru batch for directories)");

/// A file that does not exist.
pub fn err_not_found(lang: Lang) -> &'static str {
    super::pick(lang, "berkas tidak ada", "no such file")
}

/// A file we may not read.
pub fn err_permission(lang: Lang) -> &'static str {
    super::pick(lang, "tidak ada izin membaca", "permission denied")
}

// ---- usage --------------------------------------------------------------------------------

msg!(err_campur_needs_wide() =>
    "--jenis campur hanya untuk --wide (lembar satu guru memakai satu instrumen)",
    "--jenis campur is only for --wide (a one-teacher sheet uses one instrument)");
msg!(err_wide_json() =>
    "format lebar hanya tersedia sebagai CSV atau XLSX; untuk JSON gunakan lembar satu guru",
    "the wide layout is only available as CSV or XLSX; for JSON use the one-teacher sheet");
msg!(err_xlsx_needs_output() =>
    "XLSX adalah berkas biner; beri -o BERKAS.xlsx",
    "XLSX is a binary file; give -o FILE.xlsx");
msg!(err_option_regime(flag: &str, regime: &str) =>
    "{flag} tidak berlaku untuk rezim {regime}",
    "{flag} does not apply to the {regime} regime");
msg!(err_nilai_range(text: &str) =>
    "--nilai {text} di luar rentang 0–100",
    "--nilai {text} is outside 0–100");
msg!(err_total_range(total: u32, jenis: &str, min: u32, max: u32) =>
    "--total {total} di luar rentang instrumen {jenis} ({min}–{max})",
    "--total {total} is outside the {jenis} instrument's range ({min}–{max})");
msg!(err_need_nilai() =>
    "beri salah satu: --nilai, --total atau --predikat",
    "give one of --nilai, --total or --predikat");
msg!(err_need_golongan() =>
    "beri --golongan (mis. III/c)",
    "give --golongan (e.g. III/c)");
msg!(err_konseli_for_kelas() =>
    "--konseli untuk guru BK; beri --jenis bk, atau --jam untuk guru kelas",
    "--konseli is for BK teachers; pass --jenis bk, or --jam for classroom teachers");
msg!(err_jam_for_bk() =>
    "--jam untuk guru kelas/mapel; guru BK memakai --konseli",
    "--jam is for classroom/subject teachers; BK teachers use --konseli");
/// The 2023 regime without a jenjang, with the codes from the jenjang table.
pub fn err_need_jenjang(lang: Lang) -> String {
    let list = comma_list(crate::core::credit2023::JENJANG_TABLE.iter().map(|r| r.code));
    match lang {
        Lang::Id => format!("rezim 2023 perlu --jenjang ({list}) atau --golongan"),
        Lang::En => format!("the 2023 regime needs --jenjang ({list}) or --golongan"),
    }
}
msg!(err_no_jenjang(gol: &str) =>
    "golongan {gol} tidak termasuk jenjang jabatan fungsional guru ahli (III/a–IV/e)",
    "golongan {gol} is not in a jenjang of the teacher functional position (III/a–IV/e)");
msg!(err_need_predikat_kinerja() =>
    "rezim 2023 perlu --predikat (sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang)",
    "the 2023 regime needs --predikat (sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang)");
msg!(err_predikat_kinerja(text: &str) =>
    "predikat kinerja {text:?} tidak dikenal; isi sangat-baik, baik, butuh-perbaikan, kurang atau sangat-kurang",
    "unknown predikat kinerja {text:?}; use sangat-baik, baik, butuh-perbaikan, kurang or sangat-kurang");
msg!(err_bulan(n: i64) => "--bulan {n} harus 1–12", "--bulan {n} must be 1–12");
msg!(err_top_golongan() =>
    "golongan IV/e adalah pangkat tertinggi: tidak ada pangkat berikutnya, jadi rumus 2009 tidak punya AKK (tidak ada angka)",
    "golongan IV/e is the top rank: there is no next pangkat, so the 2009 formula has no AKK (no number)");
msg!(err_missing_nilai_tambahan() =>
    "tugas tambahan diberikan tanpa nilainya; isi nilai_tambahan (skala 100 atau total/maks)",
    "a tugas tambahan is given without its value; fill in nilai_tambahan (100 scale or total/max)");
msg!(err_tambahan_maximum(name: &str, max: i64, typed: i64) =>
    "nilai tugas tambahan ditulis per {typed}, tetapi maksimum instrumen {name} adalah {max}; tulis total/{max} atau nilai skala 100",
    "the tugas tambahan value is written over {typed}, but the {name} instrument's maximum is {max}; write total/{max} or the 100-scale value");
msg!(err_nilai_without_kind() =>
    "nilai tugas tambahan diberikan tanpa jenis tugas tambahannya; isi tugas_tambahan (mis. kepala-sekolah)",
    "a tugas tambahan value is given without its kind; fill in tugas_tambahan (e.g. kepala-sekolah)");
