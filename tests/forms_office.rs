//! The printed forms as a Dinas reviewer reads them, for a school folder with every case that
//! changes a form: a long school name and long names, a kepala sekolah assessed by his
//! pengawas, a wakil kepala with his bidang, a BK teacher, an honorer without NIP, a PNS
//! teacher at a private school (acknowledged by a state-school kepala), and bad identity values;
//! on A4 and on F4 with a kop surat; and the three documents of the 2023 regime for a teacher
//! with a PAK baseline and a half-year period. Each PDF is rendered to PNG through pdftoppm
//! (PNGs kept in `target/forms-office/` for a person to look at) and read back through
//! pdftotext: Indonesian dates, who signs, no slugs, sums that add up.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use common::*;

const SEKOLAH: &str = "Sekolah Menengah Pertama Negeri 1 Cibeber Kabupaten Cianjur Provinsi Jawa Barat";
const KEPALA: (&str, &str) = ("Drs. H. Bambang Sutrisno Wiryawan, M.Pd.", "196805121994031005");
const PENGAWAS: (&str, &str) = ("Dr. Hendra Gunawan Prawiranegara, M.Pd.", "197002101995121001");

/// Whether poppler's tools are here (pdftotext, pdfinfo and pdftoppm come in one package);
/// without them the test says so in one line and passes, unless PKGURU_REQUIRE_POPPLER is set.
fn poppler() -> bool {
    pdftotext().is_some()
}

/// A one-teacher sheet from a fixture with identity rows replaced or added.
fn sheet(fixture: &str, fields: &[(&str, &str)]) -> String {
    let mut rows = csv_rows(&fixture_text(fixture), b',');
    let common = [
        ("sekolah", SEKOLAH),
        ("periode", "2026"),
        ("tempat", "Cianjur"),
        ("tanggal", "2026-12-03"),
        ("penilai", KEPALA.0),
        ("nip_penilai", KEPALA.1),
        ("kepala_sekolah", KEPALA.0),
        ("nip_kepala_sekolah", KEPALA.1),
    ];
    let all: Vec<(&str, &str)> =
        common.iter().filter(|(k, _)| !fields.iter().any(|(f, _)| f == k)).chain(fields).copied().collect();
    for (key, value) in &all {
        match rows.iter_mut().find(|r| r[0] == *key) {
            Some(row) => row[3] = value.to_string(),
            None => {
                rows.insert(1, vec![key.to_string(), "Identitas".into(), String::new(), value.to_string()])
            }
        }
    }
    csv_text(&rows, b',', false)
}

fn school(dir: &Path) {
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).unwrap();
    write(
        "kepala.csv",
        sheet(
            "contoh/guru-kelas.csv",
            &[
                ("nama", KEPALA.0),
                ("nip", KEPALA.1),
                ("golongan", "IV/b"),
                ("jam", "6"),
                ("tugas_tambahan", "kepala sekolah"),
                ("nilai_tambahan", "88"),
                ("pengawas", PENGAWAS.0),
                ("nip_pengawas", PENGAWAS.1),
            ],
        ),
    );
    write(
        "wakil.csv",
        sheet(
            "contoh/guru-kelas.csv",
            &[
                ("nama", "Budi Santoso, S.Pd."),
                ("nip", "198001012005011002"),
                ("golongan", "III/d"),
                ("jam", "12"),
                ("tugas_tambahan", "wakil kepala bidang kurikulum"),
                ("nilai_tambahan", "85"),
                ("tugas_lain", "wali-kelas, pembina-ekstrakurikuler"),
            ],
        ),
    );
    write(
        "bk.csv",
        sheet(
            "contoh/guru-bk.csv",
            &[
                ("nama", "Dewi Kartikasari Puspitaningrum, S.Pd., M.Pd., Kons."),
                ("nip", "198801102014022001"),
            ],
        ),
    );
    write(
        "honorer.csv",
        sheet(
            "contoh/guru-kelas.csv",
            &[
                ("nama", "Rahmat Hidayat, S.Pd."),
                ("nip", ""),
                ("nuptk", "1234567890123456"),
                ("golongan", "Non PNS"),
            ],
        ),
    );
    write(
        "swasta.csv",
        sheet(
            "contoh/guru-kelas.csv",
            &[
                ("nama", "Yuli Astuti, S.Pd."),
                ("nip", "199002022015032001"),
                ("golongan", "III/a"),
                ("sekolah", "SMP PGRI 3 Cibeber"),
                ("penilai", "H. Asep Saepudin, S.Ag."),
                ("nip_penilai", ""),
                ("kepala_sekolah", "H. Asep Saepudin, S.Ag."),
                ("nip_kepala_sekolah", ""),
                ("mengetahui", "Dra. Neneng Sumarni"),
                ("nip_mengetahui", "196903041993032004"),
                ("jabatan_mengetahui", "Kepala SMP Negeri 2 Cibeber"),
            ],
        ),
    );
    write(
        "salah.csv",
        sheet(
            "contoh/guru-kelas.csv",
            &[
                ("nama", "Agus Salim"),
                ("nip", "19850315201001200"),
                ("tanggal", "31 Februari 2026"),
                ("periode", "2026/2027"),
            ],
        ),
    );
}

