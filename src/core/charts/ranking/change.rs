//! The ranking in change mode: every place of the scope with a value at both ends of the
//! view's time, as a bar of its change either side of no change, largest improvement
//! first — places gained for a rank ("▲18 (24 → 6)"), the difference for a score with its
//! rank's move beside it. The subtitle counts who rose, fell and held ("30 tăng, 25 giảm,
//! 8 giữ nguyên") and names the places with a value at only one end; across a method
//! break nothing is compared and the chart says why.

use super::rows::{cut_note, places_word, publishers, scope_places, shown_rows, Entry};
use super::spec::{RankRow, RankingChart, RowChange, MUTED};
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::charts::shared::palette::assign_colours;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Unit};
use crate::core::query::span_change::{
    change_caption, change_words, counts_words, span_changes, Blocked,
};
use crate::core::text::format::format_number;
use crate::core::text::i18n::{self, area_name, indicator_name, region_name, Text};
use crate::core::text::place_list::place_list;
use crate::core::text::source_words::source_text;
use crate::core::view::state::{Lang, Units, ViewState};

/// The change ranking of `state` (whose time spans two years); `every_row` keeps all
/// rows however many (the CSV), else a long one keeps its top, its last and the selected.
pub fn build(
    dataset: &Dataset,
    state: &ViewState,
    every_row: bool,
) -> Result<RankingChart, EmptyReason> {
    let lang = state.lang;
    let (from, year) = (state.time.start(), state.time.end());
    let indicator = dataset
        .indicator(state.indicator)
        .ok_or(EmptyReason::NoData)?;
    let unit = indicator.unit;
    let places = scope_places(dataset, state);
    let changes = span_changes(
        dataset,
        state.indicator,
        &places,
        (from, year),
        Units::Pre2025,
    );
    match changes.blocked {
        Some(Blocked::MethodBreak { .. }) => return Err(EmptyReason::MethodBreak),
        Some(Blocked::Merger) => return Err(EmptyReason::Merger),
        None => {}
    }
    if changes.changes.is_empty() {
        return Err(EmptyReason::NoData);
    }
    let entries: Vec<Entry> = changes
        .changes
        .iter()
        .enumerate()
        .map(|(i, c)| Entry {
            area: c.area,
            point: c.to,
            position: i + 1,
        })
        .collect();
    let shown = if every_row {
        (0..entries.len()).map(|i| (i, 0)).collect()
    } else {
        shown_rows(&entries, &state.places)
    };
    let keys: Vec<String> = state.places.iter().map(|&a| dataset.area_key(a)).collect();
    let colours = assign_colours(&keys);
    // A rank's bar is the places gained; another value's, its difference.
    let bar = |c: &crate::core::query::span_change::PlaceChange| match unit {
        Unit::Rank => c.gain,
        _ => c.delta,
    };
    let rows: Vec<RankRow> = shown
        .iter()
        .filter_map(|&(at, skipped_before)| {
            let c = changes.changes.get(at)?;
            let place = state.places.iter().position(|&a| a == c.area);
            Some(RankRow {
                area: c.area,
                label: area_name(dataset, c.area, lang),
                value: bar(c),
                value_text: change_caption(c, unit, lang),
                position: at + 1,
                published_rank: None,
                highlighted: place.is_some(),
                colour: place.map_or(MUTED, |at| colours[at]),
                observation: Some(c.to.observation),
                mean: None,
                skipped_before,
                change: Some(RowChange {
                    gain: c.gain,
                    caption: change_caption(c, unit, lang),
                    words: change_words(c, unit, from, lang),
                    from_observation: c.from.observation,
                }),
            })
        })
        .collect();
    let widest = changes
        .changes
        .iter()
        .map(|c| bar(c).abs())
        .fold(0.0, f64::max);
    let widest = if unit == Unit::Rank {
        widest.max(1.0)
    } else {
        widest.max(f64::MIN_POSITIVE)
    };
    let title = match lang {
        Lang::Vi => format!(
            "{}: thay đổi {from}–{year}",
            indicator_name(indicator, lang)
        ),
        Lang::En => format!("{}: change {from}–{year}", indicator_name(indicator, lang)),
    };
    let scope = match state.region {
        Some(region) => region_name(region, lang).to_string(),
        None => i18n::text(lang, Text::National).to_string(),
    };
    let own = changes
        .changes
        .iter()
        .filter(|c| matches!(c.area, Area::Own(_)))
        .count();
    let count = changes.changes.len();
    let counts = counts_words(&changes, lang);
    let missing = missing_words(
        dataset,
        &changes.missing_from,
        &changes.missing_to,
        (from, year),
        lang,
    );
    let measure = match (unit, lang) {
        (Unit::Rank, Lang::Vi) => "số bậc tăng (▲) hoặc giảm (▼)".to_string(),
        (Unit::Rank, Lang::En) => "places gained (▲) or lost (▼)".to_string(),
        (_, Lang::Vi) => format!("chênh lệch {}", i18n::unit_label(unit, lang)),
        (_, Lang::En) => format!("difference, {}", i18n::unit_label(unit, lang)),
    };
    let cut = cut_note(rows.len(), count, lang);
    let places_text = places_word(own, lang);
    let count_text = format_number(count as f64, 0, lang);
    let subtitle = match lang {
        Lang::Vi => format!(
            "{from} → {year} · {measure} · {scope}: {counts} ({count_text} {places_text} có số liệu cả hai năm){missing}{cut}"
        ),
        Lang::En => format!(
            "{from} → {year} · {measure} · {scope}: {counts} ({count_text} {places_text} with values in both years){missing}{cut}"
        ),
    };
    // The largest improvement, where any place improved at all.
    let best = rows
        .first()
        .and_then(|r| r.change.as_ref().map(|c| (r, c)))
        .filter(|(_, c)| c.gain > 0.0)
        .map(|(r, c)| match lang {
            Lang::Vi => format!("; tăng nhiều nhất là {} {}", r.label, c.caption),
            Lang::En => format!("; the largest rise is {} {}", r.label, c.caption),
        })
        .unwrap_or_default();
    let aria_label = match lang {
        Lang::Vi => format!("Biểu đồ thay đổi: {title}; {counts}{best}{missing}."),
        Lang::En => format!("Change chart: {title}; {counts}{best}{missing}."),
    };
    let to_entries: Vec<Entry> = changes
        .changes
        .iter()
        .flat_map(|c| {
            [c.from, c.to].map(|point| Entry {
                area: c.area,
                point,
                position: 0,
            })
        })
        .collect();
    Ok(RankingChart {
        title,
        subtitle,
        x_label: measure,
        unit,
        lang,
        year,
        rows,
        domain: (-widest, widest),
        source_line: format!(
            "{}: {}",
            i18n::text(lang, Text::Source),
            source_text(&publishers(dataset, &to_entries).join("; "), lang)
        ),
        aria_label,
        with_data: count,
        scope_size: places.len(),
        has_own_areas: own > 0,
        from: Some(from),
    })
}

/// " · không có số liệu năm 2022: Bắc Kạn; năm 2023: …" — the places with a value at only
/// one end, named (at most 10 each, then how many more).
fn missing_words(
    dataset: &Dataset,
    missing_from: &[Area],
    missing_to: &[Area],
    (from, to): (
        crate::core::data::model::Year,
        crate::core::data::model::Year,
    ),
    lang: Lang,
) -> String {
    const LISTED: usize = 10;
    let names = |areas: &[Area]| place_list(dataset, areas, LISTED, lang);
    let mut parts = Vec::new();
    for (year, areas) in [(from, missing_from), (to, missing_to)] {
        if !areas.is_empty() {
            parts.push(match lang {
                Lang::Vi => format!("không có số liệu năm {year}: {}", names(areas)),
                Lang::En => format!("no value in {year}: {}", names(areas)),
            });
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" · {}", parts.join("; "))
    }
}
