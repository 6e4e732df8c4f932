//! The ranking's region filter: the whole country or one of the six regions.

use yew::prelude::*;

use crate::app::browser::selected_value;

use crate::core::data::model::Region;
use crate::core::text::i18n::{region_name, text, Text};
use crate::core::view::action::Action;
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct RegionPickerProps {
    pub lang: Lang,
    pub region: Option<Region>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn RegionPicker(props: &RegionPickerProps) -> Html {
    let lang = props.lang;
    let onchange = props.on_action.reform(|event: Event| {
        let id = selected_value(&event);
        Action::SetRegion(Region::from_id(&id))
    });
    let options = Region::ALL.into_iter().map(|region| {
        html! {
            <option value={region.id()} selected={props.region == Some(region)}>
                { region_name(region, lang) }
            </option>
        }
    });
    html! {
        <div class="field region">
            <label for="region">{ text(lang, Text::Region) }</label>
            <select id="region" {onchange}>
                <option value="" selected={props.region.is_none()}>{ text(lang, Text::AllRegions) }</option>
                { for options }
            </select>
        </div>
    }
}
