//! The words around the table's change columns: their headings (the same two years on
//! every row), the change in rank as arrows, and how many rows lack an end.

use super::table::{Table, TableRow};
use crate::core::text::format::format_number;
use crate::core::view::state::Lang;

impl Table {
    /// The change column's heading: "Thay đổi 2020–2023" / "Change 2020–2023", the same
    /// two years for every row.
    pub fn change_heading(&self) -> String {
        let span = match (self.years.first(), self.years.last()) {
            (Some(a), Some(b)) if a != b => format!(" {a}–{b}"),
            _ => String::new(),
        };
        match self.lang {
            Lang::Vi => format!("Thay đổi{span}"),
            Lang::En => format!("Change{span}"),
        }
    }

    /// How many rows have no change because a value is missing at one end of the years,
    /// said under the table so that a blank is never read as "no change".
    pub fn missing_ends_note(&self) -> Option<String> {
        if self.years.len() < 2 || self.break_note.is_some() {
            return None;
        }
        let n = self.rows.iter().filter(|r| r.gain.is_none()).count();
        let (a, b) = (self.years.first()?, self.years.last()?);
        (n > 0).then(|| match self.lang {
            Lang::Vi => format!(
                "{} dòng không có giá trị năm {a} hoặc năm {b}: không tính thay đổi.",
                format_number(n as f64, 0, self.lang)
            ),
            Lang::En if n == 1 => {
                format!("1 row has no value for {a} or {b}: no change is computed.")
            }
            Lang::En => format!(
                "{} rows have no value for {a} or {b}: no change is computed.",
                format_number(n as f64, 0, self.lang)
            ),
        })
    }

    /// The change-in-rank column's heading: "Thay đổi hạng 2022–2023".
    pub fn rank_change_heading(&self) -> String {
        let span = match (self.years.first(), self.years.last()) {
            (Some(a), Some(b)) => format!(" {a}–{b}"),
            _ => String::new(),
        };
        match self.lang {
            Lang::Vi => format!("Thay đổi hạng{span}"),
            Lang::En => format!("Change in rank{span}"),
        }
    }

    /// A row's move in rank: "▲18", "▼9", "="; empty where an end has no rank.
    pub fn rank_change_text(&self, row: &TableRow) -> String {
        row.rank_gain
            .map(crate::core::query::change::arrow)
            .unwrap_or_default()
    }
}
