//! The ranking view: best first in both directions, the region filter, highlighted
//! selections, and the pointer and arrow keys mapped to rows.

use cds_explorer::core::charts::ranking::spec::{RankingChart, MUTED};
use cds_explorer::core::charts::registry::{
    draw_content, hit_content, ranking_chart, step, tooltip_content, ChartContent, Frame,
};
use cds_explorer::core::charts::shared::hit::Hit;
use cds_explorer::core::data::model::{Area, Region};
use cds_explorer::core::view::url::decode;
use plotters::prelude::*;

use super::common::shipped;

fn ranking(query: &str) -> RankingChart {
    let data = shipped();
    match ranking_chart(data, &decode(query, data).state) {
        ChartContent::Ranking(chart) => *chart,
        other => panic!("{query}: {other:?}"),
    }
}

#[test]
fn ranks_put_first_place_first() {
    let chart = ranking("?view=ranking&indicator=dti-rank&time=2022");
    assert_eq!(chart.rows.len(), 63);
    assert_eq!(chart.rows[0].label, "Đà Nẵng");
    let values: Vec<f64> = chart.rows.iter().map(|r| r.value).collect();
    assert!(
        values.windows(2).all(|w| w[0] <= w[1]),
        "ascending ranks: {values:?}"
    );
    // Thanh Hóa and Yên Bái share 15th: both are numbered 15, the next is 17.
    let place = |name: &str| {
        chart
            .rows
            .iter()
            .find(|r| r.label == name)
            .map(|r| r.position)
    };
    assert_eq!((place("Thanh Hóa"), place("Yên Bái")), (Some(15), Some(15)));
    assert_eq!(chart.rows[16].position, 17);
    assert_eq!(chart.rows.last().map(|r| r.position), Some(63));
    assert!(
        chart.bar_length(&chart.rows[0]) > chart.bar_length(&chart.rows[62]),
        "the best bar is the longest"
    );
}

#[test]
fn scores_put_the_highest_first() {
    let chart = ranking("?view=ranking&indicator=dti-score&time=2021");
    assert_eq!(chart.rows[0].label, "Đà Nẵng");
    assert_eq!(chart.rows[0].value_text, "0,6419");
    let values: Vec<f64> = chart.rows.iter().map(|r| r.value).collect();
    assert!(
        values.windows(2).all(|w| w[0] >= w[1]),
        "descending scores: {values:?}"
    );
}

#[test]
fn the_region_filter_keeps_only_its_provinces() {
    let data = shipped();
    let chart = ranking("?view=ranking&indicator=dti-rank&time=2022&region=red-river-delta");
    assert_eq!(chart.rows.len(), 11);
    for row in &chart.rows {
        let Area::Province(ix) = row.area else {
            panic!("a province")
        };
        assert_eq!(data.provinces()[ix].region, Region::RedRiverDelta);
    }
    assert!(chart.subtitle.contains("Đồng bằng sông Hồng"));
}

#[test]
fn selected_provinces_stand_out() {
    let chart = ranking("?view=ranking&provinces=hai-duong~thanh-hoa&time=2022");
    let highlighted: Vec<&str> = chart
        .rows
        .iter()
        .filter(|r| r.highlighted)
        .map(|r| r.label.as_str())
        .collect();
    assert_eq!(highlighted, ["Hải Dương", "Thanh Hóa"]);
    assert!(chart
        .rows
        .iter()
        .filter(|r| !r.highlighted)
        .all(|r| r.colour == MUTED));
    assert!(chart
        .rows
        .iter()
        .filter(|r| r.highlighted)
        .all(|r| r.colour != MUTED));
}

#[test]
fn the_pointer_and_arrow_keys_find_rows() {
    let data = shipped();
    let state = decode("?view=ranking&time=2022", data).state;
    let content = ranking_chart(data, &state);
    let mut svg = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, (900, 1400)).into_drawing_area();
        draw_content(&root, &content, 1.0, None)
            .expect("drawn")
            .expect("a frame")
    };
    let Frame::Rows(rows) = frame else {
        panic!("rows")
    };
    for row in [0, 14, 62] {
        let y = rows.top + rows.row_height * (row as f64 + 0.5);
        assert_eq!(
            hit_content(&content, &frame, 300.0, y, 10.0),
            Some(Hit {
                series: row,
                point: 0
            })
        );
    }
    assert_eq!(
        hit_content(&content, &frame, 300.0, rows.top - 5.0, 10.0),
        None
    );
    let first = step(&content, None, "ArrowDown");
    assert_eq!(
        first,
        Some(Hit {
            series: 0,
            point: 0
        })
    );
    assert_eq!(
        step(&content, first, "ArrowDown"),
        Some(Hit {
            series: 1,
            point: 0
        })
    );
    assert_eq!(
        step(&content, first, "End"),
        Some(Hit {
            series: 62,
            point: 0
        })
    );
    let tip = tooltip_content(
        data,
        &content,
        state.indicator,
        Hit {
            series: 0,
            point: 0,
        },
    )
    .expect("a tooltip");
    assert_eq!(tip.heading, "Đà Nẵng · 2022");
    assert_eq!(tip.value, "hạng 1/63");
    assert!(svg.contains("Đà Nẵng"), "names are drawn");
}

/// DTI 2023 ranks of the 63: printed where a source printed one, else by the official
/// table's order (said so), and a printed rank the table's order contradicts is named,
/// so that Hậu Giang's printed 19th beside Ninh Bình's 19th is never read as a tie.
#[test]
fn a_ranking_of_derived_ranks_says_so_and_names_a_contradicted_printed_rank() {
    let chart = ranking("?view=ranking&indicator=dti-rank&time=2023");
    assert_eq!(chart.rows.len(), 63);
    assert!(
        chart
            .subtitle
            .contains("hạng không in sẵn theo thứ tự bảng xếp hạng chính thức"),
        "{}",
        chart.subtitle
    );
    assert!(
        chart
            .subtitle
            .contains("Hậu Giang được in hạng 19, theo thứ tự bảng xếp hạng chính thức là 20"),
        "{}",
        chart.subtitle
    );
    let derived = chart
        .rows
        .iter()
        .filter(|r| r.published_rank.is_some_and(|p| p.derived))
        .count();
    let printed = chart.rows.len() - derived;
    assert!(
        derived > 30 && printed >= 10,
        "{derived} derived, {printed} printed"
    );
}
