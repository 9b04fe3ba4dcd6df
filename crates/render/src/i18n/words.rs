//! Words for the data of the layers below: core errors and notes, sheet problems, audit
//! mismatches. Each kind is matched once here and worded by the message functions.

use crate::core::assessment::{InvalidIdentity, Note};
use crate::core::audit::Mismatch;
use crate::core::credit::CreditError;
use crate::core::exact::{self, DecimalError};
use crate::core::golongan::{Golongan, GolonganError};
use crate::core::instrument::{INSTRUMENT_HEADER, IndicatorId, InstrumentError, InstrumentProblem};
use crate::core::teacher::{FieldError, FieldProblem, NipProblem};
use crate::scan::DecodeError;
use crate::sheet::{IoReason, Problem, ProblemKind, SheetError};

use super::messages as m;

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
pub fn problem_line(file: &str, p: &Problem) -> String {
    located(file, p.line, p.at.as_deref(), &problem(&p.kind))
}

/// A sheet that cannot be scored: a heading, then every problem on its own line.
pub fn sheet_error(e: &SheetError) -> String {
    let mut s = m::err_sheet_header(&e.file, e.problems.len());
    for p in &e.problems {
        s.push_str("\n  ");
        s.push_str(&problem_line(&e.file, p));
    }
    s
}

/// An instrument file that cannot be used, with every problem.
pub fn instrument_error(e: &InstrumentError) -> String {
    let problems: Vec<(u64, String)> =
        e.problems.iter().map(|(line, p)| (*line, instrument_problem(p))).collect();
    m::err_instrument(&e.file, &problems)
}

fn instrument_problem(p: &InstrumentProblem) -> String {
    use InstrumentProblem as P;
    match p {
        P::Csv(detail) => detail.clone(),
        P::Header => m::err_instrument_header(&INSTRUMENT_HEADER.join(",")),
        P::Fields(n) => m::err_instrument_fields(*n),
        P::Row { kompetensi, ranah } => m::err_instrument_row(kompetensi, ranah),
        P::NoIndicators(k) => m::err_instrument_no_indicators(*k),
        P::IndicatorNumber(t) => m::err_instrument_indicator_number(t),
        P::EmptyName(k) => m::err_instrument_empty_name(*k),
        P::EmptyText(id) => m::err_instrument_empty_text(&id.to_string()),
        P::Inconsistent(k) => m::err_instrument_inconsistent(*k),
        P::Duplicate(id) => m::err_instrument_duplicate(&id.to_string()),
        P::Gap { id, expected } => m::err_instrument_gap(&id.to_string(), *expected),
        P::CompetencyGap { got, expected } => m::err_instrument_competency_gap(*got, *expected),
        P::Empty => m::err_instrument_empty(),
        P::TooMany(max) => m::err_instrument_too_many(*max),
    }
}

/// Bytes that are not a text sheet.
pub fn decode_error(e: DecodeError) -> String {
    match e {
        DecodeError::Utf16 => m::err_utf16(),
        DecodeError::Empty => m::err_empty_file(),
        DecodeError::Binary => m::err_binary(),
        DecodeError::Encoding { byte, .. } => m::err_encoding(byte),
        DecodeError::LineTooLong { len, .. } => m::err_line_too_long(len, crate::scan::MAX_RECORD_BYTES),
    }
}