/// A 64 × 64 PNG: the kop's logo.
fn logo() -> Vec<u8> {
    // An 8-bit grey image, stored without compression in one zlib block.
    let (w, h) = (64u32, 64u32);
    let mut raw = Vec::new();
    for y in 0..h {
        raw.push(0);
        raw.extend(
            (0..w).map(|x| if (x as i32 - 32).pow(2) + (y as i32 - 32).pow(2) < 600 { 60 } else { 255 }),
        );
    }
    let mut z = vec![0x78, 0x01, 1];
    z.extend((raw.len() as u16).to_le_bytes());
    z.extend((!(raw.len() as u16)).to_le_bytes());
    z.extend(&raw);
    let (mut a, mut b) = (1u32, 0u32);
    for &x in &raw {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    z.extend(((b << 16) | a).to_be_bytes());
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend(kind);
        c.extend(data);
        c.extend(crc32(&c[4..]).to_be_bytes());
        c
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", &z));
    png.extend(chunk(b"IEND", &[]));
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Each page's text (pdftotext -layout).
fn pages(pdf: &Path) -> Vec<String> {
    let out = Process::new("pdftotext").arg("-layout").arg(pdf).arg("-").output().expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout).split('\u{c}').map(str::to_string).collect()
}

/// The page that is this teacher's Lampiran 1D: its head names the teacher right under the
/// title.
fn lampiran_1d<'a>(pages: &'a [String], nama: &str) -> &'a str {
    pages
        .iter()
        .find(|p| {
            let mut lines =
                p.lines().map(str::trim).skip_while(|l| *l != "LAPORAN HASIL PENILAIAN KINERJA GURU");
            lines.next().is_some() && lines.next().is_some_and(|who| who.starts_with(nama))
        })
        .unwrap_or_else(|| panic!("no Lampiran 1D of {nama}"))
}

/// Renders the PDF to PNG pages in `target/forms-office/<name>/` (kept for a person to look
/// at) and checks every page became a picture.
fn png(pdf: &Path, name: &str, pages: usize) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("forms-office").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out =
        Process::new("pdftoppm").args(["-r", "40", "-png"]).arg(pdf).arg(dir.join("p")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pngs: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert_eq!(pngs.len(), pages, "{}", dir.display());
    for p in pngs {
        let bytes = std::fs::read(p.path()).unwrap();
        assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 1000, "{}", p.path().display());
    }
}

