//! The CSV rows of the regions' averages a view shows (on the line chart, the ranking
//! and the scatter plot): a row per mean, in the CSV's columns, with `kind` = `mean`, no
//! source of its own (it is computed here: `source_publisher` = CĐS Explorer) and a
//! `note` that names how many members it is the mean of, those without a value, and
//! where their values were read.

use crate::core::charts::registry::{line_chart, ranking_chart, scatter_chart, ChartContent};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx};
use crate::core::data::untrusted::csv_cell;
use crate::core::query::region_mean::RegionMean;
use crate::core::text::i18n::{area_name, indicator_name, unit_label};
use crate::core::text::place_list::place_list;
use crate::core::text::source_words::source_titles;
use crate::core::view::state::{ChartKind, Lang, ViewState};

/// The means the view shows, each with its indicator.
fn shown_means(dataset: &Dataset, state: &ViewState) -> Vec<(IndicatorIx, RegionMean)> {
    if !state.places.iter().any(|a| matches!(a, Area::Region(_))) {
        return Vec::new();
    }
    match state.chart {
        ChartKind::Line => match line_chart(dataset, state) {
            ChartContent::Line(chart) => chart
                .series
                .iter()
                .flat_map(|s| s.means.iter().cloned())
                .map(|m| (state.indicator, m))
                .collect(),
            _ => Vec::new(),
        },
        ChartKind::Ranking => match ranking_chart(dataset, state) {
            ChartContent::Ranking(chart) => chart
                .rows
                .iter()
                .filter_map(|r| r.mean.clone())
                .map(|m| (state.indicator, m))
                .collect(),
            _ => Vec::new(),
        },
        ChartKind::Scatter => match scatter_chart(dataset, state) {
            ChartContent::Scatter(chart) => chart
                .averages
                .iter()
                .flat_map(|a| {
                    [
                        (chart.x_indicator, a.x.clone()),
                        (chart.y_indicator, a.y.clone()),
                    ]
                })
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The rows of the view's regions' averages, in the CSV's columns but its last
/// (`cite_as`).
pub fn mean_rows(dataset: &Dataset, state: &ViewState) -> Vec<Vec<String>> {
    let lang = state.lang;
    shown_means(dataset, state)
        .into_iter()
        .filter_map(|(ix, mean)| {
            let indicator = dataset.indicator(ix)?;
            let area = Area::Region(mean.region);
            let sources = source_titles(dataset, &mean.sources, lang);
            let of = format!("{}/{}", mean.n, mean.members);
            let mut note = vec![match lang {
                Lang::Vi => format!("trung bình cộng của {of} tỉnh có số liệu"),
                Lang::En => format!("plain mean of {of} provinces with data"),
            }];
            if !mean.missing.is_empty() {
                let missing = place_list(dataset, &mean.missing, 20, lang);
                note.push(match lang {
                    Lang::Vi => format!("không có số liệu: {missing}"),
                    Lang::En => format!("no data: {missing}"),
                });
            }
            if !mean.straddling.is_empty() {
                let left = place_list(dataset, &mean.straddling, 20, lang);
                note.push(match lang {
                    Lang::Vi => format!("không tính (gồm tỉnh của hai vùng): {left}"),
                    Lang::En => format!("left out (provinces of two regions): {left}"),
                });
            }
            note.push(match lang {
                Lang::Vi => format!("giá trị các tỉnh theo: {}", sources.join("; ")),
                Lang::En => format!("the provinces' values from: {}", sources.join("; ")),
            });
            let cells = [
                area_name(dataset, area, lang),
                dataset.area_key(area),
                indicator.id.clone(),
                indicator_name(indicator, lang).to_string(),
                mean.year.to_string(),
                String::new(),
                "mean".to_string(),
                mean.value.to_string(),
                String::new(),
                unit_label(indicator.unit, lang).to_string(),
                match lang {
                    Lang::Vi => "Trung bình vùng do CĐS Explorer tính".to_string(),
                    Lang::En => "Regional mean computed by CĐS Explorer".to_string(),
                },
                "CĐS Explorer".to_string(),
                String::new(),
                String::new(),
                String::new(),
                "computed mean".to_string(),
                String::new(),
                String::new(),
                note.join("; "),
                "yes".to_string(),
            ];
            Some(
                cells
                    .into_iter()
                    .enumerate()
                    // `value`, the eighth column, stays a number.
                    .map(|(column, cell)| if column == 7 { cell } else { csv_cell(&cell) })
                    .collect(),
            )
        })
        .collect()
}
