//! The page's title says what the view shows, in the view's language.

use cds_explorer::core::text::title::page_title;
use cds_explorer::core::view::url::decode;

use super::common::shipped;

fn title(query: &str) -> String {
    let data = shipped();
    page_title(data, &decode(query, data).state)
}

#[test]
fn every_view_has_a_title_that_names_what_it_shows() {
    assert_eq!(
        title("?provinces=hai-duong~thanh-hoa&time=2020..2024"),
        "Chỉ số chuyển đổi số (DTI) – thứ hạng · Hải Dương và Thanh Hóa · 2020–2024 – CĐS Explorer"
    );
    assert_eq!(
        title("?view=map&lang=en"),
        "Digital Transformation Index (DTI) – rank · Map · 2024 – CĐS Explorer"
    );
    assert_eq!(
        title("?view=ranking&indicator=dti-score&time=2023"),
        "Chỉ số chuyển đổi số (DTI) – điểm · Xếp hạng · 2023 – CĐS Explorer"
    );
    assert!(title("?view=profile&provinces=hai-duong~hai-phong")
        .starts_with("Hồ sơ tỉnh · Hải Dương và Hải Phòng"));
    assert!(
        title("?provinces=hai-duong~thanh-hoa~da-nang~ha-noi~hai-phong").contains("và 2 tỉnh khác")
    );
    // Different views, different titles.
    let views = [
        "line", "ranking", "map", "table", "profile", "sources", "coverage",
    ];
    let titles: std::collections::HashSet<String> =
        views.iter().map(|v| title(&format!("?view={v}"))).collect();
    assert_eq!(titles.len(), views.len());
}
