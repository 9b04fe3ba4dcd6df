//! Who signs a teacher's appraisal, by case (Permendiknas 35/2010, Pedoman PK Guru Buku 2):
//! a teacher signs with the penilai, and the kepala sekolah signs for the school; a kepala
//! sekolah is assessed by the pengawas sekolah the Dinas assigns; a PNS teacher at a private
//! school has the result acknowledged ("mengetahui") by a kepala sekolah negeri the Dinas
//! appoints. The forms print these blocks; the readers warn when one person would sign twice.

use super::teacher::{Field, Teacher};
use super::tugas::TugasTambahan;

/// The part a person signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The assessed teacher.
    Guru,
    /// The assessed kepala sekolah.
    KepalaDinilai,
    Penilai,
    KepalaSekolah,
    /// The kepala sekolah who is also the penilai: one block.
    KepalaPenilai,
    /// The pengawas sekolah assessing a kepala sekolah.
    Pengawas,
    /// Acknowledges the result; its position (`jabatan_mengetahui`) is the sheet's.
    Mengetahui,
}

impl Role {
    /// Stable code for data outputs and tests.
    pub fn code(self) -> &'static str {
        match self {
            Role::Guru => "guru",
            Role::KepalaDinilai => "kepala-dinilai",
            Role::Penilai => "penilai",
            Role::KepalaSekolah => "kepala-sekolah",
            Role::KepalaPenilai => "kepala-penilai",
            Role::Pengawas => "pengawas",
            Role::Mengetahui => "mengetahui",
        }
    }
}

/// One signature block: the role, the name and the NIP as the sheet gives them (either may
/// be empty: a line to write on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signer<'a> {
    pub role: Role,
    pub nama: &'a str,
    pub nip: &'a str,
}

/// What is odd about a teacher's signers; said as a warning, the form is still printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleProblem {
    /// One person (by NIP, or by name where a NIP is missing) in two blocks.
    Twice { nama: String, first: Role, second: Role },
    /// A kepala sekolah given as his own penilai, and no pengawas to assess him.
    NoPengawas,
    /// The teacher is the school's kepala sekolah (same NIP or name) but no tugas tambahan
    /// says so: the angka kredit is then worked out as for a teacher.
    KepalaWithoutTugas,
}

impl RoleProblem {
    /// Stable code for data outputs and tests.
    pub fn code(&self) -> &'static str {
        match self {
            RoleProblem::Twice { .. } => "signs_twice",
            RoleProblem::NoPengawas => "no_pengawas",
            RoleProblem::KepalaWithoutTugas => "kepala_without_tugas",
        }
    }
}

/// The signature blocks of one teacher's forms, left to right, and what is odd about them.
/// Worked out for every row a reader passes, so it allocates nothing unless something is odd.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signers<'a> {
    list: [Signer<'a>; 4],
    len: usize,
    /// The assessed teacher is the kepala sekolah.
    pub kepala: bool,
    pub problems: Vec<RoleProblem>,
}

impl<'a> Signers<'a> {
    /// The blocks, left to right.
    pub fn blocks(&self) -> &[Signer<'a>] {
        &self.list[..self.len]
    }

    fn push(&mut self, role: Role, (nama, nip): (&'a str, &'a str)) {
        self.list[self.len] = Signer { role, nama, nip };
        self.len += 1;
    }
}

/// Whether two people given by name and NIP are the same: equal NIPs when both have one,
/// else equal names (letters and digits, any case). Empty names are nobody.
pub fn same_person(a: (&str, &str), b: (&str, &str)) -> bool {
    // Most sheets leave some signers blank: nobody, said at once.
    if a.0.len() + a.1.len() == 0 || b.0.len() + b.1.len() == 0 {
        return false;
    }
    let has_digit = |s: &str| s.bytes().any(|c| c.is_ascii_digit());
    if has_digit(a.1) && has_digit(b.1) {
        return a.1.bytes().filter(u8::is_ascii_digit).eq(b.1.bytes().filter(u8::is_ascii_digit));
    }
    same_name(a.0, b.0)
}

