//! Regions as places: a socio-economic region's average (the mean of its members with a
//! value, with their count) picked like a province, on the line chart, the ranking and
//! the scatter plot; never a mean of too few members, never across the 2025 merger.

use cds_explorer::core::charts::line::hit::tooltip;
use cds_explorer::core::charts::registry::{line_chart, ChartContent};
use cds_explorer::core::charts::shared::hit::Hit;
use cds_explorer::core::data::model::{Area, Region, Year};
use cds_explorer::core::data::preferred::preferred;
use cds_explorer::core::query::region_mean::{region_mean, region_of, MeanBasis};
use cds_explorer::core::text::search::search_places;
use cds_explorer::core::view::url::{decode, encode};

use super::common::{load_with, shipped};

fn year(y: u16) -> Year {
    Year::new(y).expect("year")
}

/// The Red River Delta's eleven provinces, listed by hand (GSO's regions).
const RED_RIVER_DELTA: [&str; 11] = [
    "ha-noi",
    "hai-phong",
    "quang-ninh",
    "vinh-phuc",
    "bac-ninh",
    "hai-duong",
    "hung-yen",
    "thai-binh",
    "ha-nam",
    "nam-dinh",
    "ninh-binh",
];

#[test]
fn a_regions_average_is_the_mean_of_its_members_with_their_count() {
    let data = shipped();
    let score = data.find_indicator("dti-score").unwrap();
    let values: Vec<f64> = RED_RIVER_DELTA
        .iter()
        .map(|slug| {
            let area = data.find_area(slug).unwrap();
            preferred(data, score, area, year(2023)).unwrap().value
        })
        .collect();
    let expected = values.iter().sum::<f64>() / 11.0;
    let mean = region_mean(data, score, Region::RedRiverDelta, year(2023)).unwrap();
    assert!(
        (mean.value - expected).abs() < 1e-12,
        "{} ≠ {expected}",
        mean.value
    );
    assert_eq!((mean.n, mean.members), (11, 11));
    assert_eq!(mean.basis, MeanBasis::Provinces);
    assert!(mean.missing.is_empty());
    // The Central Highlands are five provinces.
    let highlands = region_mean(data, score, Region::CentralHighlands, year(2023)).unwrap();
    assert_eq!((highlands.n, highlands.members), (5, 5));
}

#[test]
fn a_unit_formed_of_two_regions_provinces_belongs_to_neither() {
    let data = shipped();
    let unit = |slug: &str| data.find_area(&format!("2025:{slug}")).unwrap();
    // Gia Lai (Gia Lai + Bình Định), Bắc Ninh (Bắc Ninh + Bắc Giang) straddle two.
    assert_eq!(region_of(data, unit("gia-lai")), None);
    assert_eq!(region_of(data, unit("bac-ninh")), None);
    // Hải Phòng (Hải Phòng + Hải Dương) lies wholly in the Red River Delta.
    assert_eq!(
        region_of(data, unit("hai-phong")),
        Some(Region::RedRiverDelta)
    );
}

/// Two provinces of the North Central Coast, Thanh Hóa and Đà Nẵng, with scores until
/// 2024 and, as post-2025 units, in 2025; Hải Dương alone of the Red River Delta.
const TWO_ERAS: &str = "indicator,area,year,part,kind,value,printed,group,tie,source,quote,note
dti-score,VN-21,2024,,actual,0.5,\"0,5\",,,official,\"0,5\",
dti-score,VN-DN,2024,,actual,0.7,\"0,7\",,,official,\"0,7\",
dti-score,2025:thanh-hoa,2025,,actual,0.6,\"0,6\",,,official,\"0,6\",
dti-score,2025:da-nang,2025,,actual,0.8,\"0,8\",,,official,\"0,8\",
dti-score,VN-61,2024,,actual,0.4,\"0,4\",,,official,\"0,4\",
";

#[test]
fn too_few_members_give_no_average_and_the_merger_breaks_the_line() {
    let (data, errors) = load_with(TWO_ERAS);
    assert!(errors.is_empty(), "{errors:?}");
    let score = data.find_indicator("dti-score").unwrap();
    // One of the Red River Delta's two provinces: not an average.
    assert_eq!(
        region_mean(&data, score, Region::RedRiverDelta, year(2024)),
        None
    );
    let before = region_mean(&data, score, Region::NorthCentralCoast, year(2024)).unwrap();
    let after = region_mean(&data, score, Region::NorthCentralCoast, year(2025)).unwrap();
    assert!((before.value - 0.6).abs() < 1e-12 && before.basis == MeanBasis::Provinces);
    assert!((after.value - 0.7).abs() < 1e-12 && after.basis == MeanBasis::Units);
    let state = decode(
        "?view=line&provinces=region:north-central-coast&indicator=dti-score&time=2024-2025",
        &data,
    )
    .state;
    let ChartContent::Line(chart) = line_chart(&data, &state) else {
        panic!("a line chart");
    };
    let series = &chart.series[0];
    assert_eq!(series.points.len(), 2);
    // Two points, but no line joins 2024's provinces to 2025's units.
    assert!(series.runs().iter().all(|run| run.len() == 1));
}

#[test]
fn the_line_chart_draws_a_region_beside_a_province_and_says_what_it_is_the_mean_of() {
    let data = shipped();
    let link = "provinces=ha-noi~region:red-river-delta&indicator=dti-score&time=2022..2024";
    let state = decode(&format!("?{link}"), data).state;
    assert_eq!(
        state.places,
        [
            data.find_area("ha-noi").unwrap(),
            Area::Region(Region::RedRiverDelta)
        ]
    );
    assert_eq!(encode(&state, data), link);
    let ChartContent::Line(chart) = line_chart(data, &state) else {
        panic!("a line chart");
    };
    let region = &chart.series[1];
    assert_eq!(region.label, "Trung bình Đồng bằng sông Hồng");
    assert_eq!(
        region.note.as_deref(),
        Some("trung bình của 11/11 tỉnh có số liệu")
    );
    assert_eq!(region.points.len(), 3);
    let tip = tooltip(
        data,
        &chart,
        state.indicator,
        Hit {
            series: 1,
            point: 1,
        },
    )
    .unwrap();
    assert_eq!(tip.heading, "Trung bình Đồng bằng sông Hồng · 2023");
    assert_eq!(tip.kind.as_deref(), Some("trung bình vùng"));
    let citation = tip.citation.unwrap();
    assert!(citation.starts_with("Trung bình cộng của 11/11 tỉnh, thành phố có số liệu"));
    assert!(citation.contains("không phải số công bố"), "{citation}");
    assert!(tip.source.contains("DTI"), "{}", tip.source);
}

#[test]
fn the_place_search_finds_regions_by_either_language() {
    let data = shipped();
    let found = search_places(data, "đồng bằng");
    assert!(found.contains(&Area::Region(Region::RedRiverDelta)));
    assert!(found.contains(&Area::Region(Region::MekongDelta)));
    assert_eq!(
        search_places(data, "central highlands"),
        [Area::Region(Region::CentralHighlands)]
    );
    let everything = search_places(data, "");
    assert_eq!(everything.len(), 1 + 63 + 6);
}
