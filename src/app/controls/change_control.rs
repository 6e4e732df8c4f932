//! Change mode of the ranking and the map: a checkbox "So sánh hai năm / Compare two
//! years" and, while it is on, the first year of the comparison (the years before the
//! slider's, with values). The slider keeps choosing the last year.

use crate::app::browser::selected_value;
use crate::app::user_data::current;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::data::model::{Year, YearRange};
use crate::core::view::action::Action;
use crate::core::view::landing::{slider_years, Geography};
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct ChangeControlProps {
    pub lang: Lang,
    pub indicator: usize,
    pub geography: Geography,
    pub time: YearRange,
    /// Whether change mode is on (`change=1`).
    pub on: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ChangeControl(props: &ChangeControlProps) -> Html {
    let lang = props.lang;
    let (start, end) = (props.time.start(), props.time.end());
    let years = use_memo(
        (props.indicator, props.geography, start),
        |&(ix, geo, start)| slider_years(&current(), ix, geo, start),
    );
    let toggle = props.on_action.reform(|event: Event| {
        let on = event
            .target_dyn_into::<HtmlInputElement>()
            .is_some_and(|input| input.checked());
        Action::SetChange(on)
    });
    let pick = props.on_action.reform(|event: Event| {
        Year::parse(&selected_value(&event)).map_or(Action::SetChange(true), Action::SetStartYear)
    });
    let (label, from_label) = crate::core::text::i18n::change_control_words(lang);
    let earlier: Vec<Year> = years.iter().copied().filter(|&y| y < end).collect();
    html! {
        <div class="change-control">
            <label class="change-toggle">
                <input type="checkbox" id="change-mode" checked={props.on} onchange={toggle}
                    disabled={earlier.is_empty() && !props.on} />
                { label }
            </label>
            if props.on {
                <label for="change-from">{ from_label }</label>
                <select id="change-from" onchange={pick}>
                    { for earlier.iter().map(|&y| html! {
                        <option value={y.to_string()} selected={y == start}>{ y.to_string() }</option>
                    }) }
                </select>
            }
        </div>
    }
}
