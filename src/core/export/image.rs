//! Images that leave the page: which chart a view exports, the file names, and the
//! drawing of an exported chart — the chart as on screen (title, subtitle, legend,
//! source line) with the view's link in a footer, on any plotters backend. The SVG
//! file is drawn here; the PNG is the same drawing on a canvas in the shell.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::core::charts::registry::{build, draw_content, is_chart, ChartContent};
use crate::core::charts::shared::display_list::{record, replay};
use crate::core::charts::shared::frame::text_width;
use crate::core::charts::shared::style::{fail, DrawError, FONT, MUTED};
use crate::core::data::dataset::Dataset;
use crate::core::view::state::{ChartKind, Units, ViewState};

/// Exported images are laid out at this CSS width, whatever the screen.
pub const EXPORT_WIDTH: f64 = 1000.0;
/// The PNG's pixels per CSS pixel.
pub const PNG_SCALE: f64 = 2.0;
/// At most this many place slugs go into a file name.
const NAMED_PLACES: usize = 4;

const FOOTER_FONT: f64 = 11.0;
const FOOTER_LINE: f64 = 15.0;
const FOOTER_PADDING: f64 = 12.0;

/// Whether a view is a chart that can be saved as an image (the line chart, the
/// ranking and the map); the table, profile, sources and coverage views are not.
pub fn has_image(chart: ChartKind) -> bool {
    is_chart(chart)
}

/// The chart a view exports as an image, if it is a chart and has something to draw.
pub fn image_content(dataset: &Dataset, state: &ViewState) -> Option<ChartContent> {
    build(dataset, state).filter(|content| !matches!(content, ChartContent::Empty(_)))
}

/// A file name that says what the file holds, e.g.
/// `cds-explorer_dti-rank_2020-2024_hai-duong_thanh-hoa.png`: the indicator, the years,
/// the view (unless it is the line chart) and, where the view is about them, the places.
pub fn file_name(dataset: &Dataset, state: &ViewState, extension: &str) -> String {
    let indicator = dataset
        .indicator(state.indicator)
        .map(|i| i.id.clone())
        .unwrap_or_default();
    let (start, end) = (state.time.start(), state.time.end());
    let years = if state.compares() {
        format!("{start}-{end}-change")
    } else if state.chart.is_single_year() || start == end {
        end.to_string()
    } else {
        format!("{start}-{end}")
    };
    let places = |limit: usize| {
        let slugs = state.places.iter().filter_map(|&a| dataset.area_slug(a));
        let mut named: Vec<String> = slugs
            .take(limit)
            .map(|slug| slug.replace(':', "-"))
            .collect();
        if state.places.len() > limit && state.chart != ChartKind::Profile {
            named.push(format!("and-{}-more", state.places.len() - limit));
        }
        named
    };
    let view = state.chart.id().to_string();
    let mut parts = vec!["cds-explorer".to_string()];
    match state.chart {
        ChartKind::Line => parts.extend([indicator, years].into_iter().chain(places(NAMED_PLACES))),
        ChartKind::Sources => parts.extend(
            [indicator, years, view]
                .into_iter()
                .chain(places(NAMED_PLACES)),
        ),
        ChartKind::Table => parts.extend([indicator, years, view]),
        ChartKind::Coverage => parts.extend([indicator, view]),
        ChartKind::Ranking => {
            parts.extend([indicator, years, view]);
            parts.extend(state.region.map(|r| r.id().to_string()));
        }
        ChartKind::Map => {
            parts.extend([indicator, years, view]);
            if state.units == Units::Post2025 {
                parts.push("34-units".to_string());
            }
        }
        ChartKind::Profile => parts
            .extend(std::iter::once(view).chain(places(crate::core::query::profile::MAX_PLACES))),
        ChartKind::Scatter => {
            let x = crate::core::view::pairs::x_of(dataset, state)
                .and_then(|x| dataset.indicator(x))
                .map(|i| i.id.clone())
                .unwrap_or_default();
            parts.extend([format!("{indicator}-vs-{x}"), end.to_string(), view]);
        }
        ChartKind::Slope => parts.extend(
            [indicator, format!("{start}-{end}"), view]
                .into_iter()
                .chain(places(NAMED_PLACES)),
        ),
    }
    format!("{}.{extension}", parts.join("_"))
}

