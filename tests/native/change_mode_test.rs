//! The ranking and the map in change mode (`change=1` over two years): bars and shades
//! of each place's change between the view's two ends, counted and named, and nothing
//! compared across a method break or the 2025 merger.

use cds_explorer::core::charts::map::change::diverging_classes;
use cds_explorer::core::charts::registry::{map_chart, ranking_chart, ChartContent};
use cds_explorer::core::charts::shared::empty::EmptyReason;
use cds_explorer::core::data::model::{Area, Better, Unit, Year};
use cds_explorer::core::query::span_change::{span_changes, Blocked};
use cds_explorer::core::view::action::{apply, Action};
use cds_explorer::core::view::state::{Lang, Units};
use cds_explorer::core::view::url::{decode, encode};

use super::common::shipped;

fn ranking(query: &str) -> cds_explorer::core::charts::ranking::spec::RankingChart {
    match ranking_chart(shipped(), &decode(query, shipped()).state) {
        ChartContent::Ranking(chart) => *chart,
        other => panic!("no ranking for {query}: {other:?}"),
    }
}

fn caption(chart: &cds_explorer::core::charts::ranking::spec::RankingChart, name: &str) -> String {
    let row = chart.rows.iter().find(|r| r.label == name).expect(name);
    row.change.as_ref().expect("a change").caption.clone()
}

#[test]
fn dti_rank_2022_to_2023_reads_as_the_press_wrote_it() {
    let chart = ranking("?view=ranking&indicator=dti-rank&time=2022..2023&change=1");
    assert_eq!(chart.from, Some(Year::new(2022).unwrap()));
    assert_eq!(caption(&chart, "Hà Nội"), "▲18 (24 → 6)");
    assert_eq!(caption(&chart, "Quảng Ninh"), "▼9 (3 → 12)");
    // A tie keeps its mark: Thanh Hóa shared 15th in 2022.
    assert!(
        caption(&chart, "Thanh Hóa").contains("(15= → "),
        "{}",
        caption(&chart, "Thanh Hóa")
    );
    // Largest gain first, and the subtitle counts who rose, fell and held.
    let gains: Vec<f64> = chart
        .rows
        .iter()
        .map(|r| r.change.as_ref().unwrap().gain)
        .collect();
    assert!(gains.windows(2).all(|w| w[0] >= w[1]));
    let (up, down) = (
        gains.iter().filter(|g| **g > 0.0).count(),
        gains.iter().filter(|g| **g < 0.0).count(),
    );
    let same = gains.len() - up - down;
    assert!(
        chart
            .subtitle
            .contains(&format!("{up} tăng, {down} giảm, {same} giữ nguyên")),
        "{}",
        chart.subtitle
    );
    assert_eq!(up + down + same, 63);
    // The tooltip's words.
    let ha_noi = chart.rows.iter().find(|r| r.label == "Hà Nội").unwrap();
    assert_eq!(
        ha_noi.change.as_ref().unwrap().words,
        "tăng 18 bậc so với 2022 (24 → 6)"
    );
    let en = ranking("?view=ranking&indicator=dti-rank&time=2022..2023&change=1&lang=en");
    let ha_noi = en
        .rows
        .iter()
        .find(|r| r.label == "Ha Noi" || r.label == "Hà Nội")
        .unwrap();
    assert_eq!(
        ha_noi.change.as_ref().unwrap().words,
        "up 18 places on 2022 (24 → 6)"
    );
    assert!(en.subtitle.contains(" up, "), "{}", en.subtitle);
}

#[test]
fn a_score_changes_in_points_with_its_rank_move_beside_it() {
    let chart = ranking("?view=ranking&indicator=dti-score&time=2022..2023&change=1");
    let ha_noi = caption(&chart, "Hà Nội");
    assert!(ha_noi.starts_with('+'), "{ha_noi}");
    assert!(ha_noi.ends_with("· ▲18"), "{ha_noi}");
}

#[test]
fn places_with_one_end_are_named_never_given_a_change() {
    let data = shipped();
    let score = data.find_indicator("dti-score").unwrap();
    let y = |v| Year::new(v).unwrap();
    let places: Vec<Area> = (0..data.provinces().len()).map(Area::Province).collect();
    // DTI scores of 2021 were published for some provinces only.
    let changes = span_changes(data, score, &places, (y(2021), y(2022)), Units::Pre2025);
    assert!(!changes.missing_from.is_empty());
    assert_eq!(
        changes.changes.len() + changes.missing_from.len() + changes.missing_to.len(),
        63
    );
    let chart = ranking("?view=ranking&indicator=dti-score&time=2021..2022&change=1");
    assert!(
        chart.subtitle.contains("không có số liệu năm 2021: "),
        "{}",
        chart.subtitle
    );
}

