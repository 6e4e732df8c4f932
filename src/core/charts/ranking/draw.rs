//! Draws a [`RankingChart`] as horizontal bars on any plotters backend: one row per
//! place drawn, best first, with its place, name, bar and value, and a dashed rule where
//! a long ranking leaves places out. Returns the row layout, so that a pointer maps back
//! to a place.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::hit::RowFrame;
use super::spec::{RankRow, RankingChart};
use crate::core::charts::shared::frame::{draw_frame, frame_height, text_width};
use crate::core::charts::shared::style::{colour, fail, DrawError, FONT, TEXT};

/// CSS pixels per row.
pub const ROW_HEIGHT: f64 = 20.0;

/// The CSS height the rows of a ranking need (the title and source line come on top).
pub fn ranking_height(rows: usize) -> f64 {
    24.0 + ROW_HEIGHT * rows as f64
}

/// The CSS height a ranking wants at a CSS width: its title, subtitle and source line,
/// and its rows.
pub fn chart_height(chart: &RankingChart, width: f64) -> f64 {
    let frame = frame_height(&chart.title, &chart.subtitle, &chart.source_line, width);
    ranking_height(chart.rows.len()) + frame
}

/// The value after a bar, and for a place without a published rank its position.
fn value_caption(chart: &RankingChart, row: &RankRow) -> String {
    match chart.note(row) {
        Some(note) => format!("{} · {note}", row.value_text),
        None => row.value_text.clone(),
    }
}

/// A change's bar: blue where the place improved, orange where it fell back, grey where
/// it held (the colours of the map's change legend).
fn change_colour(gain: f64) -> RGBColor {
    if gain > 0.0 {
        RGBColor(0x21, 0x66, 0xac)
    } else if gain < 0.0 {
        RGBColor(0xc2, 0x4e, 0x12)
    } else {
        RGBColor(0x9c, 0xa3, 0xaf)
    }
}

pub fn draw_ranking<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RankingChart,
    scale: f64,
    highlight: Option<usize>,
) -> Result<RowFrame, DrawError> {
    let px = |css: f64| (css * scale).round() as i32;
    let font = |size: f64| (FONT, size * scale).into_font();
    let (width, _) = area.dim_in_pixel();
    let (y, _) = draw_frame(
        area,
        &chart.title,
        &chart.subtitle,
        &chart.source_line,
        scale,
    )?;

    let top = y + px(10.0);
    let css_width = f64::from(width) / scale;
    let label_width = if css_width >= 640.0 { 200.0 } else { 130.0 };
    let bar_left = px(16.0 + label_width);
    // Room after the longest bar for the widest value (and its "vị trí 3/11").
    let value_font = font(12.0).color(&TEXT);
    let widest = chart
        .rows
        .iter()
        .map(|row| text_width(&value_caption(chart, row), &value_font))
        .fold(0.0, f64::max);
    let reserve = (widest.round() as i32 + px(12.0)).max(px(70.0));
    let bar_right = width as i32 - reserve;
    // In change mode, bars go either way from no change, in the middle of the room left
    // after the captions on both sides.
    let diverging = chart.from.is_some();
    let zero = if diverging {
        (bar_left + reserve + bar_right) / 2
    } else {
        bar_left
    };
    let row_height = px(ROW_HEIGHT);
    let total = match chart.unit {
        _ if diverging => chart.domain.1,
        crate::core::data::model::Unit::Rank => chart.domain.0,
        _ => chart.domain.1 - chart.domain.0,
    }
    .max(f64::MIN_POSITIVE);
    if diverging {
        // The line of no change.
        let rows = i32::try_from(chart.rows.len()).unwrap_or(i32::MAX);
        area.draw(&PathElement::new(
            [(zero, top), (zero, top + row_height.saturating_mul(rows))],
            RGBColor(0x6b, 0x72, 0x80).stroke_width(px(1.0).max(1) as u32),
        ))
        .map_err(fail)?;
    }
    let label_font = font(12.0).color(&TEXT);
    let bold = font(12.0).style(FontStyle::Bold).color(&TEXT);
    for (i, row) in chart.rows.iter().enumerate() {
        let row_top = top + row_height * i as i32;
        let middle = row_top + row_height / 2;
        let faded = highlight.is_some_and(|h| h != i);
        let style = if row.highlighted || highlight == Some(i) {
            &bold
        } else {
            &label_font
        };
        if row.skipped_before > 0 {
            // Places left out of a long ranking: a dashed rule where they would be.
            let rule = RGBColor(0x9c, 0xa3, 0xaf);
            for x in (px(8.0)..width as i32 - px(8.0)).step_by(px(8.0).max(1) as usize) {
                area.draw(&PathElement::new(
                    [(x, row_top), (x + px(4.0), row_top)],
                    rule.stroke_width(1),
                ))
                .map_err(fail)?;
            }
        }
        let name = chart.row_label(row);
        let anchored = style.pos(Pos::new(HPos::Right, VPos::Center));
        area.draw(&Text::new(name, (bar_left - px(6.0), middle), anchored))
            .map_err(fail)?;
        let (lo, hi) = if diverging { (-1.0, 1.0) } else { (0.0, 1.0) };
        let length = (chart.bar_length(row) / total).clamp(lo, hi);
        let end = zero + (f64::from(bar_right - zero) * length).round() as i32;
        let fill = if faded {
            RGBColor(0xe5, 0xe7, 0xeb)
        } else {
            match &row.change {
                Some(change) if !row.highlighted => change_colour(change.gain),
                _ => colour(row.colour),
            }
        };
        let (left, right) = if end >= zero {
            (zero, end.max(zero + 1))
        } else {
            (end, zero)
        };
        let bar = [
            (left, row_top + px(3.0)),
            (right, row_top + row_height - px(3.0)),
        ];
        // A region's average is outlined: a mean, not a ranked place.
        let style = if row.mean.is_some() {
            fill.stroke_width(px(2.0).max(1) as u32)
        } else {
            fill.filled()
        };
        area.draw(&Rectangle::new(bar, style)).map_err(fail)?;
        // The caption sits past the bar's end, on the side it grows to.
        let (x, h) = if end < zero {
            (end - px(4.0), HPos::Right)
        } else {
            (end + px(4.0), HPos::Left)
        };
        let value_style = label_font.pos(Pos::new(h, VPos::Center));
        area.draw(&Text::new(
            value_caption(chart, row),
            (x, middle),
            value_style,
        ))
        .map_err(fail)?;
    }
    Ok(RowFrame {
        top: f64::from(top),
        row_height: f64::from(row_height),
        rows: chart.rows.len(),
        left: 0.0,
        right: f64::from(width),
    })
}
