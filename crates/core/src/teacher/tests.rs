use super::*;
use crate::exact::{int, ratio};

#[test]
fn field_keys_and_aliases() {
    assert_eq!(Field::parse("Tugas Tambahan"), Some(Field::TugasTambahan));
    assert_eq!(Field::parse("NIP"), Some(Field::Nip));
    assert_eq!(Field::parse("jam_mengajar"), Some(Field::Jam));
    assert_eq!(Field::parse("Nilai (100)"), Some(Field::ClaimedNilai));
    assert_eq!(Field::parse("1.1"), None);
    for (f, _) in KEYS {
        assert_eq!(Field::parse(f.key()), Some(f), "{f:?}");
    }
}

#[test]
fn sets_typed_fields() {
    let mut t = Teacher::<String>::default();
    t.set(Field::Golongan, "3c".into()).unwrap();
    t.set(Field::Jam, "24,5".into()).unwrap();
    t.set(Field::Jenis, "Guru BK".into()).unwrap();
    t.set(Field::TugasTambahan, "Waka Kurikulum".into()).unwrap();
    t.set(Field::NilaiTambahan, "18/20".into()).unwrap();
    t.set(Field::ClaimedPredikat, "baik".into()).unwrap();
    t.set(Field::Nip, "19850315 201001 2 003".into()).unwrap();
    assert_eq!(t.golongan.unwrap().to_string(), "III/c");
    assert_eq!(t.jam, Some(ratio(49, 2)));
    assert_eq!(t.jenis, Some(Jenis::Bk));
    assert_eq!(t.tugas_tambahan, Some(TugasTambahan::WakilKepala));
    assert_eq!(t.claimed.predikat, Some(Predikat::Baik));
    t.set(Field::Golongan, " ".into()).unwrap();
    assert!(t.golongan.is_some(), "blank leaves the value");
}

#[test]
fn rejects_bad_fields() {
    use FieldProblem as P;
    let mut t = Teacher::<String>::default();
    for (f, v, want) in [
        (
            Field::Golongan,
            "III/e",
            P::Golongan {
                text: "III/e".into(),
                error: GolonganError::Unknown { suggestion: Some(Golongan { golongan: 3, ruang: 3 }) },
            },
        ),
        (Field::Jam, "0", P::NotPositive("0".into())),
        (Field::Jam, "-3", P::NotPositive("-3".into())),
        (Field::Jam, "dua puluh", P::NotANumber("dua puluh".into())),
        (Field::AkPkb, "-1", P::NotANumber("-1".into())),
        (Field::Jenis, "kepala", P::Jenis("kepala".into())),
        (Field::NilaiTambahan, "120", P::NilaiTambahan("120".into())),
        (Field::TugasLain, "tukang kebun", P::TugasLain("tukang kebun".into())),
        (Field::Nip, "1.98503E+17", P::Nip(NipProblem::Excel("1.98503E+17".into()))),
        (Field::Nip, "198503152010012003x", P::Nip(NipProblem::NotDigits("198503152010012003x".into()))),
        (Field::ClaimedPredikat, "bagus", P::Predikat("bagus".into())),
        (Field::TugasTambahan, "satpam", P::TugasTambahan("satpam".into())),
    ] {
        let e = t.set(f, v.to_string()).unwrap_err();
        assert_eq!((e.field, e.problem), (f, want));
    }
}

/// Every numeric field's bounds: the largest value and the finest precision are taken, one
/// step beyond either is refused with the bound named.
#[test]
fn number_bounds_per_field() {
    use FieldProblem as P;
    for (field, decimals, max) in NUMBER_BOUNDS {
        let mut t = Teacher::<String>::default();
        assert!(t.set(field, max.to_string()).is_ok(), "{field:?} {max}");
        let fine = format!("1.{}1", "0".repeat(decimals as usize - 1));
        assert!(t.set(field, fine.clone()).is_ok(), "{field:?} {fine}");
        let over = format!("{max}.5");
        assert_eq!(t.set(field, over.clone()).unwrap_err().problem, P::TooLarge { text: over, max });
        let finer = format!("1.{}1", "0".repeat(decimals as usize));
        assert_eq!(t.set(field, finer.clone()).unwrap_err().problem, P::TooPrecise { text: finer, decimals });
    }
    let mut t = Teacher::<String>::default();
    let e = t.set(Field::Jam, "0,0000000000003".into()).unwrap_err();
    assert_eq!(e.problem, P::TooPrecise { text: "0,0000000000003".into(), decimals: 2 });
    let e = t.set(Field::AkPkb, "999999999,99999".into()).unwrap_err();
    assert_eq!(e.problem, P::TooLarge { text: "999999999,99999".into(), max: 100_000 });
}

