use super::*;

fn teacher(fields: &[(Field, &str)]) -> Teacher<String> {
    let mut t = Teacher::default();
    for (f, v) in fields {
        let _ = t.set(*f, v.to_string());
    }
    t
}

const KEPALA: (&str, &str) = ("Drs. Bambang Sutrisno, M.Pd.", "196805121994031005");
const GURU: (&str, &str) = ("Siti Aminah, S.Pd.", "198503152010012003");
const PENGAWAS: (&str, &str) = ("Dr. Hendra Gunawan", "197002101995121001");

fn roles<'a>(s: &Signers<'a>) -> Vec<(Role, &'a str)> {
    s.blocks().iter().map(|b| (b.role, b.nama)).collect()
}

#[test]
fn a_teacher_assessed_by_a_colleague_signs_with_penilai_and_kepala() {
    let t = teacher(&[
        (Field::Nama, GURU.0),
        (Field::Nip, GURU.1),
        (Field::Penilai, "Rina Marlina, S.Pd."),
        (Field::KepalaSekolah, KEPALA.0),
        (Field::NipKepalaSekolah, KEPALA.1),
    ]);
    let s = signers(&t);
    assert!(!s.kepala);
    assert_eq!(
        roles(&s),
        [(Role::Guru, GURU.0), (Role::Penilai, "Rina Marlina, S.Pd."), (Role::KepalaSekolah, KEPALA.0)]
    );
    assert_eq!(s.problems, []);
}

#[test]
fn the_kepala_as_penilai_signs_once() {
    let t = teacher(&[
        (Field::Nama, GURU.0),
        (Field::Penilai, KEPALA.0),
        (Field::NipPenilai, KEPALA.1),
        (Field::KepalaSekolah, KEPALA.0),
        (Field::NipKepalaSekolah, KEPALA.1),
    ]);
    let s = signers(&t);
    assert_eq!(roles(&s), [(Role::Guru, GURU.0), (Role::KepalaPenilai, KEPALA.0)]);
    assert_eq!(s.problems, []);
}

/// The operator typed the same kepala sekolah for every teacher, the kepala's own sheet too.
#[test]
fn a_kepala_sekolah_is_assessed_by_the_pengawas_and_never_signs_twice() {
    let t = teacher(&[
        (Field::Nama, KEPALA.0),
        (Field::Nip, KEPALA.1),
        (Field::TugasTambahan, "kepala sekolah"),
        (Field::Penilai, KEPALA.0),
        (Field::KepalaSekolah, KEPALA.0),
        (Field::NipKepalaSekolah, KEPALA.1),
        (Field::Pengawas, PENGAWAS.0),
        (Field::NipPengawas, PENGAWAS.1),
    ]);
    let s = signers(&t);
    assert!(s.kepala);
    assert_eq!(roles(&s), [(Role::KepalaDinilai, KEPALA.0), (Role::Pengawas, PENGAWAS.0)]);
    assert_eq!(s.blocks()[1].nip, PENGAWAS.1);
    assert_eq!(s.problems, []);
}

#[test]
fn a_kepala_without_pengawas_gets_a_blank_and_a_warning() {
    let t = teacher(&[
        (Field::Nama, KEPALA.0),
        (Field::Nip, KEPALA.1),
        (Field::Penilai, KEPALA.0),
        (Field::KepalaSekolah, KEPALA.0),
        (Field::NipKepalaSekolah, KEPALA.1),
    ]);
    let s = signers(&t);
    assert!(s.kepala);
    assert_eq!(roles(&s), [(Role::KepalaDinilai, KEPALA.0), (Role::Pengawas, "")]);
    let codes: Vec<&str> = s.problems.iter().map(RoleProblem::code).collect();
    assert_eq!(codes, ["kepala_without_tugas", "no_pengawas"]);
}

#[test]
fn a_penilai_other_than_the_kepala_himself_is_his_pengawas() {
    let t =
        teacher(&[(Field::Nama, KEPALA.0), (Field::TugasTambahan, "kepsek"), (Field::Penilai, PENGAWAS.0)]);
    assert_eq!(roles(&signers(&t)), [(Role::KepalaDinilai, KEPALA.0), (Role::Pengawas, PENGAWAS.0)]);
}

/// A PNS teacher at a private school: the kepala sekolah negeri the Dinas appoints
/// acknowledges the result.
#[test]
fn mengetahui_comes_last() {
    let t = teacher(&[
        (Field::Nama, GURU.0),
        (Field::Penilai, "Yayasan Kepala, S.Pd."),
        (Field::KepalaSekolah, "Yayasan Kepala, S.Pd."),
        (Field::Mengetahui, "Dra. Neneng Sumarni"),
        (Field::NipMengetahui, "196903041993032004"),
        (Field::JabatanMengetahui, "Kepala SMP Negeri 2 Cianjur"),
    ]);
    let s = signers(&t);
    assert_eq!(
        roles(&s),
        [
            (Role::Guru, GURU.0),
            (Role::KepalaPenilai, "Yayasan Kepala, S.Pd."),
            (Role::Mengetahui, "Dra. Neneng Sumarni")
        ]
    );
    assert_eq!(s.problems, []);
}

