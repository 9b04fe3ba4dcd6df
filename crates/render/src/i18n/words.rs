//! Words for the data of the layers below: core errors and notes, sheet problems, audit
//! mismatches. Each kind is matched once here and worded by the message functions.

use super::Lang;
use crate::core::assessment::{InvalidIdentity, Note};
use crate::core::audit::Mismatch;
use crate::core::credit::CreditError;
use crate::core::exact::{self, DecimalError};
use crate::core::golongan::{Golongan, GolonganError};
use crate::core::instrument::{INSTRUMENT_HEADER, IndicatorId, InstrumentError, InstrumentProblem};
use crate::core::teacher::{FieldError, FieldProblem, NipProblem};
use crate::scan::DecodeError;
use crate::sheet::{IoReason, Problem, ProblemKind, SheetError};

/// Formats `file:line: at: message`, as every located problem is shown.
pub fn located(file: &str, line: Option<u64>, at: Option<&str>, message: &str) -> String {
    let mut s = String::with_capacity(file.len() + message.len() + 16);
    s.push_str(file);
    if let Some(line) = line {
        s.push(':');
        s.push_str(&line.to_string());
    }
    s.push_str(": ");
    if let Some(at) = at {
        s.push_str(at);
        s.push_str(": ");
    }
    s.push_str(message);
    s
}

/// A problem as one line: `file:line: at: message`.
pub fn problem_line(lang: Lang, file: &str, p: &Problem) -> String {
    located(file, p.line, p.at.as_deref(), &problem(lang, &p.kind))
}

/// A sheet that cannot be scored: a heading, then every problem on its own line.
pub fn sheet_error(lang: Lang, e: &SheetError) -> String {
    let mut s = super::err_sheet_header(lang, &e.file, e.problems.len());
    for p in &e.problems {
        s.push_str("\n  ");
        s.push_str(&problem_line(lang, &e.file, p));
    }
    s
}

/// An instrument file that cannot be used, with every problem.
pub fn instrument_error(lang: Lang, e: &InstrumentError) -> String {
    let problems: Vec<(u64, String)> =
        e.problems.iter().map(|(line, p)| (*line, instrument_problem(lang, p))).collect();
    super::err_instrument(lang, &e.file, &problems)
}

fn instrument_problem(lang: Lang, p: &InstrumentProblem) -> String {
    use InstrumentProblem as P;
    match p {
        P::Csv(detail) => detail.clone(),
        P::Header => super::err_instrument_header(lang, &INSTRUMENT_HEADER.join(",")),
        P::Fields(n) => super::err_instrument_fields(lang, *n),
        P::Row { kompetensi, ranah } => super::err_instrument_row(lang, kompetensi, ranah),
        P::NoIndicators(k) => super::err_instrument_no_indicators(lang, *k),
        P::IndicatorNumber(t) => super::err_instrument_indicator_number(lang, t),
        P::EmptyName(k) => super::err_instrument_empty_name(lang, *k),
        P::EmptyText(id) => super::err_instrument_empty_text(lang, &id.to_string()),
        P::Inconsistent(k) => super::err_instrument_inconsistent(lang, *k),
        P::Duplicate(id) => super::err_instrument_duplicate(lang, &id.to_string()),
        P::Gap { id, expected } => super::err_instrument_gap(lang, &id.to_string(), *expected),
        P::CompetencyGap { got, expected } => super::err_instrument_competency_gap(lang, *got, *expected),
        P::Empty => super::err_instrument_empty(lang),
        P::TooMany(max) => super::err_instrument_too_many(lang, *max),
    }
}

/// Bytes that are not a text sheet.
pub fn decode_error(lang: Lang, e: DecodeError) -> String {
    match e {
        DecodeError::Utf16 => super::err_utf16(lang),
        DecodeError::Empty => super::err_empty_file(lang),
        DecodeError::Binary => super::err_binary(lang),
        DecodeError::Encoding { byte, .. } => super::err_encoding(lang, byte),
        DecodeError::LineTooLong { len, .. } => {
            super::err_line_too_long(lang, len, crate::scan::MAX_RECORD_BYTES)
        }
    }
}

