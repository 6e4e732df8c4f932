//! A region's average on the line chart: its points (the means), where its line is not
//! joined (a change of members, or the 2025 merger), and the legend's words of what it
//! is the mean of.

use crate::core::data::model::Year;
use crate::core::query::region_mean::{MeanBasis, RegionMean};
use crate::core::query::series::Series;
use crate::core::view::state::Lang;

/// A series' values in year order: a place's values, or a region's means.
pub fn points_of(s: &Series) -> Vec<(Year, f64)> {
    s.points
        .iter()
        .map(|p| (p.year, p.value))
        .chain(s.means.iter().map(|m| (m.year, m.value)))
        .collect()
}

/// Where a region's average is of another set of members than the year before — the
/// 34 units after the 63 provinces, or provinces with a value that differ: the line is
/// not joined, since the move would be partly a change of members.
pub fn basis_breaks(means: &[RegionMean]) -> Vec<Year> {
    means
        .windows(2)
        .filter(|w| w[0].basis != w[1].basis || w[0].missing != w[1].missing)
        .map(|w| w[1].year)
        .collect()
}

/// The legend's note of a region's average: what it is the mean of ("trung bình của
/// 9–11/11 tỉnh có số liệu").
pub fn mean_note(means: &[RegionMean], ends: Option<Year>, lang: Lang) -> String {
    let low = means.iter().map(|m| m.n).min().unwrap_or(0);
    let high = means.iter().map(|m| m.n).max().unwrap_or(0);
    let members = means.iter().map(|m| m.members).max().unwrap_or(0);
    let n = if low == high {
        format!("{high}/{members}")
    } else {
        format!("{low}–{high}/{members}")
    };
    let units = means.iter().any(|m| m.basis == MeanBasis::Units);
    let what = match (units, lang) {
        (false, Lang::Vi) => "tỉnh",
        (true, Lang::Vi) => "tỉnh hoặc đơn vị",
        (false, Lang::En) => "provinces",
        (true, Lang::En) => "provinces or units",
    };
    let to = ends
        .map(|last| match lang {
            Lang::Vi => format!(", đến {last}"),
            Lang::En => format!(", to {last}"),
        })
        .unwrap_or_default();
    match lang {
        Lang::Vi => format!("trung bình của {n} {what} có số liệu{to}"),
        Lang::En => format!("mean of {n} {what} with data{to}"),
    }
}

/// A region's average without a year in which half its members have a value.
pub fn too_few(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "dưới một nửa số tỉnh có số liệu",
        Lang::En => "fewer than half its provinces have data",
    }
}
