//! No import circles among the modules of `src/`: data flows one way (bytes →
//! text → tokens → terms → statistics → cloud layout → SVG), so a module may
//! only use modules below it. This test reads every file of the library, takes
//! the paths it names (`use crate::…`, `use super::…`, `use self::…`, a child
//! module's name, and `crate::…`/`super::…` paths in code), and fails on any
//! circle, at every level of the tree: among files (`text::tokenize`), and
//! among the directories they sit in (`cloud` and `render`).
//!
//! The CLI (`src/bin/`) is a crate of its own and is left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module's path from the crate root: `["text", "tokenize"]`.
type ModPath = Vec<String>;

/// One import: from which module, to which, and where it is written.
#[derive(Debug, Clone)]
struct Edge {
    from: ModPath,
    to: ModPath,
    place: String,
}

/// The module a file defines: `lib.rs` → [], `text/mod.rs` → [text],
/// `text/tokenize.rs` → [text, tokenize].
fn module_of(relative: &str) -> ModPath {
    let stem = relative.trim_end_matches(".rs");
    let mut parts: ModPath = stem.split('/').map(String::from).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The source with comments, strings and character literals blanked out
/// (lengths and newlines kept, so positions still give line numbers).
fn code_only(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for byte in &mut out[from..to.min(bytes.len())] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    };
    while i < bytes.len() {
        let rest = &bytes[i..];
        if rest.starts_with(b"//") {
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            let (mut depth, mut j) = (0usize, i);
            while j < bytes.len() {
                if bytes[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if bytes[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if (rest.starts_with(b"r#") || rest.starts_with(b"r\""))
            && (i == 0 || !is_ident(bytes[i - 1]))
        {
            // A raw string: r"…", r#"…"#, …
            let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
            if rest.get(1 + hashes) != Some(&b'"') {
                i += 1;
                continue;
            }
            let mut close = vec![b'"'];
            close.extend(std::iter::repeat_n(b'#', hashes));
            let body = i + 2 + hashes;
            let end = bytes[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(bytes.len(), |p| body + p + close.len());
            blank(&mut out, i, end);
            i = end;
        } else if rest[0] == b'"' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if rest[0] == b'\'' {
            // A character literal ('x', '\n', '\u{..}', 'é') or a lifetime.
            if rest.get(1) == Some(&b'\\') {
                let end = rest[2..]
                    .iter()
                    .position(|&b| b == b'\'')
                    .map_or(bytes.len(), |p| i + 3 + p);
                blank(&mut out, i, end);
                i = end;
            } else {
                let width = source[i + 1..].chars().next().map_or(1, char::len_utf8);
                if rest.get(1 + width) == Some(&b'\'') {
                    blank(&mut out, i, i + 2 + width);
                    i += 2 + width;
                } else {
                    i += 1;
                }
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8(out).expect("only ASCII bytes were written over whole characters")
}

fn is_ident(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The identifier starting at `at`, if any.
fn ident_at(code: &str, at: usize) -> &str {
    let len = code[at..].bytes().take_while(|&b| is_ident(b)).count();
    &code[at..at + len]
}

fn skip_space(code: &str, mut at: usize) -> usize {
    while code.as_bytes().get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The paths of a use tree starting at `at` (`a::b::{c, d::e, *}`), each as
/// its segments; returns them and where the tree ends.
fn use_tree(code: &str, at: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    let mut at = skip_space(code, at);
    if code[at..].starts_with("::") {
        at = skip_space(code, at + 2);
    }
    loop {
        if code[at..].starts_with('{') {
            let mut paths = Vec::new();
            at += 1;
            loop {
                at = skip_space(code, at);
                if code[at..].starts_with('}') {
                    at += 1;
                    break;
                }
                let (inner, end) = use_tree(code, at);
                for path in inner {
                    paths.push(prefix.iter().cloned().chain(path).collect());
                }
                at = skip_space(code, end);
                if code[at..].starts_with(',') {
                    at += 1;
                }
            }
            return (paths, at);
        }
        if code[at..].starts_with('*') {
            return (vec![prefix], at + 1);
        }
        let name = ident_at(code, at);
        if name.is_empty() {
            return (vec![prefix], at);
        }
        at += name.len();
        prefix.push(name.to_string());
        let after = skip_space(code, at);
        if code[after..].starts_with("::") {
            at = skip_space(code, after + 2);
            continue;
        }
        // `as name` and the end of the tree.
        let mut end = after;
        if ident_at(code, end) == "as" {
            end = skip_space(code, end + 2);
            end += ident_at(code, end).len();
        }
        return (vec![prefix], end);
    }
}

/// A path in code (`crate::a::b`, `super::c`): its segments from `at`.
fn code_path(code: &str, mut at: usize) -> Vec<String> {
    let mut path = Vec::new();
    loop {
        let name = ident_at(code, at);
        if name.is_empty() {
            return path;
        }
        path.push(name.to_string());
        at += name.len();
        if !code[at..].starts_with("::") {
            return path;
        }
        at += 2;
    }
}

/// Every path a file names, with the module (inline `mod x { … }` included)
/// it is written in and its line.
fn named_paths(file_module: &ModPath, code: &str) -> Vec<(ModPath, Vec<String>, usize)> {
    let bytes = code.as_bytes();
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    let mut found = Vec::new();
    // Inline modules open: their name and the brace depth inside them.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut pending_mod: Option<String> = None;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let starts_word = is_ident(byte) && (i == 0 || !is_ident(bytes[i - 1]));
        if byte == b'{' {
            depth += 1;
            if let Some(name) = pending_mod.take() {
                inline.push((name, depth));
            }
            i += 1;
        } else if byte == b'}' {
            if inline.last().is_some_and(|(_, d)| *d == depth) {
                inline.pop();
            }
            depth -= 1;
            i += 1;
        } else if byte == b';' {
            pending_mod = None;
            i += 1;
        } else if starts_word {
            let word = ident_at(code, i);
            let here: ModPath = file_module
                .iter()
                .cloned()
                .chain(inline.iter().map(|(n, _)| n.clone()))
                .collect();
            if word == "mod" {
                let at = skip_space(code, i + 3);
                pending_mod = Some(ident_at(code, at).to_string());
                i = at;
            } else if word == "use" {
                let (paths, end) = use_tree(code, i + 3);
                for path in paths {
                    found.push((here.clone(), path, line_of(i)));
                }
                i = end;
            } else if matches!(word, "crate" | "super")
                && code[i + word.len()..].starts_with("::")
                && (i < 2 || &code[i - 2..i] != "::")
            {
                let path = code_path(code, i);
                let end = i + path.iter().map(|s| s.len() + 2).sum::<usize>();
                found.push((here, path, line_of(i)));
                i = end;
            } else {
                i += word.len();
            }
        } else {
            i += 1;
        }
    }
    found
}

/// `path`, named in module `here`, from the crate root; `None` for paths
/// outside the crate (std, serde, a local item, a variable).
fn absolute(here: &ModPath, path: &[String], modules: &BTreeSet<ModPath>) -> Option<ModPath> {
    let mut base = here.clone();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        Some(first) => {
            // A child module by its own name (2018 paths): `use number::fmt_number;`.
            let mut child = here.clone();
            child.push(first.to_string());
            if !modules.contains(&child) {
                return None;
            }
        }
        None => return None,
    }
    Some(base.into_iter().chain(rest.iter().cloned()).collect())
}

/// The longest prefix of `path` that is a module with a file of its own.
fn file_module(path: &ModPath, files: &BTreeSet<ModPath>) -> ModPath {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| files.contains(prefix))
        .unwrap_or_default()
}

/// The imports among the files of a crate, given each file's path under
/// `src/` and its text.
fn edges(sources: &[(String, String)]) -> Vec<Edge> {
    let files: BTreeSet<ModPath> = sources.iter().map(|(path, _)| module_of(path)).collect();
    let mut edges = Vec::new();
    for (relative, source) in sources {
        let from = module_of(relative);
        let code = code_only(source);
        let found = named_paths(&from, &code);
        // Inline modules count as modules for resolving `super` and child names.
        let mut modules = files.clone();
        for (here, _, _) in &found {
            modules.insert(here.clone());
        }
        for (here, path, line) in found {
            let Some(target) = absolute(&here, &path, &modules) else {
                continue;
            };
            let to = file_module(&target, &files);
            if to != from && !to.is_empty() {
                edges.push(Edge {
                    from: from.clone(),
                    to,
                    place: format!("src/{relative}:{line} `{}`", path.join("::")),
                });
            }
        }
    }
    edges
}

/// The circles of the graph of `edges` with every module cut to its first
/// `level` segments: for each set of modules that reach one another, the
/// shortest circle through its first module (as the edges that make it) and
/// the set.
fn circles_at(edges: &[Edge], level: usize) -> Vec<(Vec<Edge>, Vec<String>)> {
    let cut = |path: &ModPath| path[..path.len().min(level)].to_vec();
    let mut graph: BTreeMap<ModPath, Vec<Edge>> = BTreeMap::new();
    for edge in edges {
        let (from, to) = (cut(&edge.from), cut(&edge.to));
        if from != to && !from.is_empty() && !to.is_empty() {
            graph.entry(to.clone()).or_default();
            let place = edge.place.clone();
            graph
                .entry(from.clone())
                .or_default()
                .push(Edge { from, to, place });
        }
    }
    // Breadth first from `start`: the first edge into each module reached.
    let reach = |start: &ModPath| {
        let mut into: BTreeMap<ModPath, Edge> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start.clone()]);
        while let Some(node) = queue.pop_front() {
            for edge in &graph[&node] {
                if !into.contains_key(&edge.to) {
                    into.insert(edge.to.clone(), edge.clone());
                    queue.push_back(edge.to.clone());
                }
            }
        }
        into
    };
    let reached: BTreeMap<&ModPath, BTreeMap<ModPath, Edge>> =
        graph.keys().map(|node| (node, reach(node))).collect();
    let mut seen: BTreeSet<ModPath> = BTreeSet::new();
    let mut found = Vec::new();
    for node in graph.keys() {
        if seen.contains(node) || !reached[node].contains_key(node) {
            continue;
        }
        // Its group: the modules it reaches that reach it back.
        let group: Vec<&ModPath> = reached[node]
            .keys()
            .filter(|other| reached[*other].contains_key(node))
            .collect();
        seen.extend(group.iter().map(|m| (*m).clone()));
        // The shortest way back to `node`, followed backwards from it.
        let mut circle = vec![reached[node][node].clone()];
        while circle[0].from != *node {
            circle.insert(0, reached[node][&circle[0].from].clone());
        }
        let group = group.iter().map(|m| m.join("::")).collect();
        found.push((circle, group));
    }
    found
}

/// Every circle at every level of the tree, described with its places and
/// the modules that reach one another through it.
fn circles(sources: &[(String, String)]) -> Vec<String> {
    let edges = edges(sources);
    let depth = edges
        .iter()
        .flat_map(|e| [e.from.len(), e.to.len()])
        .max()
        .unwrap_or(0);
    let mut found: Vec<String> = Vec::new();
    for level in 1..=depth {
        for (circle, group) in circles_at(&edges, level) {
            let names: Vec<String> = circle
                .iter()
                .map(|e| e.from.join("::"))
                .chain([circle[0].from.join("::")])
                .collect();
            let places: Vec<String> = circle
                .iter()
                .map(|e| {
                    format!(
                        "    {} → {}: {}",
                        e.from.join("::"),
                        e.to.join("::"),
                        e.place
                    )
                })
                .collect();
            let text = format!(
                "{}\n{}\n    (modules that reach one another: {})",
                names.join(" → "),
                places.join("\n"),
                group.join(", ")
            );
            if !found.contains(&text) {
                found.push(text);
            }
        }
    }
    found
}

fn library_sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("src/ is readable")
            .flatten()
            .collect();
        entries.sort_by_key(|e| e.path());
        for entry in entries {
            let path = entry.path();
            let relative = path
                .strip_prefix(root)
                .expect("under src/")
                .to_string_lossy()
                .replace('\\', "/");
            if path.is_dir() {
                if relative != "bin" {
                    walk(&path, root, out);
                }
            } else if relative.ends_with(".rs") {
                out.push((
                    relative,
                    std::fs::read_to_string(&path).expect("a source file is UTF-8"),
                ));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out
}

#[test]
fn no_import_circles_in_src() {
    let sources = library_sources();
    assert!(
        sources.len() > 40,
        "src/ was read ({} files)",
        sources.len()
    );
    let found = circles(&sources);
    assert!(
        found.is_empty(),
        "import circles among src/ modules (a module may only use modules below it; \
         move what both sides need into a module neither imports):\n{}",
        found.join("\n")
    );
}

/// The reader sees the imports it must see: if it missed them, the test
/// above would pass on anything.
#[test]
fn the_library_graph_has_the_imports_it_is_known_to_have() {
    let edges = edges(&library_sources());
    let has = |from: &str, to: &str| {
        edges
            .iter()
            .any(|e| e.from.join("::") == from && e.to.join("::") == to)
    };
    assert!(
        has("render::cloud_svg", "cloud"),
        "render::cloud_svg uses crate::cloud::{{CloudLayout, …}}"
    );
    assert!(
        has("text::lexicon", "text::stem"),
        "text::lexicon uses super::stem::Stemmer"
    );
    assert!(
        has("stats::counts", "text::tokenize"),
        "stats::counts uses the tokenizer"
    );
    assert!(edges.len() > 100, "{} imports found", edges.len());
}

fn fake(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files
        .iter()
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect()
}

#[test]
fn a_circle_among_files_is_found_with_its_places() {
    let sources = fake(&[
        ("lib.rs", "pub mod text;"),
        ("text/mod.rs", "pub mod a; pub mod b; pub mod c;"),
        ("text/a.rs", "use super::b::f;\n"),
        ("text/b.rs", "use crate::text::{c::{g, h as k}, self};\n"),
        (
            "text/c.rs",
            "// use super::a; in a comment is no import\nfn x() { super::a::y(); }\n",
        ),
    ]);
    let found = circles(&sources);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("text::a → text::b → text::c → text::a"),
        "{}",
        found[0]
    );
    assert!(
        found[0].contains("src/text/c.rs:2 `super::a::y`"),
        "{}",
        found[0]
    );
}

#[test]
fn a_circle_between_directories_is_found_though_files_make_none() {
    let sources = fake(&[
        ("lib.rs", "pub mod cloud; pub mod render;"),
        ("cloud/mod.rs", "pub mod layout;"),
        (
            "cloud/layout.rs",
            "fn f() { crate::render::number::fmt(1.0); }",
        ),
        ("render/mod.rs", "pub mod number; pub mod svg;"),
        ("render/number.rs", ""),
        ("render/svg.rs", "use crate::cloud::layout::Layout;"),
    ]);
    let found = circles(&sources);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("cloud → render → cloud"),
        "{}",
        found[0]
    );
}

#[test]
fn tests_modules_strings_and_children_resolve_where_they_are_written() {
    let sources = fake(&[
        ("lib.rs", "pub mod a; pub mod b;"),
        ("a.rs", "pub fn f() {}\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use crate::b::g;\n}\n"),
        ("b/mod.rs", "mod child;\nuse child::h;\nconst S: &str = \"use crate::a;\"; const C: char = '{';\n"),
        ("b/child.rs", "pub fn h() { let r = r#\"crate::a::f\"#; }"),
    ]);
    let edges = edges(&sources);
    let pairs: Vec<(String, String)> = edges
        .iter()
        .map(|e| (e.from.join("::"), e.to.join("::")))
        .collect();
    assert_eq!(
        pairs,
        [
            ("a".to_string(), "b".to_string()),
            ("b".to_string(), "b::child".to_string())
        ]
    );
    assert!(circles(&sources).is_empty());
}
