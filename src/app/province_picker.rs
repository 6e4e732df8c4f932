//! The province picker: a combobox that searches names without regard to diacritics
//! or case, and the selection as removable chips. Keyboard: ↓/↑ move through the
//! matches, Enter picks (or unpicks) one, Escape closes the list.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::action::Action;
use crate::core::dataset::embedded;
use crate::core::i18n::{province_name, remove_province_label, text, Text};
use crate::core::palette::assign_colours;
use crate::core::search::search_provinces;
use crate::core::view::Lang;

#[derive(Properties, PartialEq)]
pub struct ProvincePickerProps {
    pub lang: Lang,
    pub selected: Vec<usize>,
    pub on_action: Callback<Action>,
}

const LISTBOX_ID: &str = "province-options";

fn option_id(ix: usize) -> String {
    format!("province-option-{ix}")
}

#[component]
pub fn ProvincePicker(props: &ProvincePickerProps) -> Html {
    let lang = props.lang;
    let data = &embedded().dataset;
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| 0_usize);
    let matches = search_provinces(data, &query);
    let active_ix = (*active).min(matches.len().saturating_sub(1));

    let toggle = {
        let selected = props.selected.clone();
        let on_action = props.on_action.clone();
        let query = query.clone();
        Callback::from(move |ix: usize| {
            let action = if selected.contains(&ix) {
                Action::RemoveProvince(ix)
            } else {
                Action::AddProvince(ix)
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
                if let Some(&ix) = matches.get(active_ix).filter(|_| *open) {
                    toggle.emit(ix);
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

    let codes: Vec<_> = props
        .selected
        .iter()
        .filter_map(|&ix| data.province(ix).map(|p| &p.code))
        .collect();
    let colours = assign_colours(&codes);
    let chips = props
        .selected
        .iter()
        .zip(colours)
        .filter_map(|(&ix, colour)| {
            let name = province_name(data.province(ix)?, lang).to_string();
            let remove = props
                .on_action
                .reform(move |_: MouseEvent| Action::RemoveProvince(ix));
            let swatch = format!("background:{}", colour.hex());
            Some(html! {
                <li class="chip">
                    <span class="swatch" style={swatch} aria-hidden="true"></span>
                    <span>{ name.clone() }</span>
                    <button type="button" class="chip-remove" onclick={remove}
                        aria-label={remove_province_label(&name, lang)}>{ "×" }</button>
                </li>
            })
        });
    let options = matches.iter().enumerate().filter_map(|(position, &ix)| {
        let province = data.province(ix)?;
        let chosen = props.selected.contains(&ix);
        let toggle = toggle.clone();
        // mousedown, not click: it comes before the input's blur closes the list.
        let onmousedown = Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            toggle.emit(ix);
        });
        let class = classes!("option", (position == active_ix).then_some("active"));
        Some(html! {
            <li id={option_id(ix)} role="option" {class} aria-selected={chosen.to_string()} {onmousedown}>
                <span class="check" aria-hidden="true">{ if chosen { "✓" } else { "" } }</span>
                { province_name(province, lang) }
            </li>
        })
    });
    let expanded = *open;
    let active_descendant = matches
        .get(active_ix)
        .filter(|_| expanded)
        .map(|&ix| option_id(ix));
    let clear = props
        .on_action
        .reform(|_: MouseEvent| Action::ClearProvinces);

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
