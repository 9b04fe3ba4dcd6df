//! A tugas tambahan instrument sheet as operators fill it: a CSV (or a workbook's worksheet)
//! with `id`, `komponen`, `uraian`, `skor` — an `instrumen` row naming the instrument
//! (`kepala-sekolah`, `wakil-kepala-kurikulum`, …), identity rows, then one row per indicator
//! `1.1` … with its score 1–4 — or its JSON twin (`pkguru/tambahan/1`, or the earlier `pkguru-tambahan/1`). Told from a PK Guru
//! sheet by its `instrumen` row (CSV) or its format (JSON). Problems are located by line and ID.

use serde_json::Value;

use crate::core::instrument::IndicatorId;
use crate::core::tambahan::{HasilTambahan, Instrumen, InstrumenTambahan};
use crate::core::text::squash;
use crate::scan::text::{reader, sniff_first_line};

use super::{Opened, Problem, ProblemKind};

/// The JSON sheet's `format`.
pub const JSON_FORMAT: &str = "pkguru/tambahan/1";

/// The id earlier versions wrote, still read.
pub const JSON_FORMAT_OLD: &str = "pkguru-tambahan/1";

/// Identity fields of the sheet, in print order.
pub const IDENTITY: [&str; 8] =
    ["nama", "nip", "sekolah", "periode", "penilai", "nip_penilai", "tempat", "tanggal"];

/// A tugas tambahan sheet read: the instrument, its scores in slot order, and the identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TambahanSheet {
    pub instrumen: Instrumen,
    pub scores: Vec<u8>,
    pub identity: [Option<String>; IDENTITY.len()],
}

impl TambahanSheet {
    /// An identity field, trimmed, or empty.
    pub fn identity(&self, key: &str) -> &str {
        IDENTITY
            .iter()
            .position(|k| *k == key)
            .and_then(|i| self.identity[i].as_deref())
            .map_or("", str::trim)
    }

    pub fn instrument(&self) -> &'static InstrumenTambahan {
        self.instrumen.instrument()
    }

    pub fn result(&self, bands: crate::core::predikat::Bands) -> HasilTambahan {
        crate::core::tambahan::score(self.instrument(), &self.scores, bands)
    }
}

const ID_NAMES: [&str; 4] = ["id", "kode", "indikator", "kodeindikator"];
const SCORE_NAMES: [&str; 4] = ["skor", "nilai", "score", "skor14"];

fn is_instrumen_key(key: &str) -> bool {
    matches!(squash(key).as_str(), "instrumen" | "instrumentugastambahan" | "instrumentambahan")
}

fn identity_key(key: &str) -> Option<usize> {
    let k = match squash(key).as_str() {
        "nama" | "namaguru" => "nama",
        "nip" => "nip",
        "sekolah" | "namasekolah" => "sekolah",
        "periode" => "periode",
        "penilai" | "namapenilai" => "penilai",
        "nippenilai" => "nip_penilai",
        "tempat" => "tempat",
        "tanggal" => "tanggal",
        _ => return None,
    };
    IDENTITY.iter().position(|i| *i == k)
}

fn columns(header: &csv::StringRecord) -> Option<(usize, usize, Option<usize>)> {
    let names: Vec<String> = header.iter().map(squash).collect();
    let find = |wanted: &[&str]| wanted.iter().find_map(|w| names.iter().position(|n| n == w));
    Some((find(&ID_NAMES)?, find(&SCORE_NAMES)?, names.iter().position(|n| n == "uraian")))
}

/// Whether an opened input is a tugas tambahan sheet.
pub fn is_sheet(opened: &Opened<'_>) -> bool {
    let bytes = crate::scan::text::strip_bom(&opened.bytes);
    if opened.json {
        return super::json::has_format(bytes, &[JSON_FORMAT, JSON_FORMAT_OLD]);
    }
    let mut rdr = reader(bytes, sniff_first_line(bytes), true);
    let Some((id, _, _)) = rdr.headers().ok().and_then(columns) else { return false };
    // The `instrumen` row comes first in the template; look a few rows down at most.
    rdr.records().take(20).flatten().any(|r| r.get(id).is_some_and(is_instrumen_key))
}

