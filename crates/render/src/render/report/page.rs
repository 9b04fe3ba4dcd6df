//! The report's pages as blocks (`render::blocks`), worked out once: a teacher's Lampiran 1B,
//! 1C and 1D, and the school summary. The HTML and the Typst writers lay them out.

use crate::core::instrument::Jenis;
use crate::core::predikat::Predikat;
use crate::i18n;
use crate::lang::Lang;

use super::{Document, Summary, TeacherPages};
use crate::render::blocks::{Align, Block, Col, Page, Recap, Width, who};

fn head(lang: Lang, lampiran: &str, title: &str, t: &TeacherPages) -> Block<'static> {
    Block::Head {
        over: Some(format!("{} {lampiran}", i18n::rp_lampiran(lang))),
        title: title.to_string(),
        who: who(&t.nama, &t.nip),
    }
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
        signed_by_pair(lang, t, &mut blocks);
        pages.push(Page { kind: "lampiran-1b", blocks });
    }
    if doc.lampiran.c {
        let values = t
            .blocks
            .iter()
            .map(|b| (format!("K{}", b.number), f64::from(b.value), b.value.to_string()))
            .collect();
        let mut blocks = vec![
            head(lang, "1C", i18n::rp_1c_title(lang, t.jenis), t),
            Block::Recap(Recap {
                jenis: t.jenis,
                blocks: &t.blocks,
                total: t.total,
                max_total: t.max_total,
                score_100: &t.score_100,
                predikat: t.predikat,
            }),
            Block::H2(i18n::rp_chart(lang).into()),
            Block::Bars { items: values, max: 4.0, ticks: true },
        ];
        signed_by_pair(lang, t, &mut blocks);
        pages.push(Page { kind: "lampiran-1c", blocks });
    }
    if doc.lampiran.d {
        let mut blocks = vec![
            head(lang, "1D", i18n::rp_1d_title(lang), t),
            Block::H2(i18n::rp_identity_teacher(lang).into()),
            Block::rows(&t.identity),
            Block::H2(i18n::rp_identity_assessor(lang).into()),
            Block::rows(&t.assessor_rows(lang)),
            Block::H2(i18n::rp_result(lang).into()),
            Block::rows(&t.result_rows(lang)),
        ];
        if let Ok((_, steps)) = &t.credit {
            blocks.push(Block::Working(steps));
        }
        if !t.catatan.is_empty() {
            blocks.push(Block::Note { label: i18n::rp_catatan(lang).into(), text: t.catatan.clone() });
        }
        blocks.push(Block::PlaceDate(t.place_date.clone()));
        blocks.push(Block::signatures(i18n::rp_blank(lang), &t.signatures));
        pages.push(Page { kind: "lampiran-1d", blocks });
    }
    pages
}

/// Lampiran 1B and 1C end as their official formats do (Permendiknas 35/2010, Buku 2): place
/// and date, then the assessed teacher and the penilai sign.
fn signed_by_pair(lang: Lang, t: &TeacherPages, blocks: &mut Vec<Block<'_>>) {
    blocks.push(Block::PlaceDate(t.place_date.clone()));
    blocks.push(Block::signatures(i18n::rp_blank(lang), &t.signatures[..t.signatures.len().min(2)]));
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
    ];
    if !s.failed_at.is_empty() {
        let more = s.failed.saturating_sub(s.failed_at.len() as u64);
        let mut text = s.failed_at.join(", ");
        if more > 0 {
            text.push_str(&i18n::rp_failed_more(lang, more));
        }
        blocks.push(Block::Note { label: i18n::rp_failed(lang).into(), text });
    }
    blocks.push(Block::H2(i18n::rp_distribution(lang).into()));
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
        // The competencies by name, so a kepala sekolah sees what to plan PKB for: shortened
        // beside the bars, whole in the note on the weakest.
        let inst = crate::core::instrument::Instrument::embedded(jenis);
        let name = |k: usize| inst.competencies.get(k).map_or("", |c| c.name.as_str());
        let items = means
            .iter()
            .enumerate()
            .map(|(k, m)| {
                let label = format!("K{} {}", k + 1, shorten(name(k), 36));
                (label, crate::core::exact::to_f64(*m), Summary::mean_text(lang, *m))
            })
            .collect();
        blocks.push(Block::Bars { items, max: 4.0, ticks: true });
        let weakest = s.weakest(jenis, 3);
        if !weakest.is_empty() {
            let names: Vec<String> = weakest
                .iter()
                .map(|(k, m)| format!("K{k} {} ({})", name(k - 1), Summary::mean_text(lang, *m)))
                .collect();
            blocks.push(Block::Note { label: i18n::rp_weakest(lang).into(), text: names.join("; ") });
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

/// `text` cut at a word to at most `max` characters, with `…` when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches([',', ';']).to_string() + "…"
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn names_shortened_at_a_word() {
        assert_eq!(shorten("Pengembangan kurikulum", 36), "Pengembangan kurikulum");
        let long = "Bertindak sesuai dengan norma agama, hukum, sosial, dan kebudayaan nasional";
        let short = shorten(long, 36);
        assert_eq!(short, "Bertindak sesuai dengan norma…");
        assert!(short.chars().count() <= 36);
    }
}
