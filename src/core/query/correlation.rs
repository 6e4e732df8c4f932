//! Spearman's rank correlation: how far two measures of the same places put them in the
//! same order, from −1 (opposite orders) to 1 (the same order). Ties share the mean of
//! the ranks they span; the coefficient is Pearson's correlation of the ranks.

/// The 1-based ranks of `values`, ties sharing the mean of the ranks they span
/// ([1, 2, 2, 3] ranks as [1, 2.5, 2.5, 4]).
pub fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut out = vec![0.0; values.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        // Positions start..end (0-based) hold ranks start+1..=end: their mean.
        let mean = (start + 1 + end) as f64 / 2.0;
        for &i in &order[start..end] {
            out[i] = mean;
        }
        start = end;
    }
    out
}

/// Spearman's ρ of paired values; `None` with fewer than 3 pairs, unequal lengths, a
/// value that is not finite, or a side whose values are all equal.
pub fn spearman(xs: &[f64], ys: &[f64]) -> Option<f64> {
    let n = xs.len();
    if n < 3 || ys.len() != n || !xs.iter().chain(ys).all(|v| v.is_finite()) {
        return None;
    }
    let (rx, ry) = (ranks(xs), ranks(ys));
    let mean = (n as f64 + 1.0) / 2.0;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in rx.iter().zip(&ry) {
        let (dx, dy) = (a - mean, b - mean);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}
