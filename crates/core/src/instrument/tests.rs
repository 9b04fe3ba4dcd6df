use super::*;

const HEADER: &str = "kompetensi,nama_kompetensi,ranah,indikator,uraian\n";

#[test]
fn embedded_kelas_has_14_competencies_78_indicators() {
    let k = Instrument::embedded(Jenis::Kelas);
    assert_eq!(k.competencies.len(), 14);
    assert_eq!(k.indicator_count(), 78);
    assert_eq!(k.max_total(), 56);
    let counts: Vec<usize> = k.competencies.iter().map(|c| c.indicators.len()).collect();
    assert_eq!(counts, [6, 6, 4, 11, 7, 6, 5, 5, 5, 8, 3, 3, 3, 6]);
    assert_eq!(k.competencies[7].domain, Domain::Kepribadian);
    assert_eq!(k.competencies[13].domain, Domain::Profesional);
}

#[test]
fn embedded_bk_has_17_competencies_70_indicators() {
    let b = Instrument::embedded(Jenis::Bk);
    assert_eq!(b.competencies.len(), 17);
    assert_eq!(b.indicator_count(), 70);
    assert_eq!(b.max_total(), 68);
}

#[test]
fn slots_map_ids_both_ways() {
    let k = Instrument::embedded(Jenis::Kelas);
    for (slot, (_, ind)) in k.indicators().enumerate() {
        assert_eq!(k.slot(ind.id), Some(slot));
    }
    assert_eq!(k.slot(IndicatorId::parse("4.11").unwrap()), Some(6 + 6 + 4 + 10));
    assert_eq!(k.slot(IndicatorId::parse("4.12").unwrap()), None);
    assert_eq!(k.slot(IndicatorId::parse("15.1").unwrap()), None);
    assert_eq!(k.slots(3), 16..27);
}

#[test]
fn parses_indicator_ids() {
    assert_eq!(IndicatorId::parse(" 4.11 ").unwrap().to_string(), "4.11");
    assert_eq!(IndicatorId::parse("4,11").unwrap().to_string(), "4.11");
    for bad in ["4", "4.", ".1", "0.1", "1.0", "a.1", "4.1.1", "1000.1", "-1.2"] {
        assert!(IndicatorId::parse(bad).is_none(), "{bad}");
    }
}

#[test]
fn parses_database_codes() {
    let id = |c, i| Some(IndicatorId { competency: c, indicator: i });
    assert_eq!(IndicatorId::parse_code("0101"), id(1, 1));
    assert_eq!(IndicatorId::parse_code("0410"), id(4, 10));
    assert_eq!(IndicatorId::parse_code("410"), id(4, 10));
    assert_eq!(IndicatorId::parse_code("101"), id(1, 1));
    assert_eq!(IndicatorId::parse_code("1410"), id(14, 10));
    assert_eq!(IndicatorId::parse_code(" 04.11 "), id(4, 11));
    assert_eq!(IndicatorId::parse_code("4.11"), id(4, 11));
    // Three or four digits and nothing else: five digits or a sign are refused even where
    // the number would split into a valid competency and indicator.
    for bad in ["1", "78", "0100", "0001", "10000", "10101", "+411", "04a1", "", "4.1.1"] {
        assert_eq!(IndicatorId::parse_code(bad), None, "{bad}");
    }
    assert!(IndicatorId::is_digit_code("0411"));
    assert!(!IndicatorId::is_digit_code("4.11"));
    assert!(!IndicatorId::is_digit_code(" "));
}

#[test]
fn sequential_numbers_follow_slot_order() {
    let k = Instrument::embedded(Jenis::Kelas);
    assert_eq!(k.nth_id(1).unwrap().to_string(), "1.1");
    assert_eq!(k.nth_id(78).unwrap().to_string(), "14.6");
    assert_eq!(k.nth_id(0), None);
    assert_eq!(k.nth_id(79), None);
    for (slot, (_, ind)) in k.indicators().enumerate() {
        assert_eq!(k.nth_id(slot + 1), Some(ind.id));
    }
}

#[test]
fn jenis_spellings() {
    for s in ["kelas", "Guru Kelas", "MAPEL", "guru kelas/mapel"] {
        assert_eq!(s.parse::<Jenis>(), Ok(Jenis::Kelas), "{s}");
    }
    for s in ["BK", "guru bk", "Konselor", "BK/Konselor"] {
        assert_eq!(s.parse::<Jenis>(), Ok(Jenis::Bk), "{s}");
    }
    assert!("kepala".parse::<Jenis>().is_err());
}

