//! The report's pages as blocks, walked once: a teacher's Lampiran 1B, 1C and 1D, the school
//! summary and an evaluasi diri form are each a list of [`Block`]s in reading order, with
//! every text already written in the reader's language. The HTML writer and the Typst writer
//! only lay the blocks out, so both show the same content in the same order.

use crate::core::instrument::Jenis;
use crate::core::predikat::Predikat;
use crate::i18n;
use crate::lang::Lang;

use super::evaluasi::FormPage;
use super::{CompetencyBlock, Document, Summary, TeacherPages};

/// One printed page (or more, when it runs over).
#[derive(Debug)]
pub struct Page<'a> {
    /// What kind of page (`lampiran-1b`, `summary`, `ev`): the HTML section's class.
    pub kind: &'static str,
    pub blocks: Vec<Block<'a>>,
}

/// A column's alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A column's width on paper.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Width {
    /// As wide as its content.
    Auto,
    /// The rest of the line.
    Rest,
    Mm(f32),
}

/// A table column: its heading, alignment and width.
#[derive(Debug, Clone)]
pub struct Col {
    pub head: String,
    pub align: Align,
    pub width: Width,
}

impl Col {
    pub fn new(head: impl Into<String>, align: Align, width: Width) -> Col {
        Col { head: head.into(), align, width }
    }
}

/// One block of a page.
#[derive(Debug)]
pub enum Block<'a> {
    /// The head of a form or of the summary: the line above the title (`Lampiran 1B`), the
    /// title, and who or what it is about.
    Head {
        over: Option<String>,
        title: String,
        who: String,
    },
    /// A section heading.
    H2(String),
    /// Labelled lines (identity, result); `strong` values set large.
    Rows {
        rows: Vec<(String, String)>,
        strong: bool,
    },
    /// Lampiran 1B: one competency's indicators with their scores and its result (laid out
    /// once per instrument in the PDF, the teacher's numbers placed over it).
    Competency {
        jenis: Jenis,
        index: usize,
        block: &'a CompetencyBlock,
    },
    /// Lampiran 1C: the competency values, the total, the 100 scale and the predikat.
    Recap(&'a TeacherPages),
    /// Horizontal bars: (label, length, the value written beside it) on 0 to `max`, with the
    /// scale's ticks when `ticks`.
    Bars {
        items: Vec<(String, f64, String)>,
        max: f64,
        ticks: bool,
    },
    Table {
        cols: Vec<Col>,
        rows: Vec<Vec<String>>,
    },
    /// The angka kredit's working: (label, line); an empty label for a sentence of its own.
    Working(&'a [(String, String)]),
    /// A labelled note: "Catatan: …".
    Note {
        label: String,
        text: String,
    },
    /// Small print under a table, one line each.
    Small(Vec<String>),
    /// A list of notes, each with a bold lead.
    List(Vec<(String, String)>),
    /// `Contoh, 12 Maret 2026`, to the right above the signatures.
    PlaceDate(String),
    /// (role, name, NIP) of each signature, side by side.
    Signatures(Vec<(String, String, String)>),
}

/// The teacher as the page heads and footers name them.
pub fn who(nama: &str, nip: &str) -> String {
    if nip.is_empty() { nama.to_string() } else { format!("{nama} · NIP {nip}") }
}

fn head(lang: Lang, lampiran: &str, title: &str, t: &TeacherPages) -> Block<'static> {
    Block::Head {
        over: Some(format!("{} {lampiran}", i18n::rp_lampiran(lang))),
        title: title.to_string(),
        who: who(&t.nama, &t.nip),
    }
}

