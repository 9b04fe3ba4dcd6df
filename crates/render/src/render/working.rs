//! The working of an angka kredit result, written out the way published examples do:
//! `(50 − 3 − 5) × 24/24 × 100 % / 4 = 10,500`.

use crate::core::credit::{Credit, PERIOD_YEARS};
use crate::core::exact::{self, Exact, int};
use crate::core::instrument::Jenis;
use crate::i18n;

fn n(x: Exact) -> String {
    exact::human(x, 3, i18n::decimal_sep())
}

/// Angka kredit shown with 3 decimals, half-up (as PAK documents print them).
pub fn ak(x: Exact) -> String {
    exact::fixed(x, 3, i18n::decimal_sep())
}

/// The JM/JWM factor as written: `18/24` below the minimum, `26/26` within the range,
/// `40/40` when capped at the upper bound.
pub fn jm_factor(c: &Credit, upper: i64) -> String {
    let shown = c.jm.min(int(upper));
    let denom = if shown >= int(c.jwm) { shown } else { int(c.jwm) };
    format!("{}/{}", n(shown), n(denom))
}

/// The main formula line: `(AKK − AKPKB − AKP) × JM/JWM × NK / 4 = AK`.
pub fn formula(c: &Credit) -> String {
    let upper = crate::core::credit::jwm_range(c.jenis).1;
    format!(
        "({} − {} − {}) × {} × {} % / {} = {}",
        n(c.row.akk()),
        n(c.row.akpkb()),
        n(c.row.akp()),
        jm_factor(c, upper),
        c.predikat.credit_percent(),
        PERIOD_YEARS,
        ak(c.pembelajaran)
    )
}

/// Every step, labelled, in order.
pub fn steps(c: &Credit) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let part = match c.jenis {
        Jenis::Kelas => i18n::label_ak_pembelajaran(),
        Jenis::Bk => i18n::label_ak_pembimbingan(),
    };
    out.push((part.to_string(), formula(c)));
    if let Some(t) = &c.tambahan {
        let line = format!(
            "({} − {} − {}) × {} % / {} = {}",
            n(c.row.akk()),
            n(c.row.akpkb()),
            n(c.row.akp()),
            t.predikat.credit_percent(),
            PERIOD_YEARS,
            ak(t.ak)
        );
        out.push((
            i18n::label_ak_tambahan(
                t.kind.rule().name,
                &exact::fixed(t.nilai_100, 2, i18n::decimal_sep()),
                t.predikat.name(),
            ),
            line,
        ));
        let own = int(1) - t.share;
        let blend = format!(
            "{} % × {} + {} % × {} = {}",
            n(own * int(100)),
            ak(c.pembelajaran),
            n(t.share * int(100)),
            ak(t.ak),
            ak(c.blended)
        );
        out.push((i18n::label_blend().to_string(), blend));
    }
    for t in c.tugas_lain.iter() {
        let add = c.pembelajaran * t.share();
        out.push((
            i18n::label_tugas_lain(t.code(), t.percent(), c.jenis),
            format!("{} % × {} = {}", t.percent(), ak(c.pembelajaran), ak(add)),
        ));
    }
    let total = format!(
        "{} ({} {})",
        ak(c.per_year),
        i18n::label_exact(),
        exact::exact_text(c.per_year, i18n::decimal_sep())
    );
    out.push((i18n::label_ak_per_year().to_string(), total));
    out
}

/// The path to the next pangkat, as sentences.
pub fn promotion(c: &Credit) -> Vec<String> {
    let p = &c.promotion;
    let mut out = vec![i18n::promotion_summary(
        c.golongan.as_str(),
        p.next.as_str(),
        &n(c.row.akk()),
        &n(c.row.akpkb()),
        &n(c.row.akp()),
        &n(c.row.base()),
    )];
    if let Some((pkb, penunjang)) = p.earned {
        out.push(i18n::promotion_earned(&n(pkb), &n(penunjang), &n(p.needed)));
    }
    out.push(i18n::promotion_rate(
        &ak(p.over_period),
        &n(p.needed),
        &exact::fixed(p.years_exact, 2, i18n::decimal_sep()),
        p.years,
    ));
    out
}
