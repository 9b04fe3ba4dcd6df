//! The scheme rules, on the old SMK scheme (70 % disiplin and tanggung jawab, 30 % prestasi
//! kerja) worked by hand, and on every check of a scheme.

use super::*;

fn ind(id: &str, scale: Scale) -> Indicator {
    Indicator { id: id.into(), text: format!("indikator {id}"), scale }
}

const R14: Scale = Scale::Range { min: 1, max: 4 };

/// The old SMK scheme as `examples/skema/smk-lama.toml` describes it.
pub fn smk() -> Scheme {
    let aspect = |id: &str, name: &str, indicators| Aspect {
        id: id.into(),
        name: name.into(),
        aggregate: Aggregate::Mean,
        weight: None,
        indicators,
    };
    Scheme {
        id: "smk-lama".into(),
        name: "SMK".into(),
        source: String::new(),
        note: String::new(),
        aspects: vec![
            aspect("disiplin", "Disiplin", vec![ind("1.1", R14), ind("1.2", R14), ind("1.3", R14)]),
            aspect(
                "tanggung-jawab",
                "Tanggung jawab",
                vec![ind("2.1", R14), ind("2.2", R14), ind("2.3", R14)],
            ),
            aspect("prestasi", "Prestasi kerja", vec![ind("3.1", R14), ind("3.2", Scale::YesNo)]),
        ],
        groups: vec![
            Group { name: "Disiplin dan tanggung jawab".into(), weight: Some(int(70)), aspects: vec![0, 1] },
            Group { name: "Prestasi kerja".into(), weight: Some(int(30)), aspects: vec![2] },
        ],
        bands: [(91, "Amat Baik"), (76, "Baik"), (61, "Cukup"), (51, "Sedang"), (0, "Kurang")]
            .map(|(m, n)| Band { min: int(m), name: n.into() })
            .to_vec(),
    }
}

#[test]
fn the_group_weight_is_shared_equally() {
    let s = smk();
    assert!(s.check().is_empty(), "{:?}", s.check());
    assert_eq!(s.weights(), vec![Some(int(35)), Some(int(35)), Some(int(30))]);
}

/// Disiplin 4, 3, 4: (3/3 + 2/3 + 3/3) / 3 × 100 = 800/9 (88,89). Tanggung jawab 3, 3, 2:
/// (2/3 + 2/3 + 1/3) / 3 × 100 = 500/9 (55,56). Prestasi 3, ya: (2/3 + 1/1) / 2 × 100 = 250/3
/// (83,33). Nilai = 35 % × 800/9 + 35 % × 500/9 + 30 % × 250/3 = 280/9 + 175/9 + 25 = 680/9
/// (75,56): Cukup, 0,44 below Baik.
#[test]
fn a_teacher_worked_by_hand() {
    let s = smk();
    let r = s.score(&[Some(4), Some(3), Some(4), Some(3), Some(3), Some(2), Some(3), Some(1)]).unwrap();
    assert_eq!(r.aspects, vec![ratio(800, 9), ratio(500, 9), ratio(250, 3)]);
    assert_eq!(r.nilai, ratio(680, 9));
    assert_eq!(s.bands[r.band].name, "Cukup");
}

#[test]
fn bands_take_their_minimum_inclusively() {
    let s = smk();
    for (x, name) in [
        (int(100), "Amat Baik"),
        (int(91), "Amat Baik"),
        (ratio(9099, 100), "Baik"),
        (int(76), "Baik"),
        (int(61), "Cukup"),
        (ratio(6099, 100), "Sedang"),
        (int(51), "Sedang"),
        (int(50), "Kurang"),
        (int(0), "Kurang"),
    ] {
        assert_eq!(s.bands[s.band(x)].name, name, "{x}");
    }
    // The ends of the scale: every indicator at its lowest, and at its highest.
    let low = s.score(&[Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(1), Some(0)]).unwrap();
    assert_eq!(low.nilai, int(0));
    let high = s.score(&[Some(4), Some(4), Some(4), Some(4), Some(4), Some(4), Some(4), Some(1)]).unwrap();
    assert_eq!(high.nilai, int(100));
}

#[test]
fn a_blank_indicator_is_named() {
    let s = smk();
    let e = s.score(&[Some(4), None, Some(4), Some(3), Some(3), Some(2), Some(3)]).unwrap_err();
    assert_eq!(e, SkemaError::Missing(vec!["1.2".into(), "3.2".into()]));
}