fn rows(rows: &[(&'static str, String)]) -> Block<'static> {
    Block::Rows { rows: rows.iter().map(|(l, v)| (l.to_string(), v.clone())).collect(), strong: false }
}

fn signatures(lang: Lang, items: &[(&'static str, String, String)]) -> Block<'static> {
    Block::Signatures(
        items
            .iter()
            .map(|(role, name, nip)| {
                let nip = if nip.is_empty() { i18n::rp_blank(lang).to_string() } else { nip.clone() };
                (role.to_string(), name.clone(), nip)
            })
            .collect(),
    )
}

/// A teacher's pages: Lampiran 1B, 1C and 1D, as asked.
pub fn teacher<'a>(lang: Lang, t: &'a TeacherPages, doc: &Document<'_>) -> Vec<Page<'a>> {
    let mut pages = Vec::with_capacity(3);
    if doc.lampiran.b {
        let mut blocks = vec![head(lang, "1B", i18n::rp_1b_title(lang), t)];
        for (index, b) in t.blocks.iter().enumerate() {
            blocks.push(Block::Competency { jenis: t.jenis, index, block: b });
            if !b.notes.is_empty() {
                let items: Vec<String> = b.notes.iter().map(|(id, n)| format!("{id}: {n}")).collect();
                blocks.push(Block::Note { label: i18n::rp_notes(lang).into(), text: items.join("; ") });
            }
        }
        blocks.push(Block::Small(vec![i18n::rp_value_rule(lang).into()]));
        pages.push(Page { kind: "lampiran-1b", blocks });
    }
    if doc.lampiran.c {
        let values = t
            .blocks
            .iter()
            .map(|b| (format!("K{}", b.number), f64::from(b.value), b.value.to_string()))
            .collect();
        pages.push(Page {
            kind: "lampiran-1c",
            blocks: vec![
                head(lang, "1C", i18n::rp_1c_title(lang, t.jenis), t),
                Block::Recap(t),
                Block::H2(i18n::rp_chart(lang).into()),
                Block::Bars { items: values, max: 4.0, ticks: true },
            ],
        });
    }
    if doc.lampiran.d {
        let mut blocks = vec![
            head(lang, "1D", i18n::rp_1d_title(lang), t),
            Block::H2(i18n::rp_identity_teacher(lang).into()),
            rows(&t.identity),
            Block::H2(i18n::rp_identity_assessor(lang).into()),
            rows(&t.assessor_rows(lang)),
            Block::H2(i18n::rp_result(lang).into()),
            rows(&t.result_rows(lang)),
        ];
        if let Ok((_, steps)) = &t.credit {
            blocks.push(Block::Working(steps));
        }
        if !t.catatan.is_empty() {
            blocks.push(Block::Note { label: i18n::rp_catatan(lang).into(), text: t.catatan.clone() });
        }
        blocks.push(Block::PlaceDate(t.place_date.clone()));
        blocks.push(signatures(lang, &t.signatures));
        pages.push(Page { kind: "lampiran-1d", blocks });
    }
    pages
}

/// The school summary: counts, the predikat distribution, per instrument the competency means,
/// the weakest competencies and the ranking, the teacher list, the ledger's view, the notes.
pub fn summary<'a>(lang: Lang, s: &Summary, doc: &Document<'_>) -> Page<'a> {
    let sub: Vec<&str> = [s.sekolah.as_deref(), s.periode.as_deref()].into_iter().flatten().collect();
    let mut blocks = vec![
        Block::Head { over: None, title: i18n::rp_summary_title(lang).into(), who: sub.join(" · ") },
        Block::Rows {
            rows: vec![
                (i18n::rp_assessed(lang).into(), s.rows.len().to_string()),
                (i18n::rp_unassessed(lang).into(), s.unassessed.len().to_string()),
                (i18n::rp_failed(lang).into(), s.failed.to_string()),
            ],
            strong: false,
        },
        Block::H2(i18n::rp_distribution(lang).into()),
    ];
    let per = s.per_predikat();
    blocks.push(Block::Table {
        cols: vec![
            Col::new(i18n::rp_predikat(lang), Align::Left, Width::Mm(60.0)),
            Col::new(i18n::rp_count(lang), Align::Right, Width::Mm(25.0)),
        ],
        rows: Predikat::ALL.iter().zip(per).map(|(p, n)| vec![p.name().to_string(), n.to_string()]).collect(),
    });
    let top = per.iter().copied().max().unwrap_or(0).max(1);
    blocks.push(Block::Bars {
        items: Predikat::ALL
            .iter()
            .zip(per)
            .map(|(p, n)| (p.name().to_string(), n as f64, n.to_string()))
            .collect(),
        max: top as f64,
        ticks: false,
    });
    for jenis in Jenis::ALL {
        let Some(means) = s.means(jenis) else { continue };
        blocks.push(Block::H2(format!("{} — {}", i18n::rp_means(lang), i18n::rp_1c_title(lang, jenis))));
        let items = means
            .iter()
            .enumerate()
            .map(|(k, m)| {
                (format!("K{}", k + 1), crate::core::exact::to_f64(*m), Summary::mean_text(lang, *m))
            })
            .collect();
        blocks.push(Block::Bars { items, max: 4.0, ticks: true });
        let weakest = s.weakest(jenis, 3);
        if !weakest.is_empty() {
            let names: Vec<String> =
                weakest.iter().map(|(k, m)| format!("K{k} ({})", Summary::mean_text(lang, *m))).collect();
            blocks.push(Block::Note { label: i18n::rp_weakest(lang).into(), text: names.join(", ") });
        }
        let ranked = s.ranking(jenis);
        if !ranked.is_empty() {
            blocks.push(Block::H2(format!(
                "{} — {}",
                i18n::rp_ranking(lang),
                i18n::rp_1c_title(lang, jenis)
            )));
            let mut cols = vec![
                Col::new(i18n::rp_rank_pos(lang), Align::Center, Width::Mm(11.0)),
                Col::new(i18n::rp_nama(lang), Align::Left, Width::Rest),
            ];
            cols.extend(
                i18n::rp_domains_short(lang).split('|').map(|d| Col::new(d, Align::Right, Width::Auto)),
            );
            cols.push(Col::new(i18n::rp_value_short(lang), Align::Right, Width::Auto));
            let rows = ranked
                .iter()
                .map(|r| {
                    let mut row = vec![r.position_text(), r.row.nama.clone()];
                    row.extend(r.domains.iter().map(|d| Summary::mean_text(lang, *d)));
                    row.push(Summary::mean_text(lang, r.value));
                    row
                })
                .collect();
            blocks.push(Block::Table { cols, rows });
            blocks.push(Block::Small(vec![i18n::rp_ranking_rule(lang).into()]));
        }
    }
    blocks.push(Block::H2(i18n::rp_list(lang).into()));
    let sorted = s.sorted(doc.order);
    blocks.push(Block::Table {
        cols: vec![
            Col::new(i18n::rp_no(lang), Align::Center, Width::Mm(9.0)),
            Col::new(i18n::rp_nama(lang), Align::Left, Width::Rest),
            Col::new(i18n::rp_nip(lang), Align::Left, Width::Auto),
            Col::new(i18n::rp_jenis(lang), Align::Center, Width::Auto),
            Col::new(i18n::rp_score_100(lang), Align::Right, Width::Auto),
            Col::new(i18n::rp_predikat(lang), Align::Left, Width::Auto),
            Col::new(i18n::rp_ak(lang), Align::Right, Width::Auto),
        ],
        rows: sorted
            .iter()
            .enumerate()
            .map(|(i, r)| {
                vec![
                    (i + 1).to_string(),
                    r.nama.clone(),
                    r.nip.clone(),
                    r.jenis.code().to_string(),
                    Summary::nilai_text(lang, r.score_100),
                    r.predikat.name().to_string(),
                    r.credit.map_or_else(|| i18n::rp_none(lang).to_string(), |x| Summary::ak_text(lang, x)),
                ]
            })
            .collect(),
    });
    if let Some(r) = &s.riwayat {
        blocks.push(Block::H2(format!("{} — {}", i18n::rp_riwayat(lang), r.periode)));
        let aligns =
            [Align::Left, Align::Left, Align::Left, Align::Right, Align::Right, Align::Center, Align::Left];
        let cols = i18n::rp_riwayat_headers(lang)
            .iter()
            .zip(aligns)
            .enumerate()
            .map(|(i, (h, a))| Col::new(*h, a, if i == 0 { Width::Rest } else { Width::Auto }))
            .collect();
        blocks.push(Block::Table { cols, rows: r.rows.iter().map(|row| row.to_vec()).collect() });
    }
    let mut notes: Vec<(String, String)> = sorted
        .iter()
        .filter(|r| !r.catatan.is_empty())
        .map(|r| (r.nama.clone(), r.catatan.clone()))
        .collect();
    notes.extend(
        s.unassessed
            .iter()
            .map(|(nama, _, source)| (nama.clone(), format!("({source}) {}", i18n::rp_unassessed(lang)))),
    );
    if !notes.is_empty() {
        blocks.push(Block::H2(i18n::rp_catatan(lang).into()));
        blocks.push(Block::List(notes));
    }
    Page { kind: "summary", blocks }
}

/// An evaluasi diri form: identity, the items, the result, the signatures of the kepala
/// sekolah and the guru.
pub fn evaluasi<'a>(lang: Lang, p: &FormPage) -> Page<'a> {
    let mut small = vec![i18n::ev_rule(lang).to_string()];
    if p.vocational {
        small.push(i18n::ev_kejuruan_mark(lang).into());
    }
    let mut blocks = vec![
        Block::Head { over: Some(p.form.into()), title: i18n::ev_title(lang).into(), who: p.who.clone() },
        rows(&p.identity),
        Block::Table {
            cols: vec![
                Col::new(i18n::rp_no(lang), Align::Center, Width::Mm(9.0)),
                Col::new(i18n::ev_item(lang), Align::Left, Width::Rest),
                Col::new(
                    format!("{} / {}", i18n::ev_ada(lang), i18n::ev_tidak_ada(lang)),
                    Align::Center,
                    Width::Mm(26.0),
                ),
                Col::new(i18n::ev_skor(lang), Align::Center, Width::Mm(19.0)),
            ],
            rows: p
                .items
                .iter()
                .map(|(n, item, ada, skor)| vec![n.to_string(), item.clone(), ada.to_string(), skor.clone()])
                .collect(),
        },
        Block::Small(small),
        Block::Rows {
            rows: p.results.iter().map(|(l, v)| (l.to_string(), v.clone())).collect(),
            strong: true,
        },
        Block::Small(vec![i18n::ev_bands(lang).into()]),
    ];
    if let Some(note) = &p.note {
        blocks.push(Block::Note { label: i18n::rp_catatan(lang).into(), text: note.clone() });
    }
    blocks.push(Block::PlaceDate(p.place_date.clone()));
    let signs: Vec<(&'static str, String, String)> =
        p.signatures.iter().map(|(r, n, nip)| (*r, FormPage::blank(n), nip.clone())).collect();
    blocks.push(signatures(lang, &signs));
    Page { kind: "ev", blocks }
}
