//! What cargo cannot see about the workspace's layers. Cargo already refuses a crate that
//! uses a crate above it (the dependency graph has no cycles and every use needs a declared
//! dependency); this test checks the rest:
//!
//! - each crate depends on the crates and heavy libraries its layer may use (typst only in
//!   the renderers, clap only in the binary, SQLite only in the ledger, calamine only in the
//!   readers), so the core builds and tests without any of them;
//! - the core does no I/O and reads no clock or environment;
//! - inside a crate, the modules of one folder use each other one way only (no cycle);
//! - no command module calls another command module.
//!
//! ARCHITECTURE.md shows the same layers as a diagram.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The workspace's crates from the bottom up: directory, the pkguru crates it may depend on,
/// and the heavy libraries it may depend on.
const CRATES: &[(&str, &[&str], &[&str])] = &[
    ("crates/core", &[], &[]),
    ("crates/read", &["pkguru-core"], &["calamine"]),
    ("crates/store", &["pkguru-core"], &["rusqlite"]),
    ("crates/render", &["pkguru-core", "pkguru-read", "pkguru-store"], &["typst"]),
    (".", &["pkguru-core", "pkguru-read", "pkguru-store", "pkguru-render"], &["clap"]),
];

/// Libraries that only one layer may bring in.
const HEAVY: &[&str] = &["typst", "clap", "rusqlite", "calamine"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The names of a manifest's normal dependencies (`[dependencies]` only: tests may use more).
fn dependencies(manifest: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[dependencies]";
            continue;
        }
        if inside && let Some((name, _)) = line.split_once('=') {
            let name = name.trim().trim_end_matches(".workspace").trim();
            if !name.is_empty() && !name.starts_with('#') {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// Every crate depends only on the pkguru crates and heavy libraries its layer allows.
#[test]
fn crates_depend_on_their_layers_only() {
    let mut problems = Vec::new();
    for (dir, crates, heavy) in CRATES {
        let manifest = std::fs::read_to_string(root().join(dir).join("Cargo.toml")).expect("manifest");
        for dep in dependencies(&manifest) {
            let pkguru = dep.starts_with("pkguru-") && !crates.contains(&dep.as_str());
            let heavy_here = HEAVY.iter().any(|h| dep == *h || dep.starts_with(&format!("{h}-")))
                && !heavy.iter().any(|h| dep == *h || dep.starts_with(&format!("{h}-")));
            if pkguru || heavy_here {
                problems.push(format!("{dir} depends on {dep}"));
            }
        }
    }
    assert!(problems.is_empty(), "dependencies outside the layer:\n{}", problems.join("\n"));
}

/// One source file: its path below the crate's `src/` and its text.
struct Source {
    rel: String,
    text: String,
}

fn sources(dir: &Path, root: &Path, out: &mut Vec<Source>) {
    for e in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push(Source { rel, text: std::fs::read_to_string(&p).unwrap() });
        }
    }
}

fn crate_sources(dir: &str) -> Vec<Source> {
    let src = root().join(dir).join("src");
    let mut out = Vec::new();
    sources(&src, &src, &mut out);
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}

/// The code of a source, without comments (line comments and doc comments; block comments
/// are not used in this workspace).
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let code = line.trim_start();
        if code.starts_with("//") {
            return None;
        }
        Some(code.split(" //").next().unwrap_or(code))
    })
}

/// What the core must not touch: files, the environment, the clock, processes, the network,
/// the terminal.
const IO: &[&str] = &[
    "std::fs",
    "std::env",
    "std::net",
    "std::process",
    "std::time",
    "SystemTime",
    "Instant::now",
    "stdin()",
    "stdout()",
    "stderr()",
    "println!",
    "eprintln!",
    "print!(",
    "eprint!(",
    "File::open",
];

fn io_uses(sources: &[Source]) -> Vec<String> {
    let mut out = Vec::new();
    for s in sources {
        for code in code_lines(&s.text) {
            for word in IO {
                if code.contains(word) {
                    out.push(format!("{}: {word}", s.rel));
                }
            }
        }
    }
    out
}

/// The core does no I/O: no files, environment, clock, processes or terminal.
#[test]
fn core_does_no_io() {
    let sources = crate_sources("crates/core");
    assert!(sources.len() > 15, "found the core's sources");
    let found = io_uses(&sources);
    assert!(found.is_empty(), "I/O in the core:\n{}", found.join("\n"));
}

