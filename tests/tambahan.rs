//! Tugas tambahan instruments end to end: templates for every instrument and format, a sheet
//! scored alone, and blended into the teacher's PK Guru result by `score`, `credit`, `batch`
//! and `report` (by `--tambahan`, a worksheet of the same workbook, or pairing by NIP).

mod common;

use common::*;

const CODES: [(&str, usize, usize); 7] = [
    ("kepala-sekolah", 6, 40),
    ("wakil-kepala-kurikulum", 5, 34),
    ("wakil-kepala-kesiswaan", 5, 33),
    ("wakil-kepala-sarana", 5, 32),
    ("wakil-kepala-humas", 5, 32),
    ("kepala-laboratorium", 7, 45),
    ("kepala-perpustakaan", 10, 65),
];

fn json_of(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn templates_for_every_instrument_and_format() {
    let dir = tempfile::tempdir().unwrap();
    for (code, _, indicators) in CODES {
        let (status, csv, err) = run(&["template", "--jenis", code]);
        assert_eq!(status, 0, "{code}: {err}");
        let rows: Vec<&str> = csv.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_digit())).collect();
        assert_eq!(rows.len(), indicators, "{code}");
        let instrumen = csv.lines().nth(1).unwrap_or("");
        assert!(
            instrumen.starts_with("instrumen,") && instrumen.ends_with(&format!(",{code}")),
            "{code}: {instrumen}"
        );
        for ext in ["csv", "json", "xlsx"] {
            let t = dir.path().join(format!("{code}.{ext}"));
            let (status, _, err) = run(&["template", "--jenis", code, "-o", t.to_str().unwrap()]);
            assert_eq!(status, 0, "{code} {ext}: {err}");
            // A blank template is not yet assessed.
            let (status, _, err) = run(&["score", t.to_str().unwrap()]);
            assert_eq!(status, 1, "{code} {ext}");
            assert!(
                err.contains("belum dinilai: semua skor indikator tugas tambahan kosong"),
                "{code} {ext}: {err}"
            );
        }
    }
    let (_, csv, _) = run(&["template", "--jenis", "wakil-kepala-sarana"]);
    insta::assert_snapshot!("tambahan_template_wakil_kepala_sarana", csv);
}

#[test]
fn scored_alone_worked_by_hand() {
    // fixtures/tambahan/kepala-sekolah.csv: K1 all 4 (4); K2 all 3 (3); K3 4,4,4,4,3,3,3 (25/7);
    // K4 all 3 (3); K5 4,3,3,3,3 (16/5); K6 4,4,3 (11/3). Total 2146/105 = 20.44 of 24;
    // nilai = 2146/105 / 24 × 100 = 5365/63 = 85.16 → Baik (100 %).
    let v = json_of(&["score", "fixtures/tambahan/kepala-sekolah.csv", "--format", "json"]);
    assert_eq!(v["instrumen"], "kepala-sekolah");
    assert_eq!(v["tugas_tambahan"], "kepala-sekolah");
    assert_eq!(v["jumlah_tepat"], "2146/105");
    assert_eq!(v["jumlah_maks"], 24);
    assert_eq!(v["nilai_tepat"], "5365/63");
    assert_eq!(v["predikat"], "Baik");
    assert_eq!(v["komponen"][2]["nilai_tepat"], "25/7");
    // fixtures/tambahan/wakil-kepala-kurikulum.csv: 4 + 3.7 + 3 + 4 + 3.4 = 18.1 of 20;
    // nilai 90.5, in the 90–91 gap: Amat Baik (upper, round), Baik (lower).
    for (bands, want) in [("upper", "Amat Baik"), ("lower", "Baik"), ("round", "Amat Baik")] {
        let v = json_of(&[
            "score",
            "fixtures/tambahan/wakil-kepala-kurikulum.csv",
            "--format",
            "json",
            "--bands",
            bands,
        ]);
        assert_eq!(v["nilai_tepat"], "90.5");
        assert_eq!(v["predikat"], want, "{bands}");
    }
    let (_, table, _) = run(&["score", "fixtures/tambahan/wakil-kepala-kurikulum.csv"]);
    insta::assert_snapshot!("tambahan_score_wakil_kepala_table", table);
}

/// Siti (fixtures/contoh/guru-kelas.csv: III/c, 24 jam, Cukup 75 %) is kepala sekolah with the
/// instrument above (Baik, 100 %). AK pembelajaran = 81 × 1 × 75 % / 4 = 15.1875 (24 jam over
/// the reduced JWM of 6: factor 1); AK tugas tambahan = 81 × 100 % / 4 = 20.25; blend 25/75:
/// 3.796875 + 15.1875 = 18.984375.
const BLENDED: &str = "18.984375";

