//! What every chart type draws with and answers with: the display list every chart is
//! recorded into and replayed from, the style (font, colours, `DrawError`), the frame of titles and source line, the palette of places, the
//! reason for an empty chart, a hit under the pointer and the tooltip it shows (a
//! value's, or a region's average's).
//!
//! **Invariants.** `shared/` knows no chart type: it imports nothing from `line/`,
//! `ranking/`, `map/` or the registry, which all build on it.

pub mod display_list;
pub mod empty;
pub mod frame;
pub mod hit;
pub mod mean_tooltip;
pub mod palette;
pub mod source_line;
pub mod style;
pub mod ticks;
pub mod tooltip;
