//! Reads a value as a source printed it — `0,3504`, `45.000`, `17,5%`, `342,78 triệu`,
//! `thứ ba`, `forty-first`, `đứng đầu` — to check it against the number recorded.

/// Whether `printed` reads as `value`. Digits are read with both Vietnamese
/// (`1.234,5`) and English (`1,234.5`) separators; a following `triệu`, `nghìn`,
/// `tỷ`, `million`, `billion` or `thousand` multiplies. Without digits, ordinal words
/// are read; "cuối" (last) means the last rank of the group.
pub fn reads_as(printed: &str, value: f64, group: Option<u8>) -> bool {
    let close = |read: f64| (read - value).abs() <= 1e-9 * value.abs().max(1.0);
    let as_digits = first_number(printed).is_some_and(|(digits, rest)| {
        let factor = multiplier(rest);
        readings(digits)
            .into_iter()
            .any(|read| close(read * factor))
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

/// The number read with Vietnamese separators, and with English ones. A group
/// separator must be followed by exactly three digits, so `17,5` is never 175.
fn readings(digits: &str) -> Vec<f64> {
    let read = |group: char, decimal: char| -> Option<f64> {
        let (whole, fraction) = match digits.rsplit_once(decimal) {
            Some((whole, fraction)) if !fraction.contains(group) => (whole, Some(fraction)),
            Some(_) => return None,
            None => (digits, None),
        };
        let mut groups = whole.split(group);
        let first = groups.next()?;
        let grouped_ok = groups.all(|g| g.len() == 3);
        if !grouped_ok || whole.contains(decimal) || first.is_empty() {
            return None;
        }
        let mut text: String = whole.chars().filter(|&c| c != group).collect();
        if let Some(fraction) = fraction {
            text.push('.');
            text.push_str(fraction);
        }
        text.parse().ok()
    };
    [read('.', ','), read(',', '.')]
        .into_iter()
        .flatten()
        .collect()
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
const VI_ORDINALS: [(&str, f64); 11] = [
    ("nhất", 1.0),
    ("nhì", 2.0),
    ("hai", 2.0),
    ("ba", 3.0),
    ("tư", 4.0),
    ("năm", 5.0),
    ("sáu", 6.0),
    ("bảy", 7.0),
    ("tám", 8.0),
    ("chín", 9.0),
    ("mười", 10.0),
];
const EN_ORDINALS: [(&str, f64); 20] = [
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
];
const EN_TENS: [(&str, f64); 5] = [
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
];

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
    // Vietnamese: the word after "thứ" or "hạng".
    for pair in words.windows(2) {
        if pair[0] == "thứ" || pair[0] == "hạng" {
            if let Some(&(_, n)) = VI_ORDINALS.iter().find(|(w, _)| *w == pair[1]) {
                return Some(n);
            }
        }
    }
    // English: "first" … "twentieth", and "forty-first" style compounds.
    words.iter().find_map(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        if let Some((tens, unit)) = word.split_once('-') {
            let tens = EN_TENS.iter().find(|(w, _)| *w == tens)?.1;
            let unit = EN_ORDINALS[..9].iter().find(|(w, _)| *w == unit)?.1;
            return Some(tens + unit);
        }
        EN_ORDINALS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, n)| n)
    })
}

#[cfg(test)]
mod tests {
    use super::reads_as;

    #[test]
    fn reads_printed_values() {
        let yes: &[(&str, f64, Option<u8>)] = &[
            ("0,3504", 0.3504, None),
            ("0.3504", 0.3504, None),
            ("45.000", 45000.0, None),
            ("45,000", 45000.0, None),
            ("17,5%", 17.5, None),
            ("1.711", 1711.0, None),
            ("342,78 triệu", 342_780_000.0, None),
            ("4,3 triệu", 4_300_000.0, None),
            ("40/63", 40.0, Some(63)),
            ("thứ 15", 15.0, Some(63)),
            ("4位", 4.0, Some(63)),
            ("27th", 27.0, Some(63)),
            ("thứ ba", 3.0, Some(63)),
            ("xếp thứ nhất", 1.0, Some(63)),
            ("đứng đầu cả nước", 1.0, Some(63)),
            ("forty-first", 41.0, Some(63)),
            ("second place", 2.0, Some(63)),
            ("đứng cuối bảng xếp hạng", 63.0, Some(63)),
            ("dẫn đầu nhóm 63", 1.0, Some(63)),
        ];
        for &(printed, value, group) in yes {
            assert!(
                reads_as(printed, value, group),
                "{printed:?} should read as {value}"
            );
        }
        let no: &[(&str, f64, Option<u8>)] = &[
            ("0,3504", 0.3505, None),
            ("45.000", 4500.0, None),
            ("17,5%", 175.0, None),
            ("thứ ba", 4.0, Some(63)),
            ("dẫn đầu", 2.0, Some(63)),
            ("sixty-second", 63.0, Some(63)),
            ("many", 3.0, None),
        ];
        for &(printed, value, group) in no {
            assert!(
                !reads_as(printed, value, group),
                "{printed:?} must not read as {value}"
            );
        }
    }
}
