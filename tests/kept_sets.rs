//! Kept sets read back at start-up, in a page of its own (the app is started as a page
//! starts it, reading the browser's storage): a kept set whose header lies about its
//! count is set aside with a notice that names it and removes it, while a good set and
//! the page go on — even with a link to the good set's indicator, the path that waits for
//! the kept sets before the first render.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use cds_explorer::core::import::user_set::{UserIndicator, UserSet, UserValue};
use cds_explorer::core::import::wire::{encode_set_chunks, encode_set_header};
use gloo_timers::future::sleep;
use js_sys::{Array, Function, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Puts `[Blob, …]` entries under their keys in the page's store (as `app::storage` keeps
/// sets), then resolves.
const PUT: &str = "
return new Promise((resolve, reject) => {
  const open = indexedDB.open('cds-explorer', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('user-sets');
  open.onerror = () => reject(String(open.error));
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('user-sets', 'readwrite');
    for (const [key, parts] of entries) {
      tx.objectStore('user-sets').put(parts.map((p) => new Blob([p])), key);
    }
    tx.oncomplete = () => { db.close(); resolve(); };
    tx.onerror = () => reject(String(tx.error));
  };
});";

/// The keys in the page's store.
const KEYS: &str = "
return new Promise((resolve, reject) => {
  const open = indexedDB.open('cds-explorer', 1);
  open.onsuccess = () => {
    const db = open.result;
    const request = db.transaction('user-sets').objectStore('user-sets').getAllKeys();
    request.onsuccess = () => { db.close(); resolve(request.result.join(',')); };
    request.onerror = () => reject(String(request.error));
  };
  open.onerror = () => reject(String(open.error));
});";

async fn run(script: &str, args: &[(&str, JsValue)]) -> JsValue {
    let names: Vec<&str> = args.iter().map(|(name, _)| *name).collect();
    let function = Function::new_with_args(&names.join(","), script);
    let values = Array::new();
    for (_, value) in args {
        values.push(value);
    }
    let promise: Promise = function
        .apply(&JsValue::NULL, &values)
        .expect("the script runs")
        .unchecked_into();
    JsFuture::from(promise).await.expect("the script resolves")
}

fn entry(key: &str, parts: &[Vec<u8>]) -> JsValue {
    let parts: Array = parts
        .iter()
        .map(|p| JsValue::from(Uint8Array::from(p.as_slice())))
        .collect();
    Array::of2(&JsValue::from_str(key), &parts).into()
}

/// A good set: a score of Hải Dương's own indicator.
fn good_set() -> UserSet {
    UserSet {
        id: "diem".to_string(),
        name: "Điểm của tôi".to_string(),
        file: "diem.csv".to_string(),
        imported: "2026-11-30".to_string(),
        indicators: vec![UserIndicator {
            id: "user-diem-1".to_string(),
            name: "Điểm của tôi".to_string(),
            unit: "score".to_string(),
        }],
        values: [2022u16, 2023]
            .iter()
            .map(|&year| UserValue {
                indicator: "user-diem-1".to_string(),
                area: "hai-duong".to_string(),
                year,
                kind: "actual".to_string(),
                value: 0.5,
                printed: "0,5".to_string(),
                quote: "Hải Dương: 0,5".to_string(),
                note: "diem.csv, dòng 2".to_string(),
                tie: false,
            })
            .collect(),
    }
}

/// Waits (up to 10 s, on a busy machine) until `found` holds.
async fn until(mut found: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if found() {
            return true;
        }
        sleep(Duration::from_millis(50)).await;
    }
    false
}

fn text_of(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_kept_set_that_lies_about_its_count_is_set_aside_and_can_be_removed() {
    let good = good_set();
    let (header, chunks) = encode_set_chunks(&good);
    let mut parts = vec![header];
    parts.extend(chunks);
    // A header claiming 2³¹−1 values, with no values at all.
    let lying = encode_set_header(&good_set(), (1 << 31) - 1);
    let entries = Array::of2(&entry("broken", &[lying]), &entry("diem", &parts));
    run(PUT, &[("entries", entries.into())]).await;

    let window = web_sys::window().expect("a window");
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}?indicator=user-diem-1")),
        )
        .expect("address replaced");
    let document = window.document().expect("a document");
    let app = document.create_element("div").expect("a div");
    app.set_id("app");
    document
        .body()
        .expect("a body")
        .append_child(&app)
        .expect("appended");
    cds_explorer::app::start();

    let notice = || app.query_selector(".kept-set-notice").ok().flatten();
    assert!(until(|| notice().is_some()).await, "{}", text_of(&app));
    assert!(
        app.query_selector(".panic-panel").ok().flatten().is_none(),
        "no panic: {}",
        text_of(&app)
    );
    assert!(
        app.query_selector("canvas").ok().flatten().is_some(),
        "the chart"
    );
    let said = notice().map(|n| text_of(&n)).unwrap_or_default();
    assert!(
        said.contains("Bộ dữ liệu đã lưu “broken” không đọc được") && said.contains("2147483647"),
        "{said}"
    );
    // The good set is read, and the link's indicator is its.
    let search = window.location().search().unwrap_or_default();
    assert!(search.contains("indicator=user-diem-1"), "{search}");
    assert!(text_of(&app).contains("Điểm của tôi"), "{}", text_of(&app));

    // Removed: gone from the browser's storage and from the notice; the good set stays.
    let remove = notice()
        .and_then(|n| n.query_selector("li button").ok().flatten())
        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
        .expect("a Remove button");
    assert_eq!(remove.text_content().as_deref(), Some("Xóa"));
    remove.click();
    assert!(until(|| notice().is_none()).await, "{}", text_of(&app));
    let keys = run(KEYS, &[]).await.as_string().unwrap_or_default();
    assert_eq!(keys, "diem");
}
