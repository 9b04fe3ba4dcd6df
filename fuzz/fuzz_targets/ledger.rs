//! The ledger (`pkguru riwayat`) through the store's API, against a temporary database file.
//!
//! Byte 0 even: the rest is a sequence of commands — imports of random result rows (the
//! rows of a rekap: any teacher, period, instrument, golongan, values, nilai, AK, regime,
//! working, names, sources), PAKs, PKB and penunjang, stages of the cycle, queries (a
//! teacher's history, the school view, the export of every table), and reopening (read-only,
//! then for writing). Each is checked against a model of what was written: a committed row
//! reads back exactly, a refused or abandoned import changes nothing, a duplicate or a clash
//! is said as such, and the read-only opening sees what the writer saw.
//!
//! Byte 0 odd: the rest is the database file itself (a damaged ledger, or another
//! program's file). Opening it to read never changes a byte; opening it to write refuses
//! it without changing a byte, or opens it; whatever opens is queried. Errors are fine;
//! panics are findings.
#![no_main]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pkguru::core::exact::{Exact, ratio};
use pkguru::core::golongan::Golongan;
use pkguru::core::instrument::Jenis;
use pkguru::core::periode::Periode;
use pkguru::core::predikat::Predikat;
use pkguru::core::riwayat::{Extra, Identity, Pak, PeriodResult, Regime, Stage, Tahap};
use pkguru::core::tugas::TugasTambahan;
use pkguru::store::{Access, Added, Ledger, StoreError, Table};

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let path = fresh();
        match data.split_first() {
            Some((mode, rest)) if mode % 2 == 1 => file(&path, rest),
            Some((_, rest)) => commands(&path, rest),
            None => {}
        }
    })
});

/// A database path in this process's own empty folder.
fn fresh() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let base =
            if Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
        base.join(format!("pkguru-fuzz-ledger-{}", std::process::id()))
    });
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    dir.join("riwayat.db")
}

/// The fuzzer's bytes, read as values (zeros once they run out).
struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }
    fn more(&self) -> bool {
        self.at < self.data.len()
    }
    fn pick<T: Clone>(&mut self, xs: &[T]) -> T {
        xs[self.byte() as usize % xs.len()].clone()
    }
    fn flag(&mut self) -> bool {
        self.byte() & 1 == 1
    }
    /// Text of up to `max` bytes (any UTF-8 after lossy decoding: NUL, controls, RTL, …).
    fn text(&mut self, max: usize) -> String {
        let n = self.byte() as usize % (max + 1);
        let start = self.at.min(self.data.len());
        let end = (start + n).min(self.data.len());
        self.at += n;
        String::from_utf8_lossy(&self.data[start..end]).into_owned()
    }
    /// A value from 0 to `max` over a denominator the rules produce (halves to 56ths,
    /// thirds, four decimals).
    fn exact(&mut self, max: i64) -> Exact {
        let d = self.pick(&[1i64, 2, 3, 4, 7, 8, 14, 16, 28, 56, 100, 10_000]);
        let n = i64::from(u16::from_le_bytes([self.byte(), self.byte()])) * i64::from(self.byte())
            % (max * d + 1);
        ratio(n, d)
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.flag() { Some(f(self)) } else { None }
    }
    fn nip(&mut self) -> String {
        let nips = [
            "198503152010012003",
            "196801011990031001",
            "197512122005012002",
            "199001012020121001",
            "19850315 201001 2 003",
            "NIP-Ω",
        ];
        self.pick(&nips).to_string()
    }
    fn periode(&mut self) -> String {
        let year = 2019 + u16::from(self.byte() % 10);
        let text = match self.byte() % 3 {
            0 => format!("{year}"),
            s => format!("{year}-{s}"),
        };
        Periode::parse(&text).map(|p| p.to_string()).unwrap_or(text)
    }
    fn identity(&mut self) -> Identity {
        let nip = self.nip();
        let nama = self.text(24);
        let sekolah = self.pick(&["SMP Negeri 1 Contoh", "smp negeri 1 contoh", "SD Inpres", ""]).to_string();
        Identity { nip, nama, sekolah }
    }
    fn result(&mut self) -> PeriodResult {
        let count = self.byte() as usize % 20;
        PeriodResult {
            jenis: self.pick(&Jenis::ALL),
            golongan: self.opt(|b| b.pick(&Golongan::ALL)),
            values: (0..count).map(|_| 1 + self.byte() % 4).collect(),
            nilai: self.exact(100),
            predikat: self.pick(&Predikat::ALL),
            ak: self.opt(|b| b.exact(1_000)),
            regime: self.pick(&[Regime::R2009, Regime::R2023]),
            penilai: self.text(16),
            source: self.text(32),
            line: self.opt(|b| u64::from_le_bytes(std::array::from_fn(|_| b.byte()))),
            jm: self.opt(|b| b.exact(40)),
            tugas_tambahan: self.opt(|b| b.pick(&TugasTambahan::ALL)),
            nilai_tambahan: self.opt(|b| b.exact(100)),
        }
    }
}

