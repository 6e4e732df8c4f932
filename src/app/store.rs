//! The explorer's state in Yew: the view (owned by the core's reducer) and the notices
//! about the link it was opened with.

use std::rc::Rc;

use yew::Reducible;

use crate::core::action::{apply, Action};
use crate::core::dataset::embedded;
use crate::core::url::{decode, UrlNotice};
use crate::core::view::ViewState;

#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub view: ViewState,
    pub notices: Vec<UrlNotice>,
}

pub enum Msg {
    View(Action),
    DismissNotices,
}

impl Store {
    /// The state of a page opened with `query`.
    pub fn from_query(query: &str) -> Self {
        let decoded = decode(query, &embedded().dataset);
        Store {
            view: decoded.state,
            notices: decoded.notices,
        }
    }
}

impl Reducible for Store {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::View(action) => next.view = apply(&self.view, action, &embedded().dataset),
            Msg::DismissNotices => next.notices.clear(),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
