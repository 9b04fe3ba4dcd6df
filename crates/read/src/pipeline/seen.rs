//! The check that needs every input of a run: the same teacher seen twice (a copied sheet, a
//! row pasted twice, one teacher in two files). Workers note each assessed teacher's key (the
//! NIP, or without one the name and school) and where it was; the main thread, taking jobs in
//! input order, remembers the first place of every key and makes the second a problem naming
//! both. Every command that reads sheets passes here.

use std::sync::Arc;

use crate::core::text::squash;
use crate::sheet::{Problem, ProblemKind};

use super::register::{CODED, Firsts, code_of_digits, nip_key};
use super::{Failure, Severity};

/// The teachers a job saw: keys and lines, with the files they came from as runs.
#[derive(Debug, Default)]
pub struct Sightings {
    keys: Vec<u64>,
    lines: Vec<u64>,
    /// (first index, file) of each run of sightings from one file.
    files: Vec<(usize, Arc<str>)>,
    /// Address and length of the last file name given.
    last: (usize, usize),
}

/// Line numbers are stored with 0 for "no line".
fn line_code(line: Option<u64>) -> u64 {
    line.unwrap_or(0)
}

impl Sightings {
    /// Notes a teacher (skipped when it has neither NIP nor name).
    pub fn saw(&mut self, file: &str, nip: &str, nama: &str, sekolah: &str, line: Option<u64>) {
        let Some(key) = key_of(nip, nama, sekolah) else { return };
        // The same file as the last teacher's (the common case) is told by its address.
        let at = (file.as_ptr() as usize, file.len());
        if at != self.last || self.files.is_empty() {
            if self.files.last().is_none_or(|(_, f)| &**f != file) {
                self.files.push((self.keys.len(), Arc::from(file)));
            }
            self.last = at;
        }
        self.keys.push(key);
        self.lines.push(line_code(line));
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

const LOW: u64 = (1 << 62) - 1;

/// FNV-1a over bytes.
fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A teacher's key: a NIP that decodes as its code (top bits `10`, see `register.rs`), with
/// or without spaces; another NIP of at most 18 digits as its number; another NIP hashed
/// (`11`); without a NIP, the name and school (case and spacing ignored) hashed (`01`). They
/// never meet: a NIP's number is below 2^60, the others carry their own top bits.
pub fn key_of(nip: &str, nama: &str, sekolah: &str) -> Option<u64> {
    if let Some(digits) = crate::core::identity::plain_nip(nip.as_bytes()) {
        return Some(match code_of_digits(&digits) {
            Some(code) => CODED | code,
            None => digits.iter().fold(0, |n, d| n * 10 + u64::from(d - b'0')),
        });
    }
    let n = nip.trim();
    if !n.is_empty() {
        // One pass: the digits' number, unless something else or a 19th digit comes.
        let (mut number, mut count) = (0u64, 0);
        let all_digits = n.len() <= 22
            && n.bytes().filter(|b| !b.is_ascii_whitespace() && *b != b'.').all(|b| {
                let ok = b.is_ascii_digit() && count < 18;
                if ok {
                    number = number * 10 + u64::from(b - b'0');
                    count += 1;
                }
                ok
            });
        if all_digits {
            return Some(nip_key(number));
        }
        let digits = nip.bytes().filter(|b| !b.is_ascii_whitespace() && *b != b'.');
        return Some((fnv(digits) & LOW) | (3 << 62));
    }
    let nama = squash(nama);
    if nama.is_empty() {
        return None;
    }
    let bytes = nama.bytes().chain([0]).chain(squash(sekolah).into_bytes());
    Some((fnv(bytes) & LOW) | (1 << 62))
}

/// Every teacher seen so far in the run, by key: where it was first seen.
#[derive(Default)]
pub struct Register {
    first: Firsts,
    files: Vec<Arc<str>>,
}

/// A teacher seen again: where (file, line), for sinks that hold what they were given.
pub type Again = (Arc<str>, Option<u64>);

/// A place as sinks name their teachers' sources: `file:line`, or `file`.
pub fn place(file: &str, line: Option<u64>) -> String {
    match line {
        Some(l) => format!("{file}:{l}"),
        None => file.to_string(),
    }
}

/// The places of teachers seen again, for a sink to leave out of the batch it is given next.
pub fn places(again: &[Again]) -> std::collections::HashSet<String> {
    again.iter().map(|(f, l)| place(f, *l)).collect()
}

impl Register {
    /// Room for about `teachers` keys, so that a large run's table is not grown (and copied)
    /// step by step.
    pub fn reserve(&mut self, teachers: usize) {
        self.first.reserve(teachers.min(64 << 20));
    }

    /// Takes a job's sightings in input order: a key seen before is a problem named at its
    /// second place with its first. A NIP seen twice, or a name and school without NIP seen in
    /// two inputs, is an error and the second is left out (returned); a name and school twice
    /// in one list may be two honorer of one name, so it is a warning (an error under
    /// `strict`) and both stay.
    pub fn check(&mut self, s: &Sightings, strict: bool, failures: &mut Vec<Failure>) -> Vec<Again> {
        let mut again = Vec::new();
        self.first.reserve(s.keys.len());
        for (run, (start, file)) in s.files.iter().enumerate() {
            let end = s.files.get(run + 1).map_or(s.keys.len(), |(e, _)| *e);
            if self.files.last().is_none_or(|f| f != file) {
                self.files.push(Arc::clone(file));
            }
            let file_no = self.files.len() - 1;
            for i in *start..end {
                self.first.ahead(&s.keys, i);
                let (key, line) = (s.keys[i], s.lines[i]);
                match self.first.see(key, file_no, line) {
                    None => {}
                    Some((f, l)) => {
                        let first = match l {
                            0 => self.files[f].to_string(),
                            l => format!("{}:{l}", self.files[f]),
                        };
                        let line = (line != 0).then_some(line);
                        let by_nip = key >> 62 != 1;
                        let at = if by_nip { "nip" } else { "nama" };
                        let problem =
                            Problem::new(line, Some(at.into()), ProblemKind::TeacherTwice { first, by_nip });
                        // Two rows of one list with one name and no NIP may be two people.
                        let maybe_two = !by_nip && f == file_no;
                        let severity = if maybe_two && !strict { Severity::Warning } else { Severity::Error };
                        failures.push(Failure::new(file, problem, severity));
                        if !maybe_two {
                            again.push((Arc::clone(file), line));
                        }
                    }
                }
            }
        }
        again
    }
}

/// Moves the problems from `added` on among the job's others of their file, by line, so a
/// file's problems read top to bottom.
pub fn in_line_order(failures: &mut Vec<Failure>, added: usize) {
    let new: Vec<Failure> = failures.drain(added..).collect();
    for f in new {
        let line = f.problem.line.unwrap_or(0);
        let same = |g: &Failure| g.file == f.file;
        let at = failures
            .iter()
            .position(|g| same(g) && g.problem.line.unwrap_or(0) > line)
            .or_else(|| failures.iter().rposition(same).map(|i| i + 1))
            .unwrap_or(failures.len());
        failures.insert(at, f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_problems_take_their_line_s_place() {
        let at = |file: &str, line: u64| {
            Failure::new(
                &Arc::from(file),
                Problem::new(Some(line), None, ProblemKind::WorkbookEmpty),
                Severity::Error,
            )
        };
        let mut fs = vec![at("a", 4), at("a", 9), at("b", 1), at("a", 2), at("c", 5), at("b", 3)];
        in_line_order(&mut fs, 3);
        let order: Vec<_> = fs.iter().map(|f| (&*f.file, f.problem.line.unwrap())).collect();
        assert_eq!(order, [("a", 2), ("a", 4), ("a", 9), ("b", 1), ("b", 3), ("c", 5)]);
    }

    #[test]
    fn keys_of_nips_names_and_nothing() {
        let coded = key_of("198503152010012003", "", "").unwrap();
        assert_eq!(coded, nip_key(198503152010012003));
        assert_eq!(coded >> 62, 2, "a NIP that decodes carries its code");
        assert_eq!(key_of(" 19850315 201001 2 003 ", "x", ""), Some(coded));
        assert_ne!(key_of("198503152010012004", "", ""), Some(coded));
        assert_ne!(key_of("NIP-1", "", ""), key_of("NIP-2", "", ""));
        assert!(key_of("NIP-1", "", "").unwrap() >> 62 == 3);
        assert_eq!(key_of("1985.0315", "", ""), Some(19850315));
        assert_eq!(key_of("999999999999999999", "", ""), Some(999_999_999_999_999_999));
        assert!(key_of("1985031520100120031", "", "").unwrap() >> 62 == 3, "19 digits are hashed");
        let a = key_of("", "Siti  Aminah", "SMP 1").unwrap();
        assert_eq!(Some(a), key_of("", "siti aminah", "smp 1"));
        assert_ne!(Some(a), key_of("", "Siti Aminah", "SMP 2"));
        assert!(a >> 62 == 1);
        assert_eq!(key_of("", "", "SMP 1"), None);
    }

    #[test]
    fn the_second_place_is_named_with_the_first() {
        let mut reg = Register::default();
        let mut a = Sightings::default();
        a.saw("a.csv", "198503152010012003", "Siti", "", None);
        a.saw("b.csv", "", "Rina", "SMP 1", Some(4));
        let mut failures = Vec::new();
        assert!(reg.check(&a, false, &mut failures).is_empty());
        let mut b = Sightings::default();
        b.saw("c.csv", "198503152010012003", "Siti", "", Some(7));
        b.saw("c.csv", "", "rina", "smp 1", Some(8));
        b.saw("c.csv", "196001012000011001", "Lain", "", Some(9));
        b.saw("c.csv", "", "Ani", "SMP 1", Some(10));
        b.saw("c.csv", "", "ani", "SMP 1", Some(11));
        let again = reg.check(&b, false, &mut failures);
        let c = |l| (Arc::from("c.csv"), Some(l));
        assert_eq!(again, vec![c(7), c(8)], "the same name in one list is not left out");
        let kinds: Vec<_> = failures.iter().map(|f| (f.problem.line, f.problem.kind.clone())).collect();
        assert_eq!(
            kinds,
            vec![
                (Some(7), ProblemKind::TeacherTwice { first: "a.csv".into(), by_nip: true }),
                (Some(8), ProblemKind::TeacherTwice { first: "b.csv:4".into(), by_nip: false }),
                (Some(11), ProblemKind::TeacherTwice { first: "c.csv:10".into(), by_nip: false }),
            ]
        );
        assert_eq!(failures.iter().map(|f| f.warning).collect::<Vec<_>>(), [false, false, true]);
        // Under --strict the name's second place is an error too, yet it stays.
        let mut strict = Register::default();
        let mut failures = Vec::new();
        strict.check(&a, true, &mut failures);
        let again = strict.check(&b, true, &mut failures);
        assert_eq!(again.len(), 2);
        assert!(failures.iter().all(|f| !f.warning));
    }
}
