//! Browser tests (wasm-bindgen-test in headless Chromium): the mounted app reacts to
//! the user and keeps the address bar in step with the view.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Opens the app as if the page's address had `query`, in a fresh container.
async fn open(query: &str) -> Element {
    let window = web_sys::window().expect("a window");
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .expect("address replaced");
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    cds_explorer::app::mount(root.clone());
    settle().await;
    root
}

/// Lets Yew render and run its effects.
async fn settle() {
    sleep(Duration::from_millis(60)).await;
}

/// Waits (up to 3 s, on a busy machine) until the address is `expected`.
async fn address_becomes(expected: &str) {
    for _ in 0..150 {
        if search() == expected {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

#[wasm_bindgen_test]
async fn removing_a_province_updates_the_chart_and_the_url() {
    let root = open("?provinces=hai-duong~thanh-hoa").await;
    let canvas = find(&root, "canvas[role=img]");
    let label = canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.contains("Hải Dương") && label.contains("Thanh Hóa"),
        "{label}"
    );

    find(&root, "button[aria-label='Bỏ chọn Thanh Hóa']").click();
    address_becomes("?provinces=hai-duong").await;
    settle().await;

    address_becomes("?provinces=hai-duong").await;
    assert_eq!(search(), "?provinces=hai-duong");
    let label = find(&root, "canvas[role=img]")
        .get_attribute("aria-label")
        .unwrap_or_default();
    assert!(
        label.contains("Hải Dương") && !label.contains("Thanh Hóa"),
        "{label}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_rewrites_the_page_and_the_link() {
    let root = open("?provinces=da-nang").await;
    find(&root, "button.lang-switch").click();
    address_becomes("?provinces=da-nang&lang=en").await;
    settle().await;
    address_becomes("?provinces=da-nang&lang=en").await;
    assert_eq!(search(), "?provinces=da-nang&lang=en");
    let html_lang = document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    assert_eq!(html_lang, "en");
    let label = find(&root, "canvas[role=img]")
        .get_attribute("aria-label")
        .unwrap_or_default();
    assert!(label.starts_with("Line chart:"), "{label}");
    root.remove();
}

#[wasm_bindgen_test]
async fn clearing_the_selection_explains_the_empty_chart() {
    let root = open("").await;
    find(&root, "button.link-button").click();
    settle().await;
    address_becomes("?provinces=").await;
    assert_eq!(search(), "?provinces=");
    let message = find(&root, ".chart-empty")
        .text_content()
        .unwrap_or_default();
    assert!(message.contains("Chưa chọn tỉnh"), "{message}");
    assert!(root.query_selector("canvas").ok().flatten().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn moving_the_first_year_past_the_last_moves_both_selects() {
    let root = open("?time=2020..2022").await;
    let select = |id: &str| {
        find(&root, id)
            .dyn_into::<web_sys::HtmlSelectElement>()
            .expect("a select")
    };
    let to = select("#year-to");
    to.set_value("2021");
    to.dispatch_event(&web_sys::Event::new("change").expect("an event"))
        .expect("dispatched");
    settle().await;
    address_becomes("?time=2020..2021").await;
    assert_eq!(search(), "?time=2020..2021");

    let from = select("#year-from");
    from.set_value("2024");
    from.dispatch_event(&web_sys::Event::new("change").expect("an event"))
        .expect("dispatched");
    settle().await;
    address_becomes("?time=2024").await;
    assert_eq!(search(), "?time=2024");
    assert_eq!(
        select("#year-to").value(),
        "2024",
        "the last year follows the first"
    );
    root.remove();
}

/// Types `text` into the search field as a person would (and lets the page render),
/// then presses `key`.
async fn type_and_press(input: &web_sys::HtmlInputElement, text: Option<&str>, key: &str) {
    if let Some(text) = text {
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("an event");
        input.dispatch_event(&event).expect("dispatched");
        settle().await;
    }
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("a key");
    input.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn enter_picks_once_and_escape_closes_the_list() {
    let root = open("?provinces=").await;
    let input = find(&root, "#province-search")
        .dyn_into::<web_sys::HtmlInputElement>()
        .expect("an input");
    input.focus().expect("focused");
    type_and_press(&input, Some("quang ninh"), "Enter").await;
    settle().await;
    address_becomes("?provinces=quang-ninh").await;
    assert_eq!(search(), "?provinces=quang-ninh");
    type_and_press(&input, None, "Enter").await;
    settle().await;
    assert_eq!(
        search(),
        "?provinces=quang-ninh",
        "a second Enter picks nothing"
    );

    type_and_press(&input, Some("ha"), "ArrowDown").await;
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    type_and_press(&input, None, "Escape").await;
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        input.value(),
        "ha",
        "Escape closes the list and keeps the text"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn removing_a_chip_keeps_the_keyboard_in_the_picker() {
    let root = open("?provinces=hai-duong~thanh-hoa").await;
    find(&root, "button[aria-label='Bỏ chọn Hải Dương']").click();
    settle().await;
    let active = document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    assert_eq!(active, "province-search");
    root.remove();
}
