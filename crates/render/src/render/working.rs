//! The working of an angka kredit result, written out the way published examples do:
//! `(50 − 3 − 5) × 24/24 × 100 % / 4 = 10,500`.

use crate::core::credit::{Credit, PERIOD_YEARS};
use crate::core::exact::{self, Exact, int};
use crate::core::instrument::Jenis;
use crate::i18n;
use crate::lang::Lang;

/// A constant of the regulation's tables (AKK, AKPKB, AKP, hours) as the regulation prints it.
fn n(lang: Lang, x: Exact) -> String {
    exact::human(x, 3, lang.decimal_sep())
}

/// Angka kredit shown with 3 decimals, half-up (as PAK documents print them).
pub fn ak(lang: Lang, x: Exact) -> String {
    exact::ak_text(x, lang.decimal_sep())
}

/// The JM/JWM factor as written: `18/24` below the minimum, `26/26` within the range,
/// `40/40` when capped at the upper bound.
pub fn jm_factor(lang: Lang, c: &Credit, upper: i64) -> String {
    let shown = c.jm.min(int(upper));
    let denom = if shown >= int(c.jwm) { shown } else { int(c.jwm) };
    format!("{}/{}", n(lang, shown), n(lang, denom))
}

/// The main formula line: `(AKK − AKPKB − AKP) × JM/JWM × NK / 4 = AK`.
pub fn formula(lang: Lang, c: &Credit) -> String {
    let upper = crate::core::credit::jwm_range(c.jenis).1;
    format!(
        "({} − {} − {}) × {} × {} % / {} = {}",
        n(lang, c.row.akk()),
        n(lang, c.row.akpkb()),
        n(lang, c.row.akp()),
        jm_factor(lang, c, upper),
        c.predikat.credit_percent(),
        PERIOD_YEARS,
        ak(lang, c.pembelajaran)
    )
}

/// Every step, labelled, in order.
pub fn steps(lang: Lang, c: &Credit) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let part = match c.jenis {
        Jenis::Kelas => i18n::label_ak_pembelajaran(lang),
        Jenis::Bk => i18n::label_ak_pembimbingan(lang),
    };
    out.push((part.to_string(), formula(lang, c)));
    if let Some(t) = &c.tambahan {
        let line = format!(
            "({} − {} − {}) × {} % / {} = {}",
            n(lang, c.row.akk()),
            n(lang, c.row.akpkb()),
            n(lang, c.row.akp()),
            t.predikat.credit_percent(),
            PERIOD_YEARS,
            ak(lang, t.ak)
        );
        out.push((
            i18n::label_ak_tambahan(
                lang,
                t.kind.rule().name,
                &exact::fixed(t.nilai_100, 2, lang.decimal_sep()),
                t.predikat.name(),
            ),
            line,
        ));
        let own = int(1) - t.share;
        let blend = format!(
            "{} % × {} + {} % × {} = {}",
            n(lang, own * int(100)),
            ak(lang, c.pembelajaran),
            n(lang, t.share * int(100)),
            ak(lang, t.ak),
            ak(lang, c.blended)
        );
        out.push((i18n::label_blend(lang).to_string(), blend));
    }
    let mut terms = vec![c.blended];
    terms.extend(c.tugas_lain.iter().map(|t| c.pembelajaran * t.share()));
    let shown = terms_shown(lang, &terms, c.per_year);
    for (t, add) in c.tugas_lain.iter().zip(&shown[1..]) {
        out.push((
            i18n::label_tugas_lain(lang, t, t.percent(), c.jenis),
            format!("{} % × {} = {add}", t.percent(), ak(lang, c.pembelajaran)),
        ));
    }
    let mut total = ak(lang, c.per_year);
    if shown.len() > 1 {
        total = format!("{} = {total}", shown.join(" + "));
    }
    if exact::decimal_places(c.per_year, 3).is_none() {
        let exact = exact::exact_text(c.per_year, lang.decimal_sep());
        total = format!("{total} ({} {exact})", i18n::label_exact(lang));
    }
    out.push((i18n::label_ak_per_year(lang).to_string(), total));
    out
}

