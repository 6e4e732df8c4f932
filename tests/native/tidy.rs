//! Conventions the code keeps: a pure core, a doc comment on every module, and imports
//! that point down the layers without circles (`cargo test --test native tidy --
//! --nocapture` prints the count of modules and circles).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "plotters_canvas",
];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Whether `line` names `krate` as a path root (`yew::…`, `use yew`), not as part of
/// another word.
fn names_crate(line: &str, krate: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices(krate).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = &code[at + krate.len()..];
        let starts_word = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        starts_word
            && (after.starts_with("::") || after.starts_with(';') || after.starts_with(" as"))
    })
}

#[test]
fn core_imports_nothing_from_the_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut offenders = Vec::new();
    for file in rust_files(&root) {
        let text = fs::read_to_string(&file).expect("readable file");
        for (number, line) in text.lines().enumerate() {
            for krate in BROWSER_CRATES {
                if names_crate(line, krate) {
                    offenders.push(format!("{}:{}: {krate}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "src/core must stay pure:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_purity_check_recognises_browser_imports() {
    assert!(names_crate("use web_sys::HtmlCanvasElement;", "web_sys"));
    assert!(names_crate("    let w = gloo::utils::window();", "gloo"));
    assert!(names_crate("extern crate yew;", "yew"));
    assert!(!names_crate("// yew::Html is not used here", "yew"));
    assert!(!names_crate("let my_yew::x = 1;", "yew"));
}

#[test]
fn every_module_starts_with_a_doc_comment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = Vec::new();
    for file in rust_files(&root.join("src"))
        .into_iter()
        .chain(rust_files(&root.join("tests")))
    {
        let text = fs::read_to_string(&file).expect("readable file");
        if !text.starts_with("//!") {
            missing.push(file.display().to_string());
        }
    }
    assert!(missing.is_empty(), "modules without a //! doc: {missing:?}");
}

// The import graph: which module (file) of `src/` uses which. A module is named by
// its path from the crate root (`core::data::model`, `app` for `app/mod.rs`, `crate`
// for `lib.rs`, `main` for the binary's `main.rs`).

/// A token of Rust source, with comments, strings and characters left out.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    /// `::`
    Colons,
    Punct(char),
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The index after a string literal whose opening `"` is at `at`, with `hashes` `#`s
/// closing it (raw strings) or escapes (`hashes` is `None`).
fn skip_string(chars: &[char], at: usize, hashes: Option<usize>) -> usize {
    let mut i = at + 1;
    while i < chars.len() {
        match (chars[i], hashes) {
            ('\\', None) => i += 2,
            ('"', None) => return i + 1,
            ('"', Some(n)) if chars[i + 1..].iter().take(n).filter(|&&c| c == '#').count() == n => {
                return i + 1 + n;
            }
            _ => i += 1,
        }
    }
    chars.len()
}

/// The tokens of `source` that can name a path: identifiers, `::` and punctuation.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && at(i + 1) == '*' {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && at(i + 1) == '/' {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            '"' => i = skip_string(&chars, i, None),
            '\'' if at(i + 1) == '\\' => {
                // An escaped character: '\n', '\'', '\u{300}'.
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '\'' if at(i + 2) == '\'' => i += 3, // 'x'
            '\'' => i += 1,                      // a lifetime or a label
            'b' if at(i + 1) == '\'' || at(i + 1) == '"' => i += 1, // b'x', b"…"
            'b' | 'r' if matches!((c, at(i + 1)), ('b', 'r') | ('r', '"') | ('r', '#')) => {
                let start = if c == 'b' { i + 2 } else { i + 1 };
                let hashes = chars[start..].iter().take_while(|&&h| h == '#').count();
                if at(start + hashes) == '"' {
                    i = skip_string(&chars, start + hashes, Some(hashes));
                } else if c == 'r' && hashes == 1 && is_ident_start(at(start + 1)) {
                    i += 2; // a raw identifier: r#type
                } else {
                    let end = (i..chars.len())
                        .find(|&j| !is_ident_char(chars[j]))
                        .unwrap_or(chars.len());
                    out.push(Token::Ident(chars[i..end].iter().collect()));
                    i = end;
                }
            }
            c if is_ident_start(c) => {
                let end = (i..chars.len())
                    .find(|&j| !is_ident_char(chars[j]))
                    .unwrap_or(chars.len());
                out.push(Token::Ident(chars[i..end].iter().collect()));
                i = end;
            }
            c if c.is_ascii_digit() => {
                while i < chars.len() && is_ident_char(chars[i]) {
                    i += 1;
                }
            }
            ':' if at(i + 1) == ':' => {
                out.push(Token::Colons);
                i += 2;
            }
            c if c.is_whitespace() => i += 1,
            c => {
                out.push(Token::Punct(c));
                i += 1;
            }
        }
    }
    out
}

/// A path a file names: in a `use` (with the name it binds, if any) or in code.
#[derive(Debug, Clone, PartialEq)]
struct Named {
    /// The inline modules (`mod tests { … }`) the path is written in.
    scope: Vec<String>,
    path: Vec<String>,
    /// For a `use`: the name it binds (`None` for a glob).
    binds: Option<Option<String>>,
}

/// Reads a use tree (`super::{a, b::c as d, e::*}`) from `toks[*i..]` under `prefix`.
fn use_tree(
    toks: &[Token],
    i: &mut usize,
    prefix: &[String],
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    let mut path = prefix.to_vec();
    loop {
        match toks.get(*i) {
            Some(Token::Ident(segment)) => {
                path.push(segment.clone());
                *i += 1;
                if toks.get(*i) == Some(&Token::Colons) {
                    *i += 1;
                    continue;
                }
                if segment == "self" {
                    path.pop();
                }
                let mut binds = path.last().cloned();
                if toks.get(*i) == Some(&Token::Ident("as".to_string())) {
                    *i += 1;
                    if let Some(Token::Ident(name)) = toks.get(*i) {
                        binds = Some(name.clone());
                        *i += 1;
                    }
                }
                out.push((path, binds));
                return;
            }
            Some(Token::Punct('*')) => {
                *i += 1;
                out.push((path, None));
                return;
            }
            Some(Token::Punct('{')) => {
                *i += 1;
                loop {
                    match toks.get(*i) {
                        None => return,
                        Some(Token::Punct('}')) => {
                            *i += 1;
                            return;
                        }
                        Some(Token::Punct(',')) => *i += 1,
                        Some(_) => {
                            let before = *i;
                            use_tree(toks, i, &path, out);
                            if *i == before {
                                *i += 1;
                            }
                        }
                    }
                }
            }
            Some(Token::Colons) => *i += 1, // `use ::std::…`
            _ => return,
        }
    }
}

/// Every path `source` names in `use` declarations and in code, with the inline
/// module it is written in.
fn named_paths(source: &str) -> Vec<Named> {
    let toks = tokens(source);
    let ident = |i: usize| match toks.get(i) {
        Some(Token::Ident(s)) => Some(s.as_str()),
        _ => None,
    };
    let mut out = Vec::new();
    let mut depth = 0usize;
    // Inline modules open: their names and the depth inside their braces.
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let scope: Vec<String> = open.iter().map(|(name, _)| name.clone()).collect();
        match &toks[i] {
            Token::Punct('{') => {
                depth += 1;
                i += 1;
            }
            Token::Punct('}') => {
                depth = depth.saturating_sub(1);
                while open.last().is_some_and(|&(_, d)| d > depth) {
                    open.pop();
                }
                i += 1;
            }
            Token::Ident(word) if word == "mod" => {
                if let (Some(name), Some(Token::Punct('{'))) = (ident(i + 1), toks.get(i + 2)) {
                    open.push((name.to_string(), depth + 1));
                    i += 2;
                } else {
                    i += 1;
                }
            }
            Token::Ident(word) if word == "use" => {
                i += 1;
                let mut leaves = Vec::new();
                use_tree(&toks, &mut i, &[], &mut leaves);
                while i < toks.len() && !matches!(toks[i], Token::Punct(';' | '}')) {
                    i += 1;
                }
                if toks.get(i) == Some(&Token::Punct(';')) {
                    i += 1;
                }
                out.extend(leaves.into_iter().map(|(path, binds)| Named {
                    scope: scope.clone(),
                    path,
                    binds: Some(binds),
                }));
            }
            Token::Ident(first)
                if toks.get(i + 1) == Some(&Token::Colons)
                    && (i == 0 || toks[i - 1] != Token::Colons) =>
            {
                let mut path = vec![first.clone()];
                let mut j = i + 1;
                while toks.get(j) == Some(&Token::Colons) {
                    match ident(j + 1) {
                        Some(segment) => {
                            path.push(segment.to_string());
                            j += 2;
                        }
                        None => break,
                    }
                }
                out.push(Named {
                    scope,
                    path,
                    binds: None,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

/// The module a file under `src` is, as path segments from the crate root; the
/// binary's `main.rs` is `["main"]` (it reaches the library as `cds_explorer`).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.strip_suffix(".rs").unwrap_or(&last).to_string();
    match (parts.is_empty(), stem.as_str()) {
        (true, "lib") => Vec::new(),
        (true, "main") => vec!["main".to_string()],
        (_, "mod") => parts,
        _ => {
            parts.push(stem);
            parts
        }
    }
}

fn module_name(segments: &[String]) -> String {
    if segments.is_empty() {
        "crate".to_string()
    } else {
        segments.join("::")
    }
}

/// Which modules each module of `src` imports: `module → modules`, every file a node.
fn import_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files: Vec<(Vec<String>, String)> = rust_files(src)
        .into_iter()
        .map(|file| {
            let text = fs::read_to_string(&file).unwrap_or_default();
            (module_of(src, &file), text)
        })
        .collect();
    graph_of(&files)
}

/// The import graph of `files` (each a module's path segments and its source): an
/// import of a module's item counts as an import of the module, a path that is not
/// the crate's own (`std::…`, `plotters::…`, an enum's variant) counts for nothing.
fn graph_of(files: &[(Vec<String>, String)]) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeSet<Vec<String>> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = BTreeMap::new();
    for (module, text) in files {
        let is_main = module.as_slice() == ["main".to_string()];
        // The module `self` is, for resolving paths (`main.rs` is a crate root).
        let home: Vec<String> = if is_main { Vec::new() } else { module.clone() };
        let named = named_paths(text);
        // Absolute path of `path` written in `scope`, or `None` if it is not ours.
        let absolute =
            |scope: &[String], path: &[String], aliases: &BTreeMap<String, Vec<String>>| {
                let here: Vec<String> = home.iter().chain(scope).cloned().collect();
                let first = path.first()?.as_str();
                let mut base = match first {
                    "crate" if !is_main => Vec::new(),
                    "cds_explorer" => Vec::new(),
                    "self" => here.clone(),
                    "super" => here.clone(),
                    _ => {
                        if let Some(target) = aliases.get(first) {
                            let mut full = target.clone();
                            full.extend(path[1..].iter().cloned());
                            return Some(full);
                        }
                        let child: Vec<String> =
                            here.iter().cloned().chain([first.to_string()]).collect();
                        if !known.contains(&child) {
                            return None;
                        }
                        let mut full = here.clone();
                        full.extend(path.iter().cloned());
                        return Some(full);
                    }
                };
                let mut rest = &path[1..];
                if first == "super" {
                    base.pop()?;
                    while rest.first().is_some_and(|s| s == "super") {
                        base.pop()?;
                        rest = &rest[1..];
                    }
                }
                base.extend(rest.iter().cloned());
                Some(base)
            };
        // The module a path lands in: the longest known prefix.
        let target = |full: &[String]| {
            (0..=full.len())
                .rev()
                .map(|n| full[..n].to_vec())
                .find(|prefix| known.contains(prefix))
        };
        let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for n in named.iter().filter(|n| n.binds.is_some()) {
            if let (Some(full), Some(Some(name))) =
                (absolute(&n.scope, &n.path, &BTreeMap::new()), &n.binds)
            {
                if known.contains(&full) {
                    aliases.insert(name.clone(), full);
                }
            }
        }
        let edges: BTreeSet<String> = named
            .iter()
            .filter_map(|n| absolute(&n.scope, &n.path, &aliases))
            .filter_map(|full| target(&full))
            .filter(|t| t != module)
            .map(|t| module_name(&t))
            .collect();
        graph.insert(module_name(module), edges);
    }
    graph
}

/// The strongly connected components of more than one module: the import circles.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's algorithm.
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, node: &'a str) {
        let n = s.index.len();
        s.index.insert(node, n);
        s.low.insert(node, n);
        s.stack.push(node);
        s.on_stack.insert(node);
        let graph = s.graph;
        for next in graph.get(node).into_iter().flatten() {
            let next = next.as_str();
            if !graph.contains_key(next) {
                continue;
            }
            if !s.index.contains_key(next) {
                visit(s, next);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut component = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                component.push(top.to_string());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.found.sort();
    state.found
}

/// One shortest circle through the first module of `component`, for the message.
fn a_circle(graph: &BTreeMap<String, BTreeSet<String>>, component: &[String]) -> Vec<String> {
    let Some(start) = component.first() else {
        return Vec::new();
    };
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.as_str()]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(node).into_iter().flatten() {
            if !component.contains(next) {
                continue;
            }
            if next == start {
                let mut path = vec![start.clone()];
                let mut at = node;
                while at != start {
                    path.push(at.to_string());
                    at = came_from.get(at).copied().unwrap_or(start);
                }
                path.push(start.clone());
                path.reverse();
                return path;
            }
            if !came_from.contains_key(next.as_str()) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    Vec::new()
}

#[test]
fn the_import_graph_has_no_circles() {
    let graph = import_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let found = circles(&graph);
    println!(
        "import graph: {} modules, {} circles",
        graph.len(),
        found.len()
    );
    let report: Vec<String> = found
        .iter()
        .map(|component| {
            format!(
                "{} modules: {}\n  e.g. {}",
                component.len(),
                component.join(", "),
                a_circle(&graph, component).join(" → ")
            )
        })
        .collect();
    for line in &report {
        println!("{line}");
    }
    assert!(
        found.is_empty(),
        "modules that import each other, directly or round a circle:\n{}",
        report.join("\n")
    );
}

/// The layers of `src/`, bottom to top. A module belongs to the longest entry that
/// starts its path, and may import modules of its own entry and of entries of a lower
/// rank (and the neighbours below). Entries of one rank do not import each other: the
/// chart types are independent, and so are the controls, the panels and the notices.
const LAYERS: [(&str, u32); 31] = [
    ("core::data", 1),
    ("core::view", 2),
    ("core::text", 3),
    ("core::query", 4),
    // A person's own file, read and checked: beside the queries, not above them.
    ("core::import", 4),
    ("core::charts::shared", 5),
    ("core::charts::line", 6),
    ("core::charts::ranking", 6),
    ("core::charts::map", 6),
    ("core::charts::slope", 6),
    ("core::charts::scatter", 6),
    // The registry, which knows every chart type.
    ("core::charts", 7),
    ("core::export", 8),
    // `core/mod.rs`, which only declares the layers.
    ("core", 9),
    // The browser's APIs, and the browser's storage of the imported sets.
    ("app::browser", 10),
    ("app::storage", 10),
    ("app::data_files", 10),
    // The dataset with the imported sets, and the page's side of the import worker.
    ("app::user_data", 11),
    ("app::import_worker", 11),
    ("app::chart_canvas", 12),
    ("app::controls", 13),
    ("app::panels", 13),
    // The import panel: a panel, with its own parts.
    ("app::panels::import", 13),
    ("app::notices", 13),
    // The page, the store and `app/mod.rs`.
    ("app", 14),
    ("crate", 15),
    // The import worker's shell: the core behind messages, nothing of the page.
    ("worker", 10),
    // The first paint: the core and the data files' fetch, nothing else of the page.
    ("paint", 11),
    ("first_paint", 16),
    ("main", 16),
    ("import_worker", 16),
];

/// Imports allowed beside the layer order, as (importing entry, imported entry).
const NEIGHBOURS: [(&str, &str); 0] = [];

/// The entry of `LAYERS` a module belongs to.
fn layer_of<'a>(module: &str, layers: &[(&'a str, u32)]) -> Option<(&'a str, u32)> {
    layers
        .iter()
        .filter(|(prefix, _)| {
            module == *prefix
                || module.starts_with(&format!("{prefix}::"))
                || (*prefix == "crate" && module == "crate")
        })
        .max_by_key(|(prefix, _)| prefix.len())
        .copied()
}

/// The imports that point up (or sideways to another entry of the same rank), as
/// messages.
fn upward_imports(
    graph: &BTreeMap<String, BTreeSet<String>>,
    layers: &[(&str, u32)],
    neighbours: &[(&str, &str)],
) -> Vec<String> {
    let mut found = Vec::new();
    for (from, targets) in graph {
        let Some((from_layer, from_rank)) = layer_of(from, layers) else {
            found.push(format!("{from} is in no layer of the table"));
            continue;
        };
        for to in targets {
            let Some((to_layer, to_rank)) = layer_of(to, layers) else {
                continue;
            };
            let allowed = from_layer == to_layer
                || to_rank < from_rank
                || neighbours.contains(&(from_layer, to_layer));
            if !allowed {
                found.push(format!(
                    "{from} ({from_layer}, rank {from_rank}) imports {to} ({to_layer}, rank {to_rank})"
                ));
            }
        }
    }
    found
}

#[test]
fn imports_only_point_down_the_layers() {
    let graph = import_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let found = upward_imports(&graph, &LAYERS, &NEIGHBOURS);
    assert!(
        found.is_empty(),
        "imports against the layer order (data < view < text < query < charts < export < \
         app; see LAYERS in tests/native/tidy.rs and ARCHITECTURE.md):\n{}",
        found.join("\n")
    );
}

/// The folders under `dir`, as module paths (`core::charts::line`).
fn folders(src: &Path, dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            let relative = path.strip_prefix(src).unwrap_or(&path);
            let names: Vec<String> = relative
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            found.push(names.join("::"));
            found.extend(folders(src, &path));
        }
    }
    found
}

#[test]
fn every_folder_of_src_has_its_place_in_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let missing: Vec<String> = folders(&src, &src)
        .into_iter()
        .filter(|folder| !LAYERS.iter().any(|(prefix, _)| prefix == folder))
        .collect();
    assert!(
        missing.is_empty(),
        "folders without a line in LAYERS (tests/native/tidy.rs): {missing:?}"
    );
}

