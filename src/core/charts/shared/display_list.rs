//! A chart recorded once, replayed anywhere. Every chart is drawn on [`Recorder`], a
//! plotters backend that keeps the primitive operations (lines, rectangles, paths,
//! circles, polygons, text) in a [`DisplayList`]; [`replay`] then sends the list to the
//! page's canvas or to the SVG writer. So the drawing code is compiled once, for the
//! recorder, instead of once per backend (it was most of the chart code in the wasm),
//! and what the page shows and what a download holds come from the same operations.

use std::cell::RefCell;
use std::error::Error;
use std::fmt;
use std::rc::Rc;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_backend::text_anchor::Pos;

use super::frame::estimated_width;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle, FontTransform,
};

/// A stroke or fill: its colour and line width.
#[derive(Clone, Copy)]
pub struct Pen {
    color: BackendColor,
    width: u32,
}

impl Pen {
    fn of<S: BackendStyle>(style: &S) -> Self {
        Pen {
            color: style.color(),
            width: style.stroke_width(),
        }
    }
}

impl BackendStyle for Pen {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// The text style of a recorded text: all a backend that draws text itself reads.
#[derive(Clone)]
pub struct Font {
    family: String,
    size: f64,
    style: FontStyle,
    color: BackendColor,
    anchor: Pos,
    transform: FontTransform,
}

/// A recorded text has no glyphs to rasterise: backends that cannot draw text
/// themselves get nothing from it (the canvas and the SVG writer both can).
#[derive(Debug)]
pub struct NoGlyphs;

impl fmt::Display for NoGlyphs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a recorded text has no glyphs")
    }
}

impl Error for NoGlyphs {}

impl BackendTextStyle for Font {
    type FontError = NoGlyphs;

    fn color(&self) -> BackendColor {
        self.color
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> FontTransform {
        self.transform.clone()
    }

    fn style(&self) -> FontStyle {
        self.style
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::from(self.family.as_str())
    }

    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), NoGlyphs> {
        Err(NoGlyphs)
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, NoGlyphs> {
        Err(NoGlyphs)
    }
}

/// One primitive operation, in backend pixels.
#[derive(Clone)]
enum Op {
    Pixel(BackendCoord, BackendColor),
    Line(BackendCoord, BackendCoord, Pen),
    Rect(BackendCoord, BackendCoord, Pen, bool),
    Path(Vec<BackendCoord>, Pen),
    Circle(BackendCoord, u32, Pen, bool),
    Polygon(Vec<BackendCoord>, Pen),
    Text(String, Font, BackendCoord),
}

/// The operations of one drawing, in order, and the size it was drawn at.
#[derive(Clone, Default)]
pub struct DisplayList {
    size: (u32, u32),
    ops: Vec<Op>,
}

impl DisplayList {
    pub fn size(&self) -> (u32, u32) {
        self.size
    }

    /// How many operations were recorded.
    pub fn len(&self) -> usize {
        self.ops.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }
}

/// Recording never fails.
#[derive(Debug)]
pub enum Never {}

impl fmt::Display for Never {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl Error for Never {}

/// The backend every chart is drawn on; it shares its list with [`record`].
pub struct Recorder {
    list: Rc<RefCell<DisplayList>>,
}

type Recorded = Result<(), DrawingErrorKind<Never>>;

impl Recorder {
    fn push(&mut self, op: Op) -> Recorded {
        self.list.borrow_mut().ops.push(op);
        Ok(())
    }
}

impl DrawingBackend for Recorder {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.list.borrow().size
    }

    fn ensure_prepared(&mut self) -> Recorded {
        Ok(())
    }

    fn present(&mut self) -> Recorded {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Recorded {
        self.push(Op::Pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Recorded {
        self.push(Op::Line(from, to, Pen::of(style)))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Recorded {
        self.push(Op::Rect(upper_left, bottom_right, Pen::of(style), fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Recorded {
        self.push(Op::Path(path.into_iter().collect(), Pen::of(style)))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Recorded {
        self.push(Op::Circle(center, radius, Pen::of(style), fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Recorded {
        self.push(Op::Polygon(vert.into_iter().collect(), Pen::of(style)))
    }

    /// Text is measured with the same estimate as the charts' own layout, on every
    /// backend alike: never by the browser, whose measure (an off-screen `<span>` with a
    /// `style` attribute) would force a layout and break the page's Content Security
    /// Policy.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Never>> {
        let bold = matches!(style.style(), FontStyle::Bold);
        let width = estimated_width(text, style.size(), bold);
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Recorded {
        let font = Font {
            family: style.family().as_str().to_string(),
            size: style.size(),
            style: style.style(),
            color: style.color(),
            anchor: style.anchor(),
            transform: style.transform(),
        };
        self.push(Op::Text(text.to_string(), font, pos))
    }
}

/// Draws with `draw` on a recorder of `size` pixels; returns what `draw` returned and
/// the recorded operations.
pub fn record<T>(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<Recorder, Shift>) -> T,
) -> (T, DisplayList) {
    let list = Rc::new(RefCell::new(DisplayList {
        size,
        ops: Vec::new(),
    }));
    let result = {
        let area = Recorder {
            list: Rc::clone(&list),
        }
        .into_drawing_area();
        draw(&area)
    };
    let list = list.take();
    (result, list)
}

/// Sends every recorded operation to `backend`, in order, then presents it.
pub fn replay<DB: DrawingBackend>(
    list: &DisplayList,
    backend: &mut DB,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    backend.ensure_prepared()?;
    for op in &list.ops {
        match op {
            Op::Pixel(at, color) => backend.draw_pixel(*at, *color)?,
            Op::Line(from, to, pen) => backend.draw_line(*from, *to, pen)?,
            Op::Rect(from, to, pen, fill) => backend.draw_rect(*from, *to, pen, *fill)?,
            Op::Path(points, pen) => backend.draw_path(points.iter().copied(), pen)?,
            Op::Circle(at, radius, pen, fill) => backend.draw_circle(*at, *radius, pen, *fill)?,
            Op::Polygon(points, pen) => backend.fill_polygon(points.iter().copied(), pen)?,
            Op::Text(text, font, at) => backend.draw_text(text, font, *at)?,
        }
    }
    backend.present()
}
