//! Honest views over sparse data: ranks that mean what they say, single-year views that
//! land on a year with data, a year control that shows the drawn year, gaps that are
//! named, spans clipped to the data, and an indicator picker that says what it covers.

use cds_explorer::core::charts::line::spec::LineChart;
use cds_explorer::core::charts::ranking::spec::RankingChart;
use cds_explorer::core::charts::registry::{
    line_chart, ranking_chart, tooltip_content, ChartContent,
};
use cds_explorer::core::charts::shared::hit::Hit;
use cds_explorer::core::data::model::{Area, Year, YearRange};
use cds_explorer::core::export::export_csv::{export_csv, Citation};
use cds_explorer::core::query::catalogue::{catalogue, reach, reach_text};
use cds_explorer::core::query::coverage::coverage;
use cds_explorer::core::query::gaps::single_year_gaps;
use cds_explorer::core::view::action::{apply, Action};
use cds_explorer::core::view::landing::{
    best_year, places_per_year, slider_years, year_moved, year_options, Geography, YearOption,
};
use cds_explorer::core::view::state::{data_years, ChartKind, Lang, ViewState};
use cds_explorer::core::view::url::{decode, encode, NoticeReason};

use super::common::shipped;

fn year(y: u16) -> Year {
    Year::new(y).expect("a year")
}

fn state(query: &str) -> ViewState {
    decode(query, shipped()).state
}

fn ranking(query: &str) -> RankingChart {
    match ranking_chart(shipped(), &state(query)) {
        ChartContent::Ranking(chart) => *chart,
        other => panic!("{query}: {other:?}"),
    }
}

fn line(query: &str) -> LineChart {
    match line_chart(shipped(), &state(query)) {
        ChartContent::Line(chart) => *chart,
        other => panic!("{query}: {other:?}"),
    }
}

fn indicator(id: &str) -> usize {
    shipped().find_indicator(id).expect(id)
}

// --- Ranks that mean what they say -------------------------------------------------

#[test]
fn a_score_ranking_numbers_rows_by_their_published_rank_not_their_position() {
    // DTI 2022, digital government: four provinces have a published score; their
    // published ranks are 4, 24, 29 and 31 — Trà Vinh is third of the four but 29th of 63.
    let chart = ranking("?view=ranking&indicator=dti-government-score&time=2022");
    let labels: Vec<String> = chart.rows.iter().map(|r| chart.row_label(r)).collect();
    assert_eq!(
        labels,
        [
            "4. Quảng Ninh",
            "24. Ninh Thuận",
            "29. Trà Vinh",
            "31. Tây Ninh"
        ]
    );
    assert!(labels.iter().all(|l| !l.starts_with("3. ")), "{labels:?}");
    assert!(chart.rows.iter().all(|r| chart.note(r).is_none()));
    assert!(chart.subtitle.contains("4/63"), "{}", chart.subtitle);
}

#[test]
fn a_rank_ranking_shows_the_published_rank_even_when_others_are_missing() {
    // DTI 2023, digital government rank: only seven published; Bình Dương, third of
    // the seven, was 7th.
    let chart = ranking("?view=ranking&indicator=dti-government-rank&time=2023");
    let labels: Vec<String> = chart.rows.iter().map(|r| chart.row_label(r)).collect();
    assert!(labels.contains(&"7. Bình Dương".to_string()), "{labels:?}");
    assert!(!labels.iter().any(|l| l == "3. Bình Dương"));
    assert_eq!((chart.with_data, chart.scope_size), (7, 63));
    assert!(chart.subtitle.contains("7/63 tỉnh, thành phố có số liệu"));
    assert!(chart.aria_label.contains("7/63"), "{}", chart.aria_label);
}

#[test]
fn ties_stay_ties() {
    let chart = ranking("?view=ranking&indicator=dti-rank&time=2022");
    let labels: Vec<String> = chart.rows.iter().map(|r| chart.row_label(r)).collect();
    assert!(labels.contains(&"15. Thanh Hóa".to_string()), "{labels:?}");
    assert!(labels.contains(&"15. Yên Bái".to_string()), "{labels:?}");
    assert!(!labels.iter().any(|l| l.starts_with("16. ")));
}

