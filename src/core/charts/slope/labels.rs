//! The end labels of a slope chart, stacked so that none overlaps another: each label
//! wants to sit level with its line's end; where two would overlap, they are pushed
//! apart by the least amount, and kept between the plot's top and bottom.

/// The y of each label (in the order given), at least `gap` apart, as near as can be to
/// `wanted`, within `top..=bottom` where there is room for all.
pub fn stack(wanted: &[f64], gap: f64, top: f64, bottom: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by(|&a, &b| wanted[a].total_cmp(&wanted[b]).then(a.cmp(&b)));
    let mut placed: Vec<f64> = order.iter().map(|&i| wanted[i].max(top)).collect();
    // Down from the top: each at least a gap below the one above.
    for i in 1..placed.len() {
        placed[i] = placed[i].max(placed[i - 1] + gap);
    }
    // Up from the bottom: back inside, each at least a gap above the one below.
    if let Some(last) = placed.last_mut() {
        *last = last.min(bottom);
    }
    for i in (0..placed.len().saturating_sub(1)).rev() {
        placed[i] = placed[i].min(placed[i + 1] - gap);
    }
    let mut out = vec![0.0; wanted.len()];
    for (slot, &i) in order.iter().enumerate() {
        out[i] = placed[slot];
    }
    out
}
