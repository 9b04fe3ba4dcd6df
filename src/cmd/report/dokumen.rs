//! `report --riwayat DB --dokumen konversi|akumulasi|integrasi`: the 2023 regime's documents
//! of a promotion file, printed from the ledger for one teacher (`--nip`), a school
//! (`--sekolah`) or every teacher in it; one document (`-o`, HTML or PDF) or one PDF per
//! teacher (`--split`).

use std::collections::HashSet;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::*;
use crate::render::dokumen::{self, Dokumen, PrintedDokumen, Signing};

/// `--dokumen` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DokumenArg {
    Konversi,
    Akumulasi,
    Integrasi,
}

impl From<DokumenArg> for Dokumen {
    fn from(a: DokumenArg) -> Dokumen {
        match a {
            DokumenArg::Konversi => Dokumen::Konversi,
            DokumenArg::Akumulasi => Dokumen::Akumulasi,
            DokumenArg::Integrasi => Dokumen::Integrasi,
        }
    }
}

/// Prints the documents; a teacher whose document cannot be made is said and left out (exit 1).
pub(super) fn run(
    lang: Lang,
    args: &Args,
    db: &Path,
    dok: DokumenArg,
    format: ReportFormat,
    setup: &report::setup::Setup,
    jobs: usize,
) -> Result<ExitCode> {
    let dok = Dokumen::from(dok);
    let ledger = super::super::ledger::open(lang, db, crate::store::Access::Read)?;
    let fail = |e| super::super::ledger::error(lang, db, e);
    let nips: Vec<String> = match args.nip.as_deref() {
        Some(nip) => vec![nip.trim().to_string()],
        None => ledger.teachers(args.sekolah.as_deref()).map_err(fail)?.into_iter().map(|t| t.nip).collect(),
    };
    let signing = Signing {
        pejabat: args.pejabat.clone().unwrap_or_default(),
        nip: args.nip_pejabat.clone().unwrap_or_default(),
        place_date: i18n::place_date(
            lang,
            args.tempat.as_deref().unwrap_or(""),
            args.tanggal.as_deref().unwrap_or(""),
        ),
    };
    let mut printed: Vec<PrintedDokumen> = Vec::new();
    let mut failed = 0u64;
    for nip in &nips {
        let made = match ledger.history(nip).map_err(fail)? {
            Some(h) => dokumen::document(lang, dok, &h, &signing).map_err(|e| e.message(lang)),
            None => Err(i18n::err_riwayat_unknown_nip(lang, nip)),
        };
        match made {
            Ok(p) => printed.push(p),
            Err(message) => {
                failed += 1;
                eprintln!("{}: {message}", i18n::label_error(lang));
            }
        }
    }
    if printed.is_empty() {
        return Ok(ExitCode::FAILURE);
    }
    let title = dok.title(lang);
    match (&args.split, format) {
        (Some(dir), _) => {
            let mut names = HashSet::new();
            let preamble = report::markup::preamble(lang, &title, setup);
            for p in &printed {
                let path = unique(dir, &p.file_stem, &mut names);
                let bytes = report::book::render_parts(&preamble, std::iter::once(part(p)), 1)
                    .map_err(|e| typeset_error(lang, e))?;
                output::write_all(lang, Some(&path), &bytes)?;
            }
        }
        (None, ReportFormat::Html) => {
            let html = report::html::pages(lang, &title, printed.iter().map(|p| &p.page), setup);
            output::write_all(lang, args.output.as_deref(), html.as_bytes())?;
        }
        (None, ReportFormat::Pdf) => {
            let preamble = report::markup::preamble(lang, &title, setup);
            let target = output::Target::open(lang, args.output.as_deref(), &Made::Pdf)?;
            report::book::render_parts_to(&preamble, printed.iter().map(part), jobs, target)
                .map_err(|e| typeset_error(lang, e))?
                .commit()?;
        }
    }
    if !args.quiet {
        eprintln!("{}", i18n::report_summary(lang, printed.len() as u64, 0, failed));
    }
    Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn part(p: &PrintedDokumen) -> report::pdf::Part {
    report::pdf::Part::new(report::markup::one_page(&p.page), p.who.clone())
}