#[test]
fn jm_and_jwm_follow_jenis_and_tugas_tambahan() {
    let mut t = Teacher::<String>::default();
    t.set(Field::Jam, "18".into()).unwrap();
    t.set(Field::Konseli, "120".into()).unwrap();
    assert_eq!(t.jm(Jenis::Kelas), Some(crate::exact::int(18)));
    assert_eq!(t.jm(Jenis::Bk), Some(crate::exact::int(120)));
    assert_eq!((t.jwm(Jenis::Kelas), t.jwm(Jenis::Bk)), (24, 150));
    t.set(Field::TugasTambahan, "kepala sekolah".into()).unwrap();
    assert_eq!((t.jwm(Jenis::Kelas), t.jwm(Jenis::Bk)), (6, 35));
    t.set_jm(Jenis::Bk, crate::exact::int(35));
    assert_eq!(t.konseli, Some(crate::exact::int(35)));
}

/// Each NIP form: plain digits (with spaces between groups) pass; what Excel made of a
/// long number (scientific notation, a decimal point or comma among digits) is refused as
/// such; anything else is refused as not digits.
#[test]
fn nip_rows() {
    let excel = |t: &str| Err(NipProblem::Excel(t.into()));
    let not_digits = |t: &str| Err(NipProblem::NotDigits(t.into()));
    let rows = [
        ("198503152010012003", Ok(())),
        ("19850315 201001 2 003", Ok(())),
        ("1.98503E+17", excel("1.98503E+17")),
        ("2E+17", excel("2E+17")),
        ("2e+17", excel("2e+17")),
        ("1,98503E+17", excel("1,98503E+17")),
        ("198503152010012000.0", excel("198503152010012000.0")),
        ("198503152010012000,5", excel("198503152010012000,5")),
        ("2E17", not_digits("2E17")),
        ("19+85", not_digits("19+85")),
        ("belum ada", not_digits("belum ada")),
        ("NIP-123", not_digits("NIP-123")),
        ("a.b", not_digits("a.b")),
        ("198503152010012003x", not_digits("198503152010012003x")),
    ];
    for (text, want) in rows {
        assert_eq!(check_nip(text), want, "{text}");
    }
}

/// `fast_trim` trims like `str::trim`, whichever end has the space.
#[test]
fn fast_trim_rows() {
    for (text, want) in [
        ("a", "a"),
        ("abc", "abc"),
        (" a", "a"),
        ("a ", "a"),
        (" a b ", "a b"),
        ("\u{a0}x\t", "x"),
        ("", ""),
        ("  ", ""),
    ] {
        assert_eq!(fast_trim(text), want, "{text:?}");
    }
}

/// Name and NIP come back trimmed, or empty when not given; a NIP of `-` means none.
#[test]
fn name_and_nip_text() {
    let mut t = Teacher::<&str>::default();
    assert_eq!((t.nama_str(), t.nip_str()), ("", ""));
    t.set(Field::Nip, " - ").unwrap();
    assert_eq!(t.nip, None);
    t.nama = Some(" Siti Aminah ");
    t.set(Field::Nip, " 198503152010012003 ").unwrap();
    assert_eq!((t.nama_str(), t.nip_str()), ("Siti Aminah", "198503152010012003"));
    t.set(Field::Sekolah, "SMPN 1").unwrap();
    let owned = t.to_owned_teacher();
    assert_eq!(owned.nama.as_deref(), Some("Siti Aminah"));
    assert_eq!(owned.nip.as_deref(), Some("198503152010012003"));
    assert_eq!(owned.sekolah.as_deref(), Some("SMPN 1"));
}

