//! The `pkguru` binary: parse arguments, run, map errors to exit codes
//! (0 ok, 1 data or runtime error, 2 usage, 130 interrupted).

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match pkguru::cli::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            eprint!("{}", pkguru::i18n::clap_error(&e));
            return ExitCode::from(2);
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
    };
    pkguru::cli::run(cli).unwrap_or_else(|e| pkguru::cli::fail(&e))
}
