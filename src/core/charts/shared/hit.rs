//! What is under the pointer or the keyboard's focus, on any chart: a `Hit`, and how
//! the arrow keys move through a list of rows.

/// A point of a series: `chart.series[series].points[point]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub series: usize,
    pub point: usize,
}

/// Moving through a list (ranking rows, map regions in name order): the first key picks
/// the first row (End, the last).
pub(crate) fn step_rows(count: usize, current: Option<Hit>, key: &str) -> Option<Hit> {
    let last = count.checked_sub(1)?;
    let first = if key == "End" { last } else { 0 };
    let row = current.map_or(first, |h| match key {
        "ArrowDown" | "ArrowRight" => (h.series + 1).min(last),
        "ArrowUp" | "ArrowLeft" => h.series.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => h.series,
    });
    Some(Hit {
        series: row,
        point: 0,
    })
}
