//! Text that strangers control — values from a link, names and words from a file —
//! made safe to echo into the page, an SVG or a CSV: one function, used everywhere
//! such text is shown, so that a crafted value cannot pass for something it is not.
//!
//! [`shown`] removes control characters, bidirectional overrides and isolates, and
//! zero-width and other invisible format characters; keeps at most two combining marks
//! on a letter (Vietnamese needs two: "ệ" is e + circumflex + dot below), so that a
//! stack of accents cannot climb over the page; and cuts the text to a number of
//! letters (a letter and its marks count as one), marking the cut with "…".

/// Combining marks a letter may carry; more are dropped.
const MAX_MARKS: usize = 2;

/// Whether `c` is a control, a bidirectional control, or an invisible format character.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}'               // soft hyphen
            | '\u{061C}'             // Arabic letter mark
            | '\u{115F}' | '\u{1160}' // Hangul fillers
            | '\u{180E}'             // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}' // zero-width space, joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // embeddings and overrides
            | '\u{2060}'..='\u{206F}' // word joiner, invisible operators, isolates
            | '\u{3164}'             // Hangul filler
            | '\u{FE00}'..='\u{FE0F}' // variation selectors
            | '\u{FEFF}'             // zero-width no-break space
            | '\u{FFA0}'             // half-width Hangul filler
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotations
            | '\u{E0000}'..='\u{E007F}' // tags
        )
}

/// Whether `c` is a combining mark (the common blocks).
pub fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
    )
}

/// `text` safe to show: hidden characters removed, at most two marks per letter, cut
/// to `max_letters` letters with "…" where it was cut. Runs in time linear in the text
/// (it stops reading at the cut).
pub fn shown(text: &str, max_letters: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_letters * 4 + 3));
    let mut letters = 0;
    let mut marks = 0;
    let mut cut = false;
    for c in text.chars() {
        if is_hidden(c) {
            continue;
        }
        if is_mark(c) {
            if letters > 0 && marks < MAX_MARKS {
                out.push(c);
                marks += 1;
            }
            continue;
        }
        if letters == max_letters {
            cut = true;
            break;
        }
        out.push(c);
        letters += 1;
        marks = 0;
    }
    if cut {
        out.push('…');
    }
    out
}

/// A CSV cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or
/// a carriage return first) gets a leading apostrophe, so that it stays text.
pub fn csv_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// Whether `address` is a web address that may be linked: `http://` or `https://`
/// followed by a host, with no spaces or hidden characters.
pub fn is_web_address(address: &str) -> bool {
    let lower = address.get(..8).unwrap_or(address).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &address[8..]
    } else if lower.starts_with("http://") {
        &address[7..]
    } else {
        return false;
    };
    !rest.is_empty()
        && !rest.starts_with('/')
        && !address.chars().any(|c| c.is_whitespace() || is_hidden(c))
}
