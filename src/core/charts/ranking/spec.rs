//! The ranking view's chart layer: every province (and area of a person's own) with a
//! value in one year (the last year of the view's time), sorted best first by the
//! indicator's direction, the selected ones highlighted and the rest muted; a long
//! ranking draws its best, its last and the selected ones (`rows.rs`) and says so.
//!
//! A number in front of a name is always a rank that a source published: the value
//! itself for a rank indicator, or for a score `x-score` the published rank `x-rank`
//! of the same place and year. Where no rank was published, the row says plainly that
//! its number is a position among the provinces that have a value ("vị trí 3 trong 11
//! tỉnh có số liệu"), never a bare "3.".

use super::rows::{cut_note, places_word, publishers, ranked, shown_rows, Entry};
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::{assign_colours, Rgb};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, IndicatorIx, Region, Unit, Year};
use crate::core::data::preferred::{preferred_in_year, AreaValues};
use crate::core::query::region_mean::{region_mean_in, RegionMean};
use crate::core::text::format::{format_number, format_value};
use crate::core::text::i18n::{self, area_name, indicator_name, region_name, unit_label, Text};
use crate::core::text::source_words::source_text;
use crate::core::view::state::{Lang, ViewState};

/// A muted grey for provinces that are not selected.
pub const MUTED: Rgb = Rgb(0xc4, 0xc9, 0xd0);

#[derive(Debug, Clone, PartialEq)]
pub struct RankingChart {
    pub title: String,
    pub subtitle: String,
    pub x_label: String,
    pub unit: Unit,
    pub lang: Lang,
    pub year: Year,
    /// Bars, best first.
    pub rows: Vec<RankRow>,
    /// The value axis from its start to its end (for ranks: the worst rank to 1).
    pub domain: (f64, f64),
    pub source_line: String,
    pub aria_label: String,
    /// How many provinces of the ranking's scope have a value, and how many the scope
    /// has (63 for the whole country, fewer for a region).
    pub with_data: usize,
    pub scope_size: usize,
    /// Whether areas of a person's own are among the ranked ("nơi" rather than "tỉnh").
    pub has_own_areas: bool,
    /// In change mode, the first year: rows are then changes from it to `year`, largest
    /// improvement first, drawn as bars either side of no change.
    pub from: Option<Year>,
}

/// A rank as its source published it, or as the order of a complete published table of
/// scores gives it (`derived`, labelled "theo thứ tự bảng xếp hạng chính thức").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PublishedRank {
    pub rank: f64,
    /// How many were ranked (63 or 34), where the source says.
    pub group: Option<u8>,
    pub derived: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    pub area: Area,
    pub label: String,
    pub value: f64,
    pub value_text: String,
    /// 1-based place among the rows with a value (equal values share a place); not a
    /// published rank.
    pub position: usize,
    /// The rank a source published for this place and year, if any.
    pub published_rank: Option<PublishedRank>,
    pub highlighted: bool,
    pub colour: Rgb,
    /// The value's observation (none for a region's average).
    pub observation: Option<usize>,
    /// For a selected region's average: what it is the mean of. Such a row is placed by
    /// its value among the ranked places, takes no place in the ranking, and is drawn
    /// as an outlined bar.
    pub mean: Option<RegionMean>,
    /// How many ranked places come between this row and the one drawn above it (the
    /// chart shows the best, the last and the selected ones of a long ranking).
    pub skipped_before: usize,
    /// In change mode: the change after the bar, in words, and the first year's value.
    pub change: Option<RowChange>,
}

/// A row of the change ranking: its value is the change (places gained for a rank, the
/// difference for other values).
#[derive(Debug, Clone, PartialEq)]
pub struct RowChange {
    /// Positive is better (places gained, or a rise where higher is better).
    pub gain: f64,
    /// "▲18 (24 → 6)", "+0,0610 (0,5422 → 0,6032) · ▼5".
    pub caption: String,
    /// "tăng 18 bậc so với 2022 (24 → 6)": the tooltip's and the CSV's words.
    pub words: String,
    /// The first year's value (index into `Dataset::observations`).
    pub from_observation: usize,
}

impl RankingChart {
    /// What stands in front of a bar: "38. Tuyên Quang" for a published rank, the name
    /// alone otherwise (its position is said after the value, see [`Self::note`]).
    pub fn row_label(&self, row: &RankRow) -> String {
        if row.change.is_some() || row.mean.is_some() {
            return row.label.clone();
        }
        match row.published_rank {
            Some(rank) => format!("{}. {}", rank.rank, row.label),
            None => row.label.clone(),
        }
    }

