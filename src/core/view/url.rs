//! The link is the view: query string ⇄ [`ViewState`].
//!
//! Decoding works in two stages, like ripgrep's arguments: the raw query is split
//! into percent-decoded parameters, upgraded to the current link format by
//! [`super::migrate`] (old and odd forms, `v=`) and narrowed to the known parameters
//! (first occurrence wins); then each value is resolved against the dataset. Decoding
//! never fails: every value that cannot be used becomes a [`UrlNotice`] and the
//! default stands in for it. Encoding writes only what differs from the default view,
//! in a fixed order. The scheme is a public contract, documented in `docs/urls.md`.

use super::landing::default_time_of;
use super::migrate::{self, Params, LIST_SEPARATOR, VERSION_PARAM};
use super::state::{data_years, ChartKind, Lang, ProfileRows, Sort, Units, ViewState};
use crate::core::data::dataset::Dataset;
use crate::core::data::model::USER_PREFIX;
use crate::core::data::model::{Area, Region, Year, YearRange};

/// The parameters, in the order `encode` writes them.
pub const PARAMS: [&str; 14] = [
    "provinces",
    "indicator",
    "x",
    "time",
    "change",
    "trail",
    "size",
    "view",
    "region",
    "sort",
    "rows",
    "units",
    "lang",
    "embed",
];

/// Values are shown in notices cut to this many letters.
const NOTICE_VALUE_CHARS: usize = 40;

/// Links longer than this (in bytes) are cut here, with one notice: no link can make
/// decoding slow, however long.
pub const MAX_LINK_BYTES: usize = 16 * 1024;

/// At most this many names of `provinces=` are read; the rest are reported as one.
pub const MAX_LISTED_PLACES: usize = 100;

/// A part of a link that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UrlNotice {
    pub param: &'static str,
    /// The ignored value, cut short and stripped of control characters.
    pub value: String,
    pub reason: NoticeReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NoticeReason {
    UnknownProvince,
    UnknownIndicator,
    /// An imported indicator (`user-…`) this browser does not have: removed, or imported
    /// on another device.
    MissingUserData,
    /// Not `YYYY` or `YYYY..YYYY` with the first year not after the last.
    InvalidTime,
    /// A well-formed time that shares no year with the data.
    TimeOutsideData,
    UnknownView,
    UnknownLang,
    UnknownRegion,
    UnknownSort,
    UnknownUnits,
    /// `rows` is not `all`, `target` or `both`.
    UnknownRows,
    /// `v` names no link format this release knows; the link is read as version 1.
    UnknownVersion,
    /// A switch such as `embed` that is neither `1` nor `0`.
    InvalidFlag,
    /// The table's sort names a year the view does not show.
    SortOutsideTime,
    /// The parameter appeared again; only its first value is used.
    Repeated,
    /// The link was longer than [`MAX_LINK_BYTES`]; the value says how long.
    LinkTooLong,
    /// `provinces` named more than [`MAX_LISTED_PLACES`] places; the value says how
    /// many were left unread.
    TooManyPlaces,
}

/// The view a link describes, and what in the link was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub state: ViewState,
    pub notices: Vec<UrlNotice>,
}

