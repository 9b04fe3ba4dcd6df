//! The ranking of `pkguru rank` as a table for people, CSV and JSON for machines, with every
//! intermediate (gaps, weights, NCF, NSF, domain values) so a committee can check it. The
//! profile as CSV (`--profil-bawaan`), in the form `--profil` reads.

use crate::lang::Lang;
use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::core::exact::{Exact, exact_text, fixed, to_f64};
use crate::core::instrument::Jenis;
use crate::core::ranking::{DOMAINS, Evaluation, Profile};
use crate::i18n;

/// One ranked teacher.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub nip: String,
    pub nama: String,
    /// `file:line` the values come from.
    pub source: String,
    pub values: Vec<u8>,
    pub eval: Evaluation,
    pub position: usize,
    pub tied: bool,
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

fn opt(x: Option<Exact>, sep: char) -> String {
    x.map_or_else(String::new, |x| two(x, sep))
}

/// The ranking as a text table, one section per group.
pub fn table(lang: Lang, groups: &[Group]) -> String {
    let mut out = String::new();
    for (n, g) in groups.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{}",
            i18n::rank_title(lang, g.jenis.code(), g.profile.scale, &g.profile_source, g.teachers.len())
        );
        let domains: Vec<String> =
            DOMAINS.iter().map(|d| i18n::domain_short(lang, d.code()).to_string()).collect();
        let _ = writeln!(
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
        );
        for t in &g.teachers {
            let pos = format!("{}{}", t.position, if t.tied { "=" } else { "" });
            let nama: String = t.nama.chars().take(28).collect();
            let d = &t.eval.domains;
            let _ = writeln!(
                out,
                "{pos:>4}  {nama:<28} {:<18} {:>6} {:>6} {:>6} {:>6} {:>6}",
                t.nip,
                two(d[0].value, ','),
                two(d[1].value, ','),
                two(d[2].value, ','),
                two(d[3].value, ','),
                two(t.eval.value, ',')
            );
        }
        if g.teachers.iter().any(|t| t.tied) {
            let _ = writeln!(out, "{}", i18n::rank_tie_note(lang));
        }
    }
    out
}

/// The header of the CSV: who, the ranking, the domains' factors and values, then per
/// competency (up to 17) the value, the gap and its weight.
pub fn csv_header() -> String {
    let mut h = String::from("jenis,skala,peringkat,seri,nip,nama,sumber,nilai,nilai_tepat");
    for d in DOMAINS {
        let c = d.code();
        let _ = write!(h, ",{c}_ncf,{c}_nsf,{c}");
    }
    for k in 1..=17 {
        let _ = write!(h, ",k{k},gap_k{k},bobot_k{k}");
    }
    h.push('\n');
    h
}

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// The ranking as CSV (machine-clean: `.` decimals, exact value beside the 2-place one).
pub fn csv(groups: &[Group]) -> String {
    let mut out = csv_header();
    for g in groups {
        for t in &g.teachers {
            let _ = write!(
                out,
                "{},{},{},{},{},{},{},{},{}",
                g.jenis.code(),
                g.profile.scale,
                t.position,
                t.tied,
                field(&t.nip),
                field(&t.nama),
                field(&t.source),
                two(t.eval.value, '.'),
                exact_text(t.eval.value, '.')
            );
            for d in &t.eval.domains {
                let _ = write!(out, ",{},{},{}", opt(d.ncf, '.'), opt(d.nsf, '.'), two(d.value, '.'));
            }
            for k in 0..17 {
                match (t.values.get(k), t.eval.gaps.get(k)) {
                    (Some(v), Some((gap, w))) => {
                        let _ = write!(out, ",{v},{gap},{}", exact_text(*w, '.'));
                    }
                    _ => out.push_str(",,,"),
                }
            }
            out.push('\n');
        }
    }
    out
}

fn number(x: Exact) -> Value {
    json!(to_f64(x))
}

