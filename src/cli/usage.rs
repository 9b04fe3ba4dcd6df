//! Command-line usage errors in Indonesian (clap's own wording is English, kept for `--lang en`).

use clap::error::{ContextKind, ErrorKind};

use crate::i18n::Lang;

/// The text to print for a clap error that is a usage mistake.
pub fn clap_error(e: &clap::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.render().to_string();
    }
    let get = |k| e.get(k).map(|v| v.to_string()).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let valid = get(ContextKind::ValidValue);
    let suggested = get(ContextKind::SuggestedArg) + &get(ContextKind::SuggestedSubcommand);
    let mut msg = match e.kind() {
        ErrorKind::InvalidValue if valid.is_empty() => format!("nilai {value:?} tidak sah untuk {arg}"),
        ErrorKind::InvalidValue => format!("nilai {value:?} tidak sah untuk {arg}; pilihan: {valid}"),
        ErrorKind::UnknownArgument => format!("opsi {arg} tidak dikenal"),
        ErrorKind::InvalidSubcommand => {
            format!("perintah {:?} tidak dikenal", get(ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => format!("argumen wajib belum diberikan: {arg}"),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "beri perintah: template, score, credit, batch atau check".to_string()
        }
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg);
            format!("{arg} tidak dapat dipakai bersama {prior}")
        }
        ErrorKind::ValueValidation => format!("nilai {value:?} untuk {arg} tidak sah"),
        ErrorKind::TooManyValues => format!("{arg} diberikan terlalu banyak kali"),
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("jumlah nilai untuk {arg} salah")
        }
        _ => return e.render().to_string(),
    };
    if !suggested.is_empty() {
        msg.push_str(&format!("; mungkin maksudnya {suggested}"));
    }
    format!("pkguru: galat: {msg}\nCoba 'pkguru --help' atau 'pkguru PERINTAH --help'.\n")
}
