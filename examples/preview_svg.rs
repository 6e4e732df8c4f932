//! The chart of the link preview (`assets/og-image.png`, the `og:image` of `index.html`),
//! as the app's own SVG download draws it: the map of the DTI ranks of 2022, the latest
//! year in which all 63 provinces have one. `scripts/og-image.mjs` turns it into the
//! 1200 × 630 PNG that chat apps show beside a shared link.
//!
//! Natively, with no browser: `cargo run --example preview_svg > map.svg`.

use cds_explorer::core::charts::registry::build;
use cds_explorer::core::data::embedded::embedded;
use cds_explorer::core::export::image::export_svg;
use cds_explorer::core::view::url::decode;

/// The view of the preview (`docs/urls.md`).
const LINK: &str = "view=map&indicator=dti-rank&time=2022";

fn main() {
    let data = &embedded().dataset;
    let state = decode(LINK, data).state;
    let Some(content) = build(data, &state) else {
        eprintln!("{LINK} is not a chart view");
        std::process::exit(1);
    };
    match export_svg(&content, "") {
        Ok(svg) => print!("{svg}"),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
