//! The markup's tests: 1C's chart told from other charts, the marks labelled as the filling
//! looks for them, string literals.

use super::super::lit::lit;
use super::*;

#[test]
fn only_1c_s_chart_is_put_on_by_pkguru() {
    let k = |vals: &[f64]| -> Vec<(String, f64, String)> {
        vals.iter().enumerate().map(|(i, v)| (format!("K{}", i + 1), *v, format!("{v}"))).collect()
    };
    assert!(is_kbars(&k(&[2.0, 3.0, 4.0, 1.0]), 4.0));
    // Another scale, a value between, a label that is not Kn, a shown value that differs.
    assert!(!is_kbars(&k(&[2.0, 3.0]), 591.0));
    assert!(!is_kbars(&k(&[2.5, 3.0]), 4.0));
    assert!(!is_kbars(&k(&[0.0, 3.0]), 4.0));
    let mut named = k(&[2.0, 3.0]);
    named[1].0 = "K3".into();
    assert!(!is_kbars(&named, 4.0));
    let mut shown = k(&[2.0, 3.0]);
    shown[0].2 = "2,00".into();
    assert!(!is_kbars(&shown, 4.0));
    let mut out = String::new();
    block(&mut out, &Block::Bars { items: k(&[2.0, 4.0]), max: 4.0, ticks: true });
    assert_eq!(out, "#kbars((2,4,))\n");
}

#[test]
fn the_preamble_labels_its_marks_as_the_filling_looks_for_them() {
    assert!(PREAMBLE.contains(&format!("<{}>", super::super::untag::FILL)));
    assert!(PREAMBLE.contains(&format!("<{}>", super::super::untag::PAGE_NUMBER)));
    let signs = super::super::sign::preamble(&[30.0]);
    assert!(signs.contains(&format!("<{}>", super::super::untag::SIGN)));
    let bars = super::super::bars::preamble(11.0, &[14]);
    assert!(bars.contains(&format!("<{}>", super::super::untag::BARS)));
}

#[test]
fn sheet_text_is_a_string_literal() {
    assert_eq!(lit("a \"b\" \\ #c [d] $e$"), "\"a \\\"b\\\" \\\\ #c [d] $e$\"");
    assert_eq!(lit("x\ny"), "\"x\\ny\"");
}
