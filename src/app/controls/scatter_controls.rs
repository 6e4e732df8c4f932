//! The scatter plot's own controls: the indicator on the horizontal axis (the picker in
//! the drawer chooses the vertical one), whether the selected places leave a trail over
//! the years before, and whether the dots are sized by population.

use crate::app::browser::selected_value;
use crate::app::user_data::current;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::text::i18n::indicator_name;
use crate::core::view::action::Action;
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct ScatterControlsProps {
    pub lang: Lang,
    /// The horizontal indicator and the vertical one.
    pub x: Option<usize>,
    pub y: usize,
    pub trail: bool,
    pub bubbles: bool,
    pub on_action: Callback<Action>,
}

fn checkbox(
    id: &'static str,
    label: &str,
    checked: bool,
    action: fn(bool) -> Action,
    on_action: &Callback<Action>,
) -> Html {
    let onchange = on_action.reform(move |event: Event| {
        action(
            event
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|i| i.checked()),
        )
    });
    html! {
        <label class="change-toggle">
            <input type="checkbox" {id} {checked} {onchange} />
            { label.to_string() }
        </label>
    }
}

#[component]
pub fn ScatterControls(props: &ScatterControlsProps) -> Html {
    let lang = props.lang;
    let data_rc = current();
    let data = &*data_rc;
    let pick = props.on_action.reform(|event: Event| {
        let id = selected_value(&event);
        current()
            .find_indicator(&id)
            .map_or(Action::SetTrail(false), Action::SetX)
    });
    let (x_label, trail, bubbles) = crate::core::text::i18n::scatter_control_words(lang);
    let options = data
        .indicators()
        .iter()
        .enumerate()
        .filter(|&(ix, _)| ix != props.y)
        .map(|(ix, indicator)| {
            html! {
                <option value={indicator.id.clone()} selected={Some(ix) == props.x}>
                    { indicator_name(indicator, lang).to_string() }
                </option>
            }
        });
    html! {
        <div class="scatter-controls change-control">
            <label for="scatter-x">{ x_label }</label>
            <select id="scatter-x" onchange={pick}>{ for options }</select>
            { checkbox("scatter-trail", trail, props.trail, Action::SetTrail, &props.on_action) }
            { checkbox("scatter-bubbles", bubbles, props.bubbles, Action::SetBubbles, &props.on_action) }
        </div>
    }
}