/// Equal names by their letters and digits, any case; an empty name is nobody. Called a few
/// times for every row `batch` reads, mostly with one side empty: ASCII names are compared
/// by bytes.
fn same_name(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        fn letters(s: &str) -> impl Iterator<Item = u8> + '_ {
            s.bytes().filter(u8::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase())
        }
        let mut x = letters(a);
        let Some(first) = x.next() else { return false };
        let mut y = letters(b);
        return y.next() == Some(first) && x.eq(y);
    }
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase)
    }
    letters(a).next().is_some() && letters(a).eq(letters(b))
}

/// What is odd about a teacher's signers, as [`signers`] says it; nothing, at once, when the
/// sheet names no signer but the teacher (a district's wide file, read for every row).
pub fn problems<S: AsRef<str>>(t: &Teacher<S>) -> Vec<RoleProblem> {
    const OTHERS: [Field; 8] = [
        Field::Penilai,
        Field::NipPenilai,
        Field::KepalaSekolah,
        Field::NipKepalaSekolah,
        Field::Pengawas,
        Field::NipPengawas,
        Field::Mengetahui,
        Field::NipMengetahui,
    ];
    if OTHERS.iter().all(|f| t.appraisal_str(*f).is_empty()) {
        return Vec::new();
    }
    signers(t).problems
}

/// Works out who signs one teacher's forms.
pub fn signers<'a, S: AsRef<str>>(t: &'a Teacher<S>) -> Signers<'a> {
    let me = (t.nama_str(), t.nip_str());
    let get = |f: Field| t.appraisal_str(f);
    let penilai = (get(Field::Penilai), get(Field::NipPenilai));
    let kepala_sekolah = (get(Field::KepalaSekolah), get(Field::NipKepalaSekolah));
    let pengawas = (get(Field::Pengawas), get(Field::NipPengawas));
    let mengetahui = (get(Field::Mengetahui), get(Field::NipMengetahui));
    let tugas_kepala = t.tugas_tambahan == Some(TugasTambahan::KepalaSekolah);
    let named_kepala = same_person(me, kepala_sekolah);
    let kepala = tugas_kepala || named_kepala;
    let mut problems = Vec::new();
    if named_kepala && !tugas_kepala {
        problems.push(RoleProblem::KepalaWithoutTugas);
    }
    let blank = Signer { role: Role::Guru, nama: "", nip: "" };
    let mut out = Signers { list: [blank; 4], len: 0, kepala, problems };
    if kepala {
        // A kepala sekolah is assessed by the pengawas sekolah (Permendiknas 35/2010); a
        // penilai other than himself given without a pengawas is taken to be the pengawas.
        out.push(Role::KepalaDinilai, me);
        let assessor = if !pengawas.0.is_empty() || !pengawas.1.is_empty() {
            pengawas
        } else if same_person(me, penilai) {
            // He was typed as his own penilai (the same kepala_sekolah on every sheet).
            out.problems.push(RoleProblem::NoPengawas);
            ("", "")
        } else {
            // Another penilai, or a line to write the pengawas on by hand.
            penilai
        };
        out.push(Role::Pengawas, assessor);
    } else {
        out.push(Role::Guru, me);
        if same_person(penilai, kepala_sekolah) {
            out.push(Role::KepalaPenilai, kepala_sekolah);
        } else {
            out.push(Role::Penilai, penilai);
            out.push(Role::KepalaSekolah, kepala_sekolah);
        }
    }
    if !mengetahui.0.is_empty() || !mengetahui.1.is_empty() {
        out.push(Role::Mengetahui, mengetahui);
    }
    for i in 0..out.len {
        let (a, rest) = (&out.list[i], &out.list[i + 1..out.len]);
        if let Some(b) = rest.iter().find(|b| same_person((a.nama, a.nip), (b.nama, b.nip))) {
            let nama = if a.nama.is_empty() { b.nama } else { a.nama };
            let twice = RoleProblem::Twice { nama: nama.to_string(), first: a.role, second: b.role };
            out.problems.push(twice);
        }
    }
    out
}

#[cfg(test)]
mod tests;
