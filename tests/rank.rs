//! `pkguru rank`: profile matching from score sheets, from pkguru's rekap and from a table of
//! values on a 1–5 scale; the profile file; ties; located errors.

mod common;

use common::*;
use serde_json::Value;

/// Five teachers on a 1–5 scale, target 5 (the setting of the school decision-support study),
/// in `fixtures/peringkat/nilai-skala-5.csv`: A is worked by hand below; D equals B (a tie);
/// E is all 5.
fn five() -> String {
    fixture_text("peringkat/nilai-skala-5.csv")
}

fn json(args: &[&str], stdin: &[u8]) -> Value {
    let (code, out, err) = run_stdin(args, stdin);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

/// Worked by hand (weights: gap 0 → 5, −1 → 4, −2 → 3):
/// A: pedagogik core (4,4,5,3 → 4,4,5,3) = 4, secondary (4,5,4 → 4,5,4) = 13/3,
///    0.6·4 + 0.4·13/3 = 62/15; kepribadian core (5,5) = 5, secondary (3) = 3 → 4.2;
///    sosial 4, 4 → 4; profesional core 5, secondary 3 → 4.2;
///    0.3·62/15 + 0.2·4.2 + 0.25·4 + 0.25·4.2 = 1.24 + 0.84 + 1 + 1.05 = 4.13.
/// B and D: every gap −2 → 3 everywhere → 3. C: only k14 (profesional secondary) −1 → 4:
///    profesional 0.6·5 + 0.4·4 = 4.6; 0.3·5 + 0.2·5 + 0.25·5 + 0.25·4.6 = 4.9. E: 5.
#[test]
fn five_teachers_on_a_five_point_scale() {
    let v = json(&["rank", "-", "--skala", "5", "--format", "json"], five().as_bytes());
    let g = &v["kelompok"][0];
    assert_eq!(g["skala"], 5);
    let t = g["guru"].as_array().unwrap();
    let got: Vec<(String, u64, bool, String)> = t
        .iter()
        .map(|t| {
            (
                t["nama"].as_str().unwrap().to_string(),
                t["peringkat"].as_u64().unwrap(),
                t["seri"].as_bool().unwrap(),
                t["nilai_tepat"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("Guru E", 1, false, "5"),
        ("Guru C", 2, false, "4.9"),
        ("Guru A", 3, false, "4.13"),
        ("Guru B", 4, true, "3"),
        ("Guru D", 4, true, "3"),
    ];
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0.as_str(), g.1, g.2, g.3.as_str()), w);
    }
    let a = &t[2];
    assert_eq!(a["nip"], "101");
    assert_eq!(a["nilai"].as_f64(), Some(4.13));
    assert_eq!(a["nilai_tampil"], "4,13");
    assert_eq!(a["ranah"][0]["ncf"].as_f64(), Some(4.0));
    assert!((a["ranah"][0]["nsf"].as_f64().unwrap() - 13.0 / 3.0).abs() < 1e-12);
    assert_eq!(a["kompetensi"][3]["gap"], -2);
    assert_eq!(a["kompetensi"][3]["bobot"].as_f64(), Some(3.0));
    assert_eq!(a["kompetensi"][3]["faktor"], "core");
    // The table marks the tie and says what it means.
    let (_, table, _) = run_stdin(&["rank", "-", "--skala", "5"], five().as_bytes());
    assert!(table.contains("  4=  Guru B") && table.contains("seri"), "{table}");
    // CSV: the exact value beside the two-place one.
    let (_, csv, _) = run_stdin(&["rank", "-", "--skala", "5", "--format", "csv"], five().as_bytes());
    let rows = csv_rows(&csv, b',');
    assert_eq!(
        &rows[0][..9],
        ["jenis", "skala", "peringkat", "seri", "nip", "nama", "sumber", "nilai", "nilai_tepat"]
    );
    assert_eq!(&rows[3][..9], ["kelas", "5", "3", "false", "101", "Guru A", "stdin:2", "4.13", "4.13"]);
}

/// From score sheets and from the rekap `batch` writes of them, the same ranking; kelas and
/// BK teachers ranked apart.
#[test]
fn sheets_and_their_rekap_rank_alike() {
    let from_sheets = json(&["rank", "fixtures/contoh", "--format", "json"], b"");
    let dir = tempfile::tempdir().unwrap();
    let rekap = dir.path().join("rekap.csv");
    let (code, _, err) = run(&["batch", "fixtures/contoh", "-q", "-o", rekap.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let from_rekap = json(&["rank", rekap.to_str().unwrap(), "--format", "json"], b"");
    // The XLSX rekap (title rows above readable headings, values as numbers) too, in English.
    let xlsx = dir.path().join("rekap.xlsx");
    let (code, _, err) =
        run(&["--lang", "en", "batch", "fixtures/contoh", "-q", "-o", xlsx.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let from_xlsx = json(&["rank", xlsx.to_str().unwrap(), "--format", "json"], b"");
    let names = |v: &Value| -> Vec<(String, String, String)> {
        v["kelompok"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| {
                g["guru"].as_array().unwrap().iter().map(move |t| {
                    (g["jenis"].to_string(), t["nama"].to_string(), t["nilai_tepat"].to_string())
                })
            })
            .collect()
    };
    assert_eq!(names(&from_sheets), names(&from_rekap));
    assert_eq!(names(&from_sheets), names(&from_xlsx));
    let kinds: Vec<&str> =
        from_sheets["kelompok"].as_array().unwrap().iter().map(|g| g["jenis"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["kelas", "bk"]);
}

/// The default profile printed, changed and read back: weights and the core share apply.
#[test]
fn a_profile_file_changes_the_ranking() {
    let (code, profile, _) = run(&["rank", "--profil-bawaan"]);
    assert_eq!(code, 0);
    assert!(profile.starts_with("kompetensi,ranah,target,faktor\n1,pedagogik,4,core\n"), "{profile}");
    let (_, profile, _) = run(&["rank", "--profil-bawaan", "--skala", "5"]);
    assert!(profile.starts_with("kompetensi,ranah,target,faktor\n1,pedagogik,5,core\n"), "{profile}");
    let dir = tempfile::tempdir().unwrap();
    // All the weight on pedagogik, core share 100 %: A's value becomes its pedagogik NCF, 4.
    let changed = profile
        .replace("bobot,pedagogik,30,", "bobot,pedagogik,100,")
        .replace("bobot,kepribadian,20,", "bobot,kepribadian,0,")
        .replace("bobot,sosial,25,", "bobot,sosial,0,")
        .replace("bobot,profesional,25,", "bobot,profesional,0,")
        .replace("core,,60,", "core,,100,");
    let file = dir.path().join("profil.csv");
    std::fs::write(&file, &changed).unwrap();
    let v = json(
        &["rank", "-", "--skala", "5", "--format", "json", "--profil", file.to_str().unwrap()],
        five().as_bytes(),
    );
    let a =
        v["kelompok"][0]["guru"].as_array().unwrap().iter().find(|t| t["nama"] == "Guru A").unwrap().clone();
    assert_eq!(a["nilai_tepat"], "4");
    // Weights that do not add up to 100 are refused, naming the file.
    std::fs::write(&file, profile.replace("bobot,pedagogik,30,", "bobot,pedagogik,35,")).unwrap();
    let (code, _, err) =
        run_stdin(&["rank", "-", "--skala", "5", "--profil", file.to_str().unwrap()], five().as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("profil.csv") && err.contains("100"), "{err}");
    // A row that is not a profile row is located.
    std::fs::write(&file, profile.replace("3,pedagogik,5,core", "3,pedagogik,5,utama-sekali")).unwrap();
    let (code, _, err) =
        run_stdin(&["rank", "-", "--skala", "5", "--profil", file.to_str().unwrap()], five().as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("profil.csv:4") && err.contains("utama-sekali"), "{err}");
}

/// A value outside the scale is a located error; the other teachers are still ranked.
#[test]
fn values_outside_the_scale_are_located() {
    let bad = five().replace("102,Guru B,3,3", "102,Guru B,6,3");
    let (code, out, err) = run_stdin(&["rank", "-", "--skala", "5"], bad.as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("stdin:3") && err.contains("k1") && err.contains("'6'"), "{err}");
    assert!(out.contains("Guru A") && !out.contains("Guru B"), "{out}");
    // On the default scale (1–4) the 5s are out of range too.
    let (code, _, err) = run_stdin(&["rank", "-"], five().as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("1–4"), "{err}");
}

/// `-o peringkat.xlsx` writes a workbook with every intermediate as numbers; a `--format`
/// that contradicts the extension is a usage error.
#[test]
fn xlsx_for_a_committee() {
    use calamine::{Data, Reader};
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("peringkat.xlsx");
    let (code, _, err) =
        run_stdin(&["rank", "-", "--skala", "5", "-o", out.to_str().unwrap()], five().as_bytes());
    assert_eq!(code, 0, "{err}");
    let mut book = calamine::open_workbook_auto(&out).unwrap();
    assert_eq!(book.sheet_names(), ["Peringkat kelas 1-5", "Rincian kelas 1-5"]);
    let range = book.worksheet_range("Peringkat kelas 1-5").unwrap();
    let cell = |r: u32, c: u32| range.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(cell(2, 0), Data::String("Prk.".into()));
    // Row 6 (0-based 5) is Guru A, third: NIP as text, pedagogik NCF 4, value 4.13.
    assert_eq!(cell(5, 0), Data::Float(3.0));
    assert_eq!(cell(5, 2), Data::String("101".into()));
    assert!(matches!(cell(5, 4), Data::Float(x) if (x - 62.0 / 15.0).abs() < 1e-12), "pedagogik");
    assert_eq!(cell(5, 8), Data::Float(4.13));
    // Ties marked.
    assert_eq!(cell(6, 1), Data::String("=".into()));
    // The details: pedagogik NCF 4, then K1 = 4, gap −1, weight 4.
    let range = book.worksheet_range("Rincian kelas 1-5").unwrap();
    let cell = |r: u32, c: u32| range.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(cell(5, 4), Data::Float(4.0));
    assert_eq!(
        (cell(5, 12), cell(5, 13), cell(5, 14)),
        (Data::Float(4.0), Data::Float(-1.0), Data::Float(4.0))
    );
    let (code, _, err) = run_stdin(
        &["rank", "-", "--skala", "5", "--format", "csv", "-o", out.to_str().unwrap()],
        five().as_bytes(),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(".xlsx") && err.contains("csv"), "{err}");
}

/// The BK default profile: its own 17 competencies in their four domains, first half core.
#[test]
fn bk_default_profile() {
    let (code, profile, err) = run(&["rank", "--profil-bawaan", "--jenis", "bk"]);
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&profile, b',');
    let competencies: Vec<&Vec<String>> = rows.iter().filter(|r| r[0].parse::<u8>().is_ok()).collect();
    assert_eq!(competencies.len(), 17);
    let core: Vec<&str> = competencies.iter().filter(|r| r[3] == "core").map(|r| r[0].as_str()).collect();
    assert_eq!(core, ["1", "2", "4", "5", "8", "9", "11", "12", "13", "14"]);
    assert_eq!(competencies[16][1], "profesional");
}
