//! Which places a ranking ranks and which of them it draws. Every place of the view's
//! scope with a value in the year is ranked (the provinces of the region, or all of
//! them and the areas of a person's own file), best first with competition numbering;
//! a ranking of more than [`SHOWN`] places draws the best [`TOP`], the last [`BOTTOM`]
//! and the selected ones, and says so — a bar chart of 10,000 communes is read in the
//! table.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, ObservationKind, Year};
use crate::core::data::preferred::{preferred_in_year, Point};
use crate::core::query::table::{name_keys, ordered_bits};
use crate::core::text::format::format_number;
use crate::core::view::state::{Lang, ViewState};

/// The most rows a ranking draws before it keeps only the best, the last and the
/// selected ones.
pub const SHOWN: usize = 100;
/// Rows kept from the top of a long ranking.
pub const TOP: usize = 60;
/// Rows kept from its bottom.
pub const BOTTOM: usize = 20;

/// A ranked place, before its words are written.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub area: Area,
    pub point: Point,
    /// 1 for the best; places with equal values share a position (15, 15, 17).
    pub position: usize,
}

/// The ranked places and the size of the scope they were ranked in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranked {
    /// Best first; equal values by name, ignoring accents.
    pub entries: Vec<Entry>,
    /// The provinces of the scope where any is ranked, and the person's own areas with
    /// any value of the indicator (in any year) where any is ranked.
    pub scope_size: usize,
    /// How many of the entries are areas of a person's own.
    pub own: usize,
}

/// Whether a ranking of `state` ranks `area`: the provinces of its region (or all), and
/// with the whole country the areas of a person's own and the former units (Hà Tây).
pub fn in_scope(dataset: &Dataset, state: &ViewState, area: Area) -> bool {
    match area {
        Area::Province(p) => dataset
            .province(p)
            .is_some_and(|p| state.region.is_none_or(|r| p.region == r)),
        // The areas of a person's own have no region: they are ranked with the country.
        Area::Own(_) => state.region.is_none(),
        // A former unit (Hà Tây) is ranked in the years it existed, with the provinces.
        Area::Former(_) => state.region.is_none(),
        Area::Merged(_) | Area::National | Area::Region(_) => false,
    }
}

/// Every place `state`'s ranking could rank, provinces first.
pub fn scope_places(dataset: &Dataset, state: &ViewState) -> Vec<Area> {
    (0..dataset.provinces().len())
        .map(Area::Province)
        .chain((0..dataset.former_units().len()).map(Area::Former))
        .chain((0..dataset.own_areas().len()).map(Area::Own))
        .filter(|&area| in_scope(dataset, state, area))
        .collect()
}

/// Every place of `state`'s scope with a value of its indicator in `year`, ranked.
pub fn ranked(dataset: &Dataset, state: &ViewState, better: Better, year: Year) -> Ranked {
    let in_scope = |area: Area| in_scope(dataset, state, area);
    let values = preferred_in_year(dataset, state.indicator, year);
    let found: Vec<(Area, Point)> = values.iter().filter(|&(area, _)| in_scope(area)).collect();
    // Best first; equal values by name, ignoring accents ("Đà Nẵng" among the Ds): sorted
    // as numbers, since a person's file may have 10,000 areas.
    let areas: Vec<Area> = found.iter().map(|(area, _)| *area).collect();
    let names = name_keys(dataset, &areas, state.lang);
    let mut keys: Vec<(u64, (u32, u32), usize)> = found
        .iter()
        .zip(names)
        .enumerate()
        .map(|(ix, ((_, point), name))| {
            let ascending = ordered_bits(point.value);
            let primary = match better {
                Better::Higher | Better::Neither => u64::MAX - ascending,
                Better::Lower => ascending,
            };
            (primary, name, ix)
        })
        .collect();
    keys.sort_unstable();
    let mut entries: Vec<Entry> = keys
        .iter()
        .map(|&(_, _, ix)| Entry {
            area: found[ix].0,
            point: found[ix].1,
            position: 0,
        })
        .collect();
    let mut previous: Option<(f64, usize)> = None;
    for (i, entry) in entries.iter_mut().enumerate() {
        entry.position = match previous {
            Some((value, position)) if value == entry.point.value => position,
            _ => i + 1,
        };
        previous = Some((entry.point.value, entry.position));
    }
    let own = entries
        .iter()
        .filter(|e| matches!(e.area, Area::Own(_)))
        .count();
    // The scope counts the kinds of place ranked: the provinces where any is, the
    // person's own areas (those with a value in any year) where any is.
    let provinces = if own < entries.len() {
        dataset
            .provinces()
            .iter()
            .filter(|p| state.region.is_none_or(|r| p.region == r))
            .count()
    } else {
        0
    };
    let own_in_scope = if own > 0 {
        own_areas_with_values(dataset, state)
    } else {
        0
    };
    // A former unit ranked in a year it existed (Hà Tây, PCI 2005–2008) was one of the
    // provinces of that year.
    let former = entries
        .iter()
        .filter(|e| matches!(e.area, Area::Former(_)))
        .count();
    Ranked {
        entries,
        scope_size: provinces + former + own_in_scope,
        own,
    }
}

