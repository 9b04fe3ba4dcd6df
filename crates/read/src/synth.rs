//! Deterministic synthetic wide files (mixed kelas and BK teachers) for the benchmark and the
//! batch-equals-score tests. The same seed always gives the same bytes.
//!
//! May use: `sheet` (the wide header) and `core`.

use std::io::{self, Write};

use crate::core::golongan::Golongan;
use crate::core::instrument::{Instrument, Jenis};
use crate::core::teacher::Field;
use crate::sheet::wide::template_ids;

/// The identity columns of the generated files: the twelve of the original wide template, kept
/// fixed so that benchmark files keep their shape when templates grow.
const IDENTITY: [Field; 12] = [
    Field::Nama,
    Field::Nip,
    Field::Sekolah,
    Field::Jenis,
    Field::Golongan,
    Field::Jam,
    Field::Konseli,
    Field::TugasTambahan,
    Field::NilaiTambahan,
    Field::TugasLain,
    Field::AkPkb,
    Field::AkPenunjang,
];

/// A small, fast, seedable generator (xorshift64*); statistical quality is irrelevant here.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next value.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A value below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// The header of a mixed wide file.
pub fn header() -> Vec<String> {
    IDENTITY
        .iter()
        .map(|f| f.key().to_string())
        .chain(template_ids(&[Jenis::Kelas, Jenis::Bk]).iter().map(|id| id.to_string()))
        .collect()
}

/// Writes the header and `n` teachers.
pub fn write<W: Write>(out: &mut W, n: u64, seed: u64) -> io::Result<()> {
    let header = header();
    writeln!(out, "{}", header.join(","))?;
    let ids = template_ids(&[Jenis::Kelas, Jenis::Bk]);
    let slots = |j: Jenis| -> Vec<bool> {
        let inst = Instrument::embedded(j);
        ids.iter().map(|id| inst.slot(*id).is_some()).collect()
    };
    let (kelas_cols, bk_cols) = (slots(Jenis::Kelas), slots(Jenis::Bk));
    let mut rng = Rng::new(seed);
    let mut line = Vec::with_capacity(512);
    for i in 1..=n {
        line.clear();
        let jenis = if rng.below(8) == 0 { Jenis::Bk } else { Jenis::Kelas };
        // A per-teacher level spreads the predikat across the whole table.
        let level = rng.below(100);
        for f in IDENTITY {
            match f {
                Field::Nama => write!(line, "Guru Sintetis {i:07}")?,
                Field::Nip => {
                    // The random draws keep every other column as it was; the teacher's number
                    // picks the birth day, birth month, TMT year and sequence, so no NIP repeats
                    // among the first 8,064,000 teachers (a copied teacher is a problem).
                    let (year, _, _, _) = (60 + rng.below(40), rng.below(12), rng.below(28), rng.below(24));
                    let (tmt_month, sex) = (1 + rng.below(9), 1 + rng.below(2));
                    let q = i - 1;
                    let (seq, day, month, tmt) = (q % 1000, q / 1000 % 28, q / 28_000 % 12, q / 336_000 % 24);
                    write!(
                        line,
                        "19{year:02}{:02}{:02}20{tmt:02}0{tmt_month:01}{sex:01}{seq:03}",
                        month + 1,
                        day + 1
                    )?
                }
                Field::Sekolah => write!(line, "Sekolah {:04}", i / 40)?,
                Field::Jenis => line.extend_from_slice(jenis.code().as_bytes()),
                Field::Golongan if rng.below(10) != 0 => {
                    let g = Golongan::ALL[4 + rng.below(9) as usize];
                    line.extend_from_slice(g.as_str().as_bytes());
                }
                Field::Jam if jenis == Jenis::Kelas => write!(line, "{}", 18 + rng.below(25))?,
                Field::Konseli if jenis == Jenis::Bk => write!(line, "{}", 120 + rng.below(160))?,
                Field::TugasLain if rng.below(5) == 0 => line.extend_from_slice(b"wali-kelas"),
                _ => {}
            }
            line.push(b',');
        }
        let own = if jenis == Jenis::Kelas { &kelas_cols } else { &bk_cols };
        for (k, &has) in own.iter().enumerate() {
            if k > 0 {
                line.push(b',');
            }
            if has {
                let r = rng.below(100);
                let score = if r < level / 3 {
                    b'2'
                } else if r < level {
                    b'1'
                } else {
                    b'0'
                };
                let score = if r >= 97 { b'2' } else { score };
                line.push(score);
            }
        }
        line.push(b'\n');
        out.write_all(&line)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_bytes_and_valid_rows() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        write(&mut a, 50, 7).unwrap();
        write(&mut b, 50, 7).unwrap();
        assert_eq!(a, b);
        let mut c = Vec::new();
        write(&mut c, 50, 8).unwrap();
        assert_ne!(a, c);
        let text = String::from_utf8(a).unwrap();
        let width = header().len();
        for line in text.lines() {
            assert_eq!(line.split(',').count(), width, "{line}");
        }
    }
}
