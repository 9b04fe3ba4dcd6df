//! What pkguru puts on the pages lands where typst's own layout puts it: the signature blocks
//! (`sign.rs`; a name too long for its column is left to typst), 1C's chart (`bars.rs`) and
//! the summary's tables (`list.rs`).

use super::super::list::{Laid, List};
use super::super::lit::lit;
use super::super::pdf::fixture::{part, texts};
use super::super::pdf::{Part, Typesetter};
use super::super::setup::{Paper, Setup};
use super::preamble_forms;
use crate::core::instrument::{Instrument, Jenis};
use crate::lang::Lang;
use crate::render::blocks::{Align, Block, Col, Page, Width};
use typst::layout::{Abs, Frame, FrameItem, Point};

/// `body` as a teacher's lampiran.
fn markup(body: &str) -> String {
    format!("#head(none, \"Lampiran 1B\", \"Ani\")\nHalo\n{body}\nAkhir")
}

/// The texts of `body` typeset as a teacher's part, sorted, with where they begin.
fn typeset(typesetter: &Typesetter, body: &str) -> Vec<(String, f64, f64)> {
    typeset_part(typesetter, part(&markup(body), "Ani"))
}

/// The texts of a part typeset, sorted, with where they begin.
fn typeset_part(typesetter: &Typesetter, part: Part) -> Vec<(String, f64, f64)> {
    let [document] = typesetter.many(&[part], Ok).try_into().ok().unwrap();
    let document = document.unwrap();
    let mut out = Vec::new();
    for page in document.pages() {
        texts(&page.frame, Point::zero(), &mut out);
    }
    out.sort_by(|a, b| a.partial_cmp(b).unwrap());
    out
}

fn same(a: &[(String, f64, f64)], b: &[(String, f64, f64)]) {
    assert_eq!(a.len(), b.len(), "{a:?}\n{b:?}");
    for ((t, x, y), (u, v, w)) in a.iter().zip(b) {
        assert!(t == u && (x - v).abs() < 1e-6 && (y - w).abs() < 1e-6, "{a:?}\n{b:?}");
    }
}

#[test]
fn cells_land_where_typst_grid_puts_them_and_a_long_name_wraps_as_there() {
    let kelas = Instrument::embedded(Jenis::Kelas);
    let preamble = preamble_forms(Lang::Id, "", &Setup::default(), &[kelas]).unwrap();
    let typesetter = Typesetter::new(&preamble, 1).unwrap();
    let cell = |label: &str, name: &str, nip: &str| [label.to_string(), name.to_string(), nip.to_string()];
    let dots = |label: &str| cell(label, "……………………", "NIP …………………………………………");
    let long = "Dra. Hj. Raden Roro Siti Nurhaliza Kusumawardhani Rahmawati Puspitasari, S.Pd., M.Pd.";
    let longer = format!("{long} {long}");
    for cells in [
        vec![cell("Guru yang dinilai", "Ani Suryani", "NIP 198501012000052001"), dots("Penilai")],
        vec![cell("Guru yang dinilai", "Ani", "NIP 1"), dots("Penilai"), dots("Kepala Sekolah")],
        // Two rows, a label of two lines, a label of four (left to typst).
        vec![
            cell("Guru", "Ani", "NIP 1"),
            dots("Mengetahui,\nKepala Sekolah"),
            cell("Pengawas", "Budi", "NIP 2"),
            dots("Penilai"),
        ],
        vec![cell("a\nb\nc\nd", "Ani", "NIP 1")],
        // Too long for one line in a column of three: it wraps there, its row taller.
        vec![cell("Guru yang dinilai", long, "NIP 1"), dots("Penilai"), dots("Kepala Sekolah")],
        // On three lines in a column of two, in the second row.
        vec![
            cell("Guru", "Ani", "NIP 1"),
            dots("Penilai"),
            cell("Pengawas", &longer, "NIP 2"),
            dots("Kepala"),
        ],
    ] {
        let items: Vec<String> =
            cells.iter().map(|[a, b, c]| format!("({}, {}, {})", lit(a), lit(b), lit(c))).collect();
        let items = format!("({},)", items.join(", "));
        let wraps = cells.iter().any(|c| c[1].len() > 80);
        // The part's cells known: nothing is typeset again.
        let refits = typesetter.refits();
        let signed = |body: &str| Part { signs: vec![cells.clone()], ..part(&markup(body), "Ani") };
        let fast = typeset_part(&typesetter, signed(&format!("#signs({items})")));
        assert_eq!(typesetter.refits(), refits, "{items}");
        // Not known (a part made without them): a long name has the run typeset again.
        let unknown = typeset(&typesetter, &format!("#signs({items})"));
        assert_eq!(typesetter.refits() - refits, usize::from(wraps), "{items}");
        let typst = typeset(&typesetter, &format!("#signs-typst({items})"));
        assert!(fast.iter().any(|(t, ..)| t == "Akhir") && fast.len() > 8, "{fast:?}");
        same(&fast, &typst);
        same(&unknown, &typst);
    }
}

