//! Banners: what was ignored in the link (dismissible), and broken data rows.

use yew::prelude::*;

use crate::core::data::embedded::embedded;
use crate::core::text::i18n::{notice_text, text, Text};
use crate::core::view::landing::{year_moved_text, YearMoved};
use crate::core::view::state::Lang;
use crate::core::view::url::UrlNotice;

/// A link cannot bury the page in notices: the first ten, then how many more.
const SHOWN_NOTICES: usize = 10;

fn more_notices_text(more: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("và {more} điều khác trong liên kết"),
        Lang::En => format!("and {more} more"),
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkNoticesProps {
    pub notices: Vec<UrlNotice>,
    pub lang: Lang,
    pub on_dismiss: Callback<MouseEvent>,
}

#[component]
pub fn LinkNotices(props: &LinkNoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="notice" role="status">
            <div>
                <p>{ text(lang, Text::LinkProblems) }</p>
                <ul>
                    { for props.notices.iter().take(SHOWN_NOTICES).map(|n| html! { <li>{ notice_text(n, lang) }</li> }) }
                    if props.notices.len() > SHOWN_NOTICES {
                        <li>{ more_notices_text(props.notices.len() - SHOWN_NOTICES, lang) }</li>
                    }
                </ul>
            </div>
            <button type="button" class="notice-dismiss" onclick={props.on_dismiss.clone()}>
                { text(lang, Text::Dismiss) }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProblemsProps {
    pub lang: Lang,
}

/// Shown only if the embedded data files had rows that could not be used.
#[component]
pub fn DataProblems(props: &DataProblemsProps) -> Html {
    let errors = &embedded().errors;
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div role="alert">
            <details class="notice notice-error">
                <summary>{ text(props.lang, Text::DataProblems) }{ format!(" ({})", errors.len()) }</summary>
                <ul>{ for errors.iter().map(|e| html! { <li>{ e.to_string() }</li> }) }</ul>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct YearMovedNoticeProps {
    pub moved: Option<YearMoved>,
    pub lang: Lang,
}

/// Says, politely, that a new indicator moved the view to a year with data. The live
/// region stays in the page so that screen readers announce what appears in it.
#[component]
pub fn YearMovedNotice(props: &YearMovedNoticeProps) -> Html {
    html! {
        <p class={classes!("hint", "year-moved", props.moved.is_some().then_some("shown"))} role="status" aria-live="polite">
            { props.moved.map(|m| year_moved_text(m, props.lang)).unwrap_or_default() }
        </p>
    }
}
