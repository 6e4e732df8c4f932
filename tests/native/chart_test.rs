//! Chart specs and drawing: the chart drawn into an SVG string.

use cds_explorer::core::charts::line::draw::draw_line_chart;
use cds_explorer::core::charts::line::spec::LineChart;
use cds_explorer::core::charts::registry::{line_chart, ChartContent};
use cds_explorer::core::charts::shared::empty::EmptyReason;
use cds_explorer::core::view::state::ViewState;
use cds_explorer::core::view::url::decode;
use plotters::prelude::*;

use super::common::shipped;

fn chart_of(query: &str) -> ChartContent {
    let data = shipped();
    line_chart(data, &decode(query, data).state)
}

fn line(query: &str) -> LineChart {
    match chart_of(query) {
        ChartContent::Line(chart) => *chart,
        other => panic!("{query}: expected a chart, got {other:?}"),
    }
}

fn svg(chart: &LineChart, width: u32) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, 480)).into_drawing_area();
        draw_line_chart(&root, chart, 1.0, None).expect("drawn");
        root.present().expect("presented");
    }
    out
}

#[test]
fn the_acceptance_link_names_both_provinces() {
    let chart = line("?provinces=hai-duong~thanh-hoa&indicator=dti-rank&time=2020..2024");
    assert_eq!(
        chart.aria_label,
        "Biểu đồ đường: Chỉ số chuyển đổi số (DTI) – thứ hạng, 2020–2024, của Hải Dương và Thanh Hóa."
    );
    let english = line("?provinces=hai-duong~thanh-hoa&lang=en");
    assert_eq!(
        english.aria_label,
        "Line chart: Digital Transformation Index (DTI) – rank, 2020–2024, for Hai Duong and Thanh Hoa."
    );
}

#[test]
fn ranks_put_first_place_on_top_and_scores_do_not() {
    let rank = line("?provinces=hai-duong~thanh-hoa");
    assert!(rank.invert_y);
    assert_eq!(rank.y_ticks.first(), Some(&1.0));
    assert!(
        rank.y_domain.1 >= 15.0 && rank.y_domain.1 <= 63.0,
        "{:?}",
        rank.y_domain
    );
    let score = line("?provinces=da-nang~thanh-hoa&indicator=dti-score");
    assert!(!score.invert_y);
    assert!(
        score.y_domain.0 >= 0.0 && score.y_domain.1 <= 1.0,
        "{:?}",
        score.y_domain
    );
    assert!(score
        .y_ticks
        .iter()
        .all(|t| (score.y_domain.0..=score.y_domain.1).contains(t)));
}

#[test]
fn gaps_split_lines_and_colours_are_distinct() {
    let chart = line("?provinces=hai-duong~thanh-hoa~da-nang~ha-noi~ho-chi-minh");
    let colours: std::collections::HashSet<_> = chart.series.iter().map(|s| s.colour).collect();
    assert_eq!(colours.len(), 5, "five provinces, five colours");
    let ha_noi = &chart.series[3];
    let years: Vec<u16> = ha_noi.points.iter().map(|p| p.0.get()).collect();
    assert_eq!(
        years,
        [2020, 2022, 2023, 2024],
        "Hà Nội has no 2021 rank (2024's is worked out from the complete table)"
    );
    assert_eq!(ha_noi.runs().len(), 2, "the 2021 gap breaks the line");
}

#[test]
fn a_province_keeps_its_colour_when_others_change() {
    let alone = line("?provinces=thanh-hoa");
    let with_others = line("?provinces=hai-duong~da-nang~thanh-hoa");
    let colour_of = |chart: &LineChart| {
        chart
            .series
            .iter()
            .find(|s| s.label == "Thanh Hóa")
            .map(|s| s.colour)
    };
    assert!(colour_of(&alone).is_some());
    assert_eq!(colour_of(&alone), colour_of(&with_others));
}

#[test]
fn empty_choices_explain_themselves() {
    assert_eq!(
        chart_of("?provinces="),
        ChartContent::Empty(EmptyReason::NoProvinces)
    );
    // Thái Bình has no PCI 2019–2021 sub-index in the data.
    assert_eq!(
        chart_of("?provinces=thai-binh&indicator=pci-transparency"),
        ChartContent::Empty(EmptyReason::NoData)
    );
}

