//! The visible panic after the first render, in a page of its own (a panic traps the
//! WebAssembly instance): Yew's renderer puts a panic hook of its own in place when it
//! first renders, so the page's hook must survive that, or a panic in a click handler
//! leaves a dead, silent page.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A button whose click handler panics, as a bug in one of the page's handlers would.
#[component]
fn Faulty() -> Html {
    let onclick = Callback::from(|_: MouseEvent| panic!("a panic in a click handler"));
    html! { <button type="button" id="faulty" {onclick}>{ "faulty" }</button> }
}

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn appended(id: &str) -> Element {
    let element = document().create_element("div").expect("a div");
    element.set_id(id);
    document()
        .body()
        .expect("a body")
        .append_child(&element)
        .expect("appended");
    element
}

/// Waits (up to 5 s, on a busy machine) for an element matching `selector` in `root`.
async fn appears(root: &Element, selector: &str) -> bool {
    for _ in 0..100 {
        if root.query_selector(selector).ok().flatten().is_some() {
            return true;
        }
        sleep(Duration::from_millis(50)).await;
    }
    false
}

/// The app starts and renders its chart; then a click on a Yew button whose handler
/// panics — dispatched from a task of its own, as a person's click is — replaces the page
/// with the bilingual panel.
#[wasm_bindgen_test]
async fn a_panic_in_a_click_handler_after_the_first_render_shows_the_panel() {
    let app = appended("app");
    cds_explorer::app::start();
    assert!(appears(&app, "canvas").await, "the app rendered its chart");
    let faulty = appended("faulty-root");
    yew::Renderer::<Faulty>::with_root(faulty.clone()).render();
    assert!(
        appears(&faulty, "#faulty").await,
        "the faulty button rendered"
    );
    // Clicked from a timer, outside this test's own call stack.
    let click = js_sys::Function::new_no_args("document.getElementById('faulty').click()");
    web_sys::window()
        .expect("a window")
        .set_timeout_with_callback_and_timeout_and_arguments_0(&click, 0)
        .expect("a timer");
    assert!(
        appears(&app, ".panic-panel[role=alert]").await,
        "no panel after a panic in a click handler (the dead page still shows its chart: {})",
        app.query_selector("canvas").ok().flatten().is_some()
    );
    let panel = app
        .query_selector(".panic-panel")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .expect("the panel");
    let text = panel.text_content().unwrap_or_default();
    assert!(
        text.contains("CĐS Explorer gặp lỗi / CĐS Explorer hit an error"),
        "{text}"
    );
    assert!(text.contains("a panic in a click handler"), "{text}");
    assert!(text.contains("Tải lại / Reload"), "{text}");
    assert!(
        app.query_selector("canvas").ok().flatten().is_none(),
        "the chart is gone"
    );
}
