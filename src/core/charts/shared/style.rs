//! What every chart is drawn with: the font, the text and muted colours, a data colour
//! as plotters takes it, and `DrawError`, the one error of drawing on a backend.

use std::fmt;

use plotters::prelude::*;

use super::palette::Rgb;

/// Drawing failed in the backend (the canvas or SVG writer refused an operation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawError(pub String);

impl fmt::Display for DrawError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}

impl std::error::Error for DrawError {}

pub(crate) fn fail<E: fmt::Display>(error: E) -> DrawError {
    DrawError(error.to_string())
}

pub(crate) const FONT: &str = "sans-serif";
pub(crate) const TEXT: RGBColor = RGBColor(0x1f, 0x29, 0x37);
pub(crate) const MUTED: RGBColor = RGBColor(0x5b, 0x65, 0x73);
pub(crate) fn colour(rgb: Rgb) -> RGBColor {
    RGBColor(rgb.0, rgb.1, rgb.2)
}
