//! Where the names of the selected places go on a scatter plot: beside their dot, on the
//! first of eight sides (then twice as far, with a leader line) where the name overlaps
//! no other name, no labelled dot and does not leave the plot. A name that finds no
//! such place is left out of the plot (the place is still in the tooltip and the CSV).

/// A box: left, top, right, bottom.
pub type Rect = (f64, f64, f64, f64);

/// Where one label went: its box and whether a line leads to it from its dot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub rect: Rect,
    pub leader: bool,
}

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Places labels of `sizes` (width, height) for dots at `anchors` (x, y, radius) inside
/// `bounds`, in the order given (earlier labels get the better places).
pub fn place(
    anchors: &[(f64, f64, f64)],
    sizes: &[(f64, f64)],
    bounds: Rect,
) -> Vec<Option<Placed>> {
    let mut taken: Vec<Rect> = anchors
        .iter()
        .map(|&(x, y, r)| (x - r, y - r, x + r, y + r))
        .collect();
    let mut out = Vec::with_capacity(anchors.len());
    for (&(x, y, r), &(w, h)) in anchors.iter().zip(sizes) {
        let mut found = None;
        'distance: for (far, leader) in [
            (1.0, false),
            (2.5, true),
            (4.0, true),
            (6.0, true),
            (8.0, true),
        ] {
            let d = (r + 3.0) * far + if leader { 6.0 } else { 0.0 };
            let candidates = [
                (x + d, y - h / 2.0),
                (x - d - w, y - h / 2.0),
                (x - w / 2.0, y - d - h),
                (x - w / 2.0, y + d),
                (x + d * 0.7, y - d * 0.7 - h),
                (x - d * 0.7 - w, y - d * 0.7 - h),
                (x + d * 0.7, y + d * 0.7),
                (x - d * 0.7 - w, y + d * 0.7),
            ];
            for (left, top) in candidates {
                let rect = (left, top, left + w, top + h);
                let inside = rect.0 >= bounds.0
                    && rect.1 >= bounds.1
                    && rect.2 <= bounds.2
                    && rect.3 <= bounds.3;
                if inside && !taken.iter().any(|&t| overlaps(t, rect)) {
                    found = Some(Placed { rect, leader });
                    break 'distance;
                }
            }
        }
        if let Some(placed) = found {
            taken.push(placed.rect);
        }
        out.push(found);
    }
    out
}
