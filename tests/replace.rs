//! No output replaces what it should not: an input of the run or a ledger never (not even
//! with `--timpa`), someone's file only with `--timpa`, and last run's output of the same kind
//! freely, so runs can be repeated. Links and `--split` names are included.

mod common;

use std::path::Path;

use common::*;

fn at(dir: &Path, name: &str) -> String {
    dir.join(name).to_str().unwrap().to_string()
}

#[test]
fn inputs_ledgers_and_other_files_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let filled = at(d, "filled.csv");
    std::fs::copy(fixture("contoh/guru-kelas.csv"), &filled).unwrap();
    let bk = at(d, "t2-bk.csv");
    std::fs::copy(fixture("contoh/guru-bk.csv"), &bk).unwrap();
    let sheets = [std::fs::read(&filled).unwrap(), std::fs::read(&bk).unwrap()];
    let kept = || {
        assert_eq!(std::fs::read(&filled).unwrap(), sheets[0], "the filled sheet is intact");
        assert_eq!(std::fs::read(&bk).unwrap(), sheets[1], "the BK sheet is intact");
    };
    // Someone's file (a filled score sheet) is not replaced without --timpa.
    for args in [
        vec!["template", "-o", &filled],
        vec!["batch", &filled, "-o", &bk],
        vec!["rank", &bk, "-o", &filled],
        vec!["score", &bk, "-o", &filled],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains("sudah ada dan bukan keluaran pkguru sejenis") && err.contains("--timpa"),
            "{err}"
        );
        kept();
    }
    // An input is never replaced, --timpa or not, named directly or through a link.
    let link = at(d, "link.csv");
    std::os::unix::fs::symlink(&filled, &link).unwrap();
    for args in [
        vec!["rank", &filled, "-o", &filled],
        vec!["rank", &filled, "-o", &filled, "--timpa"],
        vec!["batch", &link, "-o", &filled, "--force"],
        vec!["report", &filled, "--format", "html", "-o", &link, "--timpa"],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("juga merupakan masukan"), "{args:?}: {err}");
        kept();
    }
    // A ledger is never replaced: by its own commands, by report --riwayat, or by a copy.
    let db = at(d, "l.db");
    assert_eq!(run(&["riwayat", "--db", &db, "tambah", &filled, "--periode", "2026"]).0, 0);
    let ledger = std::fs::read(&db).unwrap();
    let copy = at(d, "copy.db");
    std::fs::write(&copy, &ledger).unwrap();
    for args in [
        vec!["riwayat", "--db", &db, "sekolah", "-o", &db],
        vec!["riwayat", "--db", &db, "ekspor", "-o", &db, "--timpa"],
        vec!["report", &filled, "--riwayat", &db, "--format", "html", "-o", &db],
        vec!["batch", &filled, "-o", &copy, "--timpa"],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains("basis data riwayat") && err.contains("tidak pernah ditimpa"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(std::fs::read(&db).unwrap(), ledger);
    assert_eq!(std::fs::read(&copy).unwrap(), ledger);
    // With --timpa someone's file is replaced, keeping its permissions.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&bk, std::fs::Permissions::from_mode(0o640)).unwrap();
    let (code, _, err) = run(&["batch", &filled, "-o", &bk, "--timpa"]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(&bk).unwrap().starts_with("sumber,"));
    assert_eq!(std::fs::metadata(&bk).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn last_runs_outputs_are_replaced_when_of_the_same_kind() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let sheet = fixture("contoh/guru-kelas.csv");
    let sheet = sheet.to_str().unwrap();
    for (out, extra) in [
        ("rekap.csv", vec![]),
        ("rekap.xlsx", vec![]),
        ("peringkat.csv", vec!["rank"]),
        ("peringkat.xlsx", vec!["rank"]),
        ("cek.json", vec!["check-json"]),
        ("laporan.html", vec!["report"]),
        ("laporan.pdf", vec!["report"]),
        ("empty.csv", vec![]),
    ] {
        let path = at(d, out);
        if out == "empty.csv" {
            std::fs::write(&path, "").unwrap();
        }
        for round in 0..2 {
            let (code, _, err) = match extra.first().copied() {
                Some("rank") => run(&["rank", sheet, "-o", &path]),
                Some("report") => run(&["report", sheet, "-o", &path]),
                Some("check-json") => run(&["rank", sheet, "--format", "json", "-o", &path]),
                _ => run(&["batch", sheet, "-o", &path]),
            };
            assert_eq!(code, 0, "{out} round {round}: {err}");
        }
    }
    // Another kind of pkguru output is not: a rekap where a ranking was asked.
    let (code, _, err) = run(&["rank", sheet, "-o", &at(d, "rekap.csv")]);
    assert_eq!(code, 2, "{err}");
    // No temporary file is left, and none had a name one could plant a link under.
    let left: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_teacher_named_like_the_summary_gets_a_file_of_her_own() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let one = kelas_with("nama", "Ringkasan").replace("198503152010012003", "");
    std::fs::write(d.join("a.csv"), &one).unwrap();
    std::fs::write(d.join("b.csv"), fixture_text("contoh/guru-bk.csv")).unwrap();
    let out = d.join("pdf");
    let (code, _, err) = run(&["report", d.to_str().unwrap(), "--split", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names.contains(&"ringkasan.pdf".to_string()) && names.contains(&"Ringkasan-2.pdf".to_string()),
        "{names:?}"
    );
}
