//! Filled sheets of a scheme: the one-teacher form and the school's wide form, and their
//! problems, on the shipped SMK scheme.

use std::borrow::Cow;

use super::*;
use crate::core::exact::{int, ratio};

fn csv(text: &str) -> Opened<'_> {
    Opened { bytes: Cow::Borrowed(text.as_bytes()), line_offset: 0, json: false }
}

const LONG: &str = "id,aspek,uraian,skor\n\
skema,Skema,Penilaian kinerja guru internal SMK,smk-lama\n\
nama,Identitas,,Budi Santoso\n\
nip,Identitas,,198001012005011001\n\
1.1,Disiplin,x,4\n1.2,Disiplin,x,3\n1.3,Disiplin,x,4\n\
2.1,Tanggung jawab,x,3\n2.2,Tanggung jawab,x,3\n2.3,Tanggung jawab,x,2\n\
3.1,Prestasi kerja,x,3\n3.2,Prestasi kerja,x,ya\n";

#[test]
fn a_filled_sheet_reads_and_scores() {
    let schemes = Schemes::builtin();
    assert!(is_form(&csv(LONG)));
    let read = read(&csv(LONG), &schemes);
    assert_eq!(read.len(), 1);
    let s = read[0].1.as_ref().unwrap();
    assert_eq!(s.identity("nama"), "Budi Santoso");
    assert_eq!(s.values, vec![Some(4), Some(3), Some(4), Some(3), Some(3), Some(2), Some(3), Some(1)]);
    assert_eq!(s.result().unwrap().nilai, ratio(680, 9));
}

#[test]
fn the_wide_form_gives_a_teacher_per_row() {
    let schemes = Schemes::builtin();
    let text = "skema,nama,nip,1.1,1.2,1.3,2.1,2.2,2.3,3.1,3.2\n\
smk-lama,Budi,1980,4,3,4,3,3,2,3,ya\n\
smk-lama,Sari,,4,4,4,4,4,4,4,tidak\n\
lain,Rina,,1,1,1,1,1,1,1,1\n\
smk-lama,Dewi,,5,,4,4,4,4,4,ya\n";
    assert!(is_form(&csv(text)));
    let read = read(&csv(text), &schemes);
    assert_eq!(read.iter().map(|(l, _)| *l).collect::<Vec<_>>(), vec![Some(2), Some(3), Some(4), Some(5)]);
    assert_eq!(read[0].1.as_ref().unwrap().result().unwrap().nilai, ratio(680, 9));
    // Six indicators at the top, 3.1 at the top, 3.2 "tidak": 70 + 30 × (1 + 0) / 2 = 85.
    assert_eq!(read[1].1.as_ref().unwrap().result().unwrap().nilai, int(85));
    assert_eq!(read[2].1.as_ref().unwrap_err()[0].kind, ProblemKind::SkemaUnknown("lain".into()));
    let p = read[3].1.as_ref().unwrap_err();
    assert_eq!(p[0].kind, ProblemKind::SkemaScore { value: "5".into(), scale: "1-4".into() });
    assert_eq!(p[0].at.as_deref(), Some("1.1"));
    assert_eq!(p[1].kind, ProblemKind::SkemaBlank(vec!["1.2".into()]));
}

#[test]
fn problems_of_a_one_teacher_sheet() {
    let schemes = Schemes::builtin();
    let dup = LONG.replace("1.2,Disiplin,x,3\n", "1.2,Disiplin,x,3\n1.2,Disiplin,x,2\n");
    let p = read(&csv(&dup), &schemes).remove(0).1.unwrap_err();
    assert_eq!((p[0].line, p[0].kind.clone()), (Some(7), ProblemKind::RowDuplicate(Some(6))));
    let unknown = LONG.replace("nip,Identitas", "warna,Identitas");
    let p = read(&csv(&unknown), &schemes).remove(0).1.unwrap_err();
    assert_eq!(p[0].kind, ProblemKind::SkemaUnknownId("warna".into()));
    let blank = LONG.replace("2.3,Tanggung jawab,x,2\n", "");
    let p = read(&csv(&blank), &schemes).remove(0).1.unwrap_err();
    assert_eq!(p[0].kind, ProblemKind::SkemaBlank(vec!["2.3".into()]));
    let yes = LONG.replace("3.2,Prestasi kerja,x,ya", "3.2,Prestasi kerja,x,4");
    let p = read(&csv(&yes), &schemes).remove(0).1.unwrap_err();
    assert_eq!(p[0].kind, ProblemKind::SkemaScore { value: "4".into(), scale: "ya-tidak".into() });
    let nameless = LONG.replace("smk-lama\n", "\n");
    let p = read(&csv(&nameless), &schemes).remove(0).1.unwrap_err();
    assert_eq!(p[0].kind, ProblemKind::SkemaNone);
}

#[test]
fn other_inputs_are_not_scheme_sheets() {
    assert!(!is_form(&csv("id,kompetensi,uraian,skor\n1.1,x,y,2\n")));
    assert!(!is_form(&csv("id,uraian,ada,skor\nED01,x,ada,4\n")));
    assert!(!is_form(&csv("nama,nip,1.1\nA,1,2\n")));
}

#[test]
fn a_scheme_given_replaces_the_shipped_one_of_the_same_id() {
    let mut schemes = Schemes::builtin();
    let mut s = (**schemes.get("SMK-LAMA").unwrap()).clone();
    s.name = "ganti".into();
    schemes.add(s);
    assert_eq!(schemes.all().len(), 1);
    assert_eq!(schemes.get("smk-lama").unwrap().name, "ganti");
}
