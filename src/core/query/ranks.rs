//! Published ranks as text: "hạng 13/63", and for a score indicator `x-score` the rank
//! `x-rank` that a source published for the same place and year.

use crate::core::data::citation::Citation;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Year};
use crate::core::data::preferred::preferred;
use crate::core::view::state::Lang;

/// A rank as the tooltip and the profile say it: "hạng 13/63" / "rank 13/63".
pub(crate) fn rank_text(rank: f64, group: Option<u8>, lang: Lang) -> String {
    let of = group.map(|g| format!("/{g}")).unwrap_or_default();
    match lang {
        Lang::Vi => format!("hạng {rank}{of}"),
        Lang::En => format!("rank {rank}{of}"),
    }
}

/// The rank indicator that ranks `indicator`: itself for a rank, `x-rank` for a score
/// `x-score`.
pub fn rank_indicator(dataset: &Dataset, indicator: usize) -> Option<usize> {
    let found = dataset.indicator(indicator)?;
    if found.unit == crate::core::data::model::Unit::Rank {
        return Some(indicator);
    }
    let id = found.id.strip_suffix("-score")?;
    dataset.find_indicator(&format!("{id}-rank"))
}

/// For a score indicator `x-score`, the rank `x-rank` of the same place and year.
pub(crate) fn rank_for_score(
    dataset: &Dataset,
    indicator: usize,
    area: Area,
    year: Year,
    lang: Lang,
) -> Option<String> {
    let rank_ix = rank_indicator(dataset, indicator).filter(|&r| r != indicator)?;
    let point = preferred(dataset, rank_ix, area, year)?;
    let observation = dataset.observations().get(point.observation)?;
    let text = rank_text(point.value, observation.group, lang);
    // A rank worked out from the complete table's scores says so.
    Some(match observation.citation {
        Citation::DerivedRank => format!(
            "{text} ({})",
            crate::core::text::citation_words::derived_basis(lang)
        ),
        _ => text,
    })
}
