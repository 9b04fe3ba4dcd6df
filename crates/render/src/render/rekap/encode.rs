//! The rekap through the pipeline: each worker turns an assessed teacher into a rekap row in
//! the chosen format. Texts that depend on few inputs (the nilai of a total, the angka kredit
//! of a credit outcome, a band gap) are formatted once per worker and reused, so a valid row
//! allocates nothing.

use crate::core::assessment::CreditOutcome;
use crate::core::exact::{self, Exact, Fixed};
use crate::core::instrument::Jenis;
use crate::i18n;
use crate::lang::Lang;
use crate::pipeline::{CreditSlot, Encoder, Failure, Row};
use crate::sheet::Instruments;

use super::super::csv::CsvDialect;
use super::{CreditCell, RekapRow, RowEncoder, RowScores, Rows, Working};

/// Turns teachers into rekap rows of one format.
pub struct RekapEncoder<'a> {
    format: Box<dyn RowEncoder>,
    dialect: CsvDialect,
    /// The decimal separator of the display texts (the CSV dialect's; a point otherwise).
    decimal: char,
    lang: Lang,
    instruments: &'a Instruments,
}

impl<'a> RekapEncoder<'a> {
    /// An encoder of rows in `format` (see [`super::rekap`]), display texts with `decimal`.
    pub fn new(
        format: Box<dyn RowEncoder>,
        dialect: CsvDialect,
        decimal: char,
        lang: Lang,
        instruments: &'a Instruments,
    ) -> RekapEncoder<'a> {
        RekapEncoder { format, dialect, decimal, lang, instruments }
    }
}

/// The angka kredit of a credit outcome, formatted, or why there is none.
enum CreditTexts {
    None(Option<String>),
    Value { display: String, exact_text: String },
}

/// A worker's formatted texts.
#[derive(Default)]
pub struct TextCache {
    /// Per instrument and total: the nilai, with 2 decimals, and the band-gap catatan.
    totals: [Vec<Option<TotalTexts>>; 2],
    credits: CreditCache,
    /// The catatan of the row being written.
    catatan: String,
}

/// The nilai of a total, as a value and as texts.
type TotalTexts = (Exact, String, Option<String>);

fn total_texts(
    totals: &mut [Vec<Option<TotalTexts>>; 2],
    jenis: Jenis,
    total: u32,
    max: u32,
    (sep, lang): (char, Lang),
) -> &TotalTexts {
    let table = &mut totals[jenis.index()];
    let i = total as usize;
    if table.len() <= i {
        table.resize(i + 1, None);
    }
    table[i].get_or_insert_with(|| {
        let v = exact::ratio(100 * i64::from(total), i64::from(max.max(1)));
        (v, Fixed(v, 2, sep).to_string(), i18n::catatan_gap(lang, v))
    })
}

/// The texts of credit outcomes by their slot in the worker's cache (one generation of it).
#[derive(Default)]
struct CreditCache {
    by_slot: Vec<Option<CreditTexts>>,
    generation: u32,
    /// An outcome without a slot.
    adhoc: Option<CreditTexts>,
}

impl CreditCache {
    fn get(
        &mut self,
        slot: Option<CreditSlot>,
        outcome: &CreditOutcome,
        jenis: Jenis,
        (sep, lang): (char, Lang),
    ) -> &CreditTexts {
        let make = || match outcome {
            CreditOutcome::Computed(c) => CreditTexts::Value {
                display: Fixed(c.per_year, 3, sep).to_string(),
                exact_text: exact::exact_text(c.per_year, sep),
            },
            other => CreditTexts::None(i18n::catatan_credit(lang, other, jenis)),
        };
        let Some(slot) = slot else { return self.adhoc.insert(make()) };
        if slot.generation != self.generation {
            self.by_slot.clear();
            self.generation = slot.generation;
        }
        let i = slot.index as usize;
        if self.by_slot.len() <= i {
            self.by_slot.resize_with(i + 1, || None);
        }
        self.by_slot[i].get_or_insert_with(make)
    }
}

impl Encoder for RekapEncoder<'_> {
    type State = TextCache;
    type Batch = Rows;

    fn state(&self) -> TextCache {
        TextCache::default()
    }

    const RECYCLES: bool = true;

    fn batch(&self, mut buffer: Vec<u8>, input_bytes: usize) -> Rows {
        buffer.clear();
        // The rekap is smaller than its input: no regrowth.
        buffer.reserve(input_bytes);
        Rows::new(self.dialect, buffer)
    }

    fn recycle(&self, batch: Rows) -> Option<Vec<u8>> {
        Some(batch.bytes.out)
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        cache: &mut TextCache,
        out: &mut Rows,
        _problems: &mut Vec<Failure>,
        r: &Row<'_, S>,
    ) -> bool {
        let t = r.teacher;
        let max_total = self.instruments.get(r.jenis).max_total();
        let texts = (self.decimal, self.lang);
        let TextCache { totals, credits, catatan } = cache;
        let mut scores = None;
        let mut credit = None;
        match r.result {
            Some(a) => {
                let (v, nilai, gap) = total_texts(totals, r.jenis, a.scored.total, max_total, texts);
                let reason = match (credits.get(Some(a.slot), a.credit, r.jenis, texts), a.credit.computed())
                {
                    (CreditTexts::Value { display, exact_text }, Some(c)) => {
                        credit = Some(CreditCell { exact: c.per_year, display, exact_text });
                        None
                    }
                    (CreditTexts::None(reason), _) => reason.as_deref(),
                    _ => None,
                };
                super::write_catatan(self.lang, catatan, r.warnings, reason, gap.as_deref());
                scores = Some(RowScores {
                    values: a.scored.values(),
                    total: a.scored.total,
                    score_100: *v,
                    score_100_text: nilai,
                    predikat: a.predikat,
                });
            }
            None => super::write_catatan(self.lang, catatan, r.warnings, None, None),
        }
        let row = RekapRow {
            source: r.origin.file,
            line: r.origin.line,
            nama: t.nama_str(),
            nip: t.nip_str(),
            sekolah: t.sekolah.as_ref().map(|s| s.as_ref().trim()),
            jenis: r.jenis,
            golongan: t.golongan,
            working: Working::of(t, r.jenis),
            max_total,
            scores,
            credit,
            catatan,
            appraisal: t.appraisal_strs(),
        };
        self.format.row(out, &row);
        false
    }
}
