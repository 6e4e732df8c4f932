//! Round steps for a value axis: 1, 2 or 5 times a power of ten, so that ticks read
//! 0,55 · 0,60 · 0,65 rather than 0,5521 · 0,5884.

/// The smallest of 1, 2, 5 × 10ⁿ not below `raw`.
pub fn nice_step(raw: f64) -> f64 {
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&step| step >= raw - 1e-12)
        .unwrap_or(10.0 * magnitude)
}

/// The multiples of a round step inside `low..=high` (about `count` of them).
pub fn round_ticks(low: f64, high: f64, count: usize) -> Vec<f64> {
    let span = high - low;
    if span.is_nan() || span <= 0.0 || span.is_infinite() {
        return vec![low];
    }
    let step = nice_step(span / count.max(1) as f64);
    let first = (low / step).ceil();
    let last = (high / step).floor();
    let n = (last - first).max(0.0) as usize;
    (0..=n).map(|i| (first + i as f64) * step).collect()
}
