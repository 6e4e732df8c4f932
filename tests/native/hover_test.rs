//! Hover: the pointer maps to the nearest point through the drawing's own transform,
//! and the tooltip says place, year, value, rank, source, quote and disagreements.

use cds_explorer::core::charts::line::draw::draw_line_chart;
use cds_explorer::core::charts::line::hit::{hit_test, tooltip, PlotFrame};
use cds_explorer::core::charts::line::spec::LineChart;
use cds_explorer::core::charts::registry::{line_chart, ChartContent};
use cds_explorer::core::charts::shared::hit::Hit;
use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::view::state::{Lang, ViewState};
use plotters::prelude::*;

use super::common::synthetic;
use super::query_test::view;

fn drawn(data: &Dataset, state: &ViewState) -> (LineChart, PlotFrame) {
    let ChartContent::Line(chart) = line_chart(data, state) else {
        panic!("the view has data");
    };
    let mut svg = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, (900, 500)).into_drawing_area();
        draw_line_chart(&root, &chart, 1.0, None).expect("drawn")
    };
    (*chart, frame)
}

#[test]
fn the_pointer_finds_the_nearest_point_and_nothing_far_away() {
    let data = synthetic();
    let state = view(&data, &["hai-duong", "thanh-hoa"], "dti-rank", 2020, 2022);
    let (chart, frame) = drawn(&data, &state);
    assert!(frame.left < frame.right && frame.top < frame.bottom);
    for (series, s) in chart.series.iter().enumerate() {
        for (point, &(year, value)) in s.points.iter().enumerate() {
            let (x, y) = frame.pixel(year, value);
            assert!(x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom);
            let hit = hit_test(&frame, &chart, x + 3.0, y - 2.0, 12.0);
            assert_eq!(hit, Some(Hit { series, point }), "{year} {value}");
        }
    }
    assert_eq!(
        hit_test(&frame, &chart, frame.left - 50.0, frame.top - 50.0, 12.0),
        None
    );
    // Rank 1 is at the top: a better rank is drawn higher.
    let (_, y13) = frame.pixel(chart.series[0].points[1].0, 13.0);
    let (_, y14) = frame.pixel(chart.series[0].points[0].0, 14.0);
    assert!(y13 < y14);
}

#[test]
fn tooltips_read_in_both_languages() {
    let data = synthetic();
    let mut state = view(&data, &["hai-duong"], "dti-rank", 2020, 2022);
    let (chart, _) = drawn(&data, &state);
    let tip = tooltip(
        &data,
        &chart,
        state.indicator,
        Hit {
            series: 0,
            point: 1,
        },
    )
    .expect("a tooltip");
    assert_eq!(tip.heading, "Hải Dương · 2022");
    assert_eq!(tip.value, "hạng 13/63");
    assert_eq!(tip.source, "Nguồn: Official table (Ministry)");
    assert_eq!(tip.quote, "13 Hải Dương");
    assert_eq!(
        tip.disagreement.as_deref(),
        Some("Nguồn khác ghi: 12 (Press article)")
    );

    state.lang = Lang::En;
    let (chart, _) = drawn(&data, &state);
    let tip = tooltip(
        &data,
        &chart,
        state.indicator,
        Hit {
            series: 0,
            point: 1,
        },
    )
    .expect("a tooltip");
    assert_eq!(tip.heading, "Hai Duong · 2022");
    assert_eq!(tip.value, "rank 13/63");
    assert_eq!(tip.source, "Source: Official table (Ministry)");
    assert_eq!(
        tip.disagreement.as_deref(),
        Some("Another source gives: 12 (Press article)")
    );

    let rates = view(&data, &["hai-duong"], "online-dossier-rate", 2023, 2023);
    let (chart, _) = drawn(&data, &rates);
    let tip = tooltip(
        &data,
        &chart,
        rates.indicator,
        Hit {
            series: 0,
            point: 0,
        },
    )
    .expect("a tooltip");
    assert_eq!(tip.value, "81\u{a0}%");
    assert_eq!(
        tip.disagreement.as_deref(),
        Some("Nguồn khác ghi: 80,5\u{a0}% (Press article)")
    );
}

