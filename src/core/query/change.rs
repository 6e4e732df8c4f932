//! Change between two years the way the press writes it: a rank's move in places
//! ("tăng 18 bậc", "▲18", ties as "15="), and why no change is given where the two
//! years cannot be compared — a value missing at one end, a method break (PCI 2017, PAPI
//! 2018), or rankings of different sizes (63 → 34 after the 2025 merger, 64 → 63 after
//! Hà Tây joined Hà Nội).

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, Year};
use crate::core::data::preferred::preferred;
use crate::core::view::state::Lang;

/// A rank at two years of one place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankMove {
    pub from_year: Year,
    pub to_year: Year,
    pub from: u32,
    pub to: u32,
    pub group: Option<u8>,
    pub from_tie: bool,
    pub to_tie: bool,
}

impl RankMove {
    /// Places gained: positive is up (a smaller rank number), negative down.
    pub fn places(&self) -> i64 {
        i64::from(self.from) - i64::from(self.to)
    }
}

/// Why no change is given between two years.
#[derive(Debug, Clone, PartialEq)]
pub enum NoChange {
    /// The place has no value in this year.
    Missing(Year),
    /// The method changed between the years: the note ("đổi phương pháp 2017").
    MethodBreak { vi: String, en: String },
    /// The two ranks are of rankings of different sizes (63 and 34, 64 and 63).
    OtherRanking { from: Option<u8>, to: Option<u8> },
}

/// The move of `area`'s rank (an indicator whose unit is a rank) from `from` to `to`.
pub fn rank_move(
    dataset: &Dataset,
    rank: IndicatorIx,
    area: Area,
    from: Year,
    to: Year,
) -> Result<RankMove, NoChange> {
    if let Some(change) = dataset.method_break(rank, from, to) {
        return Err(NoChange::MethodBreak {
            vi: change.note_vi.clone(),
            en: change.note_en.clone(),
        });
    }
    let end = |year: Year| {
        let point = preferred(dataset, rank, area, year).ok_or(NoChange::Missing(year))?;
        let o = dataset
            .observations()
            .get(point.observation)
            .ok_or(NoChange::Missing(year))?;
        Ok::<_, NoChange>((point.value, o.group, o.tie))
    };
    let (a, group_a, tie_a) = end(from)?;
    let (b, group_b, tie_b) = end(to)?;
    if group_a != group_b {
        return Err(NoChange::OtherRanking {
            from: group_a,
            to: group_b,
        });
    }
    Ok(RankMove {
        from_year: from,
        to_year: to,
        from: a as u32,
        to: b as u32,
        group: group_a,
        from_tie: tie_a,
        to_tie: tie_b,
    })
}

/// The latest year before `year` in which `area` has a value of `indicator`.
pub fn previous_year(
    dataset: &Dataset,
    indicator: IndicatorIx,
    area: Area,
    year: Year,
) -> Option<Year> {
    dataset
        .observations_of(indicator)
        .map(|(_, o)| o)
        .filter(|o| o.area == area && o.year < year && o.part.stands_for_year())
        .filter(|o| o.kind == crate::core::data::model::ObservationKind::Actual)
        .map(|o| o.year)
        .max()
}

/// "▲18", "▼9", "=": the move as an arrow and a number.
pub fn arrow(places: i64) -> String {
    match places {
        0 => "=".to_string(),
        n if n > 0 => format!("▲{n}"),
        n => format!("▼{}", -n),
    }
}

/// A rank with its tie mark: "15=" where it is shared.
pub fn rank_with_tie(rank: u32, tie: bool) -> String {
    if tie {
        format!("{rank}=")
    } else {
        rank.to_string()
    }
}

