//! The evaluasi diri form as operators fill it: a CSV (or a workbook's worksheet) with the
//! columns `id`, `uraian`, `ada`, `skor` — identity rows keyed `sekolah`, `nama`, … with the
//! value in `skor`, then one row per item `ED01` … `ED21` — or its JSON twin
//! (`pkguru/evaluasi/1`; the earlier `pkguru-evaluasi/1` is read too). A form is told from a PK Guru sheet by its `ada` column (CSV) or
//! its format (JSON). Every problem is collected, located by line and item code.

use serde_json::Value;

use crate::core::evaluasi::{self, Form, ITEMS, Mark};
use crate::core::text::squash;
use crate::scan::text::{reader, sniff_first_line};

use crate::sheet::{Opened, Problem, ProblemKind, rows};

/// The JSON form's `format`.
pub const JSON_FORMAT: &str = "pkguru/evaluasi/1";

/// The id earlier versions wrote, still read.
pub const JSON_FORMAT_OLD: &str = "pkguru-evaluasi/1";

/// A form read: which form, each item's mark and score (by position in [`ITEMS`]), and the
/// identity in [`evaluasi::IDENTITY`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluasiSheet {
    pub form: Form,
    pub marks: [Option<Mark>; ITEMS.len()],
    /// The item's score: `None` when not assessed (or not on the form).
    pub scores: [Option<u8>; ITEMS.len()],
    pub identity: [Option<String>; evaluasi::IDENTITY.len()],
}

impl EvaluasiSheet {
    /// An identity field, trimmed, or empty.
    pub fn identity(&self, key: &str) -> &str {
        evaluasi::IDENTITY
            .iter()
            .position(|k| *k == key)
            .and_then(|i| self.identity[i].as_deref())
            .map_or("", str::trim)
    }

    /// Scores the form.
    pub fn result(&self, bands: crate::core::predikat::Bands) -> Option<evaluasi::FormResult> {
        evaluasi::score(&self.scores, bands)
    }
}

/// Header names of the three columns, compared squashed (`Ada / Tidak` → `adatidak`).
const ID_NAMES: [&str; 5] = ["id", "kode", "kodebutir", "butir", "idbutir"];
const ADA_NAMES: [&str; 6] = ["ada", "adatidak", "adatidakada", "keberadaan", "adaatautidak", "present"];
const SCORE_NAMES: [&str; 5] = ["skor", "nilai", "score", "skor14", "skorbutir"];

/// Identity keys as written, to the form's key.
fn identity_key(key: &str) -> Option<usize> {
    let k = match squash(key).as_str() {
        "sekolah" | "namasekolah" | "satuanpendidikan" => "sekolah",
        "nama" | "guru" | "namaguru" | "gurupengampu" | "pengampu" => "nama",
        "nip" | "nipguru" => "nip",
        "mapel" | "matapelajaran" => "mapel",
        "kelas" | "rombel" => "kelas",
        "periode" | "semester" | "tahunpelajaran" | "semestertahunpelajaran" => "periode",
        "kepalasekolah" | "kepsek" => "kepala_sekolah",
        "nipkepalasekolah" | "nipkepsek" => "nip_kepala_sekolah",
        "tempat" => "tempat",
        "tanggal" => "tanggal",
        _ => return None,
    };
    evaluasi::IDENTITY.iter().position(|i| *i == k)
}

/// Column positions of a form's header (id, ada, skor), when the header is a form's.
fn columns(header: &csv::StringRecord) -> Option<(usize, usize, usize)> {
    let names: Vec<String> = header.iter().map(squash).collect();
    let find = |wanted: &[&str]| wanted.iter().find_map(|w| names.iter().position(|n| n == w));
    Some((find(&ID_NAMES)?, find(&ADA_NAMES)?, find(&SCORE_NAMES)?))
}