/// The footer line of an exported image: where the view lives.
pub fn footer_text(link: &str) -> String {
    format!("CĐS Explorer · {link}")
}

/// The CSS height of an exported image of `content` at `width`, footer included.
pub fn export_height(content: &ChartContent, footer: &str, width: f64) -> f64 {
    crate::core::charts::registry::content_height(content, width) + footer_height(footer, width)
}

fn footer_height(footer: &str, width: f64) -> f64 {
    let lines = footer_lines(footer, width, 1.0).len().max(1) as f64;
    FOOTER_LINE * lines + FOOTER_PADDING
}

/// The footer cut into lines that fit: a link has no spaces to wrap at, so it breaks
/// anywhere.
fn footer_lines(footer: &str, width: f64, scale: f64) -> Vec<String> {
    let style = (FONT, FOOTER_FONT * scale).into_font().color(&MUTED);
    let max = (width - 32.0) * scale;
    let mut lines = Vec::new();
    let mut line = String::new();
    for c in footer.chars().filter(|c| !c.is_control()) {
        line.push(c);
        if text_width(&line, &style) > max && line.chars().count() > 1 {
            line.pop();
            lines.push(std::mem::replace(&mut line, c.to_string()));
        }
    }
    lines.push(line);
    lines
}

/// Draws `content` and its footer on `area`, which must be `export_height` tall (in
/// CSS px times `scale`).
pub fn draw_export<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    content: &ChartContent,
    footer: &str,
    scale: f64,
) -> Result<(), DrawError> {
    let (width, height) = area.dim_in_pixel();
    let css_width = f64::from(width) / scale;
    let footer_px = (footer_height(footer, css_width) * scale).round() as u32;
    let (chart, bottom) = area.split_vertically(height.saturating_sub(footer_px));
    draw_content(&chart, content, scale, None)?;
    bottom.fill(&WHITE).map_err(fail)?;
    let px = |css: f64| (css * scale).round() as i32;
    let rule = ShapeStyle::from(&RGBColor(0xe5, 0xe7, 0xeb)).stroke_width(px(1.0).max(1) as u32);
    bottom
        .draw(&PathElement::new(
            vec![(px(16.0), 0), (width as i32 - px(16.0), 0)],
            rule,
        ))
        .map_err(fail)?;
    let style = (FONT, FOOTER_FONT * scale).into_font().color(&MUTED);
    for (i, line) in footer_lines(footer, css_width, scale)
        .into_iter()
        .enumerate()
    {
        let top = px(FOOTER_PADDING / 2.0) + px(FOOTER_LINE) * i as i32;
        bottom
            .draw(&Text::new(line, (px(16.0), top), style.clone()))
            .map_err(fail)?;
    }
    Ok(())
}

/// The SVG file of `content` with `footer`, at [`EXPORT_WIDTH`]. Text from the data is
/// escaped by the SVG writer; characters XML cannot hold are dropped.
pub fn export_svg(content: &ChartContent, footer: &str) -> Result<String, DrawError> {
    let height = export_height(content, footer, EXPORT_WIDTH).round() as u32;
    let (drawn, list) = record((EXPORT_WIDTH as u32, height), |area| {
        draw_export(area, content, footer, 1.0)
    });
    drawn?;
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, list.size());
        replay(&list, &mut backend).map_err(fail)?;
    }
    Ok(svg.chars().filter(|&c| xml_char(c)).collect())
}

/// Whether XML 1.0 allows `c` in a document.
fn xml_char(c: char) -> bool {
    (!c.is_control() || matches!(c, '\t' | '\n' | '\r')) && !matches!(c, '\u{fffe}' | '\u{ffff}')
}
