//! The ranking of `pkguru rank` as a table for people, CSV and JSON for machines, with every
//! intermediate (gaps, weights, NCF, NSF, domain values) so a committee can check it. The
//! profile as CSV (`--profil-bawaan`), in the form `--profil` reads. A ranking holds each
//! teacher's values and ranking value only; the intermediates are computed again for one
//! teacher at a time as the output is written, so no format holds them for every teacher.

use crate::lang::Lang;
use std::fmt::Write as _;

use serde::Serialize;

use crate::core::exact::{Exact, exact_text, fixed, to_f64};
use crate::core::instrument::Jenis;
use crate::core::ranking::{self, DOMAINS, Evaluation, Profile};
use crate::i18n;

use super::export::json::Seq;
use super::export::{Cell, Column, Document, Print, Rows, Table};

/// One ranked teacher: who, and the values the ranking value comes from.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub nip: String,
    pub nama: String,
    /// `file:line` the values come from.
    pub source: String,
    /// The competency values, which [`ranking::check`] accepted for the group's profile.
    pub values: Box<[u8]>,
    /// The ranking value.
    pub value: Exact,
    pub position: usize,
    pub tied: bool,
}

impl Ranked {
    /// Every intermediate of the teacher's evaluation.
    fn eval(&self, profile: &Profile) -> Evaluation {
        ranking::evaluation(profile, &self.values)
    }
}

/// Teachers ranked together: one instrument, one scale, one profile (never mixed).
#[derive(Debug, Clone)]
pub struct Group {
    pub jenis: Jenis,
    pub profile: Profile,
    /// `bawaan` or the profile file.
    pub profile_source: String,
    /// In ranking order.
    pub teachers: Vec<Ranked>,
}

fn two(x: Exact, sep: char) -> String {
    fixed(x, 2, sep)
}

/// The ranking as a text table, one section per group, written line by line.
fn table(lang: Lang, groups: &[Group], out: &mut dyn std::fmt::Write) -> std::fmt::Result {
    for (n, g) in groups.iter().enumerate() {
        if n > 0 {
            out.write_char('\n')?;
        }
        writeln!(
            out,
            "{}",
            i18n::rank_title(lang, g.jenis.code(), g.profile.scale, &g.profile_source, g.teachers.len())
        )?;
        let domains: Vec<String> =
            DOMAINS.iter().map(|d| i18n::domain_short(lang, d.code()).to_string()).collect();
        writeln!(
            out,
            "{:>4}  {:<28} {:<18} {:>6} {:>6} {:>6} {:>6} {:>6}",
            i18n::rank_position(lang),
            i18n::rank_name(lang),
            "NIP",
            domains[0],
            domains[1],
            domains[2],
            domains[3],
            i18n::rank_value(lang)
        )?;
        for t in &g.teachers {
            let pos = format!("{}{}", t.position, if t.tied { "=" } else { "" });
            let nama: String = t.nama.chars().take(28).collect();
            let d = &t.eval(&g.profile).domains;
            writeln!(
                out,
                "{pos:>4}  {nama:<28} {:<18} {:>6} {:>6} {:>6} {:>6} {:>6}",
                t.nip,
                two(d[0].value, ','),
                two(d[1].value, ','),
                two(d[2].value, ','),
                two(d[3].value, ','),
                two(t.value, ',')
            )?;
        }
        if g.teachers.iter().any(|t| t.tied) {
            writeln!(out, "{}", i18n::rank_tie_note(lang))?;
        }
    }
    Ok(())
}

/// The ranking (`pkguru rank`): one section per group in text and XLSX, one flat table in
/// CSV, every intermediate in JSON.
pub struct Ranking<'a>(pub &'a [Group]);

/// The CSV header: who, the ranking, the domains' factors and values, then per competency (up
/// to 17) the value, the gap and its weight.
fn flat_columns() -> Vec<Column> {
    let mut h: Vec<Column> =
        ["jenis", "skala", "peringkat", "seri", "nip", "nama", "sumber", "nilai", "nilai_tepat"]
            .map(Column::new)
            .to_vec();
    for d in DOMAINS {
        let c = d.code();
        h.extend([format!("{c}_ncf"), format!("{c}_nsf"), c.to_string()].map(Column::new));
    }
    for k in 1..=17 {
        h.extend([format!("k{k}"), format!("gap_k{k}"), format!("bobot_k{k}")].map(Column::new));
    }
    h
}