    /// After the value of a row without a published rank: "vị trí 3/11" / "3rd of 11".
    pub fn note(&self, row: &RankRow) -> Option<String> {
        if let Some(mean) = &row.mean {
            return Some(match self.lang {
                Lang::Vi => format!("TB {}/{} tỉnh", mean.n, mean.members),
                Lang::En => format!("mean of {}/{}", mean.n, mean.members),
            });
        }
        (row.published_rank.is_none() && row.change.is_none()).then(|| {
            let at = row.position;
            let of = format_number(self.with_data as f64, 0, self.lang);
            match self.lang {
                Lang::Vi => format!("vị trí {}/{of}", format_number(at as f64, 0, self.lang)),
                Lang::En => format!("{} of {of}", crate::core::text::format::ordinal_en(at)),
            }
        })
    }

    /// The row's place in words, for tooltips, the CSV and screen readers:
    /// "hạng 38/63 (công bố)" or "vị trí 3 trong 11 tỉnh có số liệu (không phải thứ
    /// hạng công bố)".
    pub fn standing(&self, row: &RankRow) -> String {
        if let Some(mean) = &row.mean {
            return match self.lang {
                Lang::Vi => format!(
                    "trung bình của {}/{} tỉnh có số liệu, không xếp hạng",
                    mean.n, mean.members
                ),
                Lang::En => format!(
                    "mean of {}/{} provinces with data, not ranked",
                    mean.n, mean.members
                ),
            };
        }
        position_words(row, self.with_data, self.has_own_areas, self.lang)
    }

    /// How long a row's bar is, in axis units: the value, or for ranks its distance
    /// from the worst rank, so that the best has the longest bar.
    pub fn bar_length(&self, row: &RankRow) -> f64 {
        if self.from.is_some() {
            return row.value;
        }
        match self.unit {
            Unit::Rank => self.domain.0 + 1.0 - row.value,
            _ => row.value - self.domain.0,
        }
    }
}

/// The ranking of `state`'s indicator in the last year of its time, or why there is
/// nothing to draw. Every place of the scope with a value is ranked; where there are
/// more than `rows::SHOWN` of them, the chart keeps the best and the last and the selected
/// ones (the table lists all).
pub fn build(dataset: &Dataset, state: &ViewState) -> Result<RankingChart, EmptyReason> {
    build_rows(dataset, state, false)
}

/// The ranking with every ranked place as a row, however many (for the CSV, which has
/// them all while the chart draws the best, the last and the selected).
pub fn build_all(dataset: &Dataset, state: &ViewState) -> Result<RankingChart, EmptyReason> {
    build_rows(dataset, state, true)
}

