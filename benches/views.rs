//! Native micro-benchmarks (divan) of what each change of the view costs before the
//! browser paints: decoding a link, building a view's model (the queries of the table,
//! profile, coverage and sources views) and each chart's spec, and drawing it (into SVG,
//! the backend available natively; the page draws the same spec on its canvas). They
//! show regressions without a browser; the figures in the browser come from
//! `scripts/bench.mjs` and `scripts/bench-peers.mjs`.
//!
//!     cargo bench --bench views

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

/// divan does not build for wasm32; there is nothing to run there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod views {
    use cds_explorer::core::charts::registry::build;
    use cds_explorer::core::data::compact::{decode_dataset, encode_dataset};
    use cds_explorer::core::data::dataset::Dataset;
    use cds_explorer::core::data::embedded::{embedded, EMBEDDED_FILES};
    use cds_explorer::core::data::load::load;
    use cds_explorer::core::export::image::export_svg;
    use cds_explorer::core::query::{coverage, profile, sources_view, table};
    use cds_explorer::core::view::state::ViewState;
    use cds_explorer::core::view::url::decode;
    use divan::black_box;

    /// The links of the views measured: the default line chart, the ranking and the map
    /// of the 63 provinces in 2022, and the other views as the app opens them.
    const LINE: &str = "view=line";
    const RANKING: &str = "view=ranking&indicator=dti-rank&time=2022";
    const MAP: &str = "view=map&indicator=dti-rank&time=2022";
    const MAP_34: &str = "view=map&indicator=dti-rank&units=34";
    const TABLE: &str = "view=table&time=2020..2024";
    const PROFILE: &str = "view=profile&provinces=hai-duong~thanh-hoa";
    const COVERAGE: &str = "view=coverage";
    const SOURCES: &str = "view=sources";

    fn data() -> &'static Dataset {
        &embedded().dataset
    }

    fn state(query: &str) -> ViewState {
        decode(query, data()).state
    }

    /// Start-up: reading the built-in data as the page does, against parsing the CSV
    /// text as the page did before `build.rs` (the reference).
    #[divan::bench]
    fn startup_decode_compact_dataset(bencher: divan::Bencher) {
        let bytes = encode_dataset(data());
        bencher.bench(|| decode_dataset(black_box(&bytes)).map(|d| d.observations().len()));
    }

    #[divan::bench]
    fn startup_parse_csv_files_reference() -> usize {
        load(black_box(EMBEDDED_FILES)).0.observations().len()
    }

    #[divan::bench(args = [LINE, RANKING, MAP, TABLE, PROFILE])]
    fn decode_link(query: &str) -> ViewState {
        decode(black_box(query), data()).state
    }

    #[divan::bench(args = [LINE, RANKING, MAP, MAP_34])]
    fn chart_spec(bencher: divan::Bencher, query: &str) {
        let state = state(query);
        bencher.bench(|| build(data(), black_box(&state)));
    }

    #[divan::bench(args = [LINE, RANKING, MAP, MAP_34])]
    fn chart_spec_and_svg(bencher: divan::Bencher, query: &str) {
        let state = state(query);
        bencher.bench(|| {
            let content = build(data(), black_box(&state)).expect("a chart view");
            export_svg(&content, "").map(|svg| svg.len())
        });
    }

    #[divan::bench]
    fn table_model(bencher: divan::Bencher) {
        let state = state(TABLE);
        bencher.bench(|| table::table(data(), black_box(&state)));
    }

    #[divan::bench]
    fn profile_model(bencher: divan::Bencher) {
        let state = state(PROFILE);
        bencher.bench(|| profile::profile(data(), black_box(&state)));
    }

    #[divan::bench]
    fn coverage_model(bencher: divan::Bencher) {
        let state = state(COVERAGE);
        bencher.bench(|| coverage::coverage(data(), black_box(&state)));
    }

    #[divan::bench]
    fn sources_model(bencher: divan::Bencher) {
        let state = state(SOURCES);
        bencher.bench(|| sources_view::sources_view(data(), black_box(&state)));
    }
}
