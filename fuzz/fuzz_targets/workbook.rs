//! Workbooks, read the way `pkguru score` reads them: converted to CSV with calamine, then
//! read as a one-teacher sheet. The first byte picks the file name's extension (and with it
//! calamine's reader); the rest is the file. Must not panic, abort or blow up memory.
//!
//! `PKGURU_FUZZ_WORKBOOK=xlsx,ods` (any of xlsx, ods, xls, xlsb) limits the kinds tried, so
//! that a known bug in one reader does not keep the others from being fuzzed; inputs of
//! other kinds are skipped.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pkguru::sheet::{self, Instruments, ReadOptions};

const KINDS: [&str; 4] = ["xlsx", "ods", "xls", "xlsb"];

fn instruments() -> &'static Instruments {
    static I: OnceLock<Instruments> = OnceLock::new();
    I.get_or_init(Instruments::default)
}

fn enabled() -> &'static [bool; 4] {
    static E: OnceLock<[bool; 4]> = OnceLock::new();
    E.get_or_init(|| match std::env::var("PKGURU_FUZZ_WORKBOOK") {
        Ok(list) if !list.trim().is_empty() => {
            KINDS.map(|k| list.split(',').any(|w| w.trim().eq_ignore_ascii_case(k)))
        }
        _ => [true; 4],
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, file)) = data.split_first() else { return };
    let kind = usize::from(pick) % KINDS.len();
    if !enabled()[kind] {
        return;
    }
    let name = format!("fuzz.{}", KINDS[kind]);
    let inst = instruments();
    if let Ok(s) = sheet::read_any(&name, file, None, ReadOptions::default(), inst) {
        assert_eq!(s.scores.len(), inst.get(s.jenis).indicator_count());
    }
});
