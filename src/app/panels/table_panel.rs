//! The table view: places × years with the change, sortable by any column (the order
//! lives in the link), filtered by a name search, each value linked to its source; a
//! long table (10,000 communes) is shown a page of rows at a time.

use crate::app::user_data::current;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::data::model::Better;
use crate::core::query::table::{
    cell_source, matching, rows_shown_text, show_more_text, table, PAGE_ROWS,
};
use crate::core::text::i18n::{text, Text};
use crate::core::view::action::Action;
use crate::core::view::state::{Sort, SortKey, ViewState};

#[derive(Properties, PartialEq)]
pub struct TablePanelProps {
    pub view: ViewState,
    pub on_action: Callback<Action>,
}

#[component]
pub fn TablePanel(props: &TablePanelProps) -> Html {
    let lang = props.view.lang;
    let model = use_memo(props.view.clone(), |view| table(&current(), view));
    let query = use_state(String::new);
    // How many rows are in the page, and for which view and search: a table of 10,000
    // areas is read a page at a time, and a new view or search starts at its first page.
    let shown = use_state(|| (props.view.clone(), String::new(), PAGE_ROWS));
    let limit = if shown.0 == props.view && shown.1 == *query {
        shown.2
    } else {
        PAGE_ROWS
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    let show_more = {
        let (shown, view, query) = (shown.clone(), props.view.clone(), (*query).clone());
        Callback::from(move |_: MouseEvent| {
            shown.set((view.clone(), query.clone(), limit + PAGE_ROWS));
        })
    };
    let sorted = model.sort;
    let data = current();
    let better = data
        .indicator(props.view.indicator)
        .map_or(Better::Higher, |i| i.better);
    let header = |key: SortKey, label: String| {
        let active = sorted.key == key;
        // A second click on the sorted column reverses it.
        let next = Sort {
            key,
            reversed: active && !sorted.reversed,
        };
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::SetSort(Some(next)));
        // What order the numbers (or names) are in, for screen readers.
        let natural_ascending = match key {
            SortKey::Name => true,
            SortKey::Year(_) => better == Better::Lower,
            SortKey::Change | SortKey::RankChange => false,
        };
        let aria_sort = match (active, natural_ascending != sorted.reversed) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        };
        let arrow = match aria_sort {
            "ascending" => " ▲",
            "descending" => " ▼",
            _ => "",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" {onclick}>{ label }{ arrow }</button>
            </th>
        }
    };
    let rows = matching(&data, &model, &query);
    let total = rows.len();
    let body = rows.iter().take(limit).map(|row| {
        let cells = model.cells(row).iter().map(|cell| match cell {
            // The number is text; its source is a separate, explicit control, so that a
            // tap while scrolling never opens another site.
            Some(cell) => {
                let value = model.cell_text(cell);
                let source = cell_source(&data, cell);
                let title = source.map(|s| s.title.clone()).unwrap_or_default();
                // A publisher's table without an address links to its public copy.
                let url = source.and_then(|s| {
                    s.url.clone().or_else(|| s.copy.as_ref().map(|c| c.url()))
                });
                match url {
                    Some(url) => html! {
                        <td class="number">
                            { value }
                            <a class="source-link" href={url} target="_blank" rel="noopener noreferrer"
                                title={title.clone()} aria-label={format!("{}: {}", text(lang, Text::Source), title)}>{ "↗" }</a>
                        </td>
                    },
                    None => html! { <td class="number" title={title}>{ value }</td> },
                }
            }
            None => html! { <td class="number missing" aria-label="—">{ "·" }</td> },
        });
        html! {
            <tr class={classes!(row.selected.then_some("selected"))}>
                <th scope="row">{ model.name(&data, row) }</th>
                { for cells }
                <td class="number">{ model.change_text(row) }</td>
                if model.has_rank_change {
                    <td class="number">{ model.rank_change_text(row) }</td>
                }
            </tr>
        }
    });
    html! {
        <div class="table-view">
            if let Some(note) = &model.break_note { <p class="hint break-note">{ note.clone() }</p> }
            if let Some(note) = model.missing_ends_note() { <p class="hint missing-ends">{ note }</p> }
            <div class="field table-search">
                <input type="search" aria-label={text(lang, Text::SearchTable)}
                    placeholder={text(lang, Text::SearchTable)} value={(*query).clone()} {oninput} />
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={text(lang, Text::TableRegion)}>
                <table class="data-table">
                    <thead><tr>
                        { header(SortKey::Name, text(lang, Text::Place).to_string()) }
                        { for model.years.iter().map(|&y| header(SortKey::Year(y), y.to_string())) }
                        { header(SortKey::Change, model.change_heading()) }
                        if model.has_rank_change {
                            { header(SortKey::RankChange, model.rank_change_heading()) }
                        }
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            if rows.is_empty() {
                <p class="hint" role="status">{ text(lang, Text::NoTableRows) }</p>
            }
            if total > limit {
                <p class="hint table-more" role="status">
                    { rows_shown_text(limit, total, lang) }
                    <button type="button" onclick={show_more}>
                        { show_more_text(PAGE_ROWS.min(total - limit), lang) }
                    </button>
                </p>
            }
        </div>
    }
}