/// A file's module path: `sheet/wide/single_pass.rs` → `[sheet, wide, single_pass]`;
/// `lib.rs` and `main.rs` are the crate root.
fn module_path(rel: &str) -> Vec<String> {
    let rel = rel.trim_end_matches(".rs");
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib" || p == "main") {
        parts.pop();
    }
    parts
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths of a `use` tree (`a::{b, c::{d, self}}` → `a::b`, `a::c::d`, `a::c`).
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(&tree);
        return vec![path.split("as").next().unwrap_or(path).trim_end_matches("::self").to_string()];
    };
    let prefix = &tree[..open];
    let close = tree.rfind('}').filter(|c| *c > open).unwrap_or(tree.len());
    let inner = &tree[open + 1..close];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    let mut out = Vec::new();
    for p in parts.into_iter().filter(|p| !p.is_empty()) {
        if p == "self" {
            out.push(prefix.trim_end_matches("::").to_string());
        } else {
            out.extend(expand_use(&format!("{prefix}{p}")));
        }
    }
    out
}

/// The absolute module paths a file's code names: `crate::…`, `super::…` and `self::…` paths
/// in `use` trees and in code, resolved from the file's own module.
fn references(rel: &str, text: &str) -> Vec<Vec<String>> {
    let own = module_path(rel);
    let code: String = code_lines(text).collect::<Vec<_>>().join("\n");
    let mut raw: Vec<String> = Vec::new();
    // `use` trees (statements that start a line; they may span lines).
    let lines: Vec<&str> = code.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim_start();
        let rest = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|p| line.strip_prefix(p));
        let Some(first) = rest else { continue };
        let mut statement = first.to_string();
        let mut next = i + 1;
        while !statement.contains(';') && next < lines.len() {
            statement.push_str(lines[next]);
            next += 1;
        }
        if let Some((tree, _)) = statement.split_once(';') {
            raw.extend(expand_use(tree));
        }
    }
    // Paths in code.
    for prefix in ["crate::", "super::", "self::"] {
        let mut rest = code.as_str();
        while let Some(i) = rest.find(prefix) {
            let before_ok = i == 0 || !rest[..i].ends_with(|c: char| is_ident(c) || c == ':');
            let tail: String = rest[i..].chars().take_while(|c| is_ident(*c) || *c == ':').collect();
            if before_ok {
                raw.push(tail);
            }
            rest = &rest[i + prefix.len()..];
        }
    }
    let mut out = Vec::new();
    for path in raw {
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let mut resolved: Vec<String> = match segments.first() {
            Some(&"crate") => Vec::new(),
            Some(&"super") | Some(&"self") => own.clone(),
            _ => continue,
        };
        let mut segments = segments.into_iter().peekable();
        if segments.peek() == Some(&"crate") {
            segments.next();
        }
        for s in segments {
            match s {
                "super" => {
                    resolved.pop();
                }
                "self" => {}
                s => resolved.push(s.to_string()),
            }
        }
        out.push(resolved);
    }
    out
}

/// For each folder of a crate (a module with child modules), its children and which use
/// which: an edge `a → b` when code in `a` (or below it) names something in `b` (or below).
fn folder_graphs(sources: &[Source]) -> BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> {
    let modules: BTreeSet<Vec<String>> = sources.iter().map(|s| module_path(&s.rel)).collect();
    let mut graphs: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for s in sources {
        let from = module_path(&s.rel);
        for path in references(&s.rel, &s.text) {
            // The module the path lands in: its longest prefix that is a module.
            let to = (0..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| modules.contains(p));
            let Some(to) = to else { continue };
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common >= from.len() || common >= to.len() {
                continue; // a module and its ancestor or descendant
            }
            let folder = from[..common].to_vec();
            graphs
                .entry(folder)
                .or_default()
                .entry(from[common].clone())
                .or_default()
                .insert(to[common].clone());
        }
    }
    graphs
}

/// The groups of modules of one folder that use each other in a circle, each sorted.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let reaches = |a: &str, b: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![a.to_string()];
        while let Some(x) = todo.pop() {
            if let Some(next) = graph.get(&x) {
                for n in next {
                    if n == b {
                        return true;
                    }
                    if seen.insert(n.clone()) {
                        todo.push(n.clone());
                    }
                }
            }
        }
        false
    };
    let mut out: Vec<Vec<String>> = Vec::new();
    for a in graph.keys() {
        if out.iter().any(|c| c.contains(a)) {
            continue;
        }
        let mut group: Vec<String> = graph
            .keys()
            .chain(graph.values().flatten())
            .filter(|b| *b != a && reaches(a, b) && reaches(b, a))
            .cloned()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if !group.is_empty() {
            group.push(a.clone());
            group.sort();
            out.push(group);
        }
    }
    out
}