/// Every printed sum of plain terms (`5,250 + 0,263 + 0,263 = 5,776`) adds up to its total.
fn sums_add_up(text: &str) {
    let num = |s: &str| s.trim().replace(',', ".").parse::<f64>().ok();
    for line in text.lines().filter(|l| l.contains(" + ") && l.contains(" = ") && !l.contains('×')) {
        let Some((lhs, rhs)) = line.rsplit_once(" = ") else { continue };
        let lhs = lhs.rsplit_once(": ").map_or(lhs, |(_, x)| x);
        let terms: Option<Vec<f64>> = lhs.split(" + ").map(|t| num(t.split_whitespace().last()?)).collect();
        let total = rhs.split_whitespace().next().and_then(num);
        if let (Some(terms), Some(total)) = (terms, total) {
            let sum: f64 = terms.iter().sum();
            assert!((sum - total).abs() < 0.0005, "{line}: the terms add up to {sum}");
        }
    }
}

#[test]
fn a_school_folder_on_a4_and_on_f4_with_a_kop() {
    if !poppler() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sekolah");
    std::fs::create_dir(&dir).unwrap();
    school(&dir);
    let folder = dir.to_str().unwrap();

    // Every command sees the bad values and says so; none refuses the teacher.
    let (code, out, _) = run(&["check", folder]);
    assert_eq!(code, 1, "{out}");
    for want in ["berisi 17 digit", "2026/2027", "31 Februari 2026"] {
        assert!(out.contains(want), "{want}: {out}");
    }
    // The kepala has his pengawas, the others their penilai: nobody signs twice.
    assert!(!out.contains("dua kali") && !out.contains("pengawas"), "{out}");

    let a4 = tmp.path().join("a4.pdf");
    let (code, _, err) = run(&["report", folder, "-o", a4.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = pages(&a4);
    let all = text.join("\n");
    png(&a4, "a4", text.len() - 1);

    // Dates in words; no slugs; sums that add up.
    assert!(all.contains("Cianjur, 3 Desember 2026") && !all.contains("2026-12-03"));
    for slug in ["wali-kelas", "pembina-ekstrakurikuler", "kepala-sekolah", "wakil-kepala"] {
        assert!(!all.contains(slug), "{slug}");
    }
    sums_add_up(&all);

    // The kepala sekolah is assessed by the pengawas, and signs once.
    let kepala = lampiran_1d(&text, "Drs. H. Bambang");
    assert!(kepala.contains("Kepala Sekolah yang dinilai") && kepala.contains("Pengawas Sekolah (Penilai)"));
    assert!(kepala.contains(PENGAWAS.0) && kepala.contains(&format!("NIP {}", PENGAWAS.1)));
    assert!(!kepala.contains("Guru yang dinilai") && !kepala.contains("Kepala Sekolah selaku Penilai"));
    // A teacher the kepala assesses: one block for him.
    let wakil = lampiran_1d(&text, "Budi Santoso");
    assert!(wakil.contains("Kepala Sekolah selaku Penilai") && wakil.contains("bidang kurikulum"));
    assert!(wakil.contains("bidang kurikulum, Wali kelas, Pembina"), "{wakil}");
    // The private school's PNS teacher: acknowledged by the state school's kepala.
    let swasta = lampiran_1d(&text, "Yuli Astuti");
    for want in
        ["Mengetahui,", "Kepala SMP Negeri 2 Cibeber", "Dra. Neneng Sumarni", "NIP 196903041993032004"]
    {
        assert!(swasta.contains(want), "{want}: {swasta}");
    }
    // The honorer signs with the NUPTK and is Non PNS.
    let honorer = lampiran_1d(&text, "Rahmat Hidayat");
    assert!(honorer.contains("NUPTK 1234567890123456") && honorer.contains("Non PNS"), "{honorer}");
    // BK: its subject and pembimbingan.
    let bk = lampiran_1d(&text, "Dewi Kartikasari");
    assert!(bk.contains("Bimbingan dan Konseling"), "{bk}");
    // Bad values stay in the table, never on a signature line.
    let salah = lampiran_1d(&text, "Agus Salim");
    // Between the place and the page's footer (which names the teacher as typed).
    let signed = salah.rsplit("Cianjur, ").next().unwrap().split("PK Guru ·").next().unwrap();
    assert!(salah.contains(" 19850315201001200\n") && salah.contains("Cianjur, ……"), "{salah}");
    assert!(!signed.contains("19850315201001200") && signed.contains("NIP ………………"), "{signed}");
    // Lampiran 1B and 1C end with place, date and the two signatures.
    let c = text.iter().find(|p| p.contains("LAMPIRAN 1C") && p.contains("Yuli Astuti")).unwrap();
    assert!(c.contains("Cianjur, 3 Desember 2026") && c.contains("Guru yang dinilai"), "{c}");
    // A long school name wraps in the footer without running into the name or page number.
    assert!(!all.contains("2026Rina") && !all.contains("Halaman 1\n"), "footer");

    // F4 with a kop surat.
    std::fs::write(tmp.path().join("logo.png"), logo()).unwrap();
    let kop = tmp.path().join("kop.toml");
    std::fs::write(
        &kop,
        "baris = [\"PEMERINTAH KABUPATEN CIANJUR\", \"DINAS PENDIDIKAN\", \"SMP NEGERI 1 CIBEBER\"]\n\
         alamat = \"Jl. Raya Cibeber No. 1, Cianjur 43262\"\nlogo = \"logo.png\"\n",
    )
    .unwrap();
    let f4 = tmp.path().join("f4.pdf");
    let (code, _, err) = run(&[
        "report",
        folder,
        "-o",
        f4.to_str().unwrap(),
        "--kertas",
        "f4",
        "--kop",
        kop.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let info = Process::new("pdfinfo").arg(&f4).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("609.449 x 935.433 pts"), "F4 is 215 × 330 mm: {info}");
    let text_f4 = pages(&f4);
    let heads = text_f4.iter().filter(|p| p.contains("LAMPIRAN 1")).count();
    let kops = text_f4.iter().filter(|p| p.contains("PEMERINTAH KABUPATEN CIANJUR")).count();
    assert!(heads >= 18 && kops >= heads, "every form opens with the kop: {kops} of {heads}");
    assert!(text_f4.len() < text.len(), "F4 holds more per page: {} against {}", text_f4.len(), text.len());
    png(&f4, "f4", text_f4.len() - 1);

    // The same folder as HTML on F4: the kop's logo inline, the page size set.
    let html = tmp.path().join("f4.html");
    let (code, _, err) = run(&[
        "report",
        folder,
        "-o",
        html.to_str().unwrap(),
        "--kertas",
        "f4",
        "--kop",
        kop.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.contains("size: 215mm 330mm") && html.contains("data:image/png;base64,iVBORw0KGgo"));
}

#[test]
fn one_person_in_two_roles_and_a_kepala_without_pengawas_are_warned_about() {
    let tmp = tempfile::tempdir().unwrap();
    let own = tmp.path().join("sendiri.csv");
    std::fs::write(
        &own,
        sheet(
            "contoh/guru-kelas.csv",
            &[("nama", "Siti Aminah, S.Pd."), ("penilai", "Siti Aminah, S.Pd."), ("nip_penilai", "")],
        ),
    )
    .unwrap();
    let (code, _, err) = run(&["score", own.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("akan menandatangani dua kali, sebagai guru yang dinilai dan sebagai penilai"),
        "{err}"
    );
    let kepala = tmp.path().join("kepala.csv");
    std::fs::write(&kepala, sheet("contoh/guru-kelas.csv", &[("nama", KEPALA.0), ("nip", KEPALA.1)]))
        .unwrap();
    let (code, out, _) = run(&["check", kepala.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("isi pengawas dan nip_pengawas") && out.contains("tugas_tambahan kosong"), "{out}");
}

#[test]
fn the_2023_documents_from_the_ledger() {
    if !poppler() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("riwayat.db");
    let db = db.to_str().unwrap();
    let guru = fixture("contoh/guru-kelas.csv");
    let guru = guru.to_str().unwrap();
    for args in [
        vec!["riwayat", "--db", db, "tambah", guru, "--periode", "2025", "--regime", "2023"],
        vec![
            "riwayat",
            "--db",
            db,
            "tambah",
            guru,
            "--periode",
            "2026-1",
            "--regime",
            "2023",
            "--bulan",
            "6",
        ],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 0, "{err}");
    }
    let pak = tmp.path().join("pak.csv");
    std::fs::write(
        &pak,
        "nip,golongan,tmt,ak_kumulatif,periode\n198503152010012003,III/c,2022-04-01,230,2024\n",
    )
    .unwrap();
    let (code, _, err) = run(&["riwayat", "--db", db, "tambah", "--pak", pak.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let sign =
        ["--pejabat", KEPALA.0, "--nip-pejabat", KEPALA.1, "--tempat", "Cianjur", "--tanggal", "2026-12-03"];
    let mut texts = Vec::new();
    for (dok, kertas) in [("konversi", "a4"), ("akumulasi", "f4"), ("integrasi", "a4")] {
        let pdf = tmp.path().join(format!("{dok}.pdf"));
        let mut args = vec![
            "report",
            "--riwayat",
            db,
            "--dokumen",
            dok,
            "--nip",
            "198503152010012003",
            "--kertas",
            kertas,
        ];
        args.extend(sign);
        args.extend(["-o", pdf.to_str().unwrap()]);
        let (code, _, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        png(&pdf, dok, 1);
        let text = pages(&pdf).join("\n");
        assert!(
            text.contains("Cianjur, 3 Desember 2026") && text.contains("Pejabat Penilai Kinerja"),
            "{text}"
        );
        assert!(text.contains(KEPALA.0) && text.contains("Guru Ahli Muda"), "{text}");
        texts.push(text);
    }
    // Cukup counts as Butuh Perbaikan, 75 % of Ahli Muda's 25 a year: 18,750 for the year, 9,375
    // for the half year (its 6 months worked back from the ledger's AK).
    let line = |text: &str, start: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("{start}: {text}"))
            .to_string()
    };
    let k = line(&texts[0], "2026-1");
    assert!(
        k.contains("Butuh Perbaikan") && k.contains("75 %") && k.contains(" 6 ") && k.ends_with("9,375"),
        "{k}"
    );
    assert!(line(&texts[0], "Jumlah").ends_with("28,125"));
    // Akumulasi: the PAK's 30 of AK integrasi and both periods after it, as `riwayat guru` says.
    assert!(line(&texts[1], "1").ends_with("30,000"));
    assert!(line(&texts[1], "Jumlah").ends_with("58,125"));
    assert!(line(&texts[1], "Kenaikan pangkat").ends_with("kekurangan 41,875"));
    let (_, guru_view, _) = run(&["riwayat", "--db", db, "guru", "198503152010012003"]);
    assert!(guru_view.contains("kurang 41,875"), "{guru_view}");
    // PAK integrasi: 230 − 200.
    assert!(line(&texts[2], "AK integrasi").ends_with("30,000"), "{}", texts[2]);

    // A whole school, one PDF per teacher; the ledger is never an output.
    let split = tmp.path().join("pak");
    let (code, _, err) = run(&[
        "report",
        "--riwayat",
        db,
        "--dokumen",
        "konversi",
        "--sekolah",
        "SMP Negeri 1 Contoh",
        "--split",
        split.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let names: Vec<_> = std::fs::read_dir(&split).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(names, ["konversi-198503152010012003-Siti_Aminah_S_Pd.pdf"], "{names:?}");
    let (code, _, err) = run(&["report", "--riwayat", db, "--dokumen", "konversi", "-o", db, "--timpa"]);
    assert_eq!(code, 2, "{err}");

    // A teacher the ledger cannot make a document for is named, and the run exits 1.
    let none = tmp.path().join("none.pdf");
    let (code, _, err) = run(&[
        "report",
        "--riwayat",
        db,
        "--dokumen",
        "integrasi",
        "--nip",
        "1",
        "-o",
        none.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("NIP 1") && !none.exists(), "{err}");
}
