//! Reads a value as a source printed it — `0,3504`, `45.000`, `17,5%`, `342,78 triệu`,
//! `thứ ba`, `forty-first`, `đứng đầu` — to check it against the number recorded.

/// Which separators a text uses for thousands and decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// `1.234,5`
    Vietnamese,
    /// `1,234.5`
    English,
}

impl NumberStyle {
    /// The style of a quote: Vietnamese if it has Vietnamese letters, else English.
    pub fn of(text: &str) -> NumberStyle {
        const MARKED: &str = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
        let vietnamese = text
            .chars()
            .flat_map(char::to_lowercase)
            .any(|c| MARKED.contains(c));
        if vietnamese {
            NumberStyle::Vietnamese
        } else {
            NumberStyle::English
        }
    }
}

/// Whether `printed` reads as `value`. Digits are read in `style` (`45.000` is 45000
/// in a Vietnamese quote), or in the other style only where `style` cannot read them
/// (`31.3%` in a Vietnamese quote); a following `triệu`, `nghìn`, `tỷ`, `million`,
/// `billion` or `thousand` multiplies. Ordinal words are read too; "cuối" (last) means
/// the last rank of the group.
pub fn reads_as(printed: &str, value: f64, group: Option<u8>, style: NumberStyle) -> bool {
    let close = |read: f64| (read - value).abs() <= 1e-9 * value.abs().max(1.0);
    let as_digits = first_number(printed).is_some_and(|(digits, rest)| {
        let factor = multiplier(rest);
        reading(digits, style).is_some_and(|read| close(read * factor))
    });
    as_digits || ordinal_words(printed, group).is_some_and(close)
}

/// The first run of digits (with separators inside it) and the text after it.
fn first_number(text: &str) -> Option<(&str, &str)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let tail = &text[start..];
    let len = tail
        .char_indices()
        .take_while(|&(i, c)| {
            c.is_ascii_digit()
                || ((c == '.' || c == ',')
                    && tail[i + 1..].starts_with(|n: char| n.is_ascii_digit()))
        })
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some((&tail[..len], &tail[len..]))
}

/// The number read in `style`, or in the other style where `style` cannot read it. A
/// group separator must be followed by exactly three digits, so `17,5` is never 175.
fn reading(digits: &str, style: NumberStyle) -> Option<f64> {
    let read = |group: char, decimal: char| -> Option<f64> {
        let (whole, fraction) = match digits.rsplit_once(decimal) {
            Some((whole, fraction)) if !fraction.contains(group) => (whole, Some(fraction)),
            Some(_) => return None,
            None => (digits, None),
        };
        let mut groups = whole.split(group);
        let first = groups.next()?;
        let grouped = whole.contains(group);
        // Grouped thousands start with 1–3 digits and never with a lone 0 ("0,602").
        let first_ok = !first.is_empty() && (!grouped || (first.len() <= 3 && first != "0"));
        if !first_ok || whole.contains(decimal) || !groups.all(|g| g.len() == 3) {
            return None;
        }
        let mut text: String = whole.chars().filter(|&c| c != group).collect();
        if let Some(fraction) = fraction {
            text.push('.');
            text.push_str(fraction);
        }
        text.parse().ok()
    };
    let (vietnamese, english) = (|| read('.', ','), || read(',', '.'));
    match style {
        NumberStyle::Vietnamese => vietnamese().or_else(english),
        NumberStyle::English => english().or_else(vietnamese),
    }
}

fn multiplier(rest: &str) -> f64 {
    let word = rest.trim_start().to_lowercase();
    let scales = [
        ("triệu", 1e6),
        ("million", 1e6),
        ("nghìn", 1e3),
        ("ngàn", 1e3),
        ("thousand", 1e3),
        ("tỷ", 1e9),
        ("billion", 1e9),
    ];
    scales
        .iter()
        .find(|(name, _)| word.starts_with(name))
        .map_or(1.0, |&(_, factor)| factor)
}

