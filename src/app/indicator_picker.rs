//! The indicator picker: a native select grouped by DTI pillar, with the chosen
//! indicator's description.

use yew::prelude::*;

use super::browser::selected_value;

use crate::core::action::Action;
use crate::core::dataset::embedded;
use crate::core::i18n::{indicator_description, indicator_name, pillar_name, text, Text};
use crate::core::model::Pillar;
use crate::core::view::Lang;

#[derive(Properties, PartialEq)]
pub struct IndicatorPickerProps {
    pub lang: Lang,
    pub selected: usize,
    pub on_action: Callback<Action>,
}

#[component]
pub fn IndicatorPicker(props: &IndicatorPickerProps) -> Html {
    let lang = props.lang;
    let indicators = embedded().dataset.indicators();
    let onchange = props.on_action.reform(|event: Event| {
        let value = selected_value(&event);
        Action::SetIndicator(value.parse().unwrap_or(usize::MAX))
    });
    let groups = Pillar::ALL.iter().map(|&pillar| {
        let options = indicators
            .iter()
            .enumerate()
            .filter(|(_, i)| i.pillar == pillar)
            .map(|(ix, i)| {
                html! {
                    <option value={ix.to_string()} selected={ix == props.selected}>
                        { indicator_name(i, lang) }
                    </option>
                }
            })
            .collect::<Html>();
        html! { <optgroup label={pillar_name(pillar, lang)}>{ options }</optgroup> }
    });
    let description = indicators
        .get(props.selected)
        .map(|i| indicator_description(i, lang))
        .unwrap_or_default();
    html! {
        <div class="field">
            <label for="indicator">{ text(lang, Text::Indicator) }</label>
            <select id="indicator" {onchange} aria-describedby="indicator-description">
                { for groups }
            </select>
            <p id="indicator-description" class="hint">{ description }</p>
        </div>
    }
}
