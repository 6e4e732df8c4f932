//! Pixel geometry for the map: rectangles, shapes clipped to a rectangle, the even–odd
//! spans of a scanline, a point well inside a shape (for labels and tooltips), and the
//! 45° hatch of "no data" — computed here, as plain segments, because plotters has no
//! pattern fill and a canvas and an SVG must show the same lines — and points rounded
//! to the backend's whole pixels.

/// A point in canvas pixels.
pub type Point = (f64, f64);

/// The hatch's spacing (CSS px).
pub(crate) const HATCH_SPACING: f64 = 5.0;

/// A point rounded to a backend pixel.
pub(crate) fn pixel((x, y): Point) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Points rounded to backend pixels.
pub(crate) fn pixels(points: &[Point]) -> Vec<(i32, i32)> {
    points.iter().copied().map(pixel).collect()
}

/// An axis-aligned rectangle in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn new(left: f64, top: f64, right: f64, bottom: f64) -> Rect {
        Rect {
            left: left.min(right),
            top: top.min(bottom),
            right: left.max(right),
            bottom: top.max(bottom),
        }
    }

    /// The rectangle of `size` whose top-left corner is `at`.
    pub fn at((x, y): Point, (width, height): (f64, f64)) -> Rect {
        Rect::new(x, y, x + width, y + height)
    }

    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }

    pub fn centre(&self) -> Point {
        (
            (self.left + self.right) / 2.0,
            (self.top + self.bottom) / 2.0,
        )
    }

    pub fn contains(&self, (x, y): Point) -> bool {
        self.left <= x && x <= self.right && self.top <= y && y <= self.bottom
    }

    /// Whether the two share more than an edge.
    pub fn intersects(&self, other: &Rect) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    pub fn within(&self, outer: &Rect) -> bool {
        outer.left <= self.left
            && self.right <= outer.right
            && outer.top <= self.top
            && self.bottom <= outer.bottom
    }

    pub fn grow(&self, by: f64) -> Rect {
        Rect::new(
            self.left - by,
            self.top - by,
            self.right + by,
            self.bottom + by,
        )
    }

    /// The point of the rectangle nearest to `point`.
    pub fn nearest(&self, (x, y): Point) -> Point {
        (
            x.clamp(self.left, self.right.max(self.left)),
            y.clamp(self.top, self.bottom.max(self.top)),
        )
    }

    /// The smallest rectangle around the points; `None` if there are none (or none finite).
    pub fn around<I: IntoIterator<Item = Point>>(points: I) -> Option<Rect> {
        let mut bounds: Option<Rect> = None;
        for (x, y) in points
            .into_iter()
            .filter(|p| p.0.is_finite() && p.1.is_finite())
        {
            bounds = Some(match bounds {
                None => Rect::new(x, y, x, y),
                Some(b) => Rect::new(b.left.min(x), b.top.min(y), b.right.max(x), b.bottom.max(y)),
            });
        }
        bounds
    }
}

/// Where a horizontal line at `y` crosses the rings, sorted: between the first and
/// second crossing is inside, between the second and third outside, and so on
/// (the even–odd rule, as [`crate::core::data::geo::contains`] uses).
pub fn crossings(rings: &[Vec<Point>], y: f64) -> Vec<f64> {
    let mut xs = Vec::new();
    for ring in rings {
        let Some(&last) = ring.last() else {
            continue;
        };
        let mut previous = last;
        for &(x1, y1) in ring {
            let (x0, y0) = previous;
            if (y0 > y) != (y1 > y) {
                xs.push(x0 + (y - y0) * (x1 - x0) / (y1 - y0));
            }
            previous = (x1, y1);
        }
    }
    xs.retain(|x| x.is_finite());
    xs.sort_by(f64::total_cmp);
    xs
}

/// The inside stretches of a horizontal line at `y`, as (from, to) pairs.
pub fn spans(rings: &[Vec<Point>], y: f64) -> Vec<(f64, f64)> {
    crossings(rings, y)
        .chunks_exact(2)
        .filter_map(|pair| match pair {
            [from, to] => Some((*from, *to)),
            _ => None,
        })
        .collect()
}

/// Whether `point` is inside the rings (even–odd).
pub fn inside(rings: &[Vec<Point>], (x, y): Point) -> bool {
    spans(rings, y).iter().any(|&(a, b)| a <= x && x <= b)
}

fn transpose(rings: &[Vec<Point>]) -> Vec<Vec<Point>> {
    rings
        .iter()
        .map(|ring| ring.iter().map(|&(x, y)| (y, x)).collect())
        .collect()
}