const FIRST_PLACE: [&str; 5] = ["đứng đầu", "dẫn đầu", "quán quân", "hạng nhất", "thứ nhất"];
const FIRST_PLACE_WORDS: [&str; 2] = ["topped", "led"];
/// Vietnamese number words, with their value as a unit digit.
const VI_DIGITS: [(&str, u32); 13] = [
    ("một", 1),
    ("mốt", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("tư", 4),
    ("năm", 5),
    ("lăm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("nhì", 2),
];
const EN_ORDINALS: [(&str, u32); 19] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
];
const EN_TENS: [(&str, &str, u32); 5] = [
    ("twenty", "twentieth", 20),
    ("thirty", "thirtieth", 30),
    ("forty", "fortieth", 40),
    ("fifty", "fiftieth", 50),
    ("sixty", "sixtieth", 60),
];

/// A Vietnamese ordinal after "thứ" or "hạng": `nhất`, `hai`, `mười hai`, `hai mươi mốt`.
fn vietnamese_number(words: &[&str]) -> Option<u32> {
    if words.first() == Some(&"nhất") {
        return Some(1);
    }
    let digit = |w: &str| VI_DIGITS.iter().find(|(d, _)| *d == w).map(|&(_, n)| n);
    match words {
        ["mười", unit, ..] if digit(unit).is_some() => Some(10 + digit(unit)?),
        ["mười", ..] => Some(10),
        [tens, "mươi", unit, ..] if digit(unit).is_some() => {
            Some(digit(tens)? * 10 + digit(unit)?)
        }
        [tens, "mươi", ..] => Some(digit(tens)? * 10),
        [unit, ..] => digit(unit),
        [] => None,
    }
}

/// An English ordinal: `third`, `forty-first`, `twenty first`, `thirtieth`.
fn english_number(words: &[&str]) -> Option<u32> {
    let ordinal = |w: &str| {
        EN_ORDINALS[..9]
            .iter()
            .find(|(o, _)| *o == w)
            .map(|&(_, n)| n)
    };
    words.iter().enumerate().find_map(|(i, word)| {
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        if let Some(&(_, _, tens)) = EN_TENS.iter().find(|(_, nth, _)| *nth == word) {
            return Some(tens);
        }
        if let Some((tens, unit)) = word.split_once('-') {
            let tens = EN_TENS.iter().find(|(t, _, _)| *t == tens)?.2;
            return Some(tens + ordinal(unit)?);
        }
        if let Some(&(_, _, tens)) = EN_TENS.iter().find(|(t, _, _)| *t == word) {
            let next = words
                .get(i + 1)
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
            return Some(tens + next.and_then(ordinal).unwrap_or(0));
        }
        EN_ORDINALS
            .iter()
            .find(|(o, _)| *o == word)
            .map(|&(_, n)| n)
    })
}

fn ordinal_words(printed: &str, group: Option<u8>) -> Option<f64> {
    let text = printed.to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let first_word = words.iter().any(|w| FIRST_PLACE_WORDS.contains(w));
    if first_word || FIRST_PLACE.iter().any(|w| text.contains(w)) {
        return Some(1.0);
    }
    if text.contains("cuối") {
        return group.map(f64::from);
    }
    let after_marker = words
        .iter()
        .position(|w| *w == "thứ" || *w == "hạng")
        .and_then(|i| vietnamese_number(&words[i + 1..]));
    after_marker
        .or_else(|| english_number(&words))
        .map(f64::from)
}

#[cfg(test)]
mod tests {
    use super::{reads_as, NumberStyle};

    #[test]
    fn reads_printed_values() {
        let vi = NumberStyle::Vietnamese;
        let en = NumberStyle::English;
        let yes: &[(&str, f64, Option<u8>, NumberStyle)] = &[
            ("0,3504", 0.3504, None, vi),
            ("0.3504", 0.3504, None, en),
            ("45.000", 45000.0, None, vi),
            ("45,000", 45000.0, None, en),
            ("17,5%", 17.5, None, vi),
            ("1.711", 1711.0, None, vi),
            ("342,78 triệu", 342_780_000.0, None, vi),
            ("4,3 triệu", 4_300_000.0, None, vi),
            ("31.3%", 31.3, None, vi),
            ("0,602", 0.602, None, en),
            ("40/63", 40.0, Some(63), vi),
            ("thứ 15", 15.0, Some(63), vi),
            ("4位", 4.0, Some(63), en),
            ("27th", 27.0, Some(63), en),
            ("thứ ba", 3.0, Some(63), vi),
            ("xếp thứ nhất", 1.0, Some(63), vi),
            ("đứng đầu cả nước", 1.0, Some(63), vi),
            ("dẫn đầu nhóm 63", 1.0, Some(63), vi),
            ("đứng cuối bảng xếp hạng", 63.0, Some(63), vi),
            ("xếp thứ mười hai", 12.0, Some(63), vi),
            ("thứ hai mươi mốt", 21.0, Some(63), vi),
            ("thứ ba mươi", 30.0, Some(63), vi),
            ("forty-first", 41.0, Some(63), en),
            ("twenty first", 21.0, Some(63), en),
            ("thirtieth", 30.0, Some(63), en),
            ("sixty-second", 62.0, Some(63), en),
            ("second place", 2.0, Some(63), en),
        ];
        for &(printed, value, group, style) in yes {
            assert!(
                reads_as(printed, value, group, style),
                "{printed:?} should read as {value}"
            );
        }
        let no: &[(&str, f64, Option<u8>, NumberStyle)] = &[
            ("0,3504", 0.3505, None, vi),
            ("45.000", 45.0, None, vi),
            ("45.000", 4500.0, None, vi),
            ("45,000", 45.0, None, en),
            ("17,5%", 175.0, None, vi),
            ("thứ ba", 4.0, Some(63), vi),
            ("dẫn đầu", 2.0, Some(63), vi),
            ("sixty-second", 63.0, Some(63), en),
            ("xếp thứ mười hai", 10.0, Some(63), vi),
            ("thứ hai mươi mốt", 2.0, Some(63), vi),
            ("many", 3.0, None, en),
            ("0,602", 602.0, None, en),
        ];
        for &(printed, value, group, style) in no {
            assert!(
                !reads_as(printed, value, group, style),
                "{printed:?} must not read as {value}"
            );
        }
    }

    #[test]
    fn the_quote_decides_the_number_style() {
        assert_eq!(NumberStyle::of("đạt 45.000 lượt"), NumberStyle::Vietnamese);
        assert_eq!(
            NumberStyle::of("scored 0.4880 points"),
            NumberStyle::English
        );
        assert_eq!(NumberStyle::of("最下位は0.2108点"), NumberStyle::English);
    }
}
