//! Entry point of the first paint: a second, small wasm bundle that draws the linked
//! chart before the app's bundle has loaded, then leaves the page to the app
//! (`src/paint/`).

#[cfg(target_arch = "wasm32")]
fn main() {
    cds_explorer::paint::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The first paint runs in the browser, before the app (see README.md).");
}
