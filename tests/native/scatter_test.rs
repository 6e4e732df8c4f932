//! The scatter plot: two indicators matched by year (one side within a year's tolerance,
//! and said), places missing a side named and never drawn, Spearman's ρ against a case
//! worked by hand, labels without overlap, axes fixed over the years, and its link.

use cds_explorer::core::charts::registry::{
    content_height, draw_content, scatter_chart, tooltip_content, ChartContent, Frame,
};
use cds_explorer::core::charts::scatter::labels::place;
use cds_explorer::core::charts::scatter::spec::ScatterChart;
use cds_explorer::core::charts::shared::hit::Hit;
use cds_explorer::core::query::correlation::{ranks, spearman};
use cds_explorer::core::view::url::{decode, encode};
use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::common::shipped;

fn scatter(query: &str) -> ScatterChart {
    match scatter_chart(shipped(), &decode(query, shipped()).state) {
        ChartContent::Scatter(chart) => *chart,
        other => panic!("no scatter for {query}: {other:?}"),
    }
}

#[test]
fn spearman_matches_a_case_worked_by_hand() {
    // Ranks with a tie share the mean of the ranks they span.
    assert_eq!(ranks(&[10.0, 20.0, 20.0, 30.0]), [1.0, 2.5, 2.5, 4.0]);
    // x ranks 1..5; y ranks 2,1,4,3,5: Σd² = 1+1+1+1+0 = 4, ρ = 1 − 6·4/(5·24) = 0.8.
    let rho = spearman(&[1.0, 2.0, 3.0, 4.0, 5.0], &[20.0, 10.0, 40.0, 30.0, 50.0]).unwrap();
    assert!((rho - 0.8).abs() < 1e-12, "{rho}");
    // The same order backwards is −1; too few pairs or one constant side give none.
    assert!((spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]).unwrap() + 1.0).abs() < 1e-12);
    assert_eq!(spearman(&[1.0, 2.0], &[1.0, 2.0]), None);
    assert_eq!(spearman(&[1.0, 2.0, 3.0], &[5.0, 5.0, 5.0]), None);
}

#[test]
fn a_bare_scatter_plots_papi_e_governance_against_dti_in_their_best_common_year() {
    let state = decode("?view=scatter", shipped()).state;
    let data = shipped();
    assert_eq!(data.indicator(state.indicator).unwrap().id, "papi-egov");
    assert_eq!(data.indicator(state.x.unwrap()).unwrap().id, "dti-score");
    let chart = scatter("?view=scatter");
    assert!(chart.dots.len() >= 55, "{} dots", chart.dots.len());
    let (rho, n) = chart.correlation.expect("a correlation");
    assert_eq!(n, chart.dots.len());
    assert!((-1.0..=1.0).contains(&rho));
    assert!(
        chart.subtitle.contains("tương quan hạng Spearman ρ = "),
        "{}",
        chart.subtitle
    );
    assert!(
        chart.subtitle.contains("không phải quan hệ nhân quả"),
        "{}",
        chart.subtitle
    );
    // The link of the bare scatter is the bare scatter.
    assert_eq!(encode(&state, data), "view=scatter");
}

#[test]
fn values_are_matched_by_year_and_a_neighbouring_year_is_said() {
    // DTI scores of 2021 are known for a few provinces only; PCI's last year is 2019:
    // DTI 2020 against PCI 2019 takes PCI from the year before, and says so.
    let chart =
        scatter("?view=scatter&indicator=dti-score&x=pci-score&time=2020&provinces=hai-duong");
    assert!(!chart.dots.is_empty());
    assert!(chart
        .dots
        .iter()
        .all(|d| d.x_year.get() == 2019 && d.y_year.get() == 2020));
    assert!(
        chart
            .subtitle
            .contains("lấy một chỉ số của năm liền kề (±1 năm)"),
        "{}",
        chart.subtitle
    );
    let dot = chart.dots.iter().find(|d| d.selected).expect("Hải Dương");
    assert!(
        dot.label(chart.year).ends_with("(x: 2019)"),
        "{}",
        dot.label(chart.year)
    );
    // Places without both values are named, never drawn.
    assert!(
        chart
            .missing
            .starts_with("không có số liệu cả hai chỉ số năm 2020, không vẽ: "),
        "{}",
        chart.missing
    );
    // DTI scores of 2020 were published for 14 provinces: those are the dots.
    assert_eq!(chart.dots.len(), 14);
    // A tooltip gives both values, each with its year and source.
    let index = shipped().find_indicator("dti-score").unwrap();
    let content = ChartContent::Scatter(Box::new(chart.clone()));
    let tip = tooltip_content(
        shipped(),
        &content,
        index,
        Hit {
            series: 0,
            point: 0,
        },
    )
    .unwrap();
    assert!(
        tip.value.starts_with("Chỉ số chuyển đổi số (DTI) – điểm: "),
        "{}",
        tip.value
    );
    assert!(tip.also[0].contains("(số liệu năm 2019)"), "{:?}", tip.also);
    assert!(tip.also[1].starts_with("Nguồn: "), "{:?}", tip.also);
}