#[test]
fn score_and_credit_blend_the_instrument() {
    let v = json_of(&[
        "score",
        "fixtures/contoh/guru-kelas.csv",
        "--tambahan",
        "fixtures/tambahan/kepala-sekolah.csv",
        "--format",
        "json",
    ]);
    assert_eq!(v["credit"]["per_year_exact"], BLENDED, "{v:#}");
    let v = json_of(&[
        "credit",
        "--golongan",
        "III/c",
        "--predikat",
        "cukup",
        "--jam",
        "24",
        "--tambahan",
        "fixtures/tambahan/kepala-sekolah.csv",
        "--format",
        "json",
    ]);
    assert_eq!(v["credit"]["per_year_exact"], BLENDED, "{v:#}");
    assert_eq!(v["credit"]["tambahan"]["ak_exact"], "20.25");
    // A typed tugas tambahan of another kind is a conflict, said and refused.
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("guru.csv");
    std::fs::write(&sheet, kelas_with("tugas_tambahan", "wakil-kepala")).unwrap();
    let (code, _, err) =
        run(&["score", sheet.to_str().unwrap(), "--tambahan", "fixtures/tambahan/kepala-sekolah.csv"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("menyebut tugas tambahan wakil-kepala, tetapi lembar instrumennya untuk kepala-sekolah"),
        "{err}"
    );
}

#[test]
fn batch_and_report_pair_by_nip_and_by_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sekolah");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy("fixtures/contoh/guru-kelas.csv", folder.join("guru-kelas.csv")).unwrap();
    std::fs::copy("fixtures/tambahan/kepala-sekolah.csv", folder.join("ks.csv")).unwrap();
    let rekap = dir.path().join("rekap.csv");
    let (code, _, err) = run(&["batch", folder.to_str().unwrap(), "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&rekap).unwrap();
    assert_eq!(text.lines().count(), 2, "the instrument is no teacher of its own: {text}");
    assert!(text.contains(&format!(",18.984,{BLENDED},")), "{text}");
    // The report's Lampiran 1D shows the blend.
    let html = dir.path().join("laporan.html");
    let (code, _, err) = run(&["report", folder.to_str().unwrap(), "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("AK tugas tambahan Kepala sekolah/madrasah (nilai 85,16"), "blend in the working");
    // A sheet whose teacher is not among the inputs is a failure.
    std::fs::copy("fixtures/tambahan/wakil-kepala-kurikulum.csv", folder.join("wk.csv")).unwrap();
    let (code, _, err) = run(&["batch", folder.to_str().unwrap(), "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("wk.csv: lembar tugas tambahan NIP 198001012005011002 tidak punya lembar PK Guru"),
        "{err}"
    );
    let (code, _, err) = run(&["check", folder.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    // One workbook holding both sheets: score and batch blend it.
    let book = dir.path().join("siti.xlsx");
    workbook_of(
        &book,
        &[
            ("PK Guru", &fixture_text("contoh/guru-kelas.csv")),
            ("Kepala sekolah", &fixture_text("tambahan/kepala-sekolah.csv")),
        ],
    );
    let v = json_of(&["score", book.to_str().unwrap(), "--format", "json"]);
    assert_eq!(v["credit"]["per_year_exact"], BLENDED);
    let (code, out, err) = run(&["batch", book.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(BLENDED), "{out}");
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn problems_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let bad = fixture_text("tambahan/kepala-sekolah.csv").replacen(",4\n", ",5\n", 1).replace(
        "instrumen,Identitas,Kepala sekolah/madrasah,kepala-sekolah",
        "instrumen,Identitas,,kepala-sekolah",
    );
    let path = dir.path().join("ks.csv");
    std::fs::write(&path, &bad).unwrap();
    let (code, out, err) = run(&["score", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains(&format!("{}:11: 1.1: skor \"5\" bukan 1, 2, 3 atau 4", path.display())), "{err}");
    let unknown = fixture_text("tambahan/kepala-sekolah.csv").replace(",kepala-sekolah\n", ",wakil-kepala\n");
    std::fs::write(&path, &unknown).unwrap();
    let (code, _, err) = run(&["score", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "instrumen \"wakil-kepala\" tidak dikenal; yang ada: kepala-sekolah, wakil-kepala-kurikulum"
        ),
        "{err}"
    );
    // Given alone to a command that reads many inputs, every command says the same: its
    // teacher's PK Guru sheet is not among the inputs.
    for command in ["batch", "check", "rank", "report"] {
        let mut args = vec![command, "fixtures/tambahan/kepala-sekolah.csv"];
        let out = dir.path().join("r.html");
        if command == "report" {
            args.extend(["-o", out.to_str().unwrap()]);
        }
        let (code, out, err) = run(&args);
        assert_eq!(code, 1, "{command}");
        let unpaired =
            "lembar tugas tambahan NIP 198503152010012003 tidak punya lembar PK Guru di antara masukan";
        // `check` reports on standard output.
        let said = if command == "check" { out } else { err };
        assert!(said.contains(unpaired), "{command}: {said}");
    }
}

/// A teacher's JSON sheet may carry the instrument as its `tambahan` section (its NIP is the
/// teacher's): `score` and `batch` blend it.
#[test]
fn json_sheet_with_a_tambahan_section() {
    let (_, template, _) = run(&["template", "--format", "json"]);
    let mut g: serde_json::Value = serde_json::from_str(&template).unwrap();
    let filled = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    let value = |id: &str| filled.iter().find(|r| r[0] == id).map(|r| r[3].clone()).unwrap_or_default();
    for (k, v) in g["teacher"].as_object_mut().unwrap() {
        if !value(k).is_empty() {
            *v = serde_json::json!(value(k));
        }
    }
    for ind in g["indicators"].as_array_mut().unwrap() {
        let id = ind["id"].as_str().unwrap().to_string();
        ind["score"] = serde_json::json!(value(&id).parse::<u8>().unwrap());
    }
    let ks = csv_rows(&fixture_text("tambahan/kepala-sekolah.csv"), b',');
    let items: Vec<serde_json::Value> = ks
        .iter()
        .filter(|r| r[0].starts_with(|c: char| c.is_ascii_digit()))
        .map(|r| serde_json::json!({"id": r[0], "skor": r[3].parse::<u8>().unwrap()}))
        .collect();
    g["tambahan"] = serde_json::json!({"instrumen": "kepala-sekolah", "indikator": items});
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("siti.json");
    std::fs::write(&path, g.to_string()).unwrap();
    let v = json_of(&["score", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(v["credit"]["per_year_exact"], BLENDED);
    let (code, out, err) = run(&["batch", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(BLENDED), "{out}");
}

/// Every instrument on a sheet filled the same way, worked by hand: the first component all 4,
/// the middle ones all 3, the last one 3 except its first indicator (1). With n components and
/// s indicators in the last: total = 4 + 3(n − 2) + (3 − 2/s) = 3n + 1 − 2/s; nilai = total /
/// (4n) × 100.
#[test]
fn every_instrument_worked_by_hand() {
    let want = [
        // n = 6, s = 3: total 19 − 2/3 = 55/3; nilai 55/3 / 24 × 100 = 1375/18 (76.39).
        ("kepala-sekolah", "55/3", "1375/18", "Baik"),
        // n = 5, s = 5: 16 − 2/5 = 15.6; 15.6 / 20 × 100 = 78.
        ("wakil-kepala-kurikulum", "15.6", "78", "Baik"),
        // n = 5, s = 4: 16 − 1/2 = 15.5; 77.5.
        ("wakil-kepala-kesiswaan", "15.5", "77.5", "Baik"),
        // n = 5, s = 3: 16 − 2/3 = 46/3; 46/3 / 20 × 100 = 230/3 (76.67).
        ("wakil-kepala-sarana", "46/3", "230/3", "Baik"),
        ("wakil-kepala-humas", "46/3", "230/3", "Baik"),
        // n = 7, s = 5: 22 − 2/5 = 21.6; 21.6 / 28 × 100 = 540/7 (77.14).
        ("kepala-laboratorium", "21.6", "540/7", "Baik"),
        // n = 10, s = 4: 31 − 1/2 = 30.5; 30.5 / 40 × 100 = 76.25.
        ("kepala-perpustakaan", "30.5", "76.25", "Baik"),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (code, total, nilai, predikat) in want {
        let (_, template, _) = run(&["template", "--jenis", code]);
        let mut rows = csv_rows(&template, b',');
        let ids: Vec<(u32, u32)> = rows
            .iter()
            .filter_map(|r| r[0].split_once('.').map(|(k, i)| (k.parse().unwrap(), i.parse().unwrap())))
            .collect();
        let last = ids.iter().map(|(k, _)| *k).max().unwrap();
        for r in &mut rows {
            if let Some((k, i)) = r[0].split_once('.') {
                let (k, i): (u32, u32) = (k.parse().unwrap(), i.parse().unwrap());
                r[3] = match (k, i) {
                    (1, _) => "4",
                    (k, 1) if k == last => "1",
                    _ => "3",
                }
                .into();
            }
        }
        let path = dir.path().join(format!("{code}.csv"));
        std::fs::write(&path, csv_text(&rows, b',', false)).unwrap();
        let v = json_of(&["score", path.to_str().unwrap(), "--format", "json"]);
        assert_eq!(v["jumlah_tepat"], total, "{code}");
        assert_eq!(v["nilai_tepat"], nilai, "{code}");
        assert_eq!(v["predikat"], predikat, "{code}");
    }
}
