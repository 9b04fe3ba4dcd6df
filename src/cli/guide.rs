//! What `pkguru` alone shows: a short guide to an operator's year and the list of commands.
//! Started with a double-click on Windows (in a console window of its own), it waits for Enter
//! so that the window does not close before it is read.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::i18n::{self, Lang};

use super::Cli;
use super::help::localize_command;

/// The guide in Indonesian.
pub const GUIDE_ID: &str = "\
pkguru menilai Penilaian Kinerja Guru (PK Guru) dan menghitung angka kredit
dari lembar CSV, JSON dan Excel. pkguru dijalankan dengan mengetik perintah di
Command Prompt (Windows) atau terminal, bukan dengan klik ganda.

Membuka Command Prompt di folder pkguru: buka folder itu di File Explorer, klik
bilah alamat di atas daftar berkas, ketik cmd, lalu tekan Enter.

Pekerjaan satu tahun, berurutan:
  1. pkguru template -o guru.xlsx         lembar penilaian kosong
  2. isi satu salinan per guru (Excel, LibreOffice), simpan di folder lembar
  3. pkguru check lembar                  periksa lembar yang sudah diisi
  4. pkguru report lembar -o laporan.pdf  formulir 1B, 1C, 1D dan ringkasan
  5. pkguru riwayat tambah lembar         simpan hasil ke riwayat (pkguru.db)

Penjelasan satu perintah: pkguru help PERINTAH (misalnya pkguru help report).
";

/// The guide in English.
pub const GUIDE_EN: &str = "\
pkguru scores PK Guru (teacher performance appraisals) and computes angka
kredit from CSV, JSON and Excel sheets. pkguru is run by typing commands in a
Command Prompt (Windows) or a terminal, not by double-clicking it.

Opening a Command Prompt in pkguru's folder: open that folder in File Explorer,
click the address bar above the list of files, type cmd, then press Enter.

A year's work, in order:
  1. pkguru template -o guru.xlsx         a blank score sheet
  2. fill in a copy per teacher (Excel, LibreOffice), save them in lembar
  3. pkguru check lembar                  check the filled sheets
  4. pkguru report lembar -o laporan.pdf  forms 1B, 1C, 1D and the summary
  5. pkguru riwayat tambah lembar         add the results to the history

One command explained: pkguru help COMMAND (for example pkguru help report).
";

/// The guide in `lang`.
pub fn guide(lang: Lang) -> &'static str {
    i18n::pick(lang, GUIDE_ID, GUIDE_EN)
}

/// The guide followed by the help of pkguru itself (every command, one line each).
pub fn text(lang: Lang) -> String {
    let help = localize_command(Cli::command(), lang).render_help().to_string();
    format!("{}\n{help}", guide(lang))
}

/// `pkguru` without a command: the guide and the commands on standard error, exit code 2 (a
/// usage mistake, as clap has it). In a console window of its own (a double-click on Windows)
/// they go to standard output and pkguru waits for Enter.
pub fn without_command(lang: Lang) -> ExitCode {
    if own_console() {
        print!("{}\n{}", text(lang), i18n::pick(lang, "Tekan Enter untuk menutup.", "Press Enter to close."));
        use std::io::Write;
        let _ = std::io::stdout().flush();
        let _ = std::io::stdin().read_line(&mut String::new());
        return ExitCode::SUCCESS;
    }
    eprint!("{}", text(lang));
    ExitCode::from(2)
}

/// Whether this process is alone in its console: Windows made the console for it, as when
/// pkguru.exe is double-clicked in File Explorer.
#[cfg(windows)]
fn own_console() -> bool {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetConsoleProcessList(list: *mut u32, count: u32) -> u32;
    }
    let mut ids = [0u32; 4];
    // SAFETY: `ids` has room for the `ids.len()` process ids the call is told it may write.
    let n = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
    n == 1
}

#[cfg(not(windows))]
fn own_console() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_text() {
        insta::assert_snapshot!("guide_id", GUIDE_ID);
        insta::assert_snapshot!("guide_en", GUIDE_EN);
    }

    /// Every command line of the guide is one pkguru accepts.
    #[test]
    fn guide_commands_parse() {
        for guide in [GUIDE_ID, GUIDE_EN] {
            let lines: Vec<&str> = guide.lines().filter_map(|l| l.trim_start().get(3..)).collect();
            let commands: Vec<&str> = lines.iter().filter_map(|l| l.split("  ").next()).collect();
            let commands: Vec<&&str> = commands.iter().filter(|c| c.starts_with("pkguru ")).collect();
            assert_eq!(commands.len(), 4, "{commands:?}");
            for c in commands {
                let args: Vec<&str> = c.split_whitespace().collect();
                assert!(<Cli as clap::Parser>::try_parse_from(&args).is_ok(), "{c}");
            }
        }
    }

    #[test]
    fn lines_fit_a_console() {
        for line in GUIDE_ID.lines().chain(GUIDE_EN.lines()) {
            assert!(line.chars().count() < 80, "{line}");
        }
    }
}