/// Every field set from text lands in its own place, and the owned copy keeps them all.
#[test]
fn every_field_sets_its_value() {
    let mut t = Teacher::<String>::default();
    for (field, text) in [
        (Field::Nama, "Siti"),
        (Field::Nip, "198503152010012003"),
        (Field::Sekolah, "SMPN 1"),
        (Field::Jenis, "kelas"),
        (Field::Golongan, "III/b"),
        (Field::Jam, "18"),
        (Field::Konseli, "150"),
        (Field::TugasTambahan, "kepala perpustakaan"),
        (Field::NilaiTambahan, "80"),
        (Field::TugasLain, "wali kelas"),
        (Field::AkPkb, "0"),
        (Field::AkPenunjang, "2,5"),
        (Field::ClaimedTotal, "40"),
        (Field::ClaimedNilai, "71,43"),
        (Field::ClaimedPredikat, "cukup"),
        (Field::ClaimedAk, "7,875"),
    ] {
        t.set(field, text.to_string()).unwrap_or_else(|e| panic!("{e}"));
    }
    let want = Teacher {
        nama: Some("Siti".to_string()),
        nip: Some("198503152010012003".to_string()),
        sekolah: Some("SMPN 1".to_string()),
        jenis: Some(Jenis::Kelas),
        golongan: "III/b".parse().ok(),
        jam: Some(int(18)),
        konseli: Some(int(150)),
        tugas_tambahan: Some(TugasTambahan::KepalaPerpustakaan),
        nilai_tambahan: Some(NilaiTambahan::Scale100(int(80))),
        tugas_lain: TugasSet::parse("wali-kelas").unwrap(),
        ak_pkb: Some(int(0)),
        ak_penunjang: Some(ratio(5, 2)),
        claimed: Claimed {
            total: Some(int(40)),
            nilai: Some(ratio(7143, 100)),
            predikat: Some(Predikat::Cukup),
            angka_kredit: Some(ratio(7875, 1000)),
        },
        ..Teacher::default()
    };
    assert_eq!(t, want);
    assert_eq!(t.to_owned_teacher(), want);
    assert!(!t.claimed.is_empty());
    assert!(Claimed::default().is_empty());
    assert!(!Claimed { predikat: Some(Predikat::Baik), ..Claimed::default() }.is_empty());
}

/// Optional words for "none" leave the tugas tambahan unset; blanks leave any field unset.
#[test]
fn none_words_and_blanks_leave_fields_unset() {
    let mut t = Teacher::<String>::default();
    for text in ["-", "tidak ada", "none"] {
        t.set(Field::TugasTambahan, text.to_string()).unwrap();
        assert_eq!(t.tugas_tambahan, None, "{text}");
    }
    for field in [Field::Jam, Field::Nama, Field::ClaimedAk] {
        t.set(field, "   ".to_string()).unwrap();
    }
    assert_eq!(t, Teacher::default());
}

/// Non-negative fields take 0 and up; jam and konseli need more than 0.
#[test]
fn number_bounds() {
    use FieldProblem as P;
    let rows = [
        (Field::AkPkb, "0", Ok(int(0))),
        (Field::AkPkb, "0,5", Ok(ratio(1, 2))),
        (Field::AkPenunjang, "-0,5", Err(P::NotANumber("-0,5".into()))),
        (Field::ClaimedTotal, "-1", Err(P::NotANumber("-1".into()))),
        (Field::ClaimedTotal, "x", Err(P::NotANumber("x".into()))),
        (Field::Jam, "0,5", Ok(ratio(1, 2))),
        (Field::Jam, "0", Err(P::NotPositive("0".into()))),
        (Field::Konseli, "-0,5", Err(P::NotPositive("-0,5".into()))),
        (Field::Konseli, "x", Err(P::NotANumber("x".into()))),
    ];
    for (field, text, want) in rows {
        let mut t = Teacher::<String>::default();
        let got = t.set(field, text.to_string()).map_err(|e| e.problem);
        let value = match field {
            Field::AkPkb => t.ak_pkb,
            Field::AkPenunjang => t.ak_penunjang,
            Field::ClaimedTotal => t.claimed.total,
            Field::Jam => t.jam,
            _ => t.konseli,
        };
        assert_eq!(got.map(|()| value.unwrap()), want, "{field:?} {text}");
    }
}

