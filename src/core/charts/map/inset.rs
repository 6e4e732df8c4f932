//! Where the Red River Delta inset goes and how much it zooms: as large as it can grow
//! from a corner before it meets land or an archipelago's name (wide canvases), or as
//! large as the room under the country allows (narrow ones), and never less than 1.5×
//! the main map's scale, else not at all.

use super::frame::InsetFrame;
use super::geometry::{Point, Rect};
use super::projection::Projection;
use super::spec::{MapChart, MapInset};

/// The inset's padding and caption (CSS px).
pub(crate) const INSET_PAD: f64 = 6.0;
pub(crate) const INSET_CAPTION: f64 = 18.0;

/// The inset's box in projected degrees (width, height).
pub(crate) fn inset_size(inset: &MapInset) -> (f64, f64) {
    (
        (inset.lon.1 - inset.lon.0) * Projection::shrink(),
        inset.lat.1 - inset.lat.0,
    )
}

/// The inset at `zoom` pixels per degree with its frame's top-left corner at `at`.
fn inset_at(
    chart: &MapChart,
    main: &Projection,
    at: Point,
    zoom: f64,
    ratio: f64,
) -> Option<InsetFrame> {
    let inset = chart.inset.as_ref()?;
    let (rw, rh) = inset_size(inset);
    let pad = INSET_PAD * ratio;
    let frame = Rect::at(
        at,
        (
            rw * zoom + 2.0 * pad,
            rh * zoom + 2.0 * pad + INSET_CAPTION * ratio,
        ),
    );
    let map = Rect::new(
        frame.left + pad,
        frame.bottom - pad - rh * zoom,
        frame.right - pad,
        frame.bottom - pad,
    );
    let projection = Projection {
        left: map.left,
        top: map.top,
        scale: zoom,
        min_x: inset.lon.0 * Projection::shrink(),
        max_lat: inset.lat.1,
    };
    let (a, b) = (
        main.project((inset.lon.0, inset.lat.1)),
        main.project((inset.lon.1, inset.lat.0)),
    );
    Some(InsetFrame {
        frame,
        map,
        projection,
        outline: Rect::new(a.0, a.1, b.0, b.1),
    })
}

/// The least zoom worth an inset, and the most, as multiples of the main map's scale.
const LEAST_ZOOM: f64 = 1.5;
const MOST_ZOOM: f64 = 8.0;

/// The largest inset in the top right corner of `limit` that keeps clear of `blocked`.
pub(crate) fn grow_inset(
    chart: &MapChart,
    main: &Projection,
    limit: &Rect,
    blocked: &[Rect],
    ratio: f64,
) -> Option<InsetFrame> {
    let (rw, rh) = inset_size(chart.inset.as_ref()?);
    let pad = ratio * (2.0 * INSET_PAD);
    let most = ((limit.width() - pad) / rw)
        .min((limit.height() - pad - INSET_CAPTION * ratio) / rh)
        .min(main.scale * MOST_ZOOM);
    let place = |zoom: f64| {
        let width = rw * zoom + pad;
        inset_at(chart, main, (limit.right - width, limit.top), zoom, ratio)
    };
    let clear = |zoom: f64| {
        place(zoom).is_some_and(|i| {
            let room = i.frame.grow(4.0 * ratio);
            !blocked.iter().any(|b| b.intersects(&room))
        })
    };
    let least = main.scale * LEAST_ZOOM;
    // NaN sizes (an empty box) compare false, and so give no inset.
    if most.partial_cmp(&least).is_none_or(|o| o.is_lt()) || !clear(least) {
        return None;
    }
    let (mut low, mut high) = (least, most);
    if !clear(high) {
        for _ in 0..30 {
            let middle = (low + high) / 2.0;
            if clear(middle) {
                low = middle;
            } else {
                high = middle;
            }
        }
        high = low;
    }
    place(high)
}

/// The largest inset that fits in `room`, centred at its top.
pub(crate) fn fit_inset(
    chart: &MapChart,
    main: &Projection,
    room: &Rect,
    ratio: f64,
) -> Option<InsetFrame> {
    let (rw, rh) = inset_size(chart.inset.as_ref()?);
    let pad = ratio * (2.0 * INSET_PAD);
    let zoom = ((room.width() - pad) / rw)
        .min((room.height() - pad - INSET_CAPTION * ratio) / rh)
        .min(main.scale * MOST_ZOOM);
    if zoom
        .partial_cmp(&(main.scale * LEAST_ZOOM))
        .is_none_or(|o| o.is_lt())
    {
        return None;
    }
    let left = room.left + (room.width() - rw * zoom - pad) / 2.0;
    inset_at(chart, main, (left, room.top), zoom, ratio)
}
