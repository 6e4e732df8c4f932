//! The import worker's shell: messages in, the core's import out. The page posts a file
//! (`read`), then the person's mapping (`check`); the worker keeps the file's grid between
//! the two and answers with progress, a preview, a report, or an error — the core's types
//! as compact bytes (`core::import::wire`), so that the page needs no JSON parser.
//!
//! **Invariant:** it imports the core and nothing of the page (`app`); the page talks to
//! it only through `app::import_worker`.

use std::cell::RefCell;

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::core::data::embedded::embedded;
use crate::core::import::grid::{read_file_with_progress, Grid};
use crate::core::import::session::{check, preview};
use crate::core::import::wire::{decode_mapping, encode_preview, encode_report, encode_set_chunks};
use crate::core::import::words::grid_error;
use crate::core::view::state::Lang;

thread_local! {
    /// The grid of the file read last, until the next file.
    static GRID: RefCell<Option<Grid>> = const { RefCell::new(None) };
}

/// Listens for the page's messages.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        handle(&event.data());
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    post(&[("kind", "ready".into())]);
}

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn text(data: &JsValue, name: &str) -> String {
    field(data, name).as_string().unwrap_or_default()
}

fn post(fields: &[(&str, JsValue)]) {
    post_moving(fields, &js_sys::Array::new());
}

/// Posts a message whose buffers in `moved` pass to the page rather than being copied (a
/// large set crosses without a copy on the page's thread).
fn post_moving(fields: &[(&str, JsValue)], moved: &js_sys::Array) {
    let message = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&message, &JsValue::from_str(name), value);
    }
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message_with_transfer(&message, moved);
}

fn as_js(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

fn error(message: String) {
    post(&[("kind", "error".into()), ("message", message.into())]);
}

fn handle(data: &JsValue) {
    let lang = Lang::from_code(&text(data, "lang")).unwrap_or_default();
    match text(data, "kind").as_str() {
        "read" => {
            let name = text(data, "name");
            let file = Uint8Array::new(&field(data, "bytes")).to_vec();
            let mut progress = |done: u64, total: u64| {
                post(&[
                    ("kind", "progress".into()),
                    ("done", (done as f64).into()),
                    ("total", (total as f64).into()),
                ]);
            };
            match read_file_with_progress(&file, &mut progress) {
                Ok(grid) => {
                    let preview = encode_preview(&preview(&grid, &embedded().dataset, &name));
                    GRID.with(|g| *g.borrow_mut() = Some(grid));
                    post(&[("kind", "preview".into()), ("bytes", as_js(&preview))]);
                }
                Err(e) => error(grid_error(&e, lang)),
            }
        }
        "check" => {
            let mapping = Uint8Array::new(&field(data, "mapping")).to_vec();
            let mapping = match decode_mapping(&mapping) {
                Ok(mapping) => mapping,
                Err(e) => return error(e.to_string()),
            };
            let kept: Vec<String> = js_sys::Array::from(&field(data, "kept"))
                .iter()
                .filter_map(|id| id.as_string())
                .collect();
            let imported = text(data, "imported");
            let result = GRID.with(|g| {
                g.borrow()
                    .as_ref()
                    .map(|grid| check(grid, &mapping, &embedded().dataset, &kept, &imported, lang))
            });
            let Some((report, set)) = result else {
                return error("no file has been read".to_string());
            };
            let (header, chunks) = encode_set_chunks(&set);
            let chunks: Vec<Uint8Array> = chunks.iter().map(|c| Uint8Array::from(&c[..])).collect();
            let moved: js_sys::Array = chunks.iter().map(|c| JsValue::from(c.buffer())).collect();
            let chunks: js_sys::Array = chunks.into_iter().map(JsValue::from).collect();
            post_moving(
                &[
                    ("kind", "report".into()),
                    ("report", as_js(&encode_report(&report))),
                    ("header", as_js(&header)),
                    ("chunks", chunks.into()),
                ],
                &moved,
            );
        }
        _ => {}
    }
}