/// "tăng 18 bậc so với 2022" / "up 18 places on 2022"; "giữ nguyên so với 2022" /
/// "unchanged on 2022".
pub fn move_words(m: &RankMove, lang: Lang) -> String {
    let (n, year) = (m.places(), m.from_year);
    match (lang, n) {
        (Lang::Vi, 0) => format!("giữ nguyên so với {year}"),
        (Lang::Vi, n) if n > 0 => format!("tăng {n} bậc so với {year}"),
        (Lang::Vi, n) => format!("giảm {} bậc so với {year}", -n),
        (Lang::En, 0) => format!("unchanged on {year}"),
        (Lang::En, 1) => format!("up 1 place on {year}"),
        (Lang::En, -1) => format!("down 1 place on {year}"),
        (Lang::En, n) if n > 0 => format!("up {n} places on {year}"),
        (Lang::En, n) => format!("down {} places on {year}", -n),
    }
}

/// Why no change is given, in one sentence.
pub fn no_change_words(reason: &NoChange, from: Year, lang: Lang) -> String {
    match (reason, lang) {
        (NoChange::Missing(year), Lang::Vi) => format!("không có số liệu năm {year} để so sánh"),
        (NoChange::Missing(year), Lang::En) => format!("no value in {year} to compare with"),
        (NoChange::MethodBreak { vi, .. }, Lang::Vi) => {
            format!("không so sánh với {from}: {vi}")
        }
        (NoChange::MethodBreak { en, .. }, Lang::En) => format!("not compared with {from}: {en}"),
        (NoChange::OtherRanking { from: a, to: b }, Lang::Vi) => format!(
            "không so sánh với {from}: hai bảng xếp hạng khác nhau ({} và {} đơn vị)",
            a.map_or("?".to_string(), |g| g.to_string()),
            b.map_or("?".to_string(), |g| g.to_string())
        ),
        (NoChange::OtherRanking { from: a, to: b }, Lang::En) => format!(
            "not compared with {from}: different rankings ({} and {} units)",
            a.map_or("?".to_string(), |g| g.to_string()),
            b.map_or("?".to_string(), |g| g.to_string())
        ),
    }
}

/// The move of a place's rank since its previous ranked year, as tooltips and the profile
/// say it: of a rank indicator, or of a score's `x-rank`; for a score whose value and
/// rank moved opposite ways, both ("điểm tăng 0,0500 nhưng giảm 3 bậc so với 2022": others
/// improved faster). Why none is given where the years cannot be compared; `None` without
/// a rank this year or an earlier one.
pub fn move_since_previous(
    dataset: &Dataset,
    indicator: IndicatorIx,
    area: Area,
    year: Year,
    lang: Lang,
) -> Option<String> {
    let rank = crate::core::query::ranks::rank_indicator(dataset, indicator)?;
    preferred(dataset, rank, area, year)?;
    let previous = previous_year(dataset, rank, area, year)?;
    let m = match rank_move(dataset, rank, area, previous, year) {
        Ok(m) => m,
        Err(reason) => return Some(no_change_words(&reason, previous, lang)),
    };
    let info = dataset.indicator(indicator)?;
    let score_delta = (rank != indicator)
        .then(|| {
            let now = preferred(dataset, indicator, area, year)?.value;
            let before = preferred(dataset, indicator, area, previous)?.value;
            Some(now - before)
        })
        .flatten();
    let better = |delta: f64| match info.better {
        crate::core::data::model::Better::Lower => -delta,
        _ => delta,
    };
    match score_delta {
        Some(delta)
            if delta != 0.0 && m.places() != 0 && (better(delta) > 0.0) != (m.places() > 0) =>
        {
            let amount = crate::core::text::format::format_value(delta.abs(), info.unit, lang);
            let places = m.places().abs();
            Some(match (lang, delta > 0.0) {
                (Lang::Vi, true) => {
                    format!("điểm tăng {amount} nhưng giảm {places} bậc so với {previous}")
                }
                (Lang::Vi, false) => {
                    format!("điểm giảm {amount} nhưng tăng {places} bậc so với {previous}")
                }
                (Lang::En, true) => format!(
                    "score up {amount}, but down {places} {} on {previous}",
                    if places == 1 { "place" } else { "places" }
                ),
                (Lang::En, false) => format!(
                    "score down {amount}, but up {places} {} on {previous}",
                    if places == 1 { "place" } else { "places" }
                ),
            })
        }
        _ => Some(move_words(&m, lang)),
    }
}
