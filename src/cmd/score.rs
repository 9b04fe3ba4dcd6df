//! `pkguru score`: scores one teacher's sheet (CSV, JSON, a one-row wide CSV, or a workbook)
//! and, when the golongan and hours are known, computes the angka kredit.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Result, anyhow};

use crate::core::assessment;
use crate::forms::ScoredForm;
use crate::i18n;
use crate::kind::{self, Kind};
use crate::lang::Lang;
use crate::pipeline::collect::{Assessed, Forms, Teachers};
use crate::pipeline::inputs::Input;
use crate::pipeline::{self, Failure, Options, Sink, prepass};
use crate::render::csv::CsvDialect;
use crate::render::rekap::{self, RekapFormat, RekapRow, RowTexts, Rows};
use crate::render::{json, table};
use crate::sheet::{self, Problem, ProblemKind, SheetError, input};

use super::args::{IdentityArgs, OutputArgs, ScoringArgs};
use crate::render::export::{self, Format};

super::args::formats!(
    /// Output formats of `score`.
    ScoreFormat { Table, Json, Csv }
);

/// Menilai lembar satu guru: nilai kompetensi, Nilai PKG, skala 100, predikat, angka kredit.
#[derive(Debug, clap::Args)]
#[command(allow_negative_numbers = true)]
pub struct Args {
    /// Lembar penilaian (CSV, JSON, atau CSV lebar satu baris); '-' untuk masukan standar.
    #[arg(value_name = "LEMBAR")]
    pub sheet: PathBuf,

    #[command(flatten)]
    pub scoring: ScoringArgs,

    /// Format keluaran: table, json, csv; bawaan: dari ekstensi -o, selain itu table.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ScoreFormat>,

    #[command(flatten)]
    pub out: OutputArgs,

