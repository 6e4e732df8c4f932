//! Every piece of UI text in both languages, from one table, plus the names of the
//! things the data describes. Vietnamese is the default; nothing here is English-only.

use super::model::{Indicator, Pillar, Province, Region, Unit};
use super::url::{NoticeReason, UrlNotice};
use super::view::Lang;

/// A fixed piece of UI text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    AppTitle,
    Tagline,
    Loading,
    Provinces,
    SearchProvinces,
    NoProvinceMatches,
    ClearProvinces,
    Indicator,
    Years,
    FromYear,
    ToYear,
    CopyLink,
    LinkCopied,
    CopyManually,
    EmptySelection,
    NoDataForChoice,
    Year,
    LinkProblems,
    Dismiss,
    OtherLanguage,
    DataProblems,
    Source,
    SelectedProvinces,
}

/// The text in the given language.
pub fn text(lang: Lang, key: Text) -> &'static str {
    let (vi, en) = match key {
        Text::AppTitle => ("CĐS Explorer", "CĐS Explorer"),
        Text::Tagline => (
            "Chỉ số chuyển đổi số của các tỉnh, thành phố Việt Nam",
            "Digital transformation indicators of Vietnam's provinces",
        ),
        Text::Loading => ("Đang tải…", "Loading…"),
        Text::Provinces => ("Tỉnh, thành phố", "Provinces"),
        Text::SearchProvinces => ("Tìm tỉnh, thành phố…", "Search provinces…"),
        Text::NoProvinceMatches => ("Không tìm thấy tỉnh, thành phố nào", "No province matches"),
        Text::ClearProvinces => ("Bỏ chọn tất cả", "Clear all"),
        Text::Indicator => ("Chỉ số", "Indicator"),
        Text::Years => ("Giai đoạn", "Years"),
        Text::FromYear => ("Từ năm", "From"),
        Text::ToYear => ("Đến năm", "To"),
        Text::CopyLink => ("Sao chép liên kết", "Copy link"),
        Text::LinkCopied => ("Đã sao chép liên kết", "Link copied"),
        Text::CopyManually => (
            "Không sao chép tự động được. Hãy sao chép liên kết này:",
            "The link could not be copied automatically. Copy it from here:",
        ),
        Text::EmptySelection => (
            "Chưa chọn tỉnh, thành phố nào. Hãy chọn ít nhất một tỉnh để xem biểu đồ.",
            "No province is selected. Pick at least one province to see the chart.",
        ),
        Text::NoDataForChoice => (
            "Không có số liệu cho lựa chọn này. Hãy thử chỉ số, giai đoạn hoặc tỉnh khác.",
            "There is no data for this choice. Try another indicator, years or provinces.",
        ),
        Text::Year => ("Năm", "Year"),
        Text::LinkProblems => (
            "Một phần của liên kết không dùng được và đã bị bỏ qua:",
            "Part of the link could not be used and was ignored:",
        ),
        Text::Dismiss => ("Đóng", "Dismiss"),
        Text::OtherLanguage => ("English", "Tiếng Việt"),
        Text::DataProblems => (
            "Một số dòng dữ liệu bị lỗi và đã bị bỏ qua:",
            "Some data rows are broken and were left out:",
        ),
        Text::Source => ("Nguồn", "Source"),
        Text::SelectedProvinces => ("Đã chọn", "Selected"),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

pub fn province_name(province: &Province, lang: Lang) -> &str {
    match lang {
        Lang::Vi => &province.name_vi,
        Lang::En => &province.name_en,
    }
}

pub fn indicator_name(indicator: &Indicator, lang: Lang) -> &str {
    match lang {
        Lang::Vi => &indicator.name_vi,
        Lang::En => &indicator.name_en,
    }
}

pub fn indicator_description(indicator: &Indicator, lang: Lang) -> &str {
    match lang {
        Lang::Vi => &indicator.description_vi,
        Lang::En => &indicator.description_en,
    }
}

/// The unit as an axis title shows it.
pub fn unit_label(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::Score, Lang::Vi) => "điểm (0–1)",
        (Unit::Score, Lang::En) => "score (0–1)",
        (Unit::Rank, Lang::Vi) => "thứ hạng (1 = cao nhất)",
        (Unit::Rank, Lang::En) => "rank (1 = best)",
    }
}

