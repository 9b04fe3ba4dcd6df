//! Every JSON document pkguru writes carries its `pkguru/<name>/1` id first, and
//! `docs/schemas.md` names that id and every top-level key of the document.

mod common;

use common::*;

/// The schema documentation, as shipped.
fn documented() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/schemas.md")).unwrap()
}

/// Runs a command that writes JSON and checks its id and that the docs describe its keys.
fn check(args: &[&str], id: &str, docs: &str) {
    let (code, out, err) = run(args);
    assert!(code == 0 || code == 1, "{args:?}: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"));
    let obj = v.as_object().unwrap_or_else(|| panic!("{args:?}: not an object"));
    assert_eq!(obj.keys().next().map(String::as_str), Some("schema"), "{args:?}: the id comes first");
    assert_eq!(obj["schema"], id, "{args:?}");
    let row = docs
        .lines()
        .find(|l| l.starts_with(&format!("| `{id}`")))
        .unwrap_or_else(|| panic!("docs/schemas.md has no row for {id}"));
    for key in obj.keys().filter(|k| *k != "schema") {
        assert!(
            row.contains(&format!("`{key}")) || row.contains(&format!(" {key}")),
            "{id}: key {key} undocumented"
        );
    }
}

#[test]
fn every_json_output_names_its_schema_and_the_docs_describe_it() {
    let docs = documented();
    let kelas = fixture("contoh/guru-kelas.csv");
    let kelas = kelas.to_str().unwrap();
    let kelas43 = fixture("contoh/guru-kelas-43.csv");
    let ks = fixture("tambahan/kepala-sekolah.csv");
    let ev = fixture("evaluasi/umum.csv");
    let pkb = fixture("pkb/kegiatan-iii-c.csv");
    check(
        &["score", kelas, "--golongan", "III/c", "--jam", "24", "--format", "json"],
        "pkguru/score/1",
        &docs,
    );
    check(
        &["credit", "--golongan", "III/c", "--predikat", "Amat Baik", "--format", "json"],
        "pkguru/credit/1",
        &docs,
    );
    check(
        &["credit", "--regime", "2023", "--jenjang", "ahli-muda", "--predikat", "baik", "--format", "json"],
        "pkguru/credit/1",
        &docs,
    );
    check(&["check", kelas, "--format", "json"], "pkguru/check/1", &docs);
    check(&["rank", kelas, kelas43.to_str().unwrap(), "--format", "json"], "pkguru/rank/1", &docs);
    check(&["pkb", "--daftar", "--format", "json"], "pkguru/pkb-katalog/1", &docs);
    check(&["pkb", pkb.to_str().unwrap(), "--golongan", "III/c", "--format", "json"], "pkguru/pkb/1", &docs);
    check(&["score", ks.to_str().unwrap(), "--format", "json"], "pkguru/tambahan-hasil/1", &docs);
    check(&["score", ev.to_str().unwrap(), "--format", "json"], "pkguru/evaluasi-hasil/1", &docs);
    check(&["score", "fixtures/skema/budi.csv", "--format", "json"], "pkguru/skema-hasil/1", &docs);
    check(&["rank", "fixtures/skema/sekolah-smk.csv", "--format", "json"], "pkguru/rank-formulir/1", &docs);

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.db");
    let db = db.to_str().unwrap();
    let (code, _, err) = run(&["riwayat", "--db", db, "tambah", kelas, "--periode", "2026"]);
    assert_eq!(code, 0, "{err}");
    check(
        &["riwayat", "--db", db, "guru", "198503152010012003", "--format", "json"],
        "pkguru/riwayat-guru/1",
        &docs,
    );
    check(&["riwayat", "--db", db, "sekolah", "--format", "json"], "pkguru/riwayat-sekolah/1", &docs);
    check(&["riwayat", "--db", db, "ekspor"], "pkguru/riwayat-ekspor/1", &docs);
}

/// The ids of the filled-in templates, under `"format"`.
#[test]
fn templates_name_their_input_format() {
    let docs = documented();
    for (args, id) in [
        (&["template", "--format", "json"][..], "pkguru/sheet/1"),
        (&["template", "--jenis", "evaluasi-diri", "--format", "json"][..], "pkguru/evaluasi/1"),
        (&["template", "--jenis", "kepala-sekolah", "--format", "json"][..], "pkguru/tambahan/1"),
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["format"], id);
        assert!(docs.contains(&format!("| `{id}` |")), "{id} undocumented");
    }
}