#[test]
fn without_a_published_rank_the_position_is_said_to_be_one() {
    // PCI's sub-indices have no published rank: rows carry no number in front, and
    // their position is said as a position among those with data.
    let query = "?view=ranking&indicator=pci-entry-costs&time=2021";
    let chart = ranking(query);
    assert!(chart.with_data > 3, "{}", chart.with_data);
    let first = &chart.rows[0];
    assert_eq!(chart.row_label(first), first.label, "no bare number");
    assert_eq!(
        chart.note(first).as_deref(),
        Some(format!("vị trí 1/{}", chart.with_data).as_str())
    );
    assert_eq!(
        chart.standing(first),
        format!(
            "vị trí 1 trong {} tỉnh có số liệu (không phải thứ hạng công bố)",
            chart.with_data
        )
    );
    assert!(
        chart.subtitle.contains("“vị trí” là thứ tự"),
        "{}",
        chart.subtitle
    );
    let english = ranking(&format!("{query}&lang=en"));
    assert_eq!(
        english.standing(&english.rows[2]),
        format!(
            "3rd of the {} with data (not a published rank)",
            english.with_data
        )
    );
    // The tooltip says it too.
    let data = shipped();
    let content = ranking_chart(data, &state(query));
    let tip = tooltip_content(
        data,
        &content,
        indicator("pci-entry-costs"),
        Hit {
            series: 1,
            point: 0,
        },
    )
    .expect("a tooltip");
    assert!(
        tip.rank
            .as_deref()
            .is_some_and(|r| r.starts_with("vị trí 2 trong")),
        "{tip:?}"
    );
}

#[test]
fn the_ranking_csv_says_rank_or_position_on_every_row() {
    let data = shipped();
    let citation = Citation {
        link: "https://example.org/?view=ranking",
        accessed: "2026-11-30",
    };
    let csv = export_csv(
        data,
        &state("?view=ranking&indicator=dti-score&time=2023"),
        &citation,
    );
    let tuyen_quang = csv
        .lines()
        .find(|l| l.starts_with("Tuyên Quang,"))
        .expect("a row");
    assert!(
        tuyen_quang.contains("hạng 38/63 (công bố)"),
        "{tuyen_quang}"
    );
    let csv = export_csv(
        data,
        &state("?view=ranking&indicator=pci-entry-costs&time=2021"),
        &citation,
    );
    let rows: Vec<&str> = csv
        .lines()
        .filter(|l| l.contains("pci-entry-costs"))
        .collect();
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| r.contains("không phải thứ hạng công bố")));
}

// --- Land on data -------------------------------------------------------------------

#[test]
fn single_year_views_open_on_the_best_covered_year_with_a_bare_link() {
    let data = shipped();
    // DTI ranks cover the 63 in 2022 (printed), 2023 and 2024 (worked out from the
    // complete tables of scores): the latest of those.
    let map = state("?view=map");
    assert_eq!(map.time, YearRange::single(year(2024)));
    assert_eq!(encode(&map, data), "view=map");
    let ranking = state("?view=ranking");
    assert_eq!(ranking.time, YearRange::single(year(2024)));
    assert_eq!(encode(&ranking, data), "view=ranking");
    // An explicit year stays in the link.
    assert_eq!(
        encode(&state("?view=map&time=2022"), data),
        "time=2022&view=map"
    );
    // The line chart keeps its span.
    assert_eq!(state("").time, state("?time=2020..2024").time);
}

#[test]
fn the_best_year_is_the_latest_of_those_with_the_most_places() {
    let data = shipped();
    // 63 provinces in 2022, 2023 and 2024: the latest.
    let ranks = places_per_year(data, indicator("dti-rank"), Geography::Provinces);
    let full: Vec<u16> = ranks
        .iter()
        .filter(|&(_, &n)| n == 63)
        .map(|(y, _)| y.get())
        .collect();
    assert_eq!(full, [2022, 2023, 2024]);
    assert_eq!(
        best_year(data, indicator("dti-rank"), Geography::Provinces),
        Some(year(2024))
    );
    // Of the 34 units, only 2024's table ranks them all.
    assert_eq!(
        best_year(data, indicator("dti-rank"), Geography::MergedUnits),
        Some(year(2024))
    );
    for ix in 0..data.indicators().len() {
        for geography in [Geography::Provinces, Geography::MergedUnits] {
            let counts = places_per_year(data, ix, geography);
            let Some(best) = best_year(data, ix, geography) else {
                assert!(counts.is_empty());
                continue;
            };
            let most = counts.values().copied().max().unwrap_or(0);
            assert_eq!(counts.get(&best), Some(&most));
            assert!(counts.iter().all(|(&y, &n)| y <= best || n < most));
        }
    }
}

