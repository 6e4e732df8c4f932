//! The profile's scorecard: every index of a province at its latest year with its rank
//! and move, two provinces on the same rows, a missing cell said, and a cell that opens
//! its index's ranking at that year.

use cds_explorer::core::query::scorecard::{scorecard, ScoreCell};
use cds_explorer::core::view::action::{apply, Action};
use cds_explorer::core::view::state::ChartKind;
use cds_explorer::core::view::url::decode;

use super::common::shipped;

#[test]
fn two_provinces_share_the_rows_and_each_cell_has_its_year_rank_and_move() {
    let data = shipped();
    let state = decode("?view=profile&provinces=ha-noi~ba-ria-vung-tau", data).state;
    let rows = scorecard(data, &state, 2);
    let ids: Vec<&str> = rows
        .iter()
        .map(|r| data.indicator(r.indicator).unwrap().id.as_str())
        .collect();
    assert_eq!(
        &ids[..5],
        [
            "dti-score",
            "dti-government-score",
            "dti-economy-score",
            "dti-society-score",
            "pci-score"
        ]
    );
    assert!(rows.iter().all(|r| r.cells.len() == 2));
    // Hà Nội's DTI score of 2024, its rank of 63 and its move since 2023.
    let ScoreCell::Value {
        year,
        rank,
        change,
        view,
        ..
    } = &rows[0].cells[0]
    else {
        panic!("{:?}", rows[0].cells[0]);
    };
    assert_eq!(year.get(), 2024);
    assert!(
        rank.as_deref()
            .is_some_and(|r| r.starts_with("hạng ") && r.contains("/63")),
        "{rank:?}"
    );
    assert!(
        change.as_deref().is_some_and(|c| c.contains("so với 2023")),
        "{change:?}"
    );
    assert_eq!(view.chart, ChartKind::Ranking);
    // PCI at its own latest year (the complete tables end in 2019; the press goes on).
    let ScoreCell::Value { year, .. } = &rows[4].cells[1] else {
        panic!("{:?}", rows[4].cells[1])
    };
    assert!((2019..=2024).contains(&year.get()), "{year:?}");
    // Opening a cell shows that index's ranking at its year, the places kept.
    let opened = apply(
        &state,
        Action::Open(rows[4].indicator, ChartKind::Ranking, *year),
        data,
    );
    assert_eq!(
        (opened.chart, opened.indicator, opened.time.end()),
        (ChartKind::Ranking, rows[4].indicator, *year)
    );
    assert_eq!(opened.places, state.places);
}

#[test]
fn a_province_without_a_value_says_so() {
    let data = shipped();
    // SIPAS ranks are known for few provinces: some cell of the row is missing.
    let state = decode("?view=profile&provinces=hai-duong~thanh-hoa", data).state;
    let rows = scorecard(data, &state, 2);
    let missing: Vec<&ScoreCell> = rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter(|c| matches!(c, ScoreCell::Missing(_)))
        .collect();
    assert!(missing
        .iter()
        .all(|c| matches!(c, ScoreCell::Missing(w) if w == "chưa có số liệu")));
    let state = decode("?view=profile&provinces=hai-duong&lang=en", data).state;
    let rows = scorecard(data, &state, 2);
    assert!(rows.iter().all(|r| r.cells.len() == 1));
    // The whole country has a DTI score but no provincial index such as PCI: said, not blank.
    let state = decode("?view=profile&provinces=viet-nam", data).state;
    let rows = scorecard(data, &state, 2);
    assert!(
        matches!(&rows[0].cells[0], ScoreCell::Value { .. }),
        "{:?}",
        rows[0].cells[0]
    );
    assert!(rows
        .iter()
        .any(|r| matches!(&r.cells[0], ScoreCell::Missing(w) if w == "chưa có số liệu")));
}
