//! Numbers as people read them in each language: `0,6077` and `1.234` in Vietnamese,
//! `0.6077` and `1,234` in English; and spans of years, `2020–2024`.

use crate::core::data::model::{Unit, YearRange};
use crate::core::view::state::Lang;

/// Formats `value` with `decimals` digits after the decimal mark and grouped thousands.
pub fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    let (decimal_mark, group_mark) = match lang {
        Lang::Vi => (',', '.'),
        Lang::En => ('.', ','),
    };
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('−');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group_mark);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal_mark);
        out.push_str(fraction);
    }
    out
}

/// Like [`format_number`], with trailing zero decimals dropped.
pub fn format_trimmed(value: f64, max_decimals: usize, lang: Lang) -> String {
    let decimals = (0..=max_decimals)
        .find(|&d| {
            let scale = 10f64.powi(d as i32);
            ((value * scale).round() - value * scale).abs() < 1e-6
        })
        .unwrap_or(max_decimals);
    format_number(value, decimals, lang)
}

/// A percentage: `17,5 %` in Vietnamese, `17.5%` in English.
fn percent(number: String, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// A value of an indicator as printed in tooltips and tables: scores with four
/// decimals (as the DTI is published), ranks and counts as whole numbers.
pub fn format_value(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Score => format_number(value, 4, lang),
        Unit::Rank => format_number(value, 0, lang),
        Unit::Percent => percent(format_trimmed(value, 2, lang), lang),
        Unit::Count | Unit::Amount => format_trimmed(value, 2, lang),
        Unit::Points | Unit::Points10 => format_number(value, 2, lang),
    }
}

/// An axis tick: fewer decimals than a value, enough to tell round ticks apart.
pub fn format_tick(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Score => format_number(value, 2, lang),
        Unit::Rank | Unit::Count | Unit::Amount => format_trimmed(value, 1, lang),
        Unit::Percent | Unit::Points | Unit::Points10 => format_trimmed(value, 1, lang),
    }
}

/// `2020–2024`, or `2022` for a single year.
pub fn years_text(time: YearRange) -> String {
    if time.start() == time.end() {
        time.start().to_string()
    } else {
        format!("{}–{}", time.start(), time.end())
    }
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st…
pub fn ordinal_en(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_language() {
        let cases = [
            (0.6077, 4, Lang::Vi, "0,6077"),
            (0.6077, 4, Lang::En, "0.6077"),
            (45000.0, 0, Lang::Vi, "45.000"),
            (45000.0, 0, Lang::En, "45,000"),
            (1234567.5, 1, Lang::En, "1,234,567.5"),
            (17.5, 1, Lang::Vi, "17,5"),
            (-3.0, 0, Lang::En, "−3"),
            (-0.0001, 2, Lang::En, "0.00"),
            (999.0, 0, Lang::Vi, "999"),
        ];
        for (value, decimals, lang, expected) in cases {
            assert_eq!(
                format_number(value, decimals, lang),
                expected,
                "{value} {lang:?}"
            );
        }
    }
}
