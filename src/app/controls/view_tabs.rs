//! The view switcher: chart, sources, coverage, as an ARIA tab list. Tab reaches the
//! selected tab; ←/→ (and Home/End) move between the tabs and switch the view.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::core::text::i18n::{tab_label, text, Text};
use crate::core::view::action::Action;
use crate::core::view::state::{ChartKind, Lang};

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub lang: Lang,
    pub chart: ChartKind,
    pub on_action: Callback<Action>,
}

/// The tab a key moves to from `current`, if the key moves at all.
fn next(current: ChartKind, key: &str) -> Option<ChartKind> {
    let all = ChartKind::ALL;
    let at = all.iter().position(|&k| k == current)?;
    match key {
        "ArrowRight" => Some(all[(at + 1) % all.len()]),
        "ArrowLeft" => Some(all[(at + all.len() - 1) % all.len()]),
        "Home" => all.first().copied(),
        "End" => all.last().copied(),
        _ => None,
    }
}

fn focus_tab(kind: ChartKind) {
    let tab = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("tab-{}", kind.id())))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
}

#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let lang = props.lang;
    let chart = props.chart;
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(kind) = next(chart, &event.key()) {
                event.prevent_default();
                focus_tab(kind);
                on_action.emit(Action::SetChart(kind));
            }
        })
    };
    let tabs = ChartKind::ALL.into_iter().map(|kind| {
        let selected = kind == chart;
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::SetChart(kind));
        html! {
            <button type="button" role="tab" id={format!("tab-{}", kind.id())}
                class={classes!("tab", selected.then_some("selected"))}
                tabindex={if selected { "0" } else { "-1" }}
                aria-selected={selected.to_string()} aria-controls="view-panel"
                {onclick} onkeydown={onkeydown.clone()}>
                { text(lang, tab_label(kind)) }
            </button>
        }
    });
    html! {
        <div class="tabs" role="tablist" aria-label={text(lang, Text::Views)}>{ for tabs }</div>
    }
}
