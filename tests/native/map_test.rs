//! The map view's chart layer: geometry joined on ISO codes, values in classes where
//! darker is better, "no data" hatched and unlike any class, labelled archipelagos,
//! and the Red River Delta's provinces picked for the inset. The drawing (names,
//! inset, layout, pointer) is tested in `map_draw_test.rs`.

use cds_explorer::core::charts::map::classes::{
    class_colour, class_of, classes, contrast_ratio, relative_luminance, MapClass, MAX_CLASSES,
    MIN_CONTRAST, NO_DATA_FILL, NO_DATA_HATCH,
};
use cds_explorer::core::charts::map::spec::MapChart;
use cds_explorer::core::charts::registry::{map_chart, ChartContent};
use cds_explorer::core::charts::shared::palette::Rgb;
use cds_explorer::core::data::embedded::geography;
use cds_explorer::core::data::model::{Better, Unit};
use cds_explorer::core::view::state::Lang;
use cds_explorer::core::view::url::decode;

use super::common::shipped;

#[path = "map_draw_test.rs"]
mod draw;

pub fn map(query: &str) -> MapChart {
    let data = shipped();
    match map_chart(data, &decode(query, data).state) {
        ChartContent::Map(chart) => *chart,
        other => panic!("{query}: {other:?}"),
    }
}

fn fill_of(chart: &MapChart, name: &str) -> Option<Rgb> {
    chart
        .regions
        .iter()
        .find(|r| r.label == name)
        .unwrap_or_else(|| panic!("{name} is on the map"))
        .fill
}

/// Every region with a value has the colour of the one class that holds it, and
/// every region without one is hatched.
fn assert_classed(chart: &MapChart) {
    let classes = &chart.legend.classes;
    for region in &chart.regions {
        match region.value {
            Some(value) => {
                let class = class_of(classes, value).expect("a class holds every value");
                assert_eq!(region.fill, Some(classes[class].colour), "{}", region.label);
                let holders = classes.iter().filter(|c| c.holds(value)).count();
                assert_eq!(holders, 1, "{} ({value}) is in one class", region.label);
            }
            None => assert_eq!(region.fill, None, "{} has no value", region.label),
        }
    }
}

