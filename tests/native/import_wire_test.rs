//! The import's round trips and its place in the page: a synthetic DTI workbook read
//! and compared with the published ranks, imported indicators first in the picker, and
//! what crosses to the worker and into the browser's storage read back equal, large
//! counts included.

use cds_explorer::core::data::citation::Citation;
use cds_explorer::core::data::model::{Pillar, Year};
use cds_explorer::core::import::grid::read_file;
use cds_explorer::core::import::user_set::merge;
use cds_explorer::core::view::state::Lang;

use super::common::shipped;
use super::import_test::{import, WIDE};

#[test]
fn a_synthetic_dti_workbook_reads_maps_and_agrees_with_the_published_ranks() {
    let bytes = include_bytes!("../fixtures/dti-2023-synthetic.xlsx");
    let (grid, mapping, report, set) = import("dti-2023-synthetic.xlsx", bytes);
    assert_eq!(grid.separator, None, "a workbook");
    assert_eq!(
        grid.header,
        ["STT", "Tỉnh, thành phố", "Điểm DTI", "Xếp hạng DTI"]
    );
    assert_eq!(grid.rows.len(), 63);
    assert_eq!(grid.rows[0].line, 2, "the sheet's row number");
    assert_eq!(mapping.year, Some(2023));
    assert_eq!(report.problem_count, 0, "{:?}", report.problems);
    assert_eq!(
        report.accepted, 126,
        "a score and a rank for each of the 63"
    );
    // The fixture keeps every DTI 2023 rank quoted from a publication (the observation
    // files it was made from): each agrees. (Ranks read from the tables, and the ranks
    // worked out from them, came later: the fixture's other ranks are synthetic.)
    let data = shipped();
    let rank = data.find_indicator("dti-rank").expect("dti-rank");
    let published = data
        .observations_of(rank)
        .filter(|(_, o)| o.year == Year::new(2023).expect("2023") && o.group == Some(63))
        .filter(|(_, o)| o.citation == Citation::Quote)
        .map(|(_, o)| o.area)
        .collect::<std::collections::HashSet<_>>()
        .len();
    assert!(published >= 12, "{published} quoted ranks");
    assert!(
        report.agreements >= published,
        "{} of {published}",
        report.agreements
    );
    assert!(set.values.iter().any(|v| v.printed == "0.795"));
}

#[test]
fn imported_indicators_come_first_in_the_picker_under_your_data() {
    use cds_explorer::core::query::catalogue::catalogue;
    let (_, _, _, set) = import("ho-so-truc-tuyen.csv", WIDE.as_bytes());
    let merged = merge(shipped(), &[set]);
    let groups = catalogue(&merged, Lang::Vi);
    assert_eq!(groups[0].label, "Dữ liệu của bạn");
    assert_eq!(groups[0].items.len(), 1);
    let english = catalogue(&merged, Lang::En);
    assert_eq!(english[0].label, "Your data");
    assert!(
        groups.iter().skip(1).all(|g| g
            .items
            .iter()
            .all(|(ix, _)| merged.indicators()[*ix].pillar != Pillar::User)),
        "nowhere else"
    );
}

#[test]
fn what_crosses_to_the_worker_and_into_storage_reads_back_equal() {
    use cds_explorer::core::import::session::{check, preview};
    use cds_explorer::core::import::wire::{
        decode_mapping, decode_preview, decode_report, decode_set, encode_mapping, encode_preview,
        encode_report, encode_set,
    };
    let data = shipped();
    let bytes = include_bytes!("../fixtures/dti-2023-synthetic.xlsx");
    let grid = read_file(bytes).expect("workbook");
    let shown = preview(&grid, data, "dti-2023-synthetic.xlsx");
    assert_eq!(decode_preview(&encode_preview(&shown)), Ok(shown.clone()));
    assert_eq!(
        decode_mapping(&encode_mapping(&shown.mapping)),
        Ok(shown.mapping.clone())
    );
    let (report, set) = check(&grid, &shown.mapping, data, &[], "2026-11-30", Lang::En);
    assert_eq!(decode_report(&encode_report(&report)), Ok(report.clone()));
    let kept = encode_set(&set);
    assert_eq!(decode_set(&kept), Ok(set.clone()));
    assert_eq!(
        report.summary,
        "126 values accepted, 0 refused (in 63 data rows)."
    );
    // Damaged bytes are an error, never a panic.
    for cut in [0, 1, kept.len() / 2, kept.len() - 1] {
        assert!(decode_set(&kept[..cut]).is_err(), "cut at {cut}");
    }
    let mut flipped = kept.clone();
    flipped[0] ^= 0xff;
    assert!(decode_set(&flipped).is_err());
}

#[test]
fn large_counts_cross_in_small_messages() {
    use cds_explorer::core::import::session::{preview, ReportView};
    use cds_explorer::core::import::wire::{
        decode_preview, decode_report, decode_set_header, encode_preview, encode_report,
        encode_set_chunks, VALUES_PER_CHUNK,
    };
    let mut csv = String::from("indicator,province,year,value\n");
    for n in 0..60_000 {
        csv.push_str(&format!("own,hai-duong,{},{n}\n", 2015 + n % 21));
    }
    let grid = read_file(csv.as_bytes()).expect("csv");
    let shown = preview(&grid, shipped(), "big.csv");
    assert_eq!(shown.rows, 60_000);
    assert_eq!(
        decode_preview(&encode_preview(&shown)).map(|p| p.rows),
        Ok(60_000)
    );
    let report = ReportView {
        accepted: 1_000_000,
        problem_count: 900_000,
        ..ReportView::default()
    };
    assert_eq!(decode_report(&encode_report(&report)), Ok(report));
    let (_, _, _, set) = import("big.csv", csv.as_bytes());
    let (header, chunks) = encode_set_chunks(&set);
    assert_eq!(chunks.len(), set.values.len().div_ceil(VALUES_PER_CHUNK));
    assert_eq!(
        decode_set_header(&header).map(|(_, n)| n),
        Ok(set.values.len())
    );
}