#[derive(Default)]
struct Collected {
    instrumen: Option<(String, Option<u64>)>,
    /// (id text, uraian, score text, line).
    rows: Vec<(String, String, String, Option<u64>)>,
    identity: [Option<String>; IDENTITY.len()],
    problems: Vec<Problem>,
}

impl Collected {
    fn row(&mut self, key: &str, uraian: &str, value: &str, line: Option<u64>) {
        if is_instrumen_key(key) {
            self.instrumen = Some((value.to_string(), line));
        } else if let Some(k) = identity_key(key) {
            if !value.is_empty() && self.identity[k].replace(value.to_string()).is_some() {
                self.problems.push(Problem::new(
                    line,
                    Some(IDENTITY[k].into()),
                    ProblemKind::RowDuplicate(None),
                ));
            }
        } else {
            self.rows.push((key.to_string(), uraian.to_string(), value.to_string(), line));
        }
    }

    fn finish(mut self) -> Result<TambahanSheet, Vec<Problem>> {
        let (name, line) = self.instrumen.take().unwrap_or_default();
        let Some(instrumen) = Instrumen::parse(&name) else {
            self.problems.push(Problem::new(
                line,
                Some("instrumen".into()),
                ProblemKind::TambahanInstrumen(name),
            ));
            return Err(self.problems);
        };
        let inst = instrumen.instrument();
        let texts: Vec<&str> = inst.indicators().map(|(_, _, t)| t).collect();
        let mut scores: Vec<Option<u8>> = vec![None; inst.indicator_count()];
        let mut seen: Vec<Option<u64>> = vec![None; inst.indicator_count()];
        for (key, uraian, value, line) in &self.rows {
            let by_id =
                IndicatorId::parse(key).and_then(|id| inst.slot(id.competency, usize::from(id.indicator)));
            // A spreadsheet turns `2.10` into `2.1`, and an instrument corrected since the sheet
            // was made numbers its indicators anew: an indicator's exact text, when it is not the
            // ID's, tells which it is (a repeated text then shows as the row it repeats).
            let by_text = texts.iter().position(|t| t.trim() == uraian.trim());
            let id_text = by_id.is_some_and(|s| texts[s].trim() == uraian.trim());
            let slot = match (by_id, by_text) {
                (Some(s), Some(t)) if s != t && (seen[s].is_some() || !id_text) => Some(t),
                (Some(s), _) => Some(s),
                (None, t) => t,
            };
            let Some(slot) = slot else {
                self.problems.push(Problem::new(*line, None, ProblemKind::TambahanUnknownId(key.clone())));
                continue;
            };
            let at = Some(id_of(inst, slot));
            if seen[slot].is_some() {
                self.problems.push(Problem::new(
                    *line,
                    at,
                    ProblemKind::RowDuplicate(seen[slot].filter(|l| *l > 0)),
                ));
                continue;
            }
            seen[slot] = Some(line.unwrap_or(0));
            match value.as_str() {
                "" => {}
                v => match super::rows::whole_number(v).filter(|n| (1..=4).contains(n)) {
                    Some(n) => scores[slot] = Some(n as u8),
                    None => self.problems.push(Problem::new(*line, at, ProblemKind::TambahanScore(v.into()))),
                },
            }
        }
        let blank: Vec<String> =
            (0..scores.len()).filter(|&s| scores[s].is_none()).map(|s| id_of(inst, s)).collect();
        if self.problems.is_empty() && blank.len() == scores.len() {
            return Err(vec![Problem::file(ProblemKind::TambahanNotAssessed)]);
        }
        if !blank.is_empty() {
            self.problems.push(Problem::file(ProblemKind::TambahanBlank(blank)));
        }
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        Ok(TambahanSheet {
            instrumen,
            scores: scores.into_iter().flatten().collect(),
            identity: self.identity,
        })
    }
}

