//! What the user is looking at: the view state, its defaults, and the language.
//!
//! A `ViewState` is always valid against the dataset it was made for: its indices
//! point into the dataset's tables and its years lie within the data's span.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, Region, Year, YearRange};

/// A column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Year(Year),
    Change,
    /// The move of a score's rank between the two ends of the view (places gained).
    RankChange,
}

/// A sort order: a column, and whether its best (or A–Z) rows come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    /// Reverse the column's natural order (A–Z; best value first; largest gain first).
    pub reversed: bool,
}

impl Sort {
    /// `name`, `2022`, `change`, each optionally prefixed by `-` for reversed.
    pub fn parse(text: &str) -> Option<Sort> {
        let (reversed, key) = match text.strip_prefix('-') {
            Some(key) => (true, key),
            None => (false, text),
        };
        let key = match key {
            "name" => SortKey::Name,
            "change" => SortKey::Change,
            "rank-change" => SortKey::RankChange,
            year => SortKey::Year(Year::parse(year)?),
        };
        Some(Sort { key, reversed })
    }

    /// The year column this order sorts by, if it sorts by one.
    pub fn year(self) -> Option<Year> {
        match self.key {
            SortKey::Year(year) => Some(year),
            SortKey::Name | SortKey::Change | SortKey::RankChange => None,
        }
    }

    /// Whether the table of `time` has the column this order sorts by.
    pub fn fits(self, time: YearRange) -> bool {
        self.year().is_none_or(|year| time.contains(year))
    }

    pub fn id(self) -> String {
        let key = match self.key {
            SortKey::Name => "name".to_string(),
            SortKey::Change => "change".to_string(),
            SortKey::RankChange => "rank-change".to_string(),
            SortKey::Year(year) => year.to_string(),
        };
        if self.reversed {
            format!("-{key}")
        } else {
            key
        }
    }
}

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

/// Which provincial units the map shows: the 63 before the 2025 merger, or the 34 after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Units {
    #[default]
    Pre2025,
    Post2025,
}

impl Units {
    pub fn id(self) -> &'static str {
        match self {
            Units::Pre2025 => "63",
            Units::Post2025 => "34",
        }
    }

    pub fn from_id(id: &str) -> Option<Units> {
        match id {
            "63" => Some(Units::Pre2025),
            "34" => Some(Units::Post2025),
            _ => None,
        }
    }
}

/// What the main panel shows: a chart, or the data behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartKind {
    #[default]
    Line,
    /// Definitions of the indicator and every source, with quotes.
    Sources,
    /// Which places have the indicator in which years.
    Coverage,
    /// All provinces with a value in one year, best first.
    Ranking,
    /// Places × years, sortable.
    Table,
    /// Every province shaded by its value in one year.
    Map,
    /// Every indicator of one or two places.
    Profile,
    /// Two years side by side, a line per place from the first to the last.
    Slope,
    /// Two indicators against each other in one year, a dot per place.
    Scatter,
}

impl ChartKind {
    pub const ALL: [ChartKind; 9] = [
        ChartKind::Line,
        ChartKind::Ranking,
        ChartKind::Map,
        ChartKind::Slope,
        ChartKind::Scatter,
        ChartKind::Table,
        ChartKind::Profile,
        ChartKind::Sources,
        ChartKind::Coverage,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Line => "line",
            ChartKind::Sources => "sources",
            ChartKind::Coverage => "coverage",
            ChartKind::Ranking => "ranking",
            ChartKind::Table => "table",
            ChartKind::Map => "map",
            ChartKind::Profile => "profile",
            ChartKind::Slope => "slope",
            ChartKind::Scatter => "scatter",
        }
    }

    /// Whether the view shows one year (the last of the time) rather than a span.
    pub fn is_single_year(self) -> bool {
        matches!(
            self,
            ChartKind::Ranking | ChartKind::Map | ChartKind::Scatter
        )
    }

    /// Whether the view can compare two years in change mode (`change=1`).
    pub fn has_change_mode(self) -> bool {
        matches!(self, ChartKind::Ranking | ChartKind::Map)
    }

    pub fn from_id(id: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

/// Which rows the profile shows: every indicator, those with a target, or those every
/// place has a value for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProfileRows {
    #[default]
    All,
    WithTarget,
    InEvery,
}