/// How many areas of a person's own have a published value of the indicator, any year.
fn own_areas_with_values(dataset: &Dataset, state: &ViewState) -> usize {
    let mut seen = vec![false; dataset.own_areas().len()];
    for (_, o) in dataset.observations_of(state.indicator) {
        if let Area::Own(a) = o.area {
            if o.kind != ObservationKind::Target && o.part.stands_for_year() {
                if let Some(flag) = seen.get_mut(a) {
                    *flag = true;
                }
            }
        }
    }
    seen.into_iter().filter(|&s| s).count()
}

/// The entries a ranking draws, each with how many ranked places it skips before it:
/// all of them up to [`SHOWN`], else the best [`TOP`], the last [`BOTTOM`] and the
/// selected places.
pub fn shown_rows(entries: &[Entry], selected: &[Area]) -> Vec<(usize, usize)> {
    let n = entries.len();
    let keep = |i: usize, e: &Entry| {
        n <= SHOWN || i < TOP || i >= n - BOTTOM || selected.contains(&e.area)
    };
    let mut shown = Vec::new();
    let mut last: Option<usize> = None;
    for (i, entry) in entries.iter().enumerate() {
        if keep(i, entry) {
            let skipped = i - last.map_or(0, |l| l + 1);
            shown.push((i, skipped));
            last = Some(i);
        }
    }
    shown
}

/// The publishers of the ranked values, each once, in the order of the ranking.
pub fn publishers<'d>(dataset: &'d Dataset, entries: &[Entry]) -> Vec<&'d str> {
    // Flags by source: 10,000 ranked values may all cite one file.
    let mut seen = vec![false; dataset.sources().len()];
    let mut publishers: Vec<&str> = Vec::new();
    for entry in entries {
        let Some(o) = dataset.observations().get(entry.point.observation) else {
            continue;
        };
        match seen.get_mut(o.source) {
            Some(seen) if !*seen => *seen = true,
            _ => continue,
        }
        if let Some(source) = dataset.sources().get(o.source) {
            if !publishers.contains(&source.publisher.as_str()) {
                publishers.push(&source.publisher);
            }
        }
    }
    publishers
}

/// What the ranked places are called: provinces, or places where a person's own areas
/// are among them.
pub fn places_word(own: usize, lang: Lang) -> &'static str {
    match (own, lang) {
        (0, Lang::Vi) => "tỉnh, thành phố",
        (0, Lang::En) => "provinces",
        (_, Lang::Vi) => "nơi (gồm khu vực của bạn)",
        (_, Lang::En) => "places (yours among them)",
    }
}

/// " · biểu đồ hiện 80 nơi: 60 đầu, 20 cuối và nơi đã chọn; xem đủ 10.000 ở dạng bảng"
/// where the ranking draws fewer rows than it ranks; empty otherwise.
pub fn cut_note(shown: usize, count: usize, lang: Lang) -> String {
    if shown >= count {
        return String::new();
    }
    let all = format_number(count as f64, 0, lang);
    match lang {
        Lang::Vi => format!(
            " · biểu đồ hiện {shown} nơi: {TOP} đầu, {BOTTOM} cuối và nơi đã chọn; xem đủ {all} ở dạng bảng"
        ),
        Lang::En => format!(
            " · showing {shown}: the top {TOP}, the last {BOTTOM} and those selected; the table lists all {all}"
        ),
    }
}
