//! The map view: geometry joined on ISO codes, fills from the sequential scale with
//! darker for better, grey for no data, labelled archipelagos, and the pointer mapped
//! back to a province through the projection.

use std::collections::HashSet;

use cds_explorer::core::chart::ChartContent;
use cds_explorer::core::draw::draw_content;
use cds_explorer::core::geo::geography;
use cds_explorer::core::hover::{hit_content, tooltip_content, Frame};
use cds_explorer::core::map::{goodness, map_chart, shade, MapChart, NO_DATA};
use cds_explorer::core::model::Better;
use cds_explorer::core::palette::Rgb;
use cds_explorer::core::url::decode;
use plotters::prelude::*;

use super::common::shipped;

fn map(query: &str) -> MapChart {
    let data = shipped();
    match map_chart(data, &decode(query, data).state) {
        ChartContent::Map(chart) => *chart,
        other => panic!("{query}: {other:?}"),
    }
}

fn luminance(c: Rgb) -> f64 {
    0.2126 * f64::from(c.0) + 0.7152 * f64::from(c.1) + 0.0722 * f64::from(c.2)
}

#[test]
fn the_geometry_joins_every_province_on_its_code() {
    let geo = geography();
    assert!(geo.errors.is_empty(), "{:?}", geo.errors);
    assert_eq!(geo.provinces.len(), 63);
    assert_eq!(geo.islands.len(), 2);
    let chart = map("?view=map");
    assert_eq!(chart.regions.len(), 63, "every feature matched a province");
}

#[test]
fn dti_2022_rank_fills_all_63_provinces_from_the_scale() {
    let chart = map("?view=map&indicator=dti-rank&time=2022");
    assert!(chart
        .regions
        .iter()
        .all(|r| r.value.is_some() && r.fill != NO_DATA));
    let fills: HashSet<Rgb> = chart.regions.iter().map(|r| r.fill).collect();
    let values: HashSet<u64> = chart
        .regions
        .iter()
        .filter_map(|r| r.value.map(f64::to_bits))
        .collect();
    // One fill per distinct value: 62, because Thanh Hóa and Yên Bái share 15th place.
    assert_eq!(values.len(), 62);
    assert_eq!(fills.len(), values.len());
    let fill_of = |name: &str| {
        chart
            .regions
            .iter()
            .find(|r| r.label == name)
            .map(|r| r.fill)
            .expect(name)
    };
    assert!(
        luminance(fill_of("Đà Nẵng")) < luminance(fill_of("Hà Giang")),
        "first place is darker than 57th"
    );
    assert_eq!(chart.legend.len(), 6);
    assert_eq!(chart.legend[0].1, "1");
    assert_eq!(chart.legend[5], (NO_DATA, "không có số liệu".to_string()));
}

#[test]
fn darker_is_better_in_both_directions() {
    let domain = (1.0, 63.0);
    assert_eq!(goodness(1.0, domain, Better::Lower), 1.0);
    assert_eq!(goodness(63.0, domain, Better::Lower), 0.0);
    assert_eq!(goodness(63.0, domain, Better::Higher), 1.0);
    let steps: Vec<f64> = (0..=10)
        .map(|i| luminance(shade(f64::from(i) / 10.0)))
        .collect();
    assert!(
        steps.windows(2).all(|w| w[0] > w[1]),
        "each step darker: {steps:?}"
    );
    // The lightest value is still blue; "no data" is a neutral grey, so they never meet.
    let lightest = shade(0.0);
    assert!(
        i32::from(lightest.2) - i32::from(lightest.0) > 20,
        "{lightest:?} is bluish"
    );
    let spread = [NO_DATA.0, NO_DATA.1, NO_DATA.2].iter().max().unwrap_or(&0)
        - [NO_DATA.0, NO_DATA.1, NO_DATA.2].iter().min().unwrap_or(&0);
    assert!(spread <= 12, "no-data is neutral: {NO_DATA:?}");
}

#[test]
fn provinces_without_data_are_grey_and_islands_are_named() {
    let chart = map("?view=map&indicator=dti-score&time=2022");
    let grey = chart.regions.iter().filter(|r| r.fill == NO_DATA).count();
    let with_data = chart.regions.iter().filter(|r| r.value.is_some()).count();
    assert_eq!(grey + with_data, 63);
    assert!(grey > 40, "{grey} provinces have no 2022 score");
    let names: Vec<&str> = chart.islands.iter().map(|i| i.label.as_str()).collect();
    assert!(names.contains(&"Quần đảo Hoàng Sa") && names.contains(&"Quần đảo Trường Sa"));
    let english = map("?view=map&lang=en&time=2022");
    assert!(english
        .islands
        .iter()
        .any(|i| i.label.starts_with("Hoang Sa")));
}

