//! Hover, tap and keys on the ranking: the row under the pointer, through the
//! `RowFrame` the drawing returned, and what its tooltip says — with, where no rank was
//! published, what the row's number is.

use super::spec::RankingChart;
use crate::core::charts::shared::hit::Hit;
use crate::core::charts::shared::mean_tooltip::mean_tooltip;
use crate::core::charts::shared::tooltip::{tooltip_for, Tooltip};
use crate::core::data::dataset::Dataset;

/// Where the rows were drawn, in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowFrame {
    pub top: f64,
    pub row_height: f64,
    pub rows: usize,
    pub left: f64,
    pub right: f64,
}

impl RowFrame {
    /// The row under a pointer, if any.
    pub fn row_at(&self, x: f64, y: f64) -> Option<usize> {
        let row = ((y - self.top) / self.row_height).floor();
        let inside = x >= self.left && x <= self.right && row >= 0.0;
        (inside && (row as usize) < self.rows).then_some(row as usize)
    }
}

/// The row under the pointer, as a hit whose `series` is the row.
pub fn hit(rows: &RowFrame, x: f64, y: f64) -> Option<Hit> {
    rows.row_at(x, y).map(|row| Hit {
        series: row,
        point: 0,
    })
}

/// The tooltip of a row.
pub fn tooltip(
    dataset: &Dataset,
    chart: &RankingChart,
    indicator: usize,
    hit: Hit,
) -> Option<Tooltip> {
    let row = chart.rows.get(hit.series)?;
    if let Some(mean) = &row.mean {
        let mut tip = mean_tooltip(dataset, mean, chart.unit, chart.lang);
        tip.rank = Some(chart.standing(row));
        return Some(tip);
    }
    let mut tip = tooltip_for(
        dataset,
        indicator,
        row.area,
        chart.year,
        row.observation?,
        chart.lang,
    )?;
    // In change mode the change is the view's, between its two years.
    if let Some(change) = &row.change {
        tip.change = Some(change.words.clone());
    } else if row.published_rank.is_none() {
        // Where no rank was published, the tooltip says what the number is.
        tip.rank = Some(chart.standing(row));
    }
    Some(tip)
}

/// Where (canvas pixels) a row is, to place its tooltip.
pub fn anchor(rows: &RowFrame, hit: Hit) -> Option<(f64, f64)> {
    Some((
        (rows.left + rows.right) / 2.0,
        rows.top + rows.row_height * (hit.series as f64 + 1.0),
    ))
}
