//! Queries and search on a synthetic table: gaps stay gaps, sources are preferred.

use cds_explorer::core::model::{Year, YearRange};
use cds_explorer::core::query::line_series;
use cds_explorer::core::search::search_provinces;
use cds_explorer::core::view::{ChartKind, Lang, ViewState};

use super::common::{shipped, synthetic};

fn view(provinces: &[usize], indicator: usize, from: u16, to: u16) -> ViewState {
    let year = |y| Year::new(y).expect("year");
    ViewState {
        provinces: provinces.to_vec(),
        indicator,
        time: YearRange::new(year(from), year(to)).expect("range"),
        chart: ChartKind::Line,
        lang: Lang::Vi,
    }
}

#[test]
fn missing_years_are_gaps_and_the_listed_first_source_wins() {
    let data = synthetic();
    let series = line_series(&data, &view(&[0, 1], 0, 2020, 2024));
    let values: Vec<Vec<(u16, f64)>> = series
        .iter()
        .map(|s| s.points.iter().map(|p| (p.year.get(), p.value)).collect())
        .collect();
    // Hải Dương 2022: the official 13, not the press's 12; 2021 is a gap, not a zero.
    assert_eq!(values[0], [(2020, 14.0), (2022, 13.0)]);
    assert_eq!(values[1], [(2020, 15.0), (2021, 12.0)]);
}

#[test]
fn the_time_range_limits_the_points() {
    let data = synthetic();
    let series = line_series(&data, &view(&[0], 0, 2021, 2022));
    assert_eq!(series[0].points.len(), 1);
    let none = line_series(&data, &view(&[2], 0, 2020, 2024));
    assert!(
        none[0].points.is_empty(),
        "Đà Nẵng has no rank in the synthetic data"
    );
}

#[test]
fn search_ignores_diacritics_and_case() {
    let data = shipped();
    let names = |query: &str| -> Vec<String> {
        search_provinces(data, query)
            .into_iter()
            .map(|ix| data.provinces()[ix].name_vi.clone())
            .collect()
    };
    assert_eq!(
        names("hai duong").first().map(String::as_str),
        Some("Hải Dương")
    );
    assert_eq!(
        names("HẢI DƯƠNG").first().map(String::as_str),
        Some("Hải Dương")
    );
    assert_eq!(
        names("thanh hoa").first().map(String::as_str),
        Some("Thanh Hóa")
    );
    assert_eq!(
        names("ho chi minh").first().map(String::as_str),
        Some("TP. Hồ Chí Minh")
    );
    assert_eq!(
        names("Ho Chi Minh City").len(),
        1,
        "English names match too"
    );
    assert!(
        names("giang").len() >= 5,
        "word prefixes match: {:?}",
        names("giang")
    );
    assert!(names("zzz").is_empty());
    assert_eq!(names("").len(), 63, "an empty query lists every province");
}
