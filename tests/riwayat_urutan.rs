//! Random sequences of `riwayat tambah`, `siklus`, `--ak-lain`, `--pak` and `guru` on one
//! ledger (both regimes, periods and semesters, imports replaced, stages recorded again, PAKs
//! above and below their golongan's minimum): no command panics, every refusal is a data or
//! usage error, and every teacher's totals stay in their valid range.

mod common;

use std::path::Path;

use common::*;
use proptest::prelude::*;

const SITI: &str = "198503152010012003";

#[derive(Debug, Clone)]
enum Op {
    Tambah { sheet: usize, periode: &'static str, ganti: bool, regime: &'static str },
    Siklus { periode: &'static str, tahap: &'static str, tanggal: &'static str, ganti: bool },
    AkLain { periode: &'static str, pkb: &'static str, penunjang: &'static str },
    Pak { golongan: &'static str, ak: &'static str, periode: &'static str },
}

const PERIODS: [&str; 6] = ["2023", "2024", "2025", "2026", "2026-1", "2026-2"];
const GOLONGAN: [&str; 4] = ["III/a", "III/c", "IV/a", "IV/d"];

fn op() -> impl Strategy<Value = Op> {
    let periode = prop::sample::select(PERIODS.to_vec());
    prop_oneof![
        (0..GOLONGAN.len() * 2, periode.clone(), any::<bool>(), prop::sample::select(vec!["2009", "2023"]))
            .prop_map(|(sheet, periode, ganti, regime)| Op::Tambah { sheet, periode, ganti, regime }),
        (
            periode.clone(),
            prop::sample::select(vec!["diskusi-persiapan", "observasi", "refleksi"]),
            prop::sample::select(vec!["2026-03-12", "2026-13-45", "2025-08-01"]),
            any::<bool>()
        )
            .prop_map(|(periode, tahap, tanggal, ganti)| Op::Siklus {
                periode,
                tahap,
                tanggal,
                ganti
            }),
        (
            periode.clone(),
            prop::sample::select(vec!["0", "1.5", "999.9999", "-1", "1/3"]),
            prop::sample::select(vec!["0", "5", "0.25"])
        )
            .prop_map(|(periode, pkb, penunjang)| Op::AkLain { periode, pkb, penunjang }),
        (
            prop::sample::select(GOLONGAN.to_vec()),
            prop::sample::select(vec!["0", "100", "230", "550.63", "1050"]),
            periode
        )
            .prop_map(|(golongan, ak, periode)| Op::Pak { golongan, ak, periode }),
    ]
}

/// Siti's sheet with a golongan and, for odd `i`, every score 2.
fn sheets(dir: &Path) -> Vec<String> {
    let base = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    (0..GOLONGAN.len() * 2)
        .map(|i| {
            let mut rows = base.clone();
            for r in &mut rows {
                if r[0] == "golongan" {
                    r[3] = GOLONGAN[i / 2].into();
                }
                if i % 2 == 1 && r[0].contains('.') {
                    r[3] = "2".into();
                }
            }
            let path = dir.join(format!("s{i}.csv"));
            std::fs::write(&path, csv_text(&rows, b',', false)).unwrap();
            path.to_str().unwrap().to_string()
        })
        .collect()
}

fn apply(db: &str, dir: &Path, sheets: &[String], op: &Op) -> (i32, String) {
    let mut args: Vec<String> = vec!["riwayat".into(), "--db".into(), db.into()];
    let mut push = |xs: &[&str]| args.extend(xs.iter().map(|s| s.to_string()));
    match op {
        Op::Tambah { sheet, periode, ganti, regime } => {
            push(&["tambah", &sheets[*sheet], "--periode", periode, "--regime", regime]);
            if *ganti {
                push(&["--ganti"]);
            }
        }
        Op::Siklus { periode, tahap, tanggal, ganti } => {
            push(&["siklus", SITI, "--periode", periode, "--tahap", tahap, "--tanggal", tanggal]);
            if *ganti {
                push(&["--ganti"]);
            }
        }
        Op::AkLain { periode, pkb, penunjang } => {
            let path = dir.join("lain.csv");
            std::fs::write(&path, format!("nip,pkb,penunjang\n{SITI},{pkb},{penunjang}\n")).unwrap();
            push(&["tambah", "--ak-lain", path.to_str().unwrap(), "--periode", periode]);
        }
        Op::Pak { golongan, ak, periode } => {
            let path = dir.join("pak.csv");
            let row = format!("{SITI},{golongan},2022-04-01,{ak},{periode}");
            std::fs::write(&path, format!("nip,golongan,tmt,ak_kumulatif,periode\n{row}\n")).unwrap();
            push(&["tambah", "--pak", path.to_str().unwrap()]);
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, err) = run(&args);
    (code, err)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_keeps_the_ledger_sound(ops in prop::collection::vec(op(), 1..8)) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        let db = db.to_str().unwrap();
        let sheets = sheets(dir.path());
        for op in &ops {
            let (code, err) = apply(db, dir.path(), &sheets, op);
            prop_assert!(matches!(code, 0..=2), "{op:?}: exit {code}: {err}");
            prop_assert!(!err.contains("panicked"), "{op:?}: {err}");
            let (code, out, err) = run(&["riwayat", "--db", db, "guru", SITI, "--format", "json"]);
            // Siti not recorded yet, or no ledger yet (only `tambah` creates one).
            if code == 1 && (err.contains("belum ada di basis data") || err.contains("berkas basis data ini tidak ada")) {
                continue;
            }
            prop_assert_eq!(code, 0, "{:?}: {}", op, err);
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            let total = v["jumlah_angka_kredit"].as_f64().unwrap();
            prop_assert!((0.0..100_000.0).contains(&total), "{ops:?}: total {total}");
            if let Some(k) = v["kurang"].as_f64() {
                let need = v["pangkat_berikutnya"]["akk"].as_f64().unwrap();
                prop_assert!((0.0..=need).contains(&k), "{ops:?}: kurang {k} of {need}");
            }
            if let Some(n) = v["periode_lagi"].as_i64() {
                prop_assert!((0..10_000).contains(&n), "{ops:?}: {n} periods");
            }
            let (code, _, err) = run(&["riwayat", "--db", db, "sekolah", "--format", "json"]);
            prop_assert_eq!(code, 0, "{}", err);
        }
    }
}
