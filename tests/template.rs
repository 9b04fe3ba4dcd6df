//! `pkguru template`: the blank sheets, and that a filled-in template reads back unchanged.

mod common;

use common::*;

/// Deterministic pseudo-random scores 0–2 (xorshift), so round trips cover varied sheets.
fn scores(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 3) as u8
        })
        .collect()
}

/// Expected competency scores (skor per kompetensi) from indicator IDs and scores.
fn per_competency(ids: &[String], s: &[u8]) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    for (id, v) in ids.iter().zip(s) {
        let k: usize = id.split('.').next().unwrap().parse().unwrap();
        if out.len() < k {
            out.resize(k, 0);
        }
        out[k - 1] += u64::from(*v);
    }
    out
}

#[test]
fn long_csv_templates() {
    let (code, out, _) = run(&["template"]);
    assert_eq!(code, 0);
    let rows = csv_rows(&out, b',');
    assert_eq!(rows[0], ["id", "kompetensi", "uraian", "skor"]);
    assert_eq!(rows.iter().filter(|r| r[0].contains('.')).count(), 78);
    assert!(rows.iter().all(|r| r.len() == 4));
    assert!(rows.iter().any(|r| r[0] == "jenis" && r[3] == "kelas"));
    insta::assert_snapshot!("kelas_template_head", out.lines().take(16).collect::<Vec<_>>().join("\n"));
    let (_, bk, _) = run(&["template", "--jenis", "bk"]);
    let rows = csv_rows(&bk, b',');
    assert_eq!(rows.iter().filter(|r| r[0].contains('.')).count(), 70);
    assert!(rows.iter().any(|r| r[0] == "17.4"));
}

#[test]
fn filled_long_csv_reads_back_unchanged() {
    for (jenis, seed) in [("kelas", 1u64), ("kelas", 99), ("bk", 7), ("bk", 12345)] {
        let (_, out, _) = run(&["template", "--jenis", jenis]);
        let mut rows = csv_rows(&out, b',');
        let ids: Vec<String> = rows.iter().filter(|r| r[0].contains('.')).map(|r| r[0].clone()).collect();
        let s = scores(seed, ids.len());
        let mut i = 0;
        for r in rows.iter_mut() {
            match r[0].as_str() {
                "nama" => r[3] = "Nur \"Ina\" Aini, S.Pd.".into(),
                "nip" => r[3] = "199001012015032001".into(),
                "golongan" => r[3] = "III/b".into(),
                "jam" => r[3] = "24".into(),
                "konseli" if jenis == "bk" => r[3] = "150".into(),
                id if id.contains('.') => {
                    r[3] = s[i].to_string();
                    i += 1;
                }
                _ => {}
            }
        }
        if jenis == "bk" {
            rows.retain(|r| r[0] != "jam");
        }
        let (code, out, err) =
            run_stdin(&["score", "-", "--format", "json"], csv_text(&rows, b',', false).as_bytes());
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let got: Vec<u64> =
            v["competencies"].as_array().unwrap().iter().map(|c| c["score"].as_u64().unwrap()).collect();
        assert_eq!(got, per_competency(&ids, &s), "{jenis} seed {seed}");
        assert_eq!(v["teacher"]["nama"], "Nur \"Ina\" Aini, S.Pd.");
        assert_eq!(v["teacher"]["nip"], "199001012015032001");
        assert_eq!(v["instrument"]["jenis"], jenis);
    }
}

#[test]
fn filled_json_template_reads_back_unchanged() {
    for (jenis, seed) in [("kelas", 5u64), ("bk", 6)] {
        let (code, out, _) = run(&["template", "--jenis", jenis, "--format", "json"]);
        assert_eq!(code, 0);
        let mut doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        let n = doc["indicators"].as_array().unwrap().len();
        let s = scores(seed, n);
        let mut ids = Vec::new();
        for (item, v) in doc["indicators"].as_array_mut().unwrap().iter_mut().zip(&s) {
            ids.push(item["id"].as_str().unwrap().to_string());
            item["score"] = serde_json::json!(v);
        }
        doc["teacher"]["nama"] = serde_json::json!("Budi");
        doc["teacher"]["golongan"] = serde_json::json!("IV/a");
        let (code, out, err) = run_stdin(&["score", "-", "--format", "json"], doc.to_string().as_bytes());
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let got: Vec<u64> =
            v["competencies"].as_array().unwrap().iter().map(|c| c["score"].as_u64().unwrap()).collect();
        assert_eq!(got, per_competency(&ids, &s));
        assert_eq!(v["teacher"]["golongan"], "IV/a");
    }
}

#[test]
fn wide_header_and_one_row_round_trip() {
    let (_, header, _) = run(&["template", "--wide"]);
    let rows = csv_rows(&header, b',');
    assert_eq!(rows.len(), 1);
    let head = &rows[0];
    assert_eq!(&head[..4], ["nama", "nip", "sekolah", "jenis"]);
    let ids: Vec<String> = head.iter().filter(|h| h.contains('.')).cloned().collect();
    assert_eq!(ids.len(), 78);
    let s = scores(42, ids.len());
    let row: Vec<String> = head
        .iter()
        .map(|h| match h.as_str() {
            "nama" => "Ani".to_string(),
            "nip" => "198001012005012001".to_string(),
            "jenis" => "kelas".to_string(),
            id if id.contains('.') => s[ids.iter().position(|x| x == id).unwrap()].to_string(),
            _ => String::new(),
        })
        .collect();
    let text = csv_text(&[head.clone(), row], b',', false);
    let (code, out, err) = run_stdin(&["score", "-", "--format", "json"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let got: Vec<u64> =
        v["competencies"].as_array().unwrap().iter().map(|c| c["score"].as_u64().unwrap()).collect();
    assert_eq!(got, per_competency(&ids, &s));
}

#[test]
fn mixed_wide_header_is_the_union() {
    let (_, out, _) = run(&["template", "--wide", "--jenis", "campur"]);
    let head = &csv_rows(&out, b',')[0];
    for id in ["4.11", "11.7", "17.4", "1.6"] {
        assert!(head.iter().any(|h| h == id), "{id}");
    }
    let (code, _, err) = run(&["template", "--jenis", "campur"]);
    assert_eq!(code, 2, "campur needs --wide: {err}");
}

#[test]
fn template_to_file_is_atomic_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guru.csv");
    let (code, out, _) = run(&["template", "-o", path.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (0, ""));
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, run(&["template"]).1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");
}

#[test]
fn indonesian_excel_dialect() {
    let (_, out, _) = run(&["template", "--csv-dialect", "id"]);
    assert!(out.starts_with('\u{feff}'));
    assert!(out.contains("\r\n"));
    assert!(out.lines().next().unwrap().contains("id;kompetensi;uraian;skor"));
}