/// Each instrument's code, index, the other one, and every spelling of it.
#[test]
fn every_jenis_row_and_spelling() {
    let rows: [(Jenis, &str, usize, Jenis, &[&str]); 2] = [
        (
            Jenis::Kelas,
            "kelas",
            0,
            Jenis::Bk,
            &[
                "kelas",
                " KELAS ",
                "mapel",
                "mata pelajaran",
                "kelas/mapel",
                "Guru Kelas/Mata Pelajaran",
                "pembelajaran",
                "classroom",
                "class",
            ],
        ),
        (
            Jenis::Bk,
            "bk",
            1,
            Jenis::Kelas,
            &[
                "bk",
                "Bk ",
                "konselor",
                "BK/Konselor",
                "bimbingan konseling",
                "Bimbingan dan Konseling",
                "pembimbingan",
                "counsellor",
                "counselor",
            ],
        ),
    ];
    for (jenis, code, index, other, spellings) in rows {
        assert_eq!((jenis.code(), jenis.to_string()), (code, code.to_string()));
        assert_eq!((jenis.index(), jenis.other(), Jenis::ALL[index]), (index, other, jenis));
        for s in spellings {
            assert_eq!(s.parse(), Ok(jenis), "{s}");
        }
    }
    for bad in ["", "guru", "kepala", "bk kelas"] {
        assert_eq!(bad.parse::<Jenis>(), Err(()), "{bad}");
    }
}

/// Each ranah's code reads back as it, in any case; other words do not.
#[test]
fn every_domain() {
    for d in [Domain::Pedagogik, Domain::Kepribadian, Domain::Sosial, Domain::Profesional] {
        assert_eq!(Domain::parse(d.code()), Some(d));
        assert_eq!(Domain::parse(&format!(" {} ", d.code().to_uppercase())), Some(d));
    }
    assert_eq!(Domain::parse("agama"), None);
}

/// Indicator IDs take one to three digits on each side, above 0.
#[test]
fn indicator_id_digits() {
    let id = |competency, indicator| Some(IndicatorId { competency, indicator });
    let rows = [
        ("1.1", id(1, 1)),
        ("100.1", id(100, 1)),
        ("1.255", id(1, 255)),
        ("001.01", id(1, 1)),
        ("0001.1", None),
        ("1.0001", None),
        ("1.256", None),
        ("1.", None),
        (".", None),
        ("1.a", None),
        ("a.1", None),
        ("0.1", None),
        ("1.0", None),
    ];
    for (text, want) in rows {
        assert_eq!(IndicatorId::parse(text), want, "{text}");
    }
}

/// The slot of an indicator: its position counting every indicator before it; none for
/// an indicator or competency the instrument lacks (0 included).
#[test]
fn slot_rows() {
    let k = Instrument::embedded(Jenis::Kelas);
    let id = |competency, indicator| IndicatorId { competency, indicator };
    let rows = [
        (id(1, 1), Some(0)),
        (id(1, 6), Some(5)),
        (id(1, 7), None),
        (id(2, 1), Some(6)),
        (id(4, 11), Some(26)),
        (id(14, 6), Some(77)),
        (id(14, 7), None),
        (id(15, 1), None),
        (id(4, 0), None),
        (id(0, 1), None),
    ];
    for (i, want) in rows {
        assert_eq!(k.slot(i), want, "{i}");
    }
    assert_eq!((k.slots(0), k.slots(13)), (0..6, 72..78));
    assert_eq!(k.sizes(), [6, 6, 4, 11, 7, 6, 5, 5, 5, 8, 3, 3, 3, 6]);
    assert_eq!(k.indicators().count(), 78);
    let (c, i) = k.indicators().nth(26).unwrap();
    assert_eq!((c.number, i.id), (4, id(4, 11)));
    let b = Instrument::embedded(Jenis::Bk);
    assert_eq!((b.jenis, b.source.as_str(), b.sizes().len()), (Jenis::Bk, "bawaan", 17));
}

/// One row per problem an instrument file can have, with its line.
#[test]
fn every_problem_kind() {
    use InstrumentProblem as P;
    let id = |competency, indicator| IndicatorId { competency, indicator };
    let rows: [(&str, Vec<(u64, P)>); 12] = [
        ("1,A,pedagogik,1\n", vec![(2, P::Fields(4))]),
        ("1,A,pedagogik,1,t,x\n", vec![(2, P::Fields(6))]),
        ("0,A,pedagogik,1,t\n", vec![(2, P::Row { kompetensi: "0".into(), ranah: "pedagogik".into() })]),
        ("1,A,agama,1,t\n", vec![(2, P::Row { kompetensi: "1".into(), ranah: "agama".into() })]),
        ("1,A,pedagogik,,\n", vec![(2, P::NoIndicators(1))]),
        ("1,A,pedagogik,,t\n", vec![(2, P::IndicatorNumber(String::new()))]),
        ("1,A,pedagogik,x,\n", vec![(2, P::IndicatorNumber("x".into()))]),
        ("1,,pedagogik,1,\n", vec![(2, P::EmptyName(1)), (2, P::EmptyText(id(1, 1)))]),
        ("1,A,pedagogik,1,t\n1,A,sosial,2,u\n", vec![(3, P::Inconsistent(1))]),
        ("1,A,pedagogik,1,t\n1,A,pedagogik,1,u\n", vec![(3, P::Duplicate(id(1, 1)))]),
        ("1,A,pedagogik,2,t\n", vec![(2, P::Gap { id: id(1, 2), expected: 1 })]),
        (
            "1,A,pedagogik,1,t\n1,A,pedagogik,3,u\n3,C,sosial,1,v\n",
            vec![(3, P::Gap { id: id(1, 3), expected: 2 }), (4, P::CompetencyGap { got: 3, expected: 2 })],
        ),
    ];
    for (body, want) in rows {
        assert_eq!(problems(&format!("{HEADER}{body}")), want, "{body}");
    }
    assert_eq!(problems(HEADER), [(1, P::Empty)]);
    assert_eq!(problems("a,b\n1,2\n"), [(1, P::Header)]);
    let e = Instrument::parse(Jenis::Kelas, "x.csv", "a,b\n").unwrap_err();
    assert_eq!((e.file.as_str(), e.to_string()), ("x.csv", "instrument x.csv: 1 problem(s)".to_string()));
}

