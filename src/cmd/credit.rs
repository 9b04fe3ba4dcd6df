//! `pkguru credit`: angka kredit from a nilai, a raw total or a predikat, under the 2009
//! regime (default) or the 2023 regime, with the working and the path to promotion.

use crate::lang::Lang;
use std::process::ExitCode;

use anyhow::{Result, anyhow};
use serde::Serialize;

use crate::core::assessment::{self, CreditOutcome, Note};
use crate::core::credit2023::{self, Jenjang, PredikatKinerja};
use crate::core::exact::{self, Exact, exact_text, int, parse_decimal, ratio};
use crate::core::golongan::{self, GolonganText};
use crate::core::instrument::Jenis;
use crate::core::predikat::{self, Predikat};
use crate::core::teacher::Teacher;
use crate::i18n;
use crate::render::export;
use crate::render::json::{self, CreditJson};
use crate::render::table;

use super::UsageError;
use super::args::{BandsArg, IdentityArgs, JenisArg, JenjangArg, OutputArgs};
use crate::render::export::Format;

/// The regulatory regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Regime {
    /// Permenneg PAN-RB 16/2009.
    #[value(name = "2009")]
    R2009,
    /// PermenPAN-RB 1/2023.
    #[value(name = "2023")]
    R2023,
}

super::args::formats!(
    /// Output formats of `credit`.
    CreditFormat { Table, Json }
);

/// Menghitung angka kredit per tahun beserta uraian hitungannya.
#[derive(Debug, clap::Args)]
#[command(allow_negative_numbers = true)]
pub struct Args {
    /// Rezim: 2009 (Permenneg PAN-RB 16/2009, bawaan) atau 2023 (PermenPAN-RB 1/2023).
    #[arg(long, value_enum, default_value = "2009", value_name = "REZIM")]
    pub regime: Regime,

    /// Nilai PKG skala 100 (69,64 atau 69.64).
    #[arg(long, value_name = "NILAI", group = "nilai_source")]
    pub nilai: Option<String>,

    /// Nilai PKG mentah (jumlah nilai kompetensi: kelas 14–56, BK 17–68).
    #[arg(long, value_name = "TOTAL", group = "nilai_source")]
    pub total: Option<u32>,

    /// Predikat (2009: amat-baik, baik, cukup, sedang, kurang; 2023: sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang).
    #[arg(long, value_name = "PREDIKAT", group = "nilai_source")]
    pub predikat: Option<String>,

    /// Instrumen untuk --total dan JM: kelas (bawaan) atau bk.
    #[arg(long, value_enum, value_name = "JENIS")]
    pub jenis: Option<JenisArg>,

    /// Konvensi celah tabel predikat: upper (bawaan), lower, round.
    #[arg(long, value_enum, default_value_t = BandsArg::Upper, value_name = "KONVENSI")]
    pub bands: BandsArg,

    /// Jenjang (rezim 2023): {jenjang}; bawaan: dari --golongan.
    #[arg(long, value_enum, value_name = "JENJANG")]
    pub jenjang: Option<JenjangArg>,

    /// Lama penilaian dalam bulan (rezim 2023), 1–12; bawaan 12.
    #[arg(long, value_name = "BULAN")]
    pub bulan: Option<i64>,

    /// Format keluaran: table atau json; bawaan: dari ekstensi -o, selain itu table.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<CreditFormat>,

    #[command(flatten)]
    pub out: OutputArgs,