/// What the ledger should hold.
#[derive(Clone, Default)]
struct Model {
    guru: BTreeMap<String, (String, String)>,
    hasil: BTreeMap<(String, String), PeriodResult>,
    pak: BTreeMap<String, Pak>,
    extra: BTreeMap<(String, String), Extra>,
    stages: BTreeMap<(String, String, usize), Stage>,
}

impl Model {
    fn known(&mut self, nip: &str) {
        self.guru.entry(nip.to_string()).or_default();
    }

    /// The ledger holds exactly what the model says, teacher by teacher.
    fn check(&self, ledger: &Ledger) {
        let mut nips: BTreeSet<String> = self.guru.keys().cloned().collect();
        nips.insert("000000000000000000".into());
        for nip in &nips {
            let who = ledger.teacher(nip).unwrap();
            assert_eq!(who.map(|w| (w.nama, w.sekolah)), self.guru.get(nip).cloned(), "{nip}");
            let want: Vec<(String, PeriodResult)> = self
                .hasil
                .iter()
                .filter(|((n, _), _)| n == nip)
                .map(|((_, p), r)| (p.clone(), r.clone()))
                .collect();
            assert_eq!(ledger.results(nip).unwrap(), want, "{nip}: results read back");
            assert_eq!(ledger.pak(nip).unwrap(), self.pak.get(nip).cloned(), "{nip}: PAK");
            let extras: Vec<Extra> =
                self.extra.iter().filter(|((n, _), _)| n == nip).map(|(_, e)| e.clone()).collect();
            assert_eq!(ledger.extras(nip).unwrap(), extras, "{nip}: extras");
            let stages: Vec<Stage> =
                self.stages.iter().filter(|((n, _, _), _)| n == nip).map(|(_, s)| s.clone()).collect();
            assert_eq!(ledger.stages(nip).unwrap(), stages, "{nip}: stages");
        }
        let all = ledger.teachers(None).unwrap();
        assert_eq!(all.len(), self.guru.len());
    }
}

/// Every query a command makes, on every teacher; errors are allowed only where `strict`
/// is off (a file that was not written through the API).
fn query(ledger: &Ledger, b: &mut Bytes<'_>, strict: bool) {
    let ok = |r: Result<(), StoreError>| {
        if strict {
            r.unwrap();
        }
    };
    ok(histories(ledger));
    let sekolah = b.opt(|b| b.pick(&["smp negeri 1 contoh", "SD Inpres", "tidak ada"]));
    let periode = b.opt(|b| b.periode());
    ok(ledger.school(sekolah, periode.as_deref()).map(|_| ()));
    ok(ledger.latest_period().map(|_| ()));
    for t in Table::ALL {
        ok(ledger.dump(t).map(|_| ()));
    }
}

fn histories(ledger: &Ledger) -> Result<(), StoreError> {
    for who in ledger.teachers(None)? {
        let _ = ledger.history(&who.nip)?;
    }
    Ok(())
}

fn open(path: &Path, access: Access) -> Ledger {
    Ledger::open(path, access).unwrap_or_else(|e| panic!("{access:?}: {e}")).0
}

