//! The place picker: a combobox that searches provinces (and the whole country)
//! without regard to diacritics or case, and the selection as removable chips. Keyboard: ↓/↑ move through the
//! matches, Enter picks (or unpicks) one, Escape closes the list.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::action::Action;
use crate::core::dataset::embedded;
use crate::core::i18n::{area_name, remove_province_label, text, Text};
use crate::core::model::Area;
use crate::core::palette::assign_colours;
use crate::core::search::search_places;
use crate::core::view::Lang;

#[derive(Properties, PartialEq)]
pub struct ProvincePickerProps {
    pub lang: Lang,
    pub selected: Vec<Area>,
    pub on_action: Callback<Action>,
}

const LISTBOX_ID: &str = "province-options";

fn option_id(area: Area) -> String {
    match area {
        Area::Province(ix) => format!("place-option-{ix}"),
        Area::Merged(ix) => format!("place-option-unit-{ix}"),
        Area::National => "place-option-national".to_string(),
    }
}

#[component]
pub fn ProvincePicker(props: &ProvincePickerProps) -> Html {
    let lang = props.lang;
    let data = &embedded().dataset;
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| 0_usize);
    let matches = search_places(data, &query);
    let active_ix = (*active).min(matches.len().saturating_sub(1));

    let toggle = {
        let selected = props.selected.clone();
        let on_action = props.on_action.clone();
        let query = query.clone();
        Callback::from(move |area: Area| {
            let action = if selected.contains(&area) {
                Action::RemovePlace(area)
            } else {
                Action::AddPlace(area)
            };
            on_action.emit(action);
            query.set(String::new());
        })
    };
    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
                open.set(true);
                active.set(0);
            }
        })
    };
    let onkeydown = {
        let (open, active, toggle) = (open.clone(), active.clone(), toggle.clone());
        let matches = matches.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "ArrowDown" => {
                event.prevent_default();
                open.set(true);
                active.set((active_ix + 1).min(matches.len().saturating_sub(1)));
            }
            "ArrowUp" => {
                event.prevent_default();
                active.set(active_ix.saturating_sub(1));
            }
            "Enter" => {
                event.prevent_default();
                if let Some(&area) = matches.get(active_ix).filter(|_| *open) {
                    toggle.emit(area);
                }
            }
            "Escape" => open.set(false),
            _ => {}
        })
    };
    let onfocus = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    let onblur = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };

    let keys: Vec<String> = props.selected.iter().map(|&a| data.area_key(a)).collect();
    let colours = assign_colours(&keys);
    let chips = props.selected.iter().zip(colours).map(|(&area, colour)| {
        let name = area_name(data, area, lang);
        let remove = props
            .on_action
            .reform(move |_: MouseEvent| Action::RemovePlace(area));
        let swatch = format!("background:{}", colour.hex());
        html! {
            <li class="chip">
                <span class="swatch" style={swatch} aria-hidden="true"></span>
                <span>{ name.clone() }</span>
                <button type="button" class="chip-remove" onclick={remove}
                    aria-label={remove_province_label(&name, lang)}>{ "×" }</button>
            </li>
        }
    });
    let options = matches.iter().enumerate().map(|(position, &area)| {
        let chosen = props.selected.contains(&area);
        let toggle = toggle.clone();
        // mousedown, not click: it comes before the input's blur closes the list.
        let onmousedown = Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            toggle.emit(area);
        });
        let class = classes!("option", (position == active_ix).then_some("active"));
        html! {
            <li id={option_id(area)} role="option" {class} aria-selected={chosen.to_string()} {onmousedown}>
                <span class="check" aria-hidden="true">{ if chosen { "✓" } else { "" } }</span>
                { area_name(data, area, lang) }
            </li>
        }
    });
    let expanded = *open;
    let active_descendant = matches
        .get(active_ix)
        .filter(|_| expanded)
        .map(|&area| option_id(area));
    let clear = props.on_action.reform(|_: MouseEvent| Action::ClearPlaces);

    html! {
        <div class="field provinces">
            <label for="province-search">{ text(lang, Text::Provinces) }</label>
            <ul class="chips" aria-label={text(lang, Text::SelectedProvinces)}>{ for chips }</ul>
            <div class="combobox">
                <input id="province-search" type="search" autocomplete="off"
                    role="combobox" aria-autocomplete="list" aria-controls={LISTBOX_ID}
                    aria-expanded={expanded.to_string()}
                    aria-activedescendant={active_descendant}
                    placeholder={text(lang, Text::SearchProvinces)}
                    value={(*query).clone()} {oninput} {onkeydown} {onfocus} {onblur} />
                if expanded {
                    <ul id={LISTBOX_ID} role="listbox" class="listbox" aria-label={text(lang, Text::Provinces)}>
                        if matches.is_empty() {
                            <li class="option empty">{ text(lang, Text::NoProvinceMatches) }</li>
                        }
                        { for options }
                    </ul>
                }
            </div>
            if !props.selected.is_empty() {
                <button type="button" class="link-button" onclick={clear}>{ text(lang, Text::ClearProvinces) }</button>
            }
        </div>
    }
}
