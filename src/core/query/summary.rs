//! "Tóm tắt / Summary": the year of a ranked indicator in sentences, the way the press
//! writes them — the top and bottom ten, who entered and left the top ten, the biggest
//! risers and fallers, how many rose, fell and held, streaks at the top ("năm thứ 3 liên
//! tiếp dẫn đầu"), and the regions' averages of the score with the number of provinces
//! behind each. Each fact names its sources. No change is given across a method break or
//! between rankings of different sizes; one sentence says why.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, IndicatorIx, ObservationKind, Region, Unit, Year};
use crate::core::data::preferred::{preferred_in_year, AreaValues};
use crate::core::text::format::{format_number, format_value};
use crate::core::text::i18n::{area_name, indicator_name, region_name};
use crate::core::view::state::{Lang, ViewState};

/// One sentence and the sources of the values it states (indices into `sources`).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub text: String,
    pub sources: Vec<usize>,
}

/// The ranks of the 63 provinces in a year: (province, rank, observation).
type Ranked = Vec<(usize, u32, usize)>;

/// The provinces' ranks of `year` in the ranking of 63, best first.
fn ranked(dataset: &Dataset, rank: IndicatorIx, year: Year) -> Ranked {
    let values = preferred_in_year(dataset, rank, year);
    let mut out: Ranked = (0..dataset.provinces().len())
        .filter_map(|p| {
            let point = values.get(Area::Province(p))?;
            let group = dataset.observations().get(point.observation)?.group;
            (group == Some(63)).then_some((p, point.value as u32, point.observation))
        })
        .collect();
    out.sort_by_key(|&(p, rank, _)| (rank, p));
    out
}

fn sources_of(dataset: &Dataset, observations: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut sources: Vec<usize> = observations
        .filter_map(|ix| dataset.observations().get(ix).map(|o| o.source))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    sources
}

fn name(dataset: &Dataset, province: usize, lang: Lang) -> String {
    area_name(dataset, Area::Province(province), lang)
}

