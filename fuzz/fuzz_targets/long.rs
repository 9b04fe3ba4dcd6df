//! One-teacher CSV sheets (the "long" layout: `id,skor` rows plus identity rows), read the
//! way `pkguru score` reads a `.csv` file. The reader may refuse any input but must not panic;
//! a sheet it accepts must have one score per indicator of its instrument and must score.
#![no_main]

mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pkguru::core::instrument::Jenis;
use pkguru::core::scoring;
use pkguru::sheet::{self, Instruments, ReadOptions};

fn instruments() -> &'static Instruments {
    static I: OnceLock<Instruments> = OnceLock::new();
    I.get_or_init(Instruments::default)
}

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let inst = instruments();
        for jenis in [None, Some(Jenis::Bk)] {
            let opts = ReadOptions { jenis, ..ReadOptions::default() };
            if let Ok(s) = sheet::read_any("fuzz.csv", data, None, opts, inst) {
                let instrument = inst.get(s.jenis);
                assert_eq!(s.scores.len(), instrument.indicator_count());
                let _ = scoring::score(instrument, &s.scores);
            }
        }
    })
});
