//! `pkguru report`: the printable forms as HTML and PDF, checked by their text, by a real
//! browser printing the HTML, and by what is left behind when something fails.

mod common;

use std::path::Path;
use std::process::Command as Process;

use common::*;

/// The text of an HTML document, one line per block element, tags removed: what a reader
/// sees, in order, which snapshots compare.
fn html_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    let mut in_svg = false;
    let mut tag = String::new();
    for c in body.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                let name = tag.trim_start_matches('/').split([' ', '>']).next().unwrap_or("").to_string();
                if ["tr", "p", "h1", "h2", "caption", "li", "section", "header", "div", "table"]
                    .contains(&name.as_str())
                    && tag.starts_with('/')
                {
                    out.push('\n');
                } else if ["td", "th"].contains(&name.as_str()) && tag.starts_with('/') {
                    out.push_str(" | ");
                }
                if name == "svg" {
                    in_svg = !tag.starts_with('/');
                    if in_svg {
                        out.push_str("[grafik]\n");
                    }
                }
            }
            (true, _) => tag.push(c),
            (false, _) if in_svg => {}
            (false, _) => out.push(c),
        }
    }
    let text = out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty() && l != "|")
        .collect::<Vec<_>>()
        .join("\n")
}

fn report(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    run(&all)
}

#[test]
fn one_teacher_forms_in_html() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("guru.html");
    let (code, _, err) = report(&["fixtures/contoh/guru-kelas.csv", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("<script") && !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );
    assert_eq!(html.matches("<section class=\"page lampiran-1b\">").count(), 1);
    assert!(!html.contains("class=\"page summary\""), "no summary for one teacher");
    insta::assert_snapshot!("report_one_teacher_html", html_text(&html));
}

#[test]
fn school_summary_in_html() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sekolah.html");
    let (code, _, err) = report(&["fixtures/contoh", "-o", out.to_str().unwrap(), "--lampiran", "1c"]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert_eq!(html.matches("lampiran-1c").count(), 3);
    assert!(!html.contains("lampiran-1b") && !html.contains("lampiran-1d"));
    let text = html_text(&html);
    let summary: String = text.split("Lampiran 1C").next().unwrap().to_string();
    insta::assert_snapshot!("report_summary_html", summary);
    // Sorted by name on request.
    let (_, _, _) =
        report(&["fixtures/contoh", "-o", out.to_str().unwrap(), "--urut", "nama", "--lampiran", "1c"]);
    let text = html_text(&std::fs::read_to_string(&out).unwrap());
    let list: Vec<&str> =
        text.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains(" | 19")).collect();
    assert!(list[0].contains("Bambang") && list[1].contains("Dewi") && list[2].contains("Siti"), "{list:?}");
    // And without the summary.
    report(&["fixtures/contoh", "-o", out.to_str().unwrap(), "--tanpa-ringkasan"]);
    assert!(!std::fs::read_to_string(&out).unwrap().contains("class=\"page summary\""));
}

