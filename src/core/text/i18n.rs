//! Every piece of UI text in both languages, from one table, plus the names of the
//! things the data describes. Vietnamese is the default; nothing here is English-only.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Indicator, Pillar, Province, Region, Unit};
use crate::core::view::state::Lang;
use crate::core::view::url::{NoticeReason, UrlNotice};

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
    Summary,
    CopySummary,
    SummaryCopied,
    CopyManually,
    EmptySelection,
    NoDataForChoice,
    Year,
    LinkProblems,
    Dismiss,
    AveragesShownElsewhere,
    OtherLanguage,
    DataProblems,
    Source,
    SelectedProvinces,
    National,
    Controls,
    TabRanking,
    TabTable,
    TabMap,
    Play,
    ChartKeys,
    UnitsLabel,
    Units63,
    Units34,
    TabProfile,
    TabSlope,
    TabScatter,
    ProfileEmpty,
    LatestValue,
    Trend,
    Target,
    Pause,
    Change,
    SearchTable,
    NoTableRows,
    Region,
    AllRegions,
    Definition,
    UnitHeading,
    Direction,
    Group,
    YearsCovered,
    Sources,
    ValuesForSelection,
    Place,
    Period,
    Kind,
    Value,
    Quote,
    ShownOnChart,
    NoValues,
    ValuesCount,
    SourceArticle,
    CoverageCaption,
    PlacesWithValue,
    TabChart,
    TabSources,
    TabCoverage,
    Views,
    Share,
    Download,
    ViewLink,
    QrCaption,
    QrAlt,
    QrTooLong,
    EmbedCode,
    CopyEmbed,
    EmbedCopied,
    OpenInExplorer,
    DownloadPng,
    DownloadSvg,
    DownloadCsv,
    DownloadSummaryCsv,
    DownloadWideCsv,
    NoImageForView,
    DownloadFailed,
    NoValuesThisYear,
    FilterIndicators,
    IndicatorMatches,
    NoIndicatorMatches,
    TargetYear,
    NotShownThisYear,
    CoverageRegion,
    LinkUsesYourData,
    SourcesRegion,
    TableRegion,
}

