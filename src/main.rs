//! The `pkguru` binary: parse arguments, run, map errors to exit codes
//! (0 ok, 1 data or runtime error, 2 usage). A closed pipe is not an error.

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
    match pkguru::run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pkguru: {}: {e:#}", pkguru::i18n::label_error());
            if e.downcast_ref::<pkguru::batch::Interrupted>().is_some() {
                return ExitCode::from(130);
            }
            let usage = e.downcast_ref::<pkguru::cli::UsageError>().is_some();
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}
