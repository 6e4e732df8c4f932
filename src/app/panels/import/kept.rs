//! The sets kept in this browser: each can be renamed or removed (from the page and from
//! the browser's storage at once).

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::app::{storage, user_data};
use crate::core::import::kept::renamed_header;
use crate::core::text::import_ui::{import_text, kept_summary, ImportText};
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct KeptSetsProps {
    pub lang: Lang,
}

/// How many indicators a set has values of (ours and its own).
fn indicators(set: &crate::core::import::user_set::UserSet) -> usize {
    let ids: std::collections::HashSet<&str> =
        set.values.iter().map(|v| v.indicator.as_str()).collect();
    ids.len()
}

#[component]
pub fn KeptSets(props: &KeptSetsProps) -> Html {
    let lang = props.lang;
    let t = |key| import_text(lang, key);
    let sets = user_data::sets();
    let items = sets.iter().map(|set| {
        let remove = {
            let id = set.id.clone();
            Callback::from(move |_: MouseEvent| {
                let id = id.clone();
                spawn_local(async move {
                    if let Err(e) = storage::delete_set(&id).await {
                        web_sys::console::warn_1(&format!("the set is still kept: {e}").into());
                    }
                    user_data::change_sets(|mut sets| {
                        sets.retain(|s| s.id != id);
                        sets
                    })
                    .await;
                    user_data::notify();
                });
            })
        };
        let rename = {
            let id = set.id.clone();
            Callback::from(move |event: Event| {
                let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                    return;
                };
                let name = input.value().trim().to_string();
                let sets = user_data::sets();
                let Some(set) = sets.iter().find(|s| s.id == id) else {
                    return;
                };
                if name.is_empty() || name == set.name {
                    return;
                }
                let id = id.clone();
                spawn_local(async move {
                    // The kept header under the new name (its values are not copied for
                    // it; its count stays that of the values kept).
                    let rewrite = |kept: &[u8]| {
                        renamed_header(kept, &name).map_err(|e| format!("{e:?}"))
                    };
                    if let Err(e) = storage::save_header(&id, rewrite).await {
                        web_sys::console::warn_1(&format!("the new name is not kept: {e}").into());
                    }
                    // Only the name changes (the values are not copied twice).
                    user_data::change_sets(|mut sets| {
                        if let Some(set) = sets.iter_mut().find(|s| s.id == id) {
                            std::rc::Rc::make_mut(set).name = name;
                        }
                        sets
                    })
                    .await;
                    user_data::notify();
                });
            })
        };
        html! {
            <li>
                <input type="text" value={set.name.clone()} onchange={rename}
                    aria-label={format!("{}: {}", t(ImportText::Rename), set.name)} />
                <span class="hint">{ kept_summary(indicators(set), set.values.len(), &set.imported, lang) }</span>
                <button type="button" onclick={remove}
                    aria-label={format!("{}: {}", t(ImportText::Remove), set.name)}>{ t(ImportText::Remove) }</button>
            </li>
        }
    });
    html! {
        <section class="kept-sets">
            <h2>{ t(ImportText::Kept) }</h2>
            if sets.is_empty() {
                <p class="hint">{ t(ImportText::KeptNone) }</p>
            } else {
                <ul>{ for items }</ul>
            }
        </section>
    }
}
