//! The dataset the page shows: the built-in one, with the sets the person imported
//! merged in. Components read it with [`current`]; when the sets change, the page is
//! rebuilt from the link (the listeners registered with [`on_change`] are called), so
//! that every view, memo and link is read against the new dataset. Sets are decoded and
//! merged a chunk at a time, yielding between chunks, so a large set never holds the page.
//! They are read back as warily as a new file (`core::import::kept`): a kept set that
//! does not read is set aside ([`set_aside`]) — neither merged nor deleted — for the page
//! to name it and offer to remove it, and the others go on.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::browser::yield_now;
use super::storage::{Kept, SetBytes};
use crate::core::data::compact_bytes::DecodeError;
use crate::core::data::dataset::Dataset;
use crate::core::data::embedded::embedded;
use crate::core::data::untrusted::shown;
use crate::core::import::kept::{Damage, KeptReader, LeftOut};
use crate::core::import::user_set::{Merger, UserSet};
use crate::core::import::wire::VALUES_PER_CHUNK;

thread_local! {
    static SETS: RefCell<Vec<Rc<UserSet>>> = const { RefCell::new(Vec::new()) };
    static MERGED: RefCell<Option<Rc<Dataset>>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<Rc<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Whether a change of the sets is under way (see `change_sets`).
    static CHANGING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static ASIDE: RefCell<Vec<Aside>> = const { RefCell::new(Vec::new()) };
    static LEFT_OUT: RefCell<Vec<Trimmed>> = const { RefCell::new(Vec::new()) };
}

/// A kept entry that does not read: its key in the browser's storage, its name (the
/// set's, where its header reads, else the key) and what is wrong with it.
#[derive(Clone, PartialEq)]
pub struct Aside {
    pub key: JsValue,
    pub name: String,
    pub damage: Damage,
}

/// A kept set that read with values left out, and how many for each reason.
#[derive(Clone, PartialEq)]
pub struct Trimmed {
    pub name: String,
    pub left_out: Vec<(LeftOut, usize)>,
}

/// The kept entries that did not read when the page read them.
pub fn set_aside() -> Vec<Aside> {
    ASIDE.with(|a| a.borrow().clone())
}

/// The kept sets that read with values left out.
pub fn trimmed() -> Vec<Trimmed> {
    LEFT_OUT.with(|t| t.borrow().clone())
}

/// Forgets a set aside (once it is removed from the browser's storage).
pub fn forget_aside(key: &JsValue) {
    ASIDE.with(|a| a.borrow_mut().retain(|aside| &aside.key != key));
}

/// A handle on the dataset of the views: the built-in one (nothing copied) or the one
/// with the imported sets merged in.
#[derive(Clone)]
pub enum Data {
    BuiltIn(&'static Dataset),
    Merged(Rc<Dataset>),
}

impl std::ops::Deref for Data {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        match self {
            Data::BuiltIn(dataset) => dataset,
            Data::Merged(dataset) => dataset,
        }
    }
}

/// The dataset of the views: built-in values and the imported sets.
pub fn current() -> Data {
    MERGED.with(|merged| match &*merged.borrow() {
        Some(dataset) => Data::Merged(dataset.clone()),
        None => match super::data_files::loaded() {
            Some(dataset) => Data::Merged(dataset),
            None => Data::BuiltIn(&embedded().dataset),
        },
    })
}

/// The imported sets, in the order they were added (shared, never copied: a set may hold
/// a million values).
pub fn sets() -> Vec<Rc<UserSet>> {
    SETS.with(|s| s.borrow().clone())
}

/// One set's bytes read back and checked, a chunk of values per task; or, where it does
/// not read, its name where its header reads, and why.
pub async fn read_set(
    bytes: &SetBytes,
) -> Result<(UserSet, Vec<(LeftOut, usize)>), (Option<String>, Damage)> {
    let chunk_bytes = bytes.chunks.iter().map(|c| c.length() as usize).sum();
    let mut reader = KeptReader::new(&bytes.header.to_vec(), chunk_bytes, &embedded().dataset)
        .map_err(|damage| (None, damage))?;
    for chunk in &bytes.chunks {
        if let Err(damage) = reader.add(&chunk.to_vec()) {
            return Err((Some(reader.name().to_string()), damage));
        }
        yield_now().await;
    }
    let name = reader.name().to_string();
    reader.finish().map_err(|damage| (Some(name), damage))
}

