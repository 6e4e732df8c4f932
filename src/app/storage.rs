//! The imported sets kept in the browser (IndexedDB: database `cds-explorer`, store
//! `user-sets`, one set per entry as compact bytes (`core::import::wire`), keyed by its
//! id), so that they outlive a reload.
//! Nothing is ever sent anywhere: this is the only place they are written.

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

use crate::core::import::user_set::UserSet;
use crate::core::import::wire::{decode_set, encode_set};

const DATABASE: &str = "cds-explorer";
const STORE: &str = "user-sets";
const VERSION: u32 = 1;

/// Waits for a request's result (or its error, as text).
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call1(
                &JsValue::NULL,
                &JsValue::from_str("IndexedDB request failed"),
            );
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| "IndexedDB request failed".to_string())
    })
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

/// Every kept set (a set that no longer reads is skipped).
pub async fn load_sets() -> Result<Vec<UserSet>, String> {
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readonly)?
        .get_all()
        .map_err(|_| "IndexedDB read failed".to_string())?;
    let values: Array = finished(&request).await?.unchecked_into();
    let mut sets: Vec<UserSet> = values
        .iter()
        .filter(|v| v.is_instance_of::<js_sys::Uint8Array>())
        .filter_map(|v| decode_set(&js_sys::Uint8Array::new(&v).to_vec()).ok())
        .collect();
    sets.sort_by(|a: &UserSet, b: &UserSet| a.imported.cmp(&b.imported).then(a.id.cmp(&b.id)));
    Ok(sets)
}

/// Keeps `set` (replacing a kept set of the same id).
pub async fn save_set(set: &UserSet) -> Result<(), String> {
    let bytes = js_sys::Uint8Array::from(&encode_set(set)[..]);
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readwrite)?
        .put_with_key(&bytes, &JsValue::from_str(&set.id))
        .map_err(|_| "IndexedDB write failed".to_string())?;
    finished(&request).await.map(|_| ())
}

/// Forgets the set `id`.
pub async fn delete_set(id: &str) -> Result<(), String> {
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readwrite)?
        .delete(&JsValue::from_str(id))
        .map_err(|_| "IndexedDB delete failed".to_string())?;
    finished(&request).await.map(|_| ())
}