#[test]
fn nothing_is_compared_across_a_method_break_or_the_merger() {
    let data = shipped();
    for query in [
        "?view=ranking&indicator=pci-score&time=2016..2017&change=1",
        "?view=map&indicator=pci-score&time=2016..2017&change=1",
    ] {
        let state = decode(query, data).state;
        let content = if query.contains("map") {
            map_chart(data, &state)
        } else {
            ranking_chart(data, &state)
        };
        assert_eq!(
            content,
            ChartContent::Empty(EmptyReason::MethodBreak),
            "{query}"
        );
        assert!(EmptyReason::MethodBreak
            .message(Lang::Vi)
            .contains("đổi phương pháp"));
    }
    let score = data.find_indicator("pci-score").unwrap();
    let y = |v| Year::new(v).unwrap();
    let changes = span_changes(
        data,
        score,
        &[Area::Province(0)],
        (y(2016), y(2017)),
        Units::Pre2025,
    );
    assert!(matches!(changes.blocked, Some(Blocked::MethodBreak { .. })));
    // The 34 units have DTI values for 2024 only: no change across the merger.
    let state = decode(
        "?view=map&units=34&indicator=dti-score&time=2023..2024&change=1",
        data,
    )
    .state;
    assert_eq!(
        map_chart(data, &state),
        ChartContent::Empty(EmptyReason::Merger)
    );
    // Within one method, PCI compares.
    let state = decode(
        "?view=map&indicator=pci-score&time=2018..2019&change=1",
        data,
    )
    .state;
    assert!(matches!(map_chart(data, &state), ChartContent::Map(_)));
}

#[test]
fn the_change_map_has_a_legend_centred_on_no_change() {
    let data = shipped();
    let state = decode(
        "?view=map&indicator=dti-rank&time=2022..2023&change=1",
        data,
    )
    .state;
    let ChartContent::Map(chart) = map_chart(data, &state) else {
        panic!("a map")
    };
    let labels: Vec<&str> = chart
        .legend
        .classes
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(labels.len(), 5, "{labels:?}");
    assert_eq!(labels[2], "=");
    // Symmetric: the same numbers either side, ▲ above and ▼ below.
    assert_eq!(labels[0].replace('▲', ""), labels[4].replace('▼', ""));
    assert_eq!(labels[1].replace('▲', ""), labels[3].replace('▼', ""));
    assert!(
        chart.subtitle.starts_with("2022 → 2023"),
        "{}",
        chart.subtitle
    );
    // A province with a change is shaded; its tooltip words are the span's.
    let ha_noi = chart.regions.iter().find(|r| r.label == "Hà Nội").unwrap();
    assert_eq!(ha_noi.value, Some(18.0));
    assert_eq!(ha_noi.fill, Some(chart.legend.classes[0].colour));
    // Scores: signed labels, the middle "0 (không đổi)".
    let classes = diverging_classes(0.1, Unit::Score, Better::Higher, Lang::Vi);
    assert_eq!(classes[2].label, "0 (không đổi)");
    assert_eq!(classes[1].label, "đến +0,0500");
    assert_eq!(classes[3].label, "đến −0,0500");
}

#[test]
fn change_mode_is_kept_in_the_link_and_a_single_year_compares_with_the_one_before() {
    let data = shipped();
    let state = decode("?view=ranking&indicator=dti-rank&time=2023", data).state;
    assert!(!state.compares());
    let on = apply(&state, Action::SetChange(true), data);
    assert!(on.compares());
    assert_eq!((on.time.start().get(), on.time.end().get()), (2022, 2023));
    let query = encode(&on, data);
    assert!(
        query.contains("time=2022..2023") && query.contains("change=1"),
        "{query}"
    );
    assert_eq!(decode(&query, data).state, on);
    // A link with change=1 and one year compares it with the year before that has data.
    let linked = decode("?view=ranking&indicator=dti-rank&time=2023&change=1", data).state;
    assert_eq!(linked, on);
    let off = apply(&on, Action::SetChange(false), data);
    assert!(!off.compares());
    assert!(!encode(&off, data).contains("change="));
}