    #[command(flatten)]
    pub identity: IdentityArgs,
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    format(lang, args)?;
    let text = match args.regime {
        Regime::R2009 => run_2009(lang, args)?,
        Regime::R2023 => run_2023(lang, args)?,
    };
    super::output::write_all(lang, args.out.path(), text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn usage(msg: String) -> anyhow::Error {
    UsageError(msg).into()
}

/// Rejects options of the other regime, naming them.
fn check_regime_options(lang: Lang, args: &Args) -> Result<()> {
    let id = &args.identity;
    let only_2009: [(&str, bool); 9] = [
        ("--nilai", args.nilai.is_some()),
        ("--total", args.total.is_some()),
        ("--jam", id.jam.is_some()),
        ("--konseli", id.konseli.is_some()),
        ("--tugas-tambahan", id.tugas_tambahan.is_some()),
        ("--nilai-tambahan", id.nilai_tambahan.is_some()),
        ("--tugas", !id.tugas.is_empty()),
        ("--ak-pkb", id.ak_pkb.is_some()),
        ("--ak-penunjang", id.ak_penunjang.is_some()),
    ];
    let only_2023 = [("--jenjang", args.jenjang.is_some()), ("--bulan", args.bulan.is_some())];
    let (wrong, regime) = match args.regime {
        Regime::R2009 => (only_2023.iter().find(|o| o.1), "2009"),
        Regime::R2023 => (only_2009.iter().find(|o| o.1), "2023"),
    };
    match wrong {
        Some((flag, _)) => Err(usage(i18n::err_option_regime(lang, flag, regime))),
        None => Ok(()),
    }
}

/// How the PKG result was given, for the first line of the output.
struct Basis {
    predikat: Predikat,
    line: String,
    value: Option<Exact>,
}

fn basis(lang: Lang, args: &Args, jenis: Jenis) -> Result<Basis> {
    let sep = lang.decimal_sep();
    if let Some(text) = &args.nilai {
        let v =
            parse_decimal(text).map_err(|e| usage(format!("--nilai: {}", i18n::decimal_error(lang, &e))))?;
        if v < int(0) || v > int(100) {
            return Err(usage(i18n::err_nilai_range(lang, text)));
        }
        let p = predikat::classify(v, args.bands.into());
        let line = i18n::basis_nilai(lang, &exact::human(v, 2, sep), p.name(), p.credit_percent());
        return Ok(Basis { predikat: p, line, value: Some(v) });
    }
    if let Some(total) = args.total {
        let max = crate::core::instrument::Instrument::embedded(jenis).max_total();
        let min = max / 4;
        if total < min || total > max {
            return Err(usage(i18n::err_total_range(lang, total, jenis.code(), min, max)));
        }
        let v = ratio(100 * i64::from(total), i64::from(max));
        let p = predikat::classify(v, args.bands.into());
        let line =
            i18n::basis_total(lang, total, max, &exact::fixed(v, 2, sep), p.name(), p.credit_percent());
        return Ok(Basis { predikat: p, line, value: Some(v) });
    }
    if let Some(text) = &args.predikat {
        let p: Predikat = text.parse().map_err(|_| usage(i18n::err_field_predikat(lang, text)))?;
        return Ok(Basis {
            predikat: p,
            line: i18n::basis_predikat(lang, p.name(), p.credit_percent()),
            value: None,
        });
    }
    Err(usage(i18n::err_need_nilai(lang)))
}

fn run_2009(lang: Lang, args: &Args) -> Result<String> {
    check_regime_options(lang, args)?;
    let jenis = args.jenis.map_or(Jenis::Kelas, Into::into);
    let bands = args.bands.into();
    let Some(gol_text) = &args.identity.golongan else {
        return Err(usage(i18n::err_need_golongan(lang)));
    };
    let mut teacher = Teacher::<String>::default();
    args.identity.overrides(lang)?.apply(&mut teacher);
    if let Some(path) = &args.identity.tambahan {
        let t = crate::pipeline::prepass::tambahan_file(path, None)
            .map_err(|e| anyhow::anyhow!(i18n::sheet_error(lang, &e)))?;
        let h = t.result(bands);
        crate::core::tambahan::blend(&mut teacher, t.instrumen, &h)
            .map_err(|c| anyhow::anyhow!("{}: {}", path.display(), i18n::blend_conflict(lang, c)))?;
    }
    let pkb_note = args.identity.pkb(lang, &mut teacher)?;
    if jenis == Jenis::Kelas && teacher.konseli.is_some() {
        return Err(usage(i18n::err_konseli_for_kelas(lang)));
    }
    if jenis == Jenis::Bk && teacher.jam.is_some() {
        return Err(usage(i18n::err_jam_for_bk(lang)));
    }
    let basis = basis(lang, args, jenis)?;
    let mut notes: Vec<Note> = basis.value.and_then(|v| assessment::band_gap(v, bands)).into_iter().collect();
    // Without hours, the teacher is taken to meet the jam wajib mengajar (JM = JWM).
    if teacher.jam.is_none() && teacher.konseli.is_none() {
        let jwm = teacher.jwm(jenis);
        teacher.set_jm(jenis, int(jwm));
        notes.push(Note::JmAssumed { jenis, jwm });
    }
    let outcome = assessment::credit_for(&teacher, jenis, basis.predikat, bands);
    let c = match outcome {
        CreditOutcome::Computed(c) => c,
        CreditOutcome::Invalid(i) => return Err(usage(i18n::invalid_identity(lang, i))),
        CreditOutcome::Error(e) => return Err(anyhow!("{gol_text}: {}", i18n::credit_error(lang, &e))),
        CreditOutcome::Pppk(g) => return Err(usage(i18n::note(lang, &Note::Pppk { golongan: g }))),
        CreditOutcome::NoGolongan | CreditOutcome::MissingJm { .. } => {
            return Err(usage(i18n::err_need_golongan(lang)));
        }
    };
    notes.extend(assessment::credit_notes(&outcome, jenis, bands));
    notes.extend(pkb_note);
    Ok(match format(lang, args)? {
        CreditFormat::Table => {
            let mut o = format!(
                "{}\n  {}\n",
                i18n::credit_title(lang, c.golongan.as_str(), c.promotion.next.as_str()),
                basis.line
            );
            let width = super::text_width();
            table::credit_steps(lang, &mut o, &c, width);
            table::notes_block(lang, &mut o, &notes, width);
            o
        }
        CreditFormat::Json => {
            #[derive(Serialize)]
            struct Doc<'a> {
                basis: &'a str,
                credit: CreditJson,
                notes: Vec<json::NoteJson>,
            }
            let doc = Doc {
                basis: &basis.line,
                credit: CreditJson::new(lang, &c),
                notes: json::notes(lang, &notes),
            };
            String::from_utf8(export::json::to_vec("credit", &doc)?)?
        }
    })
}

fn run_2023(lang: Lang, args: &Args) -> Result<String> {
    check_regime_options(lang, args)?;
    let jenjang: Jenjang = match (args.jenjang, &args.identity.golongan) {
        (Some(j), _) => j.into(),
        (None, Some(g)) => {
            let gol = match golongan::read(g) {
                Ok(GolonganText::Pns(gol)) => gol,
                Ok(_) => return Err(usage(i18n::err_need_jenjang(lang))),
                Err(e) => return Err(usage(i18n::golongan_error(lang, g, &e))),
            };
            Jenjang::of(gol).ok_or_else(|| usage(i18n::err_no_jenjang(lang, gol.as_str())))?
        }
        (None, None) => return Err(usage(i18n::err_need_jenjang(lang))),
    };
    let Some(p_text) = &args.predikat else {
        return Err(usage(i18n::err_need_predikat_kinerja(lang)));
    };
    let p: PredikatKinerja = p_text.parse().map_err(|_| usage(i18n::err_predikat_kinerja(lang, p_text)))?;
    let months = args.bulan.unwrap_or(12);
    if !(1..=12).contains(&months) {
        return Err(usage(i18n::err_bulan(lang, months)));
    }
    let c = credit2023::compute(jenjang, p, months);
    let sep = lang.decimal_sep();
    let row = jenjang.row();
    let formula = if months == 12 {
        format!("{} % × {} = {}", p.percent(), exact::human(c.koefisien, 2, sep), exact::fixed(c.ak, 3, sep))
    } else {
        format!(
            "{months}/12 × {} % × {} = {}",
            p.percent(),
            exact::human(c.koefisien, 2, sep),
            exact::fixed(c.ak, 3, sep)
        )
    };
    let years = |x: Exact| exact::fixed(x, 2, sep);
    Ok(match format(lang, args)? {
        CreditFormat::Table => {
            let mut o = format!("{}\n", i18n::credit2023_title(lang, row.name, p.name(), p.percent()));
            o += &format!("  {}:\n    {formula}\n", i18n::label_ak_period(lang, months));
            let whole = |y: Exact| y.ceil().to_integer();
            let pangkat = i18n::path_2023_pangkat(
                lang,
                row.ak_pangkat,
                &years(c.years_pangkat),
                whole(c.years_pangkat),
            );
            let jenjang = match (row.ak_jenjang, c.years_jenjang) {
                (Some(ak), Some(y)) => i18n::path_2023_jenjang(lang, ak, &years(y), whole(y)),
                _ => i18n::path_2023_top(lang),
            };
            for line in [pangkat, jenjang] {
                o += &format!("  {}\n", table::wrap(&line, super::text_width(), 2));
            }
            o
        }
        CreditFormat::Json => {
            #[derive(Serialize)]
            struct Doc {
                regime: &'static str,
                jenjang: &'static str,
                predikat: &'static str,
                percent: i64,
                koefisien: f64,
                months: i64,
                ak: f64,
                ak_exact: String,
                ak_display: String,
                per_year: f64,
                formula: String,
                ak_kenaikan_pangkat: i64,
                ak_kenaikan_jenjang: Option<i64>,
                years_pangkat: f64,
                years_jenjang: Option<f64>,
            }
            let doc = Doc {
                regime: "2023",
                jenjang: row.code,
                predikat: p.name(),
                percent: p.percent(),
                koefisien: exact::to_f64(c.koefisien),
                months,
                ak: exact::to_f64(c.ak),
                ak_exact: exact_text(c.ak, '.'),
                ak_display: exact::fixed(c.ak, 3, '.'),
                per_year: exact::to_f64(c.per_year),
                formula,
                ak_kenaikan_pangkat: row.ak_pangkat,
                ak_kenaikan_jenjang: row.ak_jenjang,
                years_pangkat: exact::to_f64(c.years_pangkat),
                years_jenjang: c.years_jenjang.map(exact::to_f64),
            };
            String::from_utf8(export::json::to_vec("credit", &doc)?)?
        }
    })
}

/// The output format, from `--format` or the `-o` extension.
fn format(lang: Lang, args: &Args) -> Result<CreditFormat> {
    Ok(match args.out.format(lang, args.format, Format::Table)? {
        Format::Json => CreditFormat::Json,
        _ => CreditFormat::Table,
    })
}