/// The ID of a slot (`2.10`).
pub fn id_of(inst: &InstrumenTambahan, slot: usize) -> String {
    inst.indicators().nth(slot).map(|(k, i, _)| format!("{}.{i}", k.number)).unwrap_or_default()
}

/// Reads a tugas tambahan sheet.
pub fn read(opened: &Opened<'_>) -> Result<TambahanSheet, Vec<Problem>> {
    let c = super::rows::with_text(opened, |bytes| {
        if opened.json { read_json(bytes) } else { read_csv(bytes, opened.line_offset) }
    })?;
    c.finish()
}

fn read_csv(bytes: &[u8], line_offset: u64) -> Result<Collected, Vec<Problem>> {
    let mut c = Collected::default();
    let columns = |h: &csv::StringRecord| columns(h).ok_or(ProblemKind::NoScoreColumn);
    let end =
        super::rows::records(bytes, line_offset, columns, |&(id_col, score_col, text_col), rec, line| {
            let line = Some(line);
            let cell = |i: usize| rec.get(i).unwrap_or("").trim();
            let (key, value) = (cell(id_col), cell(score_col));
            if !key.is_empty() {
                c.row(key, text_col.map_or("", cell), value, line);
            } else if !value.is_empty() {
                c.problems.push(Problem::new(line, None, ProblemKind::ValueWithoutId(value.into())));
            }
        })?;
    c.problems.extend(end);
    Ok(c)
}

/// The `tambahan` section of a teacher's PK Guru JSON sheet (the same shape as a tugas
/// tambahan JSON sheet, `format` aside): `None` when there is none. Its NIP defaults to the
/// teacher's.
pub fn json_section(opened: &Opened<'_>) -> Option<Result<TambahanSheet, Vec<Problem>>> {
    if !opened.json {
        return None;
    }
    let bytes = crate::scan::text::strip_bom(&opened.bytes);
    memchr::memmem::find(bytes, b"\"tambahan\"")?;
    let Ok(Value::Object(root)) = serde_json::from_slice::<Value>(bytes) else { return None };
    let Some(Value::Object(section)) = root.get("tambahan") else { return None };
    let mut c = match collect_json(section) {
        Ok(c) => c,
        Err(p) => return Some(Err(p)),
    };
    let nip = IDENTITY.iter().position(|k| *k == "nip").unwrap_or(1);
    if c.identity[nip].is_none() {
        let teacher = root.get("teacher").or_else(|| root.get("guru"));
        c.identity[nip] = teacher.and_then(|t| t.get("nip")).and_then(Value::as_str).map(str::to_string);
    }
    Some(c.finish())
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
    collect_json(&root)
}

