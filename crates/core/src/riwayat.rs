//! A teacher's history across periods, as the ledger keeps it, and the promotion rules it is
//! checked against: the angka kredit gathered since the last PAK (pembelajaran, PKB,
//! penunjang) and carried by it (`pak`), what the next pangkat still needs in the regime of
//! the latest period, and a projection at the teacher's own rate. Typed and exact throughout;
//! the ledger stores and returns these values, the commands print them.

use super::credit::AkkRow;
use super::credit2023::{Jenjang, PredikatKinerja, compute};
use super::exact::{Exact, int};
use super::golongan::Golongan;
use super::instrument::Jenis;
use super::pak::{self, Carry};
use super::predikat::Predikat;
use super::tugas::TugasTambahan;

pub use super::siklus::{Reached, Stage, Tahap};

/// How a period's angka kredit was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Regime {
    /// Permenneg PAN-RB 16/2009: the yearly AK of the PK Guru formula.
    #[default]
    R2009,
    /// PermenPAN-RB 1/2023: predikat kinerja × the jenjang's yearly coefficient.
    R2023,
}

impl Regime {
    /// The code the ledger stores (`2009`, `2023`).
    pub fn code(self) -> &'static str {
        match self {
            Regime::R2009 => "2009",
            Regime::R2023 => "2023",
        }
    }

    /// The regime of a code.
    pub fn parse(code: &str) -> Option<Regime> {
        match code.trim() {
            "2009" => Some(Regime::R2009),
            "2023" => Some(Regime::R2023),
            _ => None,
        }
    }

    /// A period's AK: the 2009 formula's (`ak_2009`, when the identity allowed one), or in the
    /// 2023 regime predikat kinerja × koefisien for `months` (PermenPAN-RB 1/2023), which
    /// needs a golongan in a keahlian jenjang.
    pub fn ak(
        self,
        ak_2009: Option<Exact>,
        golongan: Option<Golongan>,
        predikat: Predikat,
        months: i64,
    ) -> Option<Exact> {
        match self {
            Regime::R2009 => ak_2009,
            Regime::R2023 => {
                let jenjang = Jenjang::of(golongan?)?;
                Some(compute(jenjang, PredikatKinerja::from_pkg(predikat), months).ak)
            }
        }
    }
}

/// Who a teacher is in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Identity {
    pub nip: String,
    pub nama: String,
    pub sekolah: String,
}

/// One teacher's result for one period (the ledger keys it by the period).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodResult {
    pub jenis: Jenis,
    pub golongan: Option<Golongan>,
    /// The competency values 1–4.
    pub values: Vec<u8>,
    /// Nilai PKG (skala 100).
    pub nilai: Exact,
    pub predikat: Predikat,
    /// The period's angka kredit in its regime, when it had one.
    pub ak: Option<Exact>,
    pub regime: Regime,
    pub penilai: String,
    /// Where it was read: the sheet, or the rekap row.
    pub source: String,
    pub line: Option<u64>,
    /// The working behind the AK: hours or counselees, tugas tambahan and its nilai.
    pub jm: Option<Exact>,
    pub tugas_tambahan: Option<TugasTambahan>,
    pub nilai_tambahan: Option<Exact>,
}

/// A teacher's last PAK: the baseline new angka kredit counts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pak {
    pub golongan: Golongan,
    /// TMT of the pangkat, as written on the PAK.
    pub tmt: String,
    /// The cumulative AK on the PAK.
    pub ak_kumulatif: Exact,
    /// The last period already counted in it.
    pub periode: String,
}

/// PKB and penunjang earned in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    pub periode: String,
    pub pkb: Exact,
    pub penunjang: Exact,
}

/// What the next pangkat needs: AK in all (the AKK of 2009, or the jenjang's AK of 2023) and
/// the PKB minimum within it (none in 2023).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Next {
    pub to: Golongan,
    pub need: Exact,
    pub pkb_min: Exact,
}

/// One teacher's history worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    pub identity: Identity,
    /// Each period (`2026`, or a semester `2026-1`) and its result, oldest first.
    pub periods: Vec<(String, PeriodResult)>,
    pub pak: Option<Pak>,
    /// AK since the baseline: pembelajaran (the periods' AK), PKB, penunjang.
    pub pembelajaran: Exact,
    pub pkb: Exact,
    pub penunjang: Exact,
    /// The golongan now: the PAK's, else the latest period's.
    pub golongan: Option<Golongan>,
    pub next: Option<Next>,
    /// The AK the PAK carries toward the next pangkat (with a PAK and a next pangkat).
    pub carry: Option<Carry>,
    /// Periods counted since the baseline with an angka kredit.
    pub counted: usize,
}