/// The kept sets read back, a chunk of values per task. One that does not read is set
/// aside ([`set_aside`]), one with values left out noted ([`trimmed`]).
pub async fn decode(kept: &[Kept]) -> Vec<Rc<UserSet>> {
    let (mut sets, mut aside, mut trimmed) = (Vec::new(), Vec::new(), Vec::new());
    for entry in kept {
        let read = match &entry.bytes {
            Some(bytes) => read_set(bytes).await,
            None => Err((None, Damage::Bytes(DecodeError("not a set's parts")))),
        };
        match read {
            Ok((set, left_out)) => {
                if !left_out.is_empty() {
                    let name = set.name.clone();
                    trimmed.push(Trimmed { name, left_out });
                }
                sets.push(Rc::new(set));
            }
            Err((name, damage)) => {
                let name = shown(&name.unwrap_or_else(|| entry.key_text()), 120);
                web_sys::console::warn_1(
                    &format!("kept set “{name}” set aside: {damage:?}").into(),
                );
                aside.push(Aside {
                    key: entry.key.clone(),
                    name,
                    damage,
                });
            }
        }
    }
    ASIDE.with(|a| *a.borrow_mut() = aside);
    LEFT_OUT.with(|t| *t.borrow_mut() = trimmed);
    sets.sort_by(|a, b| a.imported.cmp(&b.imported).then(a.id.cmp(&b.id)));
    sets
}

/// Replaces the imported sets and merges them, a chunk at a time; [`notify`] then
/// rebuilds the page.
/// Changes the sets, one change at a time: `change` gets them as they are once any change
/// under way has finished (each yields to the page while it merges), so that sets read
/// late from the browser and a set just added or removed never undo each other.
pub async fn change_sets(change: impl FnOnce(Vec<Rc<UserSet>>) -> Vec<Rc<UserSet>>) {
    while CHANGING.with(std::cell::Cell::get) {
        yield_now().await;
    }
    CHANGING.with(|c| c.set(true));
    let sets = change(sets());
    replace_sets(sets).await;
    CHANGING.with(|c| c.set(false));
}

async fn replace_sets(sets: Vec<Rc<UserSet>>) {
    let merged = if sets.is_empty() {
        None
    } else {
        let base = super::data_files::loaded();
        let base: &Dataset = base.as_deref().unwrap_or(&embedded().dataset);
        let mut merger = Merger::new(base, sets.iter().map(|s| &**s));
        for (n, set) in sets.iter().enumerate() {
            for chunk in set.values.chunks(VALUES_PER_CHUNK) {
                merger.add(n, chunk);
                yield_now().await;
            }
        }
        yield_now().await;
        let merged = merger.finish();
        super::browser::mark("cds-import-merged");
        Some(Rc::new(merged))
    };
    SETS.with(|s| *s.borrow_mut() = sets);
    MERGED.with(|m| *m.borrow_mut() = merged);
    GENERATION.with(|g| g.set(g.get() + 1));
}

/// Fetches the families of values `ids` (see `data_files`) and merges the imported sets
/// again on top of them; the views then read them through [`current`].
pub async fn ensure_families(ids: Vec<String>) -> Result<(), String> {
    if ids.is_empty() {
        return Ok(());
    }
    let fetched = super::data_files::fetch_families(&ids).await;
    if !sets().is_empty() {
        change_sets(|sets| sets).await;
    }
    fetched
}

/// Calls the listeners: the page is rebuilt from its link against the new dataset.
pub fn notify() {
    let listeners: Vec<Rc<dyn Fn()>> = LISTENERS.with(|l| l.borrow().clone());
    for listener in listeners {
        listener();
    }
}

/// How many times the sets changed since the page started.
pub fn generation() -> u32 {
    GENERATION.with(std::cell::Cell::get)
}

/// Calls `listener` after every change of the sets.
pub fn on_change(listener: impl Fn() + 'static) {
    LISTENERS.with(|l| l.borrow_mut().push(Rc::new(listener)));
}
