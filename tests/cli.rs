//! The command line as people expect it: `pkguru` alone (the guide), `pkguru help`, help and
//! usage errors wholly in the reader's language, exit codes, shell completions and man pages.

mod common;

use clap::CommandFactory;
use common::*;

/// Every command path of pkguru: `["score"]`, `["riwayat", "tambah"]`, …
fn command_paths() -> Vec<Vec<String>> {
    let root = pkguru::cli::Cli::command();
    let mut out = Vec::new();
    let mut todo: Vec<(Vec<String>, clap::Command)> =
        root.get_subcommands().map(|s| (vec![s.get_name().to_string()], s.clone())).collect();
    while let Some((path, cmd)) = todo.pop() {
        for sub in cmd.get_subcommands() {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            todo.push((p, sub.clone()));
        }
        out.push(path);
    }
    out.sort();
    out
}

fn top_commands() -> Vec<String> {
    pkguru::cli::Cli::command().get_subcommands().map(|s| s.get_name().to_string()).collect()
}

/// clap's English words that must not show in Indonesian help or errors.
const ENGLISH: &[&str] =
    &["Usage", "[OPTIONS]", "Options:", "Commands:", "Arguments:", "error:", "Print help", "[env:", "tip:"];

fn assert_indonesian(text: &str, what: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "{what}: {word:?} in\n{text}");
    }
}

#[test]
fn pkguru_alone_shows_the_guide_and_every_command() {
    let (code, out, err) = run(&[]);
    assert_eq!(code, 2, "a usage mistake, as clap has it");
    assert_eq!(out, "");
    assert!(err.starts_with(pkguru::cli::GUIDE_ID), "{err}");
    assert!(err.contains("Penggunaan: pkguru [OPSI] <PERINTAH>"), "{err}");
    for name in top_commands() {
        assert!(err.contains(&format!("\n  {name} ")), "{name} in\n{err}");
    }
    assert_indonesian(&err, "pkguru");
    let (code, _, err) = run(&["--lang", "en"]);
    assert_eq!(code, 2);
    assert!(err.starts_with(pkguru::cli::GUIDE_EN), "{err}");
    assert!(err.contains("Usage: pkguru [OPTIONS] <COMMAND>"), "{err}");
    let out = pkguru().env("PKGURU_LANG", "en").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(pkguru::cli::GUIDE_EN));
}

#[test]
fn help_lists_and_explains_every_command() {
    let (code, out, err) = run(&["help"]);
    assert_eq!(code, 0, "{err}");
    assert_indonesian(&out, "pkguru help");
    for heading in
        ["Penggunaan: pkguru [OPSI] <PERINTAH>", "\nPerintah:\n", "\nOpsi:\n", "pkguru help PERINTAH"]
    {
        assert!(out.contains(heading), "{heading} in\n{out}");
    }
    for name in top_commands() {
        assert!(out.contains(&format!("\n  {name} ")), "{name} in\n{out}");
    }
    insta::assert_snapshot!("help_id", out);
    let (code, out, _) = run(&["--lang", "en", "help"]);
    assert_eq!(code, 0);
    for heading in ["Usage: pkguru [OPTIONS] <COMMAND>", "\nCommands:\n", "\nOptions:\n"] {
        assert!(out.contains(heading), "{heading} in\n{out}");
    }
    insta::assert_snapshot!("help_en", out);
    let (code, root, _) = run(&["--help"]);
    assert_eq!((code, root), (0, run(&["help"]).1), "--help and help say the same");
}

/// `pkguru help X` is `pkguru X --help`, for every command, in both languages; each is
/// wholly Indonesian by default.
#[test]
fn help_of_every_command() {
    for path in command_paths() {
        let mut args: Vec<&str> = vec!["help"];
        args.extend(path.iter().map(String::as_str));
        let (code, via_help, err) = run(&args);
        assert_eq!(code, 0, "{path:?}: {err}");
        let mut flag: Vec<&str> = path.iter().map(String::as_str).collect();
        flag.push("--help");
        let (code, via_flag, _) = run(&flag);
        assert_eq!(code, 0);
        assert_eq!(via_help, via_flag, "{path:?}");
        assert_indonesian(&via_help, &path.join(" "));
        assert!(via_help.contains(&format!("Penggunaan: pkguru {}", path.join(" "))), "{via_help}");
        let mut en = vec!["--lang", "en"];
        en.extend(&args);
        let (code, english, _) = run(&en);
        assert_eq!(code, 0);
        assert!(english.contains(&format!("Usage: pkguru {}", path.join(" "))), "{english}");
    }
    let (code, out, err) = run(&["help", "hapus"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("perintah \"hapus\" tidak dikenal"), "{err}");
}

#[test]
fn version_exits_0() {
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("pkguru "), "{out}");
}