/// A field's text that cannot be read.
pub fn field_error(e: &FieldError) -> String {
    use FieldProblem as P;
    let key = e.field.key();
    match &e.problem {
        P::NotANumber(t) => m::err_field_number(key, t),
        P::NotPositive(t) => m::err_field_positive(key, t),
        P::TooPrecise { text, decimals } => m::err_field_precise(key, text, *decimals),
        P::TooLarge { text, max } => m::err_field_large(key, text, *max),
        P::Jenis(t) => m::err_field_jenis(t),
        P::Golongan { text, error } => golongan_error(text, error),
        P::TugasTambahan(t) => m::err_field_tugas_tambahan(t),
        P::NilaiTambahan(t) => m::err_field_nilai_tambahan(t),
        P::TugasLain(t) => m::err_field_tugas_lain(t),
        P::Predikat(t) => m::err_field_predikat(t),
        P::Nip(problem) => {
            let message = match problem {
                NipProblem::Excel(t) => m::err_nip_excel(t),
                NipProblem::NotDigits(t) => m::err_nip_digits(t),
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
pub fn golongan_error(text: &str, error: &GolonganError) -> String {
    match error {
        GolonganError::Unknown { suggestion: None } => m::err_golongan(text, &Golongan::valid_list()),
        GolonganError::Unknown { suggestion: Some(g) } => {
            format!(
                "{}; {}",
                m::err_golongan(text, &Golongan::valid_list()),
                m::hint_did_you_mean(g.as_str())
            )
        }
        GolonganError::NoRuang { golongan } => {
            m::err_golongan_no_ruang(text, &roman(*golongan).to_uppercase())
        }
        GolonganError::Mismatch { pangkat, written } => {
            m::err_golongan_mismatch(pangkat.pangkat(), pangkat.as_str(), written.as_str())
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
pub fn decimal_error(e: &DecimalError) -> String {
    match e {
        DecimalError::NotANumber(t) => m::err_not_a_number(t),
    }
}

/// Why a file could not be read.
pub fn io_reason(r: &IoReason) -> String {
    match r {
        IoReason::NotFound => m::err_not_found().to_string(),
        IoReason::PermissionDenied => m::err_permission().to_string(),
        IoReason::Other(text) => text.clone(),
    }
}

/// The angka kredit formula has no number.
pub fn credit_error(e: &CreditError) -> String {
    match e {
        CreditError::TopGolongan => m::err_top_golongan(),
    }
}

/// A tugas tambahan identity that cannot be used.
pub fn invalid_identity(i: InvalidIdentity) -> String {
    match i {
        InvalidIdentity::MissingNilaiTambahan => m::err_missing_nilai_tambahan(),
        InvalidIdentity::NilaiWithoutKind => m::err_nilai_without_kind(),
        InvalidIdentity::TambahanMaximum { kind, typed } => {
            m::err_tambahan_maximum(kind.rule().name, kind.rule().max_total, typed)
        }
    }
}

/// A remark about a result.
pub fn note(n: &Note) -> String {
    match n {
        Note::BandGap { value, all, used } | Note::BandGapTambahan { value, all, used } => {
            m::note_band_gap(*value, all, *used)
        }
        Note::JmCapped { jenis, jm, upper } => m::note_jm_capped(*jenis, *jm, *upper),
        Note::JmAssumed { jenis, jwm } => m::note_jm_assumed(*jenis, *jwm),
        Note::GolonganII => m::note_golongan_ii(),
        Note::PkbShort { short, min } => m::note_pkb_short(*short, *min),
        Note::PkbMissing(missing) => super::pkb::note_pkb_missing(missing),
        Note::NoGolongan => m::note_no_golongan(),
        Note::Pppk { golongan } => m::note_pppk(&roman(*golongan)),
        Note::MissingJm { jenis, other_given: false } => m::note_missing_jm(*jenis),
        Note::MissingJm { jenis, other_given: true } => m::note_jm_of_other_jenis(*jenis),
        Note::Invalid(i) => invalid_identity(*i),
        Note::TopGolongan => m::err_top_golongan(),
    }
}

/// Why a rekap's angka kredit cell is empty, in a few words (`None` when it is not).
pub fn catatan_credit(
    credit: &crate::core::assessment::CreditOutcome,
    jenis: crate::core::instrument::Jenis,
) -> Option<String> {
    use crate::core::assessment::CreditOutcome as C;
    match credit {
        C::Computed(_) => None,
        C::NoGolongan => Some(m::catatan_no_golongan()),
        C::Pppk(_) => Some(m::catatan_pppk()),
        C::MissingJm { other_given: false } => {
            Some(m::catatan_missing_jm(jenis == crate::core::instrument::Jenis::Bk))
        }
        C::MissingJm { other_given: true } => {
            Some(m::catatan_jm_other(jenis == crate::core::instrument::Jenis::Bk))
        }
        C::Invalid(i) => Some(invalid_identity(*i)),
        C::Error(e) => Some(credit_error(e)),
    }
}

/// A value in a gap of the predikat table, for a rekap's catatan.
pub fn catatan_gap(value: crate::core::exact::Exact) -> Option<String> {
    let all = crate::core::predikat::disagreement(value)?;
    let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>().join(", ");
    Some(m::catatan_gap_text(&list))
}

/// Warnings as catatan text: `field: message`, joined.
pub fn catatan_warnings(out: &mut String, warnings: &[Problem]) {
    for w in warnings {
        if !out.is_empty() {
            out.push_str("; ");
        }
        if let Some(at) = &w.at {
            out.push_str(at);
            out.push_str(": ");
        }
        out.push_str(&problem(&w.kind));
    }
}

/// A warning as one line: `peringatan: file:line: field: message`.
pub fn warning_line(file: &str, p: &Problem) -> String {
    format!("{}: {}", m::label_warning(), problem_line(file, p))
}

/// The typed-in and the computed value of an audit mismatch, as shown.
pub fn mismatch_values(mm: &Mismatch) -> (String, String) {
    let sep = super::decimal_sep();
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
                None => m::audit_not_computable().to_string(),
            },
        ),
    }
}

fn ids(list: &[IndicatorId]) -> Vec<String> {
    list.iter().map(IndicatorId::to_string).collect()
}

/// The message of a problem.
pub fn problem(k: &ProblemKind) -> String {
    use ProblemKind as K;
    match k {
        K::Decode(e) => decode_error(*e),
        K::Read { file, reason } => m::err_read(file, &io_reason(reason)),
        K::IsDir { file } => m::err_is_dir(file),
        K::UnreadableDir => m::err_unreadable_dir(),
        K::Csv(detail) => m::err_csv(detail),
        K::LineTooLong { len, max } => m::err_line_too_long(*len, *max),
        K::TooLarge { limit } => m::err_too_large(limit >> 20),
        K::NulByte => m::err_nul_byte(),
        K::Workbook(detail) => m::err_workbook(detail),
        K::WorkbookTooLarge => m::err_workbook_too_large(
            crate::sheet::workbook::MAX_CELLS,
            crate::sheet::workbook::MAX_DENSE_CELLS,
        ),
        K::WorkbookCrashed(detail) => m::err_workbook_crashed(detail),
        K::WorkbookEmpty => m::err_workbook_empty(),
        K::NoSuchSheet { name, names } => m::err_no_such_sheet(name, &names.join(", ")),
        K::SheetEmpty(name) => m::err_sheet_empty(name),
        K::OwnRekap => m::err_own_rekap(),
        K::ManySheets(names) => m::err_many_sheets(names.len(), &names.join(", ")),
        K::OwnRekapSkipped => m::note_own_rekap_skipped(),
        K::CompetencyValue { value, max } => m::err_competency_value(value, *max),
        K::CompetencyCount(n) => m::err_competency_count(*n),
        K::SheetsSkipped(names) => m::note_sheets_skipped(&names.join(", ")),
        K::SheetsAre(names) => m::note_sheets_are(&names.join(", ")),
        K::NoHeader(first) => m::err_no_header(first),
        K::NoScoreColumn => m::err_no_score_column(),
        K::HeaderUnknown(h) => m::err_header_unknown(h),
        K::ColumnDuplicate { lost_zero } => with_lost_zero(m::err_column_duplicate(), *lost_zero),
        K::ColumnNotIndicator => m::err_column_not_indicator(),
        K::ColumnsIgnored { names, code_like } => m::note_columns_ignored(&names.join(", "), *code_like),
        K::Json { column, detail } => m::err_json(*column, detail),
        K::JsonShape => m::err_json_shape(),
        K::JsonId(shown) => m::err_json_id(shown),
        K::JsonValue(shown) => m::err_json_value(shown),
        K::RowShort { got, want } => m::err_row_short(*got, *want),
        K::RowLong { got, want } => m::err_row_long(*got, *want),
        K::ManyTeachers(n) => m::err_many_teachers(*n),
        K::NoTeacherRows => m::err_no_teacher_rows(),
        K::RowWithoutTeacher => m::err_row_without_teacher(),
        K::NoIndicatorCode => m::err_no_indicator_code(),
        K::NumbersWithoutOption { count, first } => m::err_numbers_without_option(*count, *first),
        K::NumberOutOfRange { n, jenis, count } => m::err_number_out_of_range(*n, jenis.code(), *count),
        K::FieldConflict { field, first, first_line, value } => {
            m::err_field_conflict(field.key(), value, first, *first_line)
        }
        K::NoScores => m::err_no_scores(),
        K::Score(text) => m::err_score(text),
        K::ValueWithoutId(v) => m::err_value_without_id(v),
        K::UnknownKey(key) => m::err_unknown_key(key),
        K::FieldDuplicate(first) => m::err_field_duplicate(*first),
        K::Field(e) => field_error(e),
        K::CellUtf8 => m::err_cell_utf8(),
        K::IdOtherInstrument { id, jenis } => {
            m::err_id_other_instrument(&id.to_string(), jenis.code(), jenis.other().code())
        }
        K::IdUnknown { id, jenis } => m::err_id_unknown(&id.to_string(), jenis.code()),
        K::IdDuplicate { first, lost_zero } => with_lost_zero(m::err_id_duplicate(*first), *lost_zero),
        K::Missing { jenis, ids: list } => m::err_missing(jenis.code(), &ids(list)),
        K::ExtraIndicator(jenis) => m::err_extra_indicator(jenis.code()),
        K::NotAssessed => m::err_not_assessed(),
        K::RecoveredId { from, to } => m::note_recovered_id(&from.to_string(), &to.to_string()),
        K::ScoreColumnShifted { skor, found } => m::err_score_column_shifted(skor, found),
        K::BlankScores { ids } => m::err_blank_scores(ids.len(), &crate::sheet::diagnose::compact(ids)),
        K::ScoresFitOther { stated, fits } => m::err_scores_fit_other(stated.code(), fits.code()),
        K::JenisConflict { stated, forced } => m::err_jenis_conflict(stated.code(), forced.code()),
        K::JenisNeeded => m::err_jenis_needed(),
        K::EvaluasiForm => super::evaluasi::err_evaluasi_form(),
        K::NotEvaluasiForm => super::evaluasi::err_not_evaluasi_form(),
        K::TambahanForm => super::tambahan::err_tambahan_form(),
        K::PkbNoCodeColumn => super::pkb::err_pkb_no_code_column(),
        K::RiwayatNoNip(_) => super::riwayat::err_riwayat_no_nip(),
        K::RiwayatRekapColumns => super::riwayat::err_riwayat_rekap_columns(),
        K::RiwayatDuplicate { nip, first } => super::riwayat::err_riwayat_duplicate(nip, first),
        K::PkbUnknownCode(c) => super::pkb::err_pkb_unknown_code(c),
        K::PkbNumber { column, text } => super::pkb::err_pkb_number(column, text),
        K::PkbKegiatan(e) => super::pkb::kegiatan_error(*e),
        K::TambahanInstrumen(t) => super::tambahan::err_tambahan_instrumen(t),
        K::TambahanScore(t) => super::tambahan::err_tambahan_score(t),
        K::TambahanUnknownId(t) => super::tambahan::err_tambahan_unknown_id(t),
        K::TambahanBlank(ids) => super::tambahan::err_tambahan_blank(ids.len(), &ids.join(", ")),
        K::TambahanNotAssessed => super::tambahan::err_tambahan_not_assessed(),
        K::TambahanTwice(what) => super::tambahan::err_tambahan_twice(what),
        K::TambahanConflict(c) => super::tambahan::blend_conflict(*c),
        K::TambahanUnpaired(nip) => super::tambahan::err_tambahan_unpaired(nip),
        K::EvaluasiMark(t) => super::evaluasi::err_evaluasi_mark(t),
        K::EvaluasiScore(t) => super::evaluasi::err_evaluasi_score(t),
        K::EvaluasiEntry(e) => super::evaluasi::entry_error(*e),
        K::EvaluasiUnknown(k) => super::evaluasi::err_evaluasi_unknown(k),
        K::RowDuplicate(first) => super::evaluasi::err_row_duplicate(*first),
        K::EvaluasiMissing(codes) => super::evaluasi::err_evaluasi_missing(&codes.join(", ")),
        K::EvaluasiNothingAssessed => super::evaluasi::err_evaluasi_nothing().to_string(),
        K::InvalidIdentity(i) => invalid_identity(*i),
        K::Audit(mm) => {
            let (claimed, computed) = mismatch_values(mm);
            m::audit_mismatch(mm.field().key(), &claimed, &computed)
        }
    }
}

fn with_lost_zero(msg: String, lost_zero: Option<IndicatorId>) -> String {
    match lost_zero {
        Some(id) => format!("{msg}; {}", m::hint_lost_zero(&id.to_string())),
        None => msg,
    }
}
