//! The project's own words inside source titles and publishers ("(không rõ tiêu đề)",
//! "(bản đăng lại)", "trang tổng hợp; báo gốc chưa xác định") in the page's language.
//! Titles and publishers themselves are names and stay as published.

use crate::core::view::state::Lang;

/// Vietnamese annotations and their English, longest first so that a longer phrase is
/// replaced before a phrase inside it.
const ENGLISH: [(&str, &str); 16] = [
    (
        "Bộ dữ liệu DTI cấp tỉnh do letrinhan tổng hợp",
        "Provincial DTI dataset compiled by letrinhan",
    ),
    (
        "đăng lại kết quả của Bộ TT&TT",
        "reprinting the results of the Ministry of Information and Communications",
    ),
    (
        "đăng lại văn bản của UBND tỉnh Gia Lai",
        "reprinting a document of the Gia Lai People's Committee",
    ),
    (
        "đăng lại văn bản của Tỉnh ủy Kiên Giang",
        "reprinting a document of the Kiên Giang Party Committee",
    ),
    (
        "đăng lại bài của Báo Kiên Giang",
        "reprinting an article of Báo Kiên Giang",
    ),
    (
        "trang tổng hợp; báo gốc chưa xác định",
        "aggregator; original newspaper not identified",
    ),
    (
        "trang đăng lại; báo gốc chưa xác định",
        "reprint site; original newspaper not identified",
    ),
    ("tổng hợp của bên thứ ba", "third-party compilation"),
    // A publisher's table that has no title of its own (PCI's yearly workbooks).
    ("bảng tổng hợp các tỉnh", "table of all provinces"),
    ("điểm các tỉnh", "scores of the provinces"),
    ("đăng lại từ Chinhphu.vn", "reprinted from Chinhphu.vn"),
    ("đăng lại trên Báo Mới", "reprinted on Báo Mới"),
    ("(không rõ tiêu đề)", "(title unknown)"),
    ("không ghi tên báo", "newspaper not named"),
    ("(bản đăng lại)", "(reprint)"),
    ("Dữ liệu của bạn", "Your data"),
];

/// A source's title or publisher as the page shows it in `lang`.
pub fn source_text(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => text.to_string(),
        Lang::En => ENGLISH
            .iter()
            .fold(text.to_string(), |text, (vi, en)| text.replace(vi, en)),
    }
}

/// The sources `sources` (indices into `Dataset::sources`) as "title (publisher)", each
/// in `lang`'s words: what a region's average names as where its members' values were read.
pub fn source_titles(
    dataset: &crate::core::data::dataset::Dataset,
    sources: &[usize],
    lang: Lang,
) -> Vec<String> {
    sources
        .iter()
        .filter_map(|&s| dataset.sources().get(s))
        .map(|s| {
            format!(
                "{} ({})",
                source_text(&s.title, lang),
                source_text(&s.publisher, lang)
            )
        })
        .collect()
}
