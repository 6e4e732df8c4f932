//! The explorer's state in Yew: the view (owned by the core's reducer), the notices
//! about the link it was opened with, and how the next view enters the browser's
//! history.
//!
//! Each deliberate change is its own history entry, so the back button steps back
//! through views; a drag of the year slider (or a run of the play button) is one
//! entry however many years it passes.

use crate::app::user_data::current;
use std::rc::Rc;

use yew::Reducible;

use super::browser::Entry;
use crate::core::view::action::{apply, Action};
use crate::core::view::landing::{year_moved, YearMoved};
use crate::core::view::state::ViewState;
use crate::core::view::url::{decode, NoticeReason, UrlNotice};

#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub view: ViewState,
    pub notices: Vec<UrlNotice>,
    /// The year the last change moved a single-year view to, because the old one had
    /// no value: said politely until the next change.
    pub moved: Option<YearMoved>,
    /// How the current view is written to the history.
    pub entry: Entry,
    /// A drag is under way: its next steps replace the entry its first step made.
    dragging: bool,
}

pub enum Msg {
    /// A deliberate change: a new history entry.
    View(Action),
    /// One step of a drag (or of play): the first makes an entry, the rest replace it.
    Drag(Action),
    /// The drag is over; the next step starts a new entry.
    EndDrag,
    /// The browser went back or forward to this query string.
    Restore(String),
    DismissNotices,
}

impl Store {
    /// The state of a page opened with `query`.
    pub fn from_query(query: &str) -> Self {
        let mut decoded = decode(query, &current());
        // The page's head cut a link of megabytes before anything read it, and noted its
        // length: the notice says how long the link really was.
        if let Some(bytes) = super::browser::original_link_bytes() {
            for notice in &mut decoded.notices {
                if notice.reason == NoticeReason::LinkTooLong {
                    notice.value = format!("{} KB", bytes.div_ceil(1024));
                }
            }
        }
        Store {
            view: decoded.state,
            notices: decoded.notices,
            moved: None,
            // The link is rewritten in its canonical form, in place.
            entry: Entry::Replace,
            dragging: false,
        }
    }
}

impl Reducible for Store {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        let data_rc = current();
        let data = &*data_rc;
        match msg {
            Msg::View(action) => {
                next.view = apply(&self.view, action, data);
                next.moved = year_moved(data, &self.view, &next.view);
                next.entry = Entry::Push;
                next.dragging = false;
            }
            Msg::Drag(action) => {
                next.view = apply(&self.view, action, data);
                next.moved = year_moved(data, &self.view, &next.view);
                if next.view != self.view {
                    next.entry = if self.dragging {
                        Entry::Replace
                    } else {
                        Entry::Push
                    };
                    next.dragging = true;
                }
            }
            Msg::EndDrag => next.dragging = false,
            Msg::Restore(query) => {
                next = Store::from_query(&query);
            }
            Msg::DismissNotices => next.notices.clear(),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
