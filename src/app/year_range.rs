//! The year range: two selects, "from" and "to", over the years the data covers.

use yew::prelude::*;

use super::browser::selected_value;

use crate::core::action::Action;
use crate::core::dataset::embedded;
use crate::core::i18n::{text, Text};
use crate::core::model::{Year, YearRange};
use crate::core::view::{data_years, Lang};

#[derive(Properties, PartialEq)]
pub struct YearRangeProps {
    pub lang: Lang,
    pub time: YearRange,
    pub on_action: Callback<Action>,
}

fn year_select(id: &'static str, label: &str, chosen: Year, on_change: Callback<Year>) -> Html {
    let span = data_years(&embedded().dataset);
    let onchange = Callback::from(move |event: Event| {
        let year = Year::parse(&selected_value(&event));
        if let Some(year) = year {
            on_change.emit(year);
        }
    });
    html! {
        <div class="year">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                { for span.years().map(|y| html! {
                    <option value={y.to_string()} selected={y == chosen}>{ y.to_string() }</option>
                }) }
            </select>
        </div>
    }
}

#[component]
pub fn YearRangePicker(props: &YearRangeProps) -> Html {
    let lang = props.lang;
    let from = props.on_action.reform(Action::SetStartYear);
    let to = props.on_action.reform(Action::SetEndYear);
    html! {
        <fieldset class="field years">
            <legend>{ text(lang, Text::Years) }</legend>
            { year_select("year-from", text(lang, Text::FromYear), props.time.start(), from) }
            { year_select("year-to", text(lang, Text::ToYear), props.time.end(), to) }
        </fieldset>
    }
}
