//! The slope chart: two years of the selected places (or the top and bottom 5), each line
//! labelled at both ends with its value and change, labels that never overlap, ranks with
//! 1 on top, places with one end named and not drawn, and nothing across a method break.

use cds_explorer::core::charts::registry::{
    content_height, draw_content, hit_content, slope_chart, tooltip_content, ChartContent, Frame,
};
use cds_explorer::core::charts::shared::empty::EmptyReason;
use cds_explorer::core::charts::slope::labels::stack;
use cds_explorer::core::charts::slope::spec::SlopeChart;
use cds_explorer::core::view::url::decode;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::common::shipped;

fn slope(query: &str) -> SlopeChart {
    match slope_chart(shipped(), &decode(query, shipped()).state) {
        ChartContent::Slope(chart) => *chart,
        other => panic!("no slope chart for {query}: {other:?}"),
    }
}

/// The chart drawn as SVG at `width`, its texts, and where it landed.
fn drawn(query: &str, width: u32) -> (Vec<String>, Frame, ChartContent) {
    let content = slope_chart(shipped(), &decode(query, shipped()).state);
    let height = content_height(&content, f64::from(width)).round() as u32;
    let mut out = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        let frame = draw_content(&root, &content, 1.0, None)
            .expect("drawn")
            .expect("a frame");
        root.present().expect("presented");
        frame
    };
    let texts = out
        .split("<text")
        .skip(1)
        .filter_map(|element| {
            let body = &element[element.find('>')? + 1..];
            Some(body[..body.find("</text>")?].trim().to_string())
        })
        .collect();
    (texts, frame, content)
}

#[test]
fn two_provinces_have_both_labels_and_both_changes() {
    let query = "?view=slope&indicator=dti-rank&time=2022..2023&provinces=ha-noi~quang-ninh";
    let chart = slope(query);
    assert_eq!(
        chart.title,
        "Chỉ số chuyển đổi số (DTI) – thứ hạng: 2022 và 2023"
    );
    let names: Vec<&str> = chart.lines.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Hà Nội", "Quảng Ninh"]);
    let (texts, _, _) = drawn(query, 800);
    for text in [
        "24",
        "6 Hà Nội ▲18",
        "3",
        "12 Quảng Ninh ▼9",
        "2022",
        "2023",
    ] {
        assert!(texts.iter().any(|t| t == text), "{text} not in {texts:?}");
    }
    // Ranks run down from 1: Quảng Ninh's 3 of 2022 is drawn above Hà Nội's 24.
    let frame = match drawn(query, 800).1 {
        Frame::Slope(frame) => frame,
        other => panic!("{other:?}"),
    };
    assert!(frame.y(&chart, 3.0) < frame.y(&chart, 24.0));
    // English.
    let en = slope(&format!("{query}&lang=en"));
    assert!(
        en.lines[0].change_words.starts_with("up 18 places on 2022"),
        "{}",
        en.lines[0].change_words
    );
}

#[test]
fn labels_never_overlap_even_for_equal_values() {
    let placed = stack(&[100.0, 100.0, 101.0, 300.0], 16.0, 0.0, 400.0);
    let mut sorted = placed.clone();
    sorted.sort_by(f64::total_cmp);
    assert!(
        sorted.windows(2).all(|w| w[1] - w[0] >= 16.0 - 1e-9),
        "{placed:?}"
    );
    // Pushed back up from the bottom, not off the plot.
    let placed = stack(&[395.0, 398.0, 400.0], 16.0, 0.0, 400.0);
    assert!(
        placed.iter().all(|&y| (0.0..=400.0).contains(&y)),
        "{placed:?}"
    );
    // Ten places of close scores, drawn: the right labels are 16 px apart or more.
    let query = "?view=slope&indicator=dti-score&time=2022..2023&provinces=";
    let (_, frame, content) = drawn(query, 360);
    let (Frame::Slope(frame), ChartContent::Slope(chart)) = (frame, content) else {
        panic!()
    };
    let (_, mut right) = frame.label_ys(&chart);
    right.sort_by(f64::total_cmp);
    assert!(right.windows(2).all(|w| w[1] - w[0] >= 15.9), "{right:?}");
}

#[test]
fn with_no_place_selected_it_shows_the_top_and_bottom_five() {
    let chart = slope("?view=slope&indicator=dti-rank&time=2022..2023&provinces=");
    assert_eq!(chart.lines.len(), 10);
    assert!(
        chart.subtitle.contains("5 đứng đầu và 5 cuối năm 2023"),
        "{}",
        chart.subtitle
    );
    assert_eq!(chart.lines[0].to_text, "1");
}

#[test]
fn places_with_one_end_are_named_and_not_drawn() {
    // DTI scores of 2020 were published for 14 provinces: Hà Nội's is not among them.
    let chart = slope("?view=slope&indicator=dti-score&time=2020..2022&provinces=hai-duong~ha-noi");
    let drawn: Vec<&str> = chart.lines.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(drawn, ["Hải Dương"]);
    assert!(chart.missing.contains("Hà Nội (2022)"), "{}", chart.missing);
    assert!(
        chart
            .subtitle
            .contains("chỉ có số liệu một năm, không vẽ: Hà Nội (2022)"),
        "{}",
        chart.subtitle
    );
}

#[test]
fn a_slope_across_a_method_break_is_not_drawn() {
    let state = decode(
        "?view=slope&indicator=pci-score&time=2016..2017&provinces=ha-noi",
        shipped(),
    )
    .state;
    assert_eq!(
        slope_chart(shipped(), &state),
        ChartContent::Empty(EmptyReason::MethodBreak)
    );
}

#[test]
fn a_line_is_found_under_the_pointer_and_its_tooltip_says_the_change() {
    let query = "?view=slope&indicator=dti-rank&time=2022..2023&provinces=ha-noi~quang-ninh";
    let (_, frame, content) = drawn(query, 800);
    let (Frame::Slope(f), ChartContent::Slope(chart)) = (&frame, &content) else {
        panic!()
    };
    // Halfway along Hà Nội's line.
    let x = (f.left + f.right) / 2.0;
    let y = (f.y(chart, 24.0) + f.y(chart, 6.0)) / 2.0;
    let hit = hit_content(&content, &frame, x, y, 18.0).expect("a line");
    assert_eq!(hit.series, 0);
    let index = shipped().find_indicator("dti-rank").unwrap();
    let tip = tooltip_content(shipped(), &content, index, hit).expect("a tooltip");
    assert_eq!(tip.heading, "Hà Nội · 2023");
    assert_eq!(
        tip.change.as_deref(),
        Some("tăng 18 bậc so với 2022 (24 → 6)")
    );
}
