//! Regions as places: a socio-economic region's average (the mean of its members with a
//! value, with their count) picked like a province, on the line chart, the ranking and
//! the scatter plot; never a mean of too few members, never across the 2025 merger.

use cds_explorer::core::charts::line::hit::tooltip;
use cds_explorer::core::charts::ranking::hit::tooltip as ranking_tooltip;
use cds_explorer::core::charts::registry::{
    line_chart, ranking_chart, scatter_chart, ChartContent,
};
use cds_explorer::core::charts::scatter::hit::tooltip as scatter_tooltip;
use cds_explorer::core::charts::shared::hit::Hit;
use cds_explorer::core::data::model::{Area, Region, Year};
use cds_explorer::core::data::preferred::preferred;
use cds_explorer::core::export::export_csv::{export_csv, Citation};
use cds_explorer::core::query::region_mean::{region_mean, region_of, MeanBasis};
use cds_explorer::core::text::search::search_places;
use cds_explorer::core::view::url::{decode, encode};

use super::common::{load_with, shipped};

const CITATION: Citation<'static> = Citation {
    link: "https://example.org/cds/",
    accessed: "2026-12-08",
};

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

#[test]
fn the_ranking_places_a_regions_average_by_its_value_without_a_rank() {
    let data = shipped();
    let state = decode(
        "?view=ranking&provinces=region:mekong-delta~can-tho&indicator=dti-score&time=2023",
        data,
    )
    .state;
    let ChartContent::Ranking(chart) = ranking_chart(data, &state) else {
        panic!("a ranking");
    };
    assert_eq!(chart.rows.len(), 64, "63 provinces and the average");
    let at = chart
        .rows
        .iter()
        .position(|r| r.area == Area::Region(Region::MekongDelta))
        .unwrap();
    let row = &chart.rows[at];
    let mean = row.mean.as_ref().unwrap();
    assert_eq!((mean.n, mean.members), (13, 13));
    assert!(chart.rows[at - 1].value >= row.value && row.value > chart.rows[at + 1].value);
    assert_eq!(chart.row_label(row), "Trung bình Đồng bằng sông Cửu Long");
    assert_eq!(chart.note(row).as_deref(), Some("TB 13/13 tỉnh"));
    // The provinces keep their ranks: 63 of them, none taken by the average.
    let ranked: Vec<_> = chart.rows.iter().filter(|r| r.mean.is_none()).collect();
    assert_eq!(ranked.len(), 63);
    assert!(ranked.iter().all(|r| r.published_rank.is_some()));
    let tip = ranking_tooltip(
        data,
        &chart,
        state.indicator,
        Hit {
            series: at,
            point: 0,
        },
    )
    .unwrap();
    assert_eq!(
        tip.rank.as_deref(),
        Some("trung bình của 13/13 tỉnh có số liệu, không xếp hạng")
    );
    // The CSV has the 63 ranked values, each with its rank; the average is not one of
    // them (its own row is written apart).
    let csv = export_csv(data, &state, &CITATION);
    assert_eq!(
        csv.lines().filter(|l| l.contains(",dti-score,")).count(),
        64
    );
    assert!(csv.contains("region:mekong-delta"));
}

#[test]
fn the_scatter_plots_a_regions_average_apart_from_the_places_and_their_correlation() {
    let data = shipped();
    let plain = decode("?view=scatter&time=2024", data).state;
    let with = decode(
        "?view=scatter&provinces=region:red-river-delta&time=2024",
        data,
    )
    .state;
    let (ChartContent::Scatter(plain), ChartContent::Scatter(chart)) =
        (scatter_chart(data, &plain), scatter_chart(data, &with))
    else {
        panic!("two scatter plots");
    };
    // The average is no dot: the dots and ρ are those of the plot without it.
    assert_eq!(chart.dots.len(), plain.dots.len());
    assert_eq!(chart.correlation, plain.correlation);
    let [average] = &chart.averages[..] else {
        panic!("one average");
    };
    // Its x and y are the means of the delta's dots with both values of 2024 itself:
    // one province takes a side from a neighbouring year, and is named as left out.
    let delta: Vec<_> = chart
        .dots
        .iter()
        .filter(|d| {
            RED_RIVER_DELTA
                .iter()
                .any(|slug| data.find_area(slug) == Some(d.area))
        })
        .filter(|d| d.x_year == d.y_year && d.y_year.get() == 2024)
        .collect();
    assert_eq!(delta.len(), 10);
    assert_eq!(average.label, "TB Đồng bằng sông Hồng (10/11)");
    assert_eq!(average.y.missing.len(), 1);
    let mean_x = delta.iter().map(|d| d.x).sum::<f64>() / 10.0;
    let mean_y = delta.iter().map(|d| d.y).sum::<f64>() / 10.0;
    assert!((average.x.value - mean_x).abs() < 1e-12);
    assert!((average.y.value - mean_y).abs() < 1e-12);
    // Hover and keys reach it after the dots and the legend; its tooltip has both means.
    let series = chart.dots.len() + chart.legend.len();
    let tip = scatter_tooltip(data, &chart, Hit { series, point: 0 }).unwrap();
    assert_eq!(tip.heading, "Trung bình Đồng bằng sông Hồng · 2024");
    assert_eq!(tip.also.len(), 2);
    let citation = tip.citation.unwrap();
    assert!(
        citation.contains("không có cả hai chỉ số năm 2024: "),
        "{citation}"
    );
    let csv = export_csv(data, &with, &CITATION);
    let means: Vec<&str> = csv.lines().filter(|l| l.contains(",mean,")).collect();
    assert_eq!(means.len(), 2, "x and y");
    assert!(means[0].contains("trung bình cộng của 10/11 tỉnh có số liệu"));
}

#[test]
fn a_regions_line_is_not_joined_between_years_of_different_members() {
    let data = shipped();
    let state = decode(
        "?provinces=region:red-river-delta&indicator=dti-score&time=2021..2024",
        data,
    )
    .state;
    let ChartContent::Line(chart) = line_chart(data, &state) else {
        panic!("a line chart");
    };
    let series = &chart.series[0];
    let counts: Vec<usize> = series.means.iter().map(|m| m.n).collect();
    assert_eq!(counts, [7, 11, 11, 11], "2021 has seven of the eleven");
    let runs: Vec<usize> = series.runs().iter().map(|r| r.len()).collect();
    assert_eq!(runs, [1, 3], "2021 stands alone; 2022–2024 are joined");
    assert!(
        chart
            .subtitle
            .contains("trung bình vùng không nối giữa hai năm khác nhau về tỉnh có số liệu"),
        "{}",
        chart.subtitle
    );
    assert_eq!(
        series.note.as_deref(),
        Some("trung bình của 7–11/11 tỉnh có số liệu")
    );
}