/// Whether an opened input is an evaluasi diri form.
pub fn is_form(opened: &Opened<'_>) -> bool {
    let bytes = crate::scan::text::strip_bom(&opened.bytes);
    if opened.json {
        return crate::sheet::json::has_format(bytes, &[JSON_FORMAT, JSON_FORMAT_OLD]);
    }
    let mut rdr = reader(bytes, sniff_first_line(bytes), true);
    rdr.headers().ok().and_then(columns).is_some()
}

/// What a form's rows give, before the form is checked as a whole.
#[derive(Default)]
struct Collected {
    marks: [Option<Mark>; ITEMS.len()],
    scores: [Option<u8>; ITEMS.len()],
    /// Where each item's row is (a line, or 0 in JSON).
    seen: [Option<u64>; ITEMS.len()],
    identity: [Option<String>; evaluasi::IDENTITY.len()],
    problems: Vec<Problem>,
}

impl Collected {
    /// One item: its code, mark text and score text (trimmed) at `line`.
    fn item(&mut self, i: usize, mark: &str, skor: &str, line: Option<u64>) {
        let at = Some(ITEMS[i].code.to_string());
        let problem = |kind| Problem::new(line, at.clone(), kind);
        if self.seen[i].is_some() {
            let first = self.seen[i].filter(|l| *l > 0);
            self.problems.push(problem(ProblemKind::RowDuplicate(first)));
            return;
        }
        self.seen[i] = Some(line.unwrap_or(0));
        let mark = match mark {
            "" => None,
            m => match m.parse::<Mark>() {
                Ok(m) => Some(m),
                Err(()) => return self.problems.push(problem(ProblemKind::EvaluasiMark(m.into()))),
            },
        };
        let skor = match skor {
            "" => None,
            s => match rows::whole_number(s).filter(|n| (1..=4).contains(n)) {
                Some(n) => Some(n as u8),
                None => return self.problems.push(problem(ProblemKind::EvaluasiScore(s.into()))),
            },
        };
        match evaluasi::entry(mark, skor) {
            Ok(s) => {
                self.marks[i] = mark.or(s.map(|_| Mark::Ada));
                self.scores[i] = s;
            }
            Err(e) => self.problems.push(problem(ProblemKind::EvaluasiEntry(e))),
        }
    }

    /// One identity field (the first value wins; a second is a problem).
    fn identity(&mut self, k: usize, value: &str, line: Option<u64>) {
        if value.is_empty() {
            return;
        }
        if self.identity[k].is_some() {
            let kind = ProblemKind::RowDuplicate(None);
            self.problems.push(Problem::new(line, Some(evaluasi::IDENTITY[k].into()), kind));
            return;
        }
        self.identity[k] = Some(value.to_string());
    }

    /// The form as a whole: which one, no item missing, something assessed.
    fn finish(mut self) -> Result<EvaluasiSheet, Vec<Problem>> {
        let vocational = ITEMS.iter().zip(&self.seen).any(|(i, s)| i.kejuruan && s.is_some());
        let form = if vocational { Form::Kejuruan } else { Form::Umum };
        let missing: Vec<&'static str> = ITEMS
            .iter()
            .zip(&self.seen)
            .filter(|(i, s)| s.is_none() && (form == Form::Kejuruan || !i.kejuruan))
            .map(|(i, _)| i.code)
            .collect();
        if !missing.is_empty() {
            self.problems.push(Problem::file(ProblemKind::EvaluasiMissing(missing)));
        }
        if self.problems.is_empty() && self.scores.iter().all(Option::is_none) {
            self.problems.push(Problem::file(ProblemKind::EvaluasiNothingAssessed));
        }
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        Ok(EvaluasiSheet { form, marks: self.marks, scores: self.scores, identity: self.identity })
    }
}

/// Reads a form.
pub fn read(opened: &Opened<'_>) -> Result<EvaluasiSheet, Vec<Problem>> {
    let c = rows::with_text(opened, |bytes| {
        if opened.json { read_json(bytes) } else { read_csv(bytes, opened.line_offset) }
    })?;
    c.finish()
}

