//! Importing a person's own file: a table of good and bad files — encodings, separators,
//! quoted fields with newlines, Vietnamese names with and without diacritics, wide and
//! tidy layouts, 34-unit names, hostile text — read, mapped, checked and merged.

use cds_explorer::core::data::citation::Citation as ValueCitation;
use cds_explorer::core::data::model::{Area, Pillar, SourceKind, Unit, Year};
use cds_explorer::core::data::preferred::preferred;
use cds_explorer::core::export::export_csv::{export_csv, Citation};
use cds_explorer::core::import::grid::{read_file, Grid, GridError};
use cds_explorer::core::import::mapping::{guess, ColumnRole, IndicatorChoice, Mapping};
use cds_explorer::core::import::number::parse_number;
use cds_explorer::core::import::text::TextError;
use cds_explorer::core::import::user_set::{merge, UserSet};
use cds_explorer::core::import::validate::{validate, ImportReport, Reason};
use cds_explorer::core::import::words;
use cds_explorer::core::view::state::{Lang, Units};
use cds_explorer::core::view::url::decode;

use super::common::shipped;

/// Reads, guesses and checks `bytes` as the file `name`.
pub(crate) fn import(name: &str, bytes: &[u8]) -> (Grid, Mapping, ImportReport, UserSet) {
    let data = shipped();
    let grid = read_file(bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let mapping = guess(&grid, data, name);
    let (report, set) = validate(&grid, &mapping, data, "test", "2026-11-30");
    (grid, mapping, report, set)
}

fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

fn utf16be(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    bytes
}

pub(crate) const WIDE: &str =
    "Tỉnh,2021,2022,2023\nHải Dương,\"80,5\",\"85,2\",\"87,0\"\nThanh Hoá,70,\"75,5\",\n";

#[test]
fn every_encoding_reads_to_the_same_table() {
    let plain = read_file(WIDE.as_bytes()).expect("UTF-8");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(WIDE.as_bytes());
    for (name, bytes) in [
        ("UTF-8 with BOM", bom),
        ("UTF-16LE with BOM", utf16le(WIDE, true)),
        ("UTF-16LE without BOM", utf16le(WIDE, false)),
        ("UTF-16BE with BOM", utf16be(WIDE)),
    ] {
        let grid = read_file(&bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(grid.header, plain.header, "{name}");
        assert_eq!(grid.rows, plain.rows, "{name}");
    }
    assert_eq!(plain.header, ["Tỉnh", "2021", "2022", "2023"]);
    // Latin-1 bytes are not Unicode: refused with the offset, not read as garbage.
    let latin1 = b"T\xecnh,2021\nH\xe0 N\xf4i,1\n";
    assert_eq!(
        read_file(latin1),
        Err(GridError::Text(TextError::NotUnicode { at: 1 }))
    );
    assert_eq!(read_file(b""), Err(GridError::Text(TextError::Empty)));
    assert_eq!(read_file(b"\n\n ,\n"), Err(GridError::NoHeader));
}

#[test]
fn separators_and_quoted_newlines_keep_their_lines() {
    let semicolon = "Tỉnh;2023\nHải Dương;\"0,5\"\nĐà Nẵng;0,7\n";
    let grid = read_file(semicolon.as_bytes()).expect("semicolons");
    assert_eq!(grid.separator, Some(';'));
    assert_eq!(grid.rows[1].cells, ["Đà Nẵng", "0,7"]);
    let tab = "Tỉnh\t2023\nHải Dương\t12\n";
    assert_eq!(
        read_file(tab.as_bytes()).expect("tabs").separator,
        Some('\t')
    );
    let quoted = "indicator,province,year,value,quote\n\
        dti-rank,hai-duong,2023,13,\"xếp thứ 13\nnăm 2023\"\n\
        dti-rank,thanh-hoa,2023,abc,x\n";
    let (grid, mapping, report, _) = import("hai-dong.csv", quoted.as_bytes());
    assert!(mapping.is_tidy());
    assert_eq!(grid.rows[1].line, 4, "the line after a quoted newline");
    assert_eq!(report.problems[0].line, 4);
    assert_eq!(report.problems[0].reason, Reason::NotANumber("abc".into()));
    // Excel for Mac ends lines with a lone CR: each row keeps its own line (issue 26, 10).
    let mac =
        "indicator,province,year,value\rdti-rank,hai-duong,2023,13\rdti-rank,thanh-hoa,2023,abc\r";
    let (grid, _, report, _) = import("mac.csv", mac.as_bytes());
    let lines: Vec<u64> = grid.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3]);
    assert_eq!(report.problems[0].line, 3);
}

