//! The coverage view: a grid of places by years for the indicator, so that gaps are
//! visible. Each cell's title gives the value; a person's own areas are counted per year
//! below the grid (the table lists them).

use crate::app::user_data::current;
use yew::prelude::*;

use crate::core::query::coverage::{coverage, own_areas_with_value, Cell};
use crate::core::text::format::format_number;
use crate::core::text::i18n::{text, Text};
use crate::core::view::state::ViewState;

#[derive(Properties, PartialEq)]
pub struct CoverageGridProps {
    pub view: ViewState,
}

fn cell_html(cell: &Cell) -> Html {
    let (mark, class, title) = match cell {
        Cell::Missing => ("·", "missing", String::new()),
        Cell::Value(value) => ("●", "value", value.clone()),
        Cell::Partial => ("◐", "partial", String::new()),
        Cell::Target => ("◇", "target", String::new()),
    };
    html! { <td class={classes!("cell", class)} title={title}>{ mark }</td> }
}

#[component]
pub fn CoverageGrid(props: &CoverageGridProps) -> Html {
    let lang = props.view.lang;
    let grid = use_memo(props.view.clone(), |view| coverage(&current(), view));
    let header = grid
        .years
        .iter()
        .map(|y| html! { <th scope="col">{ y.to_string() }</th> });
    let rows = grid.rows.iter().map(|row| {
        let selected = props.view.places.contains(&row.area);
        html! {
            <tr class={classes!(selected.then_some("selected"))}>
                <th scope="row">{ row.place.clone() }</th>
                { for row.cells.iter().map(cell_html) }
            </tr>
        }
    });
    let totals = grid
        .totals
        .iter()
        .map(|n| html! { <td class="number">{ n.to_string() }</td> });
    let own_totals = grid
        .own_totals
        .iter()
        .map(|&n| html! { <td class="number">{ format_number(n as f64, 0, lang) }</td> });
    html! {
        <div class="coverage-view">
            <p class="hint">{ text(lang, Text::CoverageCaption) }</p>
            <div class="table-scroll coverage-scroll" tabindex="0" role="region" aria-label={text(lang, Text::CoverageRegion)}>
                <table class="coverage">
                    <thead><tr><th scope="col">{ text(lang, Text::Place) }</th>{ for header }</tr></thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr><th scope="row">{ text(lang, Text::PlacesWithValue) }</th>{ for totals }</tr>
                        if grid.own_totals.iter().any(|&n| n > 0) {
                            <tr><th scope="row">{ own_areas_with_value(lang) }</th>{ for own_totals }</tr>
                        }
                    </tfoot>
                </table>
            </div>
        </div>
    }
}
