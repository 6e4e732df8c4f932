//! The year range: two selects, "from" and "to", over the years the indicator has
//! values in (years with only a target are marked as such), plus the view's own years.

use crate::app::user_data::current;
use yew::prelude::*;

use crate::app::browser::selected_value;

use crate::core::data::model::{Year, YearRange};
use crate::core::text::i18n::{text, Text};
use crate::core::view::action::Action;
use crate::core::view::landing::{year_options, YearOption};
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct YearRangeProps {
    pub lang: Lang,
    pub time: YearRange,
    pub indicator: usize,
    pub on_action: Callback<Action>,
}

fn year_select(
    id: &'static str,
    label: &str,
    chosen: Year,
    options: &[YearOption],
    lang: Lang,
    on_change: Callback<Year>,
) -> Html {
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
                { for options.iter().map(|&option| {
                    let y = option.year();
                    let caption = match option {
                        YearOption::Data(_) => y.to_string(),
                        YearOption::TargetOnly(_) => format!("{y} ({})", text(lang, Text::TargetYear)),
                    };
                    html! { <option value={y.to_string()} selected={y == chosen}>{ caption }</option> }
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
    let (start, end) = (props.time.start(), props.time.end());
    let options = use_memo((props.indicator, start, end), |&(ix, start, end)| {
        year_options(&current(), ix, &[start, end])
    });
    html! {
        <fieldset class="field years">
            <legend>{ text(lang, Text::Years) }</legend>
            { year_select("year-from", text(lang, Text::FromYear), start, &options, lang, from) }
            { year_select("year-to", text(lang, Text::ToYear), end, &options, lang, to) }
        </fieldset>
    }
}
