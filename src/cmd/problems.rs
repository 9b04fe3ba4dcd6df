//! Where the pipeline's problems go in every command that reads many inputs: one line each on
//! standard error (above the progress bar when there is one), in the run's language, and,
//! with `--errors`, one row each in a CSV (sumber, baris, id, pesan).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use crate::i18n;
use crate::lang::Lang;
use crate::pipeline::Failure;
use crate::pipeline::inputs::Input;
use crate::render::csv::{CsvDialect, RowWriter};

/// Says each problem as it comes.
pub struct Reporter {
    lang: Lang,
    /// The `--errors` file being made.
    pub errors: Option<RowWriter>,
    pub progress: Option<ProgressBar>,
}

impl Reporter {
    /// A reporter in `lang`; `errors` in `dialect` when asked for.
    pub fn new(lang: Lang, errors: Option<CsvDialect>, progress: Option<ProgressBar>) -> Reporter {
        Reporter { lang, errors: errors.map(errors_writer), progress }
    }

    /// Says the problems, in order.
    pub fn say(&mut self, failures: &[Failure]) {
        let lang = self.lang;
        for f in failures {
            let line = if f.warning {
                i18n::warning_line(lang, &f.file, &f.problem)
            } else {
                i18n::problem_line(lang, &f.file, &f.problem)
            };
            match &self.progress {
                Some(pb) => pb.println(&line),
                None => eprintln!("{line}"),
            }
            if let Some(w) = &mut self.errors {
                w.text(&f.file);
                match f.problem.line {
                    Some(l) => w.uint(l),
                    None => w.text(""),
                }
                w.text(f.problem.at.as_deref().unwrap_or(""));
                let message = i18n::problem(lang, &f.problem.kind);
                if f.warning {
                    w.text(&format!("{}: {message}", i18n::label_warning(lang)));
                } else {
                    w.text(&message);
                }
                w.end();
            }
        }
    }

    /// Moves the progress bar.
    pub fn progress(&mut self, consumed: u64) {
        if let Some(pb) = &self.progress {
            pb.set_position(consumed);
        }
    }

    /// Clears the progress bar; returns the `--errors` file's bytes, when asked for.
    pub fn finish(self) -> Option<Vec<u8>> {
        if let Some(pb) = &self.progress {
            pb.finish_and_clear();
        }
        self.errors.map(|w| w.out)
    }
}

/// The `--errors` file's writer, its header written.
fn errors_writer(dialect: CsvDialect) -> RowWriter {
    let mut w = RowWriter::new(dialect);
    w.bom();
    for h in ["sumber", "baris", "id", "pesan"] {
        w.text(h);
    }
    w.end();
    w
}

/// The progress bar, only on a terminal and when not quiet.
pub fn progress_bar(inputs: &[Input], quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let total: Option<u64> = inputs.iter().map(Input::size).sum();
    let pb = match total {
        Some(t) => ProgressBar::new(t).with_style(
            ProgressStyle::with_template("{spinner} {bar:30} {bytes}/{total_bytes} {bytes_per_sec} {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner(),
    };
    Some(pb)
}
