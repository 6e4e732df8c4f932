//! The profile view: one column per place (at most two), each indicator with its latest
//! value, trend sparkline, rank, target and source, grouped by pillar.

use yew::prelude::*;

use crate::core::data::embedded::embedded;
use crate::core::query::profile::{profiles, ProfileRow};
use crate::core::text::i18n::{text, Text};
use crate::core::view::state::ViewState;

#[derive(Properties, PartialEq)]
pub struct ProfilePanelProps {
    pub view: ViewState,
}

fn row_html(row: &ProfileRow) -> Html {
    let source = match &row.url {
        Some(url) => {
            html! { <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ row.source.clone() }</a> }
        }
        None => html! { <span>{ row.source.clone() }</span> },
    };
    html! {
        <tr>
            <th scope="row">{ row.indicator.clone() }</th>
            <td class="number"><strong>{ row.latest.clone() }</strong><div class="hint">{ row.period.clone() }</div>
                if let Some(rank) = &row.rank { <div class="hint">{ rank.clone() }</div> }
            </td>
            <td class="spark">
                <span class="visually-hidden">{ row.trend.clone() }</span>
                if !row.sparkline.is_empty() {
                    <svg viewBox="0 0 100 24" width="100" height="24" aria-hidden="true">
                        <polyline points={row.sparkline.clone()} fill="none" stroke="currentColor" stroke-width="1.8" />
                    </svg>
                }
            </td>
            <td>
                if let Some(target) = &row.target { <div class="target">{ target.clone() }</div> }
                <div class="hint source">{ source }</div>
            </td>
        </tr>
    }
}

#[component]
pub fn ProfilePanel(props: &ProfilePanelProps) -> Html {
    let lang = props.view.lang;
    let model = use_memo(props.view.clone(), |view| {
        profiles(&embedded().dataset, view)
    });
    if model.is_empty() {
        return html! { <div class="chart-empty" role="status"><p>{ text(lang, Text::ProfileEmpty) }</p></div> };
    }
    let columns = model.iter().map(|place| {
        let groups = place.groups.iter().map(|(pillar, rows)| {
            // A name per scroll region: the place and the pillar.
            let region = format!("{} – {pillar}", place.place);
            html! {
                <section class="profile-group">
                    <h3>{ pillar.clone() }</h3>
                    <div class="table-scroll" tabindex="0" role="region" aria-label={region}>
                        <table class="profile-table">
                            <thead><tr>
                                <th scope="col">{ text(lang, Text::Indicator) }</th>
                                <th scope="col">{ text(lang, Text::LatestValue) }</th>
                                <th scope="col">{ text(lang, Text::Trend) }</th>
                                <th scope="col">{ text(lang, Text::Target) }</th>
                            </tr></thead>
                            <tbody>{ for rows.iter().map(row_html) }</tbody>
                        </table>
                    </div>
                </section>
            }
        });
        html! {
            <article class="profile">
                <h2>{ place.place.clone() }</h2>
                { for groups }
            </article>
        }
    });
    html! { <div class={classes!("profiles", (model.len() > 1).then_some("two"))}>{ for columns }</div> }
}
