//! Why a chart has nothing to draw: no place selected, or no value for the choice.
//! Every chart type says it the same way, in the chart's place.

use crate::core::text::i18n::{self, Text};
use crate::core::view::state::Lang;

/// Why there is no chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmptyReason {
    NoProvinces,
    NoData,
}

impl EmptyReason {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            EmptyReason::NoProvinces => i18n::text(lang, Text::EmptySelection),
            EmptyReason::NoData => i18n::text(lang, Text::NoDataForChoice),
        }
    }
}
