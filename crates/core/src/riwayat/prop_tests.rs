//! Property test: any sequence of periods within the valid ranges (AK none, zero, small or
//! large, either regime, with or without a PAK and PKB/penunjang) gives a history whose
//! totals, shortfall, rate, projection and readiness never panic and stay in range.

use proptest::prelude::*;

use super::*;
use crate::exact::ratio;

/// An AK as the ledger can hold one: none, zero, a value over the denominators the rules
/// produce (halves to 64ths, twelfths of the months, hundredths of a typed value) up to 100,
/// or the 2023 rule's own value for the golongan, predikat and months.
fn ak() -> impl Strategy<Value = (Option<Exact>, Option<(Predikat, i64)>)> {
    let denoms = prop::sample::select(vec![1i64, 2, 4, 8, 16, 32, 64, 3, 6, 12, 24, 48, 96, 100, 150, 600]);
    let predikat = prop::sample::select(vec![
        Predikat::AmatBaik,
        Predikat::Baik,
        Predikat::Cukup,
        Predikat::Sedang,
        Predikat::Kurang,
    ]);
    prop_oneof![
        Just((None, None)),
        Just((Some(int(0)), None)),
        (0i64..=3, denoms.clone(), 0i64..600).prop_map(|(w, d, n)| (Some(int(w) + ratio(n % d, d)), None)),
        (0i64..=100, denoms, 0i64..600).prop_map(|(w, d, n)| (Some(int(w) + ratio(n % d, d)), None)),
        (predikat, 1i64..=12).prop_map(|(p, m)| (None, Some((p, m)))),
    ]
}

fn golongan() -> impl Strategy<Value = Golongan> {
    prop::sample::select(Golongan::ALL.to_vec())
}

/// Hundredths from 0 to `max`.
fn hundredths(max: i64) -> impl Strategy<Value = Exact> {
    (0..=max * 100).prop_map(|n| ratio(n, 100))
}

#[derive(Debug, Clone)]
struct Case {
    periods: Vec<(String, PeriodResult)>,
    pak: Option<Pak>,
    extras: Vec<Extra>,
}

fn case() -> impl Strategy<Value = Case> {
    let period = (golongan(), any::<bool>(), ak());
    let periods =
        (prop::collection::btree_set((2000u16..2060, 0u8..=2), 0..24), prop::collection::vec(period, 24));
    let pak = prop::option::of((golongan(), hundredths(2000), 1999u16..2061));
    let extras = prop::collection::vec((2000u16..2060, hundredths(60), hundredths(30)), 0..6);
    (periods, pak, extras).prop_map(|((labels, results), pak, extras)| {
        let periods = labels
            .into_iter()
            .zip(results)
            .map(|((year, semester), (gol, is_2023, (ak, rule)))| {
                let regime = if is_2023 { Regime::R2023 } else { Regime::R2009 };
                let (predikat, ak) = match rule {
                    Some((p, months)) => (p, Regime::R2023.ak(None, Some(gol), p, months)),
                    None => (Predikat::Baik, ak),
                };
                let label = if semester == 0 { year.to_string() } else { format!("{year}-{semester}") };
                let r = PeriodResult {
                    jenis: Jenis::Kelas,
                    golongan: Some(gol),
                    values: vec![3; 14],
                    nilai: ratio(975, 14),
                    predikat,
                    ak,
                    regime,
                    penilai: String::new(),
                    source: String::new(),
                    line: None,
                    jm: None,
                    tugas_tambahan: None,
                    nilai_tambahan: None,
                };
                (label, r)
            })
            .collect();
        let pak = pak.map(|(golongan, ak_kumulatif, year)| Pak {
            golongan,
            tmt: format!("{year}-04-01"),
            ak_kumulatif,
            periode: year.to_string(),
        });
        let extras = extras
            .into_iter()
            .map(|(year, pkb, penunjang)| Extra { periode: year.to_string(), pkb, penunjang })
            .collect();
        Case { periods, pak, extras }
    })
}

proptest! {
    #[test]
    fn any_history_stays_in_range(c in case()) {
        let h = History::new(Identity::default(), c.periods.clone(), c.pak.clone(), &c.extras);
        let zero = int(0);
        prop_assert!(h.total() >= zero);
        prop_assert!(h.counted <= h.periods.len());
        let carried = h.carry.map_or(zero, |k| k.carried);
        prop_assert!(carried >= zero);
        if let Some(k) = h.carry {
            prop_assert_eq!(k.below, k.ak_kumulatif < k.dasar.value());
            prop_assert!(h.pak.is_some() && h.next.is_some());
        }
        prop_assert_eq!(h.toward_next(), carried + h.total());
        let missing = h.missing();
        prop_assert_eq!(missing.is_some(), h.next.is_some());
        if let (Some(m), Some(n)) = (missing, h.next) {
            prop_assert!(m >= zero, "missing {} is negative", m);
            prop_assert!(m <= n.need);
            prop_assert_eq!(m, (n.need - h.toward_next()).max(zero));
        }
        let rate = h.rate();
        if let Some(r) = rate {
            prop_assert!(r > zero);
        }
        match (h.periods_needed(), missing, rate) {
            (Some(0), Some(m), _) => prop_assert_eq!(m, zero),
            (Some(n), Some(m), Some(r)) => {
                prop_assert!(n >= 1);
                prop_assert!(int(n) * r >= m && int(n - 1) * r < m, "{} periods of {} for {}", n, r, m);
            }
            (None, m, r) => prop_assert!(m.is_none() || (m > Some(zero) && r.is_none())),
            (Some(n), m, r) => prop_assert!(false, "{} periods with missing {:?}, rate {:?}", n, m, r),
        }
        if h.ready() {
            prop_assert_eq!(missing, Some(zero));
        }
        let last = h.periods.last().map(|(p, _)| p.clone());
        let row = SchoolRow::new(h.clone(), last.as_deref(), None);
        prop_assert_eq!(row.total, h.toward_next());
        prop_assert_eq!(row.missing, missing);
        prop_assert_eq!(row.ready, h.ready());
        prop_assert_eq!(row.assessed, last.is_some());
    }
}