fn build_rows(
    dataset: &Dataset,
    state: &ViewState,
    every_row: bool,
) -> Result<RankingChart, EmptyReason> {
    let lang = state.lang;
    let year = state.time.end();
    let Some(indicator) = dataset.indicator(state.indicator) else {
        return Err(EmptyReason::NoData);
    };
    let unit = indicator.unit;
    let ranked = ranked(dataset, state, indicator.better, year);
    if ranked.entries.is_empty() {
        return Err(EmptyReason::NoData);
    }
    let ranks = (unit != Unit::Rank)
        .then(|| rank_indicator_of(dataset, state.indicator))
        .flatten()
        .map(|r| preferred_in_year(dataset, r, year));
    let published = |entry: &Entry| published_rank(dataset, unit, entry, ranks.as_ref());
    let keys: Vec<String> = state.places.iter().map(|&a| dataset.area_key(a)).collect();
    let colours = assign_colours(&keys);
    let count = ranked.entries.len();
    let unranked = ranked
        .entries
        .iter()
        .filter(|e| published(e).is_none())
        .count();
    let publishers = publishers(dataset, &ranked.entries);
    let shown = if every_row {
        (0..ranked.entries.len()).map(|i| (i, 0)).collect()
    } else {
        shown_rows(&ranked.entries, &state.places)
    };
    let rows: Vec<RankRow> = shown
        .iter()
        .map(|&(at, skipped_before)| {
            let entry = &ranked.entries[at];
            let area = entry.area;
            let place = state.places.iter().position(|&a| a == area);
            RankRow {
                area,
                label: area_name(dataset, area, lang),
                value: entry.point.value,
                value_text: format_value(entry.point.value, unit, lang),
                position: entry.position,
                published_rank: published(entry),
                highlighted: place.is_some(),
                colour: place.map_or(MUTED, |at| colours[at]),
                observation: Some(entry.point.observation),
                mean: None,
                skipped_before,
                change: None,
            }
        })
        .collect();
    let rows = with_averages(dataset, state, rows, indicator.better, &colours);
    let max = ranked
        .entries
        .iter()
        .map(|e| e.point.value)
        .fold(f64::NEG_INFINITY, f64::max);
    let domain = match unit {
        Unit::Rank => (max.max(1.0), 1.0),
        _ => (0.0_f64.min(unit.range(None).0), max.max(f64::MIN_POSITIVE)),
    };
    let title = indicator_name(indicator, lang).to_string();
    let scope = match state.region {
        Some(region) => region_name(region, lang).to_string(),
        None => i18n::text(lang, Text::National).to_string(),
    };
    let scope_size = ranked.scope_size;
    let noun = if ranked.own > 0 { "nơi" } else { "tỉnh" };
    let how_numbered = match (unranked, lang) {
        (0, _) => String::new(),
        (n, Lang::Vi) if n == count => {
            format!(" · chưa có thứ hạng công bố: “vị trí” là thứ tự trong các {noun} có số liệu")
        }
        (n, Lang::Vi) => format!(
            " · {n} {noun} chưa có thứ hạng công bố: “vị trí” là thứ tự trong các {noun} có số liệu"
        ),
        (n, Lang::En) if n == count => {
            " · no published ranks: “of n” is the order among those with data".to_string()
        }
        (n, Lang::En) => {
            format!(" · {n} without a published rank: “of n” is the order among those with data")
        }
    };
    let derived = rows
        .iter()
        .filter(|r| r.published_rank.is_some_and(|p| p.derived))
        .count();
    let how_numbered = match (derived, lang) {
        (0, _) => how_numbered,
        (_, Lang::Vi) => format!(
            "{how_numbered} · hạng không in sẵn theo thứ tự bảng xếp hạng chính thức (tính từ điểm)"
        ),
        (_, Lang::En) => format!(
            "{how_numbered} · ranks not printed follow the official table's order (from the scores)"
        ),
    };
    // A printed rank that the official table's order contradicts (Hậu Giang 2023: printed
    // 19th, 20th by the scores) is shown as printed, and the subtitle says so, so that two
    // equal numbers are never read as a tie.
    let contradicted: Vec<String> = rows
        .iter()
        .filter(|r| r.published_rank.is_some_and(|p| !p.derived))
        .filter_map(|r| {
            let rank_observation = match unit {
                Unit::Rank => r.observation?,
                _ => ranks.as_ref()?.get(r.area)?.observation,
            };
            let derived = crate::core::data::preferred::disagreements(dataset, rank_observation)
                .into_iter()
                .filter_map(|ix| dataset.observations().get(ix))
                .find(|o| o.citation == crate::core::data::citation::Citation::DerivedRank)?;
            let printed = r.published_rank?.rank;
            Some(match lang {
                Lang::Vi => format!(
                    "{} được in hạng {printed}, theo thứ tự bảng xếp hạng chính thức là {}",
                    r.label, derived.value
                ),
                Lang::En => format!(
                    "{} was printed {printed}, {} by the official table's order",
                    r.label, derived.value
                ),
            })
        })
        .collect();
    let how_numbered = if contradicted.is_empty() {
        how_numbered
    } else {
        format!("{how_numbered} · {}", contradicted.join("; "))
    };
    let places = places_word(ranked.own, lang);
    let cut = cut_note(rows.len(), count, lang);
    let (count_text, scope_text) = (
        format_number(count as f64, 0, lang),
        format_number(scope_size as f64, 0, lang),
    );
    let subtitle = match lang {
        Lang::Vi => format!(
            "{year} · {} · {scope}: {count_text}/{scope_text} {places} có số liệu{how_numbered}{cut}",
            unit_label(unit, lang)
        ),
        Lang::En => format!(
            "{year} · {} · {scope}: {count_text} of {scope_text} {places} with data{how_numbered}{cut}",
            unit_label(unit, lang)
        ),
    };
    let first = rows
        .first()
        .map(|r| {
            format!(
                "{}, {}",
                r.label,
                position_words(r, count, ranked.own > 0, lang)
            )
        })
        .unwrap_or_default();
    let aria_label = match lang {
        Lang::Vi => format!(
            "Biểu đồ xếp hạng: {title}, {year}, {count_text}/{scope_text} {places} có số liệu{cut}; đứng đầu là {first}."
        ),
        Lang::En => format!(
            "Ranking chart: {title}, {year}, {count_text} of {scope_text} {places} with data{cut}; first is {first}."
        ),
    };
    Ok(RankingChart {
        title,
        subtitle,
        x_label: unit_label(unit, lang).to_string(),
        unit,
        lang,
        year,
        rows,
        domain,
        source_line: format!(
            "{}: {}",
            i18n::text(lang, Text::Source),
            source_text(&publishers.join("; "), lang)
        ),
        aria_label,
        with_data: count,
        has_own_areas: ranked.own > 0,
        scope_size,
        from: None,
    })
}

