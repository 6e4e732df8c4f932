//! The dataset the page shows: the built-in one, with the sets the person imported
//! merged in. Components read it with [`current`]; when the sets change, the page is
//! rebuilt from the link (the listeners registered with [`on_change`] are called), so
//! that every view, memo and link is read against the new dataset.

use std::cell::RefCell;
use std::rc::Rc;

use crate::core::data::dataset::Dataset;
use crate::core::data::embedded::embedded;
use crate::core::import::user_set::{merge, UserSet};

thread_local! {
    static SETS: RefCell<Vec<UserSet>> = const { RefCell::new(Vec::new()) };
    static MERGED: RefCell<Option<Rc<Dataset>>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<Rc<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
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

/// The imported sets, in the order they were added.
pub fn sets() -> Vec<UserSet> {
    SETS.with(|s| s.borrow().clone())
}

/// Replaces the imported sets, rebuilds the dataset and tells the listeners.
pub fn set_sets(sets: Vec<UserSet>) {
    set_sets_quietly(sets);
    notify();
}

/// Replaces the imported sets and rebuilds the dataset; [`notify`] tells the listeners.
pub fn set_sets_quietly(sets: Vec<UserSet>) {
    let merged = (!sets.is_empty()).then(|| Rc::new(merge(&embedded().dataset, &sets)));
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
