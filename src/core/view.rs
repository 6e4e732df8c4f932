//! What the user is looking at: the view state, its defaults, and the language.
//!
//! A `ViewState` is always valid against the dataset it was made for: its indices
//! point into the dataset's tables and its years lie within the data's span.

use super::dataset::Dataset;
use super::model::{IndicatorIx, ProvinceIx, Year, YearRange};

/// The page's language. Vietnamese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The kind of chart. Only the line chart exists so far; later views join this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartKind {
    #[default]
    Line,
}

impl ChartKind {
    pub const ALL: [ChartKind; 1] = [ChartKind::Line];

    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Line => "line",
        }
    }

    pub fn from_id(id: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// Selected provinces in the order they were chosen; no repeats.
    pub provinces: Vec<ProvinceIx>,
    pub indicator: IndicatorIx,
    pub time: YearRange,
    pub chart: ChartKind,
    pub lang: Lang,
}

/// The provinces of the five source articles, and the DTI leader for comparison.
const DEFAULT_PROVINCES: [&str; 3] = ["hai-duong", "thanh-hoa", "da-nang"];
const DEFAULT_INDICATOR: &str = "dti-rank";
/// Used only if the dataset has no observations at all.
const FALLBACK_YEARS: (u16, u16) = (2020, 2024);

impl ViewState {
    /// The view of a link with no parameters.
    pub fn default_for(dataset: &Dataset) -> ViewState {
        ViewState {
            provinces: DEFAULT_PROVINCES
                .iter()
                .filter_map(|slug| dataset.find_province(slug))
                .collect(),
            indicator: dataset.find_indicator(DEFAULT_INDICATOR).unwrap_or(0),
            time: data_years(dataset),
            chart: ChartKind::default(),
            lang: Lang::default(),
        }
    }
}

/// The span of years the data covers, which is also the widest time a view can show.
pub fn data_years(dataset: &Dataset) -> YearRange {
    dataset.years().unwrap_or_else(|| {
        let (start, end) = FALLBACK_YEARS;
        let year = |y| Year::new(y).unwrap_or(Year::MIN);
        YearRange::new(year(start), year(end)).unwrap_or(YearRange::single(Year::MIN))
    })
}
