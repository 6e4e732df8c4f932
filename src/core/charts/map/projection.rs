//! The map's projection: equirectangular, longitudes scaled for Vietnam's latitude,
//! from degrees to canvas pixels and back. The layout, the inset, the labels and the
//! frame all place points through it.

use super::geometry::Point;

/// Longitudes are scaled by the cosine of this latitude (the middle of Vietnam).
const MIDDLE_LATITUDE: f64 = 16.0;

/// An equirectangular projection scaled for Vietnam's latitude, in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    pub left: f64,
    pub top: f64,
    /// Pixels per projected degree.
    pub scale: f64,
    pub min_x: f64,
    pub max_lat: f64,
}

impl Projection {
    pub(crate) fn shrink() -> f64 {
        MIDDLE_LATITUDE.to_radians().cos()
    }

    pub fn project(&self, (lon, lat): (f64, f64)) -> Point {
        (
            self.left + (lon * Self::shrink() - self.min_x) * self.scale,
            self.top + (self.max_lat - lat) * self.scale,
        )
    }

    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        (
            ((x - self.left) / self.scale + self.min_x) / Self::shrink(),
            self.max_lat - (y - self.top) / self.scale,
        )
    }
}
