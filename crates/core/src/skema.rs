//! A school's own appraisal scheme as data (`pkguru skema`): aspects made of indicators, each
//! on its own scale, an aspect's value normalised to 0–100 (the mean or the sum of its
//! indicators), the aspects weighted (directly, or a group's weight shared equally among its
//! aspects) into one nilai 0–100, and the scheme's own predikat bands. Everything is exact;
//! the scheme file is read and located by the read crate, and checked here ([`Scheme::check`]).

use crate::exact::{Exact, int, ratio};

/// The values an indicator takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Whole numbers from `min` to `max` (`1-4`).
    Range { min: u8, max: u8 },
    /// `ya` (1) or `tidak` (0): "menjabat sebagai walikelas".
    YesNo,
}

/// The largest top of a scale, and the most indicators a scheme may have: enough for any
/// appraisal, small enough that exact sums stay far from overflow.
pub const MAX_SCALE: u8 = 100;
pub const MAX_INDICATORS: usize = 500;

impl Scale {
    /// Reads `1-4` (also `1–4`, `1..4`) or `ya-tidak` (also `ya/tidak`, `0-1` is a range).
    pub fn parse(text: &str) -> Option<Scale> {
        let t = text.trim().to_lowercase();
        if matches!(t.as_str(), "ya-tidak" | "ya/tidak" | "ya tidak") {
            return Some(Scale::YesNo);
        }
        let t = t.replace(['–', '—'], "-").replace("..", "-");
        let (a, b) = t.split_once('-')?;
        let (min, max) = (a.trim().parse::<u8>().ok()?, b.trim().parse::<u8>().ok()?);
        (min < max && max <= MAX_SCALE).then_some(Scale::Range { min, max })
    }

    /// The scale as a scheme file writes it.
    pub fn code(self) -> String {
        match self {
            Scale::Range { min, max } => format!("{min}-{max}"),
            Scale::YesNo => "ya-tidak".into(),
        }
    }

    /// The lowest and highest value.
    pub fn bounds(self) -> (u8, u8) {
        match self {
            Scale::Range { min, max } => (min, max),
            Scale::YesNo => (0, 1),
        }
    }

    /// Every value, lowest first.
    pub fn values(self) -> Vec<u8> {
        let (min, max) = self.bounds();
        (min..=max).collect()
    }

    /// Reads a cell: a whole number on the scale, or for a yes/no indicator `ya`/`tidak`
    /// (also `1`/`0`, `y`/`t`).
    pub fn read(self, cell: &str) -> Option<u8> {
        let t = cell.trim().to_lowercase();
        if self == Scale::YesNo {
            return match t.as_str() {
                "ya" | "y" | "1" => Some(1),
                "tidak" | "t" | "0" => Some(0),
                _ => None,
            };
        }
        let t = t.strip_suffix(".0").unwrap_or(&t);
        let v: u8 = t.parse().ok()?;
        let (min, max) = self.bounds();
        (min..=max).contains(&v).then_some(v)
    }
}

/// How an aspect's indicators make its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    /// The mean of each indicator's place on its scale (0–100).
    Mean,
    /// The indicators' points above their minimum, over the most they can give, × 100.
    Sum,
}

impl Aggregate {
    pub fn parse(text: &str) -> Option<Aggregate> {
        match text.trim().to_lowercase().as_str() {
            "rerata" | "rata-rata" | "mean" => Some(Aggregate::Mean),
            "jumlah" | "sum" => Some(Aggregate::Sum),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Aggregate::Mean => "rerata",
            Aggregate::Sum => "jumlah",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: String,
    pub text: String,
    pub scale: Scale,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aspect {
    pub id: String,
    pub name: String,
    pub aggregate: Aggregate,
    /// Its own weight in percent, when the scheme gives one.
    pub weight: Option<Exact>,
    pub indicators: Vec<Indicator>,
}

/// Aspects weighed together: the group's weight is shared equally among its aspects that
/// have no weight of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub weight: Option<Exact>,
    /// Indexes into the scheme's aspects.
    pub aspects: Vec<usize>,
}

/// A predikat band: from `min` (inclusive) up to the next band's minimum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub min: Exact,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheme {
    /// The short id a filled sheet names (`smk-lama`).
    pub id: String,
    pub name: String,
    /// Where the scheme comes from (a study, a school's decision).
    pub source: String,
    /// Anything a reader of the results should know (an ambiguity and how it was read).
    pub note: String,
    pub aspects: Vec<Aspect>,
    pub groups: Vec<Group>,
    /// Highest minimum first.
    pub bands: Vec<Band>,
}

/// What is wrong with a scheme, by the ids it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeError {
    NoAspects,
    /// An aspect without indicators.
    EmptyAspect(String),
    DuplicateAspect(String),
    DuplicateIndicator(String),
    TooManyIndicators(usize),
    /// An aspect that gets no weight (none of its own, and in no group that has one).
    Unweighted(String),
    /// An aspect in more than one group.
    TwoGroups(String),
    /// A group whose aspects' own weights do not add up to the group's.
    GroupSum {
        group: String,
        weight: Exact,
        aspects: Exact,
    },
    /// The aspects' weights do not add up to 100 %.
    WeightSum(Exact),
    /// A weight below 0 or above 100.
    WeightRange(Exact),
    NoBands,
    /// No band starts at 0, so a low nilai would have no predikat.
    NoBandAtZero,
    DuplicateBand(Exact),
    /// A band minimum outside 0–100.
    BandRange(Exact),
}