/// A sequence of commands, checked against the model.
fn commands(path: &Path, data: &[u8]) {
    let mut b = Bytes { data, at: 0 };
    let mut ledger = open(path, Access::Create);
    let mut model = Model::default();
    let mut steps = 0;
    while b.more() && steps < 64 {
        steps += 1;
        match b.byte() % 8 {
            0 | 1 => import(&mut ledger, &mut model, &mut b),
            2 => {
                let paks: Vec<(String, Pak)> = (0..b.byte() % 4)
                    .map(|_| {
                        let nip = b.nip();
                        let pak = Pak {
                            golongan: b.pick(&Golongan::ALL),
                            tmt: b.pick(&["2022-04-01", ""]).to_string(),
                            ak_kumulatif: b.exact(9_999),
                            periode: b.periode(),
                        };
                        (nip, pak)
                    })
                    .collect();
                ledger.set_pak(&paks).unwrap();
                for (nip, pak) in paks {
                    model.known(&nip);
                    model.pak.insert(nip, pak);
                }
            }
            3 => {
                let extra: Vec<(String, Extra)> = (0..b.byte() % 4)
                    .map(|_| {
                        (b.nip(), Extra { periode: b.periode(), pkb: b.exact(999), penunjang: b.exact(999) })
                    })
                    .collect();
                ledger.set_extra(&extra).unwrap();
                for (nip, e) in extra {
                    model.known(&nip);
                    model.extra.insert((nip, e.periode.clone()), e);
                }
            }
            4 => {
                let nip = b.nip();
                let tahap = b.pick(&Tahap::ALL);
                let pos = Tahap::ALL.iter().position(|t| *t == tahap).unwrap();
                let stage =
                    Stage { periode: b.periode(), tahap, tanggal: "2026-03-12".into(), catatan: b.text(12) };
                let replace = b.flag();
                let key = (nip.clone(), stage.periode.clone(), pos);
                let before = model.stages.get(&key).cloned();
                match ledger.add_stage(&nip, &stage, replace) {
                    Ok(missing) => {
                        assert!(before.is_none() || replace);
                        model.known(&nip);
                        model.stages.insert(key, stage.clone());
                        for t in missing {
                            let p = Tahap::ALL.iter().position(|x| *x == t).unwrap();
                            assert!(
                                p < pos
                                    && !model.stages.contains_key(&(nip.clone(), stage.periode.clone(), p))
                            );
                        }
                    }
                    Err(StoreError::StageExists { tanggal, catatan }) => {
                        let before = before.expect("a stage said to exist exists");
                        assert!(!replace);
                        assert_eq!((tanggal, catatan), (before.tanggal, before.catatan));
                    }
                    Err(e) => panic!("stage: {e}"),
                }
            }
            5 => query(&ledger, &mut b, true),
            6 => model.check(&ledger),
            _ => {
                // Reopened read-only: the same rows; then for writing again.
                let dumps: Vec<_> = Table::ALL.iter().map(|t| ledger.dump(*t).unwrap()).collect();
                drop(ledger);
                let reader = open(path, Access::Read);
                let again: Vec<_> = Table::ALL.iter().map(|t| reader.dump(*t).unwrap()).collect();
                assert_eq!(dumps, again, "the read-only opening sees what was written");
                model.check(&reader);
                drop(reader);
                ledger = open(path, if b.flag() { Access::Write } else { Access::Create });
            }
        }
    }
    model.check(&ledger);
}

/// One import: rows added (and teachers registered), then committed or abandoned.
fn import(ledger: &mut Ledger, model: &mut Model, b: &mut Bytes<'_>) {
    let periode = b.periode();
    let replace = b.flag();
    let mut pending = model.clone();
    let mut this: BTreeMap<String, (String, Option<u64>)> = BTreeMap::new();
    let mut clash = 0u64;
    let mut import = ledger.begin_import(&periode, replace).unwrap();
    for _ in 0..b.byte() % 8 {
        let who = b.identity();
        pending.guru.insert(who.nip.clone(), (who.nama.clone(), who.sekolah.clone()));
        if b.byte() % 8 == 0 {
            import.teacher(&who).unwrap();
            continue;
        }
        let r = b.result();
        let added = import.add(&who, &r).unwrap();
        let key = (who.nip.clone(), periode.clone());
        if let Some((sumber, baris)) = this.get(&who.nip) {
            assert_eq!(added, Added::Duplicate { sumber: sumber.clone(), baris: *baris }, "{}", who.nip);
        } else if pending.hasil.contains_key(&key) && !replace {
            assert_eq!(added, Added::Clash);
            clash += 1;
        } else {
            assert_eq!(added, Added::Written);
            this.insert(who.nip.clone(), (r.source.clone(), r.line));
            pending.hasil.insert(key, r);
        }
    }
    if b.flag() {
        drop(import); // abandoned (an error in a sheet): nothing written
        return;
    }
    match import.commit() {
        Ok(n) => {
            assert_eq!(clash, 0);
            assert_eq!(n, this.len() as u64);
            *model = pending;
        }
        Err(StoreError::PeriodExists { periode: p, count }) => {
            assert_eq!((p, count), (periode, clash));
        }
        Err(e) => panic!("commit: {e}"),
    }
}

/// The bytes as the database file: never changed by reading, nor by a refusal to write.
fn file(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
    let mut b = Bytes { data: bytes, at: bytes.len().saturating_sub(16) };
    match Ledger::open(path, Access::Read) {
        Ok((ledger, _)) => query(&ledger, &mut b, false),
        Err(StoreError::Missing) => panic!("the file is there"),
        Err(_) => {}
    }
    assert!(std::fs::read(path).unwrap() == bytes, "reading changed the file");
    match Ledger::open(path, Access::Write) {
        Ok((mut ledger, _)) => {
            query(&ledger, &mut b, false);
            if let Ok(mut import) = ledger.begin_import("2026", true) {
                let who = b.identity();
                let r = b.result();
                let _ = import.add(&who, &r);
                let _ = import.commit();
            }
            query(&ledger, &mut b, false);
        }
        Err(StoreError::NotLedger | StoreError::Newer { .. } | StoreError::Empty) => {
            assert!(std::fs::read(path).unwrap() == bytes, "a refused file was changed");
        }
        Err(_) => {}
    }
}