#[test]
fn english_labels() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("guru.html");
    let (code, _, err) =
        report(&["fixtures/contoh/guru-kelas.csv", "-o", out.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let text = html_text(&std::fs::read_to_string(&out).unwrap());
    assert!(text.contains("Appendix 1D"), "{text}");
    assert!(text.contains("Nilai PKG, 100 scale | 69.64"), "{text}");
    assert!(text.contains("Date of birth (from the NIP) | 15 March 1985"), "{text}");
}

#[test]
fn bad_sheets_are_reported_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["contoh/guru-kelas.csv", "rusak/guru-rusak.csv"] {
        std::fs::copy(fixture(f), dir.path().join(Path::new(f).file_name().unwrap())).unwrap();
    }
    let out = dir.path().join("laporan.html");
    let (code, _, err) = report(&[dir.path().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("guru-rusak.csv:16: 1.3: skor harus 0, 1 atau 2, bukan \"3\""), "{err}");
    assert!(err.contains("Laporan: 1 guru dicetak, 0 belum dinilai; 1 gagal."), "{err}");
    assert!(std::fs::read_to_string(&out).unwrap().contains("Siti Aminah"));
}

#[test]
fn unwritable_output_is_a_clear_error_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tidak-ada").join("laporan.html");
    let (code, _, err) = report(&["fixtures/contoh", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("laporan.html"), "{err}");
    assert!(!out.exists());
    let (code, _, err) = report(&["fixtures/contoh", "-o", dir.path().join("x.txt").to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(".html atau .pdf"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing left behind");
}

/// The text of each page of a PDF (poppler's pdftotext).
fn pdf_pages(poppler: &Path, pdf: &Path) -> Vec<String> {
    let text = pdf_text(poppler, pdf);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// How many pages begin with each form's heading.
fn starts(pages: &[String], heading: &str) -> usize {
    pages.iter().filter(|p| p.trim_start().starts_with(heading)).count()
}

/// The HTML report printed by a real browser: each teacher's 1B, 1C and 1D start a page,
/// the summary comes first, and the numbers are on the paper.
#[test]
fn html_printed_by_chromium() {
    let Some(chromium) = chromium() else { return };
    let Some(poppler) = pdftotext() else { return };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("sekolah.html");
    let (code, _, err) = report(&["fixtures/contoh", "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let pdf = dir.path().join("sekolah.pdf");
    let out = Process::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    let pages = pdf_pages(&poppler, &pdf);
    assert!(pages[0].trim_start().starts_with("RINGKASAN HASIL PENILAIAN KINERJA GURU"), "{}", pages[0]);
    assert_eq!(starts(&pages, "LAMPIRAN 1B"), 3);
    assert_eq!(starts(&pages, "LAMPIRAN 1C"), 3);
    assert_eq!(starts(&pages, "LAMPIRAN 1D"), 3);
    let all = pages.join("\n");
    for needle in
        ["69,64", "Cukup", "80,88", "15,188", "Guru yang dinilai", "Kepala Sekolah", "Penata, III/c"]
    {
        assert!(all.contains(needle), "{needle} on paper");
    }
}

/// The PDF, typeset by pkguru itself: every teacher's forms start a page, the summary comes
/// first, the numbers and signature labels are in the text, and the same inputs give the
/// same bytes.
#[test]
fn pdf_report() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("sekolah.pdf");
    let (code, _, err) = report(&["fixtures/contoh", "-o", pdf.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/Title(Laporan Penilaian Kinerja Guru"), "titled");
    assert!(raw[..64].contains("pkguru-keluaran"), "marked as pkguru's at its start");
    let again = dir.path().join("lagi.pdf");
    report(&["fixtures/contoh", "-o", again.to_str().unwrap()]);
    assert_eq!(std::fs::read(&again).unwrap(), bytes, "deterministic");
    let Some(poppler) = pdftotext() else { return };
    let pages = pdf_pages(&poppler, &pdf);
    assert!(pages[0].trim_start().starts_with("RINGKASAN HASIL PENILAIAN KINERJA GURU"), "{}", pages[0]);
    assert_eq!(starts(&pages, "LAMPIRAN 1B"), 3);
    assert_eq!(starts(&pages, "LAMPIRAN 1C"), 3);
    assert_eq!(starts(&pages, "LAMPIRAN 1D"), 3);
    let all = pages.join("\n");
    for needle in [
        "69,64",
        "Cukup",
        "80,88",
        "15,188",
        "Guru yang dinilai",
        "Kepala Sekolah",
        "Penata, III/c",
        "Guru Muda",
    ] {
        assert!(all.contains(needle), "{needle} in the PDF");
    }
}

/// One teacher's 1C and 1D as text, for review.
#[test]
fn pdf_text_of_one_teacher() {
    let Some(poppler) = pdftotext() else { return };
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("guru.pdf");
    let (code, _, err) =
        report(&["fixtures/contoh/guru-kelas.csv", "-o", pdf.to_str().unwrap(), "--lampiran", "1c,1d"]);
    assert_eq!(code, 0, "{err}");
    let text: Vec<String> = pdf_pages(&poppler, &pdf)
        .iter()
        .map(|p| p.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n"))
        .collect();
    insta::assert_snapshot!("report_one_teacher_pdf", text.join("\n\n---- halaman ----\n\n"));
}

/// `--split`: one PDF per teacher named by NIP and name, and the summary.
#[test]
fn split_into_one_pdf_per_teacher() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pdf");
    let (code, _, err) = report(&["fixtures/contoh", "--split", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "197601012000031004-Bambang_Prasetyo_M_Pd.pdf",
            "198503152010012003-Siti_Aminah_S_Pd.pdf",
            "198801102014022001-Dewi_Lestari_S_Pd.pdf",
            "ringkasan.pdf"
        ]
    );
    // A directory that cannot be made is a clear error.
    let blocked = dir.path().join("berkas");
    std::fs::write(&blocked, "x").unwrap();
    let (code, _, err) = report(&["fixtures/contoh", "--split", blocked.join("pdf").to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("tidak dapat dibuat"), "{err}");
    let Some(poppler) = pdftotext() else { return };
    let siti = pdf_pages(&poppler, &out.join("198503152010012003-Siti_Aminah_S_Pd.pdf")).join("\n");
    assert!(siti.contains("Siti Aminah") && !siti.contains("Bambang"), "one teacher per file");
}

/// The penilai's notes per indicator (a `catatan` column) are printed under their competency
/// on Lampiran 1B, and the column is not reported as unknown.
#[test]
fn notes_of_the_penilai_on_1b() {
    let mut rows = csv_rows(&fixture_text("contoh/guru-kelas.csv"), b',');
    rows[0].push("catatan".into());
    for r in rows.iter_mut().skip(1) {
        let note = match r[0].as_str() {
            "4.2" => "RPP belum memuat asesmen diagnostik",
            "7.1" => "kisi-kisi soal ada",
            _ => "",
        };
        r.push(note.into());
    }
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("guru.csv");
    std::fs::write(&sheet, csv_text(&rows, b',', false)).unwrap();
    let poppler = pdftotext();
    let exts: &[&str] = if poppler.is_some() { &["html", "pdf"] } else { &["html"] };
    for ext in exts.iter().copied() {
        let out = dir.path().join(format!("guru.{ext}"));
        let (code, _, err) =
            report(&[sheet.to_str().unwrap(), "-o", out.to_str().unwrap(), "--lampiran", "1b"]);
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("tidak dikenal"), "{err}");
        let text = if ext == "html" {
            html_text(&std::fs::read_to_string(&out).unwrap())
        } else {
            pdf_pages(poppler.as_deref().unwrap(), &out)
                .join("\n")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(text.contains("Catatan penilai: 4.2: RPP belum memuat asesmen diagnostik"), "{ext}: {text}");
        assert!(text.contains("Catatan penilai: 7.1: kisi-kisi soal ada"), "{ext}");
    }
    // JSON: `indikator[].catatan`.
    let json = dir.path().join("guru.json");
    let items: Vec<String> = rows
        .iter()
        .filter(|r| r[0].starts_with(|c: char| c.is_ascii_digit()))
        .map(|r| format!(r#"{{"id":"{}","skor":{},"catatan":"{}"}}"#, r[0], r[3], r[4]))
        .collect();
    std::fs::write(&json, format!(r#"{{"nama":"Guru","indicators":[{}]}}"#, items.join(","))).unwrap();
    let out = dir.path().join("json.html");
    let (code, _, err) = report(&[json.to_str().unwrap(), "-o", out.to_str().unwrap(), "--lampiran", "1b"]);
    assert_eq!(code, 0, "{err}");
    let text = html_text(&std::fs::read_to_string(&out).unwrap());
    assert!(text.contains("Catatan penilai: 4.2: RPP belum memuat asesmen diagnostik"), "{text}");
}

/// The school summary ranks each instrument's teachers by profile matching, with the same
/// values `pkguru rank` gives.
#[test]
fn summary_ranks_like_rank() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    let (code, _, err) = report(&["fixtures/contoh", "-o", out.to_str().unwrap(), "--lampiran", "1c"]);
    assert_eq!(code, 0, "{err}");
    let text = html_text(&std::fs::read_to_string(&out).unwrap());
    assert!(text.contains("Peringkat profile matching"), "{text}");
    let (_, ranked, _) = run(&["rank", "fixtures/contoh", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&ranked).unwrap();
    let section = &text[text.find("Peringkat profile matching").unwrap()..];
    let mut last = 0;
    for t in v["kelompok"][0]["guru"].as_array().unwrap() {
        let nama = t["nama"].as_str().unwrap();
        let value = t["nilai_tampil"].as_str().unwrap();
        let at = section.find(nama).unwrap_or_else(|| panic!("{nama} in {section}"));
        assert!(at > last, "in ranking order");
        last = at;
        let row: String = section[at..].chars().take(60).collect();
        assert!(row.contains(value), "{nama} {value}: {row}");
    }
}

/// `--jobs` sets how many parts are typeset at once; the PDF is the same byte for byte, and
/// `--jobs 0` is a usage error.
#[test]
fn jobs_do_not_change_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let pdfs: Vec<Vec<u8>> = ["1", "3"]
        .iter()
        .map(|j| {
            let out = dir.path().join(format!("r{j}.pdf"));
            let (code, _, err) = report(&["fixtures/contoh", "-o", out.to_str().unwrap(), "--jobs", j]);
            assert_eq!(code, 0, "{err}");
            std::fs::read(&out).unwrap()
        })
        .collect();
    assert!(pdfs[0].starts_with(b"%PDF-"));
    assert_eq!(pdfs[0], pdfs[1]);
    let (code, _, err) =
        report(&["fixtures/contoh", "-o", dir.path().join("x.pdf").to_str().unwrap(), "--jobs", "0"]);
    assert_eq!(code, 2, "{err}");
}

/// Each score of Lampiran 1B and each value of 1C is printed over a table laid out once for
/// every teacher, at a measured place: on the page, each must sit on its own row.
#[test]
fn scores_sit_on_their_rows() {
    let Some(poppler) = pdftotext() else { return };
    for fixture in ["contoh/guru-kelas.csv", "contoh/guru-bk.csv"] {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("guru.pdf");
        let path = format!("fixtures/{fixture}");
        let (code, _, err) = report(&[&path, "-o", pdf.to_str().unwrap(), "--lampiran", "1b,1c"]);
        assert_eq!(code, 0, "{err}");
        let pages = pdf_pages(&poppler, &pdf);
        let (lampiran_1c, lampiran_1b) = pages.split_last().unwrap();
        let lines_1b: Vec<&str> = lampiran_1b.iter().flat_map(|p| p.lines()).map(str::trim).collect();
        let first_word = |lines: &[&str], word: &str| -> String {
            let line = lines.iter().find(|l| l.split_whitespace().next() == Some(word));
            line.unwrap_or_else(|| panic!("{fixture}: no row {word}")).to_string()
        };
        let last_word = |line: &str| line.split_whitespace().last().unwrap_or("").to_string();
        // 1B: every indicator's row ends with its score.
        let rows = csv_rows(&fixture_text(fixture), b',');
        let scored: Vec<_> =
            rows.iter().skip(1).filter(|r| r[1] != "Identitas" && r[0].contains('.')).collect();
        assert!(scored.len() >= 70, "{fixture}: {} indicators", scored.len());
        for r in &scored {
            let line = first_word(&lines_1b, &r[0]);
            assert_eq!(last_word(&line), r[3], "{fixture}: {line}");
        }
        // 1B's result lines, and 1C's rows: each competency's value where 1B gives it.
        let values: Vec<String> =
            lines_1b.iter().filter(|l| l.starts_with("Nilai kompetensi")).map(|l| last_word(l)).collect();
        let lines_1c: Vec<&str> = lampiran_1c.lines().map(str::trim).collect();
        assert!(values.len() >= 14, "{fixture}: {values:?}");
        for (k, value) in values.iter().enumerate() {
            let line = first_word(&lines_1c, &(k + 1).to_string());
            assert_eq!(&last_word(&line), value, "{fixture}: 1C: {line}");
        }
        for label in ["Jumlah skor", "Skor maksimum", "Persentase"] {
            let n = lines_1b
                .iter()
                .filter(|l| {
                    l.starts_with(label) && last_word(l).starts_with(char::is_numeric)
                        || l.starts_with(label) && last_word(l) == "%"
                })
                .count();
            assert_eq!(n, values.len(), "{fixture}: {label}");
        }
        for label in ["Nilai PKG (jumlah)", "Nilai PKG skala 100"] {
            let line = lines_1c.iter().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("{label}"));
            assert!(last_word(line).starts_with(char::is_numeric), "{fixture}: {line}");
        }
    }
}

/// Identity values that are not what they claim (a 17-digit NIP, a date that does not exist,
/// a school year given as the period) are warned about by `score` and `check`, and a signed
/// form leaves them blank to be written by hand instead of printing them.
#[test]
fn malformed_identity_is_warned_and_not_signed() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("guru.csv");
    let text = fixture_text("contoh/guru-kelas.csv").replace("198503152010012003", "19850315201001200")
        + "periode,Identitas,,2026/2027\ntempat,Identitas,,Cianjur\ntanggal,Identitas,,31 Februari 2026\n\
           penilai,Identitas,,Drs. Budi\nnip_penilai,Identitas,,196801011990031005\n";
    std::fs::write(&sheet, text).unwrap();
    let path = sheet.to_str().unwrap();
    let (code, _, err) = run(&["score", path]);
    assert_eq!(code, 0, "still scored: {err}");
    for want in [
        "NIP \"19850315201001200\" berisi 17 digit, seharusnya 18",
        "tanggal \"31 Februari 2026\" bukan tanggal yang ada",
        "periode \"2026/2027\" bukan periode penilaian",
    ] {
        assert!(err.contains(want), "{want}: {err}");
    }
    let (_, out, _) = run(&["check", path]);
    assert!(out.contains("berisi 17 digit") && out.contains("31 Februari 2026"), "{out}");
    let html = dir.path().join("guru.html");
    let (code, _, err) = report(&[path, "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = html_text(&std::fs::read_to_string(&html).unwrap());
    assert!(text.contains("Cianjur, ……………………"), "no date that does not exist: {text}");
    assert!(!text.contains("Cianjur, 31"), "{text}");
    // Lampiran 1D comes last; its identity table (before the place) names the NIP as typed.
    let signed = text.rsplit("Cianjur, ").next().unwrap();
    assert!(!signed.contains("19850315201001200"), "not on a signature line: {signed}");
    assert!(signed.contains("196801011990031005"), "a good NIP is signed: {signed}");
}

/// Lampiran 1D of an honorer (no NIP, a NUPTK, golongan "Non PNS") with two tugas lain, and of
/// a guru BK: every row in words, the honorer signs with the NUPTK, a note said once.
#[test]
fn lampiran_1d_of_an_honorer_and_a_bk_teacher() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("honorer.csv");
    let text = fixture_text("contoh/guru-kelas.csv")
        .replace("198503152010012003", "-")
        .replace(",III/c\n", ",Non PNS\n")
        .replace(
            "pembimbing-publikasi, sementara\",\n",
            "pembimbing-publikasi, sementara\",\"wali kelas, pembina ekstrakurikuler\"\n",
        )
        + "nuptk,Identitas,,1234567890123456\n";
    std::fs::write(&sheet, text).unwrap();
    let html = dir.path().join("guru.html");
    let (code, _, err) = report(&[sheet.to_str().unwrap(), "-o", html.to_str().unwrap(), "--lampiran", "1d"]);
    assert_eq!(code, 0, "{err}");
    let text = html_text(&std::fs::read_to_string(&html).unwrap());
    assert!(text.contains("Pangkat, golongan ruang | Non PNS |"), "{text}");
    assert!(text.contains("Tugas tambahan | Wali kelas, Pembina ekstrakurikuler |"), "{text}");
    assert!(text.contains("NUPTK 1234567890123456"), "signs with the NUPTK: {text}");
    assert!(!text.contains("wali-kelas") && !text.contains("pembina-ekstrakurikuler"), "no slugs: {text}");
    let note = text.lines().find(|l| l.starts_with("Catatan")).expect("a note");
    let why = note.split(": ").nth(1).unwrap().split(';').next().unwrap();
    assert_eq!(text.matches(why).count(), 1, "said once: {why}\n{text}");

    let (code, _, err) =
        report(&["fixtures/contoh/guru-bk.csv", "-o", html.to_str().unwrap(), "--lampiran", "1d"]);
    assert_eq!(code, 0, "{err}");
    let text = html_text(&std::fs::read_to_string(&html).unwrap());
    assert!(text.contains("Mata pelajaran | Bimbingan dan Konseling |"), "{text}");
}

/// The summary names the sheets that could not be read, not only their number.
#[test]
fn summary_names_the_sheets_that_failed() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["contoh/guru-kelas.csv", "contoh/guru-bk.csv", "rusak/guru-rusak.csv"] {
        std::fs::copy(fixture(f), dir.path().join(Path::new(f).file_name().unwrap())).unwrap();
    }
    let out = dir.path().join("laporan.html");
    let (code, _, err) =
        report(&[dir.path().to_str().unwrap(), "-o", out.to_str().unwrap(), "--lampiran", "1c"]);
    assert_eq!(code, 1, "{err}");
    let text = html_text(&std::fs::read_to_string(&out).unwrap());
    let line = text.lines().find(|l| l.starts_with("Lembar gagal dibaca:")).expect("a note naming them");
    assert!(line.contains("guru-rusak.csv:16"), "{line}");
}