/// The ranking as JSON: per group its profile and teachers, each with `nip`, `nama`,
/// `peringkat`, `nilai` (a number; `nilai_tepat` the exact value as text) and every
/// intermediate.
pub fn json(groups: &[Group]) -> String {
    let groups: Vec<Value> = groups
        .iter()
        .map(|g| {
            let teachers: Vec<Value> = g
                .teachers
                .iter()
                .map(|t| {
                    let kompetensi: Vec<Value> = g
                        .profile
                        .criteria
                        .iter()
                        .zip(&t.values)
                        .zip(&t.eval.gaps)
                        .map(|((c, v), (gap, w))| {
                            json!({"kompetensi": c.competency, "ranah": c.domain.code(), "faktor": c.factor.code(),
                                   "nilai": v, "target": c.target, "gap": gap, "bobot": number(*w)})
                        })
                        .collect();
                    let ranah: Vec<Value> = t
                        .eval
                        .domains
                        .iter()
                        .map(|d| {
                            json!({"ranah": d.domain.code(), "ncf": d.ncf.map(number), "nsf": d.nsf.map(number),
                                   "nilai": number(d.value)})
                        })
                        .collect();
                    json!({"peringkat": t.position, "seri": t.tied, "nip": t.nip, "nama": t.nama,
                           "sumber": t.source, "nilai": number(t.eval.value),
                           "nilai_tampil": two(t.eval.value, ','), "nilai_tepat": exact_text(t.eval.value, '.'),
                           "ranah": ranah, "kompetensi": kompetensi})
                })
                .collect();
            json!({"jenis": g.jenis.code(), "skala": g.profile.scale, "profil": g.profile_source,
                   "bobot_ranah": DOMAINS.iter().zip(&g.profile.weights)
                        .map(|(d, w)| (d.code().to_string(), number(*w))).collect::<serde_json::Map<_, _>>(),
                   "bagian_core": number(g.profile.core_share), "guru": teachers})
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({ "kelompok": groups })).unwrap_or_default();
    s.push('\n');
    s
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

/// The ranking as an XLSX workbook for a committee: per group a worksheet with the ranking
/// (printed landscape, one page wide, heading repeated) and one with every intermediate (NCF,
/// NSF, and per competency the value, gap and weight; NIP and name repeated on every printed
/// page); numbers as numbers shown with two decimals.
pub fn xlsx(lang: Lang, groups: &[Group]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold().set_text_wrap().set_background_color("#E7E6E6");
    let title = Format::new().set_bold().set_font_size(13);
    let two = Format::new().set_num_format("0.00");
    let text = Format::new().set_num_format("@");
    let setup = |ws: &mut Worksheet, name: String, g: &Group, head: &[String]| -> Result<(), XlsxError> {
        let mut name = name;
        name.truncate(31);
        ws.set_name(&name)?;
        let t = i18n::rank_title(lang, g.jenis.code(), g.profile.scale, &g.profile_source, g.teachers.len());
        ws.write_string_with_format(0, 0, t, &title)?;
        for (c, h) in head.iter().enumerate() {
            ws.write_string_with_format(2, c as u16, h, &bold)?;
        }
        ws.set_column_width(0, 6)?;
        ws.set_column_width(1, 5)?;
        ws.set_column_width(2, 20)?;
        ws.set_column_width(3, 28)?;
        for c in 4..head.len() as u16 {
            // Per-competency columns (`K3`, `gap K3`, `bobot K3`) narrow, the others wide.
            let h = &head[c as usize];
            let per_k = h.contains(" K")
                || h.strip_prefix('K').is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()));
            ws.set_column_width(c, if per_k { 8 } else { 13 })?;
        }
        ws.set_row_height(2, 30)?;
        ws.set_landscape();
        ws.set_paper_size(9);
        ws.set_repeat_rows(2, 2)?;
        ws.set_freeze_panes(3, 4)?;
        Ok(())
    };
    let who = |ws: &mut Worksheet, r: u32, t: &Ranked| -> Result<(), XlsxError> {
        ws.write_number(r, 0, t.position as f64)?;
        if t.tied {
            ws.write_string(r, 1, "=")?;
        }
        ws.write_string_with_format(r, 2, &t.nip, &text)?;
        ws.write_string(r, 3, &t.nama)?;
        Ok(())
    };
    let first: Vec<String> = vec![
        i18n::rank_position(lang).into(),
        i18n::rank_tie(lang).into(),
        "NIP".into(),
        i18n::rank_name(lang).into(),
    ];
    for g in groups {
        let suffix = format!("{} 1-{}", g.jenis.code(), g.profile.scale);
        let ws = book.add_worksheet();
        let mut head = first.clone();
        head.extend(DOMAINS.iter().map(|d| capitalized(d.code())));
        head.extend([i18n::rank_value(lang).to_string(), i18n::rank_source(lang).to_string()]);
        setup(ws, format!("{} {suffix}", i18n::rank_sheet(lang)), g, &head)?;
        for (i, t) in g.teachers.iter().enumerate() {
            let r = 3 + i as u32;
            who(ws, r, t)?;
            for (c, d) in t.eval.domains.iter().enumerate() {
                ws.write_number_with_format(r, 4 + c as u16, to_f64(d.value), &two)?;
            }
            ws.write_number_with_format(r, 8, to_f64(t.eval.value), &two)?;
            ws.write_string(r, 9, &t.source)?;
        }
        ws.set_column_width(9, 34)?;
        ws.set_print_fit_to_pages(1, 0);

        let ws = book.add_worksheet();
        let mut head = first.clone();
        for d in DOMAINS {
            head.extend([format!("{} NCF", capitalized(d.code())), format!("{} NSF", capitalized(d.code()))]);
        }
        for c in &g.profile.criteria {
            let k = c.competency;
            head.extend([format!("K{k}"), format!("gap K{k}"), format!("{} K{k}", i18n::rank_weight(lang))]);
        }
        setup(ws, format!("{} {suffix}", i18n::rank_details(lang)), g, &head)?;
        ws.set_repeat_columns(0, 3)?;
        for (i, t) in g.teachers.iter().enumerate() {
            let r = 3 + i as u32;
            who(ws, r, t)?;
            let mut c = 4u16;
            for d in &t.eval.domains {
                for x in [d.ncf, d.nsf] {
                    if let Some(x) = x {
                        ws.write_number_with_format(r, c, to_f64(x), &two)?;
                    }
                    c += 1;
                }
            }
            for (v, (gap, w)) in t.values.iter().zip(&t.eval.gaps) {
                ws.write_number(r, c, f64::from(*v))?;
                ws.write_number(r, c + 1, f64::from(*gap))?;
                ws.write_number_with_format(r, c + 2, to_f64(*w), &two)?;
                c += 3;
            }
        }
    }
    book.save_to_buffer()
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