/// A field's text that cannot be read.
pub fn field_error(lang: Lang, e: &FieldError) -> String {
    use FieldProblem as P;
    let key = e.field.key();
    match &e.problem {
        P::NotANumber(t) => super::err_field_number(lang, key, t),
        P::NotPositive(t) => super::err_field_positive(lang, key, t),
        P::TooPrecise { text, decimals } => super::err_field_precise(lang, key, text, *decimals),
        P::TooLarge { text, max } => super::err_field_large(lang, key, text, *max),
        P::Jenis(t) => super::err_field_jenis(lang, t),
        P::Golongan { text, error } => golongan_error(lang, text, error),
        P::TugasTambahan(t) => super::err_field_tugas_tambahan(lang, t),
        P::NilaiTambahan(t) => super::err_field_nilai_tambahan(lang, t),
        P::TugasLain(t) => super::err_field_tugas_lain(lang, t),
        P::Predikat(t) => super::err_field_predikat(lang, t),
        P::TooLong { chars, max } => match lang {
            Lang::Id => format!("{key} terlalu panjang ({chars} karakter; paling banyak {max})"),
            Lang::En => format!("{key} is too long ({chars} characters; at most {max})"),
        },
        P::Date(t) => super::warn_field_date(lang, t),
        P::Periode(t) => super::warn_field_periode(lang, t),
        P::Nip(problem) => {
            let message = match problem {
                NipProblem::Excel(t) => super::err_nip_excel(lang, t),
                NipProblem::NotDigits(t) => super::err_nip_digits(lang, t),
                NipProblem::Length { text, digits, want } => {
                    super::warn_nip_length(lang, text, *digits, *want)
                }
                NipProblem::NotDecodable(t) => super::warn_nip_decode(lang, t),
            };
            // The same words for NUPTK and the assessors' NIP, naming the field.
            match e.field {
                crate::core::teacher::Field::Nip => message,
                f => message.replacen("NIP", &f.key().replace('_', " ").to_uppercase(), 1),
            }
        }
    }
}

/// A golongan cell that cannot be read: the valid list, the nearest one, or what disagrees.
pub fn golongan_error(lang: Lang, text: &str, error: &GolonganError) -> String {
    match error {
        GolonganError::Unknown { suggestion: None } => {
            super::err_golongan(lang, text, &Golongan::valid_list())
        }
        GolonganError::Unknown { suggestion: Some(g) } => {
            format!(
                "{}; {}",
                super::err_golongan(lang, text, &Golongan::valid_list()),
                super::hint_did_you_mean(lang, g.as_str())
            )
        }
        GolonganError::NoRuang { golongan } => {
            super::err_golongan_no_ruang(lang, text, &roman(*golongan).to_uppercase())
        }
        GolonganError::Mismatch { pangkat, written } => {
            super::err_golongan_mismatch(lang, pangkat.pangkat(), pangkat.as_str(), written.as_str())
        }
    }
}

/// A golongan number as a roman numeral (`IX`).
pub fn roman(n: u8) -> String {
    const R: [&str; 17] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
        "XVII",
    ];
    R.get(usize::from(n).wrapping_sub(1)).copied().unwrap_or("?").to_string()
}

/// A decimal number that cannot be read.
pub fn decimal_error(lang: Lang, e: &DecimalError) -> String {
    match e {
        DecimalError::NotANumber(t) => super::err_not_a_number(lang, t),
    }
}

/// Why a file could not be read.
pub fn io_reason(lang: Lang, r: &IoReason) -> String {
    match r {
        IoReason::NotFound => super::err_not_found(lang).to_string(),
        IoReason::PermissionDenied => super::err_permission(lang).to_string(),
        IoReason::Other(text) => text.clone(),
    }
}

/// The angka kredit formula has no number.
pub fn credit_error(lang: Lang, e: &CreditError) -> String {
    match e {
        CreditError::TopGolongan => super::err_top_golongan(lang),
    }
}

