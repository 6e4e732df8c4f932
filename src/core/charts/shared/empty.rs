//! Why a chart has nothing to draw: no place selected, no value for the choice, or
//! values only for areas of a person's own that only the ranking and table show.
//! Every chart type says it the same way, in the chart's place.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::IndicatorIx;
use crate::core::text::i18n::{self, Text};
use crate::core::view::state::Lang;

/// Why there is no chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmptyReason {
    NoProvinces,
    NoData,
    /// The indicator has values only for a person's own areas (districts, communes),
    /// which the ranking and the table show and no map or line draws.
    OwnAreasOnly,
    /// The two years of a change lie across a publisher's change of method.
    MethodBreak,
    /// The two years of a change on the map of the 34 lie across the 2025 merger.
    Merger,
}

impl EmptyReason {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            EmptyReason::NoProvinces => i18n::text(lang, Text::EmptySelection),
            EmptyReason::NoData => i18n::text(lang, Text::NoDataForChoice),
            EmptyReason::OwnAreasOnly => match lang {
                Lang::Vi => "Chỉ số này chỉ có số liệu cho các khu vực của bạn (huyện, xã…): xem ở dạng Xếp hạng hoặc Bảng. Bản đồ và biểu đồ đường chỉ vẽ tỉnh, thành phố.",
                Lang::En => "This indicator has values only for your own areas (districts, communes…): see them in the Ranking or the Table. The map and the line chart draw provinces only.",
            },
            EmptyReason::MethodBreak => match lang {
                Lang::Vi => "Không tính thay đổi giữa hai năm này: nhà xuất bản đã đổi phương pháp ở giữa (PCI năm 2017, PAPI năm 2018), hai đầu không so sánh được. Hãy chọn hai năm cùng một phương pháp.",
                Lang::En => "No change is computed between these two years: the publisher changed its method in between (PCI in 2017, PAPI in 2018), so the two ends are not comparable. Choose two years of the same method.",
            },
            EmptyReason::Merger => match lang {
                Lang::Vi => "Không tính thay đổi qua đợt sáp nhập 2025: 34 đơn vị mới không có số liệu năm đầu. Hãy so sánh trên bản đồ 63 tỉnh, thành phố.",
                Lang::En => "No change is computed across the 2025 merger: the 34 new units have no values for the first year. Compare on the map of the 63 provinces.",
            },
        }
    }

    /// Why an indicator has nothing to draw on a map or a line: values only for a
    /// person's own areas, or none for the choice.
    pub fn no_values(dataset: &Dataset, indicator: IndicatorIx) -> EmptyReason {
        if dataset.only_own_areas(indicator) {
            EmptyReason::OwnAreasOnly
        } else {
            EmptyReason::NoData
        }
    }
}
