//! Every ```console example in README.md and docs/panduan.md runs, and prints exactly what the
//! document shows
//! (standard output, then standard error). `PKGURU_UPDATE_README=1 cargo test --test readme`
//! rewrites the outputs after an intended change; review the diff before committing.

mod common;

/// Splits a command line on spaces, keeping double-quoted parts together.
fn split_args(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(ch),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

struct Example {
    command: String,
    /// Line range of the expected output inside README.md.
    output: std::ops::Range<usize>,
}

fn examples(lines: &[&str]) -> Vec<Example> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() == "```console" {
            let command =
                lines[i + 1].strip_prefix("$ ").expect("a console block starts with `$ `").to_string();
            let start = i + 2;
            let mut end = start;
            while lines[end].trim_end() != "```" {
                end += 1;
            }
            out.push(Example { command, output: start..end });
            i = end;
        }
        i += 1;
    }
    out
}

fn run(command: &str) -> String {
    let args = split_args(command);
    assert_eq!(args[0], "pkguru", "README examples run pkguru: {command}");
    let out = common::pkguru().args(&args[1..]).output().expect("runs");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    text
}

/// Runs every example of one document; with `update`, rewrites its outputs instead.
fn check_examples(rel: &str, at_least: usize, update: bool) -> Vec<String> {
    let path = format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect(rel);
    let lines: Vec<&str> = text.lines().collect();
    let found = examples(&lines);
    assert!(found.len() >= at_least, "{rel} shows its examples");
    let mut rebuilt: Vec<String> = Vec::new();
    let mut last = 0;
    let mut failures = Vec::new();
    for ex in &found {
        let got = run(&ex.command);
        let want = lines[ex.output.clone()].join("\n");
        if got.trim_end() != want.trim_end() {
            failures.push(format!("{rel}: $ {}\n--- shown\n{want}\n--- actual\n{got}", ex.command));
        }
        rebuilt.extend(lines[last..ex.output.start].iter().map(|s| s.to_string()));
        rebuilt.extend(got.trim_end().lines().map(str::to_string));
        last = ex.output.end;
    }
    rebuilt.extend(lines[last..].iter().map(|s| s.to_string()));
    if update {
        std::fs::write(&path, rebuilt.join("\n") + "\n").expect("write the document");
        return Vec::new();
    }
    failures
}

/// The README's walk through an operator's year and the user guide's reference: every example
/// runs as shown.
#[test]
fn readme_examples_print_what_the_readme_shows() {
    let update = std::env::var_os("PKGURU_UPDATE_README").is_some();
    let mut failures = check_examples("README.md", 1, update);
    failures.extend(check_examples("docs/panduan.md", 10, update));
    assert!(failures.is_empty(), "examples out of date:\n{}", failures.join("\n\n"));
}
