//! What the import says, in both languages: why a file cannot be read, and why a value
//! was refused, with its line and column.

use super::grid::GridError;
use super::text::TextError;
use super::validate::{Problem, Reason};
use crate::core::data::model::Unit;
use crate::core::text::format::format_value;
use crate::core::view::state::Lang;

/// Why the file could not be read at all.
pub fn grid_error(error: &GridError, lang: Lang) -> String {
    match (error, lang) {
        (GridError::Text(TextError::Empty), Lang::Vi) => "Tệp trống.".to_string(),
        (GridError::Text(TextError::Empty), Lang::En) => "The file is empty.".to_string(),
        (GridError::Text(TextError::NotUnicode { at }), Lang::Vi) => format!(
            "Tệp không phải văn bản UTF-8 hay UTF-16 (byte {at}). Hãy lưu lại dưới dạng “CSV UTF-8” hoặc XLSX."
        ),
        (GridError::Text(TextError::NotUnicode { at }), Lang::En) => format!(
            "The file is not UTF-8 or UTF-16 text (byte {at}). Save it as “CSV UTF-8” or XLSX."
        ),
        (GridError::Csv { line, message }, Lang::Vi) => format!("Tệp CSV hỏng ở dòng {line}: {message}"),
        (GridError::Csv { line, message }, Lang::En) => format!("Broken CSV at line {line}: {message}"),
        (GridError::Workbook(message), Lang::Vi) => format!("Không đọc được bảng tính XLSX: {message}"),
        (GridError::Workbook(message), Lang::En) => format!("The XLSX workbook cannot be read: {message}"),
        (GridError::NoHeader, Lang::Vi) => "Tệp không có dòng tiêu đề nào.".to_string(),
        (GridError::NoHeader, Lang::En) => "The file has no header row.".to_string(),
        (GridError::TooWide(n), Lang::Vi) => format!("Tệp có {n} cột, quá nhiều để đọc."),
        (GridError::TooWide(n), Lang::En) => format!("The file has {n} columns, too many to read."),
    }
}

/// "Dòng 12, cột “Điểm”: “abc” không phải là số."
pub fn problem(problem: &Problem, lang: Lang) -> String {
    let place = match (&problem.column, lang) {
        (Some(column), Lang::Vi) => format!("Dòng {}, cột “{column}”", problem.line),
        (Some(column), Lang::En) => format!("Line {}, column “{column}”", problem.line),
        (None, Lang::Vi) => format!("Dòng {}", problem.line),
        (None, Lang::En) => format!("Line {}", problem.line),
    };
    format!("{place}: {}", reason(&problem.reason, lang))
}

fn reason(reason: &Reason, lang: Lang) -> String {
    let number = |v: f64| format_value(v, Unit::Count, lang);
    match (reason, lang) {
        (Reason::OutOfRange { value, max, .. }, Lang::Vi) if *max == f64::MAX => {
            format!("{} âm, mà số lượng không thể âm.", number(*value))
        }
        (Reason::OutOfRange { value, max, .. }, Lang::En) if *max == f64::MAX => {
            format!("{} is negative, and a count cannot be.", number(*value))
        }
        (Reason::NoPlace, Lang::Vi) => "không có tên tỉnh, thành phố.".to_string(),
        (Reason::NoPlace, Lang::En) => "no province is named.".to_string(),
        (Reason::UnknownPlace(name), Lang::Vi) => {
            format!("không biết “{name}” là tỉnh, thành phố nào.")
        }
        (Reason::UnknownPlace(name), Lang::En) => {
            format!("“{name}” is no province this page knows.")
        }
        (Reason::NoYear, Lang::Vi) => "không có năm: hãy cho biết năm của cột này.".to_string(),
        (Reason::NoYear, Lang::En) => "no year: say which year this column is.".to_string(),
        (Reason::InvalidYear(text), Lang::Vi) => format!("“{text}” không phải là năm (2015–2035)."),
        (Reason::InvalidYear(text), Lang::En) => format!("“{text}” is not a year (2015–2035)."),
        (Reason::PartYear(text), Lang::Vi) => format!(
            "kỳ “{text}” là số liệu một phần năm (nửa năm, lũy kế đến tháng): chỉ nhận số liệu cả năm hoặc tại một thời điểm (as-of)."
        ),
        (Reason::PartYear(text), Lang::En) => format!(
            "the period “{text}” is part of a year (half-year, year to date): only full-year or “as-of” values are taken."
        ),
        (Reason::NotANumber(text), Lang::Vi) => format!("“{text}” không phải là số."),
        (Reason::NotANumber(text), Lang::En) => format!("“{text}” is not a number."),
        (Reason::OutOfRange { value, min, max }, Lang::Vi) => format!(
            "{} nằm ngoài khoảng cho phép của đơn vị ({}–{}).",
            number(*value),
            number(*min),
            number(*max)
        ),
        (Reason::OutOfRange { value, min, max }, Lang::En) => format!(
            "{} is outside its unit's range ({}–{}).",
            number(*value),
            number(*min),
            number(*max)
        ),
        (Reason::NotWhole(value), Lang::Vi) => {
            format!("{} phải là số nguyên (thứ hạng, số lượng).", number(*value))
        }
        (Reason::NotWhole(value), Lang::En) => format!(
            "{} must be a whole number (a rank or a count).",
            number(*value)
        ),
        (Reason::NoIndicator, Lang::Vi) => "không rõ chỉ số của giá trị này.".to_string(),
        (Reason::NoIndicator, Lang::En) => "the value's indicator is not named.".to_string(),
        (Reason::Repeated { first_line }, Lang::Vi) => {
            format!("trùng với dòng {first_line} (giữ giá trị của dòng {first_line}).")
        }
        (Reason::Repeated { first_line }, Lang::En) => {
            format!("repeats line {first_line} (line {first_line}'s value is kept).")
        }
    }
}
