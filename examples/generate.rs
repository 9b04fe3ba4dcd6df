//! Writes a deterministic synthetic wide file: `generate N [SEED] > file.csv`
//! (mixed kelas and BK teachers; the same N and SEED always give the same bytes).

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(2026);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    pkguru::synth::write(&mut out, n, seed)?;
    out.flush()
}
