//! How a map was laid out on its canvas: the projections of the main map and of the
//! Red River Delta inset, where the legend went, and the way back from a pixel to a
//! province in either view, for hover and tap. [`super::layout`] makes it.

use super::geometry::{clip_ring, interior_point, Point, Rect};
use super::projection::Projection;
use super::spec::MapChart;
use crate::core::data::geo::{contains, Ring};

/// Where the inset was drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InsetFrame {
    /// The frame around it, caption included.
    pub frame: Rect,
    /// Its map; shapes are cut to it.
    pub map: Rect,
    pub projection: Projection,
    /// The box it shows, outlined on the main map.
    pub outline: Rect,
}

/// The main map or the inset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Main,
    Inset,
}

/// How a map was laid out, in canvas pixels: enough to draw it again, to place its
/// labels and to map the pointer back to a province.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFrame {
    pub main: Projection,
    pub inset: Option<InsetFrame>,
    /// The canvas between the titles and the source line.
    pub body: Rect,
    pub legend: Rect,
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
    /// The canvas width in pixels.
    pub width: f64,
}

impl MapFrame {
    /// A point of the main map.
    pub fn project(&self, point: (f64, f64)) -> Point {
        self.main.project(point)
    }

    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        self.main.unproject(x, y)
    }

    /// The rings of a region as drawn in a view (cut to the inset's box there).
    pub fn shapes(&self, rings: &[Ring], view: View) -> Vec<Vec<Point>> {
        let (projection, clip) = match (view, &self.inset) {
            (View::Main, _) => (self.main, None),
            (View::Inset, Some(inset)) => (inset.projection, Some(inset.map)),
            (View::Inset, None) => return Vec::new(),
        };
        rings
            .iter()
            .map(|ring| ring.iter().map(|&p| projection.project(p)).collect())
            .map(|ring: Vec<Point>| match clip {
                Some(clip) => clip_ring(&ring, &clip),
                None => ring,
            })
            .filter(|ring| ring.len() >= 3)
            .collect()
    }

    /// The view a region is named and anchored in: the inset for its regions.
    pub fn home(&self, chart: &MapChart, region: usize) -> View {
        let in_inset = chart
            .inset
            .as_ref()
            .is_some_and(|inset| inset.regions.contains(&region));
        if in_inset && self.inset.is_some() {
            View::Inset
        } else {
            View::Main
        }
    }

    /// The view a pixel is in: the inset within its frame, else the main map.
    pub fn view_at(&self, x: f64, y: f64) -> View {
        match &self.inset {
            Some(inset) if inset.frame.contains((x, y)) => View::Inset,
            _ => View::Main,
        }
    }

    /// The region under a pointer, in the main map or the inset.
    pub fn region_at(&self, chart: &MapChart, x: f64, y: f64) -> Option<usize> {
        let (lon, lat) = match (self.view_at(x, y), &self.inset) {
            (View::Inset, Some(inset)) if inset.map.contains((x, y)) => {
                inset.projection.unproject(x, y)
            }
            (View::Inset, _) => return None, // the inset's caption and margin
            (View::Main, _) => self.main.unproject(x, y),
        };
        chart
            .regions
            .iter()
            .position(|r| r.rings.iter().any(|ring| contains(ring, lon, lat)))
    }

    /// A point well inside a region as a view shows it, for its tooltip; in the main
    /// map where the inset does not show the region.
    pub fn anchor(&self, chart: &MapChart, region: usize, view: View) -> Option<Point> {
        let rings = &chart.regions.get(region)?.rings;
        interior_point(&self.shapes(rings, view))
            .or_else(|| interior_point(&self.shapes(rings, View::Main)))
    }
}