/// What is wrong in a scheme file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefError {
    /// Not TOML, or not the shape of a scheme (the parser's words).
    Syntax(String),
    /// A scale that does not read (`1-4`, `ya-tidak`).
    Scale(String),
    /// An aggregate other than `rerata` or `jumlah`.
    Aggregate(String),
    /// A weight or band minimum that is not a number.
    Number(String),
    /// A group naming an aspect the scheme does not have.
    UnknownAspect(String),
    /// An id that is empty or has characters a sheet cannot carry (`,`, `;`, quotes, spaces).
    BadId(String),
    /// What the rules of a scheme forbid.
    Rule(SchemeError),
}

/// Why a filled sheet cannot be scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkemaError {
    /// Indicators left blank (their ids).
    Missing(Vec<String>),
}

/// A sheet scored: each aspect's value (0–100) and weight, the nilai and its band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkemaResult {
    pub aspects: Vec<Exact>,
    pub weights: Vec<Exact>,
    pub nilai: Exact,
    /// Index into the scheme's bands.
    pub band: usize,
}

impl Scheme {
    /// Every indicator, aspect by aspect, with its aspect's index.
    pub fn indicators(&self) -> impl Iterator<Item = (usize, &Indicator)> {
        self.aspects.iter().enumerate().flat_map(|(a, asp)| asp.indicators.iter().map(move |i| (a, i)))
    }

    pub fn indicator_count(&self) -> usize {
        self.aspects.iter().map(|a| a.indicators.len()).sum()
    }

    /// The position of an indicator id (ids compare without regard to case).
    pub fn find(&self, id: &str) -> Option<usize> {
        self.indicators().position(|(_, i)| i.id.eq_ignore_ascii_case(id.trim()))
    }

    /// Each aspect's weight in percent: its own, or its share of its group's.
    pub fn weights(&self) -> Vec<Option<Exact>> {
        let mut out: Vec<Option<Exact>> = self.aspects.iter().map(|a| a.weight).collect();
        for g in &self.groups {
            let Some(w) = g.weight else { continue };
            let own: Exact = g.aspects.iter().filter_map(|&a| self.aspects[a].weight).sum();
            let rest: Vec<usize> =
                g.aspects.iter().copied().filter(|&a| self.aspects[a].weight.is_none()).collect();
            if rest.is_empty() {
                continue;
            }
            let share = (w - own) / int(rest.len() as i64);
            for a in rest {
                out[a] = Some(share);
            }
        }
        out
    }

