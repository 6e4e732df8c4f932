//! Hover, tap and keys on the map: the province under the pointer, in the main map or
//! the inset, through the `MapFrame` the layout made, and what its tooltip says —
//! "no data" where it has no value.

use super::frame::{MapFrame, View};
use super::spec::MapChart;
use crate::core::charts::shared::hit::Hit;
use crate::core::charts::shared::tooltip::{tooltip_for, Tooltip};
use crate::core::data::dataset::Dataset;
use crate::core::view::state::Lang;

/// The province under the pointer, as a hit whose `series` is the province and whose
/// `point` is 1 where the pointer is in the inset and 0 elsewhere.
pub fn hit(chart: &MapChart, map: &MapFrame, x: f64, y: f64) -> Option<Hit> {
    map.region_at(chart, x, y).map(|region| Hit {
        series: region,
        point: usize::from(map.view_at(x, y) == View::Inset),
    })
}

/// The tooltip of a province.
pub fn tooltip(dataset: &Dataset, chart: &MapChart, indicator: usize, hit: Hit) -> Option<Tooltip> {
    let region = chart.regions.get(hit.series)?;
    let mut tip = match region.observation {
        Some(observation) => tooltip_for(
            dataset,
            indicator,
            region.area,
            chart.year,
            observation,
            chart.lang,
        ),
        None => Some(Tooltip {
            heading: format!("{} · {}", region.label, chart.year),
            value: match chart.lang {
                Lang::Vi => "không có số liệu".to_string(),
                Lang::En => "no data".to_string(),
            },
            rank: None,
            change: None,
            source: String::new(),
            quote: String::new(),
            quote_lang: None,
            quote_label: None,
            kind: None,
            citation: None,
            disagreement: missing_reason(dataset, indicator, region.area, chart.year, chart.lang),
            also: Vec::new(),
        }),
    }?;
    // In change mode the change is the view's, between its two years.
    if let Some(change) = &region.change {
        tip.change = Some(change.clone());
    }
    Some(tip)
}

/// Where (canvas pixels) a hit is, to place its tooltip: a point well inside the
/// province, in the view the pointer found it in.
pub fn anchor(chart: &MapChart, map: &MapFrame, hit: Hit) -> Option<(f64, f64)> {
    let view = if hit.point == 1 {
        View::Inset
    } else {
        View::Main
    };
    map.anchor(chart, hit.series, view)
}

/// Why a publisher's table leaves `area` out of `year`, where the data says so.
fn missing_reason(
    dataset: &crate::core::data::dataset::Dataset,
    indicator: usize,
    area: crate::core::data::model::Area,
    year: crate::core::data::model::Year,
    lang: Lang,
) -> Option<String> {
    let missing = dataset
        .missing_in(indicator, year)
        .find(|m| m.area == area)?;
    Some(match lang {
        Lang::Vi => format!("Không có trong bảng công bố: {}", missing.reason_vi),
        Lang::En => format!("Not in the published table: {}", missing.reason_en),
    })
}