/// The text in the given language.
pub fn text(lang: Lang, key: Text) -> &'static str {
    let (vi, en) = match key {
        Text::AppTitle => ("CĐS Explorer", "CĐS Explorer"),
        Text::Tagline => (
            "Chỉ số chuyển đổi số (CĐS) của các tỉnh, thành phố Việt Nam",
            "Digital transformation (chuyển đổi số, CĐS) indicators of Vietnam's provinces",
        ),
        Text::Loading => ("Đang tải…", "Loading…"),
        Text::LinkUsesYourData => (
            "Dạng xem này dùng dữ liệu bạn nhập, chỉ có trên máy này: người nhận liên kết sẽ không thấy nó. Hãy gửi kèm tệp CSV (mục “Tải xuống”) để họ nhập.",
            "This view uses data you imported, which is only on this device: whoever opens the link will not see it. Send the CSV along (under “Download”) for them to import.",
        ),
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
        Text::AveragesShownElsewhere => (
            "Trung bình vùng đã chọn hiện ở biểu đồ đường, bảng xếp hạng và biểu đồ tương quan, không ở dạng xem này.",
            "The selected regions' averages are shown on the line chart, the ranking and the scatter plot, not in this view.",
        ),
        Text::OtherLanguage => ("English", "Tiếng Việt"),
        Text::DataProblems => (
            "Một số dòng dữ liệu bị lỗi và đã bị bỏ qua:",
            "Some data rows are broken and were left out:",
        ),
        Text::Source => ("Nguồn", "Source"),
        Text::SelectedProvinces => ("Đã chọn", "Selected"),
        Text::National => ("Cả nước", "Vietnam"),
        Text::Controls => ("Lựa chọn", "Options"),
        Text::TabRanking => ("Xếp hạng", "Ranking"),
        Text::TabTable => ("Bảng", "Table"),
        Text::TabMap => ("Bản đồ", "Map"),
        Text::Play => ("Chạy qua các năm", "Play through the years"),
        Text::ChartKeys => ("Dùng phím mũi tên để đọc từng giá trị, Enter để chọn tỉnh trên bản đồ, Esc để đóng.", "Use the arrow keys to read each value, Enter to select a province on the map, Esc to close."),
        Text::UnitsLabel => ("Đơn vị hành chính", "Units"),
        Text::Units63 => ("63 tỉnh, thành phố (trước 2025)", "63 provinces (before 2025)"),
        Text::Units34 => ("34 tỉnh, thành phố (từ 1/7/2025)", "34 provinces (from 1 July 2025)"),
        Text::TabProfile => ("Hồ sơ tỉnh", "Profile"),
        Text::TabSlope => ("Hai năm", "Two years"),
        Text::TabScatter => ("Tương quan", "Scatter"),
        Text::ProfileEmpty => ("Hãy chọn một hoặc hai tỉnh, thành phố để xem hồ sơ.", "Pick one or two provinces to see their profile."),
        Text::LatestValue => ("Giá trị mới nhất", "Latest value"),
        Text::Trend => ("Xu hướng", "Trend"),
        Text::Target => ("Mục tiêu · nguồn", "Target · source"),
        Text::Pause => ("Dừng", "Pause"),
        Text::Change => ("Thay đổi", "Change"),
        Text::SearchTable => ("Lọc theo tên…", "Filter by name…"),
        Text::NoTableRows => ("Không có dòng nào khớp.", "No row matches."),
        Text::Region => ("Vùng", "Region"),
        Text::AllRegions => ("Cả nước", "All regions"),
        Text::Definition => ("Định nghĩa", "Definition"),
        Text::UnitHeading => ("Đơn vị", "Unit"),
        Text::Direction => ("Cách đọc", "How to read it"),
        Text::Group => ("Trụ cột, nhóm chỉ số", "Pillar or group"),
        Text::YearsCovered => ("Các năm có số liệu", "Years covered"),
        Text::Sources => ("Nguồn", "Sources"),
        Text::ValuesForSelection => ("Giá trị của các địa phương đã chọn", "Values for the selected places"),
        Text::Place => ("Nơi", "Place"),
        Text::Period => ("Kỳ", "Period"),
        Text::Kind => ("Loại", "Kind"),
        Text::Value => ("Giá trị", "Value"),
        Text::Quote => ("Trích nguyên văn", "Verbatim quote"),
        Text::ShownOnChart => ("đang hiển thị trên biểu đồ", "shown on the chart"),
        Text::NoValues => ("Không có giá trị nào cho các địa phương và năm đã chọn.", "No values for the selected places and years."),
        Text::ValuesCount => ("giá trị", "values"),
        Text::SourceArticle => ("Bài báo nguồn", "Source article"),
        Text::CoverageCaption => ("Số liệu theo năm: ● có giá trị, ◐ chỉ có số liệu một phần năm, ◇ chỉ có mục tiêu, · chưa có", "Data by year: ● value, ◐ part of the year only, ◇ target only, · none"),
        Text::PlacesWithValue => ("Số địa phương có giá trị", "Places with a value"),
        Text::TabChart => ("Biểu đồ", "Chart"),
        Text::TabSources => ("Nguồn", "Sources"),
        Text::TabCoverage => ("Độ phủ số liệu", "Coverage"),
        Text::Views => ("Cách xem", "Views"),
        Text::Share => ("Chia sẻ", "Share"),
        Text::Download => ("Tải xuống", "Download"),
        Text::ViewLink => ("Liên kết tới trang đang xem", "Link to this view"),
        Text::QrCaption => ("Quét mã để mở dạng xem này trên điện thoại", "Scan to open this view on a phone"),
        Text::QrAlt => ("Mã QR của liên kết", "QR code of the link"),
        Text::QrTooLong => ("Liên kết quá dài để tạo mã QR.", "The link is too long for a QR code."),
        Text::EmbedCode => ("Nhúng biểu đồ vào trang web khác", "Embed the chart on another website"),
        Text::CopyEmbed => ("Sao chép mã nhúng", "Copy embed code"),
        Text::EmbedCopied => ("Đã sao chép mã nhúng", "Embed code copied"),
        Text::Summary => ("Tóm tắt", "Summary"),
        Text::CopySummary => ("Sao chép tóm tắt", "Copy the summary"),
        Text::SummaryCopied => ("Đã sao chép tóm tắt", "Summary copied"),
        Text::OpenInExplorer => ("Mở trong CĐS Explorer", "Open in CĐS Explorer"),
        Text::DownloadPng => ("Ảnh PNG", "PNG image"),
        Text::DownloadSvg => ("Ảnh SVG (vector)", "SVG image (vector)"),
        Text::DownloadWideCsv => ("CSV dạng bảng (địa phương × năm)", "CSV as a table (place × year)"),
        Text::DownloadCsv => ("Dữ liệu CSV, kèm nguồn", "CSV data, with sources"),
        Text::DownloadSummaryCsv => ("Tóm tắt CSV, kèm nguồn", "Summary CSV, with sources"),
        Text::NoImageForView => ("Dạng xem này không phải biểu đồ: hãy mở Biểu đồ, Xếp hạng hoặc Bản đồ để lưu ảnh. Dữ liệu CSV của dạng xem này vẫn tải được.", "This view is not a chart: open Chart, Ranking or Map to save an image. The CSV data of this view can still be downloaded."),
        Text::DownloadFailed => ("Không tải xuống được:", "The download failed:"),
        Text::FilterIndicators => ("Lọc chỉ số… (vd. PCI, điểm, trực tuyến)", "Filter indicators… (e.g. PCI, score, online)"),
        Text::IndicatorMatches => ("chỉ số khớp; Enter để chọn chỉ số đầu tiên", "indicators match; Enter picks the first"),
        Text::NoIndicatorMatches => ("Không có chỉ số nào khớp.", "No indicator matches."),
        Text::TableRegion => ("Bảng số liệu, cuộn được", "Data table, scrollable"),
        Text::TargetYear => ("mục tiêu", "target"),
        Text::NotShownThisYear => ("Không có trên biểu đồ năm này", "Not on this year's chart"),
        Text::CoverageRegion => ("Bảng độ phủ số liệu, cuộn được", "Coverage grid, scrollable"),
        Text::SourcesRegion => ("Bảng giá trị và nguồn, cuộn được", "Values and sources, scrollable"),
        Text::NoValuesThisYear => ("Chưa có giá trị nào được công bố cho năm này; hãy chọn năm khác.", "No values were published for this year; pick another year."),
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

/// The name of a province, a post-2025 unit, the whole country, or an area of a person's
/// own (as the file writes it).
pub fn area_name(dataset: &Dataset, area: Area, lang: Lang) -> String {
    match area {
        Area::Province(ix) => dataset
            .province(ix)
            .map(|p| province_name(p, lang).to_string()),
        Area::Merged(ix) => dataset.merged_units().get(ix).map(|u| match lang {
            Lang::Vi => format!("{} (sau sáp nhập)", u.name_vi),
            Lang::En => format!("{} (merged)", u.name_en),
        }),
        Area::National => Some(text(lang, Text::National).to_string()),
        Area::Own(ix) => dataset.own_areas().get(ix).map(|a| a.name.clone()),
        Area::Region(region) => Some(match lang {
            Lang::Vi => format!("Trung bình {}", region_name(region, lang)),
            Lang::En => format!("{} (average)", region_name(region, lang)),
        }),
        Area::Former(ix) => dataset.former_units().get(ix).map(|u| match lang {
            Lang::Vi => format!("{} (cũ, đến {})", u.name_vi, u.until.get(..4).unwrap_or("")),
            Lang::En => format!(
                "{} (former, until {})",
                u.name_en,
                u.until.get(..4).unwrap_or("")
            ),
        }),
    }
    .unwrap_or_default()
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
        (Unit::Percent, Lang::Vi) => "tỷ lệ (%)",
        (Unit::Percent, Lang::En) => "share (%)",
        (Unit::Count, Lang::Vi) => "số lượng",
        (Unit::Count, Lang::En) => "count",
        (Unit::Points, Lang::Vi) => "điểm (0–100)",
        (Unit::Points, Lang::En) => "points (0–100)",
        (Unit::Points10, Lang::Vi) => "điểm (0–10)",
        (Unit::Points10, Lang::En) => "points (0–10)",
        (Unit::Amount, Lang::Vi) => "giá trị",
        (Unit::Amount, Lang::En) => "value",
    }
}

