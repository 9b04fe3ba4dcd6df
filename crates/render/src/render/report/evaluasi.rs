//! The printed evaluasi diri form (`pkguru report` on evaluasi diri forms): identity, the
//! items with ada / tidak ada and their scores, the result, and the signature of the guru
//! pengampu beside the kepala sekolah's, worked out as text; `page::evaluasi` makes it the
//! blocks both writers lay out.

use crate::lang::Lang;

use crate::core::evaluasi::{self, Form, FormResult, Mark};
use crate::core::exact::Fixed;
use crate::i18n;
use crate::sheet::evaluasi::EvaluasiSheet;

/// One form, worked out as text.
pub struct FormPage {
    pub who: String,
    pub form: &'static str,
    pub identity: Vec<(&'static str, String)>,
    /// No., item, ada, skor.
    pub items: Vec<(usize, String, &'static str, String)>,
    pub results: Vec<(&'static str, String)>,
    pub note: Option<String>,
    pub place_date: String,
    /// (role, name, NIP).
    pub signatures: [(&'static str, String, String); 2],
    pub vocational: bool,
    /// For `--split`: `NIP_nama`.
    pub file_stem: String,
}

impl FormPage {
    pub fn new(lang: Lang, s: &EvaluasiSheet, r: &FormResult) -> FormPage {
        let sep = lang.decimal_sep();
        let identity = ["sekolah", "nama", "nip", "mapel", "kelas", "periode"]
            .iter()
            .map(|k| (i18n::ev_identity_label(lang, k), s.identity(k).to_string()))
            .collect();
        let items = s
            .form
            .items()
            .enumerate()
            .map(|(n, item)| {
                let i = evaluasi::find(item.code).unwrap_or(0);
                let ada = match s.marks[i] {
                    Some(Mark::Ada) => i18n::ev_ada(lang),
                    Some(Mark::TidakAda) => i18n::ev_tidak_ada(lang),
                    None => "",
                };
                let skor = s.scores[i].map_or_else(|| "–".to_string(), |v| v.to_string());
                (n + 1, crate::render::evaluasi::uraian(item), ada, skor)
            })
            .collect();
        let results = vec![
            (i18n::ev_total(lang), r.skor.to_string()),
            (i18n::ev_max(lang), format!("{} ({} × 4)", r.maks, r.assessed)),
            (i18n::ev_nilai(lang), Fixed(r.nilai, 2, sep).to_string()),
            (i18n::ev_predikat(lang), r.predikat.name().to_string()),
        ];
        let note = evaluasi::disagreement(r.nilai).map(|all| {
            let list = all.iter().map(|(b, p)| format!("{} → {}", b.code(), p.name())).collect::<Vec<_>>();
            i18n::catatan_gap_text(lang, &list.join(", "))
        });
        let (nama, nip) = (s.identity("nama").to_string(), s.identity("nip").to_string());
        let who = if nip.is_empty() { nama.clone() } else { format!("{nama} · NIP {nip}") };
        let stem: String = format!("{nip}_{nama}")
            .trim_matches('_')
            .chars()
            .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' })
            .collect();
        let (tempat, tanggal) = (s.identity("tempat"), s.identity("tanggal"));
        let place_date = match (tempat.is_empty(), tanggal.is_empty()) {
            (true, true) => "…………………, ……………………".to_string(),
            (false, true) => format!("{tempat}, ……………………"),
            (true, false) => format!("…………………, {tanggal}"),
            (false, false) => format!("{tempat}, {tanggal}"),
        };
        FormPage {
            who,
            form: i18n::ev_form(lang, s.form == Form::Kejuruan),
            identity,
            items,
            results,
            note,
            place_date,
            signatures: [
                (
                    i18n::ev_mengetahui(lang),
                    s.identity("kepala_sekolah").to_string(),
                    s.identity("nip_kepala_sekolah").to_string(),
                ),
                (i18n::ev_guru(lang), nama, nip),
            ],
            vocational: s.form == Form::Kejuruan,
            file_stem: if stem.is_empty() { "evaluasi-diri".into() } else { stem },
        }
    }

    /// A name, or a line to write it on.
    pub(super) fn blank(s: &str) -> String {
        if s.is_empty() { "……………………………".to_string() } else { s.to_string() }
    }
}
