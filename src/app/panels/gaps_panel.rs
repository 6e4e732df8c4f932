//! Under the ranking and the map: the selected places that have no value in the year
//! shown ("Hải Dương: chưa có số liệu năm 2023"), each with a button to the nearest
//! year that has one, and when the whole scope is empty that year, the nearest year
//! with data. Nothing is shown when nothing is missing.

use crate::app::user_data::current;
use yew::prelude::*;

use crate::core::query::gaps::{go_to_year_text, missing_text, scope_empty_text, single_year_gaps};
use crate::core::text::i18n::{text, Text};
use crate::core::view::action::Action;
use crate::core::view::state::{ChartKind, Units, ViewState};

#[derive(Properties, PartialEq)]
pub struct GapsPanelProps {
    pub view: ViewState,
    pub on_action: Callback<Action>,
}

#[component]
pub fn GapsPanel(props: &GapsPanelProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let year = view.time.end();
    let gaps = use_memo(view.clone(), |view| single_year_gaps(&current(), view));
    if gaps.missing.is_empty() && !gaps.scope_empty {
        return html! {};
    }
    let go = |to| {
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::SetYear(to));
        html! { <button type="button" class="link-button" {onclick}>{ go_to_year_text(to, lang) }</button> }
    };
    let units = match view.chart {
        ChartKind::Map => view.units,
        _ => Units::Pre2025,
    };
    html! {
        <section class="gaps" aria-label={text(lang, Text::NotShownThisYear)}>
            if gaps.scope_empty {
                <p>
                    { scope_empty_text(year, units, lang) }
                    if let Some(to) = gaps.nearest_with_data { { " " }{ go(to) } }
                </p>
            }
            if !gaps.missing.is_empty() {
                <ul class="missing-places">
                    { for gaps.missing.iter().map(|place| html! {
                        <li>
                            { missing_text(place, year, lang) }
                            if let Some(to) = place.nearest { { " · " }{ go(to) } }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
