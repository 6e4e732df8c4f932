//! Charts are recorded once and replayed on the page's canvas and into the SVG
//! download: replaying a recording must draw exactly what drawing directly does.

use cds_explorer::core::charts::registry::{build, content_height, draw_content};
use cds_explorer::core::charts::shared::display_list::{record, replay};
use cds_explorer::core::view::url::decode;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::common::shipped;

fn direct_and_replayed(query: &str, width: u32, scale: f64) -> (String, String, usize) {
    let data = shipped();
    let content = build(data, &decode(query, data).state).expect("a chart view");
    let height = (content_height(&content, f64::from(width) / scale) * scale).round() as u32;
    let size = (width, height);
    let mut direct = String::new();
    {
        let area = SVGBackend::with_string(&mut direct, size).into_drawing_area();
        draw_content(&area, &content, scale, Some(0)).expect("drawn");
        area.present().expect("written");
    }
    let (drawn, list) = record(size, |area| draw_content(area, &content, scale, Some(0)));
    drawn.expect("recorded");
    let mut replayed = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut replayed, list.size());
        replay(&list, &mut backend).expect("replayed");
    }
    (direct, replayed, list.len())
}

#[test]
fn every_chart_replays_exactly_as_drawn_directly() {
    for (query, width, scale) in [
        ("provinces=hai-duong~thanh-hoa~da-nang", 1000, 1.0),
        ("provinces=hai-duong~thanh-hoa", 720, 2.0),
        ("view=ranking&indicator=dti-rank&time=2022", 800, 1.0),
        (
            "view=map&indicator=dti-rank&time=2022&provinces=hai-duong",
            1000,
            1.0,
        ),
        ("view=map&indicator=dti-rank&units=34", 360, 2.0),
    ] {
        let (direct, replayed, ops) = direct_and_replayed(query, width, scale);
        assert!(ops > 50, "{query}: only {ops} operations recorded");
        assert!(direct.contains("<text"), "{query}: no text drawn");
        assert_eq!(direct, replayed, "{query}");
    }
}
