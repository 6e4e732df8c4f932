//! The CSV download holds exactly what each view shows, with its sources, a byte-order
//! mark, the header row first, and the view's citation on every row.

use cds_explorer::core::charts::registry::{line_chart, map_chart, ranking_chart, ChartContent};
use cds_explorer::core::export::export_csv::{export_csv, shown_observations, Citation, COLUMNS};
use cds_explorer::core::query::coverage::{coverage, Cell};
use cds_explorer::core::query::series::line_series;
use cds_explorer::core::query::sources_view::sources_view;
use cds_explorer::core::query::table::table;
use cds_explorer::core::view::state::ViewState;
use cds_explorer::core::view::url::decode;

use super::common::shipped;

fn view(query: &str) -> ViewState {
    decode(query, shipped()).state
}

const CITATION: Citation<'static> = Citation {
    link: "https://example.org/cds/?provinces=hai-duong",
    accessed: "2026-11-22",
};

fn rows_of(query: &str) -> Vec<Vec<(String, String)>> {
    csv_rows(&export_csv(shipped(), &view(query), &CITATION))
}

/// The data rows of a CSV export (notes and header skipped), as column → value maps.
fn csv_rows(text: &str) -> Vec<Vec<(String, String)>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("the file starts with a BOM");
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), COLUMNS);
    reader
        .records()
        .map(|r| {
            let r = r.expect("every row parses");
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn field<'a>(row: &'a [(String, String)], column: &str) -> &'a str {
    row.iter()
        .find(|(h, _)| h == column)
        .map_or("", |(_, v)| v.as_str())
}

#[test]
fn the_csv_holds_exactly_the_line_charts_values_with_their_sources() {
    let state = view("?provinces=hai-duong~thanh-hoa&indicator=dti-rank&time=2020..2024");
    let text = export_csv(shipped(), &state, &CITATION);
    assert!(text.starts_with('\u{feff}'));
    let rows = csv_rows(&text);
    assert!(
        rows.iter()
            .all(|r| field(r, "cite_as").starts_with("CĐS Explorer – ")
                && field(r, "cite_as").contains(CITATION.link)
                && field(r, "cite_as").contains("2026-11-22")),
        "every row cites the view"
    );
    let points: usize = line_series(shipped(), &state)
        .iter()
        .map(|s| s.points.len())
        .sum();
    let actual = rows.iter().filter(|r| field(r, "kind") == "actual").count();
    assert_eq!(actual, points, "one row per point on the chart");
    // Hải Dương's official 2022 rank, as the ministry printed it.
    let official = rows
        .iter()
        .find(|r| field(r, "place_code") == "VN-61" && field(r, "year") == "2022")
        .expect("Hải Dương 2022");
    assert_eq!(field(official, "place"), "Hải Dương");
    assert_eq!(field(official, "value"), "13");
    assert!(field(official, "source_url").starts_with("http"));
    // Hải Dương's 2023 rank was never printed: it is worked out from the complete
    // table of scores, and the file says so, citing the score's row and the table's copy.
    let derived = rows
        .iter()
        .find(|r| field(r, "place_code") == "VN-61" && field(r, "year") == "2023")
        .expect("Hải Dương 2023");
    assert_eq!(field(derived, "value"), "26");
    assert_eq!(field(derived, "citation"), "derived rank");
    assert_eq!(field(derived, "rank_basis"), "derived");
    assert!(field(derived, "quote").contains("0.6929"), "{derived:?}");
    assert!(field(derived, "table_copy").starts_with("https://github.com/"));
    assert_ne!(field(official, "citation"), "derived rank");
    for row in &rows {
        assert_eq!(field(row, "indicator_id"), "dti-rank");
        assert!(!field(row, "source_title").is_empty());
        if field(row, "citation") == "derived rank" {
            assert!(
                field(row, "note").contains("rank by the official table's order of scores"),
                "{row:?}"
            );
        } else {
            assert!(
                field(row, "quote").contains(field(row, "printed")),
                "{row:?}"
            );
        }
    }
    let english = ViewState {
        lang: cds_explorer::core::view::state::Lang::En,
        ..state
    };
    let text = export_csv(shipped(), &english, &CITATION);
    assert!(text.contains("accessed 2026-11-22. Cite the original source"));
    assert!(csv_rows(&text)
        .iter()
        .any(|r| field(r, "unit") == "rank (1 = best)"));
}

#[test]
fn the_csv_of_a_ranking_has_a_row_per_bar_and_targets_are_marked() {
    let state = view("?time=2022&view=ranking");
    let ChartContent::Ranking(chart) = ranking_chart(shipped(), &state) else {
        panic!("a ranking");
    };
    let rows = csv_rows(&export_csv(shipped(), &state, &CITATION));
    assert_eq!(rows.len(), chart.rows.len());
    assert_eq!(rows.len(), 63);
    // Thanh Hóa's line shows its targets: they are in the file, marked as such.
    let state = view("?provinces=thanh-hoa&indicator=dti-rank&time=2020..2030");
    let shown = shown_observations(shipped(), &state);
    let rows = csv_rows(&export_csv(shipped(), &state, &CITATION));
    assert_eq!(rows.len(), shown.len());
    let targets = match line_chart(shipped(), &state) {
        ChartContent::Line(chart) => chart.series[0].target_observations.len(),
        _ => 0,
    };
    let marked = rows.iter().filter(|r| field(r, "kind") == "target").count();
    assert_eq!(marked, targets);
}

