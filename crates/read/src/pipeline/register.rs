//! The memory behind the register of teachers seen (`seen.rs`). At province scale (3.4 million
//! teachers in one run) it is the run's largest structure and its lookups are on the main
//! thread, so it is kept small and its cache misses overlapped:
//!
//! - a valid NIP packs into 38 bits (birth date, TMT, sex, serial), which with a 26-bit
//!   ordinal (the sighting's number in the run) fills one 64-bit slot of an open-addressed
//!   table of cache-line buckets: 10 bytes a teacher where a general map took 21;
//! - every other key (a NIP that does not decode, a name and school without NIP, a sighting
//!   past the 67 millionth) goes to an ordinary map;
//! - places are kept as runs of evenly spaced lines per file, so a wide file's millions of
//!   places take one entry;
//! - a job's lookups prefetch the bucket a dozen keys ahead.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Bits of a slot given to the ordinal of the first sighting; the code takes the rest.
const ORD_BITS: u32 = 26;
const ORD_LIMIT: u64 = 1 << ORD_BITS;
const SLOTS: usize = 8;
/// Keys prefetched ahead of the one being looked up: enough misses in flight to hide most of
/// their latency, few enough that the lines are still in cache when their turn comes.
const AHEAD: usize = 12;

/// One cache line of slots; 0 is an empty slot.
#[repr(align(64))]
#[derive(Clone, Copy, Default)]
struct Bucket([u64; SLOTS]);