#[test]
fn the_import_reader_understands_rust_paths() {
    let source = r##"
//! Mentions super::in_a_comment::X and crate::core::also_not.
/* A block comment: use crate::core::nothing; /* nested */ still a comment */
use super::{alpha, beta::gamma as delta, epsilon::*, self as parent};
pub(crate) use crate::core::zeta::{self, eta::{theta, iota}};
use super::super::kappa;
use std::collections::HashMap;
fn f<'a>(x: &'a str) -> char {
    let s = "super::in_a_string";
    let r = r#"crate::in_a_raw_string"#;
    super::lambda::call(HashMap::new());
    let _ = ChartKind::Line;
    '''
}
mod tests {
    use super::*;
}
"##;
    let named: Vec<(Vec<String>, String)> = named_paths(source)
        .into_iter()
        .map(|n| (n.scope, n.path.join("::")))
        .collect();
    let paths: Vec<&str> = named.iter().map(|(_, p)| p.as_str()).collect();
    for expected in [
        "super::alpha",
        "super::beta::gamma",
        "super::epsilon",
        "super",
        "crate::core::zeta",
        "crate::core::zeta::eta::theta",
        "crate::core::zeta::eta::iota",
        "super::super::kappa",
        "super::lambda::call",
    ] {
        assert!(paths.contains(&expected), "{expected} in {paths:?}");
    }
    for unexpected in [
        "super::in_a_comment::X",
        "crate::core::nothing",
        "super::in_a_string",
    ] {
        assert!(!paths.contains(&unexpected), "{unexpected} in {paths:?}");
    }
    assert!(!paths.iter().any(|p| p.contains("raw_string")), "{paths:?}");
    assert!(named.contains(&(vec!["tests".to_string()], "super".to_string())));

    // Resolution: items count for their module, `self` and inline test modules are not
    // edges, a module bound by `use` is followed, and a child is reached from `mod.rs`.
    let module = |path: &str| -> Vec<String> { path.split("::").map(str::to_string).collect() };
    let files = [
        (
            module("core"),
            "pub mod a; pub mod b; pub mod c; pub mod d;".to_string(),
        ),
        (
            module("core::a"),
            "use super::b::{self, Thing};\nfn f() { b::g(); crate::core::c::h(); }".to_string(),
        ),
        (module("core::b"), "use crate::core::a::X as Y;".to_string()),
        (module("core::c"), "mod tests { use super::*; }".to_string()),
        (module("core::d"), "mod e;\npub use e::Thing;".to_string()),
        (module("core::d::e"), "use super::super::b;".to_string()),
    ];
    let graph = graph_of(&files);
    let edges = |m: &str| graph[m].iter().cloned().collect::<Vec<_>>();
    assert_eq!(edges("core::a"), ["core::b", "core::c"]);
    assert_eq!(edges("core::b"), ["core::a"]);
    assert!(edges("core::c").is_empty());
    assert_eq!(edges("core::d"), ["core::d::e"]);
    assert_eq!(edges("core::d::e"), ["core::b"]);
    assert_eq!(circles(&graph), [["core::a", "core::b"]]);
    assert_eq!(
        a_circle(&graph, &["core::a".to_string(), "core::b".to_string()]),
        ["core::a", "core::b", "core::a"]
    );

    // Layers: down is allowed, up and sideways are not, unless declared.
    let mut layers = [
        ("core", 5),
        ("core::c", 1),
        ("core::a", 2),
        ("core::b", 3),
        ("core::d", 4),
    ];
    assert_eq!(
        upward_imports(&graph, &layers, &[]),
        ["core::a (core::a, rank 2) imports core::b (core::b, rank 3)"]
    );
    assert!(upward_imports(&graph, &layers, &[("core::a", "core::b")]).is_empty());
    layers[3].1 = 2;
    assert_eq!(upward_imports(&graph, &layers, &[]).len(), 2);
    assert!(upward_imports(&graph, &layers[1..], &[])
        .iter()
        .any(|m| m == "core is in no layer of the table"));
}
