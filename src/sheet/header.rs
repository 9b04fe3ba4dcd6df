//! How a header row tells which layout a CSV file has: the one-teacher sheet (`id` and
//! `skor` columns) or the wide layout (one column per indicator ID).

use crate::core::instrument::IndicatorId;
use crate::core::teacher::Field;

use super::problem::{Problem, ProblemKind};

/// The layout a header row announces.
#[derive(Debug)]
pub enum HeaderKind {
    /// One teacher, one indicator (or identity field) per row: the `id` and `skor` columns.
    Long { id: usize, score: usize },
    /// One teacher per row, one column per indicator ID.
    Wide,
    /// Not a header we can use; the problem says why.
    Bad(Problem),
}

/// Names accepted for the ID and score columns of a one-teacher sheet.
const ID_NAMES: [&str; 4] = ["id", "kode", "no", "indikator"];
const SCORE_NAMES: [&str; 4] = ["skor", "score", "nilai", "skor (0/1/2)"];

/// Decides the layout from the header row.
pub fn classify(header: &csv::ByteRecord) -> HeaderKind {
    let cells: Vec<String> =
        header.iter().map(|c| String::from_utf8_lossy(c).trim().to_lowercase()).collect();
    let find = |names: &[&str]| cells.iter().position(|c| names.contains(&c.as_str()));
    let bad = |kind| HeaderKind::Bad(Problem::new(Some(1), None, kind));
    if cells.iter().any(|c| matches!(c.as_str(), "0" | "1" | "2")) || looks_like_data_row(&cells) {
        return bad(ProblemKind::NoHeader(cells.join(",")));
    }
    match (find(&ID_NAMES), find(&SCORE_NAMES)) {
        (Some(id), Some(score)) => HeaderKind::Long { id, score },
        _ if cells.iter().any(|c| IndicatorId::parse(c).is_some()) => HeaderKind::Wide,
        (Some(_), None) => bad(ProblemKind::NoScoreColumn),
        _ => bad(ProblemKind::HeaderUnknown(cells.join(","))),
    }
}

/// The layout the first row of CSV bytes announces, if they hold a complete first row.
pub fn peek(bytes: &[u8]) -> Option<HeaderKind> {
    let bytes = crate::scan::text::strip_bom(bytes);
    memchr::memchr(b'\n', bytes)?;
    let mut rdr = crate::scan::text::reader(bytes, crate::scan::text::sniff_first_line(bytes), false);
    let mut rec = csv::ByteRecord::new();
    rdr.read_byte_record(&mut rec).ok()?;
    Some(classify(&rec))
}

/// A first row such as `1.1,2` or `nama,Siti` is data, not a header.
fn looks_like_data_row(cells: &[String]) -> bool {
    let first_is_key =
        cells.first().is_some_and(|c| IndicatorId::parse(c).is_some() || Field::parse(c).is_some());
    let no_known_columns =
        !cells.iter().any(|c| ID_NAMES.contains(&c.as_str()) || SCORE_NAMES.contains(&c.as_str()));
    let few_ids = cells.iter().filter(|c| IndicatorId::parse(c).is_some()).count() <= 1;
    first_is_key
        && no_known_columns
        && few_ids
        && cells.len() <= 4
        && cells.iter().skip(1).all(|c| Field::parse(c).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(h: &str) -> HeaderKind {
        classify(&csv::ByteRecord::from(h.split(',').collect::<Vec<_>>()))
    }

    #[test]
    fn header_kinds() {
        assert!(matches!(kind("id,kompetensi,uraian,skor"), HeaderKind::Long { id: 0, score: 3 }));
        assert!(matches!(kind("nama,nip,1.1,1.2"), HeaderKind::Wide));
        assert!(matches!(kind("id,kompetensi,uraian"), HeaderKind::Bad(_)));
        assert!(matches!(kind("1.1,2"), HeaderKind::Bad(_)));
        assert!(matches!(kind("nama,Siti"), HeaderKind::Bad(_)));
        assert!(matches!(kind("a,b,c"), HeaderKind::Bad(_)));
    }

    #[test]
    fn peeks_only_a_complete_first_row() {
        assert!(matches!(peek(b"\xEF\xBB\xBFnama;1.1;1.2\n"), Some(HeaderKind::Wide)));
        assert!(peek(b"nama,1.1").is_none());
    }
}
