//! How a value says where it was read, in both languages: a sentence of a document (its
//! quote), a row of a publisher's table (the table, the row as printed, and the public
//! copy it was read from), or a rank worked out from a complete table of scores ("theo
//! thứ tự bảng xếp hạng chính thức" / "by the official table's order").

use crate::core::data::citation::Citation;
use crate::core::data::model::{Observation, Source};
use crate::core::view::state::Lang;

/// "theo thứ tự bảng xếp hạng chính thức" / "by the official table's order": the basis of
/// a derived rank, as tooltips, the profile and the CSV's `rank_basis` say it.
pub fn derived_basis(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "theo thứ tự bảng xếp hạng chính thức",
        Lang::En => "by the official table's order",
    }
}

/// The `rank_basis` column of the CSV: `printed`, `derived` (from a complete table of
/// scores), or empty for values that are not ranks.
pub fn rank_basis_id(observation: &Observation, is_rank: bool) -> &'static str {
    match (is_rank, observation.citation) {
        (false, _) => "",
        (true, Citation::DerivedRank) => "derived",
        (true, _) => "printed",
    }
}

/// For a value of a table: "Giá trị của bảng, hàng “Hải Dương”; bản sao: owner/repo,
/// path @abc1234". For a derived rank, its basis and the row of the score it comes from.
/// `None` for a value read from a sentence.
pub fn table_citation(observation: &Observation, source: &Source, lang: Lang) -> Option<String> {
    let copy = source.copy.as_ref();
    let copy_words = copy.map(|c| match lang {
        Lang::Vi => format!("bản sao: {}, {} @{}", c.repo, c.path, c.short_commit()),
        Lang::En => format!("copy: {}, {} @{}", c.repo, c.path, c.short_commit()),
    });
    let row = &observation.quote;
    let words = match (observation.citation, lang) {
        (Citation::Quote, _) => return None,
        (Citation::TableRow, Lang::Vi) => format!("Giá trị của bảng, hàng “{row}”"),
        (Citation::TableRow, Lang::En) => format!("Value of a table, row “{row}”"),
        (Citation::DerivedRank, Lang::Vi) => format!(
            "Thứ hạng {} (tính từ điểm của bảng đủ {} tỉnh, thành phố; không phải hạng in sẵn), hàng “{row}”",
            derived_basis(lang),
            observation.group.unwrap_or(63)
        ),
        (Citation::DerivedRank, Lang::En) => format!(
            "Rank {} (worked out from the complete table of {} provinces' scores; not a printed rank), row “{row}”",
            derived_basis(lang),
            observation.group.unwrap_or(63)
        ),
    };
    Some(match copy_words {
        Some(copy) => format!("{words}; {copy}"),
        None => words,
    })
}
