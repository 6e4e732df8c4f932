//! Entry point of the import worker: a second wasm bundle, fetched only when someone
//! opens the import, that reads and checks their file off the page's thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    cds_explorer::worker::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The import worker runs in the browser, started by the page (see README.md).");
}
