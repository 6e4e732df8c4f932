//! Sharing a view: its full link, the link of its embeddable form and the `<iframe>`
//! snippet that shows it on another site, and a QR code of the link drawn as SVG.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::image::image_content;
use crate::core::charts::registry::content_height;
use crate::core::data::dataset::Dataset;
use crate::core::view::state::ViewState;
use crate::core::view::url::encode;

/// The snippet's width: the host page's column.
pub const EMBED_WIDTH: &str = "100%";
/// The widths the snippet's height is worked out for: a phone and an article column;
/// the taller wins, so the chart fits from one to the other.
const EMBED_WIDTHS: [f64; 2] = [360.0, 800.0];
/// The "Open in CĐS Explorer" row and the page's padding, CSS px.
const EMBED_CHROME: f64 = 56.0;
/// The height of an embedded table, profile, sources or coverage view, which scrolls.
const EMBED_PANEL_HEIGHT: u32 = 640;

/// `page` (the app's address without query or fragment) with the query of `state`.
pub fn view_link(page: &str, state: &ViewState, dataset: &Dataset) -> String {
    let query = encode(state, dataset);
    if query.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{query}")
    }
}

/// The full view of an embedded one (what "Open in CĐS Explorer" leads to).
pub fn full_view(state: &ViewState) -> ViewState {
    ViewState {
        embed: false,
        ..state.clone()
    }
}

/// The embeddable form of a view: only its chart.
pub fn embedded_view(state: &ViewState) -> ViewState {
    ViewState {
        embed: true,
        ..state.clone()
    }
}

/// The snippet's height for a view: the whole chart (title, legend and source line
/// included) at any width from a phone's to an article column's, with the link out;
/// the other views, and a chart with nothing to draw, get a panel that scrolls.
pub fn embed_height(dataset: &Dataset, state: &ViewState) -> u32 {
    match image_content(dataset, state) {
        Some(content) => {
            let chart = EMBED_WIDTHS
                .iter()
                .map(|&width| content_height(&content, width))
                .fold(0.0, f64::max);
            let height = chart + EMBED_CHROME;
            height.round().clamp(320.0, 2400.0) as u32
        }
        None => EMBED_PANEL_HEIGHT,
    }
}

/// The HTML that embeds `link` on another page, `height` px tall, with an accessible
/// `title`.
pub fn iframe_snippet(link: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{EMBED_WIDTH}\" height=\"{height}\" \
         style=\"border:0\" loading=\"lazy\"></iframe>",
        escape_attribute(link),
        escape_attribute(title)
    )
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !c.is_control()) {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            other => out.push(other),
        }
    }
    out
}

/// A QR code of `text` as an SVG document (dark modules on white, with the quiet
/// zone), or `None` if the text is too long for a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(200, 200)
            .dark_color(svg::Color("#111827"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

/// The QR code's modules (true = dark), row by row, without the quiet zone; for tests
/// and for any renderer other than SVG.
pub fn qr_modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let modules = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some((width, modules))
}
