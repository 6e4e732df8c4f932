//! What the tooltip of a region's average says: the region and year, the mean with its
//! unit, how many members it is the mean of and which have none, the sources of the
//! members' values, and that it is computed here, not published.

use super::tooltip::Tooltip;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::Unit;
use crate::core::query::region_mean::{MeanBasis, RegionMean};
use crate::core::text::format::{format_number, format_value};
use crate::core::text::i18n::{area_name, list};
use crate::core::text::place_list::place_list;
use crate::core::text::source_words::source_titles;
use crate::core::view::state::Lang;

/// The tooltip of `mean`, a region's average of an indicator measured in `unit`.
pub fn mean_tooltip(dataset: &Dataset, mean: &RegionMean, unit: Unit, lang: Lang) -> Tooltip {
    let missing = match lang {
        Lang::Vi => "không có số liệu",
        Lang::En => "no data",
    };
    mean_tooltip_saying(dataset, mean, unit, lang, missing)
}

/// [`mean_tooltip`], with the members left out of the mean introduced by `left_out`
/// ("không có cả hai chỉ số năm 2024" on a scatter plot).
pub fn mean_tooltip_saying(
    dataset: &Dataset,
    mean: &RegionMean,
    unit: Unit,
    lang: Lang,
    left_out: &str,
) -> Tooltip {
    let area = crate::core::data::model::Area::Region(mean.region);
    let value = match (unit, lang) {
        (Unit::Rank, Lang::Vi) => format!("hạng bình quân {}", format_number(mean.value, 1, lang)),
        (Unit::Rank, Lang::En) => format!("mean rank {}", format_number(mean.value, 1, lang)),
        _ => format_value(mean.value, unit, lang),
    };
    let what = match (mean.basis, lang) {
        (MeanBasis::Provinces, Lang::Vi) => "tỉnh, thành phố",
        (MeanBasis::Units, Lang::Vi) => "đơn vị sau sáp nhập nằm trọn trong vùng",
        (MeanBasis::Provinces, Lang::En) => "provinces",
        (MeanBasis::Units, Lang::En) => "post-merger units wholly in the region",
    };
    let of = format!("{}/{}", mean.n, mean.members);
    let missing = place_list(dataset, &mean.missing, 8, lang);
    let straddling = place_list(dataset, &mean.straddling, 8, lang);
    let mut notes = vec![match lang {
        Lang::Vi => format!("Trung bình cộng của {of} {what} có số liệu; CĐS Explorer tính, không phải số công bố"),
        Lang::En => format!("The plain mean of {of} {what} with data; computed by CĐS Explorer, not a published figure"),
    }];
    if !mean.missing.is_empty() {
        notes.push(format!("{left_out}: {missing}"));
    }
    if !mean.straddling.is_empty() {
        notes.push(match lang {
            Lang::Vi => format!("không tính (gồm tỉnh của hai vùng): {straddling}"),
            Lang::En => format!("left out (formed of provinces of two regions): {straddling}"),
        });
    }
    let titles = source_titles(dataset, &mean.sources, lang);
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    Tooltip {
        heading: format!("{} · {}", area_name(dataset, area, lang), mean.year),
        value,
        rank: None,
        change: None,
        source: match lang {
            Lang::Vi => format!("Nguồn giá trị các tỉnh: {}", list(&titles, lang)),
            Lang::En => format!("Source of the provinces' values: {}", list(&titles, lang)),
        },
        quote: String::new(),
        quote_lang: None,
        quote_label: None,
        kind: Some(
            match lang {
                Lang::Vi => "trung bình vùng",
                Lang::En => "regional average",
            }
            .to_string(),
        ),
        citation: Some(notes.join("; ")),
        disagreement: None,
        also: Vec::new(),
    }
}