/// Darker is better: each class, best first, is darker than the next.
fn assert_darker_is_better(classes: &[MapClass]) {
    let luminance: Vec<f64> = classes
        .iter()
        .map(|c| relative_luminance(c.colour))
        .collect();
    assert!(
        luminance.windows(2).all(|w| w[0] < w[1]),
        "best first, each darker than the next: {luminance:?}"
    );
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
fn dti_2022_ranks_fall_in_five_classes_of_whole_ranks() {
    let chart = map("?view=map&indicator=dti-rank&time=2022");
    assert!(chart.regions.iter().all(|r| r.fill.is_some()));
    assert_classed(&chart);
    let classes = &chart.legend.classes;
    let labels: Vec<&str> = classes.iter().map(|c| c.label.as_str()).collect();
    // 63 places (Thanh Hóa and Yên Bái share 15th) in classes of 12 or 13, best first.
    assert_eq!(labels, ["1–12", "13–25", "26–37", "38–50", "51–63"]);
    assert!(
        classes.windows(2).all(|w| w[0].high + 1.0 == w[1].low),
        "every whole rank in exactly one class"
    );
    assert_darker_is_better(classes);
    assert_eq!(
        fill_of(&chart, "Thanh Hóa"),
        fill_of(&chart, "Yên Bái"),
        "a tie shares its class"
    );
    let (first, worst) = (fill_of(&chart, "Đà Nẵng"), fill_of(&chart, "Hà Giang"));
    assert_eq!(
        first,
        Some(classes[0].colour),
        "1st is in the darkest class"
    );
    assert_eq!(
        worst,
        classes.last().map(|c| c.colour),
        "57th in the lightest"
    );
    assert_eq!(chart.legend.no_data, "không có số liệu");
    assert_eq!(chart.legend.note.as_deref(), Some("đậm hơn = tốt hơn"));
}

#[test]
fn scores_read_as_printed_best_class_first() {
    let chart = map("?view=map&indicator=dti-score&time=2022");
    assert_classed(&chart);
    let classes = &chart.legend.classes;
    assert_eq!(classes.len(), MAX_CLASSES);
    assert!(
        classes.windows(2).all(|w| w[0].low > w[1].high),
        "higher is better: the highest values first"
    );
    assert_darker_is_better(classes);
    // As few decimals as tell the classes apart: 0,702–0,800, never 0,70–0,80 beside
    // 0,68–0,70.
    let bounds: Vec<(&str, &str)> = classes
        .iter()
        .map(|c| c.label.split_once('–').expect("a range"))
        .collect();
    for (low, high) in &bounds {
        for end in [low, high] {
            assert!(
                end.starts_with("0,") && (4..=6).contains(&end.len()),
                "{end}"
            );
            assert_eq!(end.len(), bounds[0].0.len(), "one precision: {end}");
        }
    }
    assert!(bounds.windows(2).all(|w| w[0].0 != w[1].1), "{bounds:?}");
    let english = map("?view=map&indicator=dti-score&time=2022&lang=en");
    assert!(english.legend.classes[0].label.starts_with("0."));
    assert_eq!(english.legend.note.as_deref(), Some("darker = better"));
    assert_eq!(english.legend.no_data, "no data");
}

#[test]
fn no_class_reads_as_no_data() {
    assert_eq!(relative_luminance(Rgb(255, 255, 255)), 1.0);
    assert_eq!(relative_luminance(Rgb(0, 0, 0)), 0.0);
    assert!((contrast_ratio(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    // #777 on white is the classic 4.48:1.
    assert!((contrast_ratio(Rgb(0x77, 0x77, 0x77), Rgb(255, 255, 255)) - 4.48).abs() < 0.01);
    let mut lowest = f64::INFINITY;
    for count in 1..=MAX_CLASSES {
        for i in 0..count {
            let ratio = contrast_ratio(class_colour(i, count), NO_DATA_FILL);
            lowest = lowest.min(ratio);
            assert!(ratio >= MIN_CONTRAST, "class {i} of {count}: {ratio:.2}:1");
        }
    }
    for query in [
        "?view=map&indicator=dti-rank&time=2022",
        "?view=map&indicator=dti-score&time=2022",
        "?view=map&units=34&time=2024",
    ] {
        for class in map(query).legend.classes {
            let ratio = contrast_ratio(class.colour, NO_DATA_FILL);
            assert!(
                ratio >= MIN_CONTRAST,
                "{query} {}: {ratio:.2}:1",
                class.label
            );
        }
    }
    // The hatch shows on the white it is drawn over.
    assert!(contrast_ratio(NO_DATA_HATCH, NO_DATA_FILL) >= 2.0);
    println!("lowest class contrast against no data: {lowest:.2}:1");
    assert!(
        lowest < 2.5,
        "the worst class is still light: {lowest:.2}:1"
    );
}

#[test]
fn classes_follow_the_values() {
    let ranks = |values: &[f64]| classes(values, Unit::Rank, Better::Lower, Lang::Vi);
    assert!(ranks(&[]).is_empty());
    assert!(
        ranks(&[f64::NAN]).is_empty(),
        "values that are not numbers are left out"
    );
    let one = ranks(&[4.0, 4.0]);
    assert_eq!(one.len(), 1, "one distinct value, one class");
    assert_eq!(one[0].label, "4");
    let three = ranks(&[1.0, 2.0, 2.0, 9.0]);
    assert_eq!(three.len(), 3, "fewer classes than five for three values");
    let labels: Vec<&str> = three.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        ["1", "2–8", "9"],
        "whole ranks between classes stay in one"
    );
    // A tie never straddles two classes, whatever the cut.
    let tied = [1.0, 2.0, 2.0, 2.0, 2.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    let cut = ranks(&tied);
    for value in tied {
        assert_eq!(cut.iter().filter(|c| c.holds(value)).count(), 1, "{value}");
    }
    // Percentages that round alike at a tick's precision get a value's.
    let close = classes(
        &[10.01, 10.02, 10.03, 10.04, 10.05],
        Unit::Percent,
        Better::Higher,
        Lang::En,
    );
    let labels: Vec<&str> = close.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["10.05%", "10.04%", "10.03%", "10.02%", "10.01%"]);
}

#[test]
fn provinces_without_data_are_hatched_and_islands_are_named() {
    // DTI 2020: scores of 14 provinces were published (the complete tables start in 2022).
    let chart = map("?view=map&indicator=dti-score&time=2020");
    let hatched = chart.regions.iter().filter(|r| r.fill.is_none()).count();
    let with_data = chart.regions.iter().filter(|r| r.value.is_some()).count();
    assert_eq!(hatched + with_data, 63);
    assert_eq!(hatched, 63 - 14, "{hatched} provinces have no 2020 score");
    let names: Vec<&str> = chart.islands.iter().map(|i| i.label.as_str()).collect();
    assert!(names.contains(&"Quần đảo Hoàng Sa") && names.contains(&"Quần đảo Trường Sa"));
    let english = map("?view=map&lang=en&time=2022");
    assert!(english
        .islands
        .iter()
        .any(|i| i.label.starts_with("Hoang Sa")));
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
    // The ministry's 2024 table of the 34 units ranks every one of them.
    let with_data = chart.regions.iter().filter(|r| r.value.is_some()).count();
    assert_eq!(with_data, 34, "the 2024 table has all 34 units");
    assert!(
        chart.regions.iter().all(|r| r.fill.is_some()),
        "none hatched"
    );
    // A year without values for the 34 units: every one hatched.
    let before = map("?view=map&units=34&indicator=dti-rank&time=2022");
    assert!(before
        .regions
        .iter()
        .all(|r| r.value.is_none() && r.fill.is_none()));
    assert_classed(&chart);
    assert!(chart.subtitle.contains("34 đơn vị từ 1/7/2025"));
    assert!(geography().merged_units.len() == 34);
}

#[test]
fn the_inset_holds_the_red_river_delta() {
    let names = |chart: &MapChart| -> Vec<String> {
        let inset = chart.inset.as_ref().expect("an inset");
        let mut names: Vec<String> = inset
            .regions
            .iter()
            .map(|&i| chart.regions[i].label.clone())
            .collect();
        names.sort();
        names
    };
    let chart = map("?view=map&time=2022");
    let inset = chart.inset.as_ref().expect("an inset");
    assert_eq!(inset.caption, "Đồng bằng sông Hồng");
    assert_eq!(
        names(&chart),
        [
            "Bắc Ninh",
            "Hà Nam",
            "Hà Nội",
            "Hưng Yên",
            "Hải Dương",
            "Hải Phòng",
            "Nam Định",
            "Ninh Bình",
            "Quảng Ninh",
            "Thái Bình",
            "Vĩnh Phúc"
        ]
    );
    // Hà Nội and Hạ Long lie in its box.
    assert!(inset.lon.0 < 105.8 && 107.1 < inset.lon.1);
    assert!(inset.lat.0 < 20.9 && 21.0 < inset.lat.1);
    let units = map("?view=map&units=34&time=2024&lang=en");
    assert_eq!(
        units.inset.as_ref().map(|i| i.caption.as_str()),
        Some("Red River Delta")
    );
    assert_eq!(
        names(&units),
        [
            "Bac Ninh (merged)",
            "Ha Noi (merged)",
            "Hai Phong (merged)",
            "Hung Yen (merged)",
            "Ninh Binh (merged)",
            "Phu Tho (merged)",
            "Quang Ninh (merged)"
        ],
        "the post-2025 units that took in the delta's provinces"
    );
    assert_eq!(
        units.inset.map(|i| i.lon),
        chart.inset.map(|i| i.lon),
        "the same box"
    );
}

#[test]
fn a_year_without_values_shows_its_map_all_hatched() {
    // The 34 units have DTI ranks from 2023 on; 2022 has none.
    let chart = map("?view=map&units=34&time=2022");
    assert_eq!(chart.regions.len(), 34);
    assert!(chart
        .regions
        .iter()
        .all(|r| r.value.is_none() && r.fill.is_none()));
    assert!(chart.legend.classes.is_empty());
    assert_eq!(chart.legend.no_data, "không có số liệu");
    assert_eq!(chart.legend.note, None, "no classes, nothing darker");
    assert!(chart.subtitle.contains("0/34"), "{}", chart.subtitle);
    assert!(
        chart.source_line.contains("năm khác"),
        "{}",
        chart.source_line
    );
}
