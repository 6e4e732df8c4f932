//! Entry point: mounts the Yew app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    cds_explorer::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("CĐS Explorer runs in the browser: build it with `trunk build` (see README.md).");
}
