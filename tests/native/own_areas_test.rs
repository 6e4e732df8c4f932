//! Areas of a person's own (districts, communes): a commune table is read as areas taken
//! by name, not matched to provinces; a ranking of thousands draws its best, its last and
//! the selected ones and says so; the table lists them all; the province map and the line
//! chart say where to see them instead; the ranking's CSV has every one of them.

use cds_explorer::core::charts::map;
use cds_explorer::core::charts::ranking::rows::{BOTTOM, TOP};
use cds_explorer::core::charts::ranking::spec as ranking;
use cds_explorer::core::charts::shared::empty::EmptyReason;
use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::data::model::Area;
use cds_explorer::core::export::export_csv::{export_csv, Citation};
use cds_explorer::core::import::mapping::ColumnRole;
use cds_explorer::core::import::user_set::merge;
use cds_explorer::core::query::table::table;
use cds_explorer::core::view::url::decode;

use super::import_test::import;

/// A commune table as a department keeps it: "STT,Xã,Tỉnh,2023,2024", rates in %; each
/// name recurs in two provinces, as real commune names do.
fn communes(n: usize) -> String {
    let mut csv = String::from("STT,Xã,Tỉnh,2023,2024\n");
    for i in 0..n {
        let value = 20.0 + (i * 37 % 600) as f64 / 10.0;
        let province = if i % 2 == 0 {
            "Hải Dương"
        } else {
            "Thanh Hóa"
        };
        csv.push_str(&format!(
            "{},Xã Tân Lập {},{province},\"{}\",{}\n",
            i + 1,
            i / 2 + 1,
            format!("{value:.1}").replace('.', ","),
            value + 1.0
        ));
    }
    csv
}

/// The shipped data with `n` communes imported, and the link of their ranking.
fn with_communes(n: usize) -> (Dataset, String) {
    let (_, mapping, report, set) = import("ty-le-truc-tuyen-xa.csv", communes(n).as_bytes());
    assert!(
        mapping.own_areas,
        "a “Xã” column of names that are not provinces"
    );
    assert_eq!(
        mapping.columns[2],
        ColumnRole::Within,
        "the province tells communes apart"
    );
    assert_eq!(report.problem_count, 0, "{:?}", report.problems);
    assert_eq!(report.accepted, 2 * n);
    assert!(set
        .values
        .iter()
        .all(|v| v.area.starts_with("own:Xã Tân Lập")));
    let merged = merge(super::common::shipped(), std::slice::from_ref(&set));
    let indicator = &set.indicators[0].id;
    (
        merged,
        format!("?view=ranking&indicator={indicator}&time=2024"),
    )
}

#[test]
fn a_commune_table_is_read_as_areas_of_the_persons_own() {
    let (data, _) = with_communes(150);
    assert_eq!(
        data.own_areas().len(),
        150,
        "75 names, each in two provinces"
    );
    assert_eq!(data.own_areas()[0].name, "Xã Tân Lập 1, Hải Dương");
    assert_eq!(data.own_areas()[1].name, "Xã Tân Lập 1, Thanh Hóa");
    // A province table is still matched to provinces.
    let (_, mapping, _, _) = import("dti.csv", super::import_test::WIDE.as_bytes());
    assert!(!mapping.own_areas);
}

#[test]
fn a_ranking_of_thousands_draws_its_best_its_last_and_says_so() {
    let (data, link) = with_communes(1_000);
    let state = decode(&link, &data).state;
    let chart = ranking::build(&data, &state).expect("a ranking");
    assert_eq!(chart.rows.len(), TOP + BOTTOM);
    assert_eq!(chart.with_data, 1_000);
    assert_eq!(chart.rows[0].position, 1);
    assert_eq!(chart.rows[TOP].skipped_before, 1_000 - TOP - BOTTOM);
    assert!(chart.rows.windows(2).all(|w| w[0].value >= w[1].value));
    assert!(chart.rows.iter().all(|r| matches!(r.area, Area::Own(_))));
    assert!(
        chart
            .subtitle
            .contains("1.000/1.000 nơi (gồm khu vực của bạn) có số liệu"),
        "{}",
        chart.subtitle
    );
    assert!(
        chart.subtitle.contains("60 đầu, 20 cuối"),
        "{}",
        chart.subtitle
    );
    assert!(chart.subtitle.contains("xem đủ 1.000 ở dạng bảng"));
    // No rank was published for a commune: the number said is a position.
    let standing = chart.standing(&chart.rows[TOP]);
    assert!(
        standing.ends_with(" trong 1.000 nơi có số liệu (không phải thứ hạng công bố)"),
        "{standing}"
    );

    let listed = table(
        &data,
        &decode(&link.replace("ranking", "table"), &data).state,
    );
    assert_eq!(listed.rows.len(), 1_000, "the table lists every commune");

    let on_map = map::spec::build(&data, &decode(&link.replace("ranking", "map"), &data).state);
    assert_eq!(on_map.err(), Some(EmptyReason::OwnAreasOnly));

    // The ranking's CSV has every commune, in the ranking's order, each marked as the
    // person's own data, its position said not to be a published rank.
    let citation = Citation {
        link: "https://example.org/",
        accessed: "2026-11-30",
    };
    let csv = export_csv(&data, &state, &citation);
    let rows: Vec<&str> = csv.lines().filter(|l| l.contains("own:Xã")).collect();
    assert_eq!(rows.len(), 1_000);
    assert!(rows[0].contains("vị trí 1 trong 1.000 nơi"), "{}", rows[0]);
    assert!(rows.iter().all(|r| r.contains("Dữ liệu của bạn")));
}

#[test]
fn hostile_names_of_own_areas_stay_text() {
    let file = "Xã,2024\n\"=HYPERLINK(\"\"http://x.example\"\")\",50\n<script>alert(1)</script>\u{202e}gnp.exe,60\n";
    let (_, mapping, report, set) = import("xa-2024.csv", file.as_bytes());
    assert!(mapping.own_areas);
    assert_eq!(report.accepted, 2, "{:?}", report.problems);
    let data = merge(super::common::shipped(), std::slice::from_ref(&set));
    let names: Vec<&str> = data.own_areas().iter().map(|a| a.name.as_str()).collect();
    assert!(
        names.contains(&"<script>alert(1)</script>gnp.exe"),
        "{names:?}: no bidi override"
    );
    let link = format!("?view=table&indicator={}&time=2024", set.indicators[0].id);
    let state = decode(&link, &data).state;
    let citation = Citation {
        link: "https://example.org/",
        accessed: "2026-11-30",
    };
    let csv = cds_explorer::core::export::export_csv::export_wide_csv(&data, &state, &citation);
    assert!(
        csv.lines()
            .all(|l| !l.starts_with('=') && !l.contains(",=")),
        "no live formula: {csv}"
    );
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
}