#[test]
fn the_summary_of_a_span_is_in_its_own_csv_with_sources() {
    use cds_explorer::core::export::export_csv::Citation;
    use cds_explorer::core::export::summary_csv::export_summary_csv;
    let data = shipped();
    let state = decode(
        "?view=ranking&indicator=dti-rank&time=2021..2023&change=1",
        data,
    )
    .state;
    let citation = Citation {
        link: "https://example.org/?x",
        accessed: "2026-12-07",
    };
    let csv = export_summary_csv(data, &state, &citation).expect("a summary");
    assert!(
        csv.starts_with("\u{feff}fact,sources,source_urls,cite_as\r\n"),
        "{csv}"
    );
    // The span's first year is the comparison's: 2021, not the year before 2023.
    assert!(csv.contains("so với 2021"), "{csv}");
    assert!(!csv.contains("so với 2022"), "{csv}");
    assert!(csv.contains("Bộ Thông tin và Truyền thông"), "{csv}");
    assert!(csv.contains("2021–2023"), "{csv}");
    // A view without ranks has no summary.
    let state = decode("?view=ranking&indicator=online-dossier-rate", data).state;
    assert!(export_summary_csv(data, &state, &citation).is_none());
}

#[test]
fn a_count_changes_by_a_share_of_itself_and_a_share_in_percentage_points() {
    use cds_explorer::core::data::preferred::Point;
    use cds_explorer::core::query::span_change::{change_words, PlaceChange};
    let y = Year::new(2022).unwrap();
    let change = |from: f64, to: f64| PlaceChange {
        area: Area::Province(0),
        from: Point {
            value: from,
            observation: 0,
            year: y,
        },
        to: Point {
            value: to,
            observation: 0,
            year: y,
        },
        delta: to - from,
        gain: to - from,
        rank: None,
        ties: (false, false),
    };
    assert_eq!(
        change_words(&change(1000.0, 1025.0), Unit::Count, y, Lang::Vi),
        "+25 (+2,5 %) so với 2022 (1.000 → 1.025)"
    );
    let share = change_words(&change(17.5, 20.0), Unit::Percent, y, Lang::Vi);
    assert!(share.starts_with("+2,5 điểm % so với 2022"), "{share}");
    let share = change_words(&change(20.0, 17.5), Unit::Percent, y, Lang::En);
    assert!(share.starts_with("−2.5 pp on 2022"), "{share}");
}

#[test]
fn the_text_alternative_names_the_largest_rise_only_where_a_place_rose() {
    let chart = ranking("?view=ranking&indicator=dti-rank&time=2022..2023&change=1");
    assert!(
        chart.aria_label.starts_with(
            "Biểu đồ thay đổi: Chỉ số chuyển đổi số (DTI) – thứ hạng: thay đổi 2022–2023; "
        ),
        "{}",
        chart.aria_label
    );
    assert!(
        chart
            .aria_label
            .contains("; tăng nhiều nhất là Cà Mau ▲23 (58 → 35)"),
        "{}",
        chart.aria_label
    );
    // A region where every place fell back names no rise.
    for region in [
        "red-river-delta",
        "southeast",
        "mekong-delta",
        "central-highlands",
        "north-central-coast",
        "northern-midlands-mountains",
    ] {
        let chart = ranking(&format!(
            "?view=ranking&indicator=dti-rank&time=2022..2023&change=1&region={region}"
        ));
        let rose = chart
            .rows
            .iter()
            .any(|r| r.change.as_ref().unwrap().gain > 0.0);
        assert_eq!(
            chart.aria_label.contains("tăng nhiều nhất"),
            rose,
            "{}",
            chart.aria_label
        );
    }
}

#[test]
fn every_change_class_stands_apart_from_the_no_data_hatch() {
    use cds_explorer::core::charts::map::classes::{contrast_ratio, MIN_CONTRAST, NO_DATA_FILL};
    for unit in [Unit::Rank, Unit::Score] {
        for class in diverging_classes(20.0, unit, Better::Higher, Lang::Vi) {
            let ratio = contrast_ratio(class.colour, NO_DATA_FILL);
            assert!(ratio >= MIN_CONTRAST, "{} at {ratio:.2}", class.label);
        }
    }
}