#[test]
fn a_score_tooltip_gives_the_rank_of_the_same_year() {
    let data = super::common::shipped();
    let state = cds_explorer::core::view::url::decode(
        "?provinces=thanh-hoa&indicator=dti-score&time=2021",
        data,
    )
    .state;
    let (chart, _) = drawn(data, &state);
    let tip = tooltip(
        data,
        &chart,
        state.indicator,
        Hit {
            series: 0,
            point: 0,
        },
    )
    .expect("a tooltip");
    assert_eq!(tip.value, "0,4880");
    assert_eq!(tip.rank.as_deref(), Some("hạng 12/63"));
}

#[test]
fn targets_are_hollow_dashed_and_reachable() {
    let data = synthetic();
    // Thanh Hóa: actual ranks 2020–2021 and a 2025 target of the top 10.
    let state = view(&data, &["thanh-hoa"], "dti-rank", 2020, 2025);
    let (chart, frame) = drawn(&data, &state);
    let series = &chart.series[0];
    assert_eq!(series.targets.len(), 1);
    assert_eq!(
        series.before(series.targets[0].0).map(|p| p.1),
        Some(12.0),
        "joined to 2021's 12th"
    );
    assert_eq!(chart.target_label.as_deref(), Some("mục tiêu"));
    assert!(
        chart.source_line.contains("Newspaper"),
        "the target's source is credited: {}",
        chart.source_line
    );
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (900, 500)).into_drawing_area();
        draw_line_chart(&root, &chart, 1.0, None).expect("drawn");
    }
    let colour = series.colour.hex().to_uppercase();
    let hollow = svg
        .split('<')
        .filter(|e| e.starts_with("circle") && e.contains("fill=\"none\"") && e.contains(&colour))
        .count();
    assert_eq!(hollow, 1, "one hollow target marker");
    let (x, y) = frame.pixel(series.targets[0].0, series.targets[0].1);
    let hit = hit_test(&frame, &chart, x, y, 10.0).expect("the target is under the pointer");
    assert_eq!(
        hit,
        Hit {
            series: 0,
            point: 2
        }
    );
    let tip = tooltip(&data, &chart, state.indicator, hit).expect("a tooltip");
    assert_eq!(tip.heading, "Thanh Hóa · 2025");
    assert_eq!(tip.kind.as_deref(), Some("mục tiêu"));
    // Without the target year in view, there is no target.
    let (chart, _) = drawn(&data, &view(&data, &["thanh-hoa"], "dti-rank", 2020, 2024));
    assert!(chart.series[0].targets.is_empty() && chart.target_label.is_none());
}

#[test]
fn the_hovered_place_survives_a_change_and_arrows_keep_the_year() {
    use cds_explorer::core::charts::registry::{remap, step};
    let data = super::common::shipped();
    let chart_of = |query: &str| {
        line_chart(
            data,
            &cds_explorer::core::view::url::decode(query, data).state,
        )
    };
    // Đà Nẵng 2023 hovered; removing Hải Dương keeps it hovered.
    let before = chart_of("?provinces=hai-duong~da-nang&time=2020..2024");
    let after = chart_of("?provinces=da-nang&time=2020..2024");
    let ChartContent::Line(b) = &before else {
        panic!("a chart")
    };
    let point = (0..b.series[1].len())
        .find(|&p| b.series[1].point(p).map(|((y, _), _)| y.get()) == Some(2023))
        .expect("2023");
    let moved = remap(&before, &after, Hit { series: 1, point }).expect("still there");
    let ChartContent::Line(a) = &after else {
        panic!("a chart")
    };
    assert_eq!(
        a.series[moved.series]
            .point(moved.point)
            .map(|((y, _), _)| y.get()),
        Some(2023)
    );
    assert_eq!(
        remap(
            &before,
            &chart_of("?provinces=thanh-hoa"),
            Hit { series: 1, point }
        ),
        None
    );
    // ↓ from Đà Nẵng 2023 goes to the next line's nearest year, not its 4th point.
    let two = chart_of("?provinces=da-nang~viet-nam&indicator=dti-score&time=2020..2024");
    let ChartContent::Line(c) = &two else {
        panic!("a chart")
    };
    let from = (0..c.series[0].len())
        .find(|&p| c.series[0].point(p).map(|((y, _), _)| y.get()) == Some(2023))
        .expect("2023");
    let to = step(
        &two,
        Some(Hit {
            series: 0,
            point: from,
        }),
        "ArrowDown",
    )
    .expect("a step");
    assert_eq!(
        c.series[to.series]
            .point(to.point)
            .map(|((y, _), _)| y.get()),
        Some(2023)
    );
}

