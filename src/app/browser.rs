//! Thin, panic-free wrappers around the browser APIs the shell uses: the location,
//! history (written just after the frame is painted), document language and title, the device pixel ratio, and downloads.

use web_sys::{Element, Window};

fn window() -> Option<Window> {
    web_sys::window()
}

/// The element the app mounts into.
pub fn app_root() -> Option<Element> {
    window()?.document()?.get_element_by_id("app")
}

/// Removes the first paint's cover (`src/paint/`), once the app has drawn beneath it or
/// has something else to say; nothing if there is none.
pub fn remove_first_paint() {
    if let Some(cover) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("first-paint"))
    {
        cover.remove();
    }
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

thread_local! {
    /// Address writes waiting for the frame to be painted, oldest first.
    static PENDING_WRITES: std::cell::RefCell<Vec<(String, Entry)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// How long a write may wait for a frame that does not come (a hidden tab paints none).
const LATEST_WRITE_MS: i32 = 100;

/// Writes the query string without reloading, as a new history entry or in place of
/// the current one, just after the next frame is painted: `pushState` costs Chromium
/// 2–3 ms, which the reader would otherwise wait for before seeing the change. Writes
/// keep their order; each is skipped if it is already the page's query.
pub fn write_query(query: &str, entry: Entry) {
    let first = PENDING_WRITES.with(|pending| {
        let mut pending = pending.borrow_mut();
        pending.push((query.to_string(), entry));
        pending.len() == 1
    });
    if first {
        after_next_paint(flush_writes);
    }
}

/// Writes the query at once (after any write still pending), for a change that rebuilds
/// the page from its link.
pub fn write_query_now(query: &str, entry: Entry) {
    flush_writes();
    write_now(query, entry);
}

/// Drops the writes not yet made: the address changed under the app (back or forward)
/// and is now the view to show.
pub fn forget_pending_writes() {
    PENDING_WRITES.with(|pending| pending.borrow_mut().clear());
}

fn flush_writes() {
    let writes = PENDING_WRITES.with(|pending| std::mem::take(&mut *pending.borrow_mut()));
    for (query, entry) in writes {
        write_now(&query, entry);
    }
}

/// Runs `then` once, after the next frame is painted (a `requestAnimationFrame`, then a
/// task) or after [`LATEST_WRITE_MS`], whichever comes first.
fn after_next_paint(then: fn()) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = window() else {
        return then();
    };
    let next_task = {
        let window = window.clone();
        Closure::once_into_js(move || {
            let task = Closure::once_into_js(then);
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        })
    };
    let painted = window.request_animation_frame(next_task.unchecked_ref());
    let fallback = Closure::once_into_js(then);
    let timed = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        fallback.unchecked_ref(),
        LATEST_WRITE_MS,
    );
    if painted.is_err() && timed.is_err() {
        then();
    }
}

/// Runs `then` at the start of the next frame (`requestAnimationFrame`), or now where
/// there are no frames.
pub fn on_next_frame(then: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let run = {
        let then = then.clone();
        move || {
            if let Some(then) = then.take() {
                then();
            }
        }
    };
    let callback = Closure::once_into_js(run.clone());
    let scheduled = window().map(|w| w.request_animation_frame(callback.unchecked_ref()));
    if !matches!(scheduled, Some(Ok(_))) {
        run();
    }
}

/// Writes the query string now; nothing happens if it is already the page's query.
fn write_now(query: &str, entry: Entry) {
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
/// Only the latest mark of a name is kept, so that the browser's timeline does not grow
/// with every change (observers still see each one).
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        performance.clear_marks_with_mark_name(name);
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

/// Lets the browser run other tasks (and paint) before going on: a long job split this
/// way never holds the page.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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

/// The width of an element, kept up to date by a `ResizeObserver`, so that drawing
/// never has to read it from the DOM (a read after a change forces a layout first).
pub struct WidthWatch {
    element: Element,
    width: std::rc::Rc<std::cell::Cell<f64>>,
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl WidthWatch {
    /// Watches `element`, starting from its current width; `changed` is called with
    /// each new width. `None` where the browser has no `ResizeObserver`.
    pub fn new(element: Element, changed: impl Fn(f64) + 'static) -> Option<Self> {
        use wasm_bindgen::JsCast;
        let width = std::rc::Rc::new(std::cell::Cell::new(f64::from(element.client_width())));
        let callback = {
            let width = width.clone();
            wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
                move |entries: js_sys::Array| {
                    let Some(entry) = entries
                        .get(0)
                        .dyn_into::<web_sys::ResizeObserverEntry>()
                        .ok()
                    else {
                        return;
                    };
                    let new = entry.content_rect().width().floor();
                    if new != width.get() {
                        width.set(new);
                        changed(new);
                    }
                },
            )
        };
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&element);
        Some(WidthWatch {
            element,
            width,
            observer,
            _callback: callback,
        })
    }

    /// Whether this watch is on `element`.
    pub fn watches(&self, element: &Element) -> bool {
        &self.element == element
    }

    /// The element's last known width (CSS px, whole).
    pub fn width(&self) -> f64 {
        self.width.get()
    }
}

impl Drop for WidthWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
