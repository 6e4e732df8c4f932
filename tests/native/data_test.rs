//! Loading: the shipped files load cleanly, broken rows give located errors.

use cds_explorer::core::load::{load, DataFiles, LoadErrorKind};

use super::common::{files, shipped, INDICATORS, OBSERVATIONS, PROVINCES, SOURCES};

#[test]
fn shipped_files_load_without_errors() {
    let data = shipped();
    assert_eq!(data.provinces().len(), 63);
    assert!(data.indicators().len() >= 8);
    let dti_rank = data.find_indicator("dti-rank").expect("dti-rank");
    let ranked_2022 = data
        .observations()
        .iter()
        .filter(|o| o.indicator == dti_rank && o.year.get() == 2022)
        .map(|o| o.province)
        .collect::<std::collections::HashSet<_>>();
    assert_eq!(ranked_2022.len(), 63, "DTI 2022 rank covers every province");
    assert!(data.observations().iter().all(|o| !o.quote.is_empty()));
}

#[test]
fn shipped_slugs_are_the_documented_ones() {
    let data = shipped();
    for (slug, code) in [
        ("hai-duong", "VN-61"),
        ("thanh-hoa", "VN-21"),
        ("ho-chi-minh", "VN-SG"),
        ("ba-ria-vung-tau", "VN-43"),
        ("thua-thien-hue", "VN-26"),
        ("kien-giang", "VN-47"),
    ] {
        let ix = data.find_province(slug).unwrap_or_else(|| panic!("{slug}"));
        assert_eq!(data.provinces()[ix].code.as_str(), code);
    }
}

/// Loads the synthetic files with one observation line appended, and returns the
/// single error as "line:column: message".
fn check_bad_row(row: &str, expected_line: u64, expected_column: Option<&str>) -> LoadErrorKind {
    let text = format!("{OBSERVATIONS}{row}\n");
    let (dataset, errors) = load(files(&text));
    assert_eq!(errors.len(), 1, "{row}: {errors:?}");
    let error = &errors[0];
    assert_eq!(error.file, "observations.csv");
    assert_eq!(error.line, expected_line, "{row}");
    assert_eq!(
        error.column.as_ref().map(|c| c.1.as_str()),
        expected_column,
        "{row}"
    );
    assert_eq!(dataset.observations().len(), 6, "the good rows still load");
    error.kind.clone()
}

#[test]
fn broken_observation_rows_are_located() {
    let line = 8; // header + 6 good rows + this one
    let cases: [(&str, Option<&str>); 9] = [
        ("dti-rank,VN-61,20x2,13,official,q", Some("year")),
        ("dti-rank,VN-61,2040,13,official,q", Some("year")),
        ("dti-rank,VN-61,2023,abc,official,q", Some("value")),
        ("dti-rank,VN-61,2023,99,official,q", Some("value")),
        ("dti-score,VN-61,2023,1.5,official,q", Some("value")),
        ("no-such,VN-61,2023,1,official,q", Some("indicator")),
        ("dti-rank,VN-99,2023,1,official,q", Some("province")),
        ("dti-rank,VN-61,2023,1,nobody,q", Some("source")),
        ("dti-rank,VN-61,2023,1,official,", Some("quote")),
    ];
    for (row, column) in cases {
        check_bad_row(row, line, column);
    }
}

#[test]
fn duplicate_and_malformed_rows_are_reported() {
    let kind = check_bad_row("dti-rank,VN-61,2022,13,official,again", 8, Some("source"));
    assert!(matches!(kind, LoadErrorKind::Duplicate(_)));
    let kind = check_bad_row("dti-rank,VN-61,2022", 8, None);
    assert!(matches!(kind, LoadErrorKind::Syntax(_)));
}

#[test]
fn error_messages_name_file_line_and_column() {
    let text = format!("{OBSERVATIONS}dti-rank,VN-61,20x2,13,official,q\n");
    let (_, errors) = load(files(&text));
    assert_eq!(
        errors[0].to_string(),
        "observations.csv, line 8, column 3 (year): \"20x2\" is not a year from 2015 to 2035"
    );
}

#[test]
fn broken_tables_are_located() {
    let provinces =
        format!("{PROVINCES}VN-61,hai-duong-2,X,X,red-river-delta\nVN-1,x,X,X,nowhere\n");
    let indicators = format!("{INDICATORS}Bad Id,a,b,rank,lower,overall,c,d\n");
    let sources = "id,title,publisher,url\nofficial,T,P,https://x\n";
    let (_, errors) = load(DataFiles {
        provinces: &provinces,
        indicators: &indicators,
        sources,
        observations: OBSERVATIONS,
    });
    let located: Vec<(&str, u64, Option<&str>)> = errors
        .iter()
        .map(|e| (e.file, e.line, e.column.as_ref().map(|c| c.1.as_str())))
        .collect();
    assert!(
        located.contains(&("provinces.csv", 5, Some("code"))),
        "{located:?}"
    );
    assert!(
        located.contains(&("provinces.csv", 6, Some("code"))),
        "{located:?}"
    );
    assert!(
        located.contains(&("indicators.csv", 4, Some("id"))),
        "{located:?}"
    );
    assert!(
        located.contains(&("sources.csv", 1, None)),
        "missing column: {located:?}"
    );
    let _ = SOURCES;
}
