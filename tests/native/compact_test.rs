//! The built-in data as the page reads it: the compact form written by `build.rs` gives
//! back exactly what the loader reads from the CSV files, the boundaries within 10⁻⁶
//! degree of the GeoJSON, and damaged bytes are an error, never a panic.

use cds_explorer::core::data::compact::{
    decode_dataset, decode_shapes, encode_dataset, encode_shapes,
};
use cds_explorer::core::data::embedded::{embedded, geography, EMBEDDED_FILES};
use cds_explorer::core::data::geo::{parse, Shape};
use cds_explorer::core::data::load::load;

use crate::common::shipped;

#[test]
fn the_page_reads_the_same_dataset_the_loader_reads_from_the_files() {
    let (loaded, errors) = load(EMBEDDED_FILES);
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(embedded().errors.is_empty());
    assert_eq!(embedded().dataset, loaded);
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
    let bytes = encode_dataset(shipped());
    assert_eq!(decode_dataset(&bytes).as_ref(), Ok(shipped()));
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
    let shapes = encode_shapes(&geography().provinces);
    for len in (0..shapes.len()).step_by(211) {
        assert!(decode_shapes(&shapes[..len]).is_err(), "cut at {len}");
    }
    assert!(decode_shapes(&[0xff; 12]).is_err());
}