/// Every cycle among the modules of one folder, in every crate, as `crate: folder: a ↔ b`.
fn all_cycles() -> Vec<String> {
    let mut out = Vec::new();
    for (dir, _, _) in CRATES {
        let sources = crate_sources(dir);
        for (folder, graph) in folder_graphs(&sources) {
            for c in cycles(&graph) {
                out.push(format!("{dir}: {}: {}", folder.join("/"), c.join(" ↔ ")));
            }
        }
    }
    out
}

/// Inside every crate, the modules of a folder use each other one way only.
#[test]
fn no_cycle_inside_a_crate() {
    let found = all_cycles();
    assert!(found.is_empty(), "modules that use each other in a circle:\n{}", found.join("\n"));
}

/// Modules of `src/cmd/` that are not commands: what every command shares.
const CMD_SHARED: &[&str] = &["args", "guard", "ledger", "output", "problems"];

/// No command module calls another command module: what two commands share lives in the
/// layers below, or in `cmd`'s shared modules.
#[test]
fn no_command_calls_another() {
    let sources = crate_sources(".");
    let graphs = folder_graphs(&sources);
    let cmd = graphs.get(&vec!["cmd".to_string()]).cloned().unwrap_or_default();
    let mut found = Vec::new();
    for (from, to) in &cmd {
        for t in to {
            if !CMD_SHARED.contains(&t.as_str()) {
                found.push(format!("cmd::{from} uses cmd::{t}"));
            }
        }
    }
    assert!(found.is_empty(), "commands calling commands:\n{}", found.join("\n"));
}

/// The longest a source file may be.
const MAX_LINES: usize = 600;

/// Every source file of every crate stays short enough to read in one sitting.
#[test]
fn files_stay_small() {
    let mut long = Vec::new();
    for (dir, _, _) in CRATES {
        for s in crate_sources(dir) {
            let n = s.text.lines().count();
            if n > MAX_LINES {
                long.push(format!("{dir}/src/{}: {n} lines", s.rel));
            }
        }
    }
    assert!(long.is_empty(), "files over {MAX_LINES} lines:\n{}", long.join("\n"));
}

/// The checkers catch what they look for (so a green run means something).
#[test]
fn the_checkers_catch_what_they_look_for() {
    let src = |rel: &str, text: &str| Source { rel: rel.into(), text: text.into() };
    // Cycles through `super::`, `crate::` and `use` trees, but not through comments.
    let files = [
        src("sheet/mod.rs", "mod a;\nmod b;\n"),
        src("sheet/a.rs", "use super::{b::X, Problem};\n"),
        src("sheet/b.rs", "fn f() { crate::sheet::a::g(); }\n"),
        src("sheet/c.rs", "// use super::a;\nuse super::a::Y;\n"),
    ];
    let graphs = folder_graphs(&files);
    assert_eq!(cycles(&graphs[&vec!["sheet".to_string()]]), [vec!["a".to_string(), "b".to_string()]]);
    // Nested use trees, `self`, and deep super chains.
    let files = [
        src("render/report/html.rs", "use super::super::{csv, report::{markup::{self, A}}};\n"),
        src("render/report/markup.rs", "use self::x::y;\nfn f() { super::html::go() }\n"),
        src("render/csv.rs", ""),
    ];
    let graphs = folder_graphs(&files);
    let report = &graphs[&vec!["render".to_string(), "report".to_string()]];
    assert!(report["html"].contains("markup") && report["markup"].contains("html"), "{report:?}");
    assert!(graphs[&vec!["render".to_string()]]["report"].contains("csv"));
    // A parent and its child are no cycle.
    let files = [src("batch/mod.rs", "use feeder::F;\n"), src("batch/feeder.rs", "use super::Done;\n")];
    assert!(folder_graphs(&files).values().all(|g| cycles(g).is_empty()));
    // I/O in the core, and the manifest's dependencies.
    assert_eq!(io_uses(&[src("x.rs", "let t = std::fs::read(p);\n// std::env\n")]).len(), 1);
    let deps = dependencies(
        "[package]\nname = \"a\"\n[dependencies]\ntypst.workspace = true\nb = \"1\"\n[dev-dependencies]\nclap = \"4\"\n",
    );
    assert_eq!(deps.into_iter().collect::<Vec<_>>(), ["b", "typst"]);
}
