//! The families of values shipped as data files of their own (PCI, PAPI, GSO): the page
//! holds none of their values but says what each covers, every file reads back against
//! the page's dataset, and a view names the files it needs before it can be read.

use cds_explorer::core::data::compact_notes::decode_family;
use cds_explorer::core::data::embedded::{complete, embedded};
use cds_explorer::core::data::families::family_of;
use cds_explorer::core::query::catalogue::reach;
use cds_explorer::core::view::needs::families_needed;
use cds_explorer::core::view::url::decode;

#[test]
fn the_page_holds_no_value_of_a_family_but_says_what_each_covers() {
    let page = &embedded().dataset;
    let all = &complete().dataset;
    let ids: Vec<&str> = page.families().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["pci", "papi", "gso"]);
    for o in page.observations() {
        let id = &page.indicators()[o.indicator].id;
        assert_eq!(family_of(id), None, "{id} has a value in the page");
    }
    // What the picker says before a family is fetched is what it says after.
    for (ix, indicator) in page.indicators().iter().enumerate() {
        if family_of(&indicator.id).is_some() {
            assert!(page.unloaded_family(ix).is_some(), "{}", indicator.id);
            assert_eq!(reach(page, ix), reach(all, ix), "{}", indicator.id);
            assert!(all.unloaded_family(ix).is_none());
        }
    }
    let pci = page.find_indicator("pci-score").expect("pci-score");
    let covered = reach(page, pci);
    assert_eq!(covered.provinces, 63);
    assert_eq!(
        covered.years.map(|y| (y.start().get(), y.end().get())),
        Some((2005, 2023))
    );
}

#[test]
fn a_family_file_reads_back_only_against_its_own_build() {
    let page = &embedded().dataset;
    let files = [
        include_bytes!(concat!(env!("OUT_DIR"), "/family-pci.bin")).as_slice(),
        include_bytes!(concat!(env!("OUT_DIR"), "/family-papi.bin")).as_slice(),
    ];
    for bytes in files {
        let (id, values) = decode_family(bytes, page).expect("reads");
        assert!(!values.is_empty(), "{id}");
        // Cut short or damaged, it is an error, never a panic.
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                decode_family(&bytes[..cut], page).is_err(),
                "{id} cut at {cut}"
            );
        }
        let mut damaged = bytes.to_vec();
        let last = damaged.len() - 1;
        damaged[last / 2] ^= 0xff;
        let _ = decode_family(&damaged, page);
    }
    // Against another build's dataset (here one without the indicators), it is refused.
    let (empty, _) =
        cds_explorer::core::data::load::load(cds_explorer::core::data::embedded::EMBEDDED_FILES);
    let smaller = cds_explorer::core::data::dataset::Dataset::new(
        empty.provinces().to_vec(),
        empty.merged_units().to_vec(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    assert!(decode_family(files[0], &smaller).is_err());
}

#[test]
fn a_view_names_the_data_files_it_needs() {
    let page = &embedded().dataset;
    let needs = |query: &str| families_needed(page, &decode(query, page).state);
    assert!(needs("").is_empty(), "the default view needs no file");
    assert!(needs("?view=map&indicator=dti-score&time=2023").is_empty());
    assert_eq!(needs("?indicator=pci-score&provinces=hai-duong"), ["pci"]);
    assert_eq!(needs("?view=map&indicator=papi-egov&time=2022"), ["papi"]);
    assert_eq!(needs("?view=profile"), ["pci", "papi", "gso"]);
    assert_eq!(needs("?view=coverage"), ["pci", "papi", "gso"]);
    // Once fetched, nothing more.
    let all = &complete().dataset;
    assert!(families_needed(all, &decode("?view=profile", all).state).is_empty());
}

#[test]
fn a_profile_trend_never_runs_across_a_method_break() {
    use cds_explorer::core::data::model::Area;
    use cds_explorer::core::query::profile_cell::cell;
    use cds_explorer::core::view::state::Lang;
    let all = &complete().dataset;
    let pci = all.find_indicator("pci-score").expect("pci-score");
    let hai_duong = Area::Province(all.find_province("hai-duong").expect("Hải Dương"));
    let latest = cell(all, pci, hai_duong, None, Lang::Vi).expect("a PCI cell");
    assert!(latest.trend.starts_with("2017: "), "{}", latest.trend);
    assert!(latest.trend.contains("2019: "), "{}", latest.trend);
    let year = cds_explorer::core::data::model::Year::new(2012);
    let earlier = cell(all, pci, hai_duong, year, Lang::Vi).expect("a PCI cell of 2012");
    assert!(
        earlier.trend.contains("2016: ") && !earlier.trend.contains("2017"),
        "{}",
        earlier.trend
    );
}

#[test]
fn a_table_over_a_method_break_computes_no_change_and_says_why() {
    use cds_explorer::core::query::table::table;
    let all = &complete().dataset;
    let view = decode("?view=table&indicator=pci-score&time=2015..2018", all).state;
    let model = table(all, &view);
    assert!(model.rows.len() >= 63);
    assert!(model.rows.iter().all(|r| r.gain.is_none()));
    let note = model.break_note.expect("a note");
    assert!(note.contains("đổi phương pháp 2017"), "{note}");
    let within = table(
        all,
        &decode("?view=table&indicator=pci-score&time=2017..2019", all).state,
    );
    assert!(within.break_note.is_none());
    assert!(within.rows.iter().any(|r| r.gain.is_some()));
}
