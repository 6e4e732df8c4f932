//! The change of every place between the two ends of a view's time: what the ranking and
//! the map show in change mode, and the slope chart between its two years. For a rank,
//! places gained ("▲18", 24 → 6); for a score, points (with the move of its published
//! or table-derived rank beside them). Places with a value at only one end are named,
//! never given a change; across a method break (PCI 2016 → 2017, PAPI 2017 → 2018) or
//! the 2025 merger nothing is compared, and [`Blocked`] says why in one sentence.

use super::change::{rank_move, RankMove};
use super::ranks::rank_indicator;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Better, IndicatorIx, Unit, Year};
use crate::core::data::preferred::{preferred_in_year, AreaValues, Point};
use crate::core::text::format::{format_number, format_value};
use crate::core::view::state::{Lang, Units};

/// One place's values at the two ends and the change between them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceChange {
    pub area: Area,
    pub from: Point,
    pub to: Point,
    /// The later value less the earlier: for a rank, a fall in the ranking is positive.
    pub delta: f64,
    /// The improvement: places gained for a rank, the delta turned so that positive is
    /// better for other values (and the delta itself where neither way is better).
    pub gain: f64,
    /// For a score with ranks, its rank's move between the same years.
    pub rank: Option<RankMove>,
    /// For a rank, whether it is shared at either end ("15=").
    pub ties: (bool, bool),
}

/// Why nothing is compared between the two years.
#[derive(Debug, Clone, PartialEq)]
pub enum Blocked {
    /// The publisher changed its method between them (the note, in both languages).
    MethodBreak { vi: String, en: String },
    /// The post-2025 units have no values in the first year: the merger lies between.
    Merger,
}

/// The changes of the places of a scope between two years.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanChanges {
    pub from: Year,
    pub to: Year,
    pub unit: Unit,
    /// Largest improvement first; equal ones in the order the places were given.
    pub changes: Vec<PlaceChange>,
    /// Places with a value in `to` but not in `from`, and the other way round.
    pub missing_from: Vec<Area>,
    pub missing_to: Vec<Area>,
    pub blocked: Option<Blocked>,
}

impl SpanChanges {
    /// How many improved, fell back and held.
    pub fn counts(&self) -> (usize, usize, usize) {
        let up = self.changes.iter().filter(|c| c.gain > 0.0).count();
        let down = self.changes.iter().filter(|c| c.gain < 0.0).count();
        (up, down, self.changes.len() - up - down)
    }

    /// The change of one place, if it has one.
    pub fn of(&self, area: Area) -> Option<&PlaceChange> {
        self.changes.iter().find(|c| c.area == area)
    }
}

/// The changes of `places` (in the order given) for `indicator` from `from` to `to`.
pub fn span_changes(
    dataset: &Dataset,
    indicator: IndicatorIx,
    places: &[Area],
    (from, to): (Year, Year),
    units: Units,
) -> SpanChanges {
    let info = dataset.indicator(indicator);
    let unit = info.map_or(Unit::Count, |i| i.unit);
    let better = info.map_or(Better::Higher, |i| i.better);
    let mut out = SpanChanges {
        from,
        to,
        unit,
        changes: Vec::new(),
        missing_from: Vec::new(),
        missing_to: Vec::new(),
        blocked: None,
    };
    if let Some(b) = dataset.method_break(indicator, from, to) {
        out.blocked = Some(Blocked::MethodBreak {
            vi: b.note_vi.clone(),
            en: b.note_en.clone(),
        });
        return out;
    }
    let (start, end) = (
        preferred_in_year(dataset, indicator, from),
        preferred_in_year(dataset, indicator, to),
    );
    let merged = |values: &AreaValues| values.iter().any(|(a, _)| matches!(a, Area::Merged(_)));
    if units == Units::Post2025 && merged(&end) && !merged(&start) {
        out.blocked = Some(Blocked::Merger);
        return out;
    }
    let rank = (unit != Unit::Rank)
        .then(|| rank_indicator(dataset, indicator))
        .flatten();
    let tie = |p: &Point| {
        dataset
            .observations()
            .get(p.observation)
            .is_some_and(|o| o.tie)
    };
    for &area in places {
        match (start.get(area), end.get(area)) {
            (Some(a), Some(b)) => {
                let delta = b.value - a.value;
                let gain = match (unit, better) {
                    (Unit::Rank, _) | (_, Better::Lower) => -delta,
                    _ => delta,
                };
                out.changes.push(PlaceChange {
                    area,
                    from: a,
                    to: b,
                    delta,
                    gain,
                    rank: rank.and_then(|r| rank_move(dataset, r, area, from, to).ok()),
                    ties: (tie(&a), tie(&b)),
                });
            }
            (None, Some(_)) => out.missing_from.push(area),
            (Some(_), None) => out.missing_to.push(area),
            (None, None) => {}
        }
    }
    // Rank moves between rankings of different sizes (63 and 34) are not changes.
    if unit == Unit::Rank {
        let group = |p: &Point| {
            dataset
                .observations()
                .get(p.observation)
                .and_then(|o| o.group)
        };
        out.changes.retain(|c| group(&c.from) == group(&c.to));
    }
    out.changes.sort_by(|a, b| b.gain.total_cmp(&a.gain));
    out
}

