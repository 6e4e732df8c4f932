//! The families of values that ship as data files of their own (PCI, PAPI, GSO): fetched
//! from the build's `data/` folder when a view first needs one, decoded against the
//! built-in dataset (the build wrote both) and added to it. The service worker keeps the
//! files for offline use. While a fetch takes longer than a moment the page says so
//! (listeners registered with [`on_status`]); a fetch that fails is reported in words.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::data::compact_notes::decode_family;
use crate::core::data::dataset::Dataset;
use crate::core::data::embedded::embedded;

/// What the page says about the data files.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Status {
    /// The families being fetched for longer than a moment, with their size in bytes.
    pub loading: Vec<(String, u64)>,
    /// The last fetch that failed: the family and why.
    pub failed: Option<(String, String)>,
}

/// Something told of every change of the status.
type Listener = Rc<dyn Fn(&Status)>;

thread_local! {
    static LOADED: RefCell<Option<Rc<Dataset>>> = const { RefCell::new(None) };
    static STATUS: RefCell<Status> = RefCell::new(Status::default());
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
}

/// The built-in dataset with the families fetched so far, once any was.
pub fn loaded() -> Option<Rc<Dataset>> {
    LOADED.with(|l| l.borrow().clone())
}

pub fn status() -> Status {
    STATUS.with(|s| s.borrow().clone())
}

/// Calls `listener` whenever the status changes.
pub fn on_status(listener: impl Fn(&Status) + 'static) {
    LISTENERS.with(|l| l.borrow_mut().push(Rc::new(listener)));
}

fn set_status(change: impl FnOnce(&mut Status)) {
    let status = STATUS.with(|s| {
        let mut s = s.borrow_mut();
        change(&mut s);
        s.clone()
    });
    let listeners: Vec<Listener> = LISTENERS.with(|l| l.borrow().clone());
    for listener in listeners {
        listener(&status);
    }
}

/// Fetches and adds the families `ids` not held yet; the first failure is returned (and
/// kept in the status), the families fetched before it stay.
pub async fn fetch_families(ids: &[String]) -> Result<(), String> {
    for id in ids {
        let base = loaded();
        let dataset: &Dataset = base.as_deref().unwrap_or(&embedded().dataset);
        let Some(family) = dataset.families().iter().find(|f| &f.id == id) else {
            continue;
        };
        if family.loaded {
            continue;
        }
        let (file, bytes) = (family.file.clone(), family.bytes);
        // Say so only if it takes longer than a moment.
        let slow = {
            let id = id.clone();
            gloo::timers::callback::Timeout::new(100, move || {
                set_status(|s| s.loading.push((id, bytes)));
            })
        };
        let fetched = fetch_bytes(&format!("data/{file}")).await;
        drop(slow);
        set_status(|s| s.loading.retain(|(l, _)| l != id));
        let result = fetched
            .and_then(|bytes| decode_family(&bytes, dataset).map_err(|error| error.to_string()));
        match result {
            Ok((decoded_id, observations)) if &decoded_id == id => {
                let mut next = dataset.clone();
                next.add_family(id, observations);
                LOADED.with(|l| *l.borrow_mut() = Some(Rc::new(next)));
                set_status(|s| s.failed = None);
            }
            Ok((other, _)) => {
                let error = format!("data/{file} holds {other}, not {id}");
                set_status(|s| s.failed = Some((id.clone(), error.clone())));
                return Err(error);
            }
            Err(error) => {
                set_status(|s| s.failed = Some((id.clone(), error.clone())));
                return Err(error);
            }
        }
    }
    Ok(())
}

/// The page's fetches of data files, by address, as promises of their bytes: shared by
/// the page's two bundles (the first paint, `src/paint/`, and the app), so that a file
/// the first paint fetched — or is still fetching — is not fetched again.
const SHARED_FETCHES: &str = "cdsDataFiles";

/// The bytes at `url` (relative to the page's base), or why not.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let key = wasm_bindgen::JsValue::from_str(SHARED_FETCHES);
    let shared = js_sys::Reflect::get(&window, &key)
        .ok()
        .filter(|m| m.is_object())
        .unwrap_or_else(|| {
            let map = js_sys::Object::new().into();
            let _ = js_sys::Reflect::set(&window, &key, &map);
            map
        });
    let address = wasm_bindgen::JsValue::from_str(url);
    let pending = js_sys::Reflect::get(&shared, &address)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let pending = pending.unwrap_or_else(|| {
        let url = url.to_string();
        let promise = wasm_bindgen_futures::future_to_promise(async move {
            fetch_buffer(&url)
                .await
                .map_err(|e| wasm_bindgen::JsValue::from_str(&e))
        });
        let _ = js_sys::Reflect::set(&shared, &address, &promise);
        promise
    });
    match JsFuture::from(pending).await {
        Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(error) => {
            // A failed fetch is tried again next time.
            let _ = js_sys::Reflect::delete_property(
                shared.unchecked_ref::<js_sys::Object>(),
                &address,
            );
            Err(error
                .as_string()
                .unwrap_or_else(|| format!("{url}: failed")))
        }
    }
}

/// Fetches `url` into an `ArrayBuffer`, or says why not.
async fn fetch_buffer(url: &str) -> Result<wasm_bindgen::JsValue, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: the network did not answer"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| format!("{url}: unreadable"))?;
    JsFuture::from(buffer)
        .await
        .map_err(|_| format!("{url}: cut short"))
}