/// Up to MAX_COMPETENCIES competencies fit in a result; one more is refused.
#[test]
fn competency_limit() {
    let csv = |n: usize| {
        let rows: String = (1..=n).map(|k| format!("{k},K{k},sosial,1,t\n")).collect();
        format!("{HEADER}{rows}")
    };
    let i = Instrument::parse(Jenis::Kelas, "x.csv", &csv(MAX_COMPETENCIES)).unwrap();
    assert_eq!((i.competencies.len(), i.indicator_count(), i.max_total()), (32, 32, 128));
    assert_eq!(problems(&csv(MAX_COMPETENCIES + 1)), [(1, InstrumentProblem::TooMany(MAX_COMPETENCIES))]);
}

fn problems(text: &str) -> Vec<(u64, InstrumentProblem)> {
    Instrument::parse(Jenis::Kelas, "x.csv", text).unwrap_err().problems
}

#[test]
fn rejects_duplicates_gaps_empty_texts_and_empty_competencies() {
    let dup = format!("{HEADER}1,A,pedagogik,1,t\n1,A,pedagogik,1,u\n");
    assert_eq!(problems(&dup).len(), 1);
    assert_eq!(problems(&dup)[0].0, 3);
    let gap = format!("{HEADER}1,A,pedagogik,1,t\n1,A,pedagogik,3,u\n");
    assert_eq!(problems(&gap)[0].0, 3);
    let kgap = format!("{HEADER}1,A,pedagogik,1,t\n3,C,sosial,1,u\n");
    assert_eq!(problems(&kgap)[0].0, 3);
    let empty_text = format!("{HEADER}1,A,pedagogik,1,\n");
    assert_eq!(problems(&empty_text).len(), 1);
    let no_ind = format!("{HEADER}1,A,pedagogik,1,t\n2,B,sosial,,\n");
    assert_eq!(problems(&no_ind)[0].0, 3);
    let bad_domain = format!("{HEADER}1,A,agama,1,t\n");
    assert_eq!(problems(&bad_domain).len(), 1);
    let inconsistent = format!("{HEADER}1,A,pedagogik,1,t\n1,B,pedagogik,2,u\n");
    assert_eq!(problems(&inconsistent).len(), 1);
    assert_eq!(problems(HEADER).len(), 1);
    assert_eq!(problems("a,b\n1,2\n").len(), 1);
}

#[test]
fn reports_every_problem() {
    let text = format!("{HEADER}1,A,pedagogik,1,\n1,A,pedagogik,1,x\n2,B,sosial,2,y\n");
    let p = problems(&text);
    assert_eq!(p.len(), 3, "{p:?}");
}

/// CRLF files report the right lines; indicator numbers may be written as full IDs.
#[test]
fn crlf_lines_and_full_indicator_ids() {
    let text = "kompetensi,nama_kompetensi,ranah,indikator,uraian\r\n1,A,pedagogik,1.1,t\r\n1,A,pedagogik,1.2,u\r\n1,A,pedagogik,x,v\r\n";
    let p = Instrument::parse(Jenis::Kelas, "x.csv", text).unwrap_err().problems;
    assert_eq!(p, [(4, InstrumentProblem::IndicatorNumber("x".into()))]);
    let ok = text.replace("1,A,pedagogik,x,v\r\n", "");
    let i = Instrument::parse(Jenis::Kelas, "x.csv", &ok).unwrap();
    assert_eq!(i.indicator_count(), 2);
    let other = ok.replace("1.2", "2.2");
    assert!(
        Instrument::parse(Jenis::Kelas, "x.csv", &other).is_err(),
        "2.2 is not an indicator of competency 1"
    );
}

#[test]
fn accepts_semicolons_bom_and_row_order() {
    let text = "\u{feff}kompetensi;nama_kompetensi;ranah;indikator;uraian\r\n1;A;pedagogik;2;u\r\n1;A;pedagogik;1;t\r\n";
    let i = Instrument::parse(Jenis::Bk, "x.csv", text).unwrap();
    assert_eq!(i.indicator_count(), 2);
    assert_eq!(i.competencies[0].indicators[0].text, "t");
}
