//! Native tests of the pure core: one binary, one module per area.

#[path = "native/campaign_2_test.rs"]
mod campaign_2_test;
#[path = "native/chart_test.rs"]
mod chart_test;
#[path = "native/common.rs"]
mod common;
#[path = "native/compact_test.rs"]
mod compact_test;
#[path = "native/data_report.rs"]
mod data_report;
#[path = "native/data_test.rs"]
mod data_test;
#[path = "native/dependencies_test.rs"]
mod dependencies_test;
#[path = "native/display_list_test.rs"]
mod display_list_test;
#[path = "native/export_csv_test.rs"]
mod export_csv_test;
#[path = "native/export_test.rs"]
mod export_test;
#[path = "native/first_paint_test.rs"]
mod first_paint_test;
#[path = "native/hostile_test.rs"]
mod hostile_test;
#[path = "native/hover_test.rs"]
mod hover_test;
#[path = "native/import_test.rs"]
mod import_test;
#[path = "native/import_wire_test.rs"]
mod import_wire_test;
// Uses proptest, whose random source does not build for wasm32.
#[cfg(not(target_arch = "wasm32"))]
#[path = "native/kept_set_test.rs"]
mod kept_set_test;
#[path = "native/map_test.rs"]
mod map_test;
#[path = "native/migrate_test.rs"]
mod migrate_test;
#[path = "native/own_areas_test.rs"]
mod own_areas_test;
#[path = "native/profile_test.rs"]
mod profile_test;
// proptest's random source does not build for wasm32.
#[path = "native/change_mode_test.rs"]
mod change_mode_test;
#[path = "native/change_test.rs"]
mod change_test;
#[path = "native/families_test.rs"]
mod families_test;
#[cfg(not(target_arch = "wasm32"))]
#[path = "native/property_test.rs"]
mod property_test;
#[path = "native/query_test.rs"]
pub mod query_test;
#[path = "native/ranking_test.rs"]
mod ranking_test;
#[path = "native/region_test.rs"]
mod region_test;
#[path = "native/scatter_test.rs"]
mod scatter_test;
#[path = "native/scorecard_test.rs"]
mod scorecard_test;
#[path = "native/slope_test.rs"]
mod slope_test;
#[path = "native/sparse_test.rs"]
mod sparse_test;
#[path = "native/table_test.rs"]
mod table_test;
#[path = "native/tables_test.rs"]
mod tables_test;
#[path = "native/tidy.rs"]
mod tidy;
#[path = "native/title_test.rs"]
mod title_test;
#[path = "native/url_test.rs"]
mod url_test;
