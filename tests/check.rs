//! `pkguru check`: validation for CI, the audit of typed-in results, and each report format.

mod common;

use common::*;

#[test]
fn valid_inputs_exit_0() {
    let (code, out, err) = run(&["check", "fixtures/contoh"]);
    assert_eq!((code, err.as_str()), (0, ""));
    insta::assert_snapshot!("valid_text", out);
}

#[test]
fn audit_text_report() {
    let (code, out, _) = run(&["check", "fixtures/audit"]);
    assert_eq!(code, 1);
    // Typed values that agree once rounded or truncated (69,64; 76,78; 15,19) are accepted.
    assert!(!out.contains("tertulis 69,64") && !out.contains("76,78") && !out.contains("15,19"), "{out}");
    assert!(
        out.contains("guru-audit.csv:14: jumlah: jumlah tertulis 41, hasil hitung 39"),
        "the claim row's line: {out}"
    );
    assert!(
        out.contains("sekolah-audit.csv:4: predikat: predikat tertulis Cukup, hasil hitung Baik (100 %)"),
        "{out}"
    );
    insta::assert_snapshot!("audit_text", out);
}

#[test]
fn audit_json_report() {
    let (code, out, _) = run(&["check", "fixtures/audit", "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["teachers"], 4);
    let first = &v["problems"][0];
    assert_eq!(
        (first["kind"].as_str(), first["claimed"].as_str(), first["computed"].as_str()),
        (Some("audit"), Some("41"), Some("39"))
    );
    insta::assert_snapshot!("audit_json", out);
}

#[test]
fn github_annotations() {
    let (code, out, err) = run(&["check", "fixtures/audit", "--format", "github"]);
    assert_eq!(code, 1);
    assert!(out.lines().all(|l| l.starts_with("::error file=")), "{out}");
    assert!(err.contains("Tidak sah"), "the summary goes to stderr: {err}");
    insta::assert_snapshot!("audit_github", out);
}

#[test]
fn data_errors_are_listed_with_location() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rusak.csv"), kelas_with("2.3", "dua")).unwrap();
    std::fs::write(dir.path().join("baik.csv"), fixture_text("contoh/guru-kelas.csv")).unwrap();
    let (code, out, _) = run(&["check", dir.path().to_str().unwrap(), "--format", "github"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("rusak.csv,line=22,title=2.3::skor harus 0, 1 atau 2, bukan \"dua\""), "{out}");
    let (code, out, _) = run(&["check", dir.path().join("baik.csv").to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn english_report() {
    let (_, out, _) = run(&["--lang", "en", "check", "fixtures/audit"]);
    assert!(out.contains("jumlah typed as 41, computed 39"), "{out}");
    assert!(out.contains("Invalid: 2 inputs"), "{out}");
}
