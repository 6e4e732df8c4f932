//! Queries and search on a synthetic table: gaps stay gaps, the preferred source wins,
//! partial years and targets stay off the chart, disagreements are found.

use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::data::model::{Area, Year, YearRange};
use cds_explorer::core::data::preferred::disagreements;
use cds_explorer::core::query::series::line_series;
use cds_explorer::core::text::search::search_provinces;
use cds_explorer::core::view::state::{ChartKind, Lang, ViewState};

use super::common::{shipped, synthetic};

pub fn view(data: &Dataset, places: &[&str], indicator: &str, from: u16, to: u16) -> ViewState {
    let year = |y| Year::new(y).expect("year");
    ViewState {
        places: places
            .iter()
            .map(|p| data.find_place(p).expect(p))
            .collect(),
        indicator: data.find_indicator(indicator).expect(indicator),
        time: YearRange::new(year(from), year(to)).expect("range"),
        chart: ChartKind::Line,
        region: None,
        sort: None,
        units: cds_explorer::core::view::state::Units::Pre2025,
        rows: cds_explorer::core::view::state::ProfileRows::All,
        lang: Lang::Vi,
        embed: false,
        change: false,
        x: None,
        trail: false,
        bubbles: false,
    }
}

fn values(data: &Dataset, state: &ViewState) -> Vec<Vec<(u16, f64)>> {
    line_series(data, state)
        .iter()
        .map(|s| s.points.iter().map(|p| (p.year.get(), p.value)).collect())
        .collect()
}

#[test]
fn missing_years_are_gaps_and_official_sources_win() {
    let data = synthetic();
    let state = view(&data, &["hai-duong", "thanh-hoa"], "dti-rank", 2020, 2025);
    // Hải Dương 2022: the official 13, not the press's 12; 2021 is a gap, not a zero.
    // Thanh Hóa's 2025 target is not an actual value and stays off the line.
    assert_eq!(
        values(&data, &state),
        [
            vec![(2020, 14.0), (2022, 13.0)],
            vec![(2020, 15.0), (2021, 12.0)]
        ]
    );
}

#[test]
fn between_two_press_sources_the_later_publication_wins() {
    let data = synthetic();
    let state = view(&data, &["hai-duong"], "online-dossier-rate", 2020, 2024);
    // 2023: 81 (published 2024-01) over 80.5 (date unknown); the H1 2024 figure is
    // not a full year and is not drawn as one.
    assert_eq!(values(&data, &state), [vec![(2023, 81.0)]]);
}

#[test]
fn disagreeing_sources_are_found() {
    let data = synthetic();
    let shown = line_series(
        &data,
        &view(&data, &["hai-duong"], "online-dossier-rate", 2023, 2023),
    );
    let observation = shown[0].points[0].observation;
    let others = disagreements(&data, observation);
    assert_eq!(others.len(), 1);
    assert_eq!(data.observations()[others[0]].value, 80.5);
    let rank = line_series(&data, &view(&data, &["thanh-hoa"], "dti-rank", 2021, 2021));
    assert!(disagreements(&data, rank[0].points[0].observation).is_empty());
}

#[test]
fn the_whole_country_is_a_place_of_its_own() {
    let data = synthetic();
    let state = view(&data, &["viet-nam", "da-nang"], "dti-score", 2020, 2024);
    assert_eq!(
        values(&data, &state),
        [vec![(2021, 0.4014)], vec![(2021, 0.6419)]]
    );
    assert_eq!(state.places[0], Area::National);
}