#[test]
fn the_chart_lands_where_typst_grid_puts_it() {
    let kelas = Instrument::embedded(Jenis::Kelas);
    let bk = Instrument::embedded(Jenis::Bk);
    let preamble = preamble_forms(Lang::Id, "", &Setup::default(), &[kelas, bk]).unwrap();
    let typesetter = Typesetter::new(&preamble, 1).unwrap();
    let kelas: Vec<String> = (0..14).map(|k| (k % 4 + 1).to_string()).collect();
    let bk: Vec<String> = (0..17).map(|k| ((k * 3) % 4 + 1).to_string()).collect();
    for values in [kelas.join(", "), bk.join(", ")] {
        let fast = typeset(&typesetter, &format!("#kbars(({values},))"));
        let typst = typeset(&typesetter, &format!("#kbars-typst(({values},))"));
        assert!(fast.iter().any(|(t, ..)| t == "K14") && fast.iter().any(|(t, ..)| t == "Akhir"), "{fast:?}");
        same(&fast, &typst);
        // The chart was pkguru's: typst left one mark for it.
        let [marks] = typesetter.positions(&format!("#kbars(({values},))"), ["pkguru-bars"]).unwrap();
        assert_eq!(marks.len(), 1);
    }
}

#[test]
fn a_label_value_table_lands_where_typst_puts_it_and_a_long_value_is_left_to_typst() {
    let kelas = Instrument::embedded(Jenis::Kelas);
    let preamble = preamble_forms(Lang::Id, "", &Setup::default(), &[kelas]).unwrap();
    let typesetter = Typesetter::new(&preamble, 1).unwrap();
    let long =
        "Sekolah Menengah Pertama Negeri 1 Sukamaju Kecamatan Cibeber Kabupaten Cianjur Provinsi Jawa Barat";
    let cases = [
        ("((\"Nama\", \"Ani Suryani\"), (\"NIP\", \"198501012000052001\"), (\"NUPTK\", \"\")), false", 0),
        ("((\"Predikat\", \"Baik\"), (\"Angka kredit per tahun\", \"7,125\")), true", 0),
        (&*format!("((\"Nama\", \"Ani\"), (\"Satuan pendidikan\", \"{long}\")), false"), 1),
        (&*format!("((\"{long}\", \"Ani\"),), false"), 1),
    ];
    for (args, refit) in cases {
        let refits = typesetter.refits();
        let fast = typeset(&typesetter, &format!("#rows({args})"));
        assert_eq!(typesetter.refits() - refits, refit, "{args}");
        let typst = typeset(&typesetter, &format!("#rows-typst({args})"));
        assert!(
            fast.iter().any(|(t, ..)| t == "Akhir") && fast.iter().any(|(t, ..)| t == "Ani" || t == "Baik")
        );
        same(&fast, &typst);
    }
}

/// The name of the teacher on each row.
type Names<'a> = dyn Fn(usize) -> String + 'a;

