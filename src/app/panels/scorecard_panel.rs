//! The scorecard at the top of the profile (`core::query::scorecard`): every index of the
//! compared places on one card, a row per index and a column per place, each value at
//! its latest year with its rank and move; a value opens that index's ranking of its
//! year (a plain link too, for a new tab).

use crate::app::user_data::current;
use yew::prelude::*;

use crate::core::query::profile::MAX_PLACES;
use crate::core::query::scorecard::{scorecard, ScoreCell};
use crate::core::text::i18n::{text, Text};
use crate::core::view::action::Action;
use crate::core::view::state::{Lang, ViewState};
use crate::core::view::url::encode;

#[derive(Properties, PartialEq)]
pub struct ScorecardPanelProps {
    pub view: ViewState,
    /// The places' names, as the profile's columns show them.
    pub places: Vec<String>,
    pub on_action: Callback<Action>,
}

fn cell_html(cell: &ScoreCell, place: &str, on_action: &Callback<Action>) -> Html {
    match cell {
        ScoreCell::Missing(words) => {
            html! { <td class="missing" data-place={place.to_string()}>{ words.clone() }</td> }
        }
        ScoreCell::Value {
            year,
            value,
            rank,
            change,
            arrow,
            view,
        } => {
            let href = format!("?{}", encode(view, &current()));
            let action = Action::Open(view.indicator, view.chart, *year);
            let onclick = on_action.reform(move |event: MouseEvent| {
                // A click with a modifier opens the link as the browser would.
                if !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
                    event.prevent_default();
                }
                action.clone()
            });
            // One line: the value, its year, its rank and its move as an arrow; the move
            // in words is the arrow's title and read to screen readers.
            let details: Vec<String> = [Some(year.to_string()), rank.clone()]
                .into_iter()
                .flatten()
                .collect();
            html! {
                <td data-place={place.to_string()}>
                    <a class="scorecard-value" {href} {onclick}>{ value.clone() }</a>
                    <span class="hint">{ format!(" · {}", details.join(" · ")) }</span>
                    if let (Some(arrow), Some(words)) = (arrow, change) {
                        <span class="move" title={words.clone()} aria-hidden="true">{ format!(" {arrow}") }</span>
                        <span class="visually-hidden">{ format!(", {words}") }</span>
                    } else if let Some(words) = change {
                        <span class="hint">{ format!(" · {words}") }</span>
                    }
                </td>
            }
        }
    }
}

#[component]
pub fn ScorecardPanel(props: &ScorecardPanelProps) -> Html {
    let lang = props.view.lang;
    let rows = use_memo(props.view.clone(), |view| {
        scorecard(&current(), view, MAX_PLACES)
    });
    if rows.is_empty() {
        return html! {};
    }
    let title = match lang {
        Lang::Vi => "Các chỉ số chính, năm mới nhất của mỗi chỉ số",
        Lang::En => "Every index, each at its latest year",
    };
    let heads = props
        .places
        .iter()
        .map(|p| html! { <th scope="col">{ p.clone() }</th> });
    let body = rows.iter().map(|row| {
        // A modifier-less click is the app's; keep the filter out of the way.
        let on_action = props.on_action.clone();
        let cells = row
            .cells
            .iter()
            .zip(&props.places)
            .map(|(cell, place)| cell_html(cell, place, &on_action));
        html! { <tr><th scope="row">{ row.name.clone() }</th>{ for cells }</tr> }
    });
    html! {
        <section class="scorecard" aria-labelledby="scorecard-title">
            <h2 id="scorecard-title">{ title }</h2>
            <table class="scorecard-table">
                <thead><tr><th scope="col">{ text(lang, Text::Indicator) }</th>{ for heads }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </section>
    }
}
