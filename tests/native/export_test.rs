//! Files that leave the page: names, the CSV of exactly what is shown, the SVG with
//! hostile text, and the QR code of a link.

use cds_explorer::core::chart::{line_chart, ChartContent};
use cds_explorer::core::dataset::Dataset;
use cds_explorer::core::export::{export_svg, file_name, footer_text, image_content};
use cds_explorer::core::export_csv::{export_csv, shown_observations, Citation, COLUMNS};
use cds_explorer::core::load::{load, DataFiles};
use cds_explorer::core::query::line_series;
use cds_explorer::core::ranking::ranking_chart;
use cds_explorer::core::share::{iframe_snippet, qr_modules, qr_svg};
use cds_explorer::core::url::decode;
use cds_explorer::core::view::ViewState;

use super::common::{shipped, OBSERVATIONS, SOURCES, UNITS};

fn view(query: &str) -> ViewState {
    decode(query, shipped()).state
}

const CITATION: Citation<'static> = Citation {
    link: "https://example.org/cds/?provinces=hai-duong",
    accessed: "2026-11-22",
};

#[test]
fn file_names_say_what_the_file_holds() {
    let cases = [
        (
            "?provinces=hai-duong~thanh-hoa&indicator=dti-rank&time=2020..2024",
            "png",
            "cds-explorer_dti-rank_2020-2024_hai-duong_thanh-hoa.png",
        ),
        (
            "",
            "csv",
            "cds-explorer_dti-rank_2020-2024_hai-duong_thanh-hoa_da-nang.csv",
        ),
        (
            "?provinces=viet-nam&indicator=dti-score&time=2022",
            "svg",
            "cds-explorer_dti-score_2022_viet-nam.svg",
        ),
        (
            "?time=2020..2022&view=ranking&region=mekong-delta",
            "png",
            "cds-explorer_dti-rank_2022_ranking_mekong-delta.png",
        ),
        (
            "?time=2024&view=map&units=34",
            "png",
            "cds-explorer_dti-rank_2024_map_34-units.png",
        ),
        (
            "?provinces=hai-duong~thanh-hoa~da-nang&view=profile",
            "csv",
            "cds-explorer_profile_hai-duong_thanh-hoa.csv",
        ),
        (
            "?provinces=ha-noi~hai-phong~da-nang~ho-chi-minh~can-tho~thua-thien-hue&view=table",
            "csv",
            "cds-explorer_dti-rank_2020-2024_ha-noi_hai-phong_da-nang_ho-chi-minh_and-2-more.csv",
        ),
    ];
    for (query, extension, expected) in cases {
        let state = view(query);
        assert_eq!(file_name(shipped(), &state, extension), expected, "{query}");
    }
}

/// The data rows of a CSV export (notes and header skipped), as column → value maps.
fn csv_rows(text: &str) -> Vec<Vec<(String, String)>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("the file starts with a BOM");
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(body.as_bytes());
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
    assert!(text.contains("Trích dẫn: CĐS Explorer"), "a citation block");
    assert!(text.contains(CITATION.link) && text.contains("2026-11-22"));
    let rows = csv_rows(&text);
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
    for row in &rows {
        assert_eq!(field(row, "indicator_id"), "dti-rank");
        assert!(!field(row, "source_title").is_empty());
        assert!(
            field(row, "quote").contains(field(row, "printed")),
            "{row:?}"
        );
    }
    let english = ViewState {
        lang: cds_explorer::core::view::Lang::En,
        ..state
    };
    let text = export_csv(shipped(), &english, &CITATION);
    assert!(text.contains("Cite as: CĐS Explorer"));
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