/// The page number ends the footer's last line, whatever the length of the school and the
/// name: when they fill the first line, the NIP goes to the next line with the number,
/// never the number alone (it then sat in an empty line, over the text above it).
#[test]
fn the_page_number_ends_the_footer_s_last_line() {
    let preamble = preamble_forms(Lang::Id, "", &Setup::default(), &[]).unwrap();
    let typesetter = Typesetter::new(&preamble, 1).unwrap();
    for k in 0..48 {
        let who = format!("Dra. Hj. Sri Wahyuningsih {}, S.Pd. · NIP 199002022015032001", "n".repeat(k));
        let foot = "Evaluasi Diri Administrasi Perencanaan Pembelajaran · SMP Negeri 1 Cibeber";
        let texts = typeset_part(&typesetter, part("Isi", &who).with_foot(foot));
        let number = texts.iter().find(|(t, ..)| t.contains("dari")).expect("a page number");
        // The footer's texts are below the body's one line.
        let last =
            texts.iter().filter(|(t, ..)| t != "Isi" && !t.contains("dari")).map(|t| t.2).fold(0.0, f64::max);
        assert!((number.2 - last).abs() < 1e-6, "k = {k}: number at {}, last line at {last}", number.2);
    }
}

fn col(head: &str, align: Align, width: Width) -> Col {
    Col::new(head, align, width)
}

/// `text` with its numbers to 6 decimals: sizes typst sums in another order differ by 1e-14.
fn rounded(text: &str) -> String {
    let mut out = String::new();
    let mut number = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || c == '.' || (c == '-' && number.is_empty()) {
            number.push(c);
            continue;
        }
        match number.parse::<f64>() {
            Ok(n) if number.contains('.') => out.push_str(&format!("{:.6}", n + 0.0)),
            _ => out.push_str(&number),
        }
        number.clear();
        out.push(c);
    }
    out.pop();
    out
}

/// The texts and the lines of a document, sorted, with where they are.
fn drawn(typesetter: &Typesetter, part: Part) -> (Vec<(String, f64, f64)>, Vec<String>) {
    let [document] = typesetter.many(&[part], Ok).try_into().ok().unwrap();
    let document = document.unwrap();
    let (mut words, mut lines) = (Vec::new(), Vec::new());
    fn shapes(frame: &Frame, at: Point, page: usize, out: &mut Vec<String>) {
        for (p, item) in frame.items() {
            match item {
                FrameItem::Group(g) => shapes(&g.frame, at + *p, page, out),
                FrameItem::Shape(s, _) => {
                    let (x, y) = ((at.x + p.x).to_pt(), (at.y + p.y).to_pt());
                    let shape = format!("{:?} {:?} {:?}", s.geometry, s.fill, s.stroke);
                    out.push(format!("{page} {x:.6} {y:.6} {}", rounded(&shape)));
                }
                _ => {}
            }
        }
    }
    for (k, page) in document.pages().iter().enumerate() {
        let mut on_page = Vec::new();
        texts(&page.frame, Point::zero(), &mut on_page);
        words.extend(on_page.into_iter().map(|(t, x, y)| (format!("{k} {t}"), x, y)));
        shapes(&page.frame, Point::zero(), k, &mut lines);
    }
    words.sort_by(|a, b| a.partial_cmp(b).unwrap());
    lines.sort();
    (words, lines)
}

