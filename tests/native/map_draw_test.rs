//! The map as drawn: selected provinces named in the SVG without overlaps, the Red
//! River Delta inset beside the country (below it on a phone), the pointer mapped back
//! to a province in either, and the hatch of "no data" in the picture and the legend.

use cds_explorer::core::charts::map::classes::NO_DATA_HATCH;
use cds_explorer::core::charts::map::frame::{MapFrame, View};
use cds_explorer::core::charts::map::geometry::{hatch, inside, Rect};
use cds_explorer::core::charts::map::labels::place_labels;
use cds_explorer::core::charts::map::layout::map_height;
use cds_explorer::core::charts::map::spec::MapChart;
use cds_explorer::core::charts::registry::{
    anchor, draw_content, hit_content, map_chart, tooltip_content, ChartContent, Frame,
};
use cds_explorer::core::charts::shared::hit::Hit;
use cds_explorer::core::view::url::decode;
use plotters::prelude::*;

use super::map;
use crate::common::shipped;

/// Draws `chart` at `width` CSS px (and the map's own height) into an SVG.
fn draw(chart: &MapChart, width: u32) -> (String, MapFrame) {
    let height = map_height(f64::from(width)).round() as u32;
    let content = ChartContent::Map(Box::new(chart.clone()));
    let mut svg = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw_content(&root, &content, 1.0, None).expect("drawn")
    };
    match frame {
        Some(Frame::Map(frame)) => (svg, frame),
        other => panic!("a map frame: {other:?}"),
    }
}

fn texts(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).expect("valid SVG");
    document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .collect()
}

#[test]
fn selected_provinces_are_named_in_the_svg() {
    let chart = map("?view=map&provinces=hai-duong~thanh-hoa&time=2022");
    let (svg, _) = draw(&chart, 1000);
    let drawn = texts(&svg);
    for name in ["Hải Dương", "Thanh Hóa"] {
        assert!(drawn.iter().any(|t| t == name), "{name} in {drawn:?}");
    }
    assert!(
        drawn.iter().any(|t| t == "Đồng bằng sông Hồng"),
        "the inset's caption"
    );
    assert!(drawn.iter().any(|t| t == "đậm hơn = tốt hơn"));
    // Nothing selected, nothing named.
    let (plain, _) = draw(&map("?view=map&provinces=&time=2022"), 1000);
    assert!(!texts(&plain)
        .iter()
        .any(|t| t == "Hải Dương" || t == "Hà Nội"));
}

#[test]
fn names_never_overlap_and_stay_on_the_canvas() {
    let delta = "ha-noi~hai-phong~hai-duong~hung-yen~bac-ninh~thai-binh";
    for query in [
        format!("?view=map&time=2022&provinces={delta}"),
        format!("?view=map&time=2022&provinces={delta}~thanh-hoa~da-nang~ca-mau~ha-giang"),
        format!("?view=map&time=2024&units=34&lang=en&provinces={delta}"),
    ] {
        let chart = map(&query);
        let selected = chart.regions.iter().filter(|r| r.selected).count();
        for width in [1000, 360] {
            let (svg, frame) = draw(&chart, width);
            let height = map_height(f64::from(width));
            let canvas = Rect::new(0.0, 0.0, f64::from(width), height);
            let labels = place_labels(&chart, &frame);
            assert_eq!(
                labels.len(),
                selected,
                "{query} at {width}: every name placed"
            );
            for (i, a) in labels.iter().enumerate() {
                assert!(
                    a.rect.within(&canvas),
                    "{} at {width}: {:?}",
                    a.text,
                    a.rect
                );
                for b in &labels[i + 1..] {
                    assert!(
                        !a.rect.intersects(&b.rect),
                        "{} and {} at {width}",
                        a.text,
                        b.text
                    );
                }
                assert!(
                    !a.rect.intersects(&frame.legend),
                    "{} off the legend",
                    a.text
                );
                if a.view == View::Inset {
                    let inset = frame.inset.expect("an inset");
                    assert!(a.rect.within(&inset.map), "{} inside the inset", a.text);
                } else if let Some(inset) = frame.inset {
                    let clear = [inset.frame, inset.outline.grow(1.0)];
                    assert!(clear.iter().all(|r| !r.intersects(&a.rect)), "{}", a.text);
                }
                assert!(
                    a.rect.contains(a.anchor) || a.leader,
                    "{}: on it or led to it",
                    a.text
                );
                assert!(texts(&svg).contains(&a.text), "{} drawn", a.text);
            }
        }
    }
}

