//! The human-readable result of one teacher, aligned for an 80-column terminal.

use crate::lang::Lang;
use std::fmt::Write;

use crate::core::assessment::{Assessment, Note};
use crate::core::exact;
use crate::core::instrument::Instrument;
use crate::core::teacher::Teacher;
use crate::i18n;

use super::working;

/// The default width, for an 80-column terminal (`COLUMNS` changes it, see `cmd`).
pub const WIDTH: usize = 79;
/// The columns of a score row besides the competency name (number, skor, maks, %, nilai).
const OTHER_COLUMNS: usize = 35;

/// Cuts a name to `width` characters, marking the cut with `…`.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return format!("{s:<width$}");
    }
    let cut: String = s.chars().take(width - 1).collect();
    format!("{}…", cut.trim_end()) + &" ".repeat(width - 1 - cut.trim_end().chars().count())
}

/// Wraps text to `width` columns, indenting continuation lines by `indent` spaces.
pub fn wrap(text: &str, width: usize, indent: usize) -> String {
    wrap_after(text, width, indent, 0)
}

/// Wraps text that is printed after `start` columns (a prefix such as `  - `) to `width`
/// columns in all, continuation lines indented by `indent`.
pub fn wrap_after(text: &str, width: usize, indent: usize, start: usize) -> String {
    let mut out = String::new();
    let mut col = start;
    for word in text.split(' ') {
        let len = word.chars().count();
        if col > indent.max(start) && col + 1 + len > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if col > start || !out.is_empty() {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += len;
    }
    out
}

/// The identity line under the title: name, NIP, golongan, school.
fn identity_line(lang: Lang, teacher: &Teacher<String>) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(nama) = teacher.nama.as_deref() {
        parts.push(nama.trim().to_string());
    }
    if let Some(nip) = teacher.nip.as_deref() {
        parts.push(format!("NIP {}", nip.trim()));
    }
    if let Some(g) = teacher.golongan {
        parts.push(format!("{} {g}", i18n::label_golongan(lang)));
    }
    if let Some(s) = teacher.sekolah.as_deref() {
        parts.push(s.trim().to_string());
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Renders the score table, the credit working and the notes.
pub fn score(
    lang: Lang,
    instrument: &Instrument,
    teacher: &Teacher<String>,
    a: &Assessment,
    notes: &[Note],
    width: usize,
) -> String {
    let width = width.max(60);
    let name_width = width - OTHER_COLUMNS;
    let sep = lang.decimal_sep();
    let mut o = String::new();
    let _ = writeln!(o, "{}", i18n::instrument_title(lang, instrument.jenis));
    if let Some(line) = identity_line(lang, teacher) {
        let _ = writeln!(o, "{}", wrap(&line, width, 2));
    }
    o.push('\n');
    let h = i18n::table_headers(lang);
    let _ = writeln!(
        o,
        "{:>3}  {}  {:>5}  {:>5}  {:>7}  {:>5}",
        h[0],
        fit(h[1], name_width),
        h[2],
        h[3],
        h[4],
        h[5]
    );
    for (c, comp) in instrument.competencies.iter().enumerate() {
        let pct = exact::fixed(a.scored.percent(c), 2, sep);
        let _ = writeln!(
            o,
            "{:>3}  {}  {:>5}  {:>5}  {:>7}  {:>5}",
            comp.number,
            fit(&comp.name, name_width),
            a.scored.score(c),
            a.scored.max_score(c),
            pct,
            a.scored.values()[c]
        );
    }
    let row = |o: &mut String, label: &str, value: &str| {
        let _ = writeln!(o, "     {label:<pad$}{value:>22}", pad = width - 5 - 22);
    };
    o.push('\n');
    row(&mut o, i18n::label_total(lang), &format!("{} / {}", a.scored.total, a.scored.max_total));
    row(&mut o, i18n::label_score_100(lang), &exact::fixed(a.score_100(), 2, sep));
    row(
        &mut o,
        i18n::label_predikat(lang),
        &format!("{} ({} %)", a.predikat.name(), a.predikat.credit_percent()),
    );
    if let Some(c) = a.credit.computed() {
        let _ = writeln!(o, "\n{}", i18n::credit_title(lang, c.golongan.as_str(), c.promotion.next.as_str()));
        credit_steps(lang, &mut o, c, width);
    }
    notes_block(lang, &mut o, notes, width);
    o
}

/// The credit working lines, indented.
pub fn credit_steps(lang: Lang, o: &mut String, c: &crate::core::credit::Credit, width: usize) {
    for (label, line) in working::steps(lang, c) {
        let _ = writeln!(o, "  {label}:");
        let _ = writeln!(o, "    {}", wrap_after(&line, WIDTH, 4, 4));
    }
    for line in working::promotion(lang, c) {
        let _ = writeln!(o, "  {}", wrap_after(&line, width, 2, 2));
    }
}

/// The notes, one bullet each.
pub fn notes_block(lang: Lang, o: &mut String, notes: &[Note], width: usize) {
    if notes.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n{}:", i18n::label_notes(lang));
    for n in notes {
        let _ = writeln!(o, "  - {}", wrap_after(&i18n::note(lang, n), width, 4, 4));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_pads_and_cuts() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdefgh", 5), "abcd…");
        assert_eq!(fit("ab cdefgh", 4).chars().count(), 4);
    }

    #[test]
    fn wrap_respects_width() {
        let text = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh";
        for line in wrap(text, 20, 2).lines() {
            assert!(line.chars().count() <= 20, "{line:?}");
        }
        // After a prefix of 4 columns the first line holds 4 columns less.
        let printed = format!("  - {}", wrap_after(text, 20, 4, 4));
        for line in printed.lines() {
            assert!(line.chars().count() <= 20, "{line:?}");
        }
        assert!(printed.starts_with("  - satu dua tiga\n    empat"), "{printed}");
    }
}
