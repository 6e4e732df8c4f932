//! Text in charts: titles, subtitles and source lines wrapped to the chart's width,
//! with a width estimate that is the same on every backend.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::{fail, DrawError, FONT, MUTED, TEXT};

/// Splits `text` into lines no wider than `max_width` pixels, breaking between words
/// (a single word wider than the line stays whole).
pub(crate) fn wrap<DB: DrawingBackend>(
    _area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    max_width: u32,
) -> Vec<String> {
    wrap_lines(text, style, max_width)
}

/// [`wrap`] without a drawing area: the lines `text` takes at `max_width` pixels.
pub fn wrap_lines(text: &str, style: &TextStyle<'_>, max_width: u32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        let fits = text_width(&candidate, style) <= f64::from(max_width);
        if fits || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Fills `area` white and draws a chart's title and subtitle at the top and its source
/// line at the bottom, each wrapped to the width. Returns the y below the subtitle and
/// the height the source line takes at the bottom, in pixels.
pub(crate) fn draw_frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    subtitle: &str,
    source_line: &str,
    scale: f64,
) -> Result<(i32, i32), DrawError> {
    let px = |css: f64| (css * scale).round() as i32;
    let font = |size: f64| (FONT, size * scale).into_font();
    area.fill(&WHITE).map_err(fail)?;
    let (width, height) = area.dim_in_pixel();
    let text_width = width.saturating_sub(px(32.0) as u32);
    let title_font = font(18.0).style(FontStyle::Bold).color(&TEXT);
    let y = draw_wrapped(
        area,
        title,
        &title_font,
        text_width,
        px(16.0),
        px(12.0),
        px(24.0),
    )?;
    let subtitle_font = font(13.0).color(&MUTED);
    let y = draw_wrapped(
        area,
        subtitle,
        &subtitle_font,
        text_width,
        px(16.0),
        y,
        px(18.0),
    )?;
    let source_font = font(11.0).color(&MUTED);
    let source_lines = wrap(area, source_line, &source_font, text_width);
    let footer = px(15.0) * source_lines.len() as i32 + px(10.0);
    for (i, line) in source_lines.into_iter().enumerate() {
        let top = height as i32 - footer + px(4.0) + px(15.0) * i as i32;
        area.draw(&Text::new(line, (px(16.0), top), source_font.clone()))
            .map_err(fail)?;
    }
    Ok((y, footer))
}

/// The CSS height a chart's title, subtitle and source line take at a CSS width.
pub fn frame_height(title: &str, subtitle: &str, source_line: &str, width: f64) -> f64 {
    let max = (width - 32.0).max(1.0) as u32;
    let lines = |text: &str, size: f64, bold: bool| {
        let font = (FONT, size).into_font();
        let font = if bold {
            font.style(FontStyle::Bold)
        } else {
            font
        };
        wrap_lines(text, &font.color(&TEXT), max).len().max(1) as f64
    };
    12.0 + 24.0 * lines(title, 18.0, true)
        + 18.0 * lines(subtitle, 13.0, false)
        + 15.0 * lines(source_line, 11.0, false)
        + 10.0
}

/// The width of `text` in `style`, estimated from average glyph widths of sans-serif
/// faces (generous, so text never runs past its box). Backends' own measures differ:
/// the browser's is taken from an off-screen element that wraps at the window's width,
/// which under-measures long text on a narrow screen.
pub fn text_width(text: &str, style: &TextStyle<'_>) -> f64 {
    let bold = matches!(style.font.get_style(), FontStyle::Bold);
    estimated_width(text, style.font.get_size(), bold)
}

/// [`text_width`] for a font of `size` px, bold or not.
pub fn estimated_width(text: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '·' | '\'' | 'i' | 'l' | 'I' | 'j' | 't' | 'f' | 'r'
            | '(' | ')' => 0.32,
            'm' | 'w' | 'M' | 'W' | '–' | '—' => 0.86,
            c if c.is_uppercase() => 0.68,
            c if c.is_ascii_digit() => 0.56,
            _ => 0.56,
        })
        .sum();
    em * size * if bold { 1.08 } else { 1.0 }
}

/// Draws `text` wrapped to `max_width` from (`x`, `y`); returns the y below it.
pub(crate) fn draw_wrapped<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    max_width: u32,
    x: i32,
    mut y: i32,
    line_height: i32,
) -> Result<i32, DrawError> {
    for line in wrap(area, text, style, max_width) {
        area.draw(&Text::new(line, (x, y), style.clone()))
            .map_err(fail)?;
        y += line_height;
    }
    Ok(y)
}
