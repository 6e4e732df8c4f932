//! What the data says about itself beside its values: where a family of indicators
//! changed its method (no line or change crosses such a break without saying so), and
//! which areas a publisher's table leaves out of a year, and why.

use super::model::{Area, Year};

/// A family's change of method: values before `year` and from `year` on are not
/// comparable.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodBreak {
    /// The ids of the family's indicators start with this (`pci-`, `papi-`).
    pub indicator_prefix: String,
    /// The first year of the new method.
    pub year: Year,
    /// "đổi phương pháp 2017" / "method changed in 2017".
    pub note_vi: String,
    pub note_en: String,
}

impl MethodBreak {
    /// Whether the break lies between two years of `indicator_id` (in either order).
    pub fn separates(&self, indicator_id: &str, a: Year, b: Year) -> bool {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        indicator_id.starts_with(&self.indicator_prefix) && early < self.year && self.year <= late
    }
}

/// An area a publisher's table leaves out of a year.
#[derive(Debug, Clone, PartialEq)]
pub struct MissingValues {
    pub indicator_prefix: String,
    pub area: Area,
    pub year: Year,
    /// Why, in the publisher's words where known ("không đưa vào đánh giá do dữ liệu
    /// khảo sát không chính xác"), or that the reason is not known.
    pub reason_vi: String,
    pub reason_en: String,
    /// The publisher excluded the area from the year (PAPI 2022: Bắc Giang, Bắc Ninh):
    /// whatever values a copy of its table still holds are left out, never shown.
    pub excluded: bool,
}

impl MissingValues {
    /// Whether this entry covers a value of `indicator_id` for `area` in `year`.
    pub fn covers(&self, indicator_id: &str, area: Area, year: Year) -> bool {
        self.area == area && self.year == year && indicator_id.starts_with(&self.indicator_prefix)
    }
}
