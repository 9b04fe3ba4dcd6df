//! The AK a teacher's last PAK carries toward the next pangkat. In the 2009 regime the AK
//! kumulatif above the cumulative minimum of the PAK's golongan counts toward the next one
//! (Permenneg PAN-RB 16/2009 lampiran II; the "tabungan" of Permendiknas 35/2010: III/c with
//! 230 carries 30). In the 2023 regime AK integrasi = AK kumulatif konvensional − nilai dasar
//! of the jenjang (PermenPAN-RB 1/2023; BKN 2023: III/c with 230 − 200 = 30). Exact; the
//! minima are data, every row tested.

use super::credit2023::Jenjang;
use super::exact::{Exact, int};
use super::golongan::Golongan;

/// Permenneg PAN-RB 16/2009 lampiran II: angka kredit kumulatif minimal of each golongan of a
/// guru, row for row with `Golongan::ALL`; golongan II from Kepmenpan 84/1993 (lower
/// confidence, like the AKK table's golongan II rows, which it continues: each minimum plus
/// its AKK is the next minimum).
pub const AK_KUMULATIF_MINIMAL: [(&str, i64); 13] = [
    ("II/a", 25),
    ("II/b", 40),
    ("II/c", 60),
    ("II/d", 80),
    ("III/a", 100),
    ("III/b", 150),
    ("III/c", 200),
    ("III/d", 300),
    ("IV/a", 400),
    ("IV/b", 550),
    ("IV/c", 700),
    ("IV/d", 850),
    ("IV/e", 1050),
];

/// The AK kumulatif minimal of a golongan.
pub fn minimal(g: Golongan) -> Exact {
    // The table follows Golongan::ALL row for row (tested), so the position is the row.
    int(AK_KUMULATIF_MINIMAL.get(g.index()).map_or(0, |r| r.1))
}

/// AK integrasi of a conventional AK kumulatif at golongan `g` (BKN 2023): AK kumulatif −
/// nilai dasar of `g`'s jenjang (may be negative when the AK kumulatif is below it); `None`
/// outside the keahlian jenjang.
pub fn ak_integrasi(g: Golongan, ak_kumulatif: Exact) -> Option<Exact> {
    Jenjang::of(g).map(|j| ak_kumulatif - int(j.row().nilai_dasar))
}

/// What the AK counted toward the next pangkat starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dasar {
    /// The AK kumulatif minimal of the golongan.
    Golongan(Golongan),
    /// The nilai dasar of the jenjang (2023, AK integrasi).
    Jenjang(Jenjang),
}

impl Dasar {
    /// Its value.
    pub fn value(self) -> Exact {
        match self {
            Dasar::Golongan(g) => minimal(g),
            Dasar::Jenjang(j) => int(j.row().nilai_dasar),
        }
    }
}

/// The AK a PAK carries: its AK kumulatif less the dasar, or nothing when the AK kumulatif is
/// below the dasar (a PAK cannot hold less than its golongan needed: a typing error, or an AK
/// already integrated; pkguru counts none and says so, never a negative amount).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carry {
    pub ak_kumulatif: Exact,
    pub dasar: Dasar,
    /// AK kumulatif − dasar, at least 0.
    pub carried: Exact,
    /// The AK kumulatif was below the dasar.
    pub below: bool,
}

impl Carry {
    pub fn new(ak_kumulatif: Exact, dasar: Dasar) -> Carry {
        let over = ak_kumulatif - dasar.value();
        Carry { ak_kumulatif, dasar, carried: over.max(int(0)), below: over < int(0) }
    }
}

