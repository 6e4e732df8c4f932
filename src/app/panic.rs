//! A visible panic: if the app ever panics, the page is replaced by a short message in
//! both languages, what went wrong, a "Tải lại / Reload" button and a link to report it,
//! instead of a frozen page. Built with plain DOM calls: after a panic, Yew's state
//! cannot be trusted.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::data::untrusted::shown;

/// Panic messages are shown cut to this many letters.
const MESSAGE_LETTERS: usize = 400;

/// Installs the hook, through Yew: its renderer puts a hook of its own in place when it
/// first renders (one that only writes to the console), unless one was set with
/// `yew::set_custom_panic_hook` — so a plain `std::panic::set_hook` here would hold only
/// until the first render, and a panic after a click would leave a dead, silent page.
/// The console still gets the message, from this hook.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "CĐS Explorer panicked: {message}"
        )));
        show(&message);
    }));
}

/// Replaces the page's content with the panic panel.
pub fn show(message: &str) {
    show_message("CĐS Explorer gặp lỗi / CĐS Explorer hit an error", message);
}

/// Replaces the page's content with the panel, under `heading`.
pub fn show_message(heading: &str, message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The first paint's cover would hide the message.
    super::browser::remove_first_paint();
    let Some(root) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    let message = shown(message, MESSAGE_LETTERS);
    let address = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let _ = build(&document, &root, heading, &message, &address);
}

fn element(
    document: &web_sys::Document,
    tag: &str,
    text: &str,
) -> Result<web_sys::Element, JsValue> {
    let element = document.create_element(tag)?;
    element.set_text_content(Some(text));
    Ok(element)
}

fn build(
    document: &web_sys::Document,
    root: &web_sys::Element,
    heading: &str,
    message: &str,
    address: &str,
) -> Result<(), JsValue> {
    let panel = document.create_element("div")?;
    panel.set_class_name("panic-panel");
    panel.set_attribute("role", "alert")?;
    let heading = element(document, "h1", heading)?;
    panel.append_child(&heading)?;
    for (lang, text) in [
        ("vi", "Trang đã dừng vì một lỗi trong ứng dụng. Tải lại trang thường giải quyết được; nếu lỗi lặp lại, hãy báo cho chúng tôi kèm nội dung bên dưới."),
        ("en", "The page stopped because of a bug in the app. Reloading usually helps; if it happens again, please report it with the details below."),
    ] {
        let paragraph = element(document, "p", text)?;
        paragraph.set_attribute("lang", lang)?;
        panel.append_child(&paragraph)?;
    }
    let details = element(document, "pre", &format!("{message}\n{address}"))?;
    details.set_class_name("panic-details");
    panel.append_child(&details)?;
    let reload = element(document, "button", "Tải lại / Reload")?;
    reload.set_attribute("type", "button")?;
    let on_reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    reload.add_event_listener_with_callback("click", on_reload.as_ref().unchecked_ref())?;
    on_reload.forget(); // the panel lives as long as the page
    panel.append_child(&reload)?;
    let report = element(document, "a", "Báo lỗi / Report it")?;
    let subject = "CĐS Explorer: lỗi / error";
    let body = format!("{message}\n\n{address}");
    report.set_attribute(
        "href",
        &format!(
            "mailto:?subject={}&body={}",
            js_sys::encode_uri_component(subject),
            js_sys::encode_uri_component(&body)
        ),
    )?;
    panel.append_child(&report)?;
    root.set_text_content(None);
    root.append_child(&panel)?;
    Ok(())
}

/// Debug builds only: panics on the next tick, outside any caller, as a real panic in
/// an event handler would — for the browser tests and for a screenshot of the panel
/// (`window.wasmBindings.cds_debug_panic()` in a `trunk build` without `--release`).
/// It goes through whatever hook is in place, so the tests see what a person would.
#[cfg(debug_assertions)]
#[wasm_bindgen]
pub fn cds_debug_panic() {
    gloo::timers::callback::Timeout::new(0, || panic!("a test panic, from a debug build")).forget();
}