#[test]
fn the_year_control_offers_years_with_data_and_always_the_drawn_year() {
    let data = shipped();
    let par = indicator("par-index-rank");
    let years = slider_years(data, par, Geography::Provinces, year(2024));
    assert!(years.contains(&year(2024)), "the view's own year is shown");
    let with_data = slider_years(data, par, Geography::Provinces, years[0]);
    for y in &with_data {
        assert!(
            places_per_year(data, par, Geography::Provinces).contains_key(y),
            "{y} has data"
        );
    }
    // Opened without a year, the map of the PAR Index lands on a year the slider has,
    // and the chart's description names that year.
    let view = state("?view=map&indicator=par-index-rank");
    let shown = view.time.end();
    assert!(with_data.contains(&shown));
    let content = cds_explorer::core::charts::registry::map_chart(data, &view);
    let label = content.aria_label().expect("a chart").to_string();
    assert!(label.contains(&format!(", {shown};")), "{label}");
}

#[test]
fn a_new_indicator_keeps_a_year_with_data_and_otherwise_moves_and_says_so() {
    let data = shipped();
    let map_2022 = state("?view=map&time=2022");
    // PCI has 2022 values: the year stays.
    let pci = apply(
        &map_2022,
        Action::SetIndicator(indicator("pci-score")),
        data,
    );
    assert_eq!(pci.time.end(), year(2022));
    assert_eq!(year_moved(data, &map_2022, &pci), None);
    // The 2017 e-government ranking has only 2017: the map moves there and says so.
    let egov = apply(
        &map_2022,
        Action::SetIndicator(indicator("egov-ict-2017-rank")),
        data,
    );
    assert_eq!(egov.time.end(), year(2017));
    let moved = year_moved(data, &map_2022, &egov).expect("a notice");
    assert_eq!((moved.from, moved.to), (year(2022), year(2017)));
    // A change of view from the line chart's default span lands on the default year.
    let line = state("");
    let map = apply(&line, Action::SetChart(ChartKind::Map), data);
    assert_eq!(encode(&map, data), "view=map");
    let back = apply(&map, Action::SetChart(ChartKind::Line), data);
    assert_eq!(encode(&back, data), "");
}

// --- Missing is visible and named ---------------------------------------------------

#[test]
fn selected_provinces_without_a_value_are_named_with_the_nearest_year() {
    // Hà Tĩnh's DTI rank was published neither for 2020 nor for 2021; 2022's is.
    let view = state("?view=map&provinces=ha-tinh~da-nang&time=2021");
    let gaps = single_year_gaps(shipped(), &view);
    let names: Vec<(&str, Option<Year>)> = gaps
        .missing
        .iter()
        .map(|m| (m.name.as_str(), m.nearest))
        .collect();
    assert_eq!(names, [("Hà Tĩnh", Some(year(2022)))], "Đà Nẵng has 2021");
    assert!(!gaps.scope_empty);
    // The other views list nothing.
    assert!(
        single_year_gaps(shipped(), &state("?provinces=ha-tinh&time=2021"))
            .missing
            .is_empty()
    );
}

#[test]
fn an_empty_region_says_so_and_points_to_a_year_with_data() {
    // No province of the Central Highlands has a published 2023 rank of the digital
    // government.
    let view =
        state("?view=ranking&indicator=dti-government-rank&region=central-highlands&time=2023");
    let gaps = single_year_gaps(shipped(), &view);
    assert!(gaps.scope_empty);
    let nearest = gaps.nearest_with_data.expect("a year with data");
    let there = single_year_gaps(
        shipped(),
        &state(&format!(
            "?view=ranking&indicator=dti-government-rank&region=central-highlands&time={nearest}"
        )),
    );
    assert!(!there.scope_empty);
}

#[test]
fn a_line_that_stops_early_is_marked_and_not_extended() {
    // DTI's digital-government rank: Hải Dương's published to 2021, Thanh Hóa's to 2023.
    let chart =
        line("?provinces=hai-duong~thanh-hoa&indicator=dti-government-rank&time=2020..2024");
    // No selected place has a 2024 value: 2024 is not drawn as an empty column.
    assert_eq!(
        chart.years,
        YearRange::new(year(2020), year(2023)).expect("span")
    );
    assert!(
        chart.subtitle.contains("chưa có số liệu 2024"),
        "{}",
        chart.subtitle
    );
    let hai_duong = &chart.series[0];
    assert_eq!(hai_duong.ends_early, Some(year(2021)));
    assert_eq!(hai_duong.label, "Hải Dương");
    assert_eq!(hai_duong.note.as_deref(), Some("số liệu đến 2021"));
    assert_eq!(hai_duong.points.last().map(|p| p.0), Some(year(2021)));
    assert_eq!(chart.series[1].ends_early, None);
    assert!(
        chart
            .aria_label
            .ends_with("Hải Dương có số liệu đến năm 2021."),
        "{}",
        chart.aria_label
    );
}

