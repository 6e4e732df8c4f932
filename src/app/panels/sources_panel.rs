//! The sources view: the indicator's definition, every source of its values, and each
//! value for the selected places and years with its verbatim quote.

use crate::app::user_data::current;
use yew::prelude::*;

use crate::core::query::sources_view::sources_view;
use crate::core::text::i18n::{text, Text};
use crate::core::view::state::ViewState;

#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    pub view: ViewState,
}

#[component]
pub fn SourcesPanel(props: &SourcesPanelProps) -> Html {
    let lang = props.view.lang;
    let t = |key| text(lang, key);
    let data_rc = current();
    let data = &*data_rc;
    let Some(model) = sources_view(data, &props.view) else {
        return html! { <p class="chart-empty" role="status">{ t(Text::NoDataForChoice) }</p> };
    };
    let sources = model.sources.iter().map(|s| {
        let title = match (&s.link, &s.file) {
            (Some(url), _) => html! {
                <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ s.title.clone() }</a>
            },
            (None, Some(file)) => html! {
                <span>{ s.title.clone() }{ format!(" — {}: {file}", t(Text::SourceArticle)) }</span>
            },
            (None, None) => html! { <span>{ s.title.clone() }</span> },
        };
        let copy = s.copy.as_ref().map(|(label, url)| html! {
            <div class="hint">
                <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ label.clone() }</a>
            </div>
        });
        let checked = s.checked.as_ref().map(|c| html! { <div class="hint">{ c.clone() }</div> });
        let date = if s.published.is_empty() { String::new() } else { format!(", {}", s.published) };
        html! {
            <li>
                { title }
                <span class="hint">{ format!(" — {} ({}){date}; {} {}", s.publisher, s.kind, s.values, t(Text::ValuesCount)) }</span>
                { for copy }
                { for checked }
            </li>
        }
    });
    let rows = model.values.iter().map(|v| {
        html! {
            <tr class={classes!(v.shown.then_some("shown"))}>
                <td>{ v.place.clone() }</td>
                <td>{ v.period.clone() }</td>
                <td>{ v.kind.clone() }</td>
                <td class="number">{ v.value.clone() }
                    if v.shown { <span class="badge" title={t(Text::ShownOnChart)}>{ "●" }</span> }
                </td>
                <td>
                    if let Some(label) = v.quote_label { <div class="hint">{ label }</div> }
                    if !v.quote.is_empty() { <q lang={v.quote_lang}>{ v.quote.clone() }</q> }
                    if let Some(citation) = &v.citation { <div class="citation">{ citation.clone() }</div> }
                    <div class="hint">{ v.source.clone() }</div>
                    if let Some(note) = &v.disagreement { <div class="conflict">{ note.clone() }</div> }
                </td>
            </tr>
        }
    });
    html! {
        <div class="sources-view">
            <h2>{ model.indicator.clone() }</h2>
            <dl class="facts">
                <dt>{ t(Text::Definition) }</dt><dd>{ model.description.clone() }</dd>
                <dt>{ t(Text::UnitHeading) }</dt><dd>{ model.unit.clone() }</dd>
                <dt>{ t(Text::Direction) }</dt><dd>{ model.direction.clone() }</dd>
                <dt>{ t(Text::Group) }</dt><dd>{ model.pillar.clone() }</dd>
                <dt>{ t(Text::YearsCovered) }</dt><dd>{ model.years_covered.clone() }</dd>
            </dl>
            <h3>{ t(Text::ValuesForSelection) }</h3>
            if model.values.is_empty() {
                <p class="hint">{ t(Text::NoValues) }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label={text(lang, Text::SourcesRegion)}>
                    <table class="values">
                        <thead><tr>
                            <th scope="col">{ t(Text::Place) }</th>
                            <th scope="col">{ t(Text::Period) }</th>
                            <th scope="col">{ t(Text::Kind) }</th>
                            <th scope="col">{ t(Text::Value) }</th>
                            <th scope="col">{ t(Text::Quote) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            <h3>{ t(Text::Sources) }{ format!(" ({})", model.sources.len()) }</h3>
            <ul class="source-list">{ for sources }</ul>
        </div>
    }
}
