//! The map's choice of units: the 63 provinces before the 2025 merger, or the 34 after.

use yew::prelude::*;

use crate::app::browser::selected_value;

use crate::core::text::i18n::{text, Text};
use crate::core::view::action::Action;
use crate::core::view::state::{Lang, Units};

#[derive(Properties, PartialEq)]
pub struct UnitsPickerProps {
    pub lang: Lang,
    pub units: Units,
    pub on_action: Callback<Action>,
}

#[component]
pub fn UnitsPicker(props: &UnitsPickerProps) -> Html {
    let lang = props.lang;
    let onchange = props.on_action.reform(|event: Event| {
        let id = selected_value(&event);
        Action::SetUnits(Units::from_id(&id).unwrap_or_default())
    });
    let option = |units: Units, label: Text| {
        html! { <option value={units.id()} selected={props.units == units}>{ text(lang, label) }</option> }
    };
    html! {
        <div class="field region">
            <label for="units">{ text(lang, Text::UnitsLabel) }</label>
            <select id="units" {onchange}>
                { option(Units::Pre2025, Text::Units63) }
                { option(Units::Post2025, Text::Units34) }
            </select>
        </div>
    }
}