/// clap's errors in both languages, with exit code 2 and the command's usage line.
#[test]
fn usage_errors_in_both_languages() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["score", "x.csv", "--tidak-ada"],
            "opsi atau argumen --tidak-ada tidak dikenal",
            "unexpected argument",
        ),
        (&["score", "x.csv", "--jenis"], "--jenis <JENIS> perlu nilai", "a value is required"),
        (&["score", "x.csv", "--jenis", "guru"], "nilai \"guru\" tidak sah untuk --jenis", "invalid value"),
        (&["score"], "argumen wajib belum diberikan: <LEMBAR>", "required arguments were not provided"),
        (&["skor"], "perintah \"skor\" tidak dikenal; mungkin maksudnya score", "unrecognized subcommand"),
        (
            &["riwayat", "tambah", "--bulan", "13"],
            "nilai \"13\" untuk --bulan <BULAN> tidak sah: harus dalam rentang 1–12",
            "13 is not in 1..=12",
        ),
        (
            &["riwayat", "--db", "x.db"],
            "beri perintah untuk pkguru riwayat: tambah, guru",
            "requires a subcommand",
        ),
    ];
    for (args, id, en) in cases {
        let (code, out, err) = run(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert!(err.starts_with("pkguru: galat: "), "{args:?}: {err}");
        assert!(err.contains(id), "{args:?}: {id} in\n{err}");
        let command = if top_commands().iter().any(|c| c == args[0]) { args[0] } else { "[OPSI]" };
        assert!(err.contains(&format!("\nPenggunaan: pkguru {command}")), "{args:?}: {err}");
        assert_indonesian(&err, &args.join(" "));
        let mut english = vec!["--lang", "en"];
        english.extend(args.iter());
        let (code, _, err) = run(&english);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(en), "{args:?}: {en} in\n{err}");
    }
    // A command that needs a subcommand, given nothing else: its help, on standard error.
    let (code, out, err) = run(&["riwayat"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.contains("Penggunaan: pkguru riwayat [OPSI] <PERINTAH>") && err.contains("  tambah "),
        "{err}"
    );
}

#[test]
fn bash_completion_names_every_command() {
    let (code, out, err) = run(&["completions", "bash"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("complete -F _pkguru"), "{out}");
    for path in command_paths() {
        // clap_complete names each command by its path (`pkguru__subcmd__riwayat__subcmd__tambah`).
        assert!(out.contains(&format!("pkguru__subcmd__{}", path.join("__subcmd__"))), "{path:?}");
        assert!(out.contains(path.last().unwrap().as_str()));
    }
    assert!(out.contains("--lang") && out.contains("--golongan"));
}

#[test]
fn other_shells_complete_every_command() {
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let (code, out, err) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        for name in top_commands() {
            assert!(out.contains(&name), "{shell}: {name}");
        }
    }
    // The descriptions the shells show are in the reader's language.
    let (_, fish, _) = run(&["completions", "fish"]);
    assert!(fish.contains("Menilai banyak guru sekaligus"), "{fish}");
    let (_, fish, _) = run(&["--lang", "en", "completions", "fish"]);
    assert!(fish.contains("Scores many teachers into one rekap"), "{fish}");
    let (code, _, err) = run(&["completions", "tcsh"]);
    assert_eq!(code, 2);
    assert!(err.contains("pilihan: bash, zsh, fish, powershell, elvish"), "{err}");
}

#[test]
fn man_page_names_every_command() {
    let (code, man, err) = run(&["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(man.starts_with(".ie \\n(.g .ds Aq") || man.contains(".TH pkguru 1"), "{man}");
    assert!(man.contains(".TH pkguru 1"));
    for heading in [".SH NAMA", ".SH RINGKASAN", ".SH DESKRIPSI", ".SH OPSI", ".SH PERINTAH"] {
        assert!(man.contains(heading), "{heading}");
    }
    assert!(man.contains("menilai PK Guru (Penilaian Kinerja Guru) dan menghitung angka kredit"), "{man}");
    for name in top_commands() {
        assert!(man.contains(&format!("pkguru\\-{name}(1)")), "{name} in\n{man}");
    }
    assert!(man.contains("Menilai banyak guru sekaligus menjadi satu rekap"), "descriptions of commands");
    // Each command's own page, e.g. pkguru-riwayat-tambah(1).
    for path in command_paths() {
        let mut args = vec!["man"];
        args.extend(path.iter().map(String::as_str));
        let (code, page, err) = run(&args);
        assert_eq!(code, 0, "{path:?}: {err}");
        assert!(page.contains(&format!(".TH pkguru-{} 1", path.join("-"))), "{path:?}:\n{page}");
    }
    let (_, score, _) = run(&["man", "score"]);
    assert!(
        score.contains(".SH CONTOH") && score.contains("pkguru score guru.json \\-\\-format json"),
        "{score}"
    );
    let (code, en, _) = run(&["--lang", "en", "man"]);
    assert_eq!(code, 0);
    for heading in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS"] {
        assert!(en.contains(heading), "{heading} in\n{en}");
    }
    assert!(en.contains("Scores many teachers into one rekap"));
}

/// The completions and manual pages the release archives carry (`share/`, dist-workspace.toml's
/// `include`) are what this pkguru writes: a changed option or help text must be followed by
/// `scripts/shell-files.sh`, or this fails.
#[test]
fn shipped_completions_and_man_pages_are_current() {
    let share = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("share");
    let stale = "share/ is stale: run scripts/shell-files.sh and commit share/";
    for (shell, file) in [
        ("bash", "pkguru.bash"),
        ("zsh", "_pkguru"),
        ("fish", "pkguru.fish"),
        ("powershell", "_pkguru.ps1"),
        ("elvish", "pkguru.elv"),
    ] {
        let (code, out, err) = run(&["completions", shell]);
        assert_eq!(code, 0, "{err}");
        let shipped = std::fs::read_to_string(share.join("completions").join(file)).expect(file);
        assert!(shipped == out, "{stale} (completions/{file})");
    }
    let mut expected: Vec<String> =
        command_paths().iter().map(|p| format!("pkguru-{}.1", p.join("-"))).collect();
    expected.push("pkguru.1".into());
    expected.sort();
    let mut shipped: Vec<String> = std::fs::read_dir(share.join("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    shipped.sort();
    assert_eq!(shipped, expected, "{stale} (the set of manual pages)");
    for page in &shipped {
        let path: Vec<&str> = page.trim_end_matches(".1").split('-').skip(1).collect();
        let mut args = vec!["man"];
        args.extend(path);
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        let text = std::fs::read_to_string(share.join("man").join(page)).unwrap();
        assert!(text == out, "{stale} (man/{page})");
    }
}
