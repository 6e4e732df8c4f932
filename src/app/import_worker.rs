//! The page's side of the import worker (`src/worker/`): started only when someone opens
//! the import, so that its bundle (the CSV and XLSX readers) costs nothing to a reader
//! who never does. Messages go as plain objects; the core's types cross as compact bytes.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

use crate::app::storage::SetBytes;
use crate::core::import::mapping::Mapping;
use crate::core::import::session::{Preview, ReportView};
use crate::core::import::wire::{decode_preview, decode_report, encode_mapping};
use crate::core::view::state::Lang;

/// The worker's loader (copied by Trunk), relative to the page's base address.
const LOADER: &str = "./import-worker-loader.js";

/// What the worker says.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Ready,
    /// Bytes read of all.
    Progress(f64, f64),
    Preview(Box<Preview>),
    /// The report, and the set as bytes (decoded only if the person adds it).
    Report(Box<ReportView>, SetBytes),
    /// What the worker could not do with the file (the page says it).
    Error(String),
    /// The worker itself failed (its bundle did not load, or it stopped).
    Failed(String),
}

pub struct ImportWorker {
    worker: Worker,
    _handler: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

fn text(data: &JsValue, name: &str) -> String {
    Reflect::get(data, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn number(data: &JsValue, name: &str) -> f64 {
    Reflect::get(data, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

fn bytes(data: &JsValue, name: &str) -> Vec<u8> {
    Reflect::get(data, &JsValue::from_str(name))
        .map(|v| Uint8Array::new(&v).to_vec())
        .unwrap_or_default()
}

fn reply_of(data: &JsValue) -> Reply {
    let bad = |e: crate::core::data::compact_bytes::DecodeError| Reply::Error(e.to_string());
    match text(data, "kind").as_str() {
        "ready" => Reply::Ready,
        "progress" => Reply::Progress(number(data, "done"), number(data, "total")),
        "preview" => decode_preview(&bytes(data, "bytes"))
            .map(|p| Reply::Preview(Box::new(p)))
            .unwrap_or_else(bad),
        "report" => {
            let field = |name: &str| {
                Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
            };
            let set = SetBytes {
                header: Uint8Array::new(&field("header")),
                chunks: Array::from(&field("chunks"))
                    .iter()
                    .map(|c| Uint8Array::new(&c))
                    .collect(),
            };
            decode_report(&bytes(data, "report"))
                .map(|report| Reply::Report(Box::new(report), set))
                .unwrap_or_else(bad)
        }
        _ => Reply::Error(text(data, "message")),
    }
}

fn message(fields: &[(&str, JsValue)]) -> Object {
    let message = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&message, &JsValue::from_str(name), value);
    }
    message
}

impl ImportWorker {
    /// Starts the worker; its replies go to `on_reply`.
    pub fn spawn(on_reply: Callback<Reply>) -> Result<ImportWorker, String> {
        let worker = Worker::new(LOADER).map_err(|e| format!("{e:?}"))?;
        let replies = on_reply.clone();
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            replies.emit(reply_of(&event.data()));
        });
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let message = event
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "the import worker stopped".to_string());
            on_reply.emit(Reply::Failed(message));
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(ImportWorker {
            worker,
            _handler: handler,
            _on_error: on_error,
        })
    }

    /// Sends a file's bytes (moved to the worker, not copied).
    pub fn read(&self, name: &str, bytes: &Uint8Array, lang: Lang) {
        let message = message(&[
            ("kind", "read".into()),
            ("name", name.into()),
            ("lang", lang.code().into()),
            ("bytes", bytes.into()),
        ]);
        let _ = self
            .worker
            .post_message_with_transfer(&message, &Array::of1(&bytes.buffer()));
    }

    /// Asks for the report of the file read last, read through `mapping`.
    pub fn check(&self, mapping: &Mapping, kept: &[String], imported: &str, lang: Lang) {
        let kept: Array = kept.iter().map(|id| JsValue::from_str(id)).collect();
        let message = message(&[
            ("kind", "check".into()),
            (
                "mapping",
                Uint8Array::from(&encode_mapping(mapping)[..]).into(),
            ),
            ("kept", kept.into()),
            ("imported", imported.into()),
            ("lang", lang.code().into()),
        ]);
        let _ = self.worker.post_message(&message);
    }
}

impl Drop for ImportWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
