//! `pkguru riwayat`: the AK the last PAK carries toward the next pangkat, in both regimes
//! (issue 21's two worked cases): Siti's sheet (III/c, Cukup, 24 jam) for 2026 after a PAK at
//! III/c with AK kumulatif 230 up to 2025.

mod common;

use std::path::Path;

use common::*;

const SITI: &str = "198503152010012003";

fn riwayat(db: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["riwayat", "--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all)
}

fn json_of(db: &Path, args: &[&str]) -> serde_json::Value {
    let (code, out, err) = riwayat(db, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

/// A ledger holding Siti's 2026 result in `regime` and her PAK with `ak_kumulatif`.
fn ledger(dir: &Path, regime: &str, ak_kumulatif: &str) -> std::path::PathBuf {
    let db = dir.join(format!("{regime}-{ak_kumulatif}.db"));
    let sheet = fixture("contoh/guru-kelas.csv");
    let (code, _, err) =
        riwayat(&db, &["tambah", sheet.to_str().unwrap(), "--periode", "2026", "--regime", regime]);
    assert_eq!(code, 0, "{err}");
    let pak = dir.join("pak.csv");
    std::fs::write(
        &pak,
        format!("nip,golongan,tmt,ak_kumulatif,periode\n{SITI},III/c,2024-04-01,{ak_kumulatif},2025\n"),
    )
    .unwrap();
    let (code, _, err) = riwayat(&db, &["tambah", "--pak", pak.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    db
}

/// 2009: AKK 100 − 30 carried (230 − 200, the AK kumulatif minimal of III/c) − 15.1875
/// ((100 − 9 − 10) × 75 % / 4) = 54.8125, where 84.8125 was printed before.
/// 2023: AK for III/c → III/d 100 − 30 (AK integrasi 230 − 200, Ahli Muda's nilai dasar) −
/// 18.75 (75 % × 25) = 51.25, where 81.25 was printed before.
#[test]
fn the_two_carry_over_examples() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "2009",
            "15.1875",
            "54,813",
            54.8125,
            ": AK kumulatif 230,000 − AK kumulatif minimal III/c 200 = 30,000",
            "III/c",
        ),
        (
            "2023",
            "18.75",
            "51,250",
            51.25,
            " (AK integrasi): AK kumulatif 230,000 − nilai dasar Ahli Muda 200 = 30,000",
            "Ahli Muda",
        ),
    ];
    for (regime, ak, shortfall, kurang, carry, dasar) in cases {
        let db = ledger(dir.path(), regime, "230");
        let (code, text, err) = riwayat(&db, &["guru", SITI]);
        assert_eq!(code, 0, "{err}");
        println!("riwayat guru ({regime}):\n{text}");
        assert!(
            text.contains(&format!("Kenaikan pangkat III/c → III/d: AKK 100; kurang {shortfall}\n")),
            "{text}"
        );
        let carry = format!("AK dibawa dari PAK{carry}");
        assert!(text.contains(&format!("{carry}\n")), "{text}");
        let v = json_of(&db, &["guru", SITI, "--format", "json"]);
        assert_eq!(v["kurang"], kurang, "{regime}");
        assert_eq!(v["jumlah_angka_kredit_tepat"], ak, "the AK since the PAK is unchanged");
        let c = &v["ak_dari_pak"];
        let kind = if regime == "2023" { "jenjang" } else { "golongan" };
        assert_eq!((c["ak_kumulatif"].as_str(), c["dasar"].as_str()), (Some("230"), Some(kind)));
        assert_eq!((c["dasar_nama"].as_str(), c["nilai_dasar"].as_f64()), (Some(dasar), Some(200.0)));
        assert_eq!((c["dibawa"].as_f64(), c["dibawa_tepat"].as_str()), (Some(30.0), Some("30")));
        assert_eq!(c["di_bawah_dasar"], false);
        // CSV: a PAK row carrying 30, before the period after it.
        let (code, csv, err) = riwayat(&db, &["guru", SITI, "--format", "csv"]);
        assert_eq!(code, 0, "{err}");
        let rows = csv_rows(csv.trim_start_matches('\u{feff}'), b',');
        assert_eq!(rows[1][..7], ["PAK", "III/c", "", "", "30", regime, ""], "{csv}");
        assert_eq!(rows[1][7], carry, "{csv}");
        assert_eq!(rows[2][..5], ["2026", "III/c", "975/14", "Cukup", ak], "{csv}");
        // The school view counts the carried AK: 30 + the AK since the PAK, and the same shortfall.
        let v = json_of(&db, &["sekolah", "--format", "json"]);
        assert_eq!(v["guru"][0]["kurang"], kurang);
        assert_eq!(v["guru"][0]["jumlah_angka_kredit"], 100.0 - kurang);
    }
}

/// An AK kumulatif under III/c's minimum carries nothing, and the output says so rather than
/// counting a negative amount: the shortfall is the AKK less the year's AK, as without a PAK.
#[test]
fn an_ak_kumulatif_below_the_minimum_carries_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger(dir.path(), "2009", "190.5");
    let (code, text, err) = riwayat(&db, &["guru", SITI]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains(
            "AK kumulatif PAK 190,500 di bawah AK kumulatif minimal III/c 200: tidak ada AK yang dibawa"
        ),
        "{text}"
    );
    assert!(text.contains("AKK 100; kurang 84,813\n"), "{text}");
    let v = json_of(&db, &["guru", SITI, "--format", "json"]);
    assert_eq!(v["kurang"], 84.8125);
    assert_eq!(v["ak_dari_pak"]["dibawa"], 0.0);
    assert_eq!(v["ak_dari_pak"]["di_bawah_dasar"], true);
    let (_, text, _) = run(&["--lang", "en", "riwayat", "--db", db.to_str().unwrap(), "guru", SITI]);
    assert!(text.contains("is below the cumulative minimum of III/c 200: no AK is carried"), "{text}");
}