fn collect_json(root: &serde_json::Map<String, Value>) -> Result<Collected, Vec<Problem>> {
    let text = |v: Option<&Value>| match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.trim().to_string(),
        Some(other) => other.to_string(),
    };
    let mut c = Collected::default();
    c.row("instrumen", "", &text(root.get("instrumen")), None);
    if let Some(Value::Object(id)) = root.get("identitas") {
        for (key, v) in id {
            match identity_key(key) {
                Some(_) => c.row(key, "", &text(Some(v)), None),
                None => {
                    c.problems.push(Problem::new(None, None, ProblemKind::TambahanUnknownId(key.clone())))
                }
            }
        }
    }
    let Some(Value::Array(items)) = root.get("indikator") else {
        return Err(vec![Problem::file(ProblemKind::JsonShape)]);
    };
    for item in items {
        c.rows.push((text(item.get("id")), text(item.get("uraian")), text(item.get("skor")), None));
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::core::exact::ratio;
    use crate::core::predikat::{Bands, Predikat};

    fn csv(text: &str) -> Opened<'_> {
        Opened { bytes: Cow::Borrowed(text.as_bytes()), line_offset: 0, json: false }
    }

    fn sheet(which: Instrumen, score: impl Fn(usize) -> &'static str) -> String {
        let inst = which.instrument();
        let mut s =
            format!("id,komponen,uraian,skor\ninstrumen,Identitas,,{}\nnama,Identitas,,Budi\n", which.code());
        for (n, (k, i, t)) in inst.indicators().enumerate() {
            s.push_str(&format!("{}.{i},\"{}\",\"{t}\",{}\n", k.number, k.name, score(n)));
        }
        s
    }

    #[test]
    fn reads_every_instrument() {
        for which in Instrumen::ALL {
            let text = sheet(which, |_| "4");
            assert!(is_sheet(&csv(&text)), "{which:?}");
            let s = read(&csv(&text)).unwrap();
            assert_eq!(s.instrumen, which);
            assert_eq!(s.identity("nama"), "Budi");
            assert_eq!(s.result(Bands::Upper).predikat, Predikat::AmatBaik);
        }
        assert!(!is_sheet(&csv("id,kompetensi,uraian,skor\nnama,x,,A\n1.1,x,y,2\n")));
    }

    #[test]
    fn an_id_damaged_by_a_spreadsheet_is_told_by_its_text() {
        // Kepala sekolah K2 has 10 indicators: `2.10` saved as the number 2.1.
        let text = sheet(Instrumen::KepalaSekolah, |n| if n == 16 { "1" } else { "4" });
        let damaged = text.replacen("\n2.10,", "\n2.1,", 1);
        assert_ne!(text, damaged);
        let a = read(&csv(&text)).unwrap();
        let b = read(&csv(&damaged)).unwrap();
        assert_eq!(a, b);
        // K2 = (9 × 4 + 1) / 10 = 37/10; total = 5 × 4 + 37/10 = 237/10; nilai = 237/240 × 100.
        assert_eq!(a.result(Bands::Upper).nilai, ratio(395, 4));
    }

    /// A kepala laboratorium sheet filled from a template made before component 4 was
    /// corrected (seven indicators, "menyusun jadwal kegiatan" at 4.2 and again at 4.6, the
    /// laporan at 4.7): the repeated row is the one problem, located at its line and naming
    /// the row it repeats; the laporan is read by its text. Without the repeat it scores.
    #[test]
    fn a_sheet_from_before_the_kepala_laboratorium_correction() {
        let text = sheet(Instrumen::KepalaLaboratorium, |_| "3");
        let laporan = text.lines().find(|l| l.starts_with("4.6,")).unwrap().to_string();
        let old = text.replace(
            &laporan,
            &format!(
                "4.6,\"Pengelolaan Program dan Administrasi\",\"Menyusun jadwal kegiatan laboratorium/bengkel\",3\n{}",
                laporan.replacen("4.6,", "4.7,", 1)
            ),
        );
        let line_of = |id: &str| old.lines().position(|l| l.starts_with(id)).unwrap() as u64 + 1;
        let problems = read(&csv(&old)).unwrap_err();
        let got: Vec<(Option<u64>, Option<&str>, &ProblemKind)> =
            problems.iter().map(|p| (p.line, p.at.as_deref(), &p.kind)).collect();
        assert_eq!(
            got,
            [(Some(line_of("4.6,")), Some("4.2"), &ProblemKind::RowDuplicate(Some(line_of("4.2,"))))]
        );
        let fixed = old.replacen(&old.lines().nth(line_of("4.6,") as usize - 1).unwrap().to_string(), "", 1);
        let s = read(&csv(&fixed)).unwrap();
        assert_eq!(s, read(&csv(&text)).unwrap(), "4.7 read as the laporan (4.6)");
    }

    #[test]
    fn problems_are_located() {
        let text = sheet(Instrumen::WakaHumas, |n| match n {
            0 => "5",
            1 => "",
            _ => "3",
        });
        // An unknown ID whose text is no indicator's either.
        let line = text.lines().find(|l| l.starts_with("5.3,")).unwrap().to_string();
        let text = text.replace(&line, "5.9,Bidang Tugas,Teks lain,3");
        let problems = read(&csv(&text)).unwrap_err();
        let got: Vec<(Option<u64>, Option<&str>, &ProblemKind)> =
            problems.iter().map(|p| (p.line, p.at.as_deref(), &p.kind)).collect();
        assert_eq!(
            got,
            [
                (Some(4), Some("1.1"), &ProblemKind::TambahanScore("5".into())),
                (Some(35), None, &ProblemKind::TambahanUnknownId("5.9".into())),
                (None, None, &ProblemKind::TambahanBlank(vec!["1.1".into(), "1.2".into(), "5.3".into()])),
            ]
        );
        let unknown = sheet(Instrumen::WakaHumas, |_| "3").replace("wakil-kepala-humas", "wakil-kepala");
        let problems = read(&csv(&unknown)).unwrap_err();
        assert_eq!(problems[0].kind, ProblemKind::TambahanInstrumen("wakil-kepala".into()));
        let blank = sheet(Instrumen::WakaHumas, |_| "");
        assert_eq!(read(&csv(&blank)).unwrap_err()[0].kind, ProblemKind::TambahanNotAssessed);
    }

    #[test]
    fn a_section_of_the_teachers_json_sheet() {
        let inst = Instrumen::WakaHumas.instrument();
        let doc = serde_json::json!({
            "jenis": "kelas",
            "teacher": {"nama": "Ani", "nip": "198001012005012001"},
            "indicators": [],
            "tambahan": {
                "instrumen": "wakil-kepala-humas",
                "indikator": inst.indicators().map(|(k, i, _)| serde_json::json!({"id": format!("{}.{i}", k.number), "skor": 4})).collect::<Vec<_>>(),
            },
        })
        .to_string();
        let opened = Opened { bytes: Cow::Borrowed(doc.as_bytes()), line_offset: 0, json: true };
        assert!(!is_sheet(&opened));
        let s = json_section(&opened).unwrap().unwrap();
        assert_eq!(s.instrumen, Instrumen::WakaHumas);
        assert_eq!(s.identity("nip"), "198001012005012001", "the teacher's NIP");
        let plain = Opened { bytes: Cow::Borrowed(b"{\"jenis\": \"kelas\"}"), line_offset: 0, json: true };
        assert!(json_section(&plain).is_none());
    }

    #[test]
    fn reads_json() {
        let inst = Instrumen::KepalaPerpustakaan.instrument();
        let doc = serde_json::json!({
            "format": JSON_FORMAT,
            "instrumen": "kepala-perpustakaan",
            "identitas": {"nama": "Ani", "nip": "198001012005012001"},
            "indikator": inst.indicators().map(|(k, i, _)| serde_json::json!({"id": format!("{}.{i}", k.number), "skor": 3})).collect::<Vec<_>>(),
        })
        .to_string();
        let opened = Opened { bytes: Cow::Borrowed(doc.as_bytes()), line_offset: 0, json: true };
        assert!(is_sheet(&opened));
        // The id earlier versions wrote is read too; another is not.
        let old = doc.replace(JSON_FORMAT, JSON_FORMAT_OLD);
        assert!(is_sheet(&Opened { bytes: Cow::Borrowed(old.as_bytes()), line_offset: 0, json: true }));
        let other = doc.replace(JSON_FORMAT, "pkguru/lain/1");
        assert!(!is_sheet(&Opened { bytes: Cow::Borrowed(other.as_bytes()), line_offset: 0, json: true }));
        let s = read(&opened).unwrap();
        assert_eq!(s.identity("nip"), "198001012005012001");
        assert_eq!(s.result(Bands::Upper).nilai, ratio(75, 1));
    }
}
