//! The built-in data as the page reads it: the compact form written by `build.rs` gives
//! back exactly what the loader reads from the CSV files, the boundaries within 10⁻⁶
//! degree of the GeoJSON, and damaged bytes are an error, never a panic.

use cds_explorer::core::data::compact::{
    decode_dataset, decode_shapes, encode_dataset, encode_shapes,
};
use cds_explorer::core::data::compact_notes::{decode_family, encode_family};
use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::data::embedded::{
    complete, embedded, geography, EMBEDDED_FILES, EMBEDDED_TABLES,
};
use cds_explorer::core::data::families::{coverage, family_of, FAMILIES};
use cds_explorer::core::data::geo::{parse, Shape};
use cds_explorer::core::data::load::load_with_tables;
use cds_explorer::core::data::model::Observation;

use crate::common::shipped;

/// The family an observation's values ship in, if any (as `build.rs` splits them).
fn family(dataset: &Dataset, o: &Observation) -> Option<&'static str> {
    family_of(&dataset.indicators()[o.indicator].id)
}

/// Equal element by element; on failure, names the first difference only (a whole
/// dataset's `Debug` runs to gigabytes).
fn assert_same_list<T: PartialEq + std::fmt::Debug>(what: &str, a: &[T], b: &[T]) {
    assert_eq!(a.len(), b.len(), "{what}: not as many");
    if let Some(i) = (0..a.len()).find(|&i| a[i] != b[i]) {
        panic!("{what} differ first at {i}: {:?} != {:?}", a[i], b[i]);
    }
}

/// The values of one family, in the dataset's order.
fn family_values(dataset: &Dataset, id: &str) -> Vec<Observation> {
    dataset
        .observations()
        .iter()
        .filter(|o| family(dataset, o) == Some(id))
        .cloned()
        .collect()
}

/// Each observation as text, sorted: two lists are the same multiset when these are equal.
fn sorted_texts(observations: &[Observation]) -> Vec<String> {
    let mut texts: Vec<String> = observations.iter().map(|o| format!("{o:?}")).collect();
    texts.sort_unstable();
    texts
}

#[test]
fn the_page_reads_the_same_dataset_the_loader_reads_from_the_files() {
    let (loaded, errors) = load_with_tables(EMBEDDED_FILES, EMBEDDED_TABLES);
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(embedded().errors.is_empty());
    let page = &embedded().dataset;
    assert_same_list("provinces", page.provinces(), loaded.provinces());
    assert_same_list(
        "post-2025 units",
        page.merged_units(),
        loaded.merged_units(),
    );
    assert_same_list("indicators", page.indicators(), loaded.indicators());
    assert_same_list("sources", page.sources(), loaded.sources());
    assert_same_list("former units", page.former_units(), loaded.former_units());
    assert_same_list(
        "method breaks",
        page.method_breaks(),
        loaded.method_breaks(),
    );
    assert_same_list("left-out areas", page.missing_all(), loaded.missing_all());
    // The page holds every value but the families', in the loader's order…
    let kept: Vec<Observation> = loaded
        .observations()
        .iter()
        .filter(|o| family(&loaded, o).is_none())
        .cloned()
        .collect();
    assert!(!kept.is_empty() && kept.len() < loaded.observations().len());
    assert_same_list("the page's values", page.observations(), &kept);
    // …and, for each family not fetched yet, what each of its indicators covers.
    let ids: Vec<&str> = page.families().iter().map(|f| f.id.as_str()).collect();
    let expected: Vec<&str> = FAMILIES.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, expected);
    let counts = (loaded.provinces().len(), loaded.merged_units().len());
    for f in page.families() {
        assert!(!f.loaded, "{} is not fetched yet", f.id);
        assert!(f.file.starts_with(&format!("{}-", f.id)) && f.file.ends_with(".bin"));
        let values = family_values(&loaded, &f.id);
        assert!(!values.is_empty(), "{} has values", f.id);
        let mut indicators: Vec<usize> = values.iter().map(|o| o.indicator).collect();
        indicators.sort_unstable();
        indicators.dedup();
        let covered: Vec<_> = indicators
            .into_iter()
            .map(|ix| coverage(counts, ix, &values))
            .collect();
        assert_same_list(&format!("{}'s coverage", f.id), &f.coverage, &covered);
    }
    // With every family fetched, the dataset has exactly the loader's values.
    let all = &complete().dataset;
    assert!(complete().errors.is_empty());
    assert!(all.families().iter().all(|f| f.loaded));
    assert_eq!(all.observations().len(), loaded.observations().len());
    assert!(
        sorted_texts(all.observations()) == sorted_texts(loaded.observations()),
        "the complete dataset's values are not the loader's"
    );
    assert_eq!(loaded.observations().len(), shipped().observations().len());
}

