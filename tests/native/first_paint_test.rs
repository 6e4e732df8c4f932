//! The first paint's page skeleton (`src/paint/skeleton.rs`): the page around each chart
//! view, with the words of the app's components, and nothing for the other views.

use cds_explorer::core::view::url::decode;
use cds_explorer::paint::skeleton::skeleton;

use super::common::shipped;

fn page(query: &str) -> Option<String> {
    let data = shipped();
    skeleton(data, &decode(query, data).state)
}

#[test]
fn every_chart_view_has_its_page_with_one_canvas_and_the_bars_above_its_chart() {
    for (query, bars) in [
        ("?", vec![]),
        ("?view=slope", vec![]),
        (
            "?view=ranking",
            vec!["field years single", "change-control", "field region"],
        ),
        (
            "?view=map",
            vec!["field years single", "change-control", "field region"],
        ),
        (
            "?view=scatter",
            vec!["field years single", "scatter-controls change-control"],
        ),
    ] {
        let html = page(query).unwrap_or_else(|| panic!("{query} has a chart"));
        assert_eq!(html.matches("<canvas").count(), 1, "{query}");
        for bar in bars {
            assert!(html.contains(&format!("class=\"{bar}\"")), "{query}: {bar}");
        }
        assert!(
            !html.contains(" id="),
            "{query}: no id may clash with the app's"
        );
        assert!(html.contains("<div class=\"tabs\">"), "{query}");
    }
}

#[test]
fn the_skeleton_speaks_the_views_language_and_escapes_its_words() {
    let english = page("?view=ranking&lang=en").unwrap();
    assert!(english.contains(">Ranking<"), "{english}");
    assert!(english.contains("Tiếng Việt"), "{english}");
    let vietnamese = page("?view=ranking").unwrap();
    assert!(vietnamese.contains(">Xếp hạng<"));
    // The drawer's summary, as the app writes it.
    assert!(vietnamese.contains("địa phương"), "{vietnamese}");
    assert!(!vietnamese.contains("<script"));
}

#[test]
fn views_without_a_chart_on_top_and_embeds_have_none() {
    for query in [
        "?view=table",
        "?view=profile",
        "?view=sources",
        "?view=coverage",
        "?view=ranking&embed=1",
    ] {
        assert_eq!(page(query), None, "{query}");
    }
}
