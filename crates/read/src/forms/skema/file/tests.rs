//! Scheme files: the shipped example reads as the core's scheme, and every bad file is
//! refused with its problem at its line.

use super::*;
use crate::core::exact::ratio;

const SMK: &str = include_str!("../../../../../../examples/skema/smk-lama.toml");

/// The shipped scheme (inside the crate, so the published package has it) is the example users
/// copy.
#[test]
fn shipped_scheme_is_the_example() {
    assert_eq!(include_str!("../../../../data/skema/smk-lama.toml"), SMK);
}

fn problems(text: &str) -> Vec<(Option<u64>, ProblemKind)> {
    parse(text).unwrap_err().into_iter().map(|p| (p.line, p.kind)).collect()
}

fn def(e: DefError) -> ProblemKind {
    ProblemKind::SkemaDef(e)
}

#[test]
fn the_smk_example_reads() {
    let s = parse(SMK).unwrap();
    assert_eq!(s.id, "smk-lama");
    assert_eq!(s.aspects.len(), 3);
    assert_eq!(s.indicator_count(), 8);
    assert_eq!(s.weights(), vec![Some(int(35)), Some(int(35)), Some(int(30))]);
    assert_eq!(s.aspects[2].indicators[1].scale, Scale::YesNo);
    assert_eq!(s.aspects[0].indicators[0].scale, Scale::Range { min: 1, max: 4 });
    assert_eq!(
        s.bands.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
        ["Amat Baik", "Baik", "Cukup", "Sedang", "Kurang"]
    );
    assert!(s.note.contains("70 %"));
}

const SMALL: &str = r#"
id = "kecil"
nama = "Kecil"

[[aspek]]
id = "a"
nama = "A"
bobot = 60
indikator = [{ id = "a1", uraian = "x" }]

[[aspek]]
id = "b"
nama = "B"
bobot = "40"
indikator = [{ id = "b1", uraian = "y", skala = "0-10" }]

[[predikat]]
min = 0
nama = "Ada"
"#;

#[test]
fn weights_read_exactly_from_numbers_and_text() {
    let s = parse(SMALL).unwrap();
    assert_eq!(s.weights(), vec![Some(int(60)), Some(int(40))]);
    let s =
        parse(&SMALL.replace("bobot = 60", "bobot = 33.33").replace("bobot = \"40\"", "bobot = \"66,67\""))
            .unwrap();
    assert_eq!(s.weights(), vec![Some(ratio(3333, 100)), Some(ratio(6667, 100))]);
}

#[test]
fn bad_files_are_located() {
    assert!(matches!(
        &problems("id = \"x\"\nnama = \n")[..],
        [(Some(2), ProblemKind::SkemaDef(DefError::Syntax(_)))]
    ));
    assert!(matches!(&problems(&SMALL.replace("nama = \"Kecil\"", "nama = \"Kecil\"\nwarna = 1"))[..],
        [(Some(_), ProblemKind::SkemaDef(DefError::Syntax(m)))] if m.contains("warna")));
    assert_eq!(
        problems(&SMALL.replace("\"0-10\"", "\"10-0\"")),
        vec![(Some(15), def(DefError::Scale("10-0".into())))]
    );
    assert_eq!(
        problems(&SMALL.replace("bobot = 60", "bobot = \"enam\"")),
        vec![(Some(8), def(DefError::Number("enam".into())))]
    );
    assert_eq!(
        problems(&SMALL.replace("bobot = 60", "bobot = 50")),
        vec![(None, def(DefError::Rule(SchemeError::WeightSum(int(90)))))]
    );
    assert_eq!(
        problems(&SMALL.replace("id = \"b1\"", "id = \"a1\"")),
        vec![(Some(9), def(DefError::Rule(SchemeError::DuplicateIndicator("a1".into()))))]
    );
    assert_eq!(
        problems(&SMALL.replace("id = \"b1\"", "id = \"b 1\"")),
        vec![(Some(15), def(DefError::BadId("b 1".into())))]
    );
    assert_eq!(
        problems(&SMALL.replace("min = 0", "min = 10")),
        vec![(None, def(DefError::Rule(SchemeError::NoBandAtZero)))]
    );
    let grouped = format!("{SMALL}\n[[kelompok]]\nnama = \"G\"\nbobot = 100\naspek = [\"a\", \"c\"]\n");
    assert_eq!(problems(&grouped), vec![(Some(24), def(DefError::UnknownAspect("c".into())))]);
    let agg = SMALL.replace("nama = \"A\"", "nama = \"A\"\nagregasi = \"median\"");
    assert_eq!(problems(&agg), vec![(Some(8), def(DefError::Aggregate("median".into())))]);
    // An indicator in no aspect cannot be written: indicators are listed inside their aspect.
    let stray = format!("{SMALL}\n[[indikator]]\nid = \"z\"\n");
    assert!(matches!(&problems(&stray)[..], [(Some(_), ProblemKind::SkemaDef(DefError::Syntax(_)))]));
}

#[test]
fn an_unweighted_aspect_is_named_at_its_line() {
    let text = SMALL.replace("bobot = \"40\"\n", "");
    assert_eq!(problems(&text), vec![(Some(12), def(DefError::Rule(SchemeError::Unweighted("b".into())))),]);
}