#[test]
fn numbers_read_as_people_type_them() {
    for (text, value) in [
        ("0,4843", 0.4843),
        ("0.4843", 0.4843),
        ("1.234.567", 1_234_567.0),
        ("1,234,567", 1_234_567.0),
        ("1.234,5", 1234.5),
        ("17,5%", 17.5),
        ("25/63", 25.0),
        (" 3 500 ", 3500.0),
        ("-2", -2.0),
    ] {
        assert_eq!(parse_number(text), Some(value), "{text}");
    }
    for text in ["", "abc", "1.2.3,4.5", "=1+1", "12a"] {
        assert_eq!(parse_number(text), None, "{text}");
    }
}

#[test]
fn places_are_found_by_any_name_and_unknown_ones_get_close_names() {
    let file = "Tỉnh,Giá trị 2023\n\
        Hải Dương,1\nhai duong,2\nTỉnh Thanh Hóa,3\nTP. Hồ Chí Minh,4\nTHÀNH PHỐ HÀ NỘI,5\nVN-DN,6\nda-nang,7\nBa Ria - Vung Tau,8\nHai Duongg,9\n";
    let (_, mapping, report, set) = import("ty-le-2023.csv", file.as_bytes());
    assert_eq!(mapping.units, Units::Pre2025);
    let areas: Vec<&str> = set.values.iter().map(|v| v.area.as_str()).collect();
    assert_eq!(
        areas,
        [
            "hai-duong",
            "thanh-hoa",
            "ho-chi-minh",
            "ha-noi",
            "da-nang",
            "ba-ria-vung-tau"
        ],
        "“hai duong” repeats “Hải Dương” and VN-DN is Đà Nẵng, repeated by da-nang"
    );
    assert_eq!(report.repeated, 2);
    assert_eq!(report.unknown_places.len(), 1);
    let unknown = &report.unknown_places[0];
    assert_eq!(
        (unknown.name.as_str(), unknown.first_line),
        ("Hai Duongg", 10)
    );
    assert_eq!(
        unknown.suggestions.first().map(String::as_str),
        Some("Hải Dương")
    );
}