fn read_csv(bytes: &[u8], line_offset: u64) -> Result<Collected, Vec<Problem>> {
    let mut c = Collected::default();
    let columns = |h: &csv::StringRecord| columns(h).ok_or(ProblemKind::NoScoreColumn);
    let end = rows::records(bytes, line_offset, columns, |&(id_col, ada_col, score_col), rec, line| {
        let line = Some(line);
        let cell = |i: usize| rec.get(i).unwrap_or("").trim();
        let (key, mark, skor) = (cell(id_col), cell(ada_col), cell(score_col));
        if key.is_empty() {
            if !skor.is_empty() || !mark.is_empty() {
                let v = if skor.is_empty() { mark } else { skor };
                c.problems.push(Problem::new(line, None, ProblemKind::ValueWithoutId(v.into())));
            }
        } else if let Some(i) = evaluasi::find(key) {
            c.item(i, mark, skor, line);
        } else if let Some(k) = identity_key(key) {
            c.identity(k, skor, line);
        } else {
            c.problems.push(Problem::new(line, None, ProblemKind::EvaluasiUnknown(key.into())));
        }
    })?;
    c.problems.extend(end);
    Ok(c)
}

fn read_json(bytes: &[u8]) -> Result<Collected, Vec<Problem>> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![Problem::new(
            Some(e.line() as u64),
            None,
            ProblemKind::Json { column: e.column(), detail: e.to_string() },
        )]
    })?;
    let Value::Object(root) = root else { return Err(vec![Problem::file(ProblemKind::JsonShape)]) };
    let mut c = Collected::default();
    // Values as text: a number or a boolean as the operator would have typed it.
    let text = |v: Option<&Value>| match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Bool(true)) => "ada".into(),
        Some(Value::Bool(false)) => "tidak".into(),
        Some(other) => other.to_string(),
    };
    if let Some(Value::Object(id)) = root.get("identitas") {
        for (key, v) in id {
            match identity_key(key) {
                Some(k) => c.identity(k, &text(Some(v)), None),
                None => c.problems.push(Problem::new(None, None, ProblemKind::EvaluasiUnknown(key.clone()))),
            }
        }
    }
    let Some(Value::Array(items)) = root.get("butir") else {
        return Err(vec![Problem::file(ProblemKind::JsonShape)]);
    };
    for item in items {
        let code = text(item.get("id"));
        match evaluasi::find(&code) {
            Some(i) => c.item(i, &text(item.get("ada")), &text(item.get("skor")), None),
            None => c.problems.push(Problem::new(None, None, ProblemKind::EvaluasiUnknown(code))),
        }
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::core::predikat::{Bands, Predikat};

    fn csv(text: &str) -> Opened<'_> {
        Opened { bytes: Cow::Borrowed(text.as_bytes()), line_offset: 0, json: false }
    }

    fn form(rows: &[(&str, &str, &str)]) -> String {
        let mut s = String::from("id,uraian,ada,skor\nsekolah,Identitas,,SMK 1\nnama,Identitas,,Siti\n");
        for i in Form::Umum.items() {
            let (mark, skor) = rows.iter().find(|r| r.0 == i.code).map_or(("ada", "4"), |r| (r.1, r.2));
            s.push_str(&format!("{},{},{mark},{skor}\n", i.code, i.uraian));
        }
        s
    }

    #[test]
    fn reads_a_general_form() {
        let text = form(&[("ED02", "tidak", ""), ("ED05", "", "")]);
        assert!(is_form(&csv(&text)));
        let s = read(&csv(&text)).unwrap();
        assert_eq!(s.form, Form::Umum);
        assert_eq!(s.identity("nama"), "Siti");
        assert_eq!(s.scores[1], Some(1));
        assert_eq!(s.marks[1], Some(Mark::TidakAda));
        assert_eq!(s.scores[4], None);
        let r = s.result(Bands::Upper).unwrap();
        // 16 items at 4, one "tidak ada" (1), one not assessed: 65 / 68.
        assert_eq!((r.skor, r.maks, r.assessed), (65, 68, 17));
        assert_eq!(r.predikat, Predikat::AmatBaik);
    }

    #[test]
    fn a_pk_guru_sheet_is_not_a_form() {
        assert!(!is_form(&csv("id,kompetensi,uraian,skor\n1.1,x,y,2\n")));
    }

    #[test]
    fn problems_are_located() {
        let text =
            form(&[("ED03", "tidak", "3"), ("ED04", "ada", ""), ("ED06", "mungkin", "2"), ("ED07", "", "5")]);
        let text = text.replace("ED21,", "ED99,");
        let problems = read(&csv(&text)).unwrap_err();
        let got: Vec<(Option<u64>, Option<&str>, &ProblemKind)> =
            problems.iter().map(|p| (p.line, p.at.as_deref(), &p.kind)).collect();
        use crate::core::evaluasi::EntryError::*;
        assert_eq!(
            got,
            [
                (Some(6), Some("ED03"), &ProblemKind::EvaluasiEntry(TidakAdaScored(3))),
                (Some(7), Some("ED04"), &ProblemKind::EvaluasiEntry(AdaUnscored)),
                (Some(9), Some("ED06"), &ProblemKind::EvaluasiMark("mungkin".into())),
                (Some(10), Some("ED07"), &ProblemKind::EvaluasiScore("5".into())),
                (Some(21), None, &ProblemKind::EvaluasiUnknown("ED99".into())),
                (None, None, &ProblemKind::EvaluasiMissing(vec!["ED21"])),
            ]
        );
    }

    #[test]
    fn vocational_rows_make_the_vocational_form() {
        let mut text = form(&[]);
        text.push_str("ED18,Job sheet,,\nED19,x,ada,3\nED20,x,tidak,\n");
        let s = read(&csv(&text)).unwrap();
        assert_eq!(s.form, Form::Kejuruan);
        let r = s.result(Bands::Upper).unwrap();
        assert_eq!((r.skor, r.maks), (72 + 4, 80));
    }

    #[test]
    fn nothing_assessed_and_duplicates() {
        let blank: Vec<(&str, &str, &str)> = Form::Umum.items().map(|i| (i.code, "", "")).collect();
        let problems = read(&csv(&form(&blank))).unwrap_err();
        assert_eq!(problems[0].kind, ProblemKind::EvaluasiNothingAssessed);
        let text = form(&[]) + "ED01,again,ada,3\n";
        let problems = read(&csv(&text)).unwrap_err();
        assert_eq!(problems[0].kind, ProblemKind::RowDuplicate(Some(4)));
    }

    #[test]
    fn reads_json() {
        let doc = serde_json::json!({
            "format": JSON_FORMAT,
            "identitas": {"nama": "Budi", "kelas": "X TKJ 1"},
            "butir": Form::Umum.items().enumerate().map(|(n, i)| serde_json::json!({
                "id": i.code,
                "ada": if n == 0 { serde_json::json!(false) } else { serde_json::json!("ada") },
                "skor": if n == 0 { serde_json::Value::Null } else { serde_json::json!(3) },
            })).collect::<Vec<_>>(),
        })
        .to_string();
        let opened = Opened { bytes: Cow::Borrowed(doc.as_bytes()), line_offset: 0, json: true };
        assert!(is_form(&opened));
        // The id earlier versions wrote is read too; another is not.
        let old = doc.replace(JSON_FORMAT, JSON_FORMAT_OLD);
        assert!(is_form(&Opened { bytes: Cow::Borrowed(old.as_bytes()), line_offset: 0, json: true }));
        let other = doc.replace(JSON_FORMAT, "pkguru/lain/1");
        assert!(!is_form(&Opened { bytes: Cow::Borrowed(other.as_bytes()), line_offset: 0, json: true }));
        let s = read(&opened).unwrap();
        assert_eq!(s.identity("kelas"), "X TKJ 1");
        let r = s.result(Bands::Upper).unwrap();
        assert_eq!((r.skor, r.maks), (1 + 17 * 3, 72));
    }
}
