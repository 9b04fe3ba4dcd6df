//! What happens to each scored teacher: a rekap row in the chosen format (`batch`), or an
//! audit of the results typed into the sheet (`check`). Runs on worker threads and writes
//! into the chunk's output buffer without allocating per row.

use serde::Serialize;

use crate::core::exact::{self, Exact, Exactly, Fixed, int};
use crate::core::predikat::Predikat;
use crate::core::report::{Assessment, CreditOutcome};
use crate::core::teacher::{Claimed, Teacher};
use crate::i18n;
use crate::render::csv_out::{Origin, RowWriter, rekap_row};

/// Rekap output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RekapFormat {
    Csv,
    Json,
    Jsonl,
    Xlsx,
}

/// One rekap record in JSON (`pkguru/rekap/1`).
#[derive(Serialize)]
struct RekapJson<'a> {
    source: &'a str,
    line: Option<u64>,
    nama: &'a str,
    nip: &'a str,
    sekolah: Option<&'a str>,
    jenis: &'static str,
    golongan: Option<&'static str>,
    values: &'a [u8],
    total: u32,
    max_total: u32,
    score_100: f64,
    score_100_display: Fixed,
    predikat: &'static str,
    credit_percent: u32,
    angka_kredit: Option<f64>,
    angka_kredit_display: Option<Fixed>,
    angka_kredit_exact: Option<Exactly>,
}

/// Writes one teacher's rekap record.
pub fn rekap<S: AsRef<str>>(
    format: RekapFormat,
    w: &mut RowWriter,
    origin: Origin<'_>,
    t: &Teacher<S>,
    a: &Assessment,
    competencies: usize,
) {
    match format {
        // XLSX rows travel from the workers as standard CSV and are typed by the writer.
        RekapFormat::Csv | RekapFormat::Xlsx => rekap_row(w, origin, t, a, competencies),
        RekapFormat::Json | RekapFormat::Jsonl => {
            let credit = a.credit.computed().map(|c| c.per_year);
            let doc = RekapJson {
                source: origin.file,
                line: origin.line,
                nama: t.nama_str(),
                nip: t.nip_str(),
                sekolah: t.sekolah.as_ref().map(|s| s.as_ref().trim()),
                jenis: a.scored.jenis.code(),
                golongan: t.golongan.map(|g| g.as_str()),
                values: a.scored.values(),
                total: a.scored.total,
                max_total: a.scored.max_total,
                score_100: exact::to_f64(a.score_100()),
                score_100_display: Fixed(a.score_100(), 2, '.'),
                predikat: a.predikat.name(),
                credit_percent: a.predikat.credit_percent(),
                angka_kredit: credit.map(exact::to_f64),
                angka_kredit_display: credit.map(|c| Fixed(c, 3, '.')),
                angka_kredit_exact: credit.map(|c| Exactly(c, '.')),
            };
            if format == RekapFormat::Json {
                w.out.extend_from_slice(b",\n");
            }
            // Serialising into a Vec cannot fail for these types.
            let _ = serde_json::to_writer(&mut w.out, &doc);
            if format == RekapFormat::Jsonl {
                w.out.push(b'\n');
            }
        }
    }
}

/// One difference between a typed-in result and the computed one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The field key (`jumlah`, `nilai`, `predikat`, `angka_kredit`).
    pub field: &'static str,
    pub claimed: String,
    pub computed: String,
}

/// Whether a typed number agrees with the exact value at the precision it was typed with:
/// rounded half-up or truncated (both conventions appear in published tables).
fn agrees(claimed: Exact, exact_value: Exact) -> bool {
    let places = exact::decimal_places(claimed, 6).unwrap_or(6);
    let scale = int(10i64.pow(places));
    let rounded = Exact::from_integer(exact::round_scaled(exact_value, places)) / scale;
    let truncated = (exact_value * scale).trunc() / scale;
    claimed == rounded || claimed == truncated
}

/// Compares typed-in results with the computed ones.
pub fn audit(claimed: &Claimed, a: &Assessment) -> Vec<Mismatch> {
    let sep = i18n::decimal_sep();
    let mut out = Vec::new();
    if let Some(t) = claimed.total
        && t != int(i64::from(a.scored.total))
    {
        out.push(Mismatch {
            field: "jumlah",
            claimed: exact::human(t, 2, sep),
            computed: a.scored.total.to_string(),
        });
    }
    if let Some(n) = claimed.nilai
        && !agrees(n, a.score_100())
    {
        out.push(Mismatch {
            field: "nilai",
            claimed: exact::human(n, 6, sep),
            computed: exact::fixed(a.score_100(), 2, sep),
        });
    }
    if let Some(p) = claimed.predikat
        && p != a.predikat
    {
        out.push(Mismatch {
            field: "predikat",
            claimed: p.name().into(),
            computed: predikat_text(a.predikat),
        });
    }
    if let Some(ak) = claimed.angka_kredit {
        match &a.credit {
            CreditOutcome::Computed(c) if agrees(ak, c.per_year) => {}
            CreditOutcome::Computed(c) => out.push(Mismatch {
                field: "angka_kredit",
                claimed: exact::human(ak, 6, sep),
                computed: exact::fixed(c.per_year, 3, sep),
            }),
            _ => out.push(Mismatch {
                field: "angka_kredit",
                claimed: exact::human(ak, 6, sep),
                computed: i18n::audit_not_computable().into(),
            }),
        }
    }
    out
}

fn predikat_text(p: Predikat) -> String {
    format!("{} ({} %)", p.name(), p.credit_percent())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exact::ratio;

    #[test]
    fn typed_numbers_agree_when_rounded_or_truncated() {
        let v = ratio(5000, 70); // 71.428571…
        assert!(agrees(ratio(7143, 100), v));
        assert!(agrees(ratio(7142, 100), v), "truncated, as in a published example");
        assert!(agrees(int(71), v));
        assert!(!agrees(ratio(7144, 100), v));
        assert!(!agrees(int(72), v));
        assert!(agrees(ratio(7875, 1000), ratio(7875, 1000)));
        assert!(agrees(ratio(788, 100), ratio(7875, 1000)));
    }
}