#[test]
fn rank_axes_put_1_at_the_good_end_and_axes_stay_over_the_years() {
    let a = scatter("?view=scatter&indicator=dti-rank&x=dti-score&time=2022");
    let b = scatter("?view=scatter&indicator=dti-rank&x=dti-score&time=2023");
    assert_eq!(a.y_domain.1, 1.0);
    assert!(a.y_domain.0 >= 63.0);
    assert_eq!((a.x_domain, a.y_domain), (b.x_domain, b.y_domain));
    // A rank against its own score: the better score, the better rank — ρ near 1.
    assert!(a.correlation.unwrap().0 > 0.95, "{:?}", a.correlation);
}

#[test]
fn labels_never_overlap() {
    let anchors: Vec<(f64, f64, f64)> = (0..12)
        .map(|i| (200.0 + f64::from(i % 3), 200.0, 4.0))
        .collect();
    let sizes = vec![(60.0, 14.0); 12];
    let placed = place(&anchors, &sizes, (0.0, 0.0, 500.0, 500.0));
    let rects: Vec<_> = placed.iter().flatten().map(|p| p.rect).collect();
    assert!(rects.len() >= 8, "{} of 12 placed", rects.len());
    for (i, a) in rects.iter().enumerate() {
        assert!(a.0 >= 0.0 && a.2 <= 500.0 && a.1 >= 0.0 && a.3 <= 500.0);
        for b in &rects[i + 1..] {
            assert!(
                !(a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3),
                "{a:?} overlaps {b:?}"
            );
        }
    }
}

#[test]
fn selected_places_are_labelled_in_the_svg() {
    let query = "?view=scatter&indicator=papi-egov&x=dti-score&time=2023&provinces=ha-noi~da-nang";
    let content = scatter_chart(shipped(), &decode(query, shipped()).state);
    let height = content_height(&content, 800.0).round() as u32;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (800, height)).into_drawing_area();
        let frame = draw_content(&root, &content, 1.0, None).unwrap().unwrap();
        assert!(matches!(frame, Frame::Scatter(_)));
        root.present().unwrap();
    }
    let texts: Vec<String> = out
        .split("<text")
        .skip(1)
        .filter_map(|e| {
            let body = &e[e.find('>')? + 1..];
            Some(body[..body.find("</text>")?].trim().to_string())
        })
        .collect();
    assert!(texts.iter().any(|t| t == "Hà Nội"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Đà Nẵng"), "{texts:?}");
    let ChartContent::Scatter(chart) = &content else {
        panic!()
    };
    assert!(out.matches("<circle").count() >= chart.dots.len());
}

#[test]
fn value_axes_tick_at_round_numbers() {
    use cds_explorer::core::charts::shared::ticks::round_ticks;
    let ticks = round_ticks(0.18, 0.87, 4);
    let expected = [0.2, 0.4, 0.6, 0.8];
    assert_eq!(ticks.len(), expected.len(), "{ticks:?}");
    assert!(
        ticks
            .iter()
            .zip(expected)
            .all(|(a, b)| (a - b).abs() < 1e-9),
        "{ticks:?}"
    );
    assert_eq!(round_ticks(58.8, 74.1, 4), [60.0, 65.0, 70.0]);
    assert_eq!(round_ticks(3.0, 3.0, 4), [3.0]);
}
