//! The profile view: every indicator of a place with its latest value, trend, rank,
//! target and distance, for at most two places.

use cds_explorer::core::query::profile::{profiles, sparkline, PlaceProfile, ProfileRow};
use cds_explorer::core::view::url::decode;

use super::common::shipped;

fn profile_of(query: &str) -> Vec<PlaceProfile> {
    let data = shipped();
    profiles(data, &decode(query, data).state)
}

fn row<'p>(profile: &'p PlaceProfile, indicator: &str) -> &'p ProfileRow {
    profile
        .groups
        .iter()
        .flat_map(|(_, rows)| rows)
        .find(|r| r.indicator == indicator)
        .unwrap_or_else(|| panic!("{indicator} in {}", profile.place))
}

#[test]
fn a_profile_lists_every_indicator_with_its_latest_value() {
    let places = profile_of("?view=profile&provinces=hai-duong");
    assert_eq!(places.len(), 1);
    let hai_duong = &places[0];
    assert_eq!(hai_duong.place, "Hải Dương");
    let rows: usize = hai_duong.groups.iter().map(|(_, rows)| rows.len()).sum();
    assert!(
        rows >= 40,
        "Hải Dương has many indicators from the articles: {rows}"
    );
    let rank = row(hai_duong, "Chỉ số chuyển đổi số (DTI) – thứ hạng");
    assert_eq!((rank.latest.as_str(), rank.period.as_str()), ("13", "2022"));
    assert_eq!(rank.target.as_deref(), Some("mục tiêu 2030: 15 (đã đạt)"));
    assert!(!rank.sparkline.is_empty(), "ranks 2020–2022 make a trend");
    assert_eq!(
        rank.trend, "2020: 14 → 2021: 14 → 2022: 13",
        "the trend in words"
    );
    let score = row(hai_duong, "Chỉ số chuyển đổi số (DTI) – điểm");
    assert_eq!(
        score.rank.as_deref(),
        Some("hạng 14/63"),
        "the rank of the score's year (2021)"
    );
    let share = row(hai_duong, "Tỷ trọng kinh tế số trong GRDP");
    assert_eq!(
        share.target.as_deref(),
        Some("mục tiêu 2025: 20\u{a0}% (còn 2,5 điểm phần trăm)")
    );
}

#[test]
fn two_places_at_most_side_by_side_in_english_too() {
    let places = profile_of("?view=profile&provinces=hai-duong~thanh-hoa~da-nang&lang=en");
    let names: Vec<&str> = places.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(names, ["Hai Duong", "Thanh Hoa"]);
    assert!(places[0]
        .groups
        .iter()
        .any(|(pillar, _)| pillar == "Overall DTI"));
}

#[test]
fn sparklines_fit_their_box_with_rank_one_on_top() {
    assert_eq!(
        sparkline(&[(2020, 1.0)], false),
        "",
        "one value is not a trend"
    );
    assert_eq!(
        sparkline(&[(2020, 0.3), (2022, 0.5)], false),
        "0.0,22.0 100.0,2.0"
    );
    assert_eq!(
        sparkline(&[(2020, 14.0), (2022, 13.0)], true),
        "0.0,22.0 100.0,2.0"
    );
}