/// The synthetic dataset with markup characters in a province's name and a
/// publisher's, and a control character that XML cannot hold.
fn hostile() -> Dataset {
    let provinces = "code,slug,name_vi,name_en,region,kind,unit_2025
VN-61,hai-duong,\"Hải <Dương> & \"\"Co\"\" 'x'\u{1}\",Hai <Duong>,red-river-delta,province,hai-phong
VN-HP,hai-phong,Hải Phòng,Hai Phong,red-river-delta,city,hai-phong
VN-21,thanh-hoa,Thanh Hóa,Thanh Hoa,north-central-coast,province,thanh-hoa
VN-DN,da-nang,Đà Nẵng,Da Nang,north-central-coast,city,da-nang
";
    let sources = SOURCES.replace(
        "Official table,Ministry",
        "Official <table>,\"Ministry <of> & \"\"Info\"\"\"",
    );
    let sources: &'static str = Box::leak(sources.into_boxed_str());
    let (dataset, errors) = load(DataFiles {
        provinces,
        merged_units: UNITS,
        indicators: super::common::INDICATORS,
        sources,
        observations: &[("observations/test.csv", OBSERVATIONS)],
    });
    assert!(errors.is_empty(), "{errors:?}");
    dataset
}

#[test]
fn the_svg_escapes_text_from_the_data_and_parses_as_xml() {
    let dataset = hostile();
    let state = decode("?provinces=hai-duong~thanh-hoa&time=2020..2022", &dataset).state;
    let content = image_content(&dataset, &state).expect("a chart");
    let footer = footer_text("https://example.org/?provinces=hai-duong&lang=en");
    let svg = export_svg(&content, &footer).expect("drawn");
    let document = roxmltree::Document::parse(&svg).expect("valid XML");
    let texts: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(str::trim)
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("Hải <Dương> & \"Co\" 'x'")),
        "the name in the legend: {texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("Ministry <of> & \"Info\"")),
        "the source line: {texts:?}"
    );
    let ChartContent::Line(chart) = &content else {
        panic!("a line chart")
    };
    assert!(texts.contains(&chart.title.as_str()), "the title");
    assert!(
        texts
            .iter()
            .any(|t| t.contains("CĐS Explorer · https://example.org")),
        "the footer link"
    );
}

#[test]
fn every_chart_view_exports_an_svg_and_the_profile_none() {
    for query in [
        "",
        "?time=2022&view=ranking",
        "?time=2022&view=map",
        "?view=table",
    ] {
        let content = image_content(shipped(), &view(query)).expect(query);
        let svg = export_svg(&content, &footer_text("https://x.test/")).expect(query);
        roxmltree::Document::parse(&svg).expect(query);
    }
    assert!(image_content(shipped(), &view("?view=profile")).is_none());
    assert!(
        image_content(shipped(), &view("?provinces=")).is_none(),
        "nothing to draw"
    );
}

#[test]
fn the_qr_code_reads_back_as_the_link() {
    let link = "https://example.org/cds-explorer/?provinces=hai-duong~thanh-hoa&indicator=dti-rank&time=2020..2024&view=ranking&lang=en";
    let (width, modules) = qr_modules(link).expect("fits in a QR code");
    // Draw it four pixels a module with a quiet zone, then read it like a camera would.
    let (scale, quiet) = (4, 4);
    let size = (width + 2 * quiet) * scale;
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(size, size, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        (quiet..quiet + width).contains(&mx)
            && (quiet..quiet + width).contains(&my)
            && modules[(my - quiet) * width + (mx - quiet)]
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().expect("decodes");
    assert_eq!(content, link);
    let svg = qr_svg(link).expect("an SVG");
    roxmltree::Document::parse(&svg).expect("valid XML");
    assert!(
        qr_svg(&"x".repeat(5_000)).is_none(),
        "too long for any QR code"
    );
}

#[test]
fn the_iframe_snippet_escapes_its_attributes() {
    let snippet = iframe_snippet("https://x.test/?a=1&embed=1\"><script>", "Biểu đồ \"DTI\"");
    assert!(snippet
        .starts_with("<iframe src=\"https://x.test/?a=1&amp;embed=1&quot;&gt;&lt;script&gt;\""));
    assert!(snippet.contains("title=\"Biểu đồ &quot;DTI&quot;\""));
    assert!(!snippet.contains("<script"));
}