#[test]
fn sum_counts_points_over_the_most_possible() {
    let a = Aspect {
        id: "a".into(),
        name: "A".into(),
        aggregate: Aggregate::Sum,
        weight: Some(int(100)),
        indicators: vec![ind("1", R14), ind("2", Scale::Range { min: 0, max: 10 })],
    };
    // (4-1) + 5 points of (3 + 10): 8/13.
    assert_eq!(aspect_value(&a, &[Some(4), Some(5)]), ratio(800, 13));
    let mean = Aspect { aggregate: Aggregate::Mean, ..a };
    // (3/3 + 5/10) / 2.
    assert_eq!(aspect_value(&mean, &[Some(4), Some(5)]), int(75));
}

#[test]
fn every_check_of_a_scheme() {
    let mut s = smk();
    s.groups[1].weight = Some(int(20));
    assert_eq!(s.check(), vec![SchemeError::WeightSum(int(90))]);
    let mut s = smk();
    s.groups.pop();
    assert_eq!(s.check(), vec![SchemeError::Unweighted("prestasi".into())]);
    let mut s = smk();
    s.groups[1].aspects.push(0);
    assert!(s.check().contains(&SchemeError::TwoGroups("disiplin".into())));
    let mut s = smk();
    s.aspects[2].indicators[1].id = "1.1".into();
    assert_eq!(s.check(), vec![SchemeError::DuplicateIndicator("1.1".into())]);
    let mut s = smk();
    s.aspects[1].id = "Disiplin".into();
    assert_eq!(s.check(), vec![SchemeError::DuplicateAspect("Disiplin".into())]);
    let mut s = smk();
    s.aspects[2].indicators.clear();
    assert!(s.check().contains(&SchemeError::EmptyAspect("prestasi".into())));
    let mut s = smk();
    s.bands.pop();
    assert_eq!(s.check(), vec![SchemeError::NoBandAtZero]);
    let mut s = smk();
    s.bands[1].min = int(91);
    assert_eq!(s.check(), vec![SchemeError::DuplicateBand(int(91))]);
    let mut s = smk();
    s.bands[0].min = int(101);
    assert_eq!(s.check(), vec![SchemeError::BandRange(int(101))]);
    let mut s = smk();
    s.bands.clear();
    assert_eq!(s.check(), vec![SchemeError::NoBands]);
    let mut s = smk();
    s.aspects[0].weight = Some(int(40));
    s.aspects[1].weight = Some(int(40));
    assert_eq!(
        s.check(),
        vec![
            SchemeError::GroupSum {
                group: "Disiplin dan tanggung jawab".into(),
                weight: int(70),
                aspects: int(80)
            },
            SchemeError::WeightSum(int(110))
        ]
    );
    let mut s = smk();
    s.groups[0].weight = Some(int(-70));
    assert!(s.check().contains(&SchemeError::WeightRange(int(-70))));
    assert_eq!(Scheme { aspects: vec![], groups: vec![], ..smk() }.check(), vec![SchemeError::NoAspects]);
}

#[test]
fn scales_read_their_cells() {
    assert_eq!(Scale::parse("1-4"), Some(R14));
    assert_eq!(Scale::parse(" 1–5 "), Some(Scale::Range { min: 1, max: 5 }));
    assert_eq!(Scale::parse("ya/tidak"), Some(Scale::YesNo));
    for bad in ["4-1", "1-1", "1-101", "a-b", "1", ""] {
        assert_eq!(Scale::parse(bad), None, "{bad}");
    }
    assert_eq!(R14.read("4"), Some(4));
    assert_eq!(R14.read("4.0"), Some(4));
    assert_eq!(R14.read("5"), None);
    assert_eq!(R14.read("0"), None);
    assert_eq!(Scale::YesNo.read("Ya"), Some(1));
    assert_eq!(Scale::YesNo.read("tidak"), Some(0));
    assert_eq!(Scale::YesNo.read("2"), None);
    assert_eq!(R14.values(), vec![1, 2, 3, 4]);
    assert_eq!(Scale::YesNo.code(), "ya-tidak");
    assert_eq!(Aggregate::parse("Rerata"), Some(Aggregate::Mean));
    assert_eq!(Aggregate::parse("jumlah"), Some(Aggregate::Sum));
    assert_eq!(Aggregate::parse("median"), None);
}