pub fn pillar_name(pillar: Pillar, lang: Lang) -> &'static str {
    match (pillar, lang) {
        (Pillar::Overall, Lang::Vi) => "DTI tổng thể",
        (Pillar::Overall, Lang::En) => "Overall DTI",
        (Pillar::Government, Lang::Vi) => "Chính quyền số",
        (Pillar::Government, Lang::En) => "Digital government",
        (Pillar::Economy, Lang::Vi) => "Kinh tế số",
        (Pillar::Economy, Lang::En) => "Digital economy",
        (Pillar::Society, Lang::Vi) => "Xã hội số",
        (Pillar::Society, Lang::En) => "Digital society",
    }
}

pub fn region_name(region: Region, lang: Lang) -> &'static str {
    match (region, lang) {
        (Region::NorthernMidlandsMountains, Lang::Vi) => "Trung du và miền núi phía Bắc",
        (Region::NorthernMidlandsMountains, Lang::En) => "Northern Midlands and Mountains",
        (Region::RedRiverDelta, Lang::Vi) => "Đồng bằng sông Hồng",
        (Region::RedRiverDelta, Lang::En) => "Red River Delta",
        (Region::NorthCentralCoast, Lang::Vi) => "Bắc Trung Bộ và duyên hải miền Trung",
        (Region::NorthCentralCoast, Lang::En) => "North Central and Central Coast",
        (Region::CentralHighlands, Lang::Vi) => "Tây Nguyên",
        (Region::CentralHighlands, Lang::En) => "Central Highlands",
        (Region::Southeast, Lang::Vi) => "Đông Nam Bộ",
        (Region::Southeast, Lang::En) => "Southeast",
        (Region::MekongDelta, Lang::Vi) => "Đồng bằng sông Cửu Long",
        (Region::MekongDelta, Lang::En) => "Mekong Delta",
    }
}

/// The label of the button that removes a province from the selection.
pub fn remove_province_label(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Bỏ chọn {name}"),
        Lang::En => format!("Remove {name}"),
    }
}

/// Lists names the way each language does: "A, B và C" / "A, B and C".
pub fn list(names: &[&str], lang: Lang) -> String {
    let and = match lang {
        Lang::Vi => "và",
        Lang::En => "and",
    };
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// One line of the notice about an ignored part of a link.
pub fn notice_text(notice: &UrlNotice, lang: Lang) -> String {
    let value = &notice.value;
    let param = notice.param;
    match (notice.reason, lang) {
        (NoticeReason::UnknownProvince, Lang::Vi) => format!("không có tỉnh, thành phố “{value}” ({param})"),
        (NoticeReason::UnknownProvince, Lang::En) => format!("no province called “{value}” ({param})"),
        (NoticeReason::UnknownIndicator, Lang::Vi) => format!("không có chỉ số “{value}” ({param})"),
        (NoticeReason::UnknownIndicator, Lang::En) => format!("no indicator called “{value}” ({param})"),
        (NoticeReason::InvalidTime, Lang::Vi) => format!("“{value}” không phải là năm hay giai đoạn hợp lệ, ví dụ 2022 hoặc 2020..2024 ({param})"),
        (NoticeReason::InvalidTime, Lang::En) => format!("“{value}” is not a year or span such as 2022 or 2020..2024 ({param})"),
        (NoticeReason::TimeOutsideData, Lang::Vi) => format!("chưa có số liệu nào trong giai đoạn “{value}” ({param})"),
        (NoticeReason::TimeOutsideData, Lang::En) => format!("there is no data for “{value}” ({param})"),
        (NoticeReason::UnknownView, Lang::Vi) => format!("không có kiểu biểu đồ “{value}” ({param})"),
        (NoticeReason::UnknownView, Lang::En) => format!("no chart type called “{value}” ({param})"),
        (NoticeReason::UnknownLang, Lang::Vi) => format!("không hỗ trợ ngôn ngữ “{value}”; dùng vi hoặc en ({param})"),
        (NoticeReason::UnknownLang, Lang::En) => format!("unsupported language “{value}”; use vi or en ({param})"),
        (NoticeReason::Repeated, Lang::Vi) => format!("tham số {param} lặp lại; giá trị “{value}” bị bỏ qua"),
        (NoticeReason::Repeated, Lang::En) => format!("{param} appears twice; “{value}” was ignored"),
    }
}