    /// Everything wrong with the scheme; empty when it can score sheets.
    pub fn check(&self) -> Vec<SchemeError> {
        let mut errors = Vec::new();
        if self.aspects.is_empty() {
            errors.push(SchemeError::NoAspects);
        }
        let mut seen = std::collections::HashSet::new();
        for a in &self.aspects {
            if !seen.insert(a.id.to_lowercase()) {
                errors.push(SchemeError::DuplicateAspect(a.id.clone()));
            }
            if a.indicators.is_empty() {
                errors.push(SchemeError::EmptyAspect(a.id.clone()));
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (_, i) in self.indicators() {
            if !seen.insert(i.id.to_lowercase()) {
                errors.push(SchemeError::DuplicateIndicator(i.id.clone()));
            }
        }
        if self.indicator_count() > MAX_INDICATORS {
            errors.push(SchemeError::TooManyIndicators(self.indicator_count()));
        }
        let in_range = |w: Exact| w >= int(0) && w <= int(100);
        for w in
            self.aspects.iter().filter_map(|a| a.weight).chain(self.groups.iter().filter_map(|g| g.weight))
        {
            if !in_range(w) {
                errors.push(SchemeError::WeightRange(w));
            }
        }
        let mut groups_of = vec![0usize; self.aspects.len()];
        for g in &self.groups {
            for &a in &g.aspects {
                groups_of[a] += 1;
            }
            if let Some(w) = g.weight
                && g.aspects.iter().all(|&a| self.aspects[a].weight.is_some())
            {
                let sum: Exact = g.aspects.iter().filter_map(|&a| self.aspects[a].weight).sum();
                if sum != w {
                    errors.push(SchemeError::GroupSum { group: g.name.clone(), weight: w, aspects: sum });
                }
            }
        }
        for (a, n) in groups_of.iter().enumerate() {
            if *n > 1 {
                errors.push(SchemeError::TwoGroups(self.aspects[a].id.clone()));
            }
        }
        let weights = self.weights();
        for (a, w) in weights.iter().enumerate() {
            if w.is_none() {
                errors.push(SchemeError::Unweighted(self.aspects[a].id.clone()));
            }
        }
        if weights.iter().all(Option::is_some) && !self.aspects.is_empty() {
            let sum: Exact = weights.iter().flatten().sum();
            if sum != int(100) {
                errors.push(SchemeError::WeightSum(sum));
            }
        }
        if self.bands.is_empty() {
            errors.push(SchemeError::NoBands);
        }
        let mut mins = std::collections::HashSet::new();
        for b in &self.bands {
            if !in_range(b.min) {
                errors.push(SchemeError::BandRange(b.min));
            }
            if !mins.insert(b.min) {
                errors.push(SchemeError::DuplicateBand(b.min));
            }
        }
        if !self.bands.is_empty() && !self.bands.iter().any(|b| b.min == int(0)) {
            errors.push(SchemeError::NoBandAtZero);
        }
        errors
    }

    /// Scores one sheet's values (in [`Scheme::indicators`] order, `None` where blank) on a
    /// scheme that passed [`Scheme::check`].
    pub fn score(&self, values: &[Option<u8>]) -> Result<SkemaResult, SkemaError> {
        let missing: Vec<String> = self
            .indicators()
            .zip(values.iter().chain(std::iter::repeat(&None)))
            .filter(|(_, v)| v.is_none())
            .map(|((_, i), _)| i.id.clone())
            .collect();
        if !missing.is_empty() {
            return Err(SkemaError::Missing(missing));
        }
        let mut at = 0;
        let mut aspects = Vec::with_capacity(self.aspects.len());
        for a in &self.aspects {
            let vals = &values[at..at + a.indicators.len()];
            at += a.indicators.len();
            aspects.push(aspect_value(a, vals));
        }
        let weights: Vec<Exact> = self.weights().into_iter().map(|w| w.unwrap_or_default()).collect();
        let nilai = aspects.iter().zip(&weights).map(|(v, w)| *v * *w / int(100)).sum();
        Ok(SkemaResult { band: self.band(nilai), aspects, weights, nilai })
    }

    /// The band a nilai falls in: the one with the highest minimum at or below it.
    pub fn band(&self, nilai: Exact) -> usize {
        self.bands
            .iter()
            .enumerate()
            .filter(|(_, b)| b.min <= nilai)
            .max_by_key(|(_, b)| b.min)
            .map_or(self.bands.len().saturating_sub(1), |(i, _)| i)
    }
}

/// An aspect's value 0–100 from its indicators' values (all given).
pub fn aspect_value(a: &Aspect, values: &[Option<u8>]) -> Exact {
    let place = |i: &Indicator, v: u8| {
        let (min, max) = i.scale.bounds();
        (i64::from(v) - i64::from(min), i64::from(max) - i64::from(min))
    };
    match a.aggregate {
        Aggregate::Mean => {
            let sum: Exact = a
                .indicators
                .iter()
                .zip(values)
                .map(|(i, v)| {
                    let (got, span) = place(i, v.unwrap_or(0));
                    ratio(got * 100, span)
                })
                .sum();
            sum / int(a.indicators.len().max(1) as i64)
        }
        Aggregate::Sum => {
            let (got, span) = a
                .indicators
                .iter()
                .zip(values)
                .map(|(i, v)| place(i, v.unwrap_or(0)))
                .fold((0, 0), |(g, s), (g1, s1)| (g + g1, s + s1));
            ratio(got * 100, span.max(1))
        }
    }
}

#[cfg(test)]
mod tests;
