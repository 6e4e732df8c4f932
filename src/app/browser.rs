//! Thin, panic-free wrappers around the browser APIs the shell uses: the location,
//! history, document language and title, the device pixel ratio, and downloads.

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

/// How long (in bytes) the link was before the page's head cut it, if it did
/// (`data-link-bytes` on `<html>`, written by index.html).
pub fn original_link_bytes() -> Option<usize> {
    let root = window()?.document()?.document_element()?;
    root.get_attribute("data-link-bytes")?.parse().ok()
}

/// The page's full address.
pub fn current_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's address without its query string or fragment: where every view's link
/// starts (it keeps any sub-path the app is served under).
pub fn page_address() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// How a new view reaches the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: the back button returns to the view before.
    Push,
    /// The current entry changes (slider drags, canonical links, restored views).
    Replace,
}

/// Writes the query string without reloading, as a new history entry or in place of
/// the current one; nothing happens if it is already the page's query.
pub fn write_query(query: &str, entry: Entry) {
    let Some(window) = window() else { return };
    let location = window.location();
    let separator = if query.is_empty() { "" } else { "?" };
    if location.search().unwrap_or_default() == format!("{separator}{query}") {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{separator}{query}{hash}");
    if let Ok(history) = window.history() {
        // A refusal (e.g. a sandboxed frame) leaves the old address; the view is unaffected.
        let _ = match entry {
            Entry::Push => {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            }
            Entry::Replace => {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            }
        };
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(lang: &str, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    // Only what changed is written: a same-value write still costs a style pass.
    if let Some(html) = document.document_element() {
        if html.get_attribute("lang").as_deref() != Some(lang) {
            let _ = html.set_attribute("lang", lang);
        }
    }
    if document.title() != title {
        document.set_title(title);
    }
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

/// Today's date in the browser's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Saves `text` as a file called `name` (a click on a temporary download link).
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the file could not be made".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the file could not be made".to_string())?;
    let clicked = download_url(name, &url);
    // The download has started; the address can go once the click is handled.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    clicked
}

/// Saves what `url` (a `blob:` or `data:` address) holds as a file called `name`.
pub fn download_url(name: &str, url: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let document = window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".to_string())?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| "no link element".to_string())?;
    link.set_href(url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or_else(|| "no body".to_string())?;
    body.append_child(&link)
        .map_err(|_| "the download could not start".to_string())?;
    link.click();
    link.remove();
    Ok(())
}
