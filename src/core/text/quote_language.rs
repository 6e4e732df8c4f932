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

/// Letters only Vietnamese uses among the languages of the sources: ă â đ ê ô ơ ư and
/// the precomposed letters with tone marks (U+1EA0–U+1EF9), in either case.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'ă' | 'â' | 'đ' | 'ê' | 'ô' | 'ơ' | 'ư' | '\u{1ea0}'..='\u{1ef9}'
    )
}

/// The language of `quote`, or `None` for one without letters to tell by.
pub fn quote_language(quote: &str) -> Option<QuoteLanguage> {
    let mut latin = 0usize;
    let mut vietnamese = 0usize;
    let mut ideographs = false;
    for c in quote.chars() {
        match c {
            '\u{3040}'..='\u{30ff}' => return Some(QuoteLanguage::Japanese),
            '\u{4e00}'..='\u{9fff}' => ideographs = true,
            c if is_vietnamese_letter(c) => vietnamese += 1,
            c if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
    }
    if ideographs {
        Some(QuoteLanguage::Chinese)
    } else if vietnamese > 0 {
        Some(QuoteLanguage::Vietnamese)
    } else if latin > 0 {
        Some(QuoteLanguage::English)
    } else {
        None
    }
}

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
