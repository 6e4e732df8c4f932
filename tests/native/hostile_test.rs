//! Hostile links and files: long links are cut with one notice, long lists are read
//! only so far, identical notices are merged, echoed text cannot spoof (no bidi
//! overrides, zero-width characters or accent stacks), only web addresses load as
//! source links, and CSV cells never start a formula.

use cds_explorer::core::data::load::{load, DataFiles};
use cds_explorer::core::data::untrusted::{csv_cell, is_web_address, shown};
use cds_explorer::core::view::url::{
    decode, encode, NoticeReason, MAX_LINK_BYTES, MAX_LISTED_PLACES,
};

use super::common::{shipped, INDICATORS, OBSERVATIONS, PROVINCES, SOURCES, UNITS};

fn reasons(query: &str) -> Vec<NoticeReason> {
    decode(query, shipped())
        .notices
        .iter()
        .map(|n| n.reason)
        .collect()
}

#[test]
fn a_link_over_the_limit_is_cut_with_one_notice_and_keeps_what_came_first() {
    let long = format!(
        "provinces=hai-duong&view=ranking&junk={}",
        "x".repeat(2 * 1024 * 1024)
    );
    let decoded = decode(&long, shipped());
    let cut: Vec<_> = decoded
        .notices
        .iter()
        .filter(|n| n.reason == NoticeReason::LinkTooLong)
        .collect();
    assert_eq!(cut.len(), 1);
    assert_eq!(cut[0].value, "2049 KB");
    assert_eq!(
        encode(&decoded.state, shipped()),
        "provinces=hai-duong&view=ranking"
    );
    // A link just under the limit is read whole.
    let fits = format!("view=map&junk={}", "y".repeat(MAX_LINK_BYTES - 20));
    assert!(reasons(&fits).is_empty());
}

#[test]
fn a_list_of_a_million_unknown_names_gives_a_bounded_number_of_notices() {
    for list in [
        "x~".repeat(500_000),
        "a,".repeat(500_000),
        "~".repeat(1_000_000),
    ] {
        let decoded = decode(&format!("provinces={list}"), shipped());
        assert!(
            decoded.notices.len() <= MAX_LISTED_PLACES + 2,
            "{}",
            decoded.notices.len()
        );
    }
    // 150 different unknown names: 100 read (one notice each), the rest counted.
    let names: Vec<String> = (0..150).map(|i| format!("nowhere{i}")).collect();
    let got = reasons(&format!("provinces={}", names.join("~")));
    assert_eq!(
        got.iter()
            .filter(|r| **r == NoticeReason::TooManyPlaces)
            .count(),
        1
    );
    assert_eq!(
        got.iter()
            .filter(|r| **r == NoticeReason::UnknownProvince)
            .count(),
        MAX_LISTED_PLACES
    );
}

#[test]
fn identical_notices_are_merged() {
    let got = reasons("provinces=x~x~x~x&provinces=y&provinces=y");
    assert_eq!(
        got,
        [NoticeReason::Repeated, NoticeReason::UnknownProvince],
        "one notice for the repeated y (found first), one for x"
    );
}

#[test]
fn echoed_text_loses_bidi_overrides_zero_width_characters_and_accent_stacks() {
    assert_eq!(shown("abc\u{202E}gpj.exe", 40), "abcgpj.exe");
    assert_eq!(shown("hai\u{200B}-duong\u{FEFF}\u{2066}", 40), "hai-duong");
    // Vietnamese keeps its two marks; a stack of 39 is cut to two.
    assert_eq!(shown("e\u{302}\u{323}", 40), "e\u{302}\u{323}");
    let stack = format!("a{}", "\u{301}".repeat(39));
    assert_eq!(shown(&stack, 40).chars().count(), 3);
    // Cut by letters, a letter with its marks counting once.
    assert_eq!(shown("Hải Dương", 3), "Hải…");
    let decoded = decode("provinces=%E2%80%AEevil%E2%80%8B", shipped());
    assert_eq!(decoded.notices[0].value, "evil");
}

