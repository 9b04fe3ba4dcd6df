//! Instrument files (`--instrument`, the CSV shape `kompetensi,nama_kompetensi,ranah,
//! indikator,uraian`). The first byte picks the jenis; the rest is the file. Parsing must
//! not panic; an instrument it accepts must be usable everywhere an instrument is used:
//! slots match indicator IDs, a wide header resolves for it and a full score sheet scores.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use pkguru::core::instrument::{Instrument, Jenis};
use pkguru::core::scoring::{self, Score};
use pkguru::core::teacher::Teacher;
use pkguru::sheet::wide::{RowOutcome, SinglePassScratch, WideLayout};
use pkguru::sheet::{Instruments, ReadOptions};

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let Some((&pick, rest)) = data.split_first() else { return };
        let jenis = if pick & 1 == 0 { Jenis::Kelas } else { Jenis::Bk };
        let Ok(text) = std::str::from_utf8(rest) else { return };
        let Ok(inst) = Instrument::parse(jenis, "fuzz.csv", text) else { return };

        let n = inst.indicator_count();
        assert!(n > 0);
        assert_eq!(inst.indicators().count(), n);
        for (slot, (_, ind)) in inst.indicators().enumerate() {
            assert_eq!(inst.slot(ind.id), Some(slot), "{}", ind.id);
        }
        assert_eq!(inst.sizes().len(), inst.competencies.len());
        for c in 0..inst.competencies.len() {
            assert_eq!(inst.slots(c).len(), inst.competencies[c].indicators.len());
        }
        let scored = scoring::score(&inst, &vec![Score::new(2).unwrap(); n]);
        assert_eq!(scored.values().len(), inst.competencies.len());

        // A wide file for this instrument alone: header, then one row of 2s.
        let mut instruments = Instruments::default();
        instruments.replace(inst.clone());
        let ids: Vec<String> = inst.indicators().map(|(_, i)| i.id.to_string()).collect();
        let mut header = vec!["nama".to_string(), "jenis".to_string()];
        header.extend(ids.iter().cloned());
        let header = csv::ByteRecord::from(header);
        let opts = ReadOptions { jenis: Some(jenis), ..ReadOptions::default() };
        let layout = WideLayout::new(&header, 1, opts, &instruments);
        assert!(layout.header_problems.is_empty(), "{:?}", layout.header_problems);
        let mut row = vec!["Guru".to_string(), jenis.code().to_string()];
        row.extend(std::iter::repeat_n("2".to_string(), n));
        let line = row.join(",");
        let rec = csv::ByteRecord::from(row);
        let (mut scores, mut problems, mut teacher) = (Vec::new(), Vec::new(), Teacher::default());
        let got = layout.parse_row(&rec, 2, &mut scores, &mut teacher, &mut problems);
        assert!(matches!(got, RowOutcome::Teacher { jenis: j } if j == jenis), "{got:?} {problems:?}");
        let mut scratch = SinglePassScratch::default();
        let mut fast_teacher = Teacher::default();
        let fast = layout.single_pass().parse(line.as_bytes(), b',', &mut scratch, &mut fast_teacher);
        assert_eq!(fast, Some(jenis));
        assert_eq!(scratch.scores(jenis), &scores[..]);
    })
});
