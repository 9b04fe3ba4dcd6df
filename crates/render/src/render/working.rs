//! The working of an angka kredit result, written out the way published examples do:
//! `(50 − 3 − 5) × 24/24 × 100 % / 4 = 10,500`.

use crate::core::credit::{Credit, PERIOD_YEARS};
use crate::core::exact::{self, Exact, int};
use crate::core::instrument::Jenis;
use crate::i18n;
use crate::lang::Lang;

fn n(lang: Lang, x: Exact) -> String {
    exact::human(x, 3, lang.decimal_sep())
}

/// Angka kredit shown with 3 decimals, half-up (as PAK documents print them).
pub fn ak(lang: Lang, x: Exact) -> String {
    exact::fixed(x, 3, lang.decimal_sep())
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
    for t in c.tugas_lain.iter() {
        let add = c.pembelajaran * t.share();
        out.push((
            i18n::label_tugas_lain(lang, t.code(), t.percent(), c.jenis),
            format!("{} % × {} = {}", t.percent(), ak(lang, c.pembelajaran), ak(lang, add)),
        ));
    }
    let total = format!(
        "{} ({} {})",
        ak(lang, c.per_year),
        i18n::label_exact(lang),
        exact::exact_text(c.per_year, lang.decimal_sep())
    );
    out.push((i18n::label_ak_per_year(lang).to_string(), total));
    out
}

/// The path to the next pangkat, as sentences.
pub fn promotion(lang: Lang, c: &Credit) -> Vec<String> {
    let p = &c.promotion;
    let mut out = vec![i18n::promotion_summary(
        lang,
        c.golongan.as_str(),
        p.next.as_str(),
        &n(lang, c.row.akk()),
        &n(lang, c.row.akpkb()),
        &n(lang, c.row.akp()),
        &n(lang, c.row.base()),
    )];
    if let Some((pkb, penunjang)) = p.earned {
        out.push(i18n::promotion_earned(lang, &n(lang, pkb), &n(lang, penunjang), &n(lang, p.needed)));
    }
    out.push(i18n::promotion_rate(
        lang,
        &ak(lang, p.over_period),
        &n(lang, p.needed),
        &exact::fixed(p.years_exact, 2, lang.decimal_sep()),
        p.years,
    ));
    out
}