/// Every teacher of every group in one table (machine-clean: the exact value beside the
/// 2-place one), its rows made as they are written.
fn flat(groups: &[Group]) -> Table<'_> {
    let rows = groups.iter().flat_map(|g| {
        g.teachers.iter().map(move |t| {
            let eval = t.eval(&g.profile);
            let mut row = vec![
                Cell::text(g.jenis.code()),
                Cell::Int(i64::from(g.profile.scale)),
                Cell::Int(t.position as i64),
                Cell::text(t.tied.to_string()),
                Cell::Id(t.nip.clone()),
                Cell::text(t.nama.as_str()),
                Cell::text(t.source.as_str()),
                Cell::Fixed(t.value, 2),
                Cell::Exact(t.value),
            ];
            for d in &eval.domains {
                let opt = |x: Option<Exact>| x.map_or(Cell::Blank, |x| Cell::Fixed(x, 2));
                row.extend([opt(d.ncf), opt(d.nsf), Cell::Fixed(d.value, 2)]);
            }
            for k in 0..17 {
                match (t.values.get(k), eval.gaps.get(k)) {
                    (Some(v), Some((gap, w))) => {
                        row.extend([Cell::Int(i64::from(*v)), Cell::Int(i64::from(*gap)), Cell::Exact(*w)]);
                    }
                    _ => row.extend([Cell::Blank, Cell::Blank, Cell::Blank]),
                }
            }
            row
        })
    });
    Table { name: "peringkat".into(), columns: flat_columns(), rows: Rows::lazy(rows), ..Table::default() }
}

/// A number in JSON, with its exact value elsewhere.
fn number(x: Exact) -> f64 {
    to_f64(x)
}

#[derive(Serialize)]
struct RankingJson<G> {
    kelompok: Vec<G>,
}

/// A group; its teachers (`guru`) an array made one teacher at a time while it is written.
#[derive(Serialize)]
struct GroupJson<'a, T> {
    jenis: &'static str,
    skala: u8,
    profil: &'a str,
    bobot_ranah: Weights<'a>,
    bagian_core: f64,
    guru: T,
}

/// The domains' weights, as an object in domain order.
struct Weights<'a>(&'a [Exact]);

impl Serialize for Weights<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(DOMAINS.iter().zip(self.0).map(|(d, w)| (d.code(), number(*w))))
    }
}

#[derive(Serialize)]
struct TeacherJson<'a> {
    peringkat: usize,
    seri: bool,
    nip: &'a str,
    nama: &'a str,
    sumber: &'a str,
    nilai: f64,
    nilai_tampil: String,
    nilai_tepat: String,
    ranah: Vec<DomainJson>,
    kompetensi: Vec<CompetencyJson>,
}

#[derive(Serialize)]
struct DomainJson {
    ranah: &'static str,
    ncf: Option<f64>,
    nsf: Option<f64>,
    nilai: f64,
}

#[derive(Serialize)]
struct CompetencyJson {
    kompetensi: u8,
    ranah: &'static str,
    faktor: &'static str,
    nilai: u8,
    target: u8,
    gap: i16,
    bobot: f64,
}

/// The ranking as JSON: per group its profile and teachers, each with `nip`, `nama`,
/// `peringkat`, `nilai` (a number; `nilai_tepat` the exact value as text) and every
/// intermediate.
fn json(groups: &[Group]) -> impl Serialize + '_ {
    let kelompok = groups
        .iter()
        .map(|g| GroupJson {
            jenis: g.jenis.code(),
            skala: g.profile.scale,
            profil: &g.profile_source,
            bobot_ranah: Weights(&g.profile.weights),
            bagian_core: number(g.profile.core_share),
            guru: Seq(move || g.teachers.iter().map(move |t| teacher_json(g, t))),
        })
        .collect();
    RankingJson { kelompok }
}

/// One teacher in JSON, its intermediates computed for it.
fn teacher_json<'a>(g: &'a Group, t: &'a Ranked) -> TeacherJson<'a> {
    let eval = t.eval(&g.profile);
    TeacherJson {
        peringkat: t.position,
        seri: t.tied,
        nip: &t.nip,
        nama: &t.nama,
        sumber: &t.source,
        nilai: number(t.value),
        nilai_tampil: two(t.value, ','),
        nilai_tepat: exact_text(t.value, '.'),
        ranah: eval
            .domains
            .iter()
            .map(|d| DomainJson {
                ranah: d.domain.code(),
                ncf: d.ncf.map(number),
                nsf: d.nsf.map(number),
                nilai: number(d.value),
            })
            .collect(),
        kompetensi: g
            .profile
            .criteria
            .iter()
            .zip(&t.values)
            .zip(&eval.gaps)
            .map(|((c, v), (gap, w))| CompetencyJson {
                kompetensi: c.competency,
                ranah: c.domain.code(),
                faktor: c.factor.code(),
                nilai: *v,
                target: c.target,
                gap: *gap,
                bobot: number(*w),
            })
            .collect(),
    }
}

