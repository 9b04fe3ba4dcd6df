//! What pkguru puts on a teacher's pages lands where typst's own layout puts it: the
//! signature blocks (`sign.rs`; a name too long for its column is left to typst) and 1C's
//! chart (`bars.rs`).

use super::super::pdf::Typesetter;
use super::super::pdf::fixture::{part, texts};
use super::super::setup::Setup;
use super::preamble_forms;
use crate::core::instrument::{Instrument, Jenis};
use crate::lang::Lang;
use typst::layout::Point;

/// The texts of `body` typeset as a teacher's part, sorted, with where they begin.
fn typeset(typesetter: &Typesetter, body: &str) -> Vec<(String, f64, f64)> {
    let markup = format!("#head(none, \"Lampiran 1B\", \"Ani\")\nHalo\n{body}\nAkhir");
    let [document] = typesetter.many(&[part(&markup, "Ani")], Ok).try_into().ok().unwrap();
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
fn cells_land_where_typst_grid_puts_them_and_a_long_name_is_left_to_typst() {
    let kelas = Instrument::embedded(Jenis::Kelas);
    let preamble = preamble_forms(Lang::Id, "", &Setup::default(), &[kelas]).unwrap();
    let typesetter = Typesetter::new(&preamble, 1).unwrap();
    let dots = "\"……………………\", \"NIP …………………………………………\"";
    let long = "Dra. Hj. Raden Roro Siti Nurhaliza Kusumawardhani Rahmawati Puspitasari, S.Pd., M.Pd.";
    for items in [
        format!(
            "((\"Guru yang dinilai\", \"Ani Suryani\", \"NIP 198501012000052001\"), (\"Penilai\", {dots}))"
        ),
        format!(
            "((\"Guru yang dinilai\", \"Ani\", \"NIP 1\"), (\"Penilai\", {dots}), (\"Kepala Sekolah\", {dots}))"
        ),
        // Two rows, a label of two lines, a label of four (left to typst).
        format!(
            "((\"Guru\", \"Ani\", \"NIP 1\"), (\"Mengetahui,\\nKepala Sekolah\", {dots}), (\"Pengawas\", \"Budi\", \"NIP 2\"), (\"Penilai\", {dots}))"
        ),
        "((\"a\\nb\\nc\\nd\", \"Ani\", \"NIP 1\"),)".to_string(),
        // Too long for one line in a column of three: typeset again by typst.
        format!(
            "((\"Guru yang dinilai\", \"{long}\", \"NIP 1\"), (\"Penilai\", {dots}), (\"Kepala Sekolah\", {dots}))"
        ),
    ] {
        let refits = typesetter.refits();
        let fast = typeset(&typesetter, &format!("#signs({items})"));
        // Only the name too long for its column is typeset again.
        assert_eq!(typesetter.refits() - refits, usize::from(items.contains(long)), "{items}");
        let typst = typeset(&typesetter, &format!("#signs-typst({items})"));
        assert!(fast.iter().any(|(t, ..)| t == "Akhir") && fast.len() > 8, "{fast:?}");
        same(&fast, &typst);
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
