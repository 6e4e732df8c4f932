//! Diacritic- and case-insensitive matching of province and indicator names, so that
//! typing "hai duong" finds Hải Dương and "truc tuyen" the online-service rates.

use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::{IndicatorIx, ProvinceIx};
use crate::core::view::state::Lang;

/// Provinces whose Vietnamese or English name matches `query`, best matches first:
/// names that start with the query, then names with a word that starts with it, then
/// names that contain it. Ties keep the dataset's (alphabetical) order.
pub fn search_provinces(dataset: &Dataset, query: &str) -> Vec<ProvinceIx> {
    let query = fold(query);
    let mut scored: Vec<(u8, ProvinceIx)> = dataset
        .folded_names()
        .iter()
        .enumerate()
        .filter_map(|(ix, (vi, en))| {
            let score = [vi, en]
                .iter()
                .filter_map(|name| match_rank(name, &query))
                .min()?;
            Some((score, ix))
        })
        .collect();
    scored.sort();
    scored.into_iter().map(|(_, ix)| ix).collect()
}

fn match_rank(name: &str, query: &str) -> Option<u8> {
    if name.starts_with(query) {
        Some(0)
    } else if name.split(' ').any(|word| word.starts_with(query)) {
        Some(1)
    } else if name.contains(query) {
        Some(2)
    } else {
        None
    }
}

/// Words that find the whole country, folded.
const NATIONAL_NAMES: [&str; 4] = ["ca nuoc", "viet nam", "vietnam", "toan quoc"];

/// Places matching `query`: the whole country first where its name matches (or the
/// query is empty), then provinces as [`search_provinces`] orders them, then the
/// regions' averages whose names (in either language, with "vùng", "trung bình",
/// "region" or "average") hold every word of the query.
pub fn search_places(dataset: &Dataset, query: &str) -> Vec<crate::core::data::model::Area> {
    use crate::core::data::model::{Area, Region};
    let folded = fold(query);
    let national = NATIONAL_NAMES.iter().any(|name| name.starts_with(&folded));
    let provinces = search_provinces(dataset, query)
        .into_iter()
        .map(Area::Province);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let regions = Region::ALL.into_iter().filter(|&region| {
        let haystack = fold(&format!(
            "vung trung binh region average {} {}",
            crate::core::text::i18n::region_name(region, Lang::Vi),
            crate::core::text::i18n::region_name(region, Lang::En)
        ));
        words
            .iter()
            .all(|word| haystack.split(' ').any(|w| w.starts_with(word)))
    });
    national
        .then_some(Area::National)
        .into_iter()
        .chain(provinces)
        .chain(regions.map(Area::Region))
        .collect()
}

/// Indicators whose Vietnamese or English name, or id, holds every word of `query`
/// (each word a prefix of a word there), in the dataset's order; every indicator for
/// an empty query.
pub fn search_indicators(dataset: &Dataset, query: &str) -> Vec<IndicatorIx> {
    let query = fold(query);
    let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return (0..dataset.indicators().len()).collect();
    }
    dataset
        .indicators()
        .iter()
        .enumerate()
        .filter(|(_, indicator)| {
            let haystack = fold(&format!(
                "{} {} {}",
                indicator.name_vi, indicator.name_en, indicator.id
            ));
            words
                .iter()
                .all(|word| haystack.split(' ').any(|w| w.starts_with(word)))
        })
        .map(|(ix, _)| ix)
        .collect()
}