#[test]
fn the_svg_has_a_line_per_province_and_its_texts() {
    let chart = line("?provinces=thanh-hoa~da-nang~quang-ninh&time=2020..2022");
    for width in [960, 320] {
        let svg = svg(&chart, width);
        // Each province with two consecutive years or more is one polyline per run.
        let expected_lines: usize = chart
            .series
            .iter()
            .map(|s| s.runs().iter().filter(|r| r.len() > 1).count())
            .sum();
        assert!(expected_lines >= 3, "{expected_lines}");
        let texts = svg_texts(&svg);
        let series_strokes: Vec<String> = chart
            .series
            .iter()
            .map(|s| format!("stroke=\"{}\"", s.colour.hex().to_uppercase()))
            .collect();
        let series_lines = svg
            .split('<')
            .filter(|element| element.starts_with("polyline"))
            .filter(|element| series_strokes.iter().any(|stroke| element.contains(stroke)))
            .count();
        assert_eq!(series_lines, expected_lines, "width {width}");
        let joined = texts.join(" ");
        for phrase in [
            "Chỉ số chuyển đổi số (DTI) – thứ hạng",
            "Nguồn: Bộ Thông tin và Truyền thông",
        ] {
            assert!(
                joined.contains(phrase),
                "width {width}: {phrase:?} missing in {texts:?}"
            );
        }
        for text in [
            "Năm",
            "thứ hạng (1 = cao nhất)",
            "Thanh Hóa",
            "Đà Nẵng",
            "Quảng Ninh",
            "2021",
            "1",
        ] {
            assert!(
                texts.iter().any(|t| t == text),
                "width {width}: {text:?} missing in {texts:?}"
            );
        }
        let title_whole = texts
            .iter()
            .any(|t| t == "Chỉ số chuyển đổi số (DTI) – thứ hạng");
        assert_eq!(
            title_whole,
            width > 600,
            "width {width}: the title wraps only when narrow"
        );
    }
}

#[test]
fn the_default_view_draws() {
    let data = shipped();
    let ChartContent::Line(chart) = line_chart(data, &ViewState::default_for(data)) else {
        panic!("the default view must have data");
    };
    assert!(!svg(&chart, 800).is_empty());
}

/// The contents of every `<text>` element, trimmed.
fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|element| {
            let body = &element[element.find('>')? + 1..];
            Some(body[..body.find("</text>")?].trim().to_string())
        })
        .collect()
}

#[test]
fn value_axes_stay_inside_their_unit_and_show_lone_values() {
    let cases = [
        // A single 100 % share: the axis ends at 100, not above.
        "?provinces=hai-duong&indicator=agencies-lan-share&time=2022",
        // A single score of 1: the axis ends at 1.
        "?provinces=da-nang&indicator=dti-awareness-score&time=2022",
        // A count of 2: whole-number ticks from 0.
        "?provinces=thanh-hoa&indicator=villages-without-coverage&time=2024",
    ];
    for query in cases {
        let chart = line(query);
        let unit_max = chart.unit.range(Some(63)).1;
        let (low, high) = chart.y_domain;
        assert!(
            low < high && high <= unit_max + 1e-9,
            "{query}: {:?}",
            chart.y_domain
        );
        for series in &chart.series {
            for &(_, value) in &series.points {
                assert!(
                    value >= low && value <= high,
                    "{query}: {value} in {low}..{high}"
                );
                assert!(value > low, "{query}: the value is not on the bottom edge");
            }
        }
        if chart.unit == cds_explorer::core::data::model::Unit::Count {
            assert!(
                chart.y_ticks.iter().all(|t| t.fract() == 0.0),
                "{query}: {:?}",
                chart.y_ticks
            );
            assert_eq!(low, 0.0);
        }
    }
}

#[test]
fn on_a_phone_the_plot_is_at_least_220_px_tall_and_titles_stay_above_it() {
    use cds_explorer::core::charts::line::draw::MIN_PLOT_HEIGHT;
    use cds_explorer::core::charts::registry::content_height;
    for query in [
        "?provinces=hai-duong~thanh-hoa~da-nang",
        "?provinces=hai-duong~thanh-hoa~da-nang~ha-noi~hai-phong~quang-ninh&indicator=pci-score",
    ] {
        let data = shipped();
        let content = line_chart(data, &decode(query, data).state);
        let ChartContent::Line(chart) = &content else {
            panic!("{query}: {content:?}");
        };
        for width in [320u32, 360, 414] {
            let height = content_height(&content, f64::from(width)).round() as u32;
            let mut out = String::new();
            let frame = {
                let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
                let frame = draw_line_chart(&root, chart, 1.0, None).expect("drawn");
                root.present().expect("presented");
                frame
            };
            let plot = frame.bottom - frame.top;
            assert!(
                plot >= MIN_PLOT_HEIGHT - 1.0,
                "{query} at {width}px: plot {plot} px tall"
            );
            let title = cds_explorer::core::charts::shared::frame::frame_height(
                &chart.title,
                &chart.subtitle,
                &chart.source_line,
                f64::from(width),
            );
            assert!(
                frame.top > title * 0.5,
                "the plot starts below the titles at {width}px"
            );
        }
    }
}