#[test]
fn the_pointer_finds_the_province_under_it() {
    let data = shipped();
    let state = decode("?view=map&indicator=dti-rank&time=2022", data).state;
    let content = map_chart(data, &state);
    let ChartContent::Map(chart) = &content else {
        panic!("a map")
    };
    let mut svg = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, (900, 900)).into_drawing_area();
        draw_content(&root, &content, 1.0, None)
            .expect("drawn")
            .expect("a frame")
    };
    let Frame::Map(projection) = frame else {
        panic!("a map frame")
    };
    for (name, lon, lat) in [
        ("Thanh Hóa", 105.3, 20.0),
        ("Gia Lai", 108.2, 13.8),
        ("Hà Nội", 105.8, 21.0),
    ] {
        let (x, y) = projection.project((lon, lat));
        let hit = hit_content(&content, &frame, x, y, 0.0).expect(name);
        assert_eq!(chart.regions[hit.series].label, name);
        let tip = tooltip_content(data, &content, state.indicator, hit).expect("a tooltip");
        assert!(
            tip.heading.starts_with(name) && tip.value.starts_with("hạng "),
            "{tip:?}"
        );
    }
    let (x, y) = projection.project((112.0, 20.0)); // the sea
    assert_eq!(hit_content(&content, &frame, x, y, 0.0), None);
    assert!(svg.contains("Quần đảo Hoàng Sa") && svg.contains("Quần đảo Trường Sa"));
}

#[test]
fn the_34_units_show_the_values_published_for_them() {
    let chart = map("?view=map&units=34&indicator=dti-rank&time=2024&provinces=hai-duong");
    assert_eq!(chart.regions.len(), 34);
    let hai_phong = chart
        .regions
        .iter()
        .find(|r| r.label == "Hải Phòng (sau sáp nhập)")
        .expect("Hải Phòng");
    assert_eq!(hai_phong.value, Some(3.0), "3rd of 34 in DTI 2024");
    assert!(hai_phong.selected, "it absorbed the selected Hải Dương");
    let with_data = chart.regions.iter().filter(|r| r.value.is_some()).count();
    assert!(
        (5..34).contains(&with_data),
        "values only where the data has them: {with_data}"
    );
    assert!(chart.subtitle.contains("34 đơn vị từ 1/7/2025"));
    assert!(geography().merged_units.len() == 34);
}

#[test]
fn a_year_without_values_shows_its_map_all_grey() {
    // The 34 units have DTI ranks from 2023 on; 2022 has none.
    let chart = map("?view=map&units=34&time=2022");
    assert_eq!(chart.regions.len(), 34);
    assert!(chart
        .regions
        .iter()
        .all(|r| r.value.is_none() && r.fill == NO_DATA));
    assert_eq!(
        chart.legend,
        vec![(NO_DATA, "không có số liệu".to_string())]
    );
    assert!(chart.subtitle.contains("0/34"), "{}", chart.subtitle);
    assert!(
        chart.source_line.contains("năm khác"),
        "{}",
        chart.source_line
    );
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (900, 900)).into_drawing_area();
        let content = ChartContent::Map(Box::new(chart));
        draw_content(&root, &content, 1.0, None).expect("drawn");
    }
    assert!(svg.matches("<polygon").count() + svg.matches("<path").count() >= 34);
}

#[test]
fn island_labels_stay_inside_a_phone_wide_map() {
    use cds_explorer::core::draw_map::map_height;
    use cds_explorer::core::draw_text::text_width;
    let content = ChartContent::Map(Box::new(map("?view=map&time=2022")));
    let width = 360_u32;
    let height = map_height(f64::from(width)).round() as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw_content(&root, &content, 1.0, None).expect("drawn");
    }
    let document = roxmltree::Document::parse(&svg).expect("valid SVG");
    let style = ("sans-serif", 11.0).into_font().style(FontStyle::Italic);
    let labels: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter(|n| n.text().is_some_and(|t| t.contains("Quần đảo")))
        .collect();
    assert_eq!(labels.len(), 2);
    for label in labels {
        let x: f64 = label
            .attribute("x")
            .and_then(|x| x.parse().ok())
            .expect("x");
        let text = label.text().unwrap_or_default().trim();
        let right = x + text_width(text, &style.color(&BLACK));
        assert!(right <= f64::from(width), "{text} ends at {right}");
    }
}
