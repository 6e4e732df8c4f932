//! The report before anything is added: how many values were accepted and refused, each
//! refusal with its line and reason, places not recognised (with close names), and how
//! the file compares with this page's values. Confirm adds; cancel changes nothing.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::import::session::ReportView;
use crate::core::text::import_ui::{import_text, ImportText};
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct ReportPanelProps {
    pub report: Rc<ReportView>,
    pub lang: Lang,
    pub on_confirm: Callback<MouseEvent>,
    pub on_back: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

fn list(title: &str, count: usize, items: &[String], class: &'static str) -> Html {
    if items.is_empty() {
        return html! {};
    }
    let more = count.saturating_sub(items.len());
    html! {
        <section class={classes!("import-list", class)}>
            <h2>{ format!("{title} ({count})") }</h2>
            <ul>
                { for items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }
                if more > 0 { <li class="hint">{ format!("… +{more}") }</li> }
            </ul>
        </section>
    }
}

#[component]
pub fn ReportPanel(props: &ReportPanelProps) -> Html {
    let lang = props.lang;
    let t = |key| import_text(lang, key);
    let report = &props.report;
    html! {
        <div class="import-report" role="status">
            <p class="import-summary">{ report.summary.clone() }</p>
            if report.agreements > 0 {
                <p class="hint">{ format!("{} {}", report.agreements, t(ImportText::Agreements)) }</p>
            }
            if report.accepted == 0 {
                <p class="import-error">{ t(ImportText::NothingAccepted) }</p>
            }
            { list(t(ImportText::UnknownPlaces), report.unknown_places.len(), &report.unknown_places, "unknown-places") }
            { list(t(ImportText::Problems), report.problem_count, &report.problems, "problems") }
            { list(t(ImportText::Disagreements), report.disagreement_count, &report.disagreements, "disagreements") }
            <div class="import-actions">
                <button type="button" class="primary" onclick={props.on_confirm.clone()} disabled={report.accepted == 0}>
                    { t(ImportText::Confirm) }
                </button>
                <button type="button" onclick={props.on_back.clone()}>{ t(ImportText::BackToMapping) }</button>
                <button type="button" onclick={props.on_cancel.clone()}>{ t(ImportText::Cancel) }</button>
            </div>
        </div>
    }
}