    #[command(flatten)]
    pub identity: IdentityArgs,
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let format = args.out.format(lang, args.format, Format::Table)?;
    let instruments = args.scoring.instruments(lang)?;
    let schemes = args.scoring.schemes(lang)?;
    let label = input::label(&args.sheet);
    let bytes = input::read_all(&args.sheet).map_err(|p| anyhow!(i18n::problem(lang, &p.kind)))?;
    let sheet_name = args.scoring.sheet_name.as_deref();
    let bands = args.scoring.bands();
    let located = |problems| anyhow!(i18n::sheet_error(lang, &SheetError { file: label.clone(), problems }));
    // What the input is decides how it is scored (its first worksheet, for a workbook).
    let first = sheet::open(&label, &bytes, sheet_name).ok().and_then(|p| {
        let kinds: Vec<Kind> = p.parts.iter().map(|part| kind::of(&part.opened)).collect();
        kinds.first().copied().map(|k| (k, kinds.len()))
    });
    match first {
        Some((Kind::Form(_), _)) => {
            let dialect = args.out.dialect();
            return form(lang, args, format, &label, bytes, &instruments, dialect);
        }
        Some((Kind::Tambahan, 1)) => {
            let t = prepass::read(&label, &bytes, sheet_name).unwrap_or_else(|| Err(Vec::new()));
            let t = t.map_err(located)?;
            let h = t.result(bands);
            let text = match format {
                Format::Json => crate::render::tambahan::json(&label, &t, &h),
                _ => crate::render::tambahan::table(lang, &t, &h),
            };
            write(lang, args, format, &text)?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let overrides = args.identity.overrides(lang)?;
    let given = match &args.identity.pkb {
        Some(path) => Some(prepass::pkb_file(path, None).map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))?),
        None => None,
    };
    let one = Input::read(&label, bytes);
    let plan = prepass::plan(vec![one], sheet_name, bands, 1, true);
    let (mut inputs, mut partners, mut early) = (plan.inputs, plan.partners, plan.failures);
    if let Some(list) = given {
        // The list given replaces the workbook's own, which is then not read.
        early.retain(|f| !f.file.starts_with(&format!("{label}[")));
        inputs = inputs.into_iter().map(|i| i.with_pkb(list.clone())).collect();
    }
    if let Some(path) = &args.identity.tambahan {
        let t = prepass::tambahan_file(path, sheet_name).map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))?;
        if !partners.is_empty() {
            let kind = ProblemKind::TambahanTwice(format!("{label}, {}", path.display()));
            return Err(located(vec![Problem::file(kind)]));
        }
        partners = prepass::Partners::every(&path.display().to_string(), &t, bands);
    }
    let opts = Options {
        instruments: &instruments,
        read: args.scoring.read_options(),
        bands,
        strict: false,
        jobs: 1,
        sheet_name: args.scoring.sheet_name.clone(),
        forms: false,
        values: None,
        partners: &partners,
        overrides: Some(&overrides),
        schemes: &schemes,
    };
    let mut sink = One::default();
    sink.failures.extend(early);
    pipeline::run(&mut inputs, &opts, &Teachers, &mut sink, super::cancel_flag())?;
    let t = sink.one(lang, &label)?;
    let Some(a) = t.assessment else { unreachable!("`One::one` refuses a teacher not yet assessed") };
    let instrument = instruments.get(t.jenis);
    let mut notes = assessment::notes(&a, t.jenis);
    notes.extend(t.pkb_note);
    let text = match format {
        Format::Table => table::score(lang, instrument, &t.teacher, &a, &notes, super::text_width()),
        Format::Json => json::score(lang, &label, instrument, &t.teacher, &a, &notes, &sink.warnings()),
        _ => {
            let dialect: CsvDialect = args.out.dialect();
            let n = instrument.competencies.len();
            let (encoder, mut writer) = rekap::rekap(RekapFormat::Csv, dialect, n, lang);
            let texts = RowTexts::of(lang, &a, dialect.decimal, &sink.warnings());
            let mut rows = Rows::new(dialect, Vec::new());
            encoder.row(&mut rows, &RekapRow::of(&label, t.line, &t.teacher, &a, &texts));
            let mut out = Vec::new();
            writer.begin(&mut out)?;
            writer.chunk(&mut out, &rows)?;
            String::from_utf8(out)?
        }
    };
    write(lang, args, format, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the result; text for a terminal with the data's control characters made visible.
fn write(lang: Lang, args: &Args, format: Format, text: &str) -> Result<()> {
    let text = if format == Format::Table { export::text::visible(text) } else { text.into() };
    super::output::write_all(lang, args.out.path(), text.as_bytes())
}

/// The one teacher of the input, its warnings and problems.
#[derive(Default)]
struct One {
    teachers: Vec<Assessed>,
    failures: Vec<Failure>,
}

impl Sink<Vec<Assessed>> for One {
    fn batch(&mut self, mut teachers: Vec<Assessed>) -> Result<Option<Vec<Assessed>>> {
        self.teachers.append(&mut teachers);
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.failures.extend_from_slice(failures);
        Ok(())
    }
}

impl One {
    /// The warnings said about the input (fields left empty, columns and worksheets not read).
    fn warnings(&self) -> Vec<Problem> {
        self.failures.iter().filter(|f| f.warning).map(|f| f.problem.clone()).collect()
    }

    /// The one assessed teacher, its warnings said; or the error: what kept it from being
    /// scored, or that there is none or more than one.
    fn one(&mut self, lang: Lang, label: &str) -> Result<Assessed> {
        let sheet_error = |file: &str, problems| {
            anyhow!(i18n::sheet_error(lang, &SheetError { file: file.into(), problems }))
        };
        let errors: Vec<&Failure> = self.failures.iter().filter(|f| !f.warning).collect();
        if let Some(first) = errors.first() {
            let problems = errors.iter().map(|f| f.problem.clone()).collect();
            return Err(sheet_error(&first.file, problems));
        }
        match self.teachers.len() {
            0 => return Err(sheet_error(label, vec![Problem::file(ProblemKind::NoTeacherRows)])),
            1 => {}
            n => {
                let mut parts: Vec<&str> = self.teachers.iter().map(|t| t.file.as_str()).collect();
                parts.dedup();
                let kind = if parts.len() > 1 {
                    let names = parts.iter().filter_map(|p| sheet_of(p, label)).collect();
                    ProblemKind::ManySheets(names)
                } else {
                    ProblemKind::ManyTeachers(n)
                };
                return Err(sheet_error(label, vec![Problem::file(kind)]));
            }
        }
        let t = self.teachers.remove(0);
        if t.assessment.is_none() {
            let mut problems = t.warnings.clone();
            problems.sort_by_key(|p| p.line.unwrap_or(u64::MAX));
            return Err(sheet_error(&t.file, problems));
        }
        // Fields that could not be read are left empty; the teacher is still scored.
        for w in self.warnings() {
            eprintln!("pkguru: {}", i18n::warning_line(lang, label, &w));
        }
        Ok(t)
    }
}

/// The worksheet of a part label `file[worksheet]`.
fn sheet_of(part: &str, file: &str) -> Option<String> {
    part.strip_prefix(file)?.strip_prefix('[')?.strip_suffix(']').map(str::to_string)
}

/// `score` on a standalone form: its table, JSON, or one-row rekap.
fn form(
    lang: Lang,
    args: &Args,
    format: Format,
    label: &str,
    bytes: Vec<u8>,
    instruments: &crate::sheet::Instruments,
    dialect: CsvDialect,
) -> Result<ExitCode> {
    let schemes = args.scoring.schemes(lang)?;
    let partners = Default::default();
    let opts = Options {
        instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands(),
        strict: false,
        jobs: 1,
        sheet_name: args.scoring.sheet_name.clone(),
        forms: true,
        values: None,
        partners: &partners,
        overrides: None,
        schemes: &schemes,
    };
    let mut sink = FormSink::default();
    pipeline::run(&mut [Input::read(label, bytes)], &opts, &Forms, &mut sink, super::cancel_flag())?;
    let errors: Vec<Problem> =
        sink.failures.iter().filter(|f| !f.warning).map(|f| f.problem.clone()).collect();
    if sink.forms.len() > 1 {
        let problems = vec![Problem::file(ProblemKind::ManyTeachers(sink.forms.len()))];
        return Err(anyhow!(i18n::sheet_error(lang, &SheetError { file: label.into(), problems })));
    }
    let Some(scored) = sink.forms.first().filter(|_| errors.is_empty()) else {
        if errors.iter().any(|p| p.kind == ProblemKind::EvaluasiNothingAssessed) {
            return Err(anyhow!("{label}: {}", i18n::err_evaluasi_nothing(lang)));
        }
        return Err(anyhow!(i18n::sheet_error(lang, &SheetError { file: label.into(), problems: errors })));
    };
    use crate::render::forms as render;
    let text = match format {
        Format::Table => render::table(lang, &scored.1),
        Format::Json => render::json(label, &scored.1),
        _ => {
            String::from_utf8(render::rekap(lang, std::slice::from_ref(scored), RekapFormat::Csv, dialect)?)?
        }
    };
    write(lang, args, format, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// The one form of the input, and its problems.
#[derive(Default)]
struct FormSink {
    forms: Vec<(Arc<str>, ScoredForm)>,
    failures: Vec<Failure>,
}

impl Sink<Vec<(Arc<str>, ScoredForm)>> for FormSink {
    fn batch(
        &mut self,
        mut forms: Vec<(Arc<str>, ScoredForm)>,
    ) -> Result<Option<Vec<(Arc<str>, ScoredForm)>>> {
        self.forms.append(&mut forms);
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.failures.extend_from_slice(failures);
        Ok(())
    }
}