#[test]
fn the_time_range_limits_the_points() {
    let data = synthetic();
    let series = line_series(&data, &view(&data, &["hai-duong"], "dti-rank", 2021, 2022));
    assert_eq!(series[0].points.len(), 1);
    let none = line_series(&data, &view(&data, &["da-nang"], "dti-rank", 2020, 2024));
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

#[test]
fn the_sources_view_quotes_every_value_and_names_disagreements() {
    use cds_explorer::core::query::sources_view::sources_view;
    let data = synthetic();
    let mut state = view(&data, &["hai-duong"], "online-dossier-rate", 2020, 2024);
    let model = sources_view(&data, &state).expect("an indicator");
    assert_eq!(model.years_covered, "2023–2024");
    assert_eq!(model.sources.len(), 3);
    let rows: Vec<(&str, &str, bool)> = model
        .values
        .iter()
        .map(|v| (v.period.as_str(), v.value.as_str(), v.shown))
        .collect();
    assert!(
        rows.contains(&("6 tháng đầu 2024", "87\u{a0}%", false)),
        "{rows:?}"
    );
    assert!(rows.contains(&("2023", "81\u{a0}%", true)), "{rows:?}");
    let shown = model
        .values
        .iter()
        .find(|v| v.shown)
        .expect("a shown value");
    assert_eq!(
        shown.disagreement.as_deref(),
        Some("Nguồn khác ghi giá trị khác: 80,5\u{a0}% (Press article)")
    );
    state.lang = cds_explorer::core::view::state::Lang::En;
    let english = sources_view(&data, &state).expect("an indicator");
    let shown = english
        .values
        .iter()
        .find(|v| v.shown)
        .expect("a shown value");
    assert_eq!(
        shown.disagreement.as_deref(),
        Some("Another source gives another value: 80.5% (Press article)")
    );
    assert!(english.values.iter().any(|v| v.period == "H1 2024"));
}

#[test]
fn coverage_shows_gaps_partial_years_and_targets() {
    use cds_explorer::core::query::coverage::{coverage, Cell};
    let data = synthetic();
    let state = view(&data, &["hai-duong"], "dti-rank", 2020, 2024);
    let grid = coverage(&data, &state);
    let row = |name: &str| grid.rows.iter().find(|r| r.place == name).expect(name);
    let column = |year: u16| {
        grid.years
            .iter()
            .position(|y| y.get() == year)
            .expect("year")
    };
    assert_eq!(row("Hải Dương").cells[column(2021)], Cell::Missing);
    assert_eq!(
        row("Hải Dương").cells[column(2022)],
        Cell::Value("13".into())
    );
    assert_eq!(row("Thanh Hóa").cells[column(2025)], Cell::Target);
    assert!(grid
        .rows
        .iter()
        .any(|r| r.place == "Hải Phòng (sau sáp nhập)"));
    assert_eq!(grid.totals[column(2020)], 2);
    let rates = view(&data, &["hai-duong"], "online-dossier-rate", 2020, 2024);
    let grid = coverage(&data, &rates);
    let hai_duong = grid
        .rows
        .iter()
        .find(|r| r.place == "Hải Dương")
        .expect("row");
    let at = grid
        .years
        .iter()
        .position(|y| y.get() == 2024)
        .expect("2024");
    assert_eq!(
        hai_duong.cells[at],
        Cell::Partial,
        "only a half-year figure in 2024"
    );
}

#[test]
fn indicators_are_found_by_words_of_either_name_without_diacritics() {
    use cds_explorer::core::text::search::search_indicators;
    let data = shipped();
    let ids = |query: &str| -> Vec<&str> {
        search_indicators(data, query)
            .into_iter()
            .filter_map(|ix| data.indicator(ix).map(|i| i.id.as_str()))
            .collect()
    };
    assert_eq!(ids("").len(), data.indicators().len());
    assert_eq!(ids("  ").len(), data.indicators().len());
    let online = ids("truc tuyen toan trinh");
    assert!(online.contains(&"online-dossier-full-rate"), "{online:?}");
    assert!(online.contains(&"online-services-full-count"), "{online:?}");
    assert!(
        !online.contains(&"online-dossier-rate"),
        "every word must match"
    );
    assert_eq!(ids("PAR Index điểm"), ["par-index-score"]);
    assert_eq!(
        ids("par index score"),
        ["par-index-score"],
        "the English name"
    );
    let pci = ids("pci");
    assert!(
        pci.len() >= 12 && pci.iter().all(|id| id.contains("pci")),
        "{pci:?}"
    );
    assert!(ids("zzz").is_empty());
}
