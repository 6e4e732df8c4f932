//! The words of the profile view in both languages: the row filter, the cells of a place
//! without a value, the marks of another year and of a later value.

use crate::core::view::state::{Lang, ProfileRows};

/// The filter's label for `rows`, with how many rows it keeps.
pub fn rows_label(rows: ProfileRows, places: usize, count: usize, lang: Lang) -> String {
    let name = match (rows, lang) {
        (ProfileRows::All, Lang::Vi) => "Tất cả",
        (ProfileRows::All, Lang::En) => "All",
        (ProfileRows::WithTarget, Lang::Vi) => "Có mục tiêu",
        (ProfileRows::WithTarget, Lang::En) => "With a target",
        (ProfileRows::InEvery, Lang::Vi) if places > 1 => "Có cả hai tỉnh",
        (ProfileRows::InEvery, Lang::En) if places > 1 => "Both provinces have",
        (ProfileRows::InEvery, Lang::Vi) => "Có số liệu",
        (ProfileRows::InEvery, Lang::En) => "With a value",
    };
    format!("{name} ({count})")
}

/// The name of the filter's group of buttons.
pub fn rows_group(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Lọc chỉ số",
        Lang::En => "Filter indicators",
    }
}

/// The summary of the rows only one of two places has a value for.
pub fn one_sided(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{count} chỉ số chỉ một tỉnh có số liệu"),
        Lang::En if count == 1 => "1 indicator only one province has".to_string(),
        Lang::En => format!("{count} indicators only one province has"),
    }
}

/// How many rows a group has, after its name.
pub fn group_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{count} chỉ số"),
        Lang::En if count == 1 => "1 indicator".to_string(),
        Lang::En => format!("{count} indicators"),
    }
}

/// A place's cell where it has no value.
pub fn no_value(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Chưa có số liệu",
        Lang::En => "No data",
    }
}

/// The mark on a value of another year than the other place's.
pub fn other_year(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "khác năm",
        Lang::En => "different year",
    }
}

/// A later value than the year compared: "mới nhất 2023: 8".
pub fn newer(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("mới nhất {value}"),
        Lang::En => format!("latest {value}"),
    }
}

/// The message when the filter leaves no row.
pub fn nothing_kept(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Không có chỉ số nào khớp bộ lọc này. Hãy chọn “Tất cả”.",
        Lang::En => "No indicator matches this filter. Choose “All”.",
    }
}

/// Said before a source link's text to screen readers: "Nguồn: ".
pub fn source_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Nguồn: ",
        Lang::En => "Source: ",
    }
}