fn assert_close(decoded: &[Shape], parsed: &[Shape]) {
    assert_eq!(decoded.len(), parsed.len());
    for (d, p) in decoded.iter().zip(parsed) {
        assert_eq!(d.key, p.key);
        assert_eq!(d.rings.len(), p.rings.len(), "{}", d.key);
        for (dr, pr) in d.rings.iter().zip(&p.rings) {
            assert_eq!(dr.len(), pr.len(), "{}", d.key);
            for (a, b) in dr.iter().zip(pr) {
                let off = (a.0 - b.0).abs().max((a.1 - b.1).abs());
                assert!(off <= 1e-6, "{} is {off}° off", d.key);
            }
        }
    }
}

#[test]
fn the_page_reads_the_boundaries_within_a_millionth_of_a_degree() {
    let geo = geography();
    assert!(geo.errors.is_empty(), "{:?}", geo.errors);
    let files = [
        (
            include_str!("../../assets/geo/provinces.geojson"),
            "iso_3166_2",
            &geo.provinces,
        ),
        (
            include_str!("../../assets/geo/islands.geojson"),
            "id",
            &geo.islands,
        ),
        (
            include_str!("../../assets/geo/units_2025.geojson"),
            "slug",
            &geo.merged_units,
        ),
    ];
    for (text, key, decoded) in files {
        let mut errors = Vec::new();
        let parsed = parse(text, key, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(decoded.len(), parsed.len());
        assert_close(decoded, &parsed);
    }
    assert_eq!(geo.provinces.len(), 63);
    assert_eq!(geo.merged_units.len(), 34);
}

#[test]
fn damaged_bytes_are_an_error_not_a_panic_nor_other_data() {
    // The bytes the page decodes at start-up (the families ship apart, below).
    let page = &embedded().dataset;
    let bytes = encode_dataset(page);
    let decoded = decode_dataset(&bytes);
    assert!(
        decoded.as_ref() == Ok(page),
        "the dataset does not read back as written"
    );
    for len in (0..bytes.len()).step_by(101) {
        assert!(decode_dataset(&bytes[..len]).is_err(), "cut at {len}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode_dataset(&longer).is_err(), "a byte too many");
    for at in (0..bytes.len()).step_by(37) {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0xff;
        let _ = decode_dataset(&flipped); // must return, whatever it returns
    }
    // A family's data file, fetched by the page: a cut or damaged file is an error too.
    let gso = family_values(&complete().dataset, "gso");
    let file = encode_family("gso", &gso);
    let read = decode_family(&file, page).expect("a family's file reads");
    assert!(
        read == ("gso".to_string(), gso),
        "the family reads back as written"
    );
    for len in (0..file.len()).step_by(97) {
        assert!(
            decode_family(&file[..len], page).is_err(),
            "family cut at {len}"
        );
    }
    for at in (0..file.len()).step_by(41) {
        let mut flipped = file.clone();
        flipped[at] ^= 0xff;
        let _ = decode_family(&flipped, page);
    }
    let shapes = encode_shapes(&geography().provinces);
    for len in (0..shapes.len()).step_by(211) {
        assert!(decode_shapes(&shapes[..len]).is_err(), "cut at {len}");
    }
    assert!(decode_shapes(&[0xff; 12]).is_err());
}