/// The rows with each selected region's average placed by its value among them
/// (after the places of equal value), where enough of its members have a value.
fn with_averages(
    dataset: &Dataset,
    state: &ViewState,
    mut rows: Vec<RankRow>,
    better: Better,
    colours: &[Rgb],
) -> Vec<RankRow> {
    let year = state.time.end();
    let regions: Vec<(usize, Region)> = state
        .places
        .iter()
        .enumerate()
        .filter_map(|(at, &a)| match a {
            Area::Region(region) => Some((at, region)),
            _ => None,
        })
        .collect();
    if regions.is_empty() {
        return rows;
    }
    let Some(unit) = dataset.indicator(state.indicator).map(|i| i.unit) else {
        return rows;
    };
    let values = preferred_in_year(dataset, state.indicator, year);
    for (at, region) in regions {
        let Some(mean) = region_mean_in(dataset, &values, region) else {
            continue;
        };
        let ahead = |row: &RankRow| match better {
            Better::Lower => row.value <= mean.value,
            Better::Higher | Better::Neither => row.value >= mean.value,
        };
        let index = rows.iter().position(|r| !ahead(r)).unwrap_or(rows.len());
        // The mean stands where its value falls, so a gap of left-out places before
        // the row it precedes comes before it.
        let skipped_before = rows
            .get_mut(index)
            .map_or(0, |next| std::mem::take(&mut next.skipped_before));
        rows.insert(
            index,
            RankRow {
                area: Area::Region(region),
                label: area_name(dataset, Area::Region(region), state.lang),
                value: mean.value,
                value_text: mean_value_text(mean.value, unit, state.lang),
                position: 0,
                published_rank: None,
                highlighted: true,
                colour: colours.get(at).copied().unwrap_or(MUTED),
                observation: None,
                mean: Some(mean),
                skipped_before,
                change: None,
            },
        );
    }
    rows
}

/// A mean as a value: a mean rank with one decimal ("25,3"), other units as values.
fn mean_value_text(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Rank => format_number(value, 1, lang),
        _ => format_value(value, unit, lang),
    }
}

/// The rank published for an entry: its value for a rank indicator, or for a score
/// `x-score` the value of `x-rank` (`ranks`, that indicator's values in the year).
fn published_rank(
    dataset: &Dataset,
    unit: Unit,
    entry: &Entry,
    ranks: Option<&AreaValues>,
) -> Option<PublishedRank> {
    let point = if unit == Unit::Rank {
        entry.point
    } else {
        ranks?.get(entry.area)?
    };
    let observation = dataset.observations().get(point.observation)?;
    Some(PublishedRank {
        rank: point.value,
        group: observation.group,
        derived: observation.citation == crate::core::data::citation::Citation::DerivedRank,
    })
}

/// For a score indicator `x-score`, the rank indicator `x-rank`, if the data has it.
pub fn rank_indicator_of(dataset: &Dataset, indicator: IndicatorIx) -> Option<IndicatorIx> {
    let id = &dataset.indicator(indicator)?.id;
    dataset.find_indicator(&format!("{}-rank", id.strip_suffix("-score")?))
}

fn position_words(row: &RankRow, with_data: usize, own_areas: bool, lang: Lang) -> String {
    match (row.published_rank, lang) {
        (Some(rank), Lang::Vi) => {
            let of = rank.group.map(|g| format!("/{g}")).unwrap_or_default();
            let basis = if rank.derived {
                "theo thứ tự bảng xếp hạng chính thức"
            } else {
                "công bố"
            };
            format!("hạng {}{of} ({basis})", rank.rank)
        }
        (Some(rank), Lang::En) => {
            let of = rank.group.map(|g| format!(" of {g}")).unwrap_or_default();
            if rank.derived {
                format!("rank {}{of} by the official table's order", rank.rank)
            } else {
                format!("published rank {}{of}", rank.rank)
            }
        }
        (None, Lang::Vi) => format!(
            "vị trí {} trong {} {} có số liệu (không phải thứ hạng công bố)",
            format_number(row.position as f64, 0, lang),
            format_number(with_data as f64, 0, lang),
            if own_areas { "nơi" } else { "tỉnh" }
        ),
        (None, Lang::En) => format!(
            "{} of the {} with data (not a published rank)",
            crate::core::text::format::ordinal_en(row.position),
            format_number(with_data as f64, 0, lang)
        ),
    }
}
