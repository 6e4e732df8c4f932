//! A list of places in words, cut after a number of names: "Bắc Kạn, Cao Bằng và 37 nơi
//! khác" / "Bac Kan, Cao Bang and 37 more" — for the places a chart names as missing.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::Area;
use crate::core::text::format::format_number;
use crate::core::text::i18n::area_name;
use crate::core::view::state::Lang;

/// The names of `areas` joined by commas, the first `limit` of them, then how many more.
pub fn place_list(dataset: &Dataset, areas: &[Area], limit: usize, lang: Lang) -> String {
    let mut names: Vec<String> = areas
        .iter()
        .take(limit)
        .map(|&a| area_name(dataset, a, lang))
        .collect();
    if areas.len() > limit {
        let more = format_number((areas.len() - limit) as f64, 0, lang);
        names.push(match lang {
            Lang::Vi => format!("và {more} nơi khác"),
            Lang::En => format!("and {more} more"),
        });
    }
    names.join(", ")
}