impl History {
    /// Works out a teacher's history from the ledger's records (periods oldest first).
    pub fn new(
        identity: Identity,
        periods: Vec<(String, PeriodResult)>,
        pak: Option<Pak>,
        extras: &[Extra],
    ) -> History {
        let after = |p: &str| pak.as_ref().is_none_or(|b| p > b.periode.as_str());
        let mut pembelajaran = int(0);
        let mut counted = 0;
        for (_, r) in periods.iter().filter(|(p, _)| after(p)) {
            if let Some(ak) = r.ak {
                pembelajaran += ak;
                counted += 1;
            }
        }
        let (mut pkb, mut penunjang) = (int(0), int(0));
        for e in extras.iter().filter(|e| after(&e.periode)) {
            pkb += e.pkb;
            penunjang += e.penunjang;
        }
        let golongan =
            pak.as_ref().map(|p| p.golongan).or_else(|| periods.last().and_then(|(_, r)| r.golongan));
        let regime = periods.last().map_or(Regime::R2009, |(_, r)| r.regime);
        let next = golongan.and_then(|g| next(g, regime));
        // Permenneg PAN-RB 16/2009 (AK kumulatif above the golongan's minimum) and BKN 2023 (AK
        // integrasi = AK kumulatif − nilai dasar): the PAK's surplus counts toward the next pangkat.
        let carry = pak.as_ref().filter(|_| next.is_some()).and_then(|p| {
            let dasar = pak::dasar(p.golongan, regime == Regime::R2023)?;
            Some(Carry::new(p.ak_kumulatif, dasar))
        });
        History { identity, periods, pak, pembelajaran, pkb, penunjang, golongan, next, carry, counted }
    }

    /// AK gathered since the baseline.
    pub fn total(&self) -> Exact {
        self.pembelajaran + self.pkb + self.penunjang
    }

    /// AK counted toward the next pangkat: what the PAK carries and what was gathered since.
    pub fn toward_next(&self) -> Exact {
        self.carry.map_or(int(0), |c| c.carried) + self.total()
    }

    /// AK still missing for the next pangkat (never below zero).
    pub fn missing(&self) -> Option<Exact> {
        self.next.map(|n| (n.need - self.toward_next()).max(int(0)))
    }

    /// The mean AK of a counted period.
    pub fn rate(&self) -> Option<Exact> {
        (self.counted > 0 && self.pembelajaran > int(0)).then(|| self.pembelajaran / int(self.counted as i64))
    }

    /// Periods still needed at the mean rate of the history (`None`: no rate yet).
    pub fn periods_needed(&self) -> Option<i64> {
        let missing = self.missing()?;
        if missing == int(0) {
            return Some(0);
        }
        Some((missing / self.rate()?).ceil().to_integer())
    }

    /// Whether the next pangkat's AK and PKB minimum are both met.
    pub fn ready(&self) -> bool {
        self.missing() == Some(int(0)) && self.next.is_some_and(|n| self.pkb >= n.pkb_min)
    }
}

/// What the step from golongan `g` needs in a regime: in 2009 the AKK and its PKB minimum
/// (Permenneg PAN-RB 16/2009); in 2023 the jenjang's AK for a kenaikan pangkat within it, or
/// for the kenaikan jenjang when the next golongan starts the next jenjang (PermenPAN-RB
/// 1/2023), with no PKB minimum.
pub fn next(g: Golongan, regime: Regime) -> Option<Next> {
    let to = g.next()?;
    match regime {
        Regime::R2009 => AkkRow::of(g).map(|row| Next { to, need: row.akk(), pkb_min: row.akpkb() }),
        Regime::R2023 => {
            let row = Jenjang::of(g)?.row();
            let need = if Jenjang::of(to) == Jenjang::of(g) { Some(row.ak_pangkat) } else { row.ak_jenjang };
            need.map(|n| Next { to, need: int(n), pkb_min: int(0) })
        }
    }
}

/// One teacher's line of a school's view: the latest period, AK gathered and still missing,
/// ready for promotion, assessed in the current period, and the cycle stage reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolRow {
    pub identity: Identity,
    pub last: Option<String>,
    /// AK counted toward the next pangkat (carried by the PAK and gathered since).
    pub total: Exact,
    pub missing: Option<Exact>,
    pub ready: bool,
    pub assessed: bool,
    pub stage: Option<Reached>,
}

impl SchoolRow {
    /// A teacher's line for the current period (`None`: the ledger holds no period yet).
    pub fn new(h: History, current: Option<&str>, stage: Option<Reached>) -> SchoolRow {
        SchoolRow {
            last: h.periods.last().map(|(p, _)| p.clone()),
            assessed: current.is_some_and(|c| h.periods.iter().any(|(p, _)| p == c)),
            total: h.toward_next(),
            missing: h.missing(),
            ready: h.ready(),
            stage,
            identity: h.identity,
        }
    }
}

