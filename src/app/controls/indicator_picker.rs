//! The indicator picker: a filter box (diacritics and case ignored, every word must
//! match) over a native select of the core's catalogue — national indices grouped by
//! pillar, then what one province reports, each option saying how many places and
//! years it covers — with the chosen indicator's description. Enter in the filter
//! picks its first match; Escape clears it.
//!
//! The page's first render holds only the chosen option: the catalogue (every
//! indicator's coverage) and its 130 options are built in a task after the first
//! frame, so that they do not delay the first chart (on a phone the picker is folded
//! away in the drawer anyway).

use crate::app::user_data::current;
use yew::prelude::*;

use crate::app::browser::selected_value;

use crate::core::query::catalogue::{catalogue, reach, reach_text};
use crate::core::text::i18n::{indicator_description, indicator_name, text, Text};
use crate::core::text::search::search_indicators;
use crate::core::view::action::Action;
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct IndicatorPickerProps {
    pub lang: Lang,
    pub selected: usize,
    pub on_action: Callback<Action>,
}

#[component]
pub fn IndicatorPicker(props: &IndicatorPickerProps) -> Html {
    let lang = props.lang;
    let data_rc = current();
    let indicators = data_rc.indicators();
    let filter = use_state(String::new);
    // Every option only after the first frame (see the module's note).
    let complete = use_state(|| false);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| {
            let later = gloo::timers::callback::Timeout::new(0, move || complete.set(true));
            move || drop(later)
        });
    }
    let matches = use_memo((*filter).clone(), |query| {
        search_indicators(&current(), query)
    });
    let onchange = props.on_action.reform(|event: Event| {
        let value = selected_value(&event);
        Action::SetIndicator(value.parse().unwrap_or(usize::MAX))
    });
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                filter.set(input.value());
            }
        })
    };
    let onkeydown = {
        let (filter, matches, on_action) =
            (filter.clone(), matches.clone(), props.on_action.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                if let Some(&first) = matches.first() {
                    on_action.emit(Action::SetIndicator(first));
                }
            }
            "Escape" if !filter.is_empty() => {
                event.prevent_default();
                filter.set(String::new());
            }
            _ => {}
        })
    };
    // The chosen indicator stays in the list whatever the filter, so the select
    // never shows another one than the chart.
    let shown = |ix: usize| ix == props.selected || matches.contains(&ix);
    let catalogue = use_memo((lang, *complete), |&(lang, complete)| {
        if complete {
            catalogue(&current(), lang)
        } else {
            Vec::new()
        }
    });
    let chosen = (!*complete)
        .then(|| {
            let name = indicator_name(indicators.get(props.selected)?, lang);
            let reach = reach_text(&reach(&data_rc, props.selected), lang);
            Some(html! {
                <option value={props.selected.to_string()} selected=true>{ format!("{name} ({reach})") }</option>
            })
        })
        .flatten();
    let groups = catalogue.iter().filter_map(|group| {
        let options: Vec<Html> = group
            .items
            .iter()
            .filter(|(ix, _)| shown(*ix))
            .filter_map(|(ix, reach)| {
                let name = indicator_name(indicators.get(*ix)?, lang);
                Some(html! {
                    <option value={ix.to_string()} selected={*ix == props.selected}>
                        { format!("{name} ({reach})") }
                    </option>
                })
            })
            .collect();
        (!options.is_empty()).then(|| {
            html! { <optgroup label={group.label.clone()}>{ for options }</optgroup> }
        })
    });
    let description = indicators
        .get(props.selected)
        .map(|i| indicator_description(i, lang))
        .unwrap_or_default();
    let status = if filter.trim().is_empty() {
        String::new()
    } else if matches.is_empty() {
        text(lang, Text::NoIndicatorMatches).to_string()
    } else {
        format!(
            "{} / {} {}",
            matches.len(),
            indicators.len(),
            text(lang, Text::IndicatorMatches)
        )
    };
    html! {
        <div class="field">
            <label for="indicator">{ text(lang, Text::Indicator) }</label>
            <input id="indicator-filter" type="search" class="indicator-filter" value={(*filter).clone()}
                placeholder={text(lang, Text::FilterIndicators)} aria-label={text(lang, Text::FilterIndicators)}
                aria-controls="indicator" autocomplete="off" {oninput} {onkeydown} />
            <select id="indicator" {onchange} aria-describedby="indicator-description indicator-matches">
                { for chosen }
                { for groups }
            </select>
            <p id="indicator-matches" class="hint" role="status" aria-live="polite">{ status }</p>
            <p id="indicator-description" class="hint">{ description }</p>
        </div>
    }
}
