//! The view switcher: chart, sources, coverage. Plain buttons in a tab list, so Tab,
//! Enter and Space work as everywhere else.

use yew::prelude::*;

use crate::core::action::Action;
use crate::core::i18n::{text, Text};
use crate::core::view::{ChartKind, Lang};

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub lang: Lang,
    pub chart: ChartKind,
    pub on_action: Callback<Action>,
}

fn label(kind: ChartKind) -> Text {
    match kind {
        ChartKind::Line => Text::TabChart,
        ChartKind::Sources => Text::TabSources,
        ChartKind::Coverage => Text::TabCoverage,
    }
}

#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let lang = props.lang;
    let tabs = ChartKind::ALL.into_iter().map(|kind| {
        let selected = kind == props.chart;
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::SetChart(kind));
        html! {
            <button type="button" role="tab" id={format!("tab-{}", kind.id())}
                class={classes!("tab", selected.then_some("selected"))}
                aria-selected={selected.to_string()} aria-controls="view-panel" {onclick}>
                { text(lang, label(kind)) }
            </button>
        }
    });
    html! {
        <div class="tabs" role="tablist" aria-label={text(lang, Text::Views)}>{ for tabs }</div>
    }
}
