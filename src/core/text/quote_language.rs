//! The language a quote is written in, told from its letters, so that a quote in another
//! language than the page is labelled ("trích nguyên văn tiếng Anh") and marked with its
//! own `lang` for screen readers. Quotes are verbatim: they are never translated.

use crate::core::view::state::Lang;

/// The languages the sources are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteLanguage {
    Vietnamese,
    English,
    Japanese,
    Chinese,
}

impl QuoteLanguage {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            QuoteLanguage::Vietnamese => "vi",
            QuoteLanguage::English => "en",
            QuoteLanguage::Japanese => "ja",
            QuoteLanguage::Chinese => "zh",
        }
    }
}

/// A Latin letter with a diacritic: among the languages of the sources only Vietnamese
/// has them (ă â đ ê ô ơ ư, and every tone mark: á à ả ã ạ …).
fn is_marked_latin(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c.is_alphabetic()
}

/// The language of `quote`, or `None` for one without letters to tell by. Kana make it
/// Japanese and ideographs Chinese; otherwise it is Vietnamese when at least a quarter of
/// its words carry diacritics ("Thanh Hóa (0,4880)"), English when fewer do and it has
/// English words (an English sentence may name "Đà Nẵng"), and unknown for names and
/// numbers alone.
pub fn quote_language(quote: &str) -> Option<QuoteLanguage> {
    if quote.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}')) {
        return Some(QuoteLanguage::Japanese);
    }
    if quote.chars().any(|c| matches!(c, '\u{4e00}'..='\u{9fff}')) {
        return Some(QuoteLanguage::Chinese);
    }
    let words: Vec<&str> = quote
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let marked = words
        .iter()
        .filter(|w| w.chars().any(is_marked_latin))
        .count();
    let english = words
        .iter()
        .any(|w| ENGLISH_WORDS.contains(&w.to_lowercase().as_str()));
    if marked > 0 && (marked * 4 >= words.len() || !english) {
        Some(QuoteLanguage::Vietnamese)
    } else if english {
        Some(QuoteLanguage::English)
    } else {
        None // names and numbers only ("11 Long An"): nothing to label
    }
}

/// Words that make a quote English; a row of a table ("Gia Lai 24 (0,602)") has none.
const ENGLISH_WORDS: [&str; 24] = [
    "the",
    "of",
    "and",
    "in",
    "to",
    "with",
    "was",
    "is",
    "has",
    "its",
    "by",
    "for",
    "from",
    "among",
    "ranked",
    "ranking",
    "province",
    "provinces",
    "city",
    "score",
    "points",
    "place",
    "index",
    "digital",
];

/// What to say before a quote in another language than the page, e.g. "Trích nguyên văn
/// tiếng Anh"; `None` when the quote is in the page's language or cannot be told.
pub fn foreign_quote_label(quote: &str, page: Lang) -> Option<&'static str> {
    let language = quote_language(quote)?;
    match (page, language) {
        (Lang::Vi, QuoteLanguage::Vietnamese) | (Lang::En, QuoteLanguage::English) => None,
        (Lang::Vi, QuoteLanguage::English) => Some("Trích nguyên văn tiếng Anh"),
        (Lang::Vi, QuoteLanguage::Japanese) => Some("Trích nguyên văn tiếng Nhật"),
        (Lang::Vi, QuoteLanguage::Chinese) => Some("Trích nguyên văn tiếng Trung"),
        (Lang::En, QuoteLanguage::Vietnamese) => Some("Verbatim quote in Vietnamese"),
        (Lang::En, QuoteLanguage::Japanese) => Some("Verbatim quote in Japanese"),
        (Lang::En, QuoteLanguage::Chinese) => Some("Verbatim quote in Chinese"),
    }
}
