//! The visible panic, in a page of its own (wasm-bindgen-test in headless Chromium): a
//! panic traps the WebAssembly instance, so it must not share one with other tests.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A panic (a debug-only one, on the next tick, as in an event handler) replaces the
/// page with the bilingual panel: the message, a reload button, a report link; never a
/// frozen page.
#[wasm_bindgen_test]
async fn a_panic_shows_the_panel_with_a_reload_button() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    root.set_id("app");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    cds_explorer::app::start();
    sleep(Duration::from_millis(100)).await;
    assert!(
        root.query_selector("canvas").ok().flatten().is_some(),
        "the app runs"
    );
    cds_explorer::app::panic::cds_debug_panic();
    sleep(Duration::from_millis(100)).await;
    let find = |selector: &str| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    };
    let panel = find(".panic-panel[role=alert]");
    let text = panel.text_content().unwrap_or_default();
    assert!(
        text.contains("CĐS Explorer gặp lỗi / CĐS Explorer hit an error"),
        "{text}"
    );
    assert!(text.contains("a test panic, from a debug build"), "{text}");
    assert_eq!(
        find(".panic-panel button").text_content().as_deref(),
        Some("Tải lại / Reload")
    );
    let report = find(".panic-panel a")
        .get_attribute("href")
        .unwrap_or_default();
    assert!(report.starts_with("mailto:?subject="), "{report}");
    assert!(
        root.query_selector("canvas").ok().flatten().is_none(),
        "the chart is gone"
    );
}
