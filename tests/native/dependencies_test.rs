//! Every direct dependency is listed, with its purpose and licence, in
//! `docs/dependencies.md`: a new crate or npm package without a row fails here.

use std::fs;
use std::path::Path;

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path)
}

/// The names in the first column of the page's tables (`| \`name\` | …`).
fn listed() -> Vec<String> {
    read("docs/dependencies.md")
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_string)
        .collect()
}

/// The crates of every `[…dependencies]` table of Cargo.toml.
fn crates() -> Vec<String> {
    let mut names = Vec::new();
    let mut in_dependencies = false;
    for line in read("Cargo.toml").lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_dependencies = line.trim_end_matches(']').ends_with("dependencies");
            continue;
        }
        if !in_dependencies || line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, _)) = line.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && !name.starts_with('"') {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// The packages of package.json's `dependencies` and `devDependencies`.
fn packages() -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&read("package.json")).expect("JSON");
    ["dependencies", "devDependencies"]
        .iter()
        .filter_map(|key| json.get(key)?.as_object())
        .flat_map(|deps| deps.keys().cloned())
        .collect()
}

#[test]
fn every_dependency_is_listed_with_its_purpose_and_licence() {
    let listed = listed();
    let crates = crates();
    let packages = packages();
    assert!(
        crates.len() >= 15,
        "read {} crates: {crates:?}",
        crates.len()
    );
    assert!(packages.len() >= 3, "read {} packages", packages.len());
    let missing: Vec<&String> = crates
        .iter()
        .chain(&packages)
        .filter(|name| !listed.contains(name))
        .collect();
    assert!(
        missing.is_empty(),
        "add a row to docs/dependencies.md for: {missing:?}"
    );
}