#[cfg(test)]
mod carry_tests;
#[cfg(test)]
mod prop_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exact::parse_exact_text;

    fn g(s: &str) -> Golongan {
        s.parse().unwrap()
    }

    fn period(periode: &str, golongan: &str, ak: &str, regime: Regime) -> (String, PeriodResult) {
        let r = PeriodResult {
            jenis: Jenis::Kelas,
            golongan: Some(g(golongan)),
            values: vec![4; 14],
            nilai: int(100),
            predikat: Predikat::AmatBaik,
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

    /// Four periods of 12.5 AK reach the 50 of III/b → III/c exactly; with the PKB minimum
    /// (3 pengembangan diri + 4 publikasi) met, the teacher is ready.
    #[test]
    fn promotion_reached_exactly() {
        let periods: Vec<(String, PeriodResult)> =
            (2023..2027).map(|y| period(&y.to_string(), "III/b", "12.5", Regime::R2009)).collect();
        let extras = [Extra { periode: "2024".into(), pkb: int(7), penunjang: int(0) }];
        let h = History::new(Identity::default(), periods, None, &extras);
        assert_eq!(h.next, Some(Next { to: g("III/c"), need: int(50), pkb_min: int(7) }));
        assert_eq!(h.pembelajaran, int(50));
        assert_eq!(h.total(), int(57));
        assert_eq!(h.missing(), Some(int(0)));
        assert_eq!(h.periods_needed(), Some(0));
        assert!(h.ready());
    }

    /// Periods up to the PAK's are already counted in it; the PAK's golongan is the current
    /// one; the rate and the projection come from the periods after it.
    #[test]
    fn pak_is_the_baseline() {
        let periods = vec![
            period("2023", "III/a", "10", Regime::R2009),
            period("2024", "III/b", "12", Regime::R2009),
            period("2025", "III/b", "13", Regime::R2009),
        ];
        let pak = Pak {
            golongan: g("III/b"),
            tmt: "2024-04-01".into(),
            ak_kumulatif: int(160),
            periode: "2023".into(),
        };
        let h = History::new(Identity::default(), periods, Some(pak), &[]);
        assert_eq!((h.pembelajaran, h.counted), (int(25), 2));
        assert_eq!(h.golongan, Some(g("III/b")));
        // 160 on the PAK is 10 above III/b's minimum of 150: 50 − 10 − 25 = 15 missing.
        assert_eq!(h.carry.map(|c| c.carried), Some(int(10)));
        assert_eq!(h.missing(), Some(int(15)));
        assert_eq!(h.rate(), Some(parse_exact_text("12.5").unwrap()));
        assert_eq!(h.periods_needed(), Some(2));
        assert!(!h.ready(), "no PKB yet");
    }

    /// No AK yet (periods without one, or of zero): no rate, so no projection, and no panic.
    #[test]
    fn no_rate_no_projection() {
        let periods =
            vec![period("2025", "III/c", "0", Regime::R2009), period("2026", "III/c", "", Regime::R2009)];
        let h = History::new(Identity::default(), periods, None, &[]);
        assert_eq!(h.rate(), None);
        assert_eq!(h.periods_needed(), None);
        assert_eq!(h.missing(), Some(int(100)));
    }

    /// The 2023 regime: the jenjang's AK within it (III/c → III/d in Ahli Muda), or for the
    /// kenaikan jenjang (III/d → IV/a); no PKB minimum; the latest period's regime decides.
    #[test]
    fn regime_2023_needs() {
        assert_eq!(next(g("III/c"), Regime::R2023).map(|n| (n.to, n.pkb_min)), Some((g("III/d"), int(0))));
        let within = next(g("III/c"), Regime::R2023).unwrap().need;
        let jenjang = next(g("III/d"), Regime::R2023).unwrap().need;
        assert_eq!(within, int(Jenjang::AhliMuda.row().ak_pangkat));
        assert_eq!(Some(jenjang), Jenjang::AhliMuda.row().ak_jenjang.map(int));
        let periods = vec![
            period("2024", "III/c", "12.5", Regime::R2009),
            period("2025", "III/c", "25", Regime::R2023),
        ];
        let h = History::new(Identity::default(), periods, None, &[]);
        assert_eq!(h.next.map(|n| n.need), Some(within));
        // Ahli Muda's coefficient 25 a year, Baik 100 %; half a year gives half.
        assert_eq!(Regime::R2023.ak(None, Some(g("III/c")), Predikat::Baik, 12), Some(int(25)));
        assert_eq!(Regime::R2023.ak(None, Some(g("III/c")), Predikat::Baik, 6), parse_exact_text("12.5"));
        assert_eq!(Regime::R2009.ak(Some(int(7)), Some(g("III/c")), Predikat::Baik, 6), Some(int(7)));
        assert_eq!(
            Regime::R2023.ak(None, Some(g("II/d")), Predikat::Baik, 12),
            None,
            "outside the keahlian jenjang"
        );
        assert_eq!(Regime::parse(" 2023 "), Some(Regime::R2023));
        assert_eq!(Regime::parse("2010"), None);
    }

    /// The stages by code, in order.
    #[test]
    fn stages_by_code() {
        let codes: Vec<&str> = Tahap::ALL.iter().map(|t| t.code()).collect();
        assert_eq!(
            codes,
            ["diskusi-persiapan", "observasi", "diskusi-tindak-lanjut", "upaya-tindak-lanjut", "refleksi"]
        );
        assert!(Tahap::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Tahap::parse("refleksi"), Some(Tahap::Refleksi));
        assert_eq!(Tahap::parse("selesai"), None);
    }
}