#[test]
fn the_table_exports_every_cell_in_its_order() {
    let query = "?view=table&time=2021..2022&sort=name";
    let model = table(shipped(), &view(query));
    let rows = rows_of(query);
    let cells: usize = model
        .rows
        .iter()
        .map(|r| model.cells(r).iter().flatten().count())
        .sum();
    assert_eq!(rows.len(), cells);
    assert!(rows.len() > 63, "every province, not just the selection");
    let first = model.name(shipped(), &model.rows[0]);
    assert_eq!(field(&rows[0], "place"), first, "the table's order");
}

#[test]
fn the_coverage_grid_exports_its_values() {
    let query = "?view=coverage";
    let grid = coverage(shipped(), &view(query));
    let values = grid
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter(|c| matches!(c, Cell::Value(_)))
        .count();
    assert_eq!(rows_of(query).len(), values);
}

#[test]
fn the_sources_view_exports_every_quoted_value_and_marks_the_preferred_one() {
    let query = "?provinces=hai-duong~thanh-hoa&view=sources&time=2017..2030";
    let model = sources_view(shipped(), &view(query)).expect("a sources view");
    let rows = rows_of(query);
    assert_eq!(rows.len(), model.values.len());
    let shown = model.values.iter().filter(|v| v.shown).count();
    let preferred = rows
        .iter()
        .filter(|r| field(r, "preferred") == "yes")
        .count();
    assert_eq!(preferred, shown);
    assert!(
        rows.len() > preferred,
        "the other sources' values are there too"
    );
}

#[test]
fn the_map_of_34_units_exports_its_units_in_the_link_form() {
    let query = "?view=map&units=34&time=2024";
    let ChartContent::Map(chart) = map_chart(shipped(), &view(query)) else {
        panic!("a map");
    };
    let rows = rows_of(query);
    assert_eq!(
        rows.len(),
        chart.regions.iter().filter(|r| r.value.is_some()).count()
    );
    assert!(rows
        .iter()
        .all(|r| field(r, "place_code").starts_with("2025:")));
    assert!(rows
        .iter()
        .any(|r| field(r, "place_code") == "2025:hai-phong"));
}

#[test]
fn the_profile_exports_its_two_places_across_indicators() {
    let rows = rows_of("?provinces=thanh-hoa~hai-duong~da-nang&view=profile");
    let places: std::collections::BTreeSet<&str> = rows.iter().map(|r| field(r, "place")).collect();
    assert_eq!(
        places.into_iter().collect::<Vec<_>>(),
        ["Hải Dương", "Thanh Hóa"]
    );
    let indicators: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| field(r, "indicator_id")).collect();
    assert!(indicators.len() > 10, "{indicators:?}");
    assert!(
        rows.iter().any(|r| field(r, "kind") == "target"),
        "the targets it shows"
    );
    // Part-year figures the profile shows where a year has no full-year value count as
    // shown too.
    assert!(rows
        .iter()
        .any(|r| !field(r, "period").is_empty() && field(r, "preferred") == "yes"));
    assert!(rows
        .iter()
        .all(|r| field(r, "kind") == "target" || field(r, "preferred") == "yes"));
}

#[test]
fn the_header_comes_first_and_a_comma_in_the_link_stays_in_its_cell() {
    let citation = Citation {
        link: "https://example.org/a,b/?indicator=pci-score",
        ..CITATION
    };
    let text = export_csv(shipped(), &view("?indicator=pci-score"), &citation);
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default();
    assert!(
        first.starts_with("place,place_code,indicator_id,"),
        "{first}"
    );
    assert!(first.ends_with(",cite_as"), "{first}");
    let rows = csv_rows(&text);
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| field(r, "cite_as").contains("https://example.org/a,b/?indicator=pci-score")));
}

#[test]
fn the_table_also_downloads_as_a_table_of_places_by_years() {
    use cds_explorer::core::export::export_csv::export_wide_csv;
    let state = view("?view=table&indicator=dti-rank&time=2020..2022");
    let text = export_wide_csv(shipped(), &state, &CITATION);
    let body = text.strip_prefix('\u{feff}').expect("a BOM");
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        headers,
        [
            "place",
            "place_code",
            "2020",
            "2021",
            "2022",
            "change",
            "cite_as"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(
        rows.len(),
        table(shipped(), &state).rows.len(),
        "one row per table row"
    );
    let hai_duong = rows
        .iter()
        .find(|r| r.get(1) == Some("VN-61"))
        .expect("Hải Dương");
    assert_eq!(hai_duong.get(0), Some("Hải Dương"));
    assert_eq!(hai_duong.get(4), Some("13"), "its 2022 rank, as a number");
    assert!(rows
        .iter()
        .all(|r| r.get(6).is_some_and(|c| c.contains(CITATION.link))));
}
