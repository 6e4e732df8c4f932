//! Numbers as people read them in each language: `0,6077` and `1.234` in Vietnamese,
//! `0.6077` and `1,234` in English.

use super::model::Unit;
use super::view::Lang;

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

/// A value of an indicator as printed in tooltips and tables: scores with four
/// decimals (as the DTI is published), ranks as whole numbers.
pub fn format_value(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Score => format_number(value, 4, lang),
        Unit::Rank => format_number(value, 0, lang),
    }
}

/// An axis tick: fewer decimals than a value, enough to tell ticks apart.
pub fn format_tick(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Score => format_number(value, 2, lang),
        Unit::Rank => format_number(value, 0, lang),
    }
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
