//! The dataset the page shows: the built-in one, with the sets the person imported
//! merged in. Components read it with [`current`]; when the sets change, the page is
//! rebuilt from the link (the listeners registered with [`on_change`] are called), so
//! that every view, memo and link is read against the new dataset. Sets are decoded and
//! merged a chunk at a time, yielding between chunks, so a large set never holds the page.

use std::cell::RefCell;
use std::rc::Rc;

use super::browser::yield_now;
use super::storage::SetBytes;
use crate::core::data::dataset::Dataset;
use crate::core::data::embedded::embedded;
use crate::core::import::user_set::{Merger, UserSet};
use crate::core::import::wire::{decode_set_header, decode_values, VALUES_PER_CHUNK};

thread_local! {
    static SETS: RefCell<Vec<Rc<UserSet>>> = const { RefCell::new(Vec::new()) };
    static MERGED: RefCell<Option<Rc<Dataset>>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<Rc<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Whether a change of the sets is under way (see `change_sets`).
    static CHANGING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
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
        None => Data::BuiltIn(&embedded().dataset),
    })
}

/// The imported sets, in the order they were added (shared, never copied: a set may hold
/// a million values).
pub fn sets() -> Vec<Rc<UserSet>> {
    SETS.with(|s| s.borrow().clone())
}

/// The kept sets' bytes decoded, a chunk of values per task (a set that does not
/// read is skipped).
pub async fn decode(kept: &[SetBytes]) -> Vec<Rc<UserSet>> {
    let mut sets = Vec::new();
    'sets: for bytes in kept {
        let Ok((mut set, count)) = decode_set_header(&bytes.header.to_vec()) else {
            continue;
        };
        set.values.reserve(count);
        for chunk in &bytes.chunks {
            match decode_values(&chunk.to_vec()) {
                Ok(values) => set.values.extend(values),
                Err(_) => continue 'sets,
            }
            yield_now().await;
        }
        sets.push(Rc::new(set));
    }
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
        let mut merger = Merger::new(&embedded().dataset, sets.iter().map(|s| &**s));
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