/// The terms of a sum as printed, so that the printed figures add up to the printed total
/// (`total` rounded to 3 places, as AK is): each term exactly, with 3 or 4 places, when every
/// term's decimal form ends there (5,250 + 0,2625 + 0,2625 = 5,775, where 3 places each
/// would print 0,263 twice and add up to 5,776); otherwise each rounded to 3 places, the
/// largest remainders rounded up, as many as the printed total needs.
pub fn terms_shown(lang: Lang, terms: &[Exact], total: Exact) -> Vec<String> {
    let sep = lang.decimal_sep();
    if terms.iter().all(|t| exact::decimal_places(*t, 4).is_some()) {
        return terms
            .iter()
            .map(|t| exact::fixed(*t, exact::decimal_places(*t, 4).unwrap_or(3).max(3), sep))
            .collect();
    }
    let scaled: Vec<Exact> = terms.iter().map(|t| *t * int(1000)).collect();
    let mut units: Vec<i64> = scaled.iter().map(|x| x.floor().to_integer()).collect();
    let want = i64::try_from(exact::round_scaled(total, 3)).unwrap_or(i64::MAX);
    let mut short = want - units.iter().sum::<i64>();
    let mut by_rest: Vec<usize> = (0..terms.len()).collect();
    by_rest.sort_by(|&a, &b| {
        (scaled[b] - scaled[b].floor()).cmp(&(scaled[a] - scaled[a].floor())).then(a.cmp(&b))
    });
    for i in by_rest {
        if short <= 0 {
            break;
        }
        units[i] += 1;
        short -= 1;
    }
    units.iter().map(|u| exact::fixed(exact::ratio(*u, 1000), 3, sep)).collect()
}

/// The path to the next pangkat, as sentences.
pub fn promotion(lang: Lang, c: &Credit) -> Vec<String> {
    let p = &c.promotion;
    // The AK of the appraisal is pembimbingan for a guru BK (Permenneg PAN-RB 16/2009 pasal 1).
    let part = match c.jenis {
        Jenis::Kelas => "pembelajaran",
        Jenis::Bk => "pembimbingan",
    };
    let mut out = vec![i18n::promotion_summary(
        lang,
        c.golongan.as_str(),
        p.next.as_str(),
        &n(lang, c.row.akk()),
        &n(lang, c.row.akpkb()),
        &n(lang, c.row.akp()),
        &format!("{part} {}", n(lang, c.row.base())),
    )];
    if let Some((pkb, penunjang)) = p.earned {
        out.push(i18n::promotion_earned(
            lang,
            &ak(lang, pkb),
            &ak(lang, penunjang),
            part,
            &ak(lang, p.needed),
        ));
    }
    out.push(i18n::promotion_rate(
        lang,
        &ak(lang, p.over_period),
        // What the table asks is printed as the table prints it; what typed PKB and penunjang
        // leave for pembelajaran is a worked-out AK.
        &if p.earned.is_some() { ak(lang, p.needed) } else { n(lang, p.needed) },
        &exact::fixed(p.years_exact, 2, lang.decimal_sep()),
        p.years,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exact::{parse_decimal, ratio};
    use proptest::prelude::*;

    fn sum_of(shown: &[String]) -> Exact {
        shown.iter().map(|s| parse_decimal(s).unwrap()).fold(int(0), |a, b| a + b)
    }

    #[test]
    fn printed_terms_add_up_to_the_printed_total() {
        // The wali kelas and pembina ekstrakurikuler example: 5 % of 5,250 twice.
        let terms = [ratio(525, 100), ratio(2625, 10000), ratio(2625, 10000)];
        let total = terms.iter().fold(int(0), |a, b| a + b);
        let shown = terms_shown(Lang::Id, &terms, total);
        assert_eq!(shown, ["5,250", "0,2625", "0,2625"]);
        assert_eq!(ak(Lang::Id, total), "5,775");
        assert_eq!(sum_of(&shown), total);
        // Thirds never end: rounded so that they still add up to the printed 1,000.
        let thirds = [ratio(1, 3), ratio(1, 3), ratio(1, 3)];
        assert_eq!(terms_shown(Lang::Id, &thirds, int(1)), ["0,334", "0,333", "0,333"]);
        assert_eq!(terms_shown(Lang::En, &[ratio(21, 4)], ratio(21, 4)), ["5.250"]);
    }

    proptest! {
        /// Whatever the terms, the printed terms add up to the printed total.
        #[test]
        fn any_terms_add_up(parts in proptest::collection::vec((0i64..200_000, 1i64..97), 1..6)) {
            let terms: Vec<Exact> = parts.iter().map(|&(n, d)| ratio(n, d)).collect();
            let total = terms.iter().fold(int(0), |a, b| a + b);
            let shown = terms_shown(Lang::Id, &terms, total);
            prop_assert_eq!(shown.len(), terms.len());
            let printed = parse_decimal(&ak(Lang::Id, total)).unwrap();
            if terms.iter().all(|t| exact::decimal_places(*t, 4).is_some()) {
                // Exact terms add up to the exact total, printed beside when it needs 4 places.
                prop_assert_eq!(sum_of(&shown), total);
            } else {
                prop_assert_eq!(sum_of(&shown), printed);
            }
        }
    }
}
