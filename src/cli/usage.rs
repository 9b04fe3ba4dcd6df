//! Command-line usage errors in the reader's language: clap's own wording for `--lang en`,
//! Indonesian words for every kind of clap error otherwise; and what a failed parse prints and
//! returns (help and version on standard output with 0, usage errors on standard error with 2,
//! `pkguru` alone the guide).

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Lang;

/// Prints what a failed parse means and returns the exit code: 0 for `--help` and
/// `--version`, 2 for a usage mistake; `pkguru` without a command shows the guide.
pub fn parse_failed(e: &clap::Error, args: &[OsString], lang: Lang) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let missing = matches!(
        e.kind(),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if missing && !names_a_command(args) {
        return super::guide::without_command(lang);
    }
    eprint!("{}", clap_error(e, args, lang));
    ExitCode::from(2)
}

/// The usage line of the command the arguments name (`pkguru riwayat tambah [OPSI] …`), for
/// the errors clap gives without one.
fn usage_of(args: &[OsString], lang: Lang) -> String {
    use clap::CommandFactory;
    let mut cmd = super::help::localize_command(super::Cli::command(), lang);
    cmd.build();
    let mut at = &cmd;
    for a in args.iter().skip(1) {
        if let Some(sub) = at.find_subcommand(a.to_string_lossy().as_ref()) {
            at = sub;
        }
    }
    at.clone().render_usage().to_string()
}

/// Whether the command line names a command (a word that is not an option or `--lang`'s value).
fn names_a_command(args: &[OsString]) -> bool {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--lang" {
            it.next();
        } else if !a.starts_with('-') {
            return true;
        }
    }
    false
}

/// The text to print for a clap error that is a usage mistake.
pub fn clap_error(e: &clap::Error, args: &[OsString], lang: Lang) -> String {
    if lang == Lang::En || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        return e.render().to_string();
    }
    let get = |k| e.get(k).map(|v| v.to_string()).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let valid = match e.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => get(ContextKind::ValidValue),
    };
    let suggested = get(ContextKind::SuggestedArg) + &get(ContextKind::SuggestedSubcommand);
    let mut msg = match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => format!("{arg} perlu nilai"),
        ErrorKind::InvalidValue if valid.is_empty() => format!("nilai {value:?} tidak sah untuk {arg}"),
        ErrorKind::InvalidValue => format!("nilai {value:?} tidak sah untuk {arg}; pilihan: {valid}"),
        ErrorKind::UnknownArgument => format!("opsi atau argumen {arg} tidak dikenal"),
        ErrorKind::InvalidSubcommand => {
            format!("perintah {:?} tidak dikenal", get(ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => format!("argumen wajib belum diberikan: {arg}"),
        ErrorKind::MissingSubcommand => {
            let names = match e.get(ContextKind::ValidSubcommand) {
                Some(ContextValue::Strings(v)) => v.join(", "),
                _ => String::new(),
            };
            format!("beri perintah untuk {}: {names}", get(ContextKind::InvalidSubcommand))
        }
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg);
            format!("{arg} tidak dapat dipakai bersama {prior}")
        }
        ErrorKind::ValueValidation => {
            match std::error::Error::source(e).and_then(|why| why_in_indonesian(&why.to_string())) {
                Some(why) => format!("nilai {value:?} untuk {arg} tidak sah: {why}"),
                None => format!("nilai {value:?} untuk {arg} tidak sah"),
            }
        }
        ErrorKind::TooManyValues => format!("{arg} diberikan terlalu banyak nilai ({value:?})"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => format!("jumlah nilai untuk {arg} salah"),
        ErrorKind::NoEquals => format!("{arg} perlu nilai dengan tanda '=' ({arg}=NILAI)"),
        ErrorKind::InvalidUtf8 => "argumen bukan teks UTF-8 yang sah".to_string(),
        _ => format!("baris perintah tidak sah: {}", first_line(&e.render().to_string())),
    };
    if !suggested.is_empty() {
        msg.push_str(&format!("; mungkin maksudnya {suggested}"));
    }
    let usage = match get(ContextKind::Usage) {
        u if u.is_empty() => usage_of(args, lang),
        u => u,
    };
    let usage = usage.trim().strip_prefix("Usage:").map(str::trim).unwrap_or_default();
    let mut out = format!("pkguru: galat: {msg}\n");
    if !usage.is_empty() {
        out.push_str(&format!("\nPenggunaan: {usage}\n"));
    }
    out.push_str(&format!("\nCoba '{} --help'.\n", command_of(usage)));
    out
}

/// The command a usage line is of: `pkguru riwayat tambah [OPSI] …` → `pkguru riwayat tambah`.
fn command_of(usage: &str) -> String {
    let words: Vec<&str> = usage.split_whitespace().take_while(|w| !w.starts_with(['[', '<', '-'])).collect();
    if words.is_empty() { "pkguru".to_string() } else { words.join(" ") }
}

/// The reasons clap's number parsers give, in Indonesian.
fn why_in_indonesian(why: &str) -> Option<String> {
    if let Some((_, range)) = why.split_once(" is not in ") {
        return Some(format!("harus dalam rentang {}", range.replace("..=", "–")));
    }
    let integer = ["invalid digit", "cannot parse integer", "number too large", "number too small"];
    integer.iter().any(|w| why.contains(w)).then(|| "bukan bilangan bulat yang sah".to_string())
}

fn first_line(text: &str) -> &str {
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_of_a_usage_line() {
        assert_eq!(command_of("pkguru riwayat tambah [OPSI] [MASUKAN]..."), "pkguru riwayat tambah");
        assert_eq!(command_of("pkguru score --jenis <JENIS> <LEMBAR>"), "pkguru score");
        assert_eq!(command_of(""), "pkguru");
    }

    #[test]
    fn a_command_is_named() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(!names_a_command(&args(&["pkguru"])));
        assert!(!names_a_command(&args(&["pkguru", "--lang", "en", "--timpa"])));
        assert!(names_a_command(&args(&["pkguru", "--lang=en", "riwayat"])));
    }
}