#[test]
fn the_inset_is_framed_beside_the_country_and_fills_the_width() {
    let chart = map("?view=map&time=2022&provinces=hai-duong");
    for width in [1000_u32, 800, 640, 360, 320] {
        let (_, frame) = draw(&chart, width);
        let w = f64::from(width);
        let height = map_height(w);
        let inset = frame.inset.unwrap_or_else(|| panic!("an inset at {width}"));
        let canvas = Rect::new(0.0, 0.0, w, height);
        assert!(inset.frame.within(&canvas) && inset.map.within(&inset.frame));
        assert!(!inset.frame.intersects(&frame.legend), "at {width}");
        let zoom = inset.projection.scale / frame.main.scale;
        assert!(zoom >= 2.0, "at {width} the inset zooms {zoom:.1}×");
        // The country, the inset and the legend reach across the width.
        let (west, _) = frame.project((102.14, 22.4));
        let right = inset.frame.right.max(frame.legend.right);
        assert!(
            west < 0.1 * w && right > 0.9 * w,
            "at {width}: {west}..{right}"
        );
        // The box it shows is outlined on the main map, round the delta.
        let (hn_x, hn_y) = frame.project((105.85, 21.03));
        assert!(inset.outline.contains((hn_x, hn_y)));
        if width >= 640 {
            let (east, _) = frame.project((109.46, 12.7));
            assert!(inset.frame.right > east, "at {width}: beside the country");
        } else {
            let (_, south) = frame.project((104.8, 8.6));
            assert!(inset.frame.top > south, "at {width}: below the country");
        }
        assert!(height <= 1.6 * w + 260.0, "{height} at {width}");
    }
}

#[test]
fn the_pointer_finds_the_province_in_the_map_and_the_inset() {
    let data = shipped();
    let state = decode("?view=map&indicator=dti-rank&time=2022", data).state;
    let content = map_chart(data, &state);
    let ChartContent::Map(chart) = &content else {
        panic!("a map")
    };
    let mut svg = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, (900, 900)).into_drawing_area();
        draw_content(&root, &content, 1.0, None)
            .expect("drawn")
            .expect("a frame")
    };
    let Frame::Map(projection) = frame else {
        panic!("a map frame")
    };
    for (name, lon, lat) in [
        ("Thanh Hóa", 105.3, 20.0),
        ("Gia Lai", 108.2, 13.8),
        ("Hà Nội", 105.8, 21.0),
    ] {
        let (x, y) = projection.project((lon, lat));
        let hit = hit_content(&content, &frame, x, y, 0.0).expect(name);
        assert_eq!(chart.regions[hit.series].label, name);
        let tip = tooltip_content(data, &content, state.indicator, hit).expect("a tooltip");
        assert!(
            tip.heading.starts_with(name) && tip.value.starts_with("hạng "),
            "{tip:?}"
        );
    }
    let (x, y) = projection.project((110.5, 13.0)); // the sea
    assert!(projection.inset.is_some_and(|i| !i.frame.contains((x, y))));
    assert_eq!(hit_content(&content, &frame, x, y, 0.0), None);
    assert!(svg.contains("Quần đảo Hoàng Sa") && svg.contains("Quần đảo Trường Sa"));
    // The middle of Hải Dương in the inset is Hải Dương, and its tooltip points there;
    // on the main map it points to the main map's Hải Dương.
    let inset = projection.inset.expect("an inset");
    let (x, y) = inset.projection.project((106.35, 20.94));
    assert!(inset.map.contains((x, y)));
    let hit = hit_content(&content, &frame, x, y, 0.0).expect("Hải Dương in the inset");
    assert_eq!(chart.regions[hit.series].label, "Hải Dương");
    let (ax, ay) = anchor(&content, &frame, hit).expect("an anchor");
    assert!(
        inset.map.contains((ax, ay)),
        "its tooltip points into the inset"
    );
    assert_eq!(hit_content(&content, &frame, ax, ay, 0.0), Some(hit));
    let (mx, my) = projection.project((106.35, 20.94));
    let on_main = hit_content(&content, &frame, mx, my, 0.0).expect("Hải Dương on the map");
    assert_eq!((on_main.series, on_main.point), (hit.series, 0));
    let (ax, ay) = anchor(&content, &frame, on_main).expect("an anchor");
    assert!(!inset.frame.contains((ax, ay)) && (ax - mx).hypot(ay - my) < 20.0);
    // The inset's caption and padding are no province.
    let (cx, cy) = (inset.frame.left + 2.0, inset.frame.top + 2.0);
    assert_eq!(hit_content(&content, &frame, cx, cy, 0.0), None);
    // Every province's anchor lies on it, in the main map and (for the delta's) in the
    // inset.
    let delta = chart
        .inset
        .as_ref()
        .map(|i| i.regions.clone())
        .unwrap_or_default();
    let hits = (0..chart.regions.len())
        .map(|series| Hit { series, point: 0 })
        .chain(delta.iter().map(|&series| Hit { series, point: 1 }));
    for hit in hits {
        let series = hit.series;
        let (ax, ay) = anchor(&content, &frame, hit).expect("an anchor");
        assert_eq!(
            hit_content(&content, &frame, ax, ay, 0.0),
            Some(hit),
            "{series}"
        );
    }
}

