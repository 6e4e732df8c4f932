//! The table view: default and chosen orders in both directions, the change in values
//! and in rank places, and the name search.

use cds_explorer::core::query::table::{matching, table, Table};
use cds_explorer::core::view::state::{Sort, SortKey};
use cds_explorer::core::view::url::decode;

use super::common::shipped;

fn table_of(query: &str) -> Table {
    let data = shipped();
    table(data, &decode(query, data).state)
}

fn names(table: &Table) -> Vec<String> {
    table
        .rows
        .iter()
        .map(|r| table.name(shipped(), r))
        .collect()
}

#[test]
fn ranks_sort_best_first_and_reverse() {
    let t = table_of("?view=table&indicator=dti-rank&time=2022");
    assert_eq!(t.rows.len(), 63);
    assert_eq!(names(&t)[0], "Đà Nẵng");
    let reversed = table_of("?view=table&indicator=dti-rank&time=2022&sort=-2022");
    assert_eq!(
        reversed.cells(&reversed.rows[0])[0]
            .as_ref()
            .map(|c| c.value),
        Some(63.0),
        "the last rank first"
    );
    assert_eq!(
        reversed.sort,
        Sort {
            key: SortKey::Year(reversed.years[0]),
            reversed: true
        }
    );
}

#[test]
fn scores_sort_highest_first_and_names_a_to_z() {
    let t = table_of("?view=table&indicator=dti-score&time=2021");
    assert_eq!(names(&t)[0], "Đà Nẵng");
    let by_name = table_of("?view=table&indicator=dti-score&time=2021&sort=name");
    let list = names(&by_name);
    assert!(
        list.windows(2)
            .all(|w| cds_explorer::core::data::fold::fold(&w[0])
                <= cds_explorer::core::data::fold::fold(&w[1])),
        "{list:?}"
    );
}

#[test]
fn the_change_counts_rank_places_and_values() {
    let ranks = table_of("?view=table&indicator=dti-rank&time=2020..2022&provinces=thanh-hoa");
    let thanh_hoa = ranks
        .rows
        .iter()
        .find(|r| ranks.name(shipped(), r) == "Thanh Hóa")
        .expect("a row");
    // 15th in 2020, 15th in 2022: unchanged over the span.
    assert_eq!(ranks.change_text(thanh_hoa), "giữ nguyên");
    assert!(thanh_hoa.selected);
    let quang_ninh = ranks
        .rows
        .iter()
        .find(|r| ranks.name(shipped(), r) == "Quảng Ninh")
        .expect("a row");
    // 4th in 2020, 3rd in 2022: up one place.
    assert_eq!(ranks.change_text(quang_ninh), "↑ 1 bậc");
    let english = table_of("?view=table&indicator=dti-score&time=2020..2021&lang=en");
    let hai_duong = english
        .rows
        .iter()
        .find(|r| english.name(shipped(), r) == "Hai Duong")
        .expect("a row");
    assert_eq!(
        english.change_text(hai_duong),
        "+0.1339",
        "0.3504 in 2020 to 0.4843 in 2021"
    );
    let by_change = table_of("?view=table&indicator=dti-rank&time=2020..2022&sort=change");
    let gains: Vec<f64> = by_change.rows.iter().filter_map(|r| r.gain).collect();
    assert!(
        gains.windows(2).all(|w| w[0] >= w[1]),
        "largest gain first: {gains:?}"
    );
}

#[test]
fn search_ignores_diacritics() {
    let t = table_of("?view=table&indicator=dti-rank&time=2022");
    let found: Vec<String> = matching(shipped(), &t, "hai")
        .iter()
        .map(|r| t.name(shipped(), r))
        .collect();
    assert_eq!(
        found,
        ["Hải Dương", "Hải Phòng"],
        "13th and 14th in 2022; not Thái Bình"
    );
    assert!(matching(shipped(), &t, "zzz").is_empty());
    let whole: Vec<String> = matching(shipped(), &t, "hai duong")
        .iter()
        .map(|r| t.name(shipped(), r))
        .collect();
    assert_eq!(whole, ["Hải Dương"], "several words match the whole name");
    assert_eq!(matching(shipped(), &t, "ho chi minh").len(), 1);
    assert_eq!(
        matching(shipped(), &t, "chi minh").len(),
        1,
        "from any word onwards"
    );
}

/// The change column compares the view's two ends, the same years on every row: a row
/// without a value at either end has no change (and the table says how many), never a
/// change between its own first and last values.
#[test]
fn the_change_is_between_the_views_two_ends_on_every_row() {
    let t = table_of("?view=table&indicator=dti-score&time=2020..2021");
    assert_eq!(t.change_heading(), "Thay đổi 2020–2021");
    let mut with_both = 0;
    for row in &t.rows {
        let cells = t.cells(row);
        let both =
            cells.first().is_some_and(Option::is_some) && cells.last().is_some_and(Option::is_some);
        assert_eq!(row.gain.is_some(), both, "{}", t.name(shipped(), row));
        with_both += usize::from(both);
    }
    let without = t.rows.len() - with_both;
    assert!(
        with_both > 0 && without > 0,
        "{with_both} with both ends, {without} without"
    );
    let note = t.missing_ends_note().expect("a note");
    assert!(
        note.starts_with(&format!(
            "{without} dòng không có giá trị năm 2020 hoặc năm 2021"
        )),
        "{note}"
    );
    // One year: no change, no note.
    let one = table_of("?view=table&indicator=dti-score&time=2023");
    assert!(one.rows.iter().all(|r| r.gain.is_none()));
    assert!(one.missing_ends_note().is_none());
}

/// A score's table has a change-in-rank column between the view's two ends, sortable:
/// Hà Nội rose 18 places from 2022 to 2023.
#[test]
fn a_score_table_has_a_sortable_change_in_rank() {
    let t = table_of("?view=table&indicator=dti-score&time=2022..2023&sort=rank-change");
    assert!(t.has_rank_change);
    assert_eq!(t.rank_change_heading(), "Thay đổi hạng 2022–2023");
    let ha_noi = t
        .rows
        .iter()
        .find(|r| t.name(shipped(), r) == "Hà Nội")
        .expect("Hà Nội");
    assert_eq!(t.rank_change_text(ha_noi), "▲18");
    let gains: Vec<i64> = t.rows.iter().filter_map(|r| r.rank_gain).collect();
    assert_eq!(gains.len(), 63);
    assert!(
        gains.windows(2).all(|w| w[0] >= w[1]),
        "largest rise first: {gains:?}"
    );
    // A rank indicator's own change is in places already: no second column.
    assert!(!table_of("?view=table&indicator=dti-rank&time=2022..2023").has_rank_change);
    // Across PCI's method break, no change in rank either.
    assert!(!table_of("?view=table&indicator=pci-score&time=2016..2017").has_rank_change);
}
