//! The imported sets kept in the browser (IndexedDB: database `cds-explorer`, store
//! `user-sets`, one set per entry as its header and chunks of values in compact bytes
//! (`core::import::wire`), keyed by its id), so that they outlive a reload.
//! Nothing is ever sent anywhere: this is the only place they are written.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "cds-explorer";
const STORE: &str = "user-sets";
const VERSION: u32 = 1;

/// Waits for a request's result (or its error, as text). Listens at once, so that two
/// requests of one transaction can be made before either is awaited.
fn finished(request: &IdbRequest) -> impl std::future::Future<Output = Result<JsValue, String>> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let reject_blocked = reject.clone();
        let failed = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call1(
                &JsValue::NULL,
                &JsValue::from_str("IndexedDB request failed"),
            );
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
        // Opening waits for ever while another tab holds an older version open: say so.
        if let Some(open) = request.dyn_ref::<IdbOpenDbRequest>() {
            let blocked = Closure::once_into_js(move |_: web_sys::Event| {
                let _ = reject_blocked.call1(
                    &JsValue::NULL,
                    &JsValue::from_str("IndexedDB is held by another tab of this page"),
                );
            });
            open.set_onblocked(Some(blocked.unchecked_ref()));
        }
    });
    async move {
        JsFuture::from(promise).await.map_err(|e| {
            e.as_string()
                .unwrap_or_else(|| "IndexedDB request failed".to_string())
        })
    }
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("this browser keeps no local data (IndexedDB is off)")?;
    let request: IdbOpenDbRequest = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| "IndexedDB cannot be opened".to_string())?;
    let upgrade = Closure::once_into_js(move |event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|d| d.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            if !database.object_store_names().contains(STORE) {
                let _ = database.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    finished(&request)
        .await?
        .dyn_into::<IdbDatabase>()
        .map_err(|_| "IndexedDB returned no database".to_string())
}

fn store(database: &IdbDatabase, mode: IdbTransactionMode) -> Result<IdbObjectStore, String> {
    database
        .transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE))
        .map_err(|_| "IndexedDB transaction failed".to_string())
}

/// A kept set as bytes: its header, then its chunks of values (`core::import::wire`).
#[derive(Clone)]
pub struct SetBytes {
    pub header: Uint8Array,
    pub chunks: Vec<Uint8Array>,
}

impl PartialEq for SetBytes {
    /// The same buffers (as the page holds them), not equal contents.
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &Uint8Array, b: &Uint8Array| JsValue::from(a) == JsValue::from(b);
        same(&self.header, &other.header)
            && self.chunks.len() == other.chunks.len()
            && self
                .chunks
                .iter()
                .zip(&other.chunks)
                .all(|(a, b)| same(a, b))
    }
}

impl std::fmt::Debug for SetBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SetBytes({} B, {} chunks)",
            self.header.length(),
            self.chunks.len()
        )
    }
}

impl SetBytes {
    /// As kept: an array of Blobs, which IndexedDB stores by reference (a large set is
    /// not copied on the page's thread when it is written).
    /// A Blob per part, made one part per task (`then` between parts lets the page
    /// paint while a large set is written).
    async fn to_js<F: std::future::Future<Output = ()>>(&self, then: impl Fn() -> F) -> Array {
        let parts = Array::new();
        for bytes in std::iter::once(&self.header).chain(&self.chunks) {
            if let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(bytes)) {
                parts.push(&blob);
            }
            then().await;
        }
        parts
    }

    /// Reads a kept set back (each Blob read off the page's thread).
    async fn from_js(value: &JsValue) -> Option<SetBytes> {
        let parts: Array = value.clone().dyn_into().ok()?;
        let mut bytes = Vec::new();
        for part in parts.iter() {
            let blob: web_sys::Blob = part.dyn_into().ok()?;
            let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
            bytes.push(Uint8Array::new(&buffer));
        }
        let mut bytes = bytes.into_iter();
        Some(SetBytes {
            header: bytes.next()?,
            chunks: bytes.collect(),
        })
    }
}

/// A kept entry: its key, and its bytes (`None` where the entry is not a set's parts).
pub struct Kept {
    pub key: JsValue,
    pub bytes: Option<SetBytes>,
}

impl Kept {
    /// The key as text, to name an entry whose header does not read.
    pub fn key_text(&self) -> String {
        self.key.as_string().unwrap_or_else(|| "?".to_string())
    }
}

/// Every kept entry with its key, as bytes still to decode (a task at a time: see
/// `user_data`); one that is not a set's parts is kept too, so that it can be named and
/// removed.
pub async fn load_sets() -> Result<Vec<Kept>, String> {
    let database = open().await?;
    let store = store(&database, IdbTransactionMode::Readonly)?;
    let failed = |_| "IndexedDB read failed".to_string();
    // Both of one transaction, in the order of their keys.
    let keys = finished(&store.get_all_keys().map_err(failed)?);
    let values = finished(&store.get_all().map_err(failed)?);
    let keys: Array = keys.await?.unchecked_into();
    let values: Array = values.await?.unchecked_into();
    let mut kept = Vec::new();
    for (key, value) in keys.iter().zip(values.iter()) {
        let bytes = SetBytes::from_js(&value).await;
        kept.push(Kept { key, bytes });
    }
    Ok(kept)
}

/// The ids of the kept sets, read without their values (a new set's id must differ from
/// them even before the page has read the sets themselves).
pub async fn kept_ids() -> Result<Vec<String>, String> {
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readonly)?
        .get_all_keys()
        .map_err(|_| "IndexedDB read failed".to_string())?;
    let keys: Array = finished(&request).await?.unchecked_into();
    Ok(keys.iter().filter_map(|k| k.as_string()).collect())
}

/// Keeps a set under `id` (replacing a kept set of the same id); `then` is awaited
/// between its parts (a yield to the page).
pub async fn save_set<F: std::future::Future<Output = ()>>(
    id: &str,
    bytes: &SetBytes,
    then: impl Fn() -> F,
) -> Result<(), String> {
    let parts = bytes.to_js(then).await;
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readwrite)?
        .put_with_key(&parts, &JsValue::from_str(id))
        .map_err(|_| "IndexedDB write failed".to_string())?;
    finished(&request).await.map(|_| ())
}

/// Replaces the header of the kept set `id` with `rewrite` of the kept one (a new name),
/// its values untouched.
pub async fn save_header(
    id: &str,
    rewrite: impl FnOnce(&[u8]) -> Result<Vec<u8>, String>,
) -> Result<(), String> {
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readonly)?
        .get(&JsValue::from_str(id))
        .map_err(|_| "IndexedDB read failed".to_string())?;
    let mut bytes = SetBytes::from_js(&finished(&request).await?)
        .await
        .ok_or("the set is not kept")?;
    bytes.header = Uint8Array::from(rewrite(&bytes.header.to_vec())?.as_slice());
    save_set(id, &bytes, || async {}).await
}

/// Forgets the set `id`.
pub async fn delete_set(id: &str) -> Result<(), String> {
    delete_key(&JsValue::from_str(id)).await
}

/// Forgets the entry kept under `key` (a set that does not read has no id to go by).
pub async fn delete_key(key: &JsValue) -> Result<(), String> {
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readwrite)?
        .delete(key)
        .map_err(|_| "IndexedDB delete failed".to_string())?;
    finished(&request).await.map(|_| ())
}
