//! Sharing a view: its full link, the link of its embeddable form and the `<iframe>`
//! snippet that shows it on another site, and a QR code of the link drawn as SVG.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::dataset::Dataset;
use super::url::encode;
use super::view::ViewState;

/// The snippet's default size: wide enough for the chart's legend beside the plot,
/// tall enough for the chart, its title and its source line.
pub const EMBED_WIDTH: &str = "100%";
pub const EMBED_HEIGHT: u32 = 600;

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

/// The HTML that embeds `link` on another page, with an accessible `title`.
pub fn iframe_snippet(link: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{EMBED_WIDTH}\" height=\"{EMBED_HEIGHT}\" \
         style=\"border:0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
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
