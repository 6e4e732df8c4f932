//! The profile view: the scorecard of every index on top, then one or two places
//! compared on aligned rows — the same indicator and
//! the same year on each row — grouped by pillar in groups that fold, with a filter of
//! rows. Rows only one place has are folded under their group. On a phone each row is a
//! card (the style sheet's work).

use super::scorecard_panel::ScorecardPanel;
use crate::app::user_data::current;
use yew::prelude::*;

use crate::core::data::model::Pillar;

use crate::core::query::profile::{profile, Profile, ProfileGroup, ProfileRow};
use crate::core::query::profile_cell::ProfileCell;
use crate::core::text::i18n::{text, Text};
use crate::core::text::profile_words as words;
use crate::core::view::action::Action;
use crate::core::view::state::{Lang, ProfileRows, ViewState};

#[derive(Properties, PartialEq)]
pub struct ProfilePanelProps {
    pub view: ViewState,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ProfilePanel(props: &ProfilePanelProps) -> Html {
    let lang = props.view.lang;
    let model = use_memo(props.view.clone(), |view| profile(&current(), view));
    if model.places.is_empty() {
        return html! { <div class="chart-empty" role="status"><p>{ text(lang, Text::ProfileEmpty) }</p></div> };
    }
    let groups = model
        .groups
        .iter()
        .map(|group| group_html(&model, group, lang));
    html! {
        <div class={classes!("profile", (model.places.len() > 1).then_some("two"))}>
            <ScorecardPanel view={props.view.clone()} places={model.places.clone()} on_action={props.on_action.clone()} />
            { filter_html(&model, props.view.rows, &props.on_action, lang) }
            if model.groups.is_empty() {
                <p class="chart-empty" role="status">{ words::nothing_kept(lang) }</p>
            }
            { for groups }
        </div>
    }
}

/// The row filter: one pressed button of three.
fn filter_html(
    model: &Profile,
    current: ProfileRows,
    on_action: &Callback<Action>,
    lang: Lang,
) -> Html {
    let buttons = ProfileRows::ALL.into_iter().map(|rows| {
        let label = words::rows_label(rows, model.places.len(), model.counts.of(rows), lang);
        let onclick = on_action.reform(move |_: MouseEvent| Action::SetProfileRows(rows));
        let pressed = if rows == current { "true" } else { "false" };
        html! { <button type="button" aria-pressed={pressed} {onclick}>{ label }</button> }
    });
    html! {
        <div class="profile-filter" role="group" aria-label={words::rows_group(lang)}>{ for buttons }</div>
    }
}

/// A pillar's rows, folded by its summary; with two places, the rows only one has are
/// folded apart under it. The indices beside digital transformation (PCI, PAPI and the
/// statistics office's context, each a long table of sub-indices) start folded, and so
/// does DTI's overall group, which the scorecard above already shows, so that the
/// profile stays a few screens long.
fn group_html(model: &Profile, group: &ProfileGroup, lang: Lang) -> Html {
    let comparing = model.places.len() > 1;
    // DTI's overall score and rank are the scorecard's first row: their group starts
    // folded too.
    let open = !matches!(
        group.pillar,
        Pillar::Overall | Pillar::Competitiveness | Pillar::Governance | Pillar::Context
    );
    let (shared, one_sided): (Vec<&ProfileRow>, Vec<&ProfileRow>) = group
        .rows
        .iter()
        .partition(|row| !comparing || row.in_every_place());
    html! {
        <details class="profile-group" {open}>
            <summary>
                <h2>{ group.name.clone() }</h2>
                <span class="hint">{ words::group_count(group.rows.len(), lang) }</span>
            </summary>
            if !shared.is_empty() {
                { table_html(model, &shared, &group.name, lang) }
            }
            if !one_sided.is_empty() {
                <details class="one-sided">
                    <summary>{ words::one_sided(one_sided.len(), lang) }</summary>
                    { table_html(model, &one_sided, &group.name, lang) }
                </details>
            }
        </details>
    }
}

/// A table of rows with a column per place; every table has the same columns, so the
/// places line up from group to group.
fn table_html(model: &Profile, rows: &[&ProfileRow], group: &str, lang: Lang) -> Html {
    let heads = model
        .places
        .iter()
        .map(|place| html! { <th scope="col">{ place.clone() }</th> });
    let rows = rows.iter().map(|row| {
        let cells = row
            .cells
            .iter()
            .zip(&model.places)
            .map(|(cell, place)| cell_html(cell.as_ref(), place, lang));
        html! {
            <tr>
                <th scope="row">{ row.indicator.clone() }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <table class="profile-table">
            <caption class="visually-hidden">{ group.to_string() }</caption>
            <thead><tr>
                <th scope="col">{ text(lang, Text::Indicator) }</th>
                { for heads }
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

fn cell_html(cell: Option<&ProfileCell>, place: &str, lang: Lang) -> Html {
    let Some(cell) = cell else {
        return html! { <td class="missing" data-place={place.to_string()}>{ words::no_value(lang) }</td> };
    };
    let label = format!("{}: {}", cell.publisher, cell.source);
    let title = cell.citation.clone().unwrap_or_else(|| cell.source.clone());
    let source = match &cell.url {
        Some(url) => html! {
            <a class="source-link" href={url.clone()} target="_blank" rel="noopener noreferrer"
                {title}>
                <span class="visually-hidden">{ words::source_prefix(lang) }</span>{ label }</a>
        },
        None => html! { <span class="source-name" title={cell.source.clone()}>{ label }</span> },
    };
    html! {
        <td data-place={place.to_string()}>
            <div class="cell-head">
                <strong class="value">{ cell.value.clone() }</strong>
                <span class={classes!("period", cell.other_year.then_some("other-year"))}>
                    { cell.period.clone() }
                    if cell.other_year { { " · " }{ words::other_year(lang) } }
                </span>
                <span class="visually-hidden">{ cell.trend.clone() }</span>
                if !cell.sparkline.is_empty() {
                    <svg viewBox="0 0 100 24" width="64" height="18" preserveAspectRatio="none" aria-hidden="true">
                        <polyline points={cell.sparkline.clone()} fill="none" stroke="currentColor" stroke-width="2" vector-effect="non-scaling-stroke" />
                    </svg>
                }
            </div>
            if let Some(basis) = &cell.basis { <div class="hint basis">{ basis.clone() }</div> }
            if let Some(rank) = &cell.rank { <div class="hint">{ rank.clone() }</div> }
            if let Some(change) = &cell.change { <div class="hint change">{ change.clone() }</div> }
            if let Some(newer) = &cell.newer { <div class="hint newer">{ words::newer(newer, lang) }</div> }
            if let Some(target) = &cell.target { <div class="target">{ target.clone() }</div> }
            <div class="hint source">{ source }</div>
        </td>
    }
}