/// A tugas tambahan identity that cannot be used.
pub fn invalid_identity(lang: Lang, i: InvalidIdentity) -> String {
    match i {
        InvalidIdentity::MissingNilaiTambahan => super::err_missing_nilai_tambahan(lang),
        InvalidIdentity::NilaiWithoutKind => super::err_nilai_without_kind(lang),
        InvalidIdentity::TambahanMaximum { kind, typed } => {
            super::err_tambahan_maximum(lang, kind.rule().name, kind.rule().max_total, typed)
        }
    }
}

/// A remark about a result.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::BandGap { value, all, used } | Note::BandGapTambahan { value, all, used } => {
            super::note_band_gap(lang, *value, all, *used)
        }
        Note::JmCapped { jenis, jm, upper } => super::note_jm_capped(lang, *jenis, *jm, *upper),
        Note::JmAssumed { jenis, jwm } => super::note_jm_assumed(lang, *jenis, *jwm),
        Note::GolonganII => super::note_golongan_ii(lang),
        Note::PkbShort { short, min } => super::note_pkb_short(lang, *short, *min),
        Note::PkbMissing(missing) => super::pkb::note_pkb_missing(lang, missing),
        Note::NoGolongan => super::note_no_golongan(lang),
        Note::Pppk { golongan } => super::note_pppk(lang, &roman(*golongan)),
        Note::MissingJm { jenis, other_given: false } => super::note_missing_jm(lang, *jenis),
        Note::MissingJm { jenis, other_given: true } => super::note_jm_of_other_jenis(lang, *jenis),
        Note::Invalid(i) => invalid_identity(lang, *i),
        Note::TopGolongan => super::err_top_golongan(lang),
    }
}

/// Why a rekap's angka kredit cell is empty, in a few words (`None` when it is not).
pub fn catatan_credit(
    lang: Lang,
    credit: &crate::core::assessment::CreditOutcome,
    jenis: crate::core::instrument::Jenis,
) -> Option<String> {
    use crate::core::assessment::CreditOutcome as C;
    match credit {
        C::Computed(_) => None,
        C::NoGolongan => Some(super::catatan_no_golongan(lang)),
        C::Pppk(_) => Some(super::catatan_pppk(lang)),
        C::MissingJm { other_given: false } => {
            Some(super::catatan_missing_jm(lang, jenis == crate::core::instrument::Jenis::Bk))
        }
        C::MissingJm { other_given: true } => {
            Some(super::catatan_jm_other(lang, jenis == crate::core::instrument::Jenis::Bk))
        }
        C::Invalid(i) => Some(invalid_identity(lang, *i)),
        C::Error(e) => Some(credit_error(lang, e)),
    }
}

/// A value in a gap of the predikat table, for a rekap's catatan.
pub fn catatan_gap(lang: Lang, value: crate::core::exact::Exact) -> Option<String> {
    let all = crate::core::predikat::disagreement(value)?;
    let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>().join(", ");
    Some(super::catatan_gap_text(lang, &list))
}

/// Warnings as catatan text: `field: message`, joined.
pub fn catatan_warnings(lang: Lang, out: &mut String, warnings: &[Problem]) {
    for w in warnings {
        if !out.is_empty() {
            out.push_str("; ");
        }
        if let Some(at) = &w.at {
            out.push_str(at);
            out.push_str(": ");
        }
        out.push_str(&problem(lang, &w.kind));
    }
}

/// A warning as one line: `peringatan: file:line: field: message`.
pub fn warning_line(lang: Lang, file: &str, p: &Problem) -> String {
    format!("{}: {}", super::label_warning(lang), problem_line(lang, file, p))
}

/// The typed-in and the computed value of an audit mismatch, as shown.
pub fn mismatch_values(lang: Lang, mm: &Mismatch) -> (String, String) {
    let sep = lang.decimal_sep();
    match mm {
        Mismatch::Total { claimed, computed } => (exact::human(*claimed, 2, sep), computed.to_string()),
        Mismatch::Nilai { claimed, computed } => {
            (exact::human(*claimed, 6, sep), exact::fixed(*computed, 2, sep))
        }
        Mismatch::Predikat { claimed, computed } => {
            (claimed.name().to_string(), format!("{} ({} %)", computed.name(), computed.credit_percent()))
        }
        Mismatch::AngkaKredit { claimed, computed } => (
            exact::human(*claimed, 6, sep),
            match computed {
                Some(c) => exact::fixed(*c, 3, sep),
                None => super::audit_not_computable(lang).to_string(),
            },
        ),
    }
}