#[test]
fn a_ranking_is_tall_enough_for_a_wrapped_title() {
    use cds_explorer::core::charts::registry::content_height;
    let data = super::common::shipped();
    let state = cds_explorer::core::view::url::decode(
        "?view=ranking&time=2022&region=northern-midlands-mountains",
        data,
    )
    .state;
    let content = cds_explorer::core::charts::registry::ranking_chart(data, &state);
    let (narrow, wide) = (
        content_height(&content, 330.0),
        content_height(&content, 1000.0),
    );
    assert!(
        narrow > wide,
        "the header wraps on a phone: {narrow} vs {wide}"
    );
    // Drawn at the narrow height, the last row ends above the source line.
    let mut svg = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, (330, narrow as u32)).into_drawing_area();
        cds_explorer::core::charts::registry::draw_content(&root, &content, 1.0, None)
            .expect("drawn")
            .expect("a frame")
    };
    let cds_explorer::core::charts::registry::Frame::Rows(rows) = frame else {
        panic!("rows")
    };
    let last_row_bottom = rows.top + rows.row_height * rows.rows as f64;
    assert!(
        last_row_bottom <= narrow - 15.0 * 2.0,
        "{last_row_bottom} leaves room for the source line in {narrow}"
    );
}

#[test]
fn a_quote_in_another_language_than_the_page_says_so() {
    use cds_explorer::core::charts::shared::tooltip::tooltip_for;
    use cds_explorer::core::data::model::{Area, Year};
    use cds_explorer::core::text::quote_language::{
        foreign_quote_label, quote_language, QuoteLanguage,
    };
    let cases = [
        ("Hải Dương xếp thứ 13/63", Some(QuoteLanguage::Vietnamese)),
        ("DA NANG ĐỨNG ĐẦU", Some(QuoteLanguage::Vietnamese)),
        ("former Da Nang ranked 2nd", Some(QuoteLanguage::English)),
        ("ダナンがトップ", Some(QuoteLanguage::Japanese)),
        ("义安省排名上升7位", Some(QuoteLanguage::Chinese)),
        ("0,6077 – 13/63", None),
        ("Gia Lai 24 (0,602)", None),
        ("Thanh Hóa (0,4880)", Some(QuoteLanguage::Vietnamese)),
        (
            "In 2022, Đà Nẵng ranked first among the 63 provinces and cities",
            Some(QuoteLanguage::English),
        ),
    ];
    for (quote, language) in cases {
        assert_eq!(quote_language(quote), language, "{quote}");
    }
    assert_eq!(
        foreign_quote_label("ranked 2nd", Lang::Vi),
        Some("Trích nguyên văn tiếng Anh")
    );
    assert_eq!(foreign_quote_label("xếp thứ hai", Lang::Vi), None);
    assert_eq!(
        foreign_quote_label("xếp thứ hai", Lang::En),
        Some("Verbatim quote in Vietnamese")
    );
    // A value quoted in English: its tooltip labels the quote on the Vietnamese page only.
    let data = super::common::shipped();
    let (ix, observation) = data
        .observations()
        .iter()
        .enumerate()
        .find(|(_, o)| quote_language(&o.quote) == Some(QuoteLanguage::English))
        .expect("an English quote in the data");
    let (area, year): (Area, Year) = (observation.area, observation.year);
    let vi = tooltip_for(data, observation.indicator, area, year, ix, Lang::Vi).expect("a tooltip");
    assert_eq!(vi.quote_label, Some("Trích nguyên văn tiếng Anh"));
    assert_eq!(vi.quote_lang, Some("en"));
    let en = tooltip_for(data, observation.indicator, area, year, ix, Lang::En).expect("a tooltip");
    assert_eq!(en.quote_label, None);
}
