//! The Share panel: the link of the current view with a copy button, a QR code of it
//! (made in the core, shown as an SVG image), and the `<iframe>` snippet that embeds
//! the chart on another site. Nothing is made while the panel is closed.

use crate::app::user_data::current;
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use super::copy_link::CopyLink;
use crate::app::browser::page_address;
use crate::core::export::share::{embed_height, embedded_view, iframe_snippet, qr_svg, view_link};
use crate::core::text::i18n::{indicator_name, text, Text};
use crate::core::view::state::ViewState;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub view: ViewState,
}

/// An SVG document as an image address, so it is shown without becoming markup.
fn svg_data_url(svg: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(svg).into();
    format!("data:image/svg+xml;charset=utf-8,{encoded}")
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let data_rc = current();
    let data = &*data_rc;
    let lang = props.view.lang;
    let open = use_state(|| false);
    // A link to imported data opens elsewhere without it: say so, and point to the CSV.
    let uses_imported_data = data
        .indicator(props.view.indicator)
        .is_some_and(|i| i.id.starts_with(crate::core::data::model::USER_PREFIX));
    // Nothing is worked out while the panel is closed: it is not on the redraw path.
    let shared = use_memo((props.view.clone(), *open), |(view, open)| {
        open.then(|| {
            let page = page_address();
            let link = view_link(&page, view, data);
            let embed_link = view_link(&page, &embedded_view(view), data);
            let title = data.indicator(view.indicator).map_or_else(
                || text(view.lang, Text::AppTitle).to_string(),
                |i| format!("CĐS Explorer – {}", indicator_name(i, view.lang)),
            );
            let snippet = iframe_snippet(&embed_link, &title, embed_height(data, view));
            let qr = qr_svg(&link).map(|svg| svg_data_url(&svg));
            (link, snippet, qr)
        })
    });
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<HtmlDetailsElement>() {
                open.set(details.open());
            }
        })
    };
    let select_all = Callback::from(|event: FocusEvent| {
        if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            area.select();
        } else if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <details class="panel share-panel" {ontoggle}>
            <summary>{ text(lang, Text::Share) }</summary>
            if let Some((link, snippet, qr)) = &*shared {
                <div class="panel-body">
                    if uses_imported_data {
                        <p class="notice-inline" role="note">{ text(lang, Text::LinkUsesYourData) }</p>
                    }
                    <label class="field">
                        <span>{ text(lang, Text::ViewLink) }</span>
                        <input type="text" readonly=true class="share-link" value={link.clone()} onfocus={select_all.clone()} />
                    </label>
                    <CopyLink {lang} value={AttrValue::from(link.clone())} />
                    { match qr {
                        Some(url) => html! {
                            <figure class="qr">
                                <img src={url.clone()} width="180" height="180" alt={text(lang, Text::QrAlt)} />
                                <figcaption class="hint">{ text(lang, Text::QrCaption) }</figcaption>
                            </figure>
                        },
                        None => html! { <p class="hint">{ text(lang, Text::QrTooLong) }</p> },
                    } }
                    <label class="field">
                        <span>{ text(lang, Text::EmbedCode) }</span>
                        <textarea readonly=true class="embed-code" rows="3" value={snippet.clone()} onfocus={select_all} />
                    </label>
                    <CopyLink {lang} value={AttrValue::from(snippet.clone())} label={Text::CopyEmbed} done={Text::EmbedCopied} />
                </div>
            }
        </details>
    }
}