/// The appraisal's identity fields land in `Field::APPRAISAL` order and come back trimmed;
/// the NUPTK and the assessors' NIPs are checked like a NIP, and `-` leaves them unset.
#[test]
fn appraisal_fields() {
    let mut t = Teacher::<&str>::default();
    assert_eq!(t.appraisal_strs(), [""; super::APPRAISAL_LEN]);
    let texts = [
        " 1234567890123456 ",
        "Matematika",
        "2026",
        "Budi",
        "19700101 199503 1 001",
        " Siti ",
        "19680505 199203 2 002",
        "Bandung",
        "2026-03-12",
        "Hendra",
        " 19700210 199512 1 001",
        "Neneng",
        "19690304 199303 2 004",
        "Kepala SMPN 2",
    ];
    for (field, text) in Field::APPRAISAL.into_iter().zip(texts) {
        t.set(field, text).unwrap_or_else(|e| panic!("{e}"));
    }
    let want = texts.map(str::trim);
    assert_eq!(t.appraisal_strs(), want);
    for (field, text) in Field::APPRAISAL.into_iter().zip(want) {
        assert_eq!(t.appraisal_str(field), text, "{field:?}");
    }
    assert_eq!(t.appraisal_str(Field::Nama), "");
    assert_eq!(t.to_owned_teacher().appraisal, want.map(|s| Some(s.to_string())));
    for field in
        [Field::Nuptk, Field::NipPenilai, Field::NipKepalaSekolah, Field::NipPengawas, Field::NipMengetahui]
    {
        let mut t = Teacher::<&str>::default();
        t.set(field, " - ").unwrap();
        assert_eq!(t.appraisal_str(field), "", "{field:?}");
        let e = t.set(field, "1,2E+15").unwrap_err();
        assert_eq!((e.field, e.problem), (field, FieldProblem::Nip(NipProblem::Excel("1,2E+15".into()))));
        assert_eq!(t.appraisal_strs(), [""; super::APPRAISAL_LEN]);
    }
}

/// Only the NIP-like fields are identifiers, and only `jenis` blocks scoring; templates
/// offer every field but the claimed results, the appraisal's identity last.
#[test]
fn field_kinds_and_template() {
    for (field, _) in KEYS {
        let identifier = matches!(
            field,
            Field::Nip
                | Field::Nuptk
                | Field::NipPenilai
                | Field::NipKepalaSekolah
                | Field::NipPengawas
                | Field::NipMengetahui
        );
        assert_eq!(field.is_identifier(), identifier, "{field:?}");
        assert_eq!(field.blocks_scoring(), field == Field::Jenis, "{field:?}");
        let claimed = matches!(
            field,
            Field::ClaimedTotal | Field::ClaimedNilai | Field::ClaimedPredikat | Field::ClaimedAk
        );
        assert_eq!(Field::TEMPLATE.contains(&field), !claimed, "{field:?}");
    }
    assert_eq!(Field::TEMPLATE[Field::TEMPLATE.len() - APPRAISAL_LEN..], Field::APPRAISAL);
}

/// A PPPK golongan is kept apart from a PNS golongan; a golongan of "none" sets neither.
#[test]
fn pppk_and_no_golongan() {
    let mut t = Teacher::<&str>::default();
    t.set(Field::Golongan, "Non PNS").unwrap();
    assert_eq!((t.golongan, t.pppk), (None, None));
    t.set(Field::Golongan, "PPPK IX").unwrap();
    assert_eq!((t.golongan, t.pppk), (None, Some(9)));
    t.set(Field::Golongan, "IV/a").unwrap();
    assert_eq!((t.golongan.map(Golongan::as_str), t.pppk), (Some("IV/a"), Some(9)));
}

#[test]
fn nip_checks() {
    assert!(check_nip("198503152010012003").is_ok());
    assert!(check_nip("1,98503E+17").is_err());
    assert!(check_nip("198503152010012000.0").is_err());
}

/// A wakil kepala's bidang is read from the task's text; other tasks have none.
#[test]
fn wakil_kepala_bidang() {
    for (text, want) in [
        ("Wakil Kepala Bidang Kurikulum", Some(Bidang::Kurikulum)),
        ("wakasek kesiswaan", Some(Bidang::Kesiswaan)),
        ("waka sarpras", Some(Bidang::SaranaPrasarana)),
        ("Waka Humas", Some(Bidang::Humas)),
        ("wakil kepala", None),
        ("kepala laboratorium kurikulum", None),
    ] {
        let mut t = Teacher::<&str>::default();
        t.set(Field::TugasTambahan, text).unwrap();
        assert_eq!(t.bidang, want, "{text}");
    }
}
