//! "Tóm tắt / Summary" under the ranking: the year in sentences as the press writes them
//! (`core::query::summary`), each with its sources, copyable in one click.

use yew::prelude::*;

use super::copy_link::CopyLink;
use crate::app::user_data::current;
use crate::core::query::summary::summary;
use crate::core::text::i18n::{text, Text};
use crate::core::text::source_words::source_text;
use crate::core::view::state::ViewState;

#[derive(Properties, PartialEq)]
pub struct SummaryPanelProps {
    pub view: ViewState,
}

#[component]
pub fn SummaryPanel(props: &SummaryPanelProps) -> Html {
    let lang = props.view.lang;
    let data_rc = current();
    let data = &*data_rc;
    let Some(facts) = summary(data, &props.view) else {
        // The chart's `aria-describedby` names this id: it stays, empty and hidden.
        return html! { <div id="ranking-summary" hidden=true></div> };
    };
    let all: String = facts
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let items = facts.iter().map(|fact| {
        let sources: Vec<String> = fact
            .sources
            .iter()
            .filter_map(|&ix| data.sources().get(ix))
            .map(|s| source_text(&s.title, lang))
            .collect();
        let count = sources.len();
        html! {
            <li>
                { fact.text.clone() }
                if count > 0 {
                    <details class="fact-sources">
                        <summary class="hint">{ format!("{} ({count})", text(lang, Text::Sources)) }</summary>
                        <ul>{ for sources.into_iter().map(|s| html! { <li class="hint">{ s }</li> }) }</ul>
                    </details>
                }
            </li>
        }
    });
    html! {
        <details class="summary-panel" open=true>
            <summary><h2>{ text(lang, Text::Summary) }</h2></summary>
            <ul id="ranking-summary" class="facts-list">{ for items }</ul>
            <CopyLink {lang} value={AttrValue::from(all)} label={Text::CopySummary} done={Text::SummaryCopied} />
        </details>
    }
}
