//! The page's title for a view, so that a browser tab, a bookmark and a link pasted in a
//! chat say what the view shows: "Chỉ số chuyển đổi số (DTI) – thứ hạng · Hải Dương,
//! Thanh Hóa · 2020–2024 – CĐS Explorer".

use super::format::years_text;
use super::i18n::{area_name, indicator_name, list, text, Text};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::YearRange;
use crate::core::view::state::{ChartKind, ViewState};

/// At most this many places are named; the rest are counted.
const NAMED_PLACES: usize = 3;

/// The title of `view`'s page.
pub fn page_title(dataset: &Dataset, view: &ViewState) -> String {
    let lang = view.lang;
    let indicator = dataset
        .indicator(view.indicator)
        .map(|i| indicator_name(i, lang).to_string())
        .unwrap_or_default();
    let names: Vec<String> = view
        .places
        .iter()
        .take(NAMED_PLACES)
        .map(|&area| area_name(dataset, area, lang))
        .collect();
    let mut places = list(&names.iter().map(String::as_str).collect::<Vec<_>>(), lang);
    let more = view.places.len().saturating_sub(NAMED_PLACES);
    if more > 0 {
        places.push_str(&match lang {
            crate::core::view::state::Lang::Vi => format!(" và {more} tỉnh khác"),
            crate::core::view::state::Lang::En => format!(" and {more} more"),
        });
    }
    // A ranking or a map shows one year, or in change mode the change over two.
    let single = if view.compares() {
        view.time
    } else {
        YearRange::single(view.time.end())
    };
    let parts: Vec<String> = match view.chart {
        ChartKind::Line => vec![indicator, places, years_text(view.time)],
        ChartKind::Table => vec![
            text(lang, Text::TabTable).to_string(),
            indicator,
            places,
            years_text(view.time),
        ],
        ChartKind::Ranking => vec![
            indicator,
            text(lang, Text::TabRanking).to_string(),
            years_text(single),
        ],
        ChartKind::Map => vec![
            indicator,
            text(lang, Text::TabMap).to_string(),
            years_text(single),
        ],
        ChartKind::Profile => vec![text(lang, Text::TabProfile).to_string(), places],
        ChartKind::Scatter => vec![
            indicator,
            text(lang, Text::TabScatter).to_string(),
            years_text(single),
        ],
        ChartKind::Slope => vec![
            indicator,
            text(lang, Text::TabSlope).to_string(),
            places,
            years_text(view.time),
        ],
        ChartKind::Sources => vec![text(lang, Text::TabSources).to_string(), indicator],
        ChartKind::Coverage => vec![text(lang, Text::TabCoverage).to_string(), indicator],
    };
    let shown: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    format!("{} – {}", shown.join(" · "), text(lang, Text::AppTitle))
}

/// What the folded controls drawer of a phone holds, in a few words ("2 địa phương ·
/// 2020–2024 · Chỉ số chuyển đổi số (DTI) – thứ hạng"): the page and its first paint
/// (`src/paint/`) write the same.
pub fn controls_summary(dataset: &Dataset, view: &ViewState) -> String {
    let lang = view.lang;
    let indicator = dataset
        .indicator(view.indicator)
        .map(|i| indicator_name(i, lang).to_string());
    let places = view.places.len();
    let years = years_text(view.time);
    let counted = match lang {
        crate::core::view::state::Lang::Vi => format!("{places} địa phương · {years}"),
        crate::core::view::state::Lang::En => format!("{places} places · {years}"),
    };
    counted + &indicator.map(|i| format!(" · {i}")).unwrap_or_default()
}
