//! The second research round (`dti_campaign_2.csv`): its rows in the app with their
//! caveats — a year the source does not print is said to be inferred, and a third-party
//! compilation is a source of its own kind that gives way to every publisher; and the
//! project's own notes inside source titles and publishers, in English on an English page.

use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::data::load::{load, DataFiles};
use cds_explorer::core::data::model::{Area, SourceKind, Year};
use cds_explorer::core::data::preferred::preferred;
use cds_explorer::core::query::sources_view::sources_view;
use cds_explorer::core::text::source_words::source_text;
use cds_explorer::core::view::state::Lang;
use cds_explorer::core::view::url::decode;

use super::common::{shipped, INDICATORS, PROVINCES, UNITS};

fn year(y: u16) -> Year {
    Year::new(y).expect("a year")
}

fn place(data: &Dataset, slug: &str) -> Area {
    data.find_place(slug).expect(slug)
}

/// The value shown for an indicator, place and year, with its observation.
fn shown(data: &Dataset, indicator: &str, slug: &str, y: u16) -> Option<(f64, usize)> {
    let ix = data.find_indicator(indicator).expect(indicator);
    preferred(data, ix, place(data, slug), year(y)).map(|p| (p.value, p.observation))
}

#[test]
fn a_year_the_source_does_not_print_is_said_to_be_inferred() {
    let data = shipped();
    let (rank, ix) = shown(data, "dti-rank", "ha-tinh", 2023).expect("Hà Tĩnh's DTI 2023 rank");
    assert_eq!(rank, 25.0);
    assert!(data.observations()[ix].year_inferred);
    let view = sources_view(
        data,
        &decode("?indicator=dti-rank&view=sources&provinces=ha-tinh", data).state,
    )
    .expect("a sources view");
    let entry = view
        .values
        .iter()
        .find(|v| v.observation == ix)
        .expect("Hà Tĩnh's row");
    assert_eq!(entry.period, "2023 (năm suy đoán)");
    let english = sources_view(
        data,
        &decode(
            "?indicator=dti-rank&view=sources&provinces=ha-tinh&lang=en",
            data,
        )
        .state,
    )
    .expect("a sources view");
    let entry = english
        .values
        .iter()
        .find(|v| v.observation == ix)
        .expect("row");
    assert_eq!(entry.period, "2023 (year inferred)");
    // Quảng Bình's page says "Năm 2023" of what is DTI 2022: its pillar ranks are 2022's.
    let (rank, ix) = shown(data, "dti-government-rank", "quang-binh", 2022).expect("Quảng Bình");
    assert_eq!(rank, 46.0);
    assert!(data.observations()[ix].year_inferred);
}

#[test]
fn the_compilation_fills_gaps_as_a_secondary_source() {
    let data = shipped();
    let (score, ix) =
        shown(data, "dti-government-score", "thua-thien-hue", 2020).expect("Huế 2020");
    assert_eq!(score, 0.522);
    let source = &data.sources()[data.observations()[ix].source];
    assert_eq!(source.kind, SourceKind::Compilation);
    let view = sources_view(
        data,
        &decode("?indicator=dti-government-score&view=sources", data).state,
    )
    .expect("a sources view");
    let entry = view
        .sources
        .iter()
        .find(|s| s.title == source.title)
        .expect("the compilation among the sources");
    assert_eq!(entry.kind, "tổng hợp của bên thứ ba (nguồn thứ cấp)");
}

#[test]
fn rows_that_other_sources_contradict_are_left_out() {
    let data = shipped();
    // Hà Giang's 26th of a year the page does not print: not in the app.
    assert_eq!(shown(data, "dti-rank", "ha-giang", 2020), None);
    // Kiên Giang was 9th in 2020 (a source citing the ministry, and the compilation,
    // whose scores put Ninh Bình 8th ahead of it); the listing that tied both 8th is gone.
    let rank = data.find_indicator("dti-rank").expect("dti-rank");
    let kien_giang = place(data, "kien-giang");
    let ranks: Vec<f64> = data
        .observations_of(rank)
        .filter(|(_, o)| o.area == kien_giang && o.year == year(2020))
        .map(|(_, o)| o.value)
        .collect();
    assert_eq!(ranks, [9.0]);
    // DTI 2023 was published for the 63 provinces only: no 34-unit rank of 2023.
    assert!(data
        .observations_of(rank)
        .all(|(_, o)| !(o.group == Some(34) && o.year == year(2023))));
}

#[test]
fn a_compilation_gives_way_to_any_publisher() {
    let sources = "id,kind,title,publisher,published,url,file
press,press,Press article,Newspaper,2020,https://example.org/b,
compiled,compilation,A compiled table,Someone,2025,https://example.org/c,
";
    let observations =
        "indicator,area,year,part,kind,value,printed,group,tie,source,quote,note,year_basis
dti-score,VN-DN,2021,,actual,0.6419,\"0,6419\",,,press,\"Đà Nẵng (0,6419)\",,
dti-score,VN-DN,2021,,actual,0.65,0.65,,,compiled,Da Nang | 0.65,,
dti-score,VN-21,2021,,actual,0.488,0.488,,,compiled,Thanh Hoa | 0.488,,inferred
";
    let (data, errors) = load(DataFiles {
        provinces: PROVINCES,
        merged_units: UNITS,
        indicators: INDICATORS,
        sources,
        observations: &[("observations/test.csv", observations)],
    });
    assert!(errors.is_empty(), "{errors:?}");
    let (value, _) = shown(&data, "dti-score", "da-nang", 2021).expect("Đà Nẵng");
    assert_eq!(
        value, 0.6419,
        "the newspaper's value, although the compilation is later"
    );
    let (value, ix) = shown(&data, "dti-score", "thanh-hoa", 2021).expect("Thanh Hóa");
    assert_eq!(
        value, 0.488,
        "the compilation where nothing else gives the value"
    );
    assert!(data.observations()[ix].year_inferred);
}

/// Words of the project's own notes inside titles and publishers, never names.
const VIETNAMESE_NOTES: [&str; 6] = [
    "không rõ",
    "đăng lại",
    "tổng hợp",
    "báo gốc",
    "không ghi",
    "Bộ dữ liệu",
];

#[test]
fn in_english_the_notes_inside_source_titles_are_english() {
    let data = shipped();
    let mut left = Vec::new();
    for source in data.sources() {
        for text in [&source.title, &source.publisher] {
            let english = source_text(text, Lang::En);
            if VIETNAMESE_NOTES.iter().any(|note| english.contains(note)) {
                left.push(english);
            }
            assert_eq!(source_text(text, Lang::Vi), *text, "Vietnamese as recorded");
        }
    }
    assert!(left.is_empty(), "untranslated notes: {left:?}");
    let view = sources_view(
        data,
        &decode("?indicator=dti-score&view=sources&lang=en", data).state,
    )
    .expect("a sources view");
    assert!(view.sources.iter().any(|s| s.title == "(title unknown)"));
    assert!(view
        .sources
        .iter()
        .any(|s| s.publisher == "Báo Mới (aggregator; original newspaper not identified)"));
}