/// Reads a query string (with or without the leading `?`).
pub fn decode(query: &str, dataset: &Dataset) -> Decoded {
    let mut state = ViewState::default_for(dataset);
    let mut notices = Vec::new();
    let query = cut_query(query, &mut notices);
    let params = migrated_params(query, dataset, &mut notices);
    let mut time_given = false;
    let mut indicator_given = false;
    for (param, value) in known_params(params, &mut notices) {
        let mut ignore = |reason| notices.push(notice(param, &value, reason));
        match param {
            "provinces" => {
                let (found, unknown) = resolve_places(&value, dataset);
                for name in &unknown {
                    notices.push(notice(param, name, NoticeReason::UnknownProvince));
                }
                // A list of only unknown names keeps the default selection;
                // an empty value is a deliberate empty selection.
                if !found.is_empty() || unknown.is_empty() {
                    state.places = found;
                }
            }
            "indicator" => match dataset.find_indicator(&value) {
                Some(ix) => {
                    state.indicator = ix;
                    indicator_given = true;
                }
                None if value.starts_with(USER_PREFIX) => ignore(NoticeReason::MissingUserData),
                None => ignore(NoticeReason::UnknownIndicator),
            },
            "time" => match parse_time(&value) {
                None => ignore(NoticeReason::InvalidTime),
                Some(span) => match clip_time(span, data_years(dataset)) {
                    Some(time) => {
                        state.time = time;
                        time_given = true;
                    }
                    None => ignore(NoticeReason::TimeOutsideData),
                },
            },
            "x" => match dataset.find_indicator(&value) {
                Some(ix) => state.x = Some(ix),
                None if value.starts_with(USER_PREFIX) => ignore(NoticeReason::MissingUserData),
                None => ignore(NoticeReason::UnknownIndicator),
            },
            "trail" => match value.as_str() {
                "1" => state.trail = true,
                "0" => state.trail = false,
                _ => ignore(NoticeReason::InvalidFlag),
            },
            "size" => match value.as_str() {
                "population" => state.bubbles = true,
                "none" => state.bubbles = false,
                _ => ignore(NoticeReason::InvalidFlag),
            },
            "change" => match value.as_str() {
                "1" => state.change = true,
                "0" => state.change = false,
                _ => ignore(NoticeReason::InvalidFlag),
            },
            "view" => match ChartKind::from_id(&value) {
                Some(chart) => state.chart = chart,
                None => ignore(NoticeReason::UnknownView),
            },
            "region" => match Region::from_id(&value) {
                Some(region) => state.region = Some(region),
                None => ignore(NoticeReason::UnknownRegion),
            },
            "sort" => match Sort::parse(&value) {
                Some(sort) => state.sort = Some(sort),
                None => ignore(NoticeReason::UnknownSort),
            },
            "rows" => match ProfileRows::from_id(&value) {
                Some(rows) => state.rows = rows,
                None => ignore(NoticeReason::UnknownRows),
            },
            "units" => match Units::from_id(&value) {
                Some(units) => state.units = units,
                None => ignore(NoticeReason::UnknownUnits),
            },
            "lang" => match Lang::from_code(&value) {
                Some(lang) => state.lang = lang,
                None => ignore(NoticeReason::UnknownLang),
            },
            "embed" => match value.as_str() {
                "1" => state.embed = true,
                "0" => state.embed = false,
                _ => ignore(NoticeReason::InvalidFlag),
            },
            _ => {}
        }
    }
    // A bare scatter plots PAPI's e-governance against DTI's score; a scatter's x, where
    // the link names none, is the y's partner (`view::pairs`).
    if state.chart == ChartKind::Scatter {
        if !indicator_given {
            if let Some(y) = dataset.find_indicator(super::pairs::DEFAULT_Y) {
                state.indicator = y;
            }
        }
        if state.x.is_none() {
            state.x = super::pairs::default_x(dataset, state.indicator);
        }
    } else {
        // Only the scatter has an x, a trail and bubbles.
        state.x = None;
        state.trail = false;
        state.bubbles = false;
    }
    // Without `time=`, the view's own default: the ranking and the map land on the
    // best-covered year of their indicator.
    if !time_given {
        state.time = default_time_of(dataset, &state);
    }
    // A change over one year compares it with the previous year that has data.
    super::landing::seat_change(dataset, &mut state);
    // Only now is the time known that a sort by year must lie in.
    if let Some(year) = state
        .sort
        .filter(|s| !s.fits(state.time))
        .and_then(Sort::year)
    {
        notices.push(notice(
            "sort",
            &year.to_string(),
            NoticeReason::SortOutsideTime,
        ));
        state.sort = None;
    }
    // The same notice twice says nothing new.
    let mut seen = std::collections::HashSet::new();
    notices.retain(|n| seen.insert(n.clone()));
    Decoded { state, notices }
}

/// The query, cut at [`MAX_LINK_BYTES`] (after the last whole parameter that fits).
fn cut_query<'q>(query: &'q str, notices: &mut Vec<UrlNotice>) -> &'q str {
    if query.len() <= MAX_LINK_BYTES {
        return query;
    }
    let mut end = MAX_LINK_BYTES;
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    let head = &query[..end];
    let kb = query.len().div_ceil(1024);
    notices.push(notice(
        "link",
        &format!("{kb} KB"),
        NoticeReason::LinkTooLong,
    ));
    match head.rfind('&') {
        Some(at) if at > 0 => &head[..at],
        _ => head,
    }
}

fn notice(param: &'static str, value: &str, reason: NoticeReason) -> UrlNotice {
    UrlNotice {
        param,
        value: crate::core::data::untrusted::shown(value, NOTICE_VALUE_CHARS),
        reason,
    }
}

/// Stage one: every parameter, percent-decoded and upgraded from the version the link
/// declares (`v`, first occurrence; version 1 when absent or unknown).
fn migrated_params(query: &str, dataset: &Dataset, notices: &mut Vec<UrlNotice>) -> Params {
    let mut params = migrate::parse_query(query);
    limit_places(&mut params, notices);
    let mut version = migrate::FIRST_VERSION;
    for (ix, value) in migrate::take(&mut params, VERSION_PARAM).iter().enumerate() {
        match migrate::parse_version(value) {
            _ if ix > 0 => notices.push(notice(VERSION_PARAM, value, NoticeReason::Repeated)),
            Some(known) => version = known,
            None => notices.push(notice(VERSION_PARAM, value, NoticeReason::UnknownVersion)),
        }
    }
    migrate::migrate(params, version, dataset)
}

/// Keeps the first [`MAX_LISTED_PLACES`] names of each `provinces=` (by `~`, or `,` in
/// old links) and reports how many more there were.
fn limit_places(params: &mut Params, notices: &mut Vec<UrlNotice>) {
    for (_, value) in params.iter_mut().filter(|(k, _)| k == "provinces") {
        let separator = if value.contains(LIST_SEPARATOR) {
            LIST_SEPARATOR
        } else {
            ','
        };
        let Some((at, _)) = value.match_indices(separator).nth(MAX_LISTED_PLACES - 1) else {
            continue;
        };
        let dropped = value[at..].matches(separator).count();
        value.truncate(at);
        notices.push(notice(
            "provinces",
            &dropped.to_string(),
            NoticeReason::TooManyPlaces,
        ));
    }
}