fn ids(list: &[IndicatorId]) -> Vec<String> {
    list.iter().map(IndicatorId::to_string).collect()
}

/// The message of a problem.
pub fn problem(lang: Lang, k: &ProblemKind) -> String {
    use ProblemKind as K;
    match k {
        K::Decode(e) => decode_error(lang, *e),
        K::Read { file, reason } => super::err_read(lang, file, &io_reason(lang, reason)),
        K::IsDir { file } => super::err_is_dir(lang, file),
        K::UnreadableDir => super::err_unreadable_dir(lang),
        K::Csv(detail) => super::err_csv(lang, detail),
        K::LineTooLong { len, max } => super::err_line_too_long(lang, *len, *max),
        K::TooLarge { limit } => super::err_too_large(lang, limit >> 20),
        K::NulByte => super::err_nul_byte(lang),
        K::Workbook(detail) => super::err_workbook(lang, detail),
        K::WorkbookTooLarge => super::err_workbook_too_large(
            lang,
            crate::sheet::workbook::MAX_CELLS,
            crate::sheet::workbook::MAX_DENSE_CELLS,
        ),
        K::WorkbookCrashed(detail) => super::err_workbook_crashed(lang, detail),
        K::WorkbookEmpty => super::err_workbook_empty(lang),
        K::NoSuchSheet { name, names } => super::err_no_such_sheet(lang, name, &names.join(", ")),
        K::SheetEmpty(name) => super::err_sheet_empty(lang, name),
        K::OwnRekap => super::err_own_rekap(lang),
        K::ManySheets(names) => super::err_many_sheets(lang, names.len(), &names.join(", ")),
        K::OwnRekapSkipped => super::note_own_rekap_skipped(lang),
        K::OwnOutputSkipped(crate::kind::Own::Ranking) => super::note_own_ranking_skipped(lang),
        K::OwnOutputSkipped(crate::kind::Own::Errors) => super::note_own_errors_skipped(lang),
        K::OwnOutputSkipped(crate::kind::Own::Rekap) => super::note_own_rekap_skipped(lang),
        K::FormSkipped(_) => super::evaluasi::note_form_skipped(lang),
        K::CompetencyValue { value, max } => super::err_competency_value(lang, value, *max),
        K::CompetencyCount(n) => super::err_competency_count(lang, *n),
        K::SheetsSkipped(names) => super::note_sheets_skipped(lang, &names.join(", ")),
        K::SheetsAre(names) => super::note_sheets_are(lang, &names.join(", ")),
        K::NoHeader(first) => super::err_no_header(lang, first),
        K::NoScoreColumn => super::err_no_score_column(lang),
        K::HeaderUnknown(h) => super::err_header_unknown(lang, h),
        K::ColumnDuplicate { lost_zero } => {
            with_lost_zero(lang, super::err_column_duplicate(lang), *lost_zero)
        }
        K::ColumnNotIndicator => super::err_column_not_indicator(lang),
        K::ColumnsIgnored { names, code_like } => {
            super::note_columns_ignored(lang, &names.join(", "), *code_like)
        }
        K::Json { column, detail } => super::err_json(lang, *column, detail),
        K::JsonShape => super::err_json_shape(lang),
        K::JsonId(shown) => super::err_json_id(lang, shown),
        K::JsonValue(shown) => super::err_json_value(lang, shown),
        K::RowShort { got, want } => super::err_row_short(lang, *got, *want),
        K::RowLong { got, want } => super::err_row_long(lang, *got, *want),
        K::ManyTeachers(n) => super::err_many_teachers(lang, *n),
        K::NoTeacherRows => super::err_no_teacher_rows(lang),
        K::RowWithoutTeacher => super::err_row_without_teacher(lang),
        K::NoIndicatorCode => super::err_no_indicator_code(lang),
        K::NumbersWithoutOption { count, first } => super::err_numbers_without_option(lang, *count, *first),
        K::NumberOutOfRange { n, jenis, count } => {
            super::err_number_out_of_range(lang, *n, jenis.code(), *count)
        }
        K::FieldConflict { field, first, first_line, value } => {
            super::err_field_conflict(lang, field.key(), value, first, *first_line)
        }
        K::NoScores => super::err_no_scores(lang),
        K::Score(text) => super::err_score(lang, text),
        K::ValueWithoutId(v) => super::err_value_without_id(lang, v),
        K::UnknownKey(key) => super::err_unknown_key(lang, key),
        K::FieldDuplicate(first) => super::err_field_duplicate(lang, *first),
        K::Field(e) => field_error(lang, e),
        K::Signer(p) => {
            use crate::core::signers::RoleProblem as R;
            match p {
                R::Twice { nama, first, second } => {
                    let role = |r| super::signer_role(lang, r, "").to_lowercase();
                    super::warn_signs_twice(lang, nama, &role(*first), &role(*second))
                }
                R::NoPengawas => super::warn_no_pengawas(lang),
                R::KepalaWithoutTugas => super::warn_kepala_without_tugas(lang),
            }
        }
        K::CellUtf8 => super::err_cell_utf8(lang),
        K::IdOtherInstrument { id, jenis } => {
            super::err_id_other_instrument(lang, &id.to_string(), jenis.code(), jenis.other().code())
        }
        K::IdUnknown { id, jenis } => super::err_id_unknown(lang, &id.to_string(), jenis.code()),
        K::IdDuplicate { first, lost_zero } => {
            with_lost_zero(lang, super::err_id_duplicate(lang, *first), *lost_zero)
        }
        K::Missing { jenis, ids: list } => super::err_missing(lang, jenis.code(), &ids(list)),
        K::ExtraIndicator(jenis) => super::err_extra_indicator(lang, jenis.code()),
        K::NotAssessed => super::err_not_assessed(lang),
        K::RecoveredId { from, to } => super::note_recovered_id(lang, &from.to_string(), &to.to_string()),
        K::ScoreColumnShifted { skor, found } => super::err_score_column_shifted(lang, skor, found),
        K::BlankScores { ids } => {
            super::err_blank_scores(lang, ids.len(), &crate::sheet::diagnose::compact(ids))
        }
        K::ScoresFitOther { stated, fits } => super::err_scores_fit_other(lang, stated.code(), fits.code()),
        K::JenisConflict { stated, forced } => super::err_jenis_conflict(lang, stated.code(), forced.code()),
        K::JenisNeeded => super::err_jenis_needed(lang),
        K::EvaluasiForm => super::evaluasi::err_evaluasi_form(lang),
        K::NotEvaluasiForm => super::evaluasi::err_not_evaluasi_form(lang),
        K::TambahanForm => super::tambahan::err_tambahan_form(lang),
        K::PkbNoCodeColumn => super::pkb::err_pkb_no_code_column(lang),
        K::RiwayatNoNip(_) => super::riwayat::err_riwayat_no_nip(lang),
        K::RiwayatRekapColumns => super::riwayat::err_riwayat_rekap_columns(lang),
        K::RiwayatPeriodeUnread { text, given } => super::riwayat::riwayat_periode_unread(lang, text, *given),
        K::RiwayatPeriodeGiven { sheet, given } => super::riwayat::err_periode_given(lang, sheet, given),
        K::RiwayatPeriodeOther { sheet, first, at } => {
            super::riwayat::err_periode_other(lang, sheet, first, at)
        }
        K::RiwayatValue { column, value } => super::riwayat::err_riwayat_value(lang, column, value),
        K::RiwayatDuplicate { nip, first } => super::riwayat::err_riwayat_duplicate(lang, nip, first),
        K::PkbUnknownCode(c) => super::pkb::err_pkb_unknown_code(lang, c),
        K::PkbNumber { column, text } => super::pkb::err_pkb_number(lang, column, text),
        K::PkbKegiatan(e) => super::pkb::kegiatan_error(lang, *e),
        K::TambahanInstrumen(t) => super::tambahan::err_tambahan_instrumen(lang, t),
        K::TambahanScore(t) => super::tambahan::err_tambahan_score(lang, t),
        K::TambahanUnknownId(t) => super::tambahan::err_tambahan_unknown_id(lang, t),
        K::TambahanBlank(ids) => super::tambahan::err_tambahan_blank(lang, ids.len(), &ids.join(", ")),
        K::TambahanNotAssessed => super::tambahan::err_tambahan_not_assessed(lang),
        K::TambahanTwice(what) => super::tambahan::err_tambahan_twice(lang, what),
        K::TambahanConflict(c) => super::tambahan::blend_conflict(lang, *c),
        K::TambahanUnpaired(nip) => super::tambahan::err_tambahan_unpaired(lang, nip),
        K::EvaluasiMark(t) => super::evaluasi::err_evaluasi_mark(lang, t),
        K::EvaluasiScore(t) => super::evaluasi::err_evaluasi_score(lang, t),
        K::EvaluasiEntry(e) => super::evaluasi::entry_error(lang, *e),
        K::EvaluasiUnknown(k) => super::evaluasi::err_evaluasi_unknown(lang, k),
        K::RowDuplicate(first) => super::evaluasi::err_row_duplicate(lang, *first),
        K::EvaluasiMissing(codes) => super::evaluasi::err_evaluasi_missing(lang, &codes.join(", ")),
        K::EvaluasiNothingAssessed => super::evaluasi::err_evaluasi_nothing(lang).to_string(),
        K::MoreProblems(n) => match lang {
            Lang::Id => format!("… dan {n} masalah lain pada guru/lembar ini (perbaiki yang di atas, lalu periksa lagi)"),
            Lang::En => format!("… and {n} more problems of this teacher/sheet (fix the ones above, then check again)"),
        },
        K::ReadAsWindows1252 => super::pick(
            lang,
            "dibaca sebagai Windows-1252 (ANSI), bukan UTF-8; agar pasti, simpan sebagai \"CSV UTF-8 (dipisahkan koma)\"",
            "read as Windows-1252 (ANSI), not UTF-8; to be sure, save as \"CSV UTF-8 (Comma delimited)\"",
        )
        .to_string(),
        K::TeacherTwice { first, by_nip: true } => super::pick(
            lang,
            "NIP ini sudah ada di {first}: guru yang sama dua kali (lembar tersalin?)",
            "this NIP is already in {first}: the same teacher twice (a copied sheet?)",
        )
        .replace("{first}", first),
        K::TeacherTwice { first, by_nip: false } => super::pick(
            lang,
            "nama dan sekolah ini sudah ada di {first} (tanpa NIP): guru yang sama dua kali?",
            "this name and school are already in {first} (no NIP): the same teacher twice?",
        )
        .replace("{first}", first),
        K::SkemaDef(e) => super::skema::skema_def(lang, e),
        K::SkemaNone => super::skema::err_skema_none(lang).to_string(),
        K::SkemaUnknown(id) => super::skema::err_skema_unknown(lang, id),
        K::SkemaUnknownId(k) => super::skema::err_skema_unknown_id(lang, k),
        K::SkemaScore { value, scale } => super::skema::err_skema_score(lang, value, scale),
        K::SkemaBlank(ids) => super::skema::err_skema_blank(lang, ids),
        K::InvalidIdentity(i) => invalid_identity(lang, *i),
        K::Audit(mm) => {
            let (claimed, computed) = mismatch_values(lang, mm);
            super::audit_mismatch(lang, mm.field().key(), &claimed, &computed)
        }
    }
}

fn with_lost_zero(lang: Lang, msg: String, lost_zero: Option<IndicatorId>) -> String {
    match lost_zero {
        Some(id) => format!("{msg}; {}", super::hint_lost_zero(lang, &id.to_string())),
        None => msg,
    }
}
