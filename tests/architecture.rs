//! The layer order of `src/`, enforced: every module may use only the layers below it, so
//! there is no import cycle between top-level modules, `core` uses nothing but the leaves,
//! and clap stays at the command line. The README's contributor section shows the same
//! order as a diagram.

use std::collections::BTreeSet;
use std::path::Path;

/// Top-level modules from the bottom up; a module may use modules of a lower rank only.
const LAYERS: &[(&str, u8)] = &[
    ("lang", 0),
    ("scan", 0),
    ("core", 1),
    ("sheet", 2),
    ("store", 2),
    ("i18n", 3),
    ("render", 4),
    ("synth", 4),
    ("batch", 5),
    ("cmd", 6),
    ("cli", 7),
    ("main", 8),
    ("lib", 8),
];

/// Layers that may use clap: help and usage texts, the subcommands, the command line.
const CLAP_ALLOWED: &[&str] = &["i18n", "cmd", "cli", "main"];

fn rank(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

/// A file's module path under `src/`: `src/sheet/wide/single_pass.rs` → `[sheet, wide, single_pass]`.
fn module_path(rel: &str) -> Vec<String> {
    let rel = rel.trim_end_matches(".rs");
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The top-level modules a file's code refers to (`crate::x`, `pkguru::x`, or a `super::`
/// chain that reaches the crate root), and whether it uses clap. Comments are skipped.
fn references(rel: &str, source: &str) -> (BTreeSet<String>, bool) {
    let path = module_path(rel);
    let mut out = BTreeSet::new();
    let mut clap = false;
    for line in source.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let code = code.split(" //").next().unwrap_or(code);
        if code.contains("clap::") || code.contains("use clap") || code.contains("#[derive(Parser)") {
            clap = true;
        }
        for prefix in ["crate::", "pkguru::"] {
            let mut rest = code;
            while let Some(i) = rest.find(prefix) {
                let before_ok = i == 0 || !rest[..i].ends_with(is_ident);
                let after = &rest[i + prefix.len()..];
                let name: String = after.chars().take_while(|c| is_ident(*c)).collect();
                if before_ok && rank(&name).is_some() {
                    out.insert(name);
                }
                rest = after;
            }
        }
        let mut rest = code;
        while let Some(i) = rest.find("super::") {
            if i > 0 && rest[..i].ends_with(is_ident) {
                rest = &rest[i + 7..];
                continue;
            }
            let mut after = &rest[i..];
            let mut supers = 0;
            while let Some(r) = after.strip_prefix("super::") {
                supers += 1;
                after = r;
            }
            if supers == path.len() {
                let name: String = after.chars().take_while(|c| is_ident(*c)).collect();
                if rank(&name).is_some() {
                    out.insert(name);
                }
            }
            rest = after;
        }
    }
    (out, clap)
}

/// Every rule a file breaks.
fn violations(rel: &str, source: &str) -> Vec<String> {
    let path = module_path(rel);
    let Some(top) = path.first() else { return vec![] };
    let Some(own) = rank(top) else { return vec![format!("{rel}: `{top}` is not in the layer list")] };
    let (refs, clap) = references(rel, source);
    let mut out = Vec::new();
    for r in refs {
        if r == *top {
            continue;
        }
        let theirs = rank(&r).unwrap_or(u8::MAX);
        if theirs >= own {
            out.push(format!(
                "{rel}: `{top}` (layer {own}) uses `{r}` (layer {theirs}), which is not below it"
            ));
        }
    }
    if clap && !CLAP_ALLOWED.contains(&top.as_str()) {
        out.push(format!("{rel}: `{top}` uses clap; map clap's enums to core types in `cmd`/`cli`"));
    }
    out
}

fn sources(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    for e in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).unwrap()));
        }
    }
}

/// The whole of `src/` follows the layer order.
#[test]
fn src_follows_the_layer_order() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &root, &mut files);
    assert!(files.len() > 30, "found the sources");
    let all: Vec<String> = files.iter().flat_map(|(rel, src)| violations(rel, src)).collect();
    assert!(all.is_empty(), "layer violations:\n{}", all.join("\n"));
}

/// Every top-level module of `src/` is in the layer list.
#[test]
fn every_top_level_module_has_a_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for e in std::fs::read_dir(&root).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().trim_end_matches(".rs").to_string();
        assert!(rank(&name).is_some(), "src/{name} has no layer");
    }
}

/// The checker itself catches forbidden imports (so a green run means something).
#[test]
fn the_checker_catches_forbidden_imports() {
    assert!(!violations("core/x.rs", "use crate::sheet::Problem;\n").is_empty(), "core → sheet");
    assert!(!violations("core/x.rs", "fn f() { crate::i18n::lang(); }\n").is_empty(), "core → i18n");
    assert!(!violations("core/x.rs", "#[derive(clap::ValueEnum)]\nenum A {}\n").is_empty(), "clap in core");
    assert!(!violations("sheet/mod.rs", "use super::batch::Stats;\n").is_empty(), "super chain to the root");
    assert!(
        !violations("sheet/wide/a.rs", "use super::super::super::cmd::x;\n").is_empty(),
        "deep super chain"
    );
    assert!(!violations("scan/a.rs", "use crate::core::exact;\n").is_empty(), "leaf uses core");
    assert!(!violations("i18n/a.rs", "use crate::render::table;\n").is_empty(), "i18n → render");
    assert!(!violations("render/a.rs", "use crate::batch::Stats;\n").is_empty(), "cycle render ↔ batch");
    assert!(!violations("cmd/a.rs", "use crate::cli::Cli;\n").is_empty(), "cmd → cli");
    assert!(!violations("newmod.rs", "").is_empty(), "unknown top-level module");
    // Allowed: downward, within the module, comments, and names that merely end like a module.
    assert!(
        violations("core/x.rs", "use crate::scan::text;\nuse super::exact;\n// crate::sheet\n").is_empty()
    );
    assert!(violations("cmd/a.rs", "use crate::batch::run;\nuse crate::core::x;\n").is_empty());
    assert!(violations("core/x.rs", "let a = my_crate::sheet::x;\n").is_empty());
    assert!(violations("sheet/wide.rs", "use super::Problem;\n").is_empty());
}
