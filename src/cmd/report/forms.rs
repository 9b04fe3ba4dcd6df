//! `report` on standalone forms (evaluasi diri, a school's scheme): the forms' own run.

use std::collections::HashSet;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;

use super::*;

/// `report` on standalone forms (evaluasi diri, a school's scheme): one printed form per teacher (HTML, one PDF, or one PDF
/// per teacher with `--split`).
pub(super) fn forms(
    lang: Lang,
    args: &Args,
    mut inputs: Vec<Input>,
    instruments: &Instruments,
    format: ReportFormat,
    setup: &report::setup::Setup,
    jobs: usize,
) -> Result<ExitCode> {
    use report::markup::form as markup;
    let schemes = args.scoring.schemes(lang)?;
    let partners = Default::default();
    let opts = Options {
        instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands(),
        strict: false,
        jobs,
        sheet_name: args.scoring.sheet_name.clone(),
        forms: true,
        values: None,
        partners: &partners,
        overrides: None,
        schemes: &schemes,
    };
    let mut sink =
        FormsSink { reporter: Reporter::new(lang, None, None), pages: Vec::new(), sources: Vec::new() };
    let encoder = report::encode::ReportEncoder::new(lang, instruments);
    let stats = pipeline::run(&mut inputs, &opts, &encoder, &mut sink, crate::cmd::cancel_flag())?;
    let FormsSink { pages, sources, .. } = sink;
    let footer = pages.first().map_or("", |p| report_forms::title(lang, p.kind));
    match (&args.split, format) {
        (Some(dir), _) => {
            let mut names = HashSet::new();
            for (page, source) in pages.iter().zip(&sources) {
                let path = unique(dir, &page.file_stem, &mut names);
                let part = report::pdf::Part::new(markup(page), page.who.clone()).with_foot(source);
                let bytes = report::book::render_parts(
                    &report::markup::preamble(lang, footer, setup),
                    std::iter::once(part),
                    1,
                )
                .map_err(|e| typeset_error(lang, e))?;
                output::write_all(lang, Some(&path), &bytes)?;
            }
        }
        (None, ReportFormat::Html) => output::write_all(
            lang,
            args.output.as_deref(),
            report::html::forms(lang, footer, &pages, setup).as_bytes(),
        )?,
        (None, ReportFormat::Pdf) => {
            let preamble = report::markup::preamble(lang, footer, setup);
            let parts = pages.iter().map(|p| report::pdf::Part::new(markup(p), p.who.clone()));
            let target = output::Target::open(lang, args.output.as_deref(), &Made::Pdf)?;
            report::book::render_parts_to(&preamble, parts, jobs, target)
                .map_err(|e| typeset_error(lang, e))?
                .commit()?;
        }
    }
    if !args.quiet {
        eprintln!("{}", i18n::report_summary(lang, pages.len() as u64, 0, stats.failed));
    }
    Ok(if stats.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// The forms' pages of a forms run, in order.
struct FormsSink {
    reporter: Reporter,
    pages: Vec<report_forms::Printed>,
    sources: Vec<Arc<str>>,
}

impl Sink<Vec<Item>> for FormsSink {
    fn batch(&mut self, items: Vec<Item>) -> Result<Option<Vec<Item>>> {
        for item in items {
            if let Item::Form { printed, source } = item {
                self.pages.push(*printed);
                self.sources.push(source);
            }
        }
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.reporter.say(failures);
        Ok(())
    }
}
