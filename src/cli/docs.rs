//! `pkguru help`, `pkguru completions` and `pkguru man`: the help of any command, shell
//! completion scripts (clap_complete) and manual pages (clap_mangen), all made from the same
//! localized clap definition that `--help` shows.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Command, CommandFactory};

use crate::cmd::UsageError;
use crate::i18n::{self, Lang};

use super::Cli;
use super::help::localize_command;

/// Menjelaskan semua perintah, atau satu perintah beserta semua opsinya.
#[derive(Debug, clap::Args)]
pub struct HelpArgs {
    /// Perintah yang dijelaskan (juga perintah bertingkat: riwayat tambah); tanpa ini, semua perintah.
    #[arg(value_name = "PERINTAH")]
    pub perintah: Vec<String>,
}

/// Menulis skrip pelengkapan (completion) perintah untuk shell ke keluaran standar.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// Shell: bash, zsh, fish, powershell atau elvish.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// Menulis halaman manual (roff, untuk man) ke keluaran standar.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Perintah yang halamannya ditulis (riwayat tambah → pkguru-riwayat-tambah(1)); tanpa ini, pkguru(1).
    #[arg(value_name = "PERINTAH")]
    pub perintah: Vec<String>,
}

/// The shells `completions` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

/// The whole command tree in `lang`, built (every subcommand knows its full name).
fn tree(lang: Lang) -> Command {
    let mut cmd = localize_command(Cli::command(), lang);
    cmd.build();
    cmd
}

/// The subcommand at `path` (`["riwayat", "tambah"]`), or a usage error naming what is unknown.
fn find<'a>(mut cmd: &'a Command, path: &[String], lang: Lang) -> Result<&'a Command, UsageError> {
    for name in path {
        cmd = cmd.find_subcommand(name).ok_or_else(|| {
            let (id, en) = (format!("perintah {name:?} tidak dikenal"), format!("unknown command {name:?}"));
            UsageError(if lang == Lang::En { en } else { id })
        })?;
    }
    Ok(cmd)
}

/// `pkguru help [PERINTAH]...`: the same text as `pkguru PERINTAH --help`, on standard output.
pub fn help(a: &HelpArgs, lang: Lang) -> Result<ExitCode> {
    let cmd = tree(lang);
    let text = find(&cmd, &a.perintah, lang)?.clone().render_help().to_string();
    write_out(text.as_bytes())
}

/// `pkguru completions SHELL`.
pub fn completions(a: &CompletionsArgs, lang: Lang) -> Result<ExitCode> {
    use clap_complete::Shell as S;
    let shell = match a.shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Powershell => S::PowerShell,
        Shell::Elvish => S::Elvish,
    };
    let mut cmd = localize_command(Cli::command(), lang);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "pkguru", &mut out);
    write_out(&out)
}

/// `pkguru man [PERINTAH]...`: the manual page of pkguru or of one of its commands.
pub fn man(a: &ManArgs, lang: Lang) -> Result<ExitCode> {
    let cmd = tree(lang);
    let mut page = find(&cmd, &a.perintah, lang)?.clone();
    // The about of pkguru itself begins with its name, which the NAME section already gives.
    if let Some(about) = page.get_about().map(|s| s.to_string())
        && let Some(rest) = about.split_once(" — ").map(|(_, r)| r.to_string())
    {
        page = page.about(rest);
    }
    // The examples get a section of their own (see `headings`), without their first line
    // (`CONTOH:`); pkguru's own closing words point to the help, which a manual page is.
    if let Some(after) = page.get_after_help().map(|s| s.to_string()) {
        page = match after.split_once('\n') {
            Some((first, examples)) if first.ends_with(':') => page.after_help(examples.to_string()),
            _ => page.after_help(None),
        };
    }
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .source(format!("pkguru {}", env!("CARGO_PKG_VERSION")))
        .manual(i18n::pick(lang, "Panduan pkguru", "pkguru manual"))
        .render(&mut roff)?;
    let roff = String::from_utf8(roff)?;
    write_out(headings(&roff, lang).as_bytes())
}

/// clap_mangen's section headings in `lang`.
fn headings(roff: &str, lang: Lang) -> String {
    const SECTIONS: &[(&str, &str, &str)] = &[
        ("NAME", "NAMA", "NAME"),
        ("SYNOPSIS", "RINGKASAN", "SYNOPSIS"),
        ("DESCRIPTION", "DESKRIPSI", "DESCRIPTION"),
        ("EXTRA", "CONTOH", "EXAMPLES"),
        ("VERSION", "VERSI", "VERSION"),
    ];
    let mut out = String::with_capacity(roff.len());
    for line in roff.split_inclusive('\n') {
        let heading = line.trim_end().strip_prefix(".SH ");
        let Some(heading) = heading else {
            out.push_str(line);
            continue;
        };
        // The headings clap_mangen writes, and ours (`Opsi`, `Perintah`) in capitals.
        let known = SECTIONS.iter().find(|(from, _, _)| *from == heading);
        let heading =
            known.map_or_else(|| heading.to_uppercase(), |(_, id, en)| i18n::pick(lang, id, en).to_string());
        out.push_str(".SH ");
        out.push_str(&heading);
        out.push('\n');
    }
    out
}

/// Writes to standard output; a closed pipe is left to the caller's error handling.
fn write_out(bytes: &[u8]) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn man_headings_are_translated_line_by_line() {
        let roff = ".TH pkguru 1\n.SH NAME\npkguru\n.SH Perintah\n.SH EXTRA\nNAME\n";
        let id = ".TH pkguru 1\n.SH NAMA\npkguru\n.SH PERINTAH\n.SH CONTOH\nNAME\n";
        assert_eq!(headings(roff, Lang::Id), id);
        assert_eq!(
            headings(roff, Lang::En),
            ".TH pkguru 1\n.SH NAME\npkguru\n.SH PERINTAH\n.SH EXAMPLES\nNAME\n"
        );
    }

    #[test]
    fn unknown_commands_are_usage_errors() {
        let cmd = tree(Lang::Id);
        let e = find(&cmd, &["riwayat".into(), "hapus".into()], Lang::Id).unwrap_err();
        assert!(e.0.contains("hapus"), "{}", e.0);
        assert!(find(&cmd, &["riwayat".into(), "tambah".into()], Lang::Id).is_ok());
    }
}