impl Document for Ranking<'_> {
    const NAME: &'static str = "rank";

    fn json(&self) -> impl Serialize + '_ {
        json(self.0)
    }

    fn flat(&self, _lang: Lang) -> Table<'_> {
        flat(self.0)
    }

    /// For a committee: per group a worksheet with the ranking (one page wide) and one with
    /// every intermediate (NCF, NSF, and per competency the value, gap and weight), NIP and
    /// name repeated on every printed page; numbers shown with two decimals.
    fn tables(&self, lang: Lang) -> Vec<Table<'_>> {
        self.0.iter().flat_map(|g| sheets(lang, g)).collect()
    }

    fn text(&self, lang: Lang, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        table(lang, self.0, out)
    }
}

/// A profile as the CSV `--profil` reads: one row per competency, then the domain weights
/// and the core factor's share in percent.
pub fn profile_csv(p: &Profile) -> String {
    let mut out = String::from("kompetensi,ranah,target,faktor\n");
    for c in &p.criteria {
        let _ = writeln!(out, "{},{},{},{}", c.competency, c.domain.code(), c.target, c.factor.code());
    }
    for (d, w) in DOMAINS.iter().zip(&p.weights) {
        let _ = writeln!(out, "bobot,{},{},", d.code(), exact_text(*w * Exact::from_integer(100), '.'));
    }
    let _ = writeln!(out, "core,,{},", exact_text(p.core_share * Exact::from_integer(100), '.'));
    out
}

/// A group's two worksheets: the ranking, and the details.
fn sheets(lang: Lang, g: &Group) -> [Table<'_>; 2] {
    let title = i18n::rank_title(lang, g.jenis.code(), g.profile.scale, &g.profile_source, g.teachers.len());
    let suffix = format!("{} 1-{}", g.jenis.code(), g.profile.scale);
    let who = move |t: &Ranked| {
        vec![
            Cell::Int(t.position as i64),
            if t.tied { Cell::text("=") } else { Cell::Blank },
            Cell::Id(t.nip.clone()),
            Cell::text(t.nama.as_str()),
        ]
    };
    let first = || {
        vec![
            Column::labelled("peringkat", i18n::rank_position(lang)).width(6.0),
            Column::labelled("seri", i18n::rank_tie(lang)).width(5.0),
            Column::labelled("nip", "NIP").width(20.0),
            Column::labelled("nama", i18n::rank_name(lang)).width(28.0),
        ]
    };
    let print = Print { landscape: true, frozen_columns: 4, fit_width: true };

    let mut columns = first();
    columns.extend(
        DOMAINS
            .iter()
            .map(|d| Column::labelled(d.code(), capitalized(d.code())).width(13.0).number_format("0.00")),
    );
    columns.push(Column::labelled("nilai", i18n::rank_value(lang)).width(13.0).number_format("0.00"));
    columns.push(Column::labelled("sumber", i18n::rank_source(lang)).width(34.0));
    let rows = g.teachers.iter().map(move |t| {
        let mut row = who(t);
        row.extend(t.eval(&g.profile).domains.iter().map(|d| Cell::Exact(d.value)));
        row.extend([Cell::Exact(t.value), Cell::text(t.source.as_str())]);
        row
    });
    let ranking = Table {
        name: format!("{} {suffix}", i18n::rank_sheet(lang)),
        title: Some(title.clone()),
        columns,
        rows: Rows::lazy(rows),
        print,
    };

    let mut columns = first();
    for d in DOMAINS {
        let c = capitalized(d.code());
        columns.push(
            Column::labelled(format!("{}_ncf", d.code()), format!("{c} NCF"))
                .width(13.0)
                .number_format("0.00"),
        );
        columns.push(
            Column::labelled(format!("{}_nsf", d.code()), format!("{c} NSF"))
                .width(13.0)
                .number_format("0.00"),
        );
    }
    for c in &g.profile.criteria {
        let k = c.competency;
        columns.push(Column::labelled(format!("k{k}"), format!("K{k}")).width(8.0));
        columns.push(Column::labelled(format!("gap_k{k}"), format!("gap K{k}")).width(8.0));
        columns.push(
            Column::labelled(format!("bobot_k{k}"), format!("{} K{k}", i18n::rank_weight(lang)))
                .width(8.0)
                .number_format("0.00"),
        );
    }
    let rows = g.teachers.iter().map(move |t| {
        let mut row = who(t);
        let eval = t.eval(&g.profile);
        let opt = |x: Option<Exact>| x.map_or(Cell::Blank, Cell::Exact);
        for d in &eval.domains {
            row.extend([opt(d.ncf), opt(d.nsf)]);
        }
        for (v, (gap, w)) in t.values.iter().zip(&eval.gaps) {
            row.extend([Cell::Int(i64::from(*v)), Cell::Int(i64::from(*gap)), Cell::Exact(*w)]);
        }
        row
    });
    let details = Table {
        name: format!("{} {suffix}", i18n::rank_details(lang)),
        title: Some(title),
        columns,
        rows: Rows::lazy(rows),
        print: Print { fit_width: false, ..print },
    };
    [ranking, details]
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