#[test]
fn one_person_in_two_blocks_is_said() {
    // The teacher as her own penilai.
    let t = teacher(&[(Field::Nama, GURU.0), (Field::Nip, GURU.1), (Field::Penilai, "siti aminah s pd")]);
    let s = signers(&t);
    assert_eq!(
        s.problems,
        [RoleProblem::Twice { nama: GURU.0.to_string(), first: Role::Guru, second: Role::Penilai }]
    );
    // Same NIP, names written differently.
    let t = teacher(&[
        (Field::Nama, GURU.0),
        (Field::Penilai, "Rina"),
        (Field::NipPenilai, "1970 0210 1995 12 1 001"),
        (Field::Mengetahui, "Bu Rina"),
        (Field::NipMengetahui, "197002101995121001"),
    ]);
    let codes: Vec<&str> = signers(&t).problems.iter().map(RoleProblem::code).collect();
    assert_eq!(codes, ["signs_twice"]);
}

#[test]
fn different_nips_are_different_people_whatever_the_names() {
    assert!(!same_person(("Ahmad", "198503152010011001"), ("Ahmad", "198503152010011002")));
    assert!(same_person(("Ahmad, S.Pd.", ""), ("ahmad spd", "198503152010011002")));
    assert!(!same_person(("", ""), ("", "")));
}

#[test]
fn a_kepala_with_no_assessor_given_gets_a_line_to_write_on_and_no_warning() {
    let t = teacher(&[(Field::Nama, KEPALA.0), (Field::TugasTambahan, "kepala sekolah")]);
    let s = signers(&t);
    assert_eq!(roles(&s), [(Role::KepalaDinilai, KEPALA.0), (Role::Pengawas, "")]);
    assert_eq!(s.problems, []);
}

/// The comparison as first written (chars, Unicode case), against which the ASCII fast path
/// is checked.
fn same_name_by_chars(a: &str, b: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase)
    }
    letters(a).next().is_some() && letters(a).eq(letters(b))
}

#[test]
fn names_compare_by_letters_in_any_case() {
    assert!(same_person(("Dra. Siti  Aminah", ""), ("dra siti aminah", "")));
    assert!(same_person(("ÉLISE", ""), ("élise", "")));
    assert!(!same_person(("", ""), ("", "")), "nobody is nobody's twin");
    assert!(!same_person(("Siti", ""), ("", "")));
    assert!(!same_person(("Siti", ""), ("Sita", "")));
}

proptest::proptest! {
    #[test]
    fn the_ascii_path_agrees_with_the_unicode_one(
        a in "[A-Za-z0-9 .,'É-]{0,12}",
        b in "[A-Za-z0-9 .,'é-]{0,12}",
    ) {
        proptest::prop_assert_eq!(same_name(&a, &b), same_name_by_chars(&a, &b));
        let upper = a.to_uppercase();
        proptest::prop_assert_eq!(same_name(&a, &upper), same_name_by_chars(&a, &upper));
    }
}

proptest::proptest! {
    /// The shortcut for sheets that name no signer but the teacher says what `signers` says.
    #[test]
    fn problems_agree_with_signers(
        picks in proptest::collection::vec((0usize..11, 0usize..4), 0..6),
    ) {
        let fields = [
            Field::Nama, Field::Nip, Field::TugasTambahan, Field::Penilai, Field::NipPenilai,
            Field::KepalaSekolah, Field::NipKepalaSekolah, Field::Pengawas, Field::NipPengawas,
            Field::Mengetahui, Field::NipMengetahui,
        ];
        let values = |f: Field, v: usize| -> &'static str {
            let nip = matches!(f, Field::Nip | Field::NipPenilai | Field::NipKepalaSekolah
                | Field::NipPengawas | Field::NipMengetahui);
            match (f, nip, v) {
                (Field::TugasTambahan, _, 0 | 1) => "kepala-sekolah",
                (Field::TugasTambahan, _, _) => "",
                (_, true, 0) => GURU.1,
                (_, true, 1) => KEPALA.1,
                (_, true, 2) => PENGAWAS.1,
                (_, false, 0) => GURU.0,
                (_, false, 1) => KEPALA.0,
                (_, false, 2) => PENGAWAS.0,
                _ => "",
            }
        };
        let set: Vec<(Field, &str)> = picks.iter().map(|&(f, v)| (fields[f], values(fields[f], v))).collect();
        let t = teacher(&set);
        proptest::prop_assert_eq!(problems(&t), signers(&t).problems);
    }
}
