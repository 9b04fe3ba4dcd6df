//! `pkguru rank`: ranks teachers by profile matching from their competency values, taken
//! from score sheets (any layout `batch` reads; values 1–4) or from a table of values per
//! teacher (`nip`, `nama`, `k1`…, e.g. pkguru's CSV rekap, or a table on a 1–5 scale with
//! `--skala 5`). Kelas and BK teachers, and different scales, are ranked separately.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::core::exact::{Exact, int, parse_decimal};
use crate::core::instrument::{Domain, Instrument, Jenis};
use crate::core::ranking::{self, Criterion, DOMAINS, Factor, Profile, RankError};
use crate::i18n;
use crate::lang::Lang;
use crate::pipeline::collect::{Candidate, Competencies};
use crate::pipeline::{self, Failure, Options, Sink, inputs};
use crate::render::rank::{self, Group, Ranked};

use super::args::{OutputArgs, ScoringArgs};
use super::output;
use super::problems::Reporter;
use crate::render::export::Format;

super::args::formats!(
    /// Output formats of `rank`.
    RankFormat { Table, Csv, Json, Xlsx }
);

/// Memeringkat guru dengan metode profile matching dari nilai kompetensinya.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Masukan: lembar nilai (seperti batch) atau tabel nilai kompetensi (nip, nama, k1, k2, …).
    #[arg(value_name = "MASUKAN", required_unless_present = "profil_bawaan")]
    pub inputs: Vec<PathBuf>,

    /// Skala tabel nilai kompetensi: nilai 1 sampai SKALA, target bawaan SKALA (lembar nilai selalu 1–4).
    #[arg(long, default_value_t = 4, value_name = "SKALA", value_parser = clap::value_parser!(u8).range(2..=10))]
    pub skala: u8,

    /// Profil dari BERKAS CSV (kompetensi,ranah,target,faktor; baris bobot dan core), seperti --profil-bawaan.
    #[arg(long, value_name = "BERKAS")]
    pub profil: Option<PathBuf>,

    /// Cetak profil bawaan (CSV, untuk --jenis dan --skala) lalu selesai.
    #[arg(long)]
    pub profil_bawaan: bool,

    /// Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, atau table.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<RankFormat>,

    #[command(flatten)]
    pub out: OutputArgs,

    #[command(flatten)]
    pub scoring: ScoringArgs,
}

/// A teacher found in the inputs: NIP, name, `file:line`, competency values.
type Found = (String, String, String, Vec<u8>);

pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let jenis_arg = args.scoring.jenis.map(Jenis::from);
    if args.profil_bawaan {
        let inst = Instrument::embedded(jenis_arg.unwrap_or(Jenis::Kelas));
        output::write_all(
            lang,
            args.out.path(),
            rank::profile_csv(&Profile::default_for(inst, args.skala)).as_bytes(),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let format = args.out.format(lang, args.format, Format::Table)?;
    let file_profile = match &args.profil {
        Some(path) => Some((path.display().to_string(), read_profile(lang, path)?)),
        None => None,
    };
    let instruments = args.scoring.instruments(lang)?;
    let schemes = args.scoring.schemes(lang)?;
    let outputs = [args.out.path()];
    let inputs = output::without_outputs(inputs::expand(&args.inputs), &outputs);
    output::refuse_overwrite(lang, &inputs, &outputs)?;
    let jobs = super::args::jobs(lang, None)?;
    let sheet_name = args.scoring.sheet_name.as_deref();
    let plan = pipeline::prepass::plan(inputs, sheet_name, args.scoring.bands(), jobs, false);
    let (mut inputs, partners, early, forms) = (plan.inputs, plan.partners, plan.failures, plan.forms);
    let opts = Options {
        instruments: &instruments,
        read: args.scoring.read_options(),
        bands: args.scoring.bands(),
        strict: false,
        jobs,
        sheet_name: args.scoring.sheet_name.clone(),
        forms,
        values: Some(args.skala),
        partners: &partners,
        overrides: None,
        schemes: &schemes,
    };
    if forms {
        return rank_forms(lang, args, format, &mut inputs, &opts, &early);
    }
    let mut sink =
        RankSink { reporter: Reporter::new(lang, None, None), found: Vec::new(), again: Default::default() };
    sink.reporter.say(&early);
    let encoder = Competencies { scale: args.skala };
    let stats = pipeline::run(&mut inputs, &opts, &encoder, &mut sink, super::cancel_flag())?;
    let unused = partners.unused();
    sink.reporter.say(&unused);
    let mut failed = stats.failed + pipeline::failed_files(&early) + unused.len() as u64;
    // (jenis, scale) → teachers with their values, in the order first seen.
    let mut found: Vec<((Jenis, u8), Vec<Found>)> = Vec::new();
    for r in sink.found {
        let who = (r.nip, r.nama, r.source, r.values);
        match found.iter_mut().find(|(k, _)| *k == (r.jenis, r.scale)) {
            Some((_, list)) => list.push(who),
            None => found.push(((r.jenis, r.scale), vec![who])),
        }
    }
    let mut groups = Vec::new();
    for ((jenis, scale), teachers) in found {
        let default = Profile::default_for(Instrument::embedded(jenis), scale);
        let (profile, source) = match &file_profile {
            Some((name, p)) if p.criteria.len() == default.criteria.len() => {
                let p = Profile { scale, ..p.clone() };
                p.validate().map_err(|e| {
                    anyhow::anyhow!(i18n::err_profile_invalid(lang, name, &rank_error(lang, &e)))
                })?;
                (p, name.clone())
            }
            Some(_) => {
                eprintln!("{}", i18n::rank_profile_other(lang, jenis.code()));
                (default, "bawaan".to_string())
            }
            None => (default, "bawaan".to_string()),
        };
        let mut ranked = Vec::with_capacity(teachers.len());
        for (nip, nama, source, values) in teachers {
            // Values were checked against the scale when read; a profile error was caught above.
            // Only the ranking value is kept: the output computes the intermediates again.
            match ranking::check(&profile, &values) {
                Ok(()) => {
                    let value = ranking::evaluation(&profile, &values).value;
                    let values = values.into_boxed_slice();
                    ranked.push(Ranked { nip, nama, source, values, value, position: 0, tied: false });
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("{source}: {}", rank_error(lang, &e));
                }
            }
        }
        let positions = ranking::positions(&ranked.iter().map(|t| t.value).collect::<Vec<_>>());
        for (t, (position, tied)) in ranked.iter_mut().zip(positions) {
            t.position = position;
            t.tied = tied;
        }
        // Stable: ties keep input order.
        ranked.sort_by_key(|t| t.position);
        groups.push(Group { jenis, profile, profile_source: source, teachers: ranked });
    }
    groups.sort_by_key(|g| (g.jenis != Jenis::Kelas, g.profile.scale));
    if groups.is_empty() {
        anyhow::bail!(i18n::rank_none(lang));
    }
    output::export(lang, args.out.path(), format, args.out.dialect(), &rank::Ranking(&groups))?;
    Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// `rank` on standalone forms (a school's scheme, evaluasi diri): ranked by their nilai, per
/// kind and scheme.
fn rank_forms(
    lang: Lang,
    args: &Args,
    format: Format,
    inputs: &mut [pipeline::inputs::Input],
    opts: &Options<'_>,
    early: &[Failure],
) -> Result<ExitCode> {
    let mut sink = FormsSink { reporter: Reporter::new(lang, None, None), forms: Vec::new() };
    sink.reporter.say(early);
    let stats =
        pipeline::run(inputs, opts, &crate::pipeline::collect::Forms, &mut sink, super::cancel_flag())?;
    if sink.forms.is_empty() {
        anyhow::bail!(i18n::rank_none(lang));
    }
    let ranking = crate::render::forms::FormsRanking::of(lang, &sink.forms);
    output::export(lang, args.out.path(), format, args.out.dialect(), &ranking)?;
    let failed = stats.failed + pipeline::failed_files(early);
    Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// The forms found, in input order.
struct FormsSink {
    reporter: Reporter,
    forms: Vec<crate::forms::Sourced>,
}

impl Sink<Vec<crate::forms::Sourced>> for FormsSink {
    fn batch(&mut self, mut forms: Vec<crate::forms::Sourced>) -> Result<Option<Vec<crate::forms::Sourced>>> {
        self.forms.append(&mut forms);
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.reporter.say(failures);
        Ok(())
    }
}

/// The teachers found, in input order.
struct RankSink {
    reporter: Reporter,
    found: Vec<Candidate>,
    /// Teachers of the next batch seen before in the run: left out.
    again: std::collections::HashSet<String>,
}

impl Sink<Vec<Candidate>> for RankSink {
    fn again(&mut self, teachers: &[pipeline::seen::Again]) -> Result<()> {
        self.again = pipeline::seen::places(teachers);
        Ok(())
    }

    fn batch(&mut self, mut found: Vec<Candidate>) -> Result<Option<Vec<Candidate>>> {
        if !self.again.is_empty() {
            found.retain(|c| !self.again.remove(&c.source));
        }
        self.found.append(&mut found);
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        self.reporter.say(failures);
        Ok(())
    }
}

fn rank_error(lang: Lang, e: &RankError) -> String {
    match e {
        RankError::WeightsSum => {
            i18n::pick(lang, "bobot ranah harus berjumlah 100", "domain weights must add up to 100").into()
        }
        RankError::CoreShare => {
            i18n::pick(lang, "bagian core harus 0 sampai 100", "the core share must be 0 to 100").into()
        }
        RankError::Target { competency, target, scale } => {
            format!(
                "{} {competency}: target {target} > {scale}",
                i18n::pick(lang, "kompetensi", "competency")
            )
        }
        RankError::EmptyDomain(d) => {
            format!(
                "{}: {}",
                i18n::pick(lang, "ranah tanpa kompetensi", "domain without competencies"),
                d.code()
            )
        }
        RankError::Value { competency, value, scale } => {
            format!("{} {competency}: {value} ∉ 1–{scale}", i18n::pick(lang, "kompetensi", "competency"))
        }
        RankError::Count { expected, found } => format!("{found} ≠ {expected}"),
    }
}

fn domain(s: &str) -> Option<Domain> {
    DOMAINS.into_iter().find(|d| d.code() == s.trim().to_lowercase())
}

/// Reads a profile file (the CSV `--profil-bawaan` prints). Weights and the core share left
/// out keep their defaults (30/20/25/25, 60).
fn read_profile(lang: Lang, path: &std::path::Path) -> Result<Profile> {
    let name = path.display().to_string();
    let text = std::fs::read(path)
        .map_err(|e| anyhow::anyhow!(i18n::err_profile(lang, &name, 0, &e.to_string())))?;
    let mut rdr = crate::scan::text::reader(&text[..], crate::scan::text::sniff_first_line(&text), true);
    let mut profile = Profile::default_for(Instrument::embedded(Jenis::Kelas), 10);
    profile.criteria.clear();
    let percent = |s: &str| parse_decimal(s).ok().map(|x: Exact| x / int(100));
    for record in rdr.records() {
        let record =
            record.map_err(|e| anyhow::anyhow!(i18n::err_profile(lang, &name, 0, &e.to_string())))?;
        let line = record.position().map_or(0, |p| p.line());
        let bad = |what: &str| anyhow::anyhow!(i18n::err_profile(lang, &name, line, what));
        let f = |i: usize| record.get(i).unwrap_or("").trim();
        match f(0).to_lowercase().as_str() {
            "bobot" | "weight" => {
                let d = domain(f(1)).ok_or_else(|| bad(f(1)))?;
                let w = percent(f(2)).ok_or_else(|| bad(f(2)))?;
                if let Some(i) = DOMAINS.iter().position(|x| *x == d) {
                    profile.weights[i] = w;
                }
            }
            "core" => profile.core_share = percent(f(2)).ok_or_else(|| bad(f(2)))?,
            "" => {}
            k => {
                let competency: u8 = k.parse().map_err(|_| bad(k))?;
                let domain = domain(f(1)).ok_or_else(|| bad(f(1)))?;
                let target: u8 = f(2).parse().map_err(|_| bad(f(2)))?;
                let factor = Factor::parse(f(3)).ok_or_else(|| bad(f(3)))?;
                if competency as usize != profile.criteria.len() + 1 {
                    return Err(bad(k));
                }
                profile.criteria.push(Criterion { competency, domain, target, factor });
            }
        }
    }
    Ok(profile)
}
