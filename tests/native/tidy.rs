//! Conventions the code keeps: a pure core and a doc comment on every module.

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

/// Which modules each module imports: `module → modules`, every file under `src` a
/// node (an import of a module's item counts as an import of the module).
fn import_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files: Vec<(Vec<String>, String)> = rust_files(src)
        .into_iter()
        .map(|file| {
            let text = fs::read_to_string(&file).unwrap_or_default();
            (module_of(src, &file), text)
        })
        .collect();
    let known: BTreeSet<Vec<String>> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = BTreeMap::new();
    for (module, text) in &files {
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
}