/// The facts of `state`'s indicator in the last year of its view, compared with the
/// first year of its span in change mode (or of a view of years), else with the previous
/// ranked year.
/// `None` where the indicator has no ranks of the 63 that year.
pub fn summary(dataset: &Dataset, state: &ViewState) -> Option<Vec<Fact>> {
    let lang = state.lang;
    let rank = super::ranks::rank_indicator(dataset, state.indicator)?;
    let year = state.time.end();
    let now = ranked(dataset, rank, year);
    if now.len() < 10 {
        return None;
    }
    let title = indicator_name(dataset.indicator(rank)?, lang).to_string();
    let mut facts = Vec::new();
    let list = |rows: &[(usize, u32, usize)]| -> String {
        rows.iter()
            .map(|&(p, r, _)| format!("{r}. {}", name(dataset, p, lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let top: Vec<_> = now.iter().copied().filter(|r| r.1 <= 10).collect();
    facts.push(Fact {
        text: match lang {
            Lang::Vi => format!("Top 10 {title} năm {year}: {}.", list(&top)),
            Lang::En => format!("Top ten of {title} in {year}: {}.", list(&top)),
        },
        sources: sources_of(dataset, top.iter().map(|r| r.2)),
    });
    let last = now.iter().map(|r| r.1).max().unwrap_or(0);
    let bottom: Vec<_> = now.iter().copied().filter(|r| r.1 + 10 > last).collect();
    facts.push(Fact {
        text: match lang {
            Lang::Vi => format!("10 vị trí cuối năm {year}: {}.", list(&bottom)),
            Lang::En => format!("Bottom ten in {year}: {}.", list(&bottom)),
        },
        sources: sources_of(dataset, bottom.iter().map(|r| r.2)),
    });
    if let Some(streak) = streak_fact(dataset, rank, &now, year, lang) {
        facts.push(streak);
    }
    facts.extend(change_facts(dataset, state, rank, &now, lang));
    if let Some(regions) = region_fact(dataset, state.indicator, year, lang) {
        facts.push(regions);
    }
    Some(facts)
}

/// "Đà Nẵng năm thứ 3 liên tiếp dẫn đầu" where the first has led for two years or more.
fn streak_fact(
    dataset: &Dataset,
    rank: IndicatorIx,
    now: &Ranked,
    year: Year,
    lang: Lang,
) -> Option<Fact> {
    let &(leader, 1, observation) = now.first()? else {
        return None;
    };
    let mut years = 1;
    let mut observations = vec![observation];
    let mut y = year.get();
    while let Some(previous) = Year::new(y - 1) {
        if dataset
            .method_break(rank, previous, Year::new(y)?)
            .is_some()
        {
            break;
        }
        let before = ranked(dataset, rank, previous);
        match before.iter().find(|r| r.0 == leader && r.1 == 1) {
            Some(r) => {
                years += 1;
                observations.push(r.2);
                y -= 1;
            }
            None => break,
        }
    }
    (years >= 2).then(|| Fact {
        text: match lang {
            Lang::Vi => format!(
                "{} năm thứ {years} liên tiếp dẫn đầu ({y}–{year}).",
                name(dataset, leader, lang)
            ),
            Lang::En => format!(
                "{} first for the {} year running ({y}–{year}).",
                name(dataset, leader, lang),
                crate::core::text::format::ordinal_en(years)
            ),
        },
        sources: sources_of(dataset, observations.into_iter()),
    })
}

/// Who entered and left the top ten, the biggest risers and fallers, and how many rose,
/// fell and held, from the view's first year (or the previous ranked year) to its last.
fn change_facts(
    dataset: &Dataset,
    state: &ViewState,
    rank: IndicatorIx,
    now: &Ranked,
    lang: Lang,
) -> Vec<Fact> {
    let year = state.time.end();
    let from = if state.compares() || (!state.chart.is_single_year() && state.time.start() < year) {
        Some(state.time.start())
    } else {
        (Year::MIN.get()..year.get())
            .rev()
            .filter_map(Year::new)
            .find(|&y| ranked(dataset, rank, y).len() >= 10)
    };
    let Some(from) = from else {
        return Vec::new();
    };
    if let Some(change) = dataset.method_break(rank, from, year) {
        let note = match lang {
            Lang::Vi => &change.note_vi,
            Lang::En => &change.note_en,
        };
        return vec![Fact {
            text: match lang {
                Lang::Vi => format!("Không so sánh thứ hạng {year} với {from}: {note}."),
                Lang::En => format!("Ranks of {year} are not compared with {from}: {note}."),
            },
            sources: Vec::new(),
        }];
    }
    let before = ranked(dataset, rank, from);
    let was = |p: usize| before.iter().find(|r| r.0 == p);
    let moves: Vec<(usize, u32, u32, i64, usize, usize)> = now
        .iter()
        .filter_map(|&(p, r, o)| {
            let &(_, b, bo) = was(p)?;
            Some((p, b, r, i64::from(b) - i64::from(r), bo, o))
        })
        .collect();
    let mut facts = Vec::new();
    let words = |p: usize, b: u32, r: u32| match lang {
        Lang::Vi => format!("{} (thứ {r}, từ thứ {b})", name(dataset, p, lang)),
        Lang::En => format!("{} ({r}, from {b})", name(dataset, p, lang)),
    };
    let entered: Vec<String> = moves
        .iter()
        .filter(|m| m.2 <= 10 && m.1 > 10)
        .map(|m| words(m.0, m.1, m.2))
        .collect();
    let left: Vec<String> = moves
        .iter()
        .filter(|m| m.2 > 10 && m.1 <= 10)
        .map(|m| words(m.0, m.1, m.2))
        .collect();
    let all_sources = sources_of(dataset, moves.iter().flat_map(|m| [m.4, m.5]));
    if !entered.is_empty() || !left.is_empty() {
        let none = match lang {
            Lang::Vi => "không có".to_string(),
            Lang::En => "none".to_string(),
        };
        let or_none = |v: &[String]| {
            if v.is_empty() {
                none.clone()
            } else {
                v.join(", ")
            }
        };
        facts.push(Fact {
            text: match lang {
                Lang::Vi => format!(
                    "Vào Top 10 năm {year} so với {from}: {}; rời Top 10: {}.",
                    or_none(&entered),
                    or_none(&left)
                ),
                Lang::En => format!(
                    "Entered the top ten in {year} (against {from}): {}; left it: {}.",
                    or_none(&entered),
                    or_none(&left)
                ),
            },
            sources: all_sources.clone(),
        });
    }
    let mut risers: Vec<_> = moves.iter().filter(|m| m.3 > 0).collect();
    risers.sort_by_key(|m| (-m.3, m.2));
    let mut fallers: Vec<_> = moves.iter().filter(|m| m.3 < 0).collect();
    fallers.sort_by_key(|m| (m.3, m.2));
    let moved = |list: &[&(usize, u32, u32, i64, usize, usize)], up: bool| -> String {
        list.iter()
            .take(3)
            .map(|m| {
                let n = m.3.abs();
                match (lang, up) {
                    (Lang::Vi, true) => format!(
                        "{} tăng {n} bậc ({} → {})",
                        name(dataset, m.0, lang),
                        m.1,
                        m.2
                    ),
                    (Lang::Vi, false) => format!(
                        "{} giảm {n} bậc ({} → {})",
                        name(dataset, m.0, lang),
                        m.1,
                        m.2
                    ),
                    (Lang::En, true) => {
                        format!("{} up {n} ({} → {})", name(dataset, m.0, lang), m.1, m.2)
                    }
                    (Lang::En, false) => {
                        format!("{} down {n} ({} → {})", name(dataset, m.0, lang), m.1, m.2)
                    }
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !risers.is_empty() {
        facts.push(Fact {
            text: match lang {
                Lang::Vi => format!(
                    "Tăng hạng nhiều nhất so với {from}: {}.",
                    moved(&risers, true)
                ),
                Lang::En => format!("Biggest risers since {from}: {}.", moved(&risers, true)),
            },
            sources: all_sources.clone(),
        });
    }
    if !fallers.is_empty() {
        facts.push(Fact {
            text: match lang {
                Lang::Vi => format!(
                    "Giảm hạng nhiều nhất so với {from}: {}.",
                    moved(&fallers, false)
                ),
                Lang::En => format!("Biggest fallers since {from}: {}.", moved(&fallers, false)),
            },
            sources: all_sources.clone(),
        });
    }
    let (up, down) = (risers.len(), fallers.len());
    let same = moves.len() - up - down;
    let missing = now.len().max(before.len()) - moves.len();
    facts.push(Fact {
        text: match lang {
            Lang::Vi => format!(
                "So với {from}: {up} tỉnh tăng hạng, {down} giảm, {same} giữ nguyên{}.",
                if missing > 0 {
                    format!("; {missing} tỉnh thiếu thứ hạng ở một trong hai năm")
                } else {
                    String::new()
                }
            ),
            Lang::En => format!(
                "Since {from}: {up} up, {down} down, {same} unchanged{}.",
                if missing > 0 {
                    format!("; {missing} without a rank in one of the two years")
                } else {
                    String::new()
                }
            ),
        },
        sources: all_sources,
    });
    facts
}

/// The six regions' averages of the score, best first, each with its number of
/// provinces: "Đông Nam Bộ 0,7312 (6 tỉnh)".
fn region_fact(dataset: &Dataset, indicator: IndicatorIx, year: Year, lang: Lang) -> Option<Fact> {
    let found = dataset.indicator(indicator)?;
    let score = if found.unit == Unit::Rank {
        let id = found.id.strip_suffix("-rank")?;
        dataset.find_indicator(&format!("{id}-score"))?
    } else {
        indicator
    };
    let info = dataset.indicator(score)?;
    let values: AreaValues = preferred_in_year(dataset, score, year);
    let mut observations = Vec::new();
    let mut averages: Vec<(Region, f64, usize)> = Region::ALL
        .into_iter()
        .filter_map(|region| {
            let members: Vec<f64> = dataset
                .provinces()
                .iter()
                .enumerate()
                .filter(|(_, p)| p.region == region)
                .filter_map(|(p, _)| {
                    let point = values.get(Area::Province(p))?;
                    let actual = dataset
                        .observations()
                        .get(point.observation)
                        .is_some_and(|o| o.kind == ObservationKind::Actual);
                    actual.then(|| {
                        observations.push(point.observation);
                        point.value
                    })
                })
                .collect();
            (!members.is_empty()).then(|| {
                let mean = members.iter().sum::<f64>() / members.len() as f64;
                (region, mean, members.len())
            })
        })
        .collect();
    if averages.len() < 2 {
        return None;
    }
    averages.sort_by(|a, b| b.1.total_cmp(&a.1));
    let parts: Vec<String> = averages
        .iter()
        .map(|&(region, mean, n)| {
            let value = format_value(mean, info.unit, lang);
            let n_text = format_number(n as f64, 0, lang);
            match lang {
                Lang::Vi => format!("{} {value} ({n_text} tỉnh)", region_name(region, lang)),
                Lang::En if n == 1 => format!("{} {value} (1 province)", region_name(region, lang)),
                Lang::En => format!("{} {value} ({n_text} provinces)", region_name(region, lang)),
            }
        })
        .collect();
    let title = indicator_name(info, lang);
    Some(Fact {
        text: match lang {
            Lang::Vi => format!(
                "Bình quân {title} năm {year} theo vùng (trung bình các tỉnh có số liệu): {}.",
                parts.join("; ")
            ),
            Lang::En => format!(
                "{title} in {year}, the regions' averages (of the provinces with a value): {}.",
                parts.join("; ")
            ),
        },
        sources: sources_of(dataset, observations.into_iter()),
    })
}
