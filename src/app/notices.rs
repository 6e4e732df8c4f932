//! Banners: what was ignored in the link (dismissible), broken data rows, and kept sets
//! that did not read (each with a button to remove it) or read with values left out.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::app::{storage, user_data};
use crate::core::data::embedded::embedded;
use crate::core::import::kept::{left_out_text, set_aside_text};
use crate::core::text::i18n::{notice_text, text, Text};
use crate::core::text::import_ui::{import_text, ImportText};
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

#[derive(Properties, PartialEq)]
pub struct KeptSetNoticesProps {
    pub lang: Lang,
}

/// The kept sets that did not read, each named with why and a button that removes it from
/// the browser's storage; and the kept sets read with values left out, with how many and
/// why. Shown only if there are any; dismissible.
#[component]
pub fn KeptSetNotices(props: &KeptSetNoticesProps) -> Html {
    let lang = props.lang;
    let refresh = use_force_update();
    let dismissed = use_state_eq(|| false);
    let (aside, trimmed) = (user_data::set_aside(), user_data::trimmed());
    if *dismissed || (aside.is_empty() && trimmed.is_empty()) {
        return html! {};
    }
    let remove_word = import_text(lang, ImportText::Remove);
    let aside = aside.into_iter().map(|aside| {
        let remove = {
            let (key, refresh) = (aside.key.clone(), refresh.clone());
            Callback::from(move |_: MouseEvent| {
                let (key, refresh) = (key.clone(), refresh.clone());
                spawn_local(async move {
                    match storage::delete_key(&key).await {
                        Ok(()) => {
                            user_data::forget_aside(&key);
                            refresh.force_update();
                        }
                        Err(e) => web_sys::console::warn_1(
                            &format!("the damaged set is still kept: {e}").into(),
                        ),
                    }
                });
            })
        };
        html! {
            <li>
                { set_aside_text(&aside.name, &aside.damage, lang) }{ " " }
                <button type="button" onclick={remove}
                    aria-label={format!("{remove_word}: {}", aside.name)}>{ remove_word }</button>
            </li>
        }
    });
    let trimmed = trimmed
        .iter()
        .map(|t| html! { <li>{ left_out_text(&t.name, &t.left_out, lang) }</li> });
    let dismiss = Callback::from(move |_: MouseEvent| dismissed.set(true));
    html! {
        <div class="notice kept-set-notice" role="status">
            <ul>{ for aside }{ for trimmed }</ul>
            <button type="button" class="notice-dismiss" onclick={dismiss}>
                { text(lang, Text::Dismiss) }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DataFilesNoticeProps {
    pub lang: Lang,
}

/// Says that a family's data file is being fetched (when it takes longer than a
/// moment), or that it could not be fetched and why; a live region, so that screen
/// readers hear it.
#[component]
pub fn DataFilesNotice(props: &DataFilesNoticeProps) -> Html {
    let status = use_state(super::data_files::status);
    {
        let status = status.setter();
        use_effect_with((), move |_| {
            super::data_files::on_status(move |s| status.set(s.clone()));
        });
    }
    let family_name = |id: &str| {
        match id {
            "pci" => "PCI",
            "papi" => "PAPI",
            "gso" => match props.lang {
                Lang::Vi => "Tổng cục Thống kê",
                Lang::En => "GSO",
            },
            other => other,
        }
        .to_string()
    };
    let loading: Vec<String> = status
        .loading
        .iter()
        .map(|(id, bytes)| {
            let size =
                crate::core::text::format::format_number(*bytes as f64 / 1024.0, 0, props.lang);
            format!("{} ({size} KB)", family_name(id))
        })
        .collect();
    let message = if !loading.is_empty() {
        Some(match props.lang {
            Lang::Vi => format!("Đang tải dữ liệu {}…", loading.join(", ")),
            Lang::En => format!("Loading the {} data…", loading.join(", ")),
        })
    } else {
        status.failed.as_ref().map(|(id, why)| match props.lang {
            Lang::Vi => format!(
                "Không tải được dữ liệu {} ({why}). Kiểm tra kết nối mạng rồi chọn lại chỉ số.",
                family_name(id)
            ),
            Lang::En => format!(
                "The {} data could not be loaded ({why}). Check the connection and choose the indicator again.",
                family_name(id)
            ),
        })
    };
    let failed = loading.is_empty() && status.failed.is_some();
    html! {
        <p class={classes!("hint", "data-files", message.is_some().then_some("shown"), failed.then_some("notice-error"))} role="status" aria-live="polite">
            { message.unwrap_or_default() }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct AveragesNoticeProps {
    pub view: crate::core::view::state::ViewState,
}

/// Says where a selected region's average can be seen, on a view that does not draw it.
#[component]
pub fn AveragesNotice(props: &AveragesNoticeProps) -> Html {
    let view = &props.view;
    let any = view
        .places
        .iter()
        .any(|a| matches!(a, crate::core::data::model::Area::Region(_)));
    if !any || view.shows_averages() {
        return html! {};
    }
    html! {
        <p class="hint averages-hint" role="status">{ text(view.lang, Text::AveragesShownElsewhere) }</p>
    }
}
