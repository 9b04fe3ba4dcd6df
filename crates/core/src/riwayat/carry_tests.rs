//! The AK a PAK carries toward the next pangkat, in both regimes (issue 21's worked cases).

use super::*;
use crate::exact::{parse_exact_text, ratio};
use crate::pak::{Dasar, minimal};

fn g(s: &str) -> Golongan {
    s.parse().unwrap()
}

fn x(s: &str) -> Exact {
    parse_exact_text(s).unwrap()
}

fn period(periode: &str, golongan: &str, ak: &str, regime: Regime) -> (String, PeriodResult) {
    let r = PeriodResult {
        jenis: Jenis::Kelas,
        golongan: Some(g(golongan)),
        values: vec![3; 14],
        nilai: ratio(975, 14),
        predikat: Predikat::Cukup,
        ak: parse_exact_text(ak),
        regime,
        penilai: String::new(),
        source: String::new(),
        line: None,
        jm: None,
        tugas_tambahan: None,
        nilai_tambahan: None,
    };
    (periode.to_string(), r)
}

fn pak(golongan: &str, ak: &str) -> Pak {
    Pak { golongan: g(golongan), tmt: "2024-04-01".into(), ak_kumulatif: x(ak), periode: "2025".into() }
}

/// III/c with AK kumulatif 230 on the PAK, then a Cukup year: in the 2009 regime 15.1875
/// (W9's (100 − 9 − 10) × 75 % / 4) and 30 carried leave 100 − 30 − 15.1875 = 54.8125 (not
/// 84.8125); in the 2023 regime Ahli Muda 75 % × 25 = 18.75 and AK integrasi 230 − 200 = 30
/// leave 100 − 30 − 18.75 = 51.25 (not 81.25).
#[test]
fn the_two_worked_cases() {
    for (regime, ak, missing, dasar) in [
        (Regime::R2009, "15.1875", "54.8125", Dasar::Golongan(g("III/c"))),
        (Regime::R2023, "18.75", "51.25", Dasar::Jenjang(crate::credit2023::Jenjang::AhliMuda)),
    ] {
        let periods = vec![period("2026", "III/c", ak, regime)];
        let h = History::new(Identity::default(), periods, Some(pak("III/c", "230")), &[]);
        let c = h.carry.expect("a PAK and a next pangkat");
        assert_eq!((c.carried, c.dasar, c.below), (int(30), dasar, false), "{regime:?}");
        assert_eq!(h.total(), x(ak), "the AK since the PAK is unchanged");
        assert_eq!(h.toward_next(), int(30) + x(ak));
        assert_eq!(h.missing(), Some(x(missing)), "{regime:?}");
        // 54.8125 / 15.1875 = 3.6 → 4 periods; 51.25 / 18.75 = 2.73 → 3.
        let periods_needed = if regime == Regime::R2009 { 4 } else { 3 };
        assert_eq!(h.periods_needed(), Some(periods_needed), "{regime:?}");
        let row = SchoolRow::new(h, Some("2026"), None);
        assert_eq!(row.total, int(30) + x(ak), "the school view counts the carried AK too");
        assert_eq!(row.missing, Some(x(missing)));
    }
}

/// For every golongan with a next pangkat, in both regimes: the dasar plus the step's AK is the
/// next golongan's AK kumulatif minimal, so a PAK leaves the shortfall of the conventional
/// system (the next minimum − AK kumulatif) whatever the regime. In 2023 the dasar is the
/// jenjang's nilai dasar, except a kenaikan pangkat past the jenjang's first golongan (IV/b).
#[test]
fn every_step_counts_from_its_dasar() {
    for from in Golongan::ALL {
        for regime in [Regime::R2009, Regime::R2023] {
            let dasar = pak::dasar(from, regime == Regime::R2023);
            match (next(from, regime), dasar) {
                (Some(n), Some(d)) => assert_eq!(d.value() + n.need, minimal(n.to), "{from} {regime:?}"),
                (n, d) => assert_eq!((n, d.is_some()), (None, false), "{from} {regime:?}"),
            }
        }
    }
    let madya = crate::credit2023::Jenjang::AhliMadya;
    assert_eq!(pak::dasar(g("IV/b"), true), Some(Dasar::Golongan(g("IV/b"))));
    assert_eq!(pak::dasar(g("IV/c"), true), Some(Dasar::Jenjang(madya)));
    assert_eq!(pak::dasar(g("II/d"), true), None, "golongan II: no 2023 jenjang");
}

/// III/d with 330 in the 2023 regime: the kenaikan jenjang's 200 counts from Ahli Muda's nilai
/// dasar 200, so 130 is carried and 70 is missing — as in the 2009 regime (400 − 330). IV/b
/// with the published form's 550,63: AK integrasi 150,63, of which the 150 of IV/a → IV/b is
/// spent; toward IV/c (150) 0,63 counts and 149,37 is missing, again 700 − 550,63.
#[test]
fn within_and_across_a_jenjang() {
    let h = History::new(
        Identity::default(),
        vec![period("2026", "III/d", "0", Regime::R2023)],
        Some(pak("III/d", "330")),
        &[],
    );
    assert_eq!(h.next.map(|n| n.need), Some(int(200)));
    assert_eq!(h.carry.map(|c| c.carried), Some(int(130)));
    assert_eq!(h.missing(), Some(int(70)));
    let h = History::new(
        Identity::default(),
        vec![period("2026", "IV/b", "0", Regime::R2023)],
        Some(pak("IV/b", "550.63")),
        &[],
    );
    assert_eq!(h.carry.map(|c| c.carried), Some(x("0.63")));
    assert_eq!(h.missing(), Some(x("149.37")));
    assert_eq!(crate::pak::ak_integrasi(g("IV/b"), x("550.63")), Some(x("150.63")));
    let h = History::new(Identity::default(), vec![], Some(pak("III/d", "330")), &[]);
    assert_eq!(h.carry.map(|c| c.carried), Some(int(30)), "no period: the 2009 regime");
    assert_eq!(h.missing(), Some(int(70)));
}

/// An AK kumulatif below the golongan's minimum carries nothing and is flagged: the shortfall
/// is the AKK less what was gathered, neither grown nor negative. A surplus larger than the
/// step covers it; the PKB minimum still has to be met. IV/e has no next pangkat: no carry.
#[test]
fn below_the_minimum_above_the_step_and_the_top() {
    let periods = || vec![period("2026", "III/c", "15.1875", Regime::R2009)];
    let h = History::new(Identity::default(), periods(), Some(pak("III/c", "190")), &[]);
    let c = h.carry.unwrap();
    assert_eq!((c.carried, c.below, c.ak_kumulatif), (int(0), true, int(190)));
    assert_eq!(h.missing(), Some(x("84.8125")));
    let h = History::new(Identity::default(), periods(), Some(pak("III/c", "320")), &[]);
    assert_eq!(h.missing(), Some(int(0)));
    assert_eq!(h.periods_needed(), Some(0));
    assert!(!h.ready(), "no PKB since the PAK");
    let extras = [Extra { periode: "2026".into(), pkb: int(9), penunjang: int(0) }];
    let h = History::new(Identity::default(), periods(), Some(pak("III/c", "320")), &extras);
    assert!(h.ready());
    let h = History::new(
        Identity::default(),
        vec![period("2026", "IV/e", "10", Regime::R2009)],
        Some(pak("IV/e", "1100")),
        &[],
    );
    assert_eq!((h.next, h.carry, h.missing()), (None, None, None));
}
