//! "Copy link": copies the page's address (which is the view), or any other text such
//! as the embed snippet, with the Clipboard API, on a click only; where the browser
//! refuses (an iframe without clipboard permission, say), shows the text selected in
//! a field instead.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::browser::current_href;
use crate::core::text::i18n::{text, Text};
use crate::core::view::state::Lang;

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Manual,
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub lang: Lang,
    /// What to copy; the page's address when absent.
    #[prop_or_default]
    pub value: Option<AttrValue>,
    #[prop_or(Text::CopyLink)]
    pub label: Text,
    #[prop_or(Text::LinkCopied)]
    pub done: Text,
}

/// Writes `link` to the clipboard; `false` if the API is missing or refused.
async fn write_clipboard(link: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(link))
        .await
        .is_ok()
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let lang = props.lang;
    let state = use_state(|| CopyState::Idle);
    let link = use_state(String::new);
    let field_ref = use_node_ref();

    let onclick = {
        let (state, link, value) = (state.clone(), link.clone(), props.value.clone());
        Callback::from(move |_: MouseEvent| {
            let href = value.as_ref().map_or_else(current_href, |v| v.to_string());
            link.set(href.clone());
            let state = state.clone();
            spawn_local(async move {
                let copied = write_clipboard(&href).await;
                state.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::Manual
                });
            });
        })
    };
    // A new text to copy: what was said of the old one no longer holds.
    {
        let state = state.clone();
        use_effect_with(props.value.clone(), move |_| state.set(CopyState::Idle));
    }
    {
        let field_ref = field_ref.clone();
        use_effect_with(*state, move |state| {
            if *state == CopyState::Manual {
                if let Some(field) = field_ref.cast::<HtmlInputElement>() {
                    let _ = field.focus();
                    field.select();
                }
            }
        });
    }
    let onfocus = Callback::from(|event: FocusEvent| {
        if let Some(field) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            field.select();
        }
    });

    html! {
        <div class="field share">
            <button type="button" class="primary" {onclick}>{ text(lang, props.label) }</button>
            <p class="copy-status" role="status" aria-live="polite">
                if *state == CopyState::Copied { { text(lang, props.done) } }
            </p>
            if *state == CopyState::Manual {
                <label class="manual-link">
                    { text(lang, Text::CopyManually) }
                    <input ref={field_ref} type="text" readonly=true value={(*link).clone()} {onfocus} />
                </label>
            }
        </div>
    }
}
