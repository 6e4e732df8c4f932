//! Province boundaries (Natural Earth admin-1, public domain) and the two archipelagos,
//! read from the GeoJSON files in `assets/geo/` (at build time: see `compact`).
//! Features are joined to provinces by `iso_3166_2`, never by name.

use serde::Deserialize;

/// A closed ring of (longitude, latitude) points.
pub type Ring = Vec<(f64, f64)>;

/// A shape: its outer rings (islands included); holes are not kept, none matter here.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The ISO 3166-2 code, or the island group's id.
    pub key: String,
    pub rings: Vec<Ring>,
}

#[derive(Debug)]
pub struct Geography {
    pub provinces: Vec<Shape>,
    /// Quần đảo Hoàng Sa and Quần đảo Trường Sa, keyed `hoang-sa` and `truong-sa`.
    pub islands: Vec<Shape>,
    /// The 34 post-2025 units (the provinces dissolved by the merger table), keyed by slug.
    pub merged_units: Vec<Shape>,
    /// Problems with the files: a feature that could not be read.
    pub errors: Vec<String>,
}

#[derive(Deserialize)]
struct Collection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: serde_json::Map<String, serde_json::Value>,
    geometry: Geometry,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

fn outer_rings(geometry: Geometry) -> Vec<Ring> {
    let ring = |points: &Vec<[f64; 2]>| points.iter().map(|p| (p[0], p[1])).collect();
    match geometry {
        Geometry::Polygon(rings) => rings.first().map(ring).into_iter().collect(),
        Geometry::MultiPolygon(polygons) => polygons
            .iter()
            .filter_map(|p| p.first().map(ring))
            .collect(),
    }
}

/// Reads a FeatureCollection, keying each feature by the `key` property.
pub fn parse(text: &str, key: &str, errors: &mut Vec<String>) -> Vec<Shape> {
    match serde_json::from_str::<Collection>(text) {
        Ok(collection) => collection
            .features
            .into_iter()
            .enumerate()
            .filter_map(|(i, feature)| {
                let Some(id) = feature.properties.get(key).and_then(|v| v.as_str()) else {
                    errors.push(format!("feature {i} has no {key}"));
                    return None;
                };
                Some(Shape {
                    key: id.to_string(),
                    rings: outer_rings(feature.geometry),
                })
            })
            .collect(),
        Err(error) => {
            errors.push(format!("not a GeoJSON FeatureCollection: {error}"));
            Vec::new()
        }
    }
}

/// Whether (`x`, `y`) lies inside `ring` (even–odd rule).
pub fn contains(ring: &[(f64, f64)], x: f64, y: f64) -> bool {
    let mut inside = false;
    let mut previous = match ring.last() {
        Some(&p) => p,
        None => return false,
    };
    for &(xi, yi) in ring {
        let (xj, yj) = previous;
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        previous = (xi, yi);
    }
    inside
}
