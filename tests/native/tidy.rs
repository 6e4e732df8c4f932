//! Conventions the code keeps: a pure core and a doc comment on every module.

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