/// The known parameters with their values, first occurrence only. Unknown parameters
/// (tracking tags and the like) are passed over silently.
fn known_params(params: Params, notices: &mut Vec<UrlNotice>) -> Vec<(&'static str, String)> {
    let mut known: Vec<(&'static str, String)> = Vec::new();
    for (key, value) in params {
        let Some(&param) = PARAMS.iter().find(|&&p| p == key) else {
            continue;
        };
        if known.iter().any(|(p, _)| *p == param) {
            notices.push(notice(param, &value, NoticeReason::Repeated));
        } else {
            known.push((param, value));
        }
    }
    known
}

/// Resolves `a~b~c` into known places (in order, without repeats) and unknown names.
fn resolve_places(value: &str, dataset: &Dataset) -> (Vec<Area>, Vec<String>) {
    let mut found = Vec::new();
    let mut unknown = Vec::new();
    for name in value
        .split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        match dataset.find_place(name) {
            Some(ix) if !found.contains(&ix) => found.push(ix),
            Some(_) => {}
            None => unknown.push(name.to_string()),
        }
    }
    (found, unknown)
}

/// `2022` or `2020..2024`: any two four-digit years, first not after last (they are
/// clipped to the data afterwards).
fn parse_time(value: &str) -> Option<(u16, u16)> {
    let year = |text: &str| {
        let text = text.trim();
        let digits = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| text.parse::<u16>().ok()).flatten()
    };
    let (start, end) = match value.split_once("..") {
        Some((start, end)) => (year(start)?, year(end)?),
        None => (year(value)?, year(value)?),
    };
    (start <= end).then_some((start, end))
}

/// The part of a span of years that lies within the data, if any.
fn clip_time((start, end): (u16, u16), data: YearRange) -> Option<YearRange> {
    let start = Year::new(start.max(data.start().get()))?;
    let end = Year::new(end.min(data.end().get()))?;
    YearRange::new(start, end)
}

fn format_time(time: YearRange) -> String {
    if time.start() == time.end() {
        time.start().to_string()
    } else {
        format!("{}..{}", time.start(), time.end())
    }
}

/// Writes the query string (without `?`) of `state`: only what differs from the
/// default view, in the order of [`PARAMS`]. The default view is the empty string.
pub fn encode(state: &ViewState, dataset: &Dataset) -> String {
    let default = ViewState::default_for(dataset);
    let default_time = default_time_of(dataset, state);
    let mut parts: Vec<(&str, String)> = Vec::new();
    if state.places != default.places {
        let slugs: Vec<String> = state
            .places
            .iter()
            .filter_map(|&area| dataset.area_slug(area))
            .collect();
        parts.push(("provinces", slugs.join(&LIST_SEPARATOR.to_string())));
    }
    // A scatter's own default indicator is PAPI's e-governance (`view::pairs`).
    let default_indicator = if state.chart == ChartKind::Scatter {
        dataset
            .find_indicator(super::pairs::DEFAULT_Y)
            .unwrap_or(default.indicator)
    } else {
        default.indicator
    };
    if state.indicator != default_indicator {
        if let Some(indicator) = dataset.indicator(state.indicator) {
            parts.push(("indicator", indicator.id.clone()));
        }
    }
    // The scatter's x is written where it is not the partner the link would get anyway.
    if state.chart == ChartKind::Scatter
        && state.x != super::pairs::default_x(dataset, state.indicator)
    {
        if let Some(x) = state.x.and_then(|x| dataset.indicator(x)) {
            parts.push(("x", x.id.clone()));
        }
    }
    if state.time != default_time {
        parts.push(("time", format_time(state.time)));
    }
    // Kept in the link on every view, so that the ranking and the map come back to it.
    if state.change {
        parts.push(("change", "1".to_string()));
    }
    if state.chart == ChartKind::Scatter && state.trail {
        parts.push(("trail", "1".to_string()));
    }
    if state.chart == ChartKind::Scatter && state.bubbles {
        parts.push(("size", "population".to_string()));
    }
    if state.chart != default.chart {
        parts.push(("view", state.chart.id().to_string()));
    }
    if let Some(region) = state.region.filter(|_| state.region != default.region) {
        parts.push(("region", region.id().to_string()));
    }
    if let Some(sort) = state.sort {
        parts.push(("sort", sort.id()));
    }
    if state.rows != default.rows {
        parts.push(("rows", state.rows.id().to_string()));
    }
    if state.units != default.units {
        parts.push(("units", state.units.id().to_string()));
    }
    if state.lang != default.lang {
        parts.push(("lang", state.lang.code().to_string()));
    }
    if state.embed {
        parts.push(("embed", "1".to_string()));
    }
    parts
        .iter()
        .map(|(key, value)| format!("{key}={}", escape(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but RFC 3986's unreserved characters and `:` (which a
/// query may hold as it is), so `~`, `.` and `region:` stay readable.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~:".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