pub fn pillar_name(pillar: Pillar, lang: Lang) -> &'static str {
    match (pillar, lang) {
        (Pillar::Overall, Lang::Vi) => "DTI tổng thể",
        (Pillar::Overall, Lang::En) => "Overall DTI",
        (Pillar::Foundations, Lang::Vi) => "Nền tảng chuyển đổi số (DTI)",
        (Pillar::Foundations, Lang::En) => "DTI foundations",
        (Pillar::Government, Lang::Vi) => "Chính quyền số",
        (Pillar::Government, Lang::En) => "Digital government",
        (Pillar::Economy, Lang::Vi) => "Kinh tế số",
        (Pillar::Economy, Lang::En) => "Digital economy",
        (Pillar::Society, Lang::Vi) => "Xã hội số",
        (Pillar::Society, Lang::En) => "Digital society",
        (Pillar::Administration, Lang::Vi) => "Cải cách hành chính, CNTT",
        (Pillar::Administration, Lang::En) => "Administration and ICT",
        (Pillar::Competitiveness, Lang::Vi) => "Năng lực cạnh tranh (PCI)",
        (Pillar::Competitiveness, Lang::En) => "Competitiveness (PCI)",
        (Pillar::Governance, Lang::Vi) => "Quản trị và hành chính công (PAPI)",
        (Pillar::Governance, Lang::En) => "Governance and public administration (PAPI)",
        (Pillar::Context, Lang::Vi) => "Bối cảnh (Tổng cục Thống kê)",
        (Pillar::Context, Lang::En) => "Context (General Statistics Office)",
        (Pillar::User, Lang::Vi) => "Dữ liệu của bạn",
        (Pillar::User, Lang::En) => "Your data",
    }
}