#[test]
fn a_wide_dti_table_maps_to_the_dti_and_is_compared_with_ours() {
    let data = shipped();
    let file = "STT,Tỉnh/Thành phố,Điểm DTI,Xếp hạng,Chính quyền số\n\
        1,Đà Nẵng,\"0,6500\",1,\"0,7000\"\n\
        2,Hải Dương,\"0,5500\",13,\"0,5100\"\n\
        3,Thanh Hóa,\"0,5400\",99,\n";
    let (_, mapping, report, set) = import("DTI_2023_bang_day_du.csv", file.as_bytes());
    assert_eq!(mapping.year, Some(2023), "the year from the file name");
    assert_eq!(
        mapping.columns[0],
        ColumnRole::Ignore,
        "row numbers are no indicator"
    );
    assert_eq!(mapping.columns[1], ColumnRole::Place);
    let ids: Vec<Option<&str>> = mapping.columns[2..]
        .iter()
        .map(|c| match c {
            ColumnRole::Value {
                indicator: IndicatorChoice::Existing(id),
                ..
            } => Some(id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        ids,
        [
            Some("dti-score"),
            Some("dti-rank"),
            Some("dti-government-score")
        ]
    );
    assert!(
        set.indicators.is_empty(),
        "no indicator of the person's own"
    );
    // Đà Nẵng's rank 1 of 2023 is ours too; Hải Dương has no published 2023 score of
    // the digital government; 99 is not a rank of 63.
    assert!(report.agreements >= 1, "{report:?}");
    assert_eq!(report.problem_count, 1);
    assert!(matches!(report.problems[0].reason, Reason::OutOfRange { value, .. } if value == 99.0));
    assert_eq!(report.accepted, 7);
    let rank = data.find_indicator("dti-rank").expect("dti-rank");
    let government = data
        .find_indicator("dti-government-score")
        .expect("dti-government-score");
    let hai_duong = data.find_place("hai-duong").expect("hai-duong");
    let year = Year::new(2023).expect("2023");
    assert_eq!(
        preferred(data, government, hai_duong, year),
        None,
        "a gap in the built-in data"
    );
    let merged = merge(data, &[set]);
    let point =
        preferred(&merged, government, hai_duong, year).expect("the imported score fills it");
    assert_eq!(point.value, 0.51);
    let observation = &merged.observations()[point.observation];
    assert_eq!(merged.sources()[observation.source].kind, SourceKind::User);
    assert_eq!(
        observation.note,
        "DTI_2023_bang_day_du.csv, dòng 3, cột “Chính quyền số”"
    );
    // Hải Dương's 2023 rank was never printed, but the complete table of scores gives
    // it (26th): the file's 13 does not replace it.
    let ours = preferred(data, rank, hai_duong, year).expect("the derived rank");
    assert_eq!(ours.value, 26.0);
    assert_eq!(
        data.observations()[ours.observation].citation,
        ValueCitation::DerivedRank
    );
    let after = preferred(&merged, rank, hai_duong, year).expect("after");
    assert_eq!(
        ours.observation, after.observation,
        "not even a derived rank"
    );
    let da_nang = data.find_place("da-nang").expect("da-nang");
    let ours = preferred(data, rank, da_nang, year).expect("ours");
    let after = preferred(&merged, rank, da_nang, year).expect("after");
    assert_eq!(
        ours.observation, after.observation,
        "a published value is never replaced"
    );
}

#[test]
fn a_wide_table_of_years_makes_an_indicator_of_the_persons_own() {
    let (_, mapping, report, set) = import("ho-so-truc-tuyen.csv", WIDE.as_bytes());
    assert_eq!(report.problem_count, 0, "{report:?}");
    assert_eq!(report.accepted, 5, "the empty cell is no value");
    assert_eq!(set.indicators.len(), 1);
    assert_eq!(set.indicators[0].unit, "percent");
    assert!(matches!(
        &mapping.columns[1],
        ColumnRole::Value {
            year: Some(2021),
            indicator: IndicatorChoice::New { .. }
        }
    ));
    let merged = merge(shipped(), std::slice::from_ref(&set));
    let ix = merged
        .find_indicator(&set.indicators[0].id)
        .expect("the new indicator");
    assert_eq!(merged.indicators()[ix].pillar, Pillar::User);
    let thanh_hoa = merged.find_place("thanh-hoa").expect("thanh-hoa");
    let point = preferred(&merged, ix, thanh_hoa, Year::new(2022).expect("2022")).expect("a value");
    assert_eq!(point.value, 75.5);
}

#[test]
fn our_own_export_imports_back_in_agreement() {
    let data = shipped();
    let state = decode("?provinces=hai-duong~thanh-hoa&indicator=dti-rank", data).state;
    let citation = Citation {
        link: "https://example.org/?provinces=hai-duong~thanh-hoa",
        accessed: "2026-11-30",
    };
    let csv = export_csv(data, &state, &citation);
    let (_, mapping, report, set) = import("cds-explorer.csv", csv.as_bytes());
    assert!(mapping.is_tidy());
    assert_eq!(report.problem_count, 0, "{:?}", report.problems);
    assert!(report.accepted >= 4);
    assert_eq!(report.disagreement_count, 0);
    assert!(set.indicators.is_empty(), "dti-rank is ours");
}

#[test]
fn names_of_the_34_units_are_read_in_that_geography() {
    let file = "Đơn vị,DTI 2024 xếp hạng\nThành phố Hải Phòng,3\nTuyên Quang,20\nThành phố Huế,2\nHải Dương,9\n";
    let (_, mapping, report, set) = import("dti-34.csv", file.as_bytes());
    assert_eq!(mapping.units, Units::Post2025);
    let areas: Vec<&str> = set.values.iter().map(|v| v.area.as_str()).collect();
    assert_eq!(areas, ["2025:hai-phong", "2025:tuyen-quang", "2025:hue"]);
    assert_eq!(
        report.unknown_places[0].name, "Hải Dương",
        "a province merged away is no unit"
    );
    let merged = merge(shipped(), &[set]);
    let rank = merged.find_indicator("dti-rank").expect("dti-rank");
    let tuyen_quang = merged.find_area("2025:tuyen-quang").expect("unit");
    assert!(matches!(tuyen_quang, Area::Merged(_)));
    // The file's value is a rank of the 34 units, read as Tuyên Quang's…
    let year = Year::new(2024).expect("2024");
    let imported = merged
        .observations_of(rank)
        .map(|(_, o)| o)
        .find(|o| {
            o.area == tuyen_quang
                && o.year == year
                && merged.sources()[o.source].kind == SourceKind::User
        })
        .expect("the imported rank");
    assert_eq!((imported.value, imported.group), (20.0, Some(34)));
    // …beside the ministry's 2024 table of the 34 units, which is shown (22nd of 34).
    let point = preferred(&merged, rank, tuyen_quang, year).expect("a rank");
    assert_eq!(point.value, 22.0);
    let shown = &merged.observations()[point.observation];
    assert_eq!(shown.group, Some(34));
    assert_eq!(merged.sources()[shown.source].kind, SourceKind::Official);
}

#[test]
fn hostile_text_stays_text_and_never_becomes_a_formula_in_our_exports() {
    let data = shipped();
    let file = "Tỉnh,\"=HYPERLINK(\"\"http://x\"\")\",<script>alert(1)</script>\n\
        Hải Dương,5,6\n<img src=x onerror=alert(1)>,1,2\n@SUM(A1),3,4\n";
    let (_, _, report, set) = import("x-2023.csv", file.as_bytes());
    assert_eq!(report.accepted, 2);
    assert_eq!(report.unknown_places.len(), 2, "{report:?}");
    assert_eq!(
        report.unknown_places[0].name,
        "<img src=x onerror=alert(1)>"
    );
    let names: Vec<&str> = set.indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        ["=HYPERLINK(\"http://x\")", "<script>alert(1)</script>"]
    );
    let merged = merge(data, std::slice::from_ref(&set));
    let query = format!(
        "?provinces=hai-duong&indicator={}&view=table",
        set.indicators[0].id
    );
    let state = decode(&query, &merged).state;
    let citation = Citation {
        link: "https://example.org/",
        accessed: "2026-11-30",
    };
    let csv = export_csv(&merged, &state, &citation);
    assert!(
        csv.contains("'=HYPERLINK"),
        "the formula is neutralised: {csv}"
    );
    assert!(!csv.contains(",=HYPERLINK"));
}

#[test]
fn every_problem_is_said_in_both_languages_with_its_line() {
    let file = "indicator,province,year,value\n\
        dti-rank,hai-duong,2023,abc\n\
        dti-rank,hai-duong,1999,5\n\
        dti-rank,,2023,5\n\
        dti-rank,hai-duong,2023,2.5\n\
        dti-score,hai-duong,2023,-1\n\
        dti-rank,thanh-hoa,2023,15\n\
        dti-rank,thanh-hoa,2023,16\n";
    let (_, _, report, _) = import("bad.csv", file.as_bytes());
    let vi: Vec<String> = report
        .problems
        .iter()
        .map(|p| words::problem(p, Lang::Vi))
        .collect();
    assert_eq!(
        vi,
        [
            "Dòng 2, cột “value”: “abc” không phải là số.",
            "Dòng 3, cột “value”: “1999” không phải là năm (2015–2035).",
            "Dòng 4, cột “value”: không có tên tỉnh, thành phố.",
            "Dòng 5, cột “value”: 2,5 phải là số nguyên (thứ hạng, số lượng).",
            "Dòng 6, cột “value”: −1 nằm ngoài khoảng cho phép của đơn vị (0–1).",
            "Dòng 8, cột “value”: trùng với dòng 7 (giữ giá trị của dòng 7).",
        ]
    );
    assert_eq!(
        words::problem(&report.problems[0], Lang::En),
        "Line 2, column “value”: “abc” is not a number."
    );
    assert_eq!(report.accepted, 1);
    let rank_unit = shipped().indicators()[shipped().find_indicator("dti-rank").expect("r")].unit;
    assert_eq!(rank_unit, Unit::Rank);
}

#[test]
fn targets_are_not_compared_and_a_published_estimate_stays_before_an_imported_value() {
    // Hải Dương's 2025 target share of the digital economy (20 %) is no disagreement with
    // a measured value, and there is none for 2025.
    let file = "indicator,province,year,value,kind\n\
        digital-economy-grdp-share,hai-duong,2023,19,target\n\
        digital-economy-grdp-share,hai-duong,2023,17.5,actual\n";
    let (_, _, report, set) = import("targets.csv", file.as_bytes());
    assert_eq!(report.problem_count, 0, "{:?}", report.problems);
    assert_eq!(report.disagreement_count, 0, "{:?}", report.disagreements);
    assert_eq!(report.agreements, 1, "the actual 17,5 % agrees");
    assert_eq!(set.values.len(), 2);
    // A published estimate is shown before an imported actual value of the same year.
    let data = shipped();
    let estimate = data
        .observations()
        .iter()
        .position(|o| o.kind == cds_explorer::core::data::model::ObservationKind::Estimate)
        .expect("the data has an estimate");
    let o = &data.observations()[estimate];
    let (indicator, area, year) = (&data.indicators()[o.indicator].id, o.area, o.year);
    let place = data.area_slug(area).expect("slug").to_string();
    let place = if matches!(area, Area::Merged(_)) {
        format!("2025:{place}")
    } else {
        place
    };
    let csv = format!(
        "indicator,province,year,value\n{indicator},{place},{year},{}\n",
        o.value + 1.0
    );
    let (_, _, _, own) = import("own.csv", csv.as_bytes());
    assert_eq!(own.values.len(), 1, "{own:?}");
    let merged = merge(data, &[own]);
    let shown = preferred(&merged, o.indicator, area, year).expect("a value");
    assert_eq!(shown.observation, estimate, "the published estimate stays");
}

#[test]
fn a_part_year_figure_is_never_taken_for_the_full_year() {
    let file = "indicator_id,place_code,year,period,value\n\
                dti-score,VN-61,2023,H1,\"0,5\"\n\
                dti-score,VN-61,2023,to-06,\"0,5\"\n\
                dti-score,VN-61,2019,,\"0,4\"\n";
    let (_, mapping, report, set) = import("cds-explorer.csv", file.as_bytes());
    assert!(mapping.is_tidy());
    assert_eq!(report.accepted, 1, "only the full-year value");
    assert_eq!(set.values[0].year, 2019);
    let said = words::problem(&report.problems[0], Lang::En);
    assert!(said.contains("the period “H1” is part of a year"), "{said}");
}

#[test]
fn words_from_a_file_lose_bidi_overrides_and_invisible_characters_before_they_are_shown() {
    use cds_explorer::core::import::session::check;
    let data = shipped();
    // A column named with a right-to-left override and a zero-width space, a quote with a
    // NUL and an isolate (issue 26, defect 7).
    let file = "indicator,province,year,value,quote\n\
        \"Tỷ lệ\u{202E}cba\u{200B}\",hai-duong,2023,13,\"xếp\u{0}thứ\u{2066} 13\"\n";
    let grid = read_file(file.as_bytes()).expect("a table");
    let mut mapping = guess(&grid, data, "bao\u{202E}cao.csv");
    mapping.name = "bao\u{202E}cao".to_string();
    let (_, set) = check(&grid, &mapping, data, &[], "2026-12-07", Lang::Vi);
    let hidden = |t: &str| {
        t.chars()
            .any(cds_explorer::core::data::untrusted::is_hidden)
    };
    assert!(!hidden(&set.name), "{:?}", set.name);
    assert!(
        set.indicators.iter().all(|i| !hidden(&i.name)),
        "{:?}",
        set.indicators
    );
    assert!(
        set.values
            .iter()
            .all(|v| !hidden(&v.quote) && !hidden(&v.printed)),
        "{:?}",
        set.values
    );
    assert!(
        set.values.iter().any(|v| v.quote == "xếpthứ 13"),
        "{:?}",
        set.values
    );
}