#[test]
fn only_web_addresses_load_as_source_links() {
    assert!(is_web_address("https://dti.gov.vn/xep-hang-2022"));
    assert!(is_web_address("HTTP://example.org"));
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<script>",
        "//example.org",
        "https://",
        "https:///path",
        "https://exa mple.org",
        "https://example.org/\u{202E}",
        "ftp://example.org",
    ] {
        assert!(!is_web_address(bad), "{bad}");
    }
    let sources = SOURCES.replace("https://example.org/b", "javascript:alert(document.cookie)");
    let files = DataFiles {
        provinces: PROVINCES,
        merged_units: UNITS,
        indicators: INDICATORS,
        sources: &sources,
        observations: &[("observations/test.csv", OBSERVATIONS)],
    };
    let (dataset, errors) = load(files);
    assert!(
        errors.iter().any(|e| e.to_string().contains("http://")),
        "{errors:?}"
    );
    assert!(dataset
        .sources()
        .iter()
        .all(|s| s.url.as_deref().is_none_or(is_web_address)));
}

#[test]
fn csv_cells_never_start_a_formula() {
    for (cell, safe) in [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("Hải Dương", "Hải Dương"),
        ("", ""),
    ] {
        assert_eq!(csv_cell(cell), safe);
    }
}

/// The end-to-end suite's table of hostile links (tests/e2e/hostile.test.mjs), natively:
/// each decodes to a valid view, with notices that echo no markup-breaking or hidden
/// characters, in bounded number.
#[test]
fn the_hostile_link_table_gives_valid_views_and_clean_notices() {
    let trap = "window.__pwned=1";
    let table = [
        format!("provinces=<script>{trap}</script>"),
        format!("indicator=<img src=x onerror=\"{trap}\">"),
        format!("time=<svg onload=\"{trap}\">"),
        format!("view=javascript:{trap}"),
        format!("region=javascript:{trap}&view=ranking"),
        format!("sort=<b onmouseover=\"{trap}\">x</b>&view=table"),
        format!("units=<iframe src=\"javascript:{trap}\">&view=map"),
        format!("lang=<script>{trap}</script>"),
        format!("embed=<script>{trap}</script>"),
        format!("v=<script>{trap}</script>"),
        "provinces=%E0%A4%A&time=%&view=%zz".to_string(),
        "provinces=hai%00duong".to_string(),
        "provinces=%E2%80%AEgnoud-iah".to_string(),
        "provinces=h%D0%B0i-duong".to_string(),
        "time=1e309".to_string(),
        "time=NaN".to_string(),
        "time=-0".to_string(),
        "time=-2022".to_string(),
        "time=99999..999999".to_string(),
        "time=9999".to_string(),
        "time=1000..9999".to_string(),
        format!("provinces={}", "~".repeat(200_000)),
        format!("provinces={}", "x~".repeat(50_000)),
        "view=map&view=<script>x</script>".to_string(),
    ];
    let data = shipped();
    for query in &table {
        let decoded = decode(query, data);
        assert_eq!(decoded.state.problem(data), None, "{query:.60}");
        assert!(
            decoded.notices.len() <= MAX_LISTED_PLACES + 2,
            "{query:.60}"
        );
        for notice in &decoded.notices {
            assert!(
                !notice
                    .value
                    .chars()
                    .any(cds_explorer::core::data::untrusted::is_hidden),
                "{query:.60}: {:?}",
                notice.value
            );
            assert!(notice.value.chars().count() <= 41, "{:?}", notice.value);
        }
    }
    // The years far apart are clipped to the data, not refused.
    let clipped = decode("time=1000..9999", data);
    assert!(clipped.notices.is_empty());
    assert_eq!(
        clipped.state.time,
        cds_explorer::core::view::state::data_years(data)
    );
}
