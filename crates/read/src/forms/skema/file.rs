//! The scheme file (`pkguru skema`): TOML, read into the core's [`Scheme`] with every problem
//! located by line (a syntax error, a scale or number that does not read, an aspect a group
//! names that does not exist, and what the core's check finds, at the entry it concerns).

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use crate::core::exact::{Exact, int, parse_exact_text};
use crate::core::skema::{Aggregate, Aspect, Band, DefError, Group, Indicator, Scale, Scheme, SchemeError};
use crate::sheet::{Problem, ProblemKind};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScheme {
    id: Spanned<String>,
    nama: String,
    #[serde(default)]
    sumber: String,
    #[serde(default)]
    catatan: String,
    /// The scale of indicators that do not give their own.
    #[serde(default)]
    skala: Option<Spanned<String>>,
    #[serde(default)]
    agregasi: Option<Spanned<String>>,
    #[serde(default)]
    kelompok: Vec<RawGroup>,
    #[serde(default)]
    aspek: Vec<RawAspect>,
    #[serde(default)]
    predikat: Vec<RawBand>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    nama: Spanned<String>,
    #[serde(default)]
    bobot: Option<Spanned<Number>>,
    aspek: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAspect {
    id: Spanned<String>,
    nama: String,
    #[serde(default)]
    agregasi: Option<Spanned<String>>,
    #[serde(default)]
    bobot: Option<Spanned<Number>>,
    #[serde(default)]
    indikator: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    uraian: String,
    #[serde(default)]
    skala: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    min: Spanned<Number>,
    nama: String,
}

/// A number as written: a whole number, a decimal (read from its shortest form, so `33.33`
/// is 33,33 exactly), or text (`"33,33"`, `"100/3"`).
#[derive(Deserialize)]
#[serde(untagged)]
enum Number {
    Int(i64),
    Float(f64),
    Text(String),
}

impl Number {
    fn exact(&self) -> Option<Exact> {
        match self {
            Number::Int(n) => Some(int(*n)),
            Number::Float(f) if f.is_finite() => parse_exact_text(&f.to_string()),
            Number::Float(_) => None,
            Number::Text(t) => parse_exact_text(t.trim()),
        }
    }

    fn shown(&self) -> String {
        match self {
            Number::Int(n) => n.to_string(),
            Number::Float(f) => f.to_string(),
            Number::Text(t) => t.clone(),
        }
    }
}

/// 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> u64 {
    text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

/// Whether an id can be written in a sheet's cell and a column header as it is.
fn good_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 40 && id.chars().all(|c| c.is_alphanumeric() || "._-".contains(c))
}

