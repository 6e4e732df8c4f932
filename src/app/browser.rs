//! Thin, panic-free wrappers around the browser APIs the shell uses: the location,
//! history, document language and title, and the device pixel ratio.

use web_sys::{Element, Window};

fn window() -> Option<Window> {
    web_sys::window()
}

/// The element the app mounts into.
pub fn app_root() -> Option<Element> {
    window()?.document()?.get_element_by_id("app")
}

/// The page's query string, with its leading `?` (or empty).
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's full address.
pub fn current_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Replaces the query string without adding a history entry or reloading.
pub fn replace_query(query: &str) {
    let Some(window) = window() else { return };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let separator = if query.is_empty() { "" } else { "?" };
    let url = format!("{path}{separator}{query}{hash}");
    if location.search().unwrap_or_default() != format!("{separator}{query}") {
        if let Ok(history) = window.history() {
            // A refusal (e.g. a sandboxed frame) leaves the old address; the view is unaffected.
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(lang: &str, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang);
    }
    document.set_title(title);
}

/// The device pixel ratio, at least 1.
pub fn pixel_ratio() -> f64 {
    window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0)
}

/// Marks the Performance timeline (read by `scripts/bench.mjs`); costs next to nothing.
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The value chosen in the `<select>` a change event came from (empty if it did not
/// come from one).
pub fn selected_value(event: &yew::Event) -> String {
    use yew::TargetCast;
    event
        .target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|select| select.value())
        .unwrap_or_default()
}