#[test]
fn tables_land_as_typst_lays_them_out_over_pages_on_a4_and_f4() {
    let cols = || {
        vec![
            col("No.", Align::Center, Width::Mm(9.0)),
            col("Nama", Align::Left, Width::Rest),
            col("NIP", Align::Left, Width::Auto),
            col("Jenis", Align::Center, Width::Auto),
            col("Nilai", Align::Right, Width::Auto),
            col("Angka kredit", Align::Right, Width::Auto),
        ]
    };
    let rows = |name: &dyn Fn(usize) -> String| -> Vec<Vec<String>> {
        (1..=170)
            .map(|i| {
                let ak =
                    if i % 7 == 0 { "—".to_string() } else { format!("{},{:03}", i % 40, i * 37 % 1000) };
                let nip = if i % 11 == 0 { String::new() } else { format!("1985{i:02}012000051{i:03}") };
                let jenis = if i % 5 == 0 { "bk" } else { "kelas" };
                vec![i.to_string(), name(i), nip, jenis.into(), format!("{},{:02}", 50 + i % 50, i % 97), ak]
            })
            .collect()
    };
    let short = |i: usize| format!("Guru Sintetis Wiryawan {i:04}");
    // Names that wrap in their column, on two lines and on three; one (a single word) that
    // overflows it.
    let long = |i: usize| match i {
        77 => "Dra. Hj. Raden Roro Siti Nurhaliza Kusumawardhani Rahmawati Puspitasari, S.Pd., M.Pd.".into(),
        78 => "Raden Roro Siti Nurhaliza Kusumawardhani Rahmawati Puspitasari Wiryaningrat Hadikusumo \
               Tjokroaminoto Mangkunegara Suryaningrat, S.Pd., M.Pd."
            .into(),
        79 => "Sitinurhalizakusumawardhanirahmawatipuspitasariwiryaningrat".into(),
        _ => short(i),
    };
    for paper in [Paper::A4, Paper::F4] {
        let setup = Setup { paper, kop: None };
        let preamble = preamble_forms(Lang::Id, "", &setup, &[]).unwrap();
        let typesetter = Typesetter::new(&preamble, 1).unwrap();
        let width = typesetter.text_width().unwrap();
        let (mm_w, _) = paper.size_mm();
        assert!((width - Abs::mm(f64::from(mm_w) - 28.0)).to_pt().abs() < 1e-9, "{width:?}");
        // The names, the last count, and how many tables are left to typst: a number too
        // wide for its right-aligned column.
        let cases: [(&Names<'_>, &str, usize); 3] =
            [(&short, "1.242", 0), (&long, "1.242", 0), (&short, "1.242 dari 1.300 guru", 1)];
        for (name, count, typst) in cases {
            let lists = vec![
                List { cols: cols(), rows: rows(name) },
                List {
                    cols: vec![
                        col("Predikat", Align::Left, Width::Mm(60.0)),
                        col("Jumlah", Align::Right, Width::Mm(25.0)),
                    ],
                    rows: [["Amat Baik", "0"], ["Baik", "27"], ["Cukup", count]]
                        .iter()
                        .map(|r| r.iter().map(|t| t.to_string()).collect())
                        .collect(),
                },
            ];
            let laid = Laid::new(&lists, width, |s| typesetter.stamp(s)).unwrap();
            assert_eq!(
                laid.prelude().matches("cells: (").count(),
                typst,
                "{}",
                laid.prelude().split("(k: ").map(|e| &e[..e.len().min(300)]).collect::<Vec<_>>().join("\n")
            );
            // The rows of the names that wrap are taller.
            let prelude = laid.prelude();
            let tall = prelude
                .split("tall: (")
                .nth(1)
                .and_then(|t| t.split(')').next())
                .unwrap()
                .matches("pt")
                .count();
            assert_eq!(
                tall,
                if count == "1.242" && name(77) != short(77) { 2 } else { 0 },
                "{}",
                &laid.prelude()[..200]
            );
            let body = |tables: &str| {
                format!("#head(none, \"Ringkasan\", \"\")\n#h2(\"Daftar guru\")\n{tables}Akhir")
            };
            let ours = Part {
                lists: lists.clone(),
                ..part(&body("#list-tab(lists.at(0))\n#list-tab(lists.at(1))\n"), "")
            };
            let mut theirs = String::new();
            for l in &lists {
                let page = Page {
                    kind: "summary",
                    blocks: vec![Block::Table { cols: l.cols.clone(), rows: l.rows.clone() }],
                };
                theirs.push_str(&super::one_page(&page));
            }
            let (ours, theirs) = (drawn(&typesetter, ours), drawn(&typesetter, part(&body(&theirs), "")));
            assert!(ours.0.iter().any(|(t, ..)| t.starts_with("2 ")), "three pages: {:?}", ours.0.last());
            assert!(ours.0.iter().any(|(t, ..)| t.ends_with(" 1985129012000051129")));
            assert_eq!(ours.0.len(), theirs.0.len());
            for (a, b) in ours.0.iter().zip(&theirs.0) {
                assert!(a.0 == b.0 && (a.1 - b.1).abs() < 1e-6 && (a.2 - b.2).abs() < 1e-6, "{a:?} {b:?}");
            }
            assert_eq!(ours.1.len(), theirs.1.len());
            for (a, b) in ours.1.iter().zip(&theirs.1) {
                assert_eq!(a, b, "the lines and fills");
            }
        }
    }
}
