//! The profile view: one or two places compared on aligned rows — the same indicator and
//! the same year on each row — with targets and distances, and a filter of rows.

use cds_explorer::core::query::profile::{profile, Profile, ProfileRow};
use cds_explorer::core::query::profile_cell::{sparkline, ProfileCell};
use cds_explorer::core::view::url::decode;

use super::common::shipped;

fn profile_of(query: &str) -> Profile {
    let data = shipped();
    profile(data, &decode(query, data).state)
}

fn row<'p>(profile: &'p Profile, indicator: &str) -> &'p ProfileRow {
    profile
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.indicator == indicator)
        .unwrap_or_else(|| panic!("{indicator} in {:?}", profile.places))
}

fn cell(row: &ProfileRow, place: usize) -> &ProfileCell {
    row.cells[place]
        .as_ref()
        .unwrap_or_else(|| panic!("{} has a value for place {place}", row.indicator))
}

fn rows(profile: &Profile) -> usize {
    profile.groups.iter().map(|g| g.rows.len()).sum()
}

#[test]
fn a_profile_of_one_place_lists_every_indicator_with_its_latest_value() {
    let one = profile_of("?view=profile&provinces=hai-duong");
    assert_eq!(one.places, ["Hải Dương"]);
    assert!(
        rows(&one) >= 40,
        "Hải Dương has many indicators from the articles: {}",
        rows(&one)
    );
    // The latest rank is 2024's, worked out from the complete table of scores (19th of
    // 63, score 0.7461), and says so; 2020–2022's were printed.
    let rank = row(&one, "Chỉ số chuyển đổi số (DTI) – thứ hạng");
    assert_eq!(rank.year, Some(2024));
    let rank = cell(rank, 0);
    assert_eq!((rank.value.as_str(), rank.period.as_str()), ("19", "2024"));
    assert_eq!(
        rank.basis.as_deref(),
        Some("theo thứ tự bảng xếp hạng chính thức")
    );
    assert_eq!(
        rank.target.as_deref(),
        Some("mục tiêu 2030: 15 (còn 4 bậc)")
    );
    assert!(!rank.sparkline.is_empty(), "ranks 2020–2024 make a trend");
    assert_eq!(
        rank.trend, "2020: 14 → 2021: 14 → 2022: 13 → 2023: 26 → 2024: 19",
        "the trend in words"
    );
    let score = cell(row(&one, "Chỉ số chuyển đổi số (DTI) – điểm"), 0);
    assert_eq!(
        (score.value.as_str(), score.period.as_str()),
        ("0,7461", "2024")
    );
    assert_eq!(score.basis, None, "the score itself is printed");
    assert_eq!(
        score.rank.as_deref(),
        Some("hạng 19/63 (theo thứ tự bảng xếp hạng chính thức)"),
        "the rank of the score's year (2024)"
    );
    let share = cell(row(&one, "Tỷ trọng kinh tế số trong GRDP"), 0);
    assert_eq!(
        share.target.as_deref(),
        Some("mục tiêu 2025: 20\u{a0}% (còn 2,5 điểm phần trăm)")
    );
}

#[test]
fn two_places_are_compared_in_the_same_year_with_the_later_value_beside_it() {
    let two = profile_of("?view=profile&provinces=hai-duong~hai-phong");
    assert_eq!(two.places, ["Hải Dương", "Hải Phòng"]);
    for row in two.groups.iter().flat_map(|g| &g.rows) {
        assert_eq!(
            row.cells.len(),
            2,
            "a cell per place on every row: {}",
            row.indicator
        );
        if let Some(year) = row.year {
            for cell in row.cells.iter().flatten() {
                assert!(
                    cell.period.ends_with(&year.to_string()),
                    "{}: {cell:?}",
                    row.indicator
                );
                assert!(!cell.other_year);
            }
        }
    }
    // Digital government: Hải Dương's latest rank is of 2021, Hải Phòng's of 2023: the
    // row shows 2021, and Hải Phòng's 2023 rank stands beside its 2021 one.
    let rank = row(&two, "Chính quyền số – thứ hạng");
    assert_eq!(rank.year, Some(2021));
    assert_eq!(cell(rank, 0).value, "13");
    assert_eq!(cell(rank, 1).value, "25");
    assert_eq!(cell(rank, 1).newer.as_deref(), Some("2023: 28"));
    assert_eq!(cell(rank, 0).newer, None);
    // The DTI rank: both have 2024's (from the complete table), nothing beside it.
    let dti = row(&two, "Chỉ số chuyển đổi số (DTI) – thứ hạng");
    assert_eq!(dti.year, Some(2024));
    assert_eq!(
        (cell(dti, 0).value.as_str(), cell(dti, 1).value.as_str()),
        ("19", "3")
    );
    assert!(dti.cells.iter().flatten().all(|c| c.newer.is_none()));
    let one_sided = row(&two, "Tỷ trọng kinh tế số trong GRDP");
    assert!(
        one_sided.cells[1].is_none(),
        "Hải Phòng has no share of the digital economy"
    );
    assert!(!one_sided.in_every_place());
}

#[test]
fn values_of_different_years_side_by_side_are_marked() {
    let two = profile_of("?view=profile&provinces=hai-duong~thanh-hoa");
    let invoices = row(&two, "Số hóa đơn điện tử");
    assert_eq!(invoices.year, None, "no year has both");
    assert!(invoices.cells.iter().flatten().all(|c| c.other_year));
    assert_eq!(cell(invoices, 0).period, "đến tháng 5/2024");
    assert_eq!(cell(invoices, 1).period, "6 tháng đầu 2024");
}

#[test]
fn the_filter_keeps_rows_with_a_target_or_rows_both_places_have() {
    let all = profile_of("?view=profile&provinces=hai-duong~thanh-hoa");
    let targets = profile_of("?view=profile&provinces=hai-duong~thanh-hoa&rows=target");
    let both = profile_of("?view=profile&provinces=hai-duong~thanh-hoa&rows=both");
    assert_eq!(
        all.counts, targets.counts,
        "the counts do not depend on the filter"
    );
    assert_eq!(rows(&all), all.counts.all);
    assert_eq!(rows(&targets), all.counts.with_target);
    assert_eq!(rows(&both), all.counts.in_every);
    assert!(all.counts.with_target > 0 && all.counts.with_target < all.counts.all);
    assert!(all.counts.in_every > 0 && all.counts.in_every < all.counts.all);
    assert!(targets
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .all(ProfileRow::has_target));
    assert!(both
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .all(ProfileRow::in_every_place));
}

#[test]
fn two_places_at_most_side_by_side_in_english_too() {
    let two = profile_of("?view=profile&provinces=hai-duong~thanh-hoa~da-nang&lang=en");
    assert_eq!(two.places, ["Hai Duong", "Thanh Hoa"]);
    assert!(two.groups.iter().any(|g| g.name == "Overall DTI"));
    let rank = row(&two, "Digital government – rank");
    assert_eq!(rank.year, Some(2021));
    assert_eq!(cell(rank, 1).newer.as_deref(), Some("2023: 9"));
    let dti = row(&two, "Digital Transformation Index (DTI) – rank");
    assert_eq!(
        cell(dti, 1).basis.as_deref(),
        Some("by the official table's order"),
        "Thanh Hoa's 2024 rank is worked out from the table"
    );
}

#[test]
fn no_place_makes_an_empty_profile() {
    let none = profile_of("?view=profile&provinces=");
    assert!(none.places.is_empty() && none.groups.is_empty());
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