/// A point well inside the rings: over a few horizontal lines, the middle of the span
/// whose cross (its width and the height of the shape through its middle) is largest.
pub fn interior_point(rings: &[Vec<Point>]) -> Option<Point> {
    let bounds = Rect::around(rings.iter().flatten().copied())?;
    let columns = transpose(rings);
    let mut best: Option<(f64, Point)> = None;
    const LINES: u32 = 16;
    for i in 1..LINES {
        let y = bounds.top + bounds.height() * f64::from(i) / f64::from(LINES);
        for (a, b) in spans(rings, y) {
            let x = (a + b) / 2.0;
            let (up, down) = spans(&columns, x)
                .into_iter()
                .find(|&(top, bottom)| top <= y && y <= bottom)
                .unwrap_or((y, y));
            // Centred vertically too, where the shape is taller than it is wide here.
            let y_mid = if down - up > b - a {
                (up + down) / 2.0
            } else {
                y
            };
            let score = (b - a).min(down - up);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, (x, y_mid)));
            }
        }
    }
    best.map(|(_, point)| point)
}

/// The hatch of the rings: lines at 45° ("/" on screen) `spacing` pixels apart, cut
/// to the inside of the rings. The lines lie on a grid fixed to the canvas, so the
/// hatch of neighbouring shapes lines up.
pub fn hatch(rings: &[Vec<Point>], spacing: f64) -> Vec<(Point, Point)> {
    // In u = x + y and w = x − y the lines x + y = c are horizontal: u = c.
    let turned: Vec<Vec<Point>> = rings
        .iter()
        .map(|ring| ring.iter().map(|&(x, y)| (x - y, x + y)).collect())
        .collect();
    let step = spacing * std::f64::consts::SQRT_2;
    let Some(bounds) = Rect::around(turned.iter().flatten().copied()) else {
        return Vec::new();
    };
    if !(step.is_finite() && step > 0.5) {
        return Vec::new();
    }
    let first = (bounds.top / step).ceil();
    let last = (bounds.bottom / step).floor();
    // A shape this large is not on any screen; draw no hatch rather than hang.
    if (last - first).is_nan() || last - first >= 20_000.0 {
        return Vec::new();
    }
    let back = |w: f64, u: f64| ((u + w) / 2.0, (u - w) / 2.0);
    let mut segments = Vec::new();
    let mut k = first;
    while k <= last {
        let u = k * step;
        for (w0, w1) in spans(&turned, u) {
            segments.push((back(w0, u), back(w1, u)));
        }
        k += 1.0;
    }
    segments
}

/// `ring` clipped to `clip` (Sutherland–Hodgman): the part of the shape inside it.
/// A concave shape may come back with edges along the rectangle; fills are right.
pub fn clip_ring(ring: &[Point], clip: &Rect) -> Vec<Point> {
    type Inside = fn(Point, &Rect) -> bool;
    type Cut = fn(Point, Point, &Rect) -> Point;
    let edges: [(Inside, Cut); 4] = [
        (|p, r| p.0 >= r.left, |a, b, r| at_x(a, b, r.left)),
        (|p, r| p.0 <= r.right, |a, b, r| at_x(a, b, r.right)),
        (|p, r| p.1 >= r.top, |a, b, r| at_y(a, b, r.top)),
        (|p, r| p.1 <= r.bottom, |a, b, r| at_y(a, b, r.bottom)),
    ];
    fn at_x(a: Point, b: Point, x: f64) -> Point {
        let t = if b.0 == a.0 {
            0.0
        } else {
            (x - a.0) / (b.0 - a.0)
        };
        (x, a.1 + (b.1 - a.1) * t)
    }
    fn at_y(a: Point, b: Point, y: f64) -> Point {
        let t = if b.1 == a.1 {
            0.0
        } else {
            (y - a.1) / (b.1 - a.1)
        };
        (a.0 + (b.0 - a.0) * t, y)
    }
    let mut points: Vec<Point> = ring.to_vec();
    for (is_inside, cut) in edges {
        let Some(&last) = points.last() else {
            return points;
        };
        let mut out = Vec::with_capacity(points.len() + 4);
        let mut previous = last;
        for &point in &points {
            match (is_inside(previous, clip), is_inside(point, clip)) {
                (true, true) => out.push(point),
                (true, false) => out.push(cut(previous, point, clip)),
                (false, true) => {
                    out.push(cut(previous, point, clip));
                    out.push(point);
                }
                (false, false) => {}
            }
            previous = point;
        }
        points = out;
    }
    points
}

/// The parts of the polyline `line` inside `clip` (Liang–Barsky on each segment),
/// joined where they run on; for borders, which must not be drawn along the clip.
pub fn clip_line(line: &[Point], clip: &Rect) -> Vec<Vec<Point>> {
    let mut pieces: Vec<Vec<Point>> = Vec::new();
    for pair in line.windows(2) {
        let [a, b] = pair else { continue };
        let Some((from, to)) = clip_segment(*a, *b, clip) else {
            continue;
        };
        match pieces.last_mut() {
            Some(piece) if piece.last() == Some(&from) => piece.push(to),
            _ => pieces.push(vec![from, to]),
        }
    }
    pieces
}

fn clip_segment(a: Point, b: Point, clip: &Rect) -> Option<(Point, Point)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.0 - clip.left),
        (dx, clip.right - a.0),
        (-dy, a.1 - clip.top),
        (dy, clip.bottom - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then_some((
        (a.0 + dx * t0, a.1 + dy * t0),
        (a.0 + dx * t1, a.1 + dy * t1),
    ))
}
