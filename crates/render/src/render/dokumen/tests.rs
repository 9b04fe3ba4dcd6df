use super::*;
use crate::core::exact::ratio;
use crate::core::instrument::Jenis;
use crate::core::predikat::Predikat;
use crate::core::riwayat::{Identity, Pak};

fn period(golongan: &str, predikat: Predikat, ak: Exact) -> PeriodResult {
    PeriodResult {
        jenis: Jenis::Kelas,
        golongan: golongan.parse().ok(),
        values: vec![3; 14],
        nilai: int(80),
        predikat,
        ak: Some(ak),
        regime: Regime::R2023,
        penilai: "Drs. Bambang".into(),
        source: "rekap.csv".into(),
        line: Some(2),
        jm: None,
        tugas_tambahan: None,
        nilai_tambahan: None,
    }
}

/// A III/c teacher whose last PAK (230, periods up to 2024) carries 30 as AK integrasi, then a
/// full year at Baik and a half year at Sangat Baik.
fn history() -> History {
    let identity = Identity {
        nip: "198503152010012003".into(),
        nama: "Siti Aminah, S.Pd.".into(),
        sekolah: "SMP Negeri 1 Cibeber".into(),
    };
    let periods = vec![
        ("2024".to_string(), period("III/c", Predikat::Baik, int(25))),
        ("2025".to_string(), period("III/c", Predikat::Baik, int(25))),
        ("2026-1".to_string(), period("III/c", Predikat::AmatBaik, ratio(75, 4))),
    ];
    let pak = Pak {
        golongan: "III/c".parse().unwrap(),
        tmt: "2022-04-01".into(),
        ak_kumulatif: int(230),
        periode: "2024".into(),
    };
    History::new(identity, periods, Some(pak), &[])
}

fn signing() -> Signing {
    Signing {
        pejabat: "Drs. Bambang".into(),
        nip: "196805121994031005".into(),
        place_date: "Cianjur, 3 Desember 2026".into(),
    }
}

fn texts(d: &PrintedDokumen) -> Vec<String> {
    let mut out = Vec::new();
    for b in &d.page.blocks {
        match b {
            Block::Table { rows, .. } => out.extend(rows.iter().map(|r| r.join(" | "))),
            Block::Rows { rows, .. } => out.extend(rows.iter().map(|(a, b)| format!("{a}: {b}"))),
            Block::Signatures(s) => out.extend(s.iter().map(|(a, b, c)| format!("{a} / {b} / {c}"))),
            Block::PlaceDate(t) | Block::H2(t) => out.push(t.clone()),
            Block::Small(lines) => out.extend(lines.iter().cloned()),
            _ => {}
        }
    }
    out
}

#[test]
fn konversi_works_back_the_months_of_a_part_year_period() {
    let d = document(Lang::Id, Dokumen::Konversi, &history(), &signing()).unwrap();
    let t = texts(&d);
    assert!(t.contains(&"2025 | Baik | 100 % | 25 | 12 | 25,000".to_string()), "{t:#?}");
    assert!(t.contains(&"2026-1 | Sangat Baik | 150 % | 25 | 6 | 18,750".to_string()), "{t:#?}");
    // Every 2023 period, the one the PAK already counted too.
    assert!(t.contains(&"Jumlah |  |  |  |  | 68,750".to_string()), "{t:#?}");
    assert!(t.contains(&"Pejabat Penilai Kinerja / Drs. Bambang / NIP 196805121994031005".to_string()));
    assert!(
        t.contains(&"Jabatan: Guru Ahli Muda".to_string())
            && t.contains(&"TMT pangkat (PAK terakhir): 1 April 2022".to_string())
    );
    assert_eq!(d.file_stem, "konversi-198503152010012003-Siti_Aminah_S_Pd");
}

#[test]
fn akumulasi_adds_the_periods_since_the_pak_to_its_ak_integrasi() {
    let d = document(Lang::Id, Dokumen::Akumulasi, &history(), &signing()).unwrap();
    let t = texts(&d);
    for want in [
        "1 | AK dasar: AK integrasi dari PAK terakhir | 30,000",
        "2 | AK konversi periode 2025 | 25,000",
        "3 | AK konversi periode 2026-1 | 18,750",
        " | Jumlah | 73,750",
        // III/d's minimum 300 less Ahli Muda's nilai dasar 200.
        "Kenaikan pangkat ke Penata Tingkat I, III/d: AK minimal | 100,000 | kekurangan 26,250",
        "Kenaikan jenjang ke Ahli Madya: AK minimal | 200,000 | kekurangan 126,250",
    ] {
        assert!(t.contains(&want.to_string()), "{want}\n{t:#?}");
    }
    // The same truth as `riwayat`: what is still missing for the next pangkat.
    assert_eq!(history().missing(), Some(ratio(105, 4)));
}

#[test]
fn integrasi_is_the_pak_less_the_nilai_dasar() {
    let d = document(Lang::En, Dokumen::Integrasi, &history(), &signing()).unwrap();
    let t = texts(&d);
    assert!(
        t.contains(&"Conventional AK kumulatif (last PAK) (Penata Tingkat I, III/c) | 230.000".to_string())
            || t.iter().any(|l| l.ends_with("| 230.000")),
        "{t:#?}"
    );
    assert!(t.contains(&"Base value of Ahli Muda | 200.000".to_string()), "{t:#?}");
    assert!(t.contains(&"AK integrasi | 30.000".to_string()), "{t:#?}");
}

#[test]
fn what_is_missing_is_said() {
    let mut h = history();
    h.pak = None;
    assert_eq!(
        document(Lang::Id, Dokumen::Integrasi, &h, &signing()).unwrap_err(),
        DokumenError::NoPak("198503152010012003".into())
    );
    h.periods.retain(|_| false);
    h.golongan = "II/d".parse().ok();
    assert!(matches!(document(Lang::Id, Dokumen::Konversi, &h, &signing()), Err(DokumenError::NoJenjang(_))));
    h.golongan = "III/a".parse().ok();
    assert!(matches!(document(Lang::Id, Dokumen::Konversi, &h, &signing()), Err(DokumenError::NoPeriods(_))));
    assert!(DokumenError::NoPeriods("1".into()).message(Lang::Id).contains("--rezim 2023"));
}