/// A valid NIP's code plus one (below 2^38; 0 is never a code): the NIP's fields in
/// fixed ranges, so two NIPs share a code only when they are the same NIP. The layout is
/// PP 11/2002: birth date (8 digits), TMT as CPNS (year and month), sex (1 or 2), serial (3).
pub fn code_of(key: u64) -> Option<u64> {
    if !(100_000_000_000_000_000..1_000_000_000_000_000_000).contains(&key) {
        return None;
    }
    let mut digits = [0u8; 18];
    let mut rest = key;
    for d in digits.iter_mut().rev() {
        *d = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    code_of_digits(&digits)
}

/// [`code_of`] of the NIP whose 18 ASCII digits these are (the workers' way: no division).
#[inline]
pub fn code_of_digits(d: &[u8; 18]) -> Option<u64> {
    let n =
        |from: usize, len: usize| d[from..from + len].iter().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let (by, bm, bd) = (n(0, 4), n(4, 2), n(6, 2));
    let (ty, tm, sex, serial) = (n(8, 4), n(12, 2), n(14, 1), n(15, 3));
    let valid = (1..=2).contains(&sex)
        && (1900..2070).contains(&ty)
        && (1..=12).contains(&tm)
        && (1900..2076).contains(&by)
        && (1..=12).contains(&bm)
        && (1..=31).contains(&bd);
    if !valid {
        return None;
    }
    // Below 176 · 372 = 65,472 (16 bits) and 170 · 12 = 2,040 (11 bits).
    let days = (by - 1900) * 372 + (bm - 1) * 31 + (bd - 1);
    let months = (ty - 1900) * 12 + (tm - 1);
    Some((((days << 11 | months) << 1 | (sex - 1)) * 1000 + serial) + 1)
}

/// The top bits of a key that carries a valid NIP's code (see `seen::key_of`).
pub const CODED: u64 = 2 << 62;

/// A NIP's key: its code when it has one (so that the register's table needs no division
/// on the main thread), its number otherwise.
pub fn nip_key(number: u64) -> u64 {
    code_of(number).map_or(number, |c| CODED | c)
}

/// The code a key carries, if it is a valid NIP's.
fn code_in(key: u64) -> Option<u64> {
    (key >> 62 == CODED >> 62).then_some(key & !(3 << 62))
}

/// `n` empty buckets, in huge pages where the system gives them on request: the lookups land
/// anywhere in the table, and with 4 KiB pages nearly every one also misses the TLB (the
/// register's time halved with huge pages in the 3.4-million-teacher benchmark).
fn huge_zeroed(n: usize) -> Vec<Bucket> {
    let mut v: Vec<Bucket> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    if n * size_of::<Bucket>() >= 4 << 20 {
        // The whole 4 KiB pages of the allocation, not yet touched.
        let (start, end) = (v.as_ptr() as usize, v.as_ptr() as usize + n * size_of::<Bucket>());
        let (start, end) = (start.next_multiple_of(4096), end & !4095);
        // SAFETY: madvise only advises the kernel about pages this Vec owns; the advice
        // (back them with huge pages) changes no content, and a refusal is harmless.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
    v.resize(n, Bucket::default());
    v
}

/// Where a code was met: its first sighting's ordinal, or a place for it.
#[derive(Debug, PartialEq, Eq)]
pub enum Met {
    Before(u64),
    New,
    /// Not in the table, and the ordinal does not fit a slot: the caller keeps it elsewhere.
    NoRoom,
}

/// The open-addressed table of codes and ordinals.
#[derive(Default)]
pub struct Table {
    buckets: Vec<Bucket>,
    len: usize,
}

impl Table {
    fn home(&self, code: u64) -> usize {
        let h = (code ^ (code >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        ((u128::from(h) * self.buckets.len() as u128) >> 64) as usize
    }

    /// Room for `more` codes beyond those held, at a load of at most 7/8 (a new table is
    /// sized for 4/5, so a file's estimate that falls a little short does not grow it).
    pub fn make_room(&mut self, more: usize) {
        let need = self.len + more;
        let slots = self.buckets.len() * SLOTS;
        if need * 8 <= slots * 7 {
            return;
        }
        let buckets = (need * 5 / 4 / SLOTS + 1).max(self.buckets.len() * 2);
        let old = std::mem::replace(&mut self.buckets, huge_zeroed(buckets));
        for slot in old.iter().flat_map(|b| b.0).filter(|&s| s != 0) {
            let mut b = self.home(slot >> ORD_BITS);
            loop {
                if let Some(free) = self.buckets[b].0.iter_mut().find(|s| **s == 0) {
                    *free = slot;
                    break;
                }
                b = if b + 1 == self.buckets.len() { 0 } else { b + 1 };
            }
        }
    }

    /// Asks the memory for a code's bucket ahead of its lookup.
    fn prefetch(&self, code: u64) {
        if self.buckets.is_empty() {
            return;
        }
        let _bucket: *const Bucket = &self.buckets[self.home(code)];
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a prefetch is a hint to the cache: it reads nothing the program sees and
        // cannot fault, and the address is of a live bucket.
        unsafe {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            _mm_prefetch::<_MM_HINT_T0>(_bucket.cast());
        }
    }

    /// Looks a code up and, when new, keeps it with `ord`. Needs room (`make_room`).
    fn meet(&mut self, code: u64, ord: u64) -> Met {
        let n = self.buckets.len();
        let mut b = self.home(code);
        loop {
            for slot in &mut self.buckets[b].0 {
                if *slot == 0 {
                    if ord >= ORD_LIMIT {
                        return Met::NoRoom;
                    }
                    *slot = code << ORD_BITS | ord;
                    self.len += 1;
                    return Met::New;
                }
                if *slot >> ORD_BITS == code {
                    return Met::Before(*slot & (ORD_LIMIT - 1));
                }
            }
            b = if b + 1 == n { 0 } else { b + 1 };
        }
    }
}

/// Mixes a key for the map of other keys (NIPs are numbers whose high bits hardly vary).
#[derive(Default)]
struct Mix(u64);

impl Hasher for Mix {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes
            .iter()
            .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    }

    fn write_u64(&mut self, k: u64) {
        let k = (k ^ (k >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = k ^ (k >> 29);
    }
}

/// A run of sightings from one file whose lines are evenly spaced (0 stands for no line).
#[derive(Debug, Clone, Copy)]
struct Run {
    start: u64,
    file: usize,
    line: u64,
    step: u64,
}

/// Keys to the ordinal of their first sighting, and each ordinal's place.
#[derive(Default)]
pub struct Firsts {
    table: Table,
    other: HashMap<u64, u64, BuildHasherDefault<Mix>>,
    runs: Vec<Run>,
    next: u64,
}

impl Firsts {
    /// Room for `keys` more: a run's estimate once, so a large table is not grown step by
    /// step, and each job's keys before they are seen (the table never grows mid-job, so the
    /// buckets fetched ahead are the ones looked in).
    pub fn reserve(&mut self, keys: usize) {
        self.table.make_room(keys);
    }

    /// Prefetches the bucket of the key `AHEAD` places after index `i` of a job's keys.
    pub fn ahead(&self, keys: &[u64], i: usize) {
        if let Some(code) = keys.get(i + AHEAD).and_then(|&k| code_in(k)) {
            self.table.prefetch(code);
        }
    }

    /// Notes a sighting of `key` in `file` (a number) at `line`: the place of its first
    /// sighting if it was seen before.
    pub fn see(&mut self, key: u64, file: usize, line: u64) -> Option<(usize, u64)> {
        self.see_coded(key, code_in(key), file, line)
    }

    fn see_coded(&mut self, key: u64, code: Option<u64>, file: usize, line: u64) -> Option<(usize, u64)> {
        let ord = self.place(file, line);
        let met = match code {
            Some(code) => self.table.meet(code, ord),
            None => Met::NoRoom,
        };
        let first = match met {
            Met::Before(first) => first,
            Met::New => return None,
            Met::NoRoom => match self.other.entry(key) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(ord);
                    return None;
                }
                std::collections::hash_map::Entry::Occupied(o) => *o.get(),
            },
        };
        Some(self.where_is(first))
    }

    /// The next ordinal, its place kept in the runs.
    fn place(&mut self, file: usize, line: u64) -> u64 {
        let ord = self.next;
        self.next += 1;
        if let Some(r) = self.runs.last_mut()
            && r.file == file
        {
            let k = ord - r.start;
            if k == 1 && line >= r.line {
                r.step = line - r.line;
                return ord;
            }
            if k > 1 && r.step.checked_mul(k).and_then(|d| d.checked_add(r.line)) == Some(line) {
                return ord;
            }
        }
        self.runs.push(Run { start: ord, file, line, step: 0 });
        ord
    }

    fn where_is(&self, ord: u64) -> (usize, u64) {
        let r = self.runs[self.runs.partition_point(|r| r.start <= ord) - 1];
        (r.file, r.line + r.step * (ord - r.start))
    }

    #[cfg(test)]
    fn skip_to(&mut self, ord: u64) {
        self.next = ord;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn nips_that_decode_have_codes_and_others_not() {
        let c = code_of(198_503_152_010_012_003).unwrap();
        assert!(c > 0 && c < 1 << 38);
        // The first and last NIPs the ranges take, and their neighbours outside.
        assert!(code_of(190_001_011_900_011_000).is_some());
        assert!(code_of(207_512_312_069_122_999).unwrap() < 1 << 38);
        assert_eq!(code_of(189_912_311_900_011_000), None, "born before 1900");
        assert_eq!(code_of(207_601_012_000_011_000), None, "born after 2075");
        assert_eq!(code_of(198_503_152_010_013_003), None, "sex 3");
        assert_eq!(code_of(198_503_152_010_010_003), None, "sex 0");
        assert_eq!(code_of(198_513_152_010_012_003), None, "month 13");
        assert_eq!(code_of(198_503_322_010_012_003), None, "day 32");
        assert_eq!(code_of(198_503_152_010_132_003), None, "TMT month 13");
        assert_eq!(code_of(198_503_151_899_122_003), None, "TMT before 1900");
        assert_eq!(code_of(98_503_152_010_012_003), None, "17 digits");
        assert_eq!(code_of(0), None);
    }

    proptest! {
        /// Two NIPs that decode share a code only when they are the same NIP.
        #[test]
        fn codes_are_one_to_one(
            a in (1900u64..2076, 1u64..13, 1u64..32, 1900u64..2070, 1u64..13, 1u64..3, 0u64..1000),
            b in (1900u64..2076, 1u64..13, 1u64..32, 1900u64..2070, 1u64..13, 1u64..3, 0u64..1000),
        ) {
            let nip = |(y, m, d, ty, tm, s, n): (u64, u64, u64, u64, u64, u64, u64)| {
                ((((y * 100 + m) * 100 + d) * 10_000 + ty) * 100 + tm) * 10_000 + s * 1000 + n
            };
            let (ca, cb) = (code_of(nip(a)).unwrap(), code_of(nip(b)).unwrap());
            prop_assert!(ca < 1 << 38 && cb < 1 << 38);
            prop_assert_eq!(ca == cb, a == b);
        }

        /// The register answers as a plain map of first places would, whatever the keys
        /// (NIPs that decode, others, repeats), files and lines, through growth of the table.
        #[test]
        fn answers_as_a_map(
            seen in prop::collection::vec((0usize..40, 0usize..3, 0u64..4), 1..400),
            start in prop::sample::select(vec![0u64, ORD_LIMIT - 100]),
        ) {
            let keys: Vec<u64> = (0..40u64)
                .map(|i| if i % 4 == 3 { 1000 + i } else { nip_key(198_503_152_010_012_000 + i * 7) })
                .collect();
            let mut firsts = Firsts::default();
            firsts.skip_to(start);
            let mut model: HashMap<u64, (usize, u64)> = HashMap::new();
            let mut line = [0u64; 3];
            for (k, file, gap) in seen {
                // Lines rise within a file, sometimes by more than one, sometimes not at all.
                line[file] += gap;
                let key = keys[k];
                let want = model.get(&key).copied();
                model.entry(key).or_insert((file, line[file]));
                firsts.reserve(1);
                prop_assert_eq!(firsts.see(key, file, line[file]), want);
            }
        }
    }

    #[test]
    fn a_wide_file_s_places_take_one_run() {
        let nip = |i: u64| nip_key(198_503_152_010_010_000 + i / 1000 * 1_000_000 + 1000 + i % 1000);
        let mut firsts = Firsts::default();
        firsts.reserve(10);
        for i in 0..10_000u64 {
            firsts.reserve(1);
            assert_eq!(firsts.see(nip(i), 0, i + 2), None);
        }
        assert_eq!(firsts.runs.len(), 1);
        assert_eq!(firsts.table.len, 10_000, "every NIP in the table");
        assert!(firsts.other.is_empty());
        firsts.reserve(1);
        assert_eq!(firsts.see(nip(5000), 0, 20_000), Some((0, 5002)));
    }
}
