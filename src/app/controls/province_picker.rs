//! The place picker: a combobox that searches provinces (and the whole country)
//! without regard to diacritics or case, and the selection as removable chips. Keyboard: ↓/↑ move through the
//! matches, Enter picks (or unpicks) one, Escape closes the list.

use crate::app::user_data::current;
use web_sys::{HtmlInputElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::core::charts::shared::palette::assign_colours;
use crate::core::data::model::Area;
use crate::core::text::i18n::{area_name, remove_province_label, text, Text};
use crate::core::text::search::search_places;
use crate::core::view::action::Action;
use crate::core::view::state::Lang;

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
        Area::Own(ix) => format!("place-option-own-{ix}"),
        Area::Former(ix) => format!("place-option-former-{ix}"),
        Area::Region(region) => format!("place-option-region-{}", region.id()),
    }
}

#[component]
pub fn ProvincePicker(props: &ProvincePickerProps) -> Html {
    let lang = props.lang;
    let data_rc = current();
    let data = &*data_rc;
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| 0_usize);
    let input_ref = use_node_ref();
    let matches = search_places(data, &query);
    let active_ix = (*active).min(matches.len().saturating_sub(1));
    let active_id = matches.get(active_ix).map(|&area| option_id(area));

    // Keep the highlighted option in sight as the arrow keys move it.
    use_effect_with((active_id.clone(), *open), |(id, open)| {
        let element = id
            .as_deref()
            .filter(|_| *open)
            .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id));
        if let Some(element) = element {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Nearest);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let focus_input = {
        let input_ref = input_ref.clone();
        move || {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        }
    };

    let toggle = {
        let selected = props.selected.clone();
        let on_action = props.on_action.clone();
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |area: Area| {
            let action = if selected.contains(&area) {
                Action::RemovePlace(area)
            } else {
                Action::AddPlace(area)
            };
            on_action.emit(action);
            // Start afresh: an Enter right after a pick must not pick again.
            query.set(String::new());
            active.set(0);
            open.set(false);
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
            "Escape" => {
                // A search field would clear itself and reopen the list: close it only.
                event.prevent_default();
                open.set(false);
            }
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
        let (on_action, focus_input) = (props.on_action.clone(), focus_input.clone());
        // The button goes away with its chip: focus returns to the search field.
        let remove = Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::RemovePlace(area));
            focus_input();
        });
        // An SVG fill, not a `style` attribute: the page's CSP refuses inline styles.
        html! {
            <li class="chip">
                <svg class="swatch" viewBox="0 0 1 1" aria-hidden="true" focusable="false">
                    <rect width="1" height="1" fill={colour.hex()} />
                </svg>
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
    let active_descendant = active_id.filter(|_| expanded);
    let clear = {
        let (on_action, focus_input) = (props.on_action.clone(), focus_input.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::ClearPlaces);
            focus_input();
        })
    };

    html! {
        <div class="field provinces">
            <label for="province-search">{ text(lang, Text::Provinces) }</label>
            <ul class="chips" aria-label={text(lang, Text::SelectedProvinces)}>{ for chips }</ul>
            <div class="combobox">
                <input ref={input_ref} id="province-search" type="search" autocomplete="off"
                    role="combobox" aria-autocomplete="list" aria-controls={LISTBOX_ID}
                    aria-expanded={expanded.to_string()}
                    aria-activedescendant={active_descendant}
                    placeholder={text(lang, Text::SearchProvinces)}
                    value={(*query).clone()} {oninput} {onkeydown} {onfocus} {onblur} />
                if expanded {
                    if matches.is_empty() {
                        <p class="listbox option empty" role="status">{ text(lang, Text::NoProvinceMatches) }</p>
                    } else {
                        // tabindex -1: the list scrolls, and Chromium puts scrollers in the Tab
                        // order; Tab from the field would land in it just as blur closes it,
                        // leaving focus on <body>. The arrow keys move through it instead.
                        <ul id={LISTBOX_ID} role="listbox" class="listbox" aria-multiselectable="true"
                            tabindex="-1" aria-label={text(lang, Text::Provinces)}>
                            { for options }
                        </ul>
                    }
                }
            </div>
            if !props.selected.is_empty() {
                <button type="button" class="link-button" onclick={clear}>{ text(lang, Text::ClearProvinces) }</button>
            }
        </div>
    }
}
