//! The import panel's words in both languages.

use crate::core::view::state::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportText {
    Panel,
    Privacy,
    ChooseFile,
    DropHint,
    Reading,
    StartFailed,
    SetName,
    Geography,
    Geography63,
    Geography34,
    GeographyOwn,
    DefaultYear,
    Column,
    Sample,
    Role,
    RoleIgnore,
    RolePlace,
    RoleWithin,
    RoleValue,
    RoleTidyIndicator,
    RoleTidyYear,
    RoleTidyValue,
    RoleTidyOther,
    Indicator,
    NewIndicator,
    NewIndicatorName,
    Unit,
    Year,
    Check,
    Checking,
    Cancel,
    Confirm,
    Adding,
    BackToMapping,
    Problems,
    UnknownPlaces,
    Disagreements,
    Agreements,
    NothingAccepted,
    Kept,
    Rename,
    Remove,
    KeptNone,
    ChooseAnother,
}

pub fn import_text(lang: Lang, key: ImportText) -> &'static str {
    use ImportText::*;
    let (vi, en) = match key {
        Panel => ("Nhập dữ liệu của bạn", "Import your data"),
        Privacy => (
            "Tệp CSV hoặc XLSX được đọc ngay trên máy này và giữ lại trong trình duyệt; không gì được gửi đi.",
            "Your CSV or XLSX file is read on this device and kept in this browser; nothing is sent anywhere.",
        ),
        ChooseFile => ("Chọn tệp CSV hoặc XLSX", "Choose a CSV or XLSX file"),
        DropHint => ("hoặc thả tệp vào trang", "or drop it on the page"),
        Reading => ("Đang đọc tệp…", "Reading the file…"),
        StartFailed => ("Không khởi động được bộ đọc tệp", "The file reader could not start"),
        SetName => ("Tên bộ dữ liệu", "Name of the set"),
        Geography => ("Địa danh trong tệp", "Places in the file"),
        Geography63 => ("63 tỉnh, thành phố (trước 2025)", "63 provinces (before 2025)"),
        Geography34 => ("34 tỉnh, thành phố (sau sáp nhập 2025)", "34 units (after the 2025 merger)"),
        GeographyOwn => (
            "Khu vực của bạn (huyện, xã…): xếp hạng và bảng, không có bản đồ",
            "Your own areas (districts, communes…): ranking and table, no map",
        ),
        DefaultYear => ("Năm của các cột không ghi năm", "Year of columns that name none"),
        Column => ("Cột", "Column"),
        Sample => ("Giá trị mẫu", "Sample values"),
        Role => ("Cột này là", "This column is"),
        RoleIgnore => ("Bỏ qua", "Ignored"),
        RolePlace => ("Tỉnh, thành phố", "Province"),
        RoleWithin => (
            "Nằm trong (huyện, tỉnh) — cho khu vực của bạn",
            "Lies within (district, province) — for your own areas",
        ),
        RoleValue => ("Giá trị của một chỉ số", "Values of an indicator"),
        RoleTidyIndicator => ("Tên hoặc mã chỉ số (dạng dọc)", "Indicator name or id (long layout)"),
        RoleTidyYear => ("Năm (dạng dọc)", "Year (long layout)"),
        RoleTidyValue => ("Giá trị (dạng dọc)", "Value (long layout)"),
        RoleTidyOther => ("Thông tin thêm (dạng dọc)", "More about the value (long layout)"),
        Indicator => ("Chỉ số", "Indicator"),
        NewIndicator => ("Chỉ số mới của bạn", "A new indicator of yours"),
        NewIndicatorName => ("Tên chỉ số mới", "Name of the new indicator"),
        Unit => ("Đơn vị", "Unit"),
        Year => ("Năm", "Year"),
        Check => ("Kiểm tra", "Check"),
        Checking => ("Đang kiểm tra…", "Checking…"),
        Cancel => ("Hủy", "Cancel"),
        Confirm => ("Thêm vào trang", "Add to the page"),
        Adding => ("Đang thêm vào trang…", "Adding to the page…"),
        BackToMapping => ("Sửa cách đọc cột", "Change the columns"),
        Problems => ("Giá trị bị từ chối", "Values refused"),
        UnknownPlaces => ("Địa danh không nhận ra", "Places not recognised"),
        Disagreements => ("Khác với số liệu của trang", "Different from this page's values"),
        Agreements => ("giá trị trùng khớp với số liệu của trang", "values match this page's"),
        NothingAccepted => (
            "Không có giá trị nào được nhận: hãy sửa cách đọc cột hoặc chọn tệp khác.",
            "No value was accepted: change the columns or choose another file.",
        ),
        Kept => ("Dữ liệu bạn đã nhập (chỉ trên máy này)", "Data you imported (on this device only)"),
        Rename => ("Đổi tên", "Rename"),
        Remove => ("Xóa", "Remove"),
        KeptNone => ("Chưa có bộ dữ liệu nào.", "No set yet."),
        ChooseAnother => ("Chọn tệp khác", "Choose another file"),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// "3 chỉ số · 189 giá trị · nhập ngày 2026-11-30".
pub fn kept_summary(indicators: usize, values: usize, imported: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{indicators} chỉ số · {values} giá trị · nhập ngày {imported}"),
        Lang::En => format!("{indicators} indicators · {values} values · imported {imported}"),
    }
}

/// "65 dòng" under the file's name.
pub fn rows_read(file: &str, rows: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{file}: {rows} dòng dữ liệu"),
        Lang::En => format!("{file}: {rows} data rows"),
    }
}