#[test]
fn no_data_is_hatched_on_the_map_and_in_the_legend() {
    let hatch_colour = format!(
        "#{:02X}{:02X}{:02X}",
        NO_DATA_HATCH.0, NO_DATA_HATCH.1, NO_DATA_HATCH.2
    );
    // DTI 2020: 14 of the 63 provinces have a published score.
    let (svg, _) = draw(&map("?view=map&indicator=dti-score&time=2020"), 1000);
    let lines = svg.matches(&format!("stroke=\"{hatch_colour}\"")).count();
    assert!(lines > 200, "{lines} hatch lines");
    assert!(texts(&svg).iter().any(|t| t == "không có số liệu"));
    // A year without values: every province hatched, no classes in the legend.
    let (svg, _) = draw(&map("?view=map&units=34&time=2022"), 900);
    assert!(svg.matches("<polygon").count() >= 34);
    assert!(!texts(&svg).iter().any(|t| t == "đậm hơn = tốt hơn"));
    // The hatch lies inside its shape, on a grid that neighbours share.
    let square = vec![(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)];
    let segments = hatch(std::slice::from_ref(&square), 10.0);
    assert!((13..=15).contains(&segments.len()), "{}", segments.len());
    for (a, b) in segments {
        let middle = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        assert!(inside(std::slice::from_ref(&square), middle));
        assert!(((a.0 + a.1) - (b.0 + b.1)).abs() < 1e-9, "at 45°");
        assert!(((a.0 + a.1) / (10.0 * 2f64.sqrt())).fract().abs() < 1e-9);
    }
}

#[test]
fn island_labels_stay_inside_a_phone_wide_map() {
    use cds_explorer::core::charts::shared::frame::text_width;
    let (svg, _) = draw(&map("?view=map&time=2022"), 360);
    let document = roxmltree::Document::parse(&svg).expect("valid SVG");
    let style = ("sans-serif", 11.0).into_font().style(FontStyle::Italic);
    let labels: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter(|n| n.text().is_some_and(|t| t.contains("Quần đảo")))
        .collect();
    assert_eq!(labels.len(), 2);
    for label in labels {
        let x: f64 = label
            .attribute("x")
            .and_then(|x| x.parse().ok())
            .expect("x");
        let text = label.text().unwrap_or_default().trim();
        let right = x + text_width(text, &style.color(&BLACK));
        assert!(right <= 360.0, "{text} ends at {right}");
    }
}

#[test]
fn write_maps_for_review() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
    std::fs::create_dir_all(&dir).expect("a folder for artifacts");
    for (name, query, width) in [
        (
            "map-2023-hai-duong-thanh-hoa",
            "?view=map&provinces=hai-duong~thanh-hoa&time=2023",
            1000,
        ),
        (
            "map-2022-hai-duong",
            "?view=map&time=2022&provinces=hai-duong",
            1000,
        ),
        (
            "map-2022-hai-duong-phone",
            "?view=map&time=2022&provinces=hai-duong",
            360,
        ),
        (
            "map-2022-delta-phone",
            "?view=map&time=2022&provinces=ha-noi~hai-phong~hai-duong~hung-yen~bac-ninh~thai-binh",
            360,
        ),
        (
            "map-2024-34-units",
            "?view=map&time=2024&units=34&lang=en&provinces=hai-duong",
            1000,
        ),
    ] {
        let (svg, _) = draw(&map(query), width);
        std::fs::write(dir.join(format!("{name}.svg")), svg).expect("written");
    }
}

#[test]
fn any_canvas_and_any_pointer_are_safe() {
    let every = shipped()
        .provinces()
        .iter()
        .map(|p| p.slug.as_str())
        .collect::<Vec<_>>()
        .join("~");
    let chart = map(&format!("?view=map&time=2022&provinces={every}"));
    let content = ChartContent::Map(Box::new(chart.clone()));
    for (width, height, scale) in [
        (1, 1, 1.0),
        (40, 40, 1.0),
        (200, 2000, 1.0),
        (3000, 300, 1.0),
        (720, 1200, 2.0),
        (2000, 1640, 2.5),
    ] {
        let mut svg = String::new();
        let frame = {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            draw_content(&root, &content, scale, Some(3)).expect("drawn")
        };
        let Some(Frame::Map(map_frame)) = frame else {
            panic!("a map frame at {width}×{height}")
        };
        roxmltree::Document::parse(&svg).expect("valid SVG");
        let canvas = Rect::new(0.0, 0.0, f64::from(width), f64::from(height));
        let labels = place_labels(&chart, &map_frame);
        for (i, a) in labels.iter().enumerate() {
            assert!(a.rect.within(&canvas), "{} at {width}×{height}", a.text);
            assert!(labels[i + 1..].iter().all(|b| !a.rect.intersects(&b.rect)));
        }
        if (width, height) == (2000, 1640) {
            // A 1000-px map on a screen of twice the density names all it can.
            assert!(labels.len() > 15, "{} names", labels.len());
        }
        for step in 0..=40 {
            let x = f64::from(width) * f64::from(step) / 40.0;
            let y = f64::from(height) * f64::from((step * 7) % 41) / 40.0;
            if let Some(hit) = hit_content(&content, &Frame::Map(map_frame), x, y, 0.0) {
                assert!(anchor(&content, &Frame::Map(map_frame), hit).is_some());
            }
        }
    }
}