/// "▲18", "▼9", "=" for ranks; "+0,0610", "−1,2 điểm %" for other values.
pub fn change_figure(change: &PlaceChange, unit: Unit, lang: Lang) -> String {
    if unit == Unit::Rank {
        return super::change::arrow(change.gain as i64);
    }
    let sign = if change.delta > 0.0 {
        "+"
    } else if change.delta < 0.0 {
        "−"
    } else {
        "±"
    };
    let amount = match unit {
        Unit::Percent => {
            let points = format_number(change.delta.abs(), 1, lang);
            match lang {
                Lang::Vi => format!("{points} điểm %"),
                Lang::En => format!("{points} pp"),
            }
        }
        _ => format_value(change.delta.abs(), unit, lang),
    };
    format!("{sign}{amount}")
}

/// What a row of the change ranking says after its bar: "▲18 (24 → 6)" for a rank;
/// "+0,0610 (0,5422 → 0,6032) · ▼5" for a score whose rank moved.
pub fn change_caption(change: &PlaceChange, unit: Unit, lang: Lang) -> String {
    let mut text = format!(
        "{} {}",
        change_figure(change, unit, lang),
        ends(change, unit, lang)
    );
    if let Some(m) = &change.rank {
        text.push_str(&format!(" · {}", super::change::arrow(m.places())));
    }
    text
}

/// "(24 → 6)", "(15= → 12)", "(0,5422 → 0,6032)": the values at the two ends.
pub fn ends(change: &PlaceChange, unit: Unit, lang: Lang) -> String {
    let value = |p: &Point, tie: bool| match unit {
        Unit::Rank => super::change::rank_with_tie(p.value as u32, tie),
        _ => format_value(p.value, unit, lang),
    };
    format!(
        "({} → {})",
        value(&change.from, change.ties.0),
        value(&change.to, change.ties.1)
    )
}

/// The change of one place in words, for its tooltip: "tăng 18 bậc so với 2022 (24 →
/// 6)"; for a score "+0,0610 so với 2022 (0,5422 → 0,6032), giảm 5 bậc".
pub fn change_words(change: &PlaceChange, unit: Unit, from: Year, lang: Lang) -> String {
    let ends = ends(change, unit, lang);
    let rank_words = |m: &RankMove| {
        let n = m.places();
        match (lang, n) {
            (Lang::Vi, 0) => "giữ nguyên thứ hạng".to_string(),
            (Lang::Vi, n) if n > 0 => format!("tăng {n} bậc"),
            (Lang::Vi, n) => format!("giảm {} bậc", -n),
            (Lang::En, 0) => "rank unchanged".to_string(),
            (Lang::En, 1) => "up 1 place".to_string(),
            (Lang::En, -1) => "down 1 place".to_string(),
            (Lang::En, n) if n > 0 => format!("up {n} places"),
            (Lang::En, n) => format!("down {} places", -n),
        }
    };
    if unit == Unit::Rank {
        let m = RankMove {
            from_year: from,
            to_year: from,
            from: change.from.value as u32,
            to: change.to.value as u32,
            group: None,
            from_tie: false,
            to_tie: false,
        };
        return match lang {
            Lang::Vi => format!("{} so với {from} {ends}", rank_words(&m)),
            Lang::En => format!("{} on {from} {ends}", rank_words(&m)),
        };
    }
    let mut figure = change_figure(change, unit, lang);
    // A count or an amount changes by a share of itself too ("+1.200 (+2,5 %)").
    if matches!(unit, Unit::Count | Unit::Amount) && change.from.value > 0.0 {
        let share = change.delta / change.from.value * 100.0;
        let sign = if share > 0.0 {
            "+"
        } else if share < 0.0 {
            "−"
        } else {
            ""
        };
        figure.push_str(&format!(
            " ({sign}{} %)",
            format_number(share.abs(), 1, lang)
        ));
    }
    let rank = change
        .rank
        .as_ref()
        .map(|m| format!(", {}", rank_words(m)))
        .unwrap_or_default();
    match lang {
        Lang::Vi => format!("{figure} so với {from} {ends}{rank}"),
        Lang::En => format!("{figure} on {from} {ends}{rank}"),
    }
}

/// Why nothing is compared, in one sentence.
pub fn blocked_words(blocked: &Blocked, from: Year, to: Year, lang: Lang) -> String {
    match (blocked, lang) {
        (Blocked::MethodBreak { vi, .. }, Lang::Vi) => {
            format!("Không so sánh {to} với {from}: {vi}.")
        }
        (Blocked::MethodBreak { en, .. }, Lang::En) => {
            format!("{to} is not compared with {from}: {en}.")
        }
        (Blocked::Merger, Lang::Vi) => format!(
            "Không so sánh {to} với {from}: 34 đơn vị sau sáp nhập (từ 1/7/2025) không có số liệu năm {from}; xem bản đồ 63 tỉnh, thành phố để so sánh."
        ),
        (Blocked::Merger, Lang::En) => format!(
            "{to} is not compared with {from}: the 34 units after the merger (from 1 July 2025) have no values for {from}; the map of the 63 provinces compares them."
        ),
    }
}

/// "30 tăng, 25 giảm, 8 giữ nguyên" / "30 up, 25 down, 8 unchanged".
pub fn counts_words(changes: &SpanChanges, lang: Lang) -> String {
    let (up, down, same) = changes.counts();
    match lang {
        Lang::Vi => format!("{up} tăng, {down} giảm, {same} giữ nguyên"),
        Lang::En => format!("{up} up, {down} down, {same} unchanged"),
    }
}