/// The dasar from which the AK of the step from `g` is counted. In the 2009 regime it is the
/// golongan's minimum (the AKK is the difference of two minima). In the 2023 regime the AK
/// for a kenaikan jenjang is counted from the jenjang's nilai dasar; the AK for a kenaikan
/// pangkat within it from the golongan's minimum, which at the jenjang's first golongan is the
/// nilai dasar itself (tested). Either way dasar + the step's AK = the next golongan's minimum.
pub fn dasar(g: Golongan, regime_2023: bool) -> Option<Dasar> {
    let to = g.next()?;
    if !regime_2023 {
        return Some(Dasar::Golongan(g));
    }
    let j = Jenjang::of(g)?;
    let first: Option<Golongan> = j.row().golongan.0.parse().ok();
    Some(if Jenjang::of(to) != Some(j) || first == Some(g) { Dasar::Jenjang(j) } else { Dasar::Golongan(g) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credit::AkkRow;
    use crate::exact::{parse_exact_text, ratio};

    fn g(s: &str) -> Golongan {
        s.parse().unwrap()
    }

    /// Every row: the golongan in `Golongan::ALL`'s order, the minima of Permenneg PAN-RB
    /// 16/2009 lampiran II (III/a 100 … IV/e 1050), and each minimum + the AKK of its step =
    /// the next minimum (the AKK table and this one agree).
    #[test]
    fn every_minimum_row() {
        let want = [25, 40, 60, 80, 100, 150, 200, 300, 400, 550, 700, 850, 1050];
        for (i, (row, gol)) in AK_KUMULATIF_MINIMAL.iter().zip(Golongan::ALL).enumerate() {
            assert_eq!(row.0, gol.as_str());
            assert_eq!(row.1, want[i], "{}", row.0);
            assert_eq!(minimal(gol), int(want[i]), "{}", row.0);
            if let (Some(akk), Some(next)) = (AkkRow::of(gol), gol.next()) {
                assert_eq!(minimal(gol) + akk.akk(), minimal(next), "{} → {next}", row.0);
            }
        }
    }

    /// The nilai dasar of each jenjang is the minimum of its first golongan, and the nilai dasar
    /// plus the AK for kenaikan jenjang is the next jenjang's (100 + 100 = 200, 200 + 200 =
    /// 400, 400 + 450 = 850).
    #[test]
    fn nilai_dasar_agrees_with_the_minima() {
        for j in [Jenjang::AhliPertama, Jenjang::AhliMuda, Jenjang::AhliMadya, Jenjang::AhliUtama] {
            let r = j.row();
            assert_eq!(int(r.nilai_dasar), minimal(g(r.golongan.0)), "{j:?}");
            let last = g(r.golongan.1);
            if let (Some(up), Some(to)) = (r.ak_jenjang, last.next()) {
                let next = Jenjang::of(to).unwrap();
                assert_eq!(r.nilai_dasar + up, next.row().nilai_dasar, "{j:?}");
            }
        }
    }

    /// The worked cases: III/c with AK kumulatif 230 carries 30 in both regimes; the published
    /// integration form 550,63 − 400 = 150,63 (IV/b, Ahli Madya); below the minimum nothing.
    #[test]
    fn worked_cases() {
        for regime_2023 in [false, true] {
            let c = Carry::new(int(230), dasar(g("III/c"), regime_2023).unwrap());
            assert_eq!((c.carried, c.below), (int(30), false), "2023: {regime_2023}");
        }
        assert_eq!(dasar(g("III/c"), false), Some(Dasar::Golongan(g("III/c"))));
        assert_eq!(dasar(g("III/c"), true), Some(Dasar::Jenjang(Jenjang::AhliMuda)));
        let form = parse_exact_text("550.63").unwrap();
        assert_eq!(ak_integrasi(g("IV/b"), form), Some(ratio(15063, 100)));
        assert_eq!(ak_integrasi(g("III/c"), int(230)), Some(int(30)));
        assert_eq!(ak_integrasi(g("II/d"), int(90)), None, "golongan II has no keahlian jenjang");
        // Below the minimum: none carried, flagged.
        let c = Carry::new(int(190), dasar(g("III/c"), false).unwrap());
        assert_eq!((c.carried, c.below), (int(0), true));
        // Exactly the minimum: nothing carried, nothing flagged.
        let c = Carry::new(int(100), dasar(g("III/a"), false).unwrap());
        assert_eq!((c.carried, c.below), (int(0), false));
        assert_eq!(dasar(g("IV/e"), false), None, "no next pangkat");
    }
}
