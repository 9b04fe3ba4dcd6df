//! `pkguru skema`: a school's own appraisal scheme. `template` writes the sheet to fill in (one
//! teacher, or the school's wide form) from a scheme file or a shipped scheme; `periksa`
//! checks a scheme file and shows what it computes. Filled sheets are read by `score`,
//! `batch`, `check`, `report` and `rank` like every other form.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use crate::core::skema::Scheme;
use crate::i18n;
use crate::lang::Lang;
use crate::render::export::Format;
use crate::render::forms::skema as render;

use super::UsageError;
use super::args::{OutputArgs, formats};
use super::output;

/// Skema penilaian sekolah sendiri: lembar isian dan pemeriksaan berkas skema.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    Template(TemplateArgs),
    Periksa(PeriksaArgs),
}

formats!(
    /// Formats of a scheme's sheet.
    SkemaFormat { Csv, Xlsx }
);

/// Menulis lembar isian sebuah skema (satu guru, atau format lebar satu sekolah).
#[derive(Debug, clap::Args)]
pub struct TemplateArgs {
    /// Berkas skema (.toml) atau id skema yang tersedia (smk-lama).
    #[arg(value_name = "SKEMA")]
    pub skema: String,

    /// Format lebar: kolom skema dan identitas, lalu satu kolom per indikator, satu baris per guru.
    #[arg(long)]
    pub wide: bool,

    /// Format: csv atau xlsx; bawaan: dari ekstensi -o, selain itu csv.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<SkemaFormat>,

    #[command(flatten)]
    pub out: OutputArgs,
}

/// Memeriksa berkas skema dan menampilkan aspek, bobot, indikator dan predikatnya.
#[derive(Debug, clap::Args)]
pub struct PeriksaArgs {
    /// Berkas skema (.toml) atau id skema yang tersedia.
    #[arg(value_name = "SKEMA")]
    pub skema: String,
}

/// A scheme named on the command line: a file, or the id of one pkguru ships.
fn scheme(lang: Lang, named: &str) -> Result<Scheme> {
    let path = Path::new(named);
    if path.exists() || named.ends_with(".toml") {
        return super::args::read_scheme(lang, path);
    }
    match crate::forms::skema::Schemes::builtin().get(named) {
        Some(s) => Ok((**s).clone()),
        None => Err(UsageError(i18n::err_skema_unknown(lang, named)).into()),
    }
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    match &args.action {
        Action::Template(a) => {
            let s = scheme(lang, &a.skema)?;
            let bytes = match a.out.format(lang, a.format, Format::Csv)? {
                Format::Xlsx => render::template_xlsx(lang, &s, a.wide)?,
                _ if a.wide => render::template_wide_csv(&s, a.out.dialect())?,
                _ => render::template_csv(lang, &s, a.out.dialect())?,
            };
            output::write_all(lang, a.out.path(), &bytes)?;
        }
        Action::Periksa(a) => {
            let s = scheme(lang, &a.skema)?;
            output::write_all(lang, None, describe(lang, &s).as_bytes())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A checked scheme for people: what it weighs and how.
fn describe(lang: Lang, s: &Scheme) -> String {
    let mut out = format!("{} ({})\n", s.name, s.id);
    if !s.source.is_empty() {
        let _ = writeln!(out, "{}: {}", i18n::sk_source(lang), s.source);
    }
    let weights = s.weights();
    for (a, w) in s.aspects.iter().zip(&weights) {
        let w = w.map_or_else(String::new, |w| i18n::sk_num(lang, w));
        let _ = writeln!(
            out,
            "\n{} — {} {w} %, {}",
            a.name,
            i18n::sk_weight(lang).to_lowercase(),
            a.aggregate.code()
        );
        for i in &a.indicators {
            let _ = writeln!(out, "  {:<6} {} ({})", i.id, i.text, i.scale.code());
        }
    }
    let _ = writeln!(out, "\n{}:", i18n::sk_predikat(lang));
    for b in &s.bands {
        let _ = writeln!(out, "  ≥ {:>6}  {}", i18n::sk_num(lang, b.min), b.name);
    }
    if !s.note.is_empty() {
        let _ = writeln!(out, "\n{}: {}", i18n::sk_note(lang), s.note);
    }
    out
}