impl ProfileRows {
    pub const ALL: [ProfileRows; 3] = [
        ProfileRows::All,
        ProfileRows::WithTarget,
        ProfileRows::InEvery,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ProfileRows::All => "all",
            ProfileRows::WithTarget => "target",
            ProfileRows::InEvery => "both",
        }
    }

    pub fn from_id(id: &str) -> Option<ProfileRows> {
        ProfileRows::ALL.into_iter().find(|rows| rows.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// Selected places (provinces, or the whole country) in the order they were
    /// chosen; no repeats.
    pub places: Vec<Area>,
    pub indicator: IndicatorIx,
    pub time: YearRange,
    pub chart: ChartKind,
    /// The ranking shows only this region's provinces.
    pub region: Option<Region>,
    /// The table's order; `None` is the default (the last year, best first).
    pub sort: Option<Sort>,
    /// The map's units.
    pub units: Units,
    /// The profile's rows.
    pub rows: ProfileRows,
    pub lang: Lang,
    /// Shows only the chart, for a page that embeds the explorer.
    pub embed: bool,
    /// The ranking and the map show the change between the two ends of the time
    /// rather than the last year (`change=1`; see [`ViewState::compares`]).
    pub change: bool,
    /// The scatter plot's horizontal indicator (`x=`); its vertical one is `indicator`.
    pub x: Option<IndicatorIx>,
    /// The scatter plot draws where the selected places were in the years before.
    pub trail: bool,
    /// The scatter plot sizes its dots by population (GSO).
    pub bubbles: bool,
}

/// The provinces of the five source articles, and the DTI leader for comparison.
const DEFAULT_PROVINCES: [&str; 3] = ["hai-duong", "thanh-hoa", "da-nang"];
const DEFAULT_INDICATOR: &str = "dti-rank";
/// The years of the default view: the DTI's first to its latest published year.
const DEFAULT_YEARS: (u16, u16) = (2020, 2024);

impl ViewState {
    /// Why the state is not valid against `dataset`, if it is not: every index points
    /// into the dataset's tables, places are pickable and not repeated, the time lies
    /// within the data's years, and a table order by year lies within the time. Decoding
    /// a link and the reducer keep every state valid (the property tests check it).
    pub fn problem(&self, dataset: &Dataset) -> Option<&'static str> {
        if !dataset.is_usable() {
            return Some("the dataset cannot show a view");
        }
        if dataset.indicator(self.indicator).is_none() {
            return Some("indicator out of range");
        }
        if self.x.is_some_and(|x| dataset.indicator(x).is_none()) {
            return Some("the scatter's x indicator out of range");
        }
        if !self.places.iter().all(|&area| dataset.is_place(area)) {
            return Some("a place that cannot be picked");
        }
        let mut seen = self.places.clone();
        seen.sort();
        seen.dedup();
        if seen.len() != self.places.len() {
            return Some("a place repeated");
        }
        if data_years(dataset).intersect(self.time) != Some(self.time) {
            return Some("time outside the data");
        }
        if self.sort.is_some_and(|sort| !sort.fits(self.time)) {
            return Some("a table order by a year the view does not show");
        }
        None
    }

    /// The view of a link with no parameters.
    pub fn default_for(dataset: &Dataset) -> ViewState {
        ViewState {
            places: DEFAULT_PROVINCES
                .iter()
                .filter_map(|slug| dataset.find_place(slug))
                .collect(),
            indicator: dataset.find_indicator(DEFAULT_INDICATOR).unwrap_or(0),
            time: default_years(dataset),
            chart: ChartKind::default(),
            region: None,
            sort: None,
            units: Units::default(),
            rows: ProfileRows::default(),
            lang: Lang::default(),
            embed: false,
            change: false,
            x: None,
            trail: false,
            bubbles: false,
        }
    }

    /// The selected places that have values of their own, without the regions'
    /// averages (which only the line chart, the ranking and the scatter plot show).
    pub fn own_places(&self) -> Vec<Area> {
        self.places
            .iter()
            .copied()
            .filter(|a| !matches!(a, Area::Region(_)))
            .collect()
    }

    /// Whether the view draws the selected regions' averages: the line chart, the
    /// ranking (not in change mode) and the scatter plot do.
    pub fn shows_averages(&self) -> bool {
        match self.chart {
            ChartKind::Line | ChartKind::Scatter => true,
            ChartKind::Ranking => !self.compares(),
            _ => false,
        }
    }

    /// Whether the view shows a change between two years: the ranking or the map in
    /// change mode over two different years.
    pub fn compares(&self) -> bool {
        self.change && self.chart.has_change_mode() && self.time.start() < self.time.end()
    }
}

fn default_span() -> YearRange {
    let (start, end) = DEFAULT_YEARS;
    let year = |y| Year::new(y).unwrap_or(Year::MIN);
    YearRange::new(year(start), year(end)).unwrap_or(YearRange::single(Year::MIN))
}

/// The years of the default view, within the data.
fn default_years(dataset: &Dataset) -> YearRange {
    default_span()
        .intersect(data_years(dataset))
        .unwrap_or_else(|| data_years(dataset))
}

/// The span of years the data covers (targets included), which is also the widest
/// time a view can show.
pub fn data_years(dataset: &Dataset) -> YearRange {
    dataset.years().unwrap_or_else(default_span)
}

/// The years an indicator has values (not targets) in, for the year slider; the data's
/// span where it has none.
pub fn indicator_years(dataset: &Dataset, indicator: IndicatorIx) -> YearRange {
    let years = dataset
        .observations_of(indicator)
        .filter(|(_, o)| o.kind != crate::core::data::model::ObservationKind::Target)
        .map(|(_, o)| o.year);
    let (min, max) = years.fold((None::<Year>, None::<Year>), |(lo, hi), y| {
        (
            Some(lo.map_or(y, |l| l.min(y))),
            Some(hi.map_or(y, |h| h.max(y))),
        )
    });
    match (min, max) {
        (Some(lo), Some(hi)) => YearRange::new(lo, hi).unwrap_or_else(|| data_years(dataset)),
        _ => data_years(dataset),
    }
}