// --- Spans beyond the data ----------------------------------------------------------

#[test]
fn spans_beyond_the_data_are_clipped_as_documented() {
    let data = shipped();
    // The data reach from PCI 2005 to the provinces' 2030 targets.
    assert_eq!(
        data_years(data),
        YearRange::new(year(2005), year(2030)).expect("span")
    );
    let wide = decode("?time=2000..2040", data);
    assert!(wide.notices.is_empty(), "{:?}", wide.notices);
    assert_eq!(wide.state.time, data_years(data));
    let early = decode("?time=2000..2021", data);
    assert_eq!(early.state.time.start(), data_years(data).start());
    assert_eq!(early.state.time.end(), year(2021));
    for outside in ["?time=1999", "?time=2040..2050"] {
        let decoded = decode(outside, data);
        let reasons: Vec<NoticeReason> = decoded.notices.iter().map(|n| n.reason).collect();
        assert_eq!(reasons, [NoticeReason::TimeOutsideData], "{outside}");
    }
}

// --- Coverage in the picker ---------------------------------------------------------

#[test]
fn the_picker_says_what_each_indicator_covers_and_sets_one_province_apart() {
    let data = shipped();
    let dti = reach(data, indicator("dti-rank"));
    assert_eq!(dti.provinces, 63);
    assert!(reach_text(&dti, Lang::Vi).starts_with("63 tỉnh"));
    assert!(reach_text(&dti, Lang::Vi).ends_with("· 2020–2024"));
    let groups = catalogue(data, Lang::Vi);
    let single: usize = (0..data.indicators().len())
        .filter(|&ix| reach(data, ix).only_province.is_some())
        .count();
    assert!(single >= 60, "{single} indicators come from one province");
    let first_single = groups
        .iter()
        .position(|g| g.label.starts_with("Số liệu do tỉnh công bố"))
        .expect("a group of one-province indicators");
    assert!(groups[..first_single]
        .iter()
        .flat_map(|g| &g.items)
        .all(|(ix, _)| reach(data, *ix).only_province.is_none()));
    let in_single: usize = groups[first_single..].iter().map(|g| g.items.len()).sum();
    assert_eq!(in_single, single);
    let every: usize = groups.iter().map(|g| g.items.len()).sum();
    assert_eq!(every, data.indicators().len(), "every indicator once");
    let one = groups[first_single].items[0].1.clone();
    assert!(one.starts_with("1 tỉnh · "), "{one}");
}

#[test]
fn year_pickers_offer_the_indicators_years_with_targets_marked() {
    let data = shipped();
    // DTI rank: values 2020–2024, and provinces' targets for 2025 and 2030.
    let dti = year_options(data, indicator("dti-rank"), &[]);
    let data_years: Vec<u16> = dti
        .iter()
        .filter(|o| matches!(o, YearOption::Data(_)))
        .map(|o| o.year().get())
        .collect();
    let target_years: Vec<u16> = dti
        .iter()
        .filter(|o| matches!(o, YearOption::TargetOnly(_)))
        .map(|o| o.year().get())
        .collect();
    assert_eq!(data_years, [2020, 2021, 2022, 2023, 2024]);
    assert_eq!(target_years, [2025, 2030]);
    // Nothing from 2017 to 2019 or 2026 to 2029 is offered for it.
    assert_eq!(dti.len(), 7);
    // The view's own years are always offered.
    let chosen = year_options(data, indicator("dti-rank"), &[year(2018)]);
    assert_eq!(chosen.first(), Some(&YearOption::Data(year(2018))));
}

#[test]
fn the_coverage_grid_spans_the_indicators_years() {
    let grid = coverage(shipped(), &state("?view=coverage"));
    let years: Vec<u16> = grid.years.iter().map(|y| y.get()).collect();
    // The years with values, then the target years; no empty 2017–2019 or 2026–2029.
    assert_eq!(years, [2020, 2021, 2022, 2023, 2024, 2025, 2030]);
    assert!(
        grid.totals[..5].iter().all(|&n| n > 0),
        "values in every data year"
    );
    let provinces = grid
        .rows
        .iter()
        .filter(|r| matches!(r.area, Area::Province(_)))
        .count();
    assert_eq!(provinces, 63, "every province, with or without data");
}