/// Reads a scheme file; every problem, located.
pub fn parse(text: &str) -> Result<Scheme, Vec<Problem>> {
    let raw: RawScheme = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        vec![Problem::new(line, None, ProblemKind::SkemaDef(DefError::Syntax(e.message().to_string())))]
    })?;
    let mut problems = Vec::new();
    let at = |s: std::ops::Range<usize>| Some(line_of(text, s.start));
    let mut lines: HashMap<String, u64> = HashMap::new();
    let mut remember = |key: String, span: std::ops::Range<usize>| {
        lines.entry(key).or_insert(line_of(text, span.start));
    };
    let number = |n: &Spanned<Number>, problems: &mut Vec<Problem>| -> Option<Exact> {
        let v = n.get_ref().exact();
        if v.is_none() {
            problems.push(Problem::new(
                at(n.span()),
                None,
                ProblemKind::SkemaDef(DefError::Number(n.get_ref().shown())),
            ));
        }
        v
    };
    let scale_of = |s: &Spanned<String>, problems: &mut Vec<Problem>| -> Option<Scale> {
        let v = Scale::parse(s.get_ref());
        if v.is_none() {
            problems.push(Problem::new(
                at(s.span()),
                None,
                ProblemKind::SkemaDef(DefError::Scale(s.get_ref().clone())),
            ));
        }
        v
    };
    let aggregate_of = |s: &Spanned<String>, problems: &mut Vec<Problem>| -> Option<Aggregate> {
        let v = Aggregate::parse(s.get_ref());
        if v.is_none() {
            problems.push(Problem::new(
                at(s.span()),
                None,
                ProblemKind::SkemaDef(DefError::Aggregate(s.get_ref().clone())),
            ));
        }
        v
    };
    let check_id = |id: &Spanned<String>, problems: &mut Vec<Problem>| {
        if !good_id(id.get_ref().trim()) {
            problems.push(Problem::new(
                at(id.span()),
                None,
                ProblemKind::SkemaDef(DefError::BadId(id.get_ref().clone())),
            ));
        }
    };
    check_id(&raw.id, &mut problems);
    let default_scale = match &raw.skala {
        Some(s) => scale_of(s, &mut problems).unwrap_or(Scale::Range { min: 1, max: 4 }),
        None => Scale::Range { min: 1, max: 4 },
    };
    let default_aggregate = match &raw.agregasi {
        Some(s) => aggregate_of(s, &mut problems).unwrap_or(Aggregate::Mean),
        None => Aggregate::Mean,
    };
    let mut aspects = Vec::new();
    for a in &raw.aspek {
        check_id(&a.id, &mut problems);
        remember(format!("aspek:{}", a.id.get_ref().trim().to_lowercase()), a.id.span());
        let mut indicators = Vec::new();
        for i in &a.indikator {
            check_id(&i.id, &mut problems);
            remember(format!("indikator:{}", i.id.get_ref().trim().to_lowercase()), i.id.span());
            let scale = match &i.skala {
                Some(s) => scale_of(s, &mut problems).unwrap_or(default_scale),
                None => default_scale,
            };
            indicators.push(Indicator {
                id: i.id.get_ref().trim().to_string(),
                text: i.uraian.trim().to_string(),
                scale,
            });
        }
        let aggregate = match &a.agregasi {
            Some(s) => aggregate_of(s, &mut problems).unwrap_or(default_aggregate),
            None => default_aggregate,
        };
        let weight = a.bobot.as_ref().and_then(|b| number(b, &mut problems));
        aspects.push(Aspect {
            id: a.id.get_ref().trim().to_string(),
            name: a.nama.trim().to_string(),
            aggregate,
            weight,
            indicators,
        });
    }
    let mut groups = Vec::new();
    for g in &raw.kelompok {
        remember(format!("kelompok:{}", g.nama.get_ref().trim()), g.nama.span());
        let mut members = Vec::new();
        for name in &g.aspek {
            match aspects.iter().position(|a| a.id.eq_ignore_ascii_case(name.get_ref().trim())) {
                Some(i) => members.push(i),
                None => problems.push(Problem::new(
                    at(name.span()),
                    None,
                    ProblemKind::SkemaDef(DefError::UnknownAspect(name.get_ref().clone())),
                )),
            }
        }
        let weight = g.bobot.as_ref().and_then(|b| number(b, &mut problems));
        groups.push(Group { name: g.nama.get_ref().trim().to_string(), weight, aspects: members });
    }
    let mut bands = Vec::new();
    for b in &raw.predikat {
        if let Some(min) = number(&b.min, &mut problems) {
            remember(format!("predikat:{min}"), b.min.span());
            bands.push(Band { min, name: b.nama.trim().to_string() });
        }
    }
    bands.sort_by_key(|b| std::cmp::Reverse(b.min));
    let scheme = Scheme {
        id: raw.id.get_ref().trim().to_string(),
        name: raw.nama.trim().to_string(),
        source: raw.sumber.trim().to_string(),
        note: raw.catatan.trim().to_string(),
        aspects,
        groups,
        bands,
    };
    if problems.is_empty() {
        for e in scheme.check() {
            let key = match &e {
                SchemeError::EmptyAspect(a)
                | SchemeError::DuplicateAspect(a)
                | SchemeError::Unweighted(a)
                | SchemeError::TwoGroups(a) => Some(format!("aspek:{}", a.to_lowercase())),
                SchemeError::DuplicateIndicator(i) => Some(format!("indikator:{}", i.to_lowercase())),
                SchemeError::GroupSum { group, .. } => Some(format!("kelompok:{group}")),
                SchemeError::DuplicateBand(m) | SchemeError::BandRange(m) => Some(format!("predikat:{m}")),
                _ => None,
            };
            // A duplicate is located where its id first appears.
            let line = key.and_then(|k| lines.get(&k).copied());
            problems.push(Problem::new(line, None, ProblemKind::SkemaDef(DefError::Rule(e))));
        }
    }
    if problems.is_empty() { Ok(scheme) } else { Err(problems) }
}

#[cfg(test)]
mod tests;