/// The change control's words: its checkbox's label and the first year's.
pub fn change_control_words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Vi => ("So sánh hai năm", "So với năm"),
        Lang::En => ("Compare two years", "Compared with"),
    }
}

/// The scatter plot's controls' words: the horizontal axis's label, the trails' and the
/// bubbles' checkboxes.
pub fn scatter_control_words(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::Vi => (
            "Trục ngang",
            "Vệt các năm trước (nơi đã chọn)",
            "Kích thước theo dân số",
        ),
        Lang::En => (
            "Horizontal axis",
            "Trails of the years before (selected)",
            "Size by population",
        ),
    }
}

/// The words of a view's tab.
pub fn tab_label(kind: crate::core::view::state::ChartKind) -> Text {
    use crate::core::view::state::ChartKind;
    match kind {
        ChartKind::Line => Text::TabChart,
        ChartKind::Sources => Text::TabSources,
        ChartKind::Coverage => Text::TabCoverage,
        ChartKind::Ranking => Text::TabRanking,
        ChartKind::Table => Text::TabTable,
        ChartKind::Map => Text::TabMap,
        ChartKind::Profile => Text::TabProfile,
        ChartKind::Slope => Text::TabSlope,
        ChartKind::Scatter => Text::TabScatter,
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
        (NoticeReason::UnknownRegion, Lang::Vi) => format!("không có vùng “{value}” ({param})"),
        (NoticeReason::UnknownRegion, Lang::En) => format!("no region called “{value}” ({param})"),
        (NoticeReason::UnknownSort, Lang::Vi) => format!("không sắp xếp được theo “{value}” ({param})"),
        (NoticeReason::UnknownSort, Lang::En) => format!("cannot sort by “{value}” ({param})"),
        (NoticeReason::UnknownUnits, Lang::Vi) => format!("“{value}” không phải 63 hay 34 ({param})"),
        (NoticeReason::UnknownUnits, Lang::En) => format!("“{value}” is neither 63 nor 34 ({param})"),
        (NoticeReason::MissingUserData, Lang::Vi) => format!("chỉ số “{value}” là dữ liệu nhập riêng, không có trong trình duyệt này (đã bị xóa, hoặc được nhập trên máy khác): hãy nhập lại tệp, hoặc xin người gửi tệp CSV đi kèm liên kết ({param})"),
        (NoticeReason::MissingUserData, Lang::En) => format!("the indicator “{value}” is imported data this browser does not have (removed, or imported on another device): import the file again, or ask the sender for the CSV that goes with the link ({param})"),
        (NoticeReason::UnknownRows, Lang::Vi) => format!("“{value}” không phải all, target hay both ({param})"),
        (NoticeReason::UnknownRows, Lang::En) => format!("“{value}” is not all, target or both ({param})"),
        (NoticeReason::UnknownVersion, Lang::Vi) => format!("không nhận ra phiên bản liên kết “{value}”; liên kết được đọc theo phiên bản 1 ({param})"),
        (NoticeReason::UnknownVersion, Lang::En) => format!("no link version “{value}”; the link was read as version 1 ({param})"),
        (NoticeReason::LinkTooLong, Lang::Vi) => format!("liên kết dài {value}, quá giới hạn 16 KB; phần sau được bỏ qua"),
        (NoticeReason::LinkTooLong, Lang::En) => format!("the link is {value} long, over the 16 KB limit; the rest was ignored"),
        (NoticeReason::TooManyPlaces, Lang::Vi) => format!("chỉ đọc 100 tên đầu tiên; {value} tên sau bị bỏ qua ({param})"),
        (NoticeReason::TooManyPlaces, Lang::En) => format!("only the first 100 names are read; {value} more were ignored ({param})"),
        (NoticeReason::InvalidFlag, Lang::Vi) => format!("“{value}” không phải 1 hay 0 ({param})"),
        (NoticeReason::InvalidFlag, Lang::En) => format!("“{value}” is neither 1 nor 0 ({param})"),
        (NoticeReason::SortOutsideTime, Lang::Vi) => format!("bảng không có cột năm “{value}” trong giai đoạn đang xem ({param})"),
        (NoticeReason::SortOutsideTime, Lang::En) => format!("the table has no “{value}” column in the years shown ({param})"),
        (NoticeReason::Repeated, Lang::Vi) => format!("tham số {param} lặp lại; giá trị “{value}” bị bỏ qua"),
        (NoticeReason::Repeated, Lang::En) => format!("{param} appears twice; “{value}” was ignored"),
    }
}
