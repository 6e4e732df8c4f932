//! Files that leave the page: names, the SVG with hostile text, the QR code of a link
//! and the embed snippet (the CSV is in `export_csv_test.rs`).

use cds_explorer::core::charts::registry::ChartContent;
use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::data::load::{load, DataFiles};
use cds_explorer::core::export::image::{export_svg, file_name, footer_text, image_content};
use cds_explorer::core::export::share::{embed_height, iframe_snippet, qr_modules, qr_svg};
use cds_explorer::core::view::state::ViewState;
use cds_explorer::core::view::url::decode;

use super::common::{shipped, OBSERVATIONS, SOURCES, UNITS};

fn view(query: &str) -> ViewState {
    decode(query, shipped()).state
}

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
            "?provinces=ha-noi~hai-phong~da-nang~ho-chi-minh~can-tho~thua-thien-hue",
            "csv",
            "cds-explorer_dti-rank_2020-2024_ha-noi_hai-phong_da-nang_ho-chi-minh_and-2-more.csv",
        ),
        // The table and the coverage grid list every province, not the selection.
        (
            "?view=table",
            "csv",
            "cds-explorer_dti-rank_2020-2024_table.csv",
        ),
        (
            "?view=coverage&indicator=pci-score",
            "csv",
            "cds-explorer_pci-score_coverage.csv",
        ),
        (
            "?provinces=hai-duong&view=sources&time=2022",
            "csv",
            "cds-explorer_dti-rank_2022_sources_hai-duong.csv",
        ),
    ];
    for (query, extension, expected) in cases {
        let state = view(query);
        assert_eq!(file_name(shipped(), &state, extension), expected, "{query}");
    }
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
    // The ranking labels its bars with the names; the map names the selected provinces.
    for (query, named) in [
        ("?time=2022&view=ranking", true),
        ("?time=2022&view=map&provinces=hai-duong", true),
        ("?time=2022&view=map&provinces=thanh-hoa", false),
    ] {
        let state = decode(query, &dataset).state;
        let content = image_content(&dataset, &state).expect(query);
        let svg = export_svg(&content, &footer).expect(query);
        let document = roxmltree::Document::parse(&svg).expect(query);
        let hostile = document
            .descendants()
            .filter_map(|n| n.text())
            .any(|t| t.contains("Hải <Dương> & \"Co\" 'x'"));
        assert_eq!(hostile, named, "{query}");
    }
}

#[test]
fn every_chart_view_exports_an_svg_and_the_other_views_none() {
    for query in [
        "",
        "?time=2022&view=ranking",
        "?time=2022&view=map",
        "?time=2024&view=map&units=34",
    ] {
        let content = image_content(shipped(), &view(query)).expect(query);
        let svg = export_svg(&content, &footer_text("https://x.test/")).expect(query);
        roxmltree::Document::parse(&svg).expect(query);
    }
    for not_a_chart in ["profile", "table", "sources", "coverage"] {
        let query = format!("?view={not_a_chart}");
        assert!(image_content(shipped(), &view(&query)).is_none(), "{query}");
    }
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
    // The SVG the page shows reads back as the link too.
    let svg = qr_svg(link).expect("an SVG");
    let (size, dark) = rasterise_qr_svg(&svg);
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(size, size, |x, y| dark[y * size + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    assert_eq!(grids[0].decode().expect("decodes").1, link);
    assert!(
        qr_svg(&"x".repeat(5_000)).is_none(),
        "too long for any QR code"
    );
}

/// Paints the QR SVG's path (rectangles `M x y h w v h H x V y`) into a bitmap.
fn rasterise_qr_svg(svg: &str) -> (usize, Vec<bool>) {
    let document = roxmltree::Document::parse(svg).expect("valid XML");
    let root = document.root_element();
    let size: usize = root
        .attribute("width")
        .and_then(|w| w.parse().ok())
        .expect("a width");
    let path = document
        .descendants()
        .find(|n| n.has_tag_name("path"))
        .and_then(|n| n.attribute("d"))
        .expect("a path");
    let mut dark = vec![false; size * size];
    for rect in path.split('M').filter(|r| !r.is_empty()) {
        let numbers: Vec<usize> = rect
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter_map(|n| n.parse().ok())
            .collect();
        let [x, y, w, h, ..] = numbers[..] else {
            panic!("a rectangle: {rect}")
        };
        for row in y..y + h {
            for column in x..x + w {
                dark[row * size + column] = true;
            }
        }
    }
    // The quiet zone stays light.
    assert!(!dark[0] && !dark[size * size - 1]);
    (size, dark)
}

#[test]
fn the_embed_snippet_is_as_tall_as_its_chart() {
    let line = embed_height(shipped(), &view(""));
    let ranking = embed_height(shipped(), &view("?time=2022&view=ranking"));
    let map = embed_height(shipped(), &view("?time=2022&view=map"));
    assert!((400..800).contains(&line), "{line}");
    assert!(ranking > 2 * line, "63 bars: {ranking}");
    assert!(map > line, "{map}");
    let table = embed_height(shipped(), &view("?view=table"));
    assert!((400..800).contains(&table), "a scrolling table: {table}");
}

#[test]
fn the_iframe_snippet_escapes_its_attributes() {
    let snippet = iframe_snippet(
        "https://x.test/?a=1&embed=1\"><script>",
        "Biểu đồ \"DTI\"",
        600,
    );
    assert!(snippet
        .starts_with("<iframe src=\"https://x.test/?a=1&amp;embed=1&quot;&gt;&lt;script&gt;\""));
    assert!(snippet.contains("title=\"Biểu đồ &quot;DTI&quot;\""));
    assert!(!snippet.contains("<script"));
}
