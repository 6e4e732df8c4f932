//! The link contract: decode and encode as tables, round trips, hostile input.

use cds_explorer::core::data::model::{Area, Year, YearRange};
use cds_explorer::core::view::action::{apply, Action};
use cds_explorer::core::view::state::{ChartKind, Lang, ViewState};
use cds_explorer::core::view::url::{decode, encode, NoticeReason};

use super::common::shipped;

fn slugs(state: &ViewState) -> Vec<String> {
    let data = shipped();
    state
        .places
        .iter()
        .filter_map(|&area| data.area_slug(area))
        .collect()
}

/// Decodes `query` and checks the canonical link and the ignored parameters.
fn check(query: &str, canonical: &str, ignored: &[(&str, NoticeReason)]) {
    let data = shipped();
    let decoded = decode(query, data);
    assert_eq!(
        encode(&decoded.state, data),
        canonical,
        "canonical form of {query:?}"
    );
    let got: Vec<(&str, NoticeReason)> = decoded
        .notices
        .iter()
        .map(|n| (n.param, n.reason))
        .collect();
    assert_eq!(got, ignored, "notices for {query:?}");
}

/// A link, its canonical form, and the parameters it has that are ignored.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, NoticeReason)],
);

#[test]
fn links_decode_to_their_canonical_form() {
    use NoticeReason::*;
    let cases: &[Case] = &[
        ("", "", &[]),
        ("?", "", &[]),
        ("?provinces=hai-duong~thanh-hoa~da-nang", "", &[]),
        (
            "?provinces=hai-duong~thanh-hoa",
            "provinces=hai-duong~thanh-hoa",
            &[],
        ),
        (
            "provinces=VN-61~vn-21",
            "provinces=hai-duong~thanh-hoa",
            &[],
        ),
        ("?provinces=thanh-hoa~thanh-hoa", "provinces=thanh-hoa", &[]),
        ("?provinces=", "provinces=", &[]),
        (
            "?provinces=hai-duong~atlantis",
            "provinces=hai-duong",
            &[("provinces", UnknownProvince)],
        ),
        ("?indicator=dti-score", "indicator=dti-score", &[]),
        ("?indicator=gdp", "", &[("indicator", UnknownIndicator)]),
        ("?time=2022", "time=2022", &[]),
        ("?time=2021..2023", "time=2021..2023", &[]),
        ("?time=2020..2024", "", &[]),
        ("?time=2019..2022", "time=2019..2022", &[]),
        ("?time=2015..2022", "time=2015..2022", &[]),
        ("?time=2000..2022", "time=2005..2022", &[]),
        ("?time=2024..2020", "", &[("time", InvalidTime)]),
        ("?time=abc", "", &[("time", InvalidTime)]),
        ("?time=2034", "", &[("time", TimeOutsideData)]),
        ("?view=line", "", &[]),
        ("?view=sources", "view=sources", &[]),
        (
            "?view=ranking&time=2024&region=mekong-delta",
            // 2024 is the ranking's own default for DTI rank (63 of 63 with data in 2022,
            // 2023 and 2024: the latest).
            "view=ranking&region=mekong-delta",
            &[],
        ),
        (
            "?view=ranking&time=2022&region=mekong-delta",
            "time=2022&view=ranking&region=mekong-delta",
            &[],
        ),
        ("?region=atlantis", "", &[("region", UnknownRegion)]),
        ("?view=table&sort=-2022", "view=table&sort=-2022", &[]),
        ("?sort=change", "sort=change", &[]),
        ("?sort=2099", "", &[("sort", UnknownSort)]),
        // A year column the view does not show (the default span is 2020–2024).
        (
            "?view=table&sort=-2017",
            "view=table",
            &[("sort", SortOutsideTime)],
        ),
        (
            "?time=2017..2022&view=table&sort=-2017",
            "time=2017..2022&view=table&sort=-2017",
            &[],
        ),
        ("?view=map&units=34", "view=map&units=34", &[]),
        ("?units=63", "", &[]),
        ("?units=35", "", &[("units", UnknownUnits)]),
        ("?view=profile&rows=both", "view=profile&rows=both", &[]),
        ("?rows=all", "", &[]),
        (
            "?view=profile&rows=some",
            "view=profile",
            &[("rows", UnknownRows)],
        ),
        (
            "?view=coverage&indicator=pci-rank",
            "indicator=pci-rank&view=coverage",
            &[],
        ),
        (
            "?provinces=viet-nam~hai-duong",
            "provinces=viet-nam~hai-duong",
            &[],
        ),
        ("?provinces=VN~vn-61", "provinces=viet-nam~hai-duong", &[]),
        (
            "?provinces=2025:hai-phong",
            "provinces=hai-duong~hai-phong",
            &[],
        ),
        ("?embed=1", "embed=1", &[]),
        ("?embed=0", "", &[]),
        ("?embed=yes", "", &[("embed", InvalidFlag)]),
        ("?embed=1&embed=0", "embed=1", &[("embed", Repeated)]),
        (
            "?embed=1&lang=en&view=map&provinces=da-nang",
            "provinces=da-nang&view=map&lang=en&embed=1",
            &[],
        ),
        ("?v=1&lang=en", "lang=en", &[]),
        ("?v=3&lang=en", "lang=en", &[("v", UnknownVersion)]),
        ("?view=pie", "", &[("view", UnknownView)]),
        ("?lang=en", "lang=en", &[]),
        ("?lang=fr", "", &[("lang", UnknownLang)]),
        ("?lang=en&lang=vi", "lang=en", &[("lang", Repeated)]),
        ("?utm_source=x&fbclid=y&lang=en", "lang=en", &[]),
        (
            "?lang=en&time=2022&indicator=dti-score&provinces=da-nang",
            "provinces=da-nang&indicator=dti-score&time=2022&lang=en",
            &[],
        ),
    ];
    for (query, canonical, ignored) in cases {
        check(query, canonical, ignored);
    }
}

#[test]
fn hostile_links_fall_back_to_the_default_view() {
    use NoticeReason::*;
    let script = "?provinces=%3Cscript%3Ealert(1)%3C/script%3E&time=abc";
    check(
        script,
        "",
        &[("provinces", UnknownProvince), ("time", InvalidTime)],
    );
    let raw_script = "?provinces=<script>alert(1)</script>&time=abc";
    check(
        raw_script,
        "",
        &[("provinces", UnknownProvince), ("time", InvalidTime)],
    );
    check(
        "?provinces=%FF%FE%C3&indicator=%E0%A4",
        "",
        &[
            ("provinces", UnknownProvince),
            ("indicator", UnknownIndicator),
        ],
    );
    check("?%%%=&&&==&provinces", "provinces=", &[]);
}

#[test]
fn huge_values_are_ignored_and_shown_short() {
    let data = shipped();
    let huge = "x".repeat(10_000);
    let decoded = decode(&format!("?provinces={huge}&indicator={huge}"), data);
    assert_eq!(decoded.state, ViewState::default_for(data));
    assert_eq!(decoded.notices.len(), 2);
    assert!(decoded
        .notices
        .iter()
        .all(|n| n.value.chars().count() <= 41));
    let many = vec!["hai-duong"; 5_000].join("~");
    let decoded = decode(&format!("?provinces={many}"), data);
    assert_eq!(slugs(&decoded.state), ["hai-duong"]);
}

#[test]
fn every_reachable_view_round_trips() {
    let data = shipped();
    let year = |y| Year::new(y).expect("year");
    let start = ViewState::default_for(data);
    let actions = [
        Action::AddPlace(Area::Province(
            data.find_province("ho-chi-minh").expect("hcm"),
        )),
        Action::AddPlace(Area::National),
        Action::RemovePlace(Area::Province(data.find_province("hai-duong").expect("hd"))),
        Action::SetChart(ChartKind::Coverage),
        Action::SetChart(ChartKind::Ranking),
        Action::SetUnits(cds_explorer::core::view::state::Units::Post2025),
        Action::SetSort(cds_explorer::core::view::state::Sort::parse("-change")),
        Action::SetRegion(Some(cds_explorer::core::data::model::Region::Southeast)),
        Action::SetIndicator(data.find_indicator("dti-government-score").expect("gov")),
        Action::SetStartYear(year(2022)),
        Action::SetEndYear(year(2022)),
        Action::SetLang(Lang::En),
        Action::ToggleUnit(0),
        Action::ClearPlaces,
    ];
    let mut state = start;
    for action in actions {
        state = apply(&state, action.clone(), data);
        let link = encode(&state, data);
        let back = decode(&link, data);
        assert!(back.notices.is_empty(), "{link}: {:?}", back.notices);
        assert_eq!(back.state, state, "round trip of {link} after {action:?}");
    }
    assert_eq!(state.time, YearRange::single(year(2022)));
    let embedded = ViewState {
        embed: true,
        change: false,
        x: None,
        trail: false,
        bubbles: false,
        ..state
    };
    let link = encode(&embedded, data);
    assert!(link.ends_with("&embed=1"), "{link}");
    assert_eq!(decode(&link, data).state, embedded);
}

#[test]
fn years_outside_the_data_are_refused_by_the_reducer() {
    let data = shipped();
    let state = ViewState::default_for(data);
    let next = apply(
        &state,
        Action::SetStartYear(Year::new(2034).expect("2034")),
        data,
    );
    assert_eq!(next, state);
    let later = apply(
        &state,
        Action::SetStartYear(Year::new(2023).expect("2023")),
        data,
    );
    assert_eq!(later.time.start().get(), 2023);
    let earlier = apply(
        &later,
        Action::SetEndYear(Year::new(2021).expect("2021")),
        data,
    );
    assert_eq!(
        (earlier.time.start().get(), earlier.time.end().get()),
        (2021, 2021)
    );
}

#[test]
fn the_year_control_shows_one_year_within_the_indicators_years() {
    use cds_explorer::core::view::state::indicator_years;
    let data = shipped();
    let state = ViewState::default_for(data);
    let year = |y| Year::new(y).expect("a year");
    let next = apply(&state, Action::SetYear(year(2022)), data);
    assert_eq!(
        next.time,
        YearRange::new(year(2020), year(2022)).expect("a span"),
        "the span keeps its start"
    );
    let earlier = apply(&next, Action::SetYear(year(2019)), data);
    assert_eq!(
        earlier.time,
        YearRange::single(year(2019)),
        "the start follows back"
    );
    assert_eq!(
        apply(&state, Action::SetYear(year(2034)), data),
        state,
        "outside the data"
    );
    let dti = indicator_years(data, data.find_indicator("dti-rank").expect("dti-rank"));
    assert_eq!(
        (dti.start().get(), dti.end().get()),
        (2020, 2024),
        "values, not the 2025/2030 targets"
    );
    let egov = indicator_years(
        data,
        data.find_indicator("egov-ict-2017-rank").expect("egov"),
    );
    assert_eq!((egov.start().get(), egov.end().get()), (2017, 2017));
}

#[test]
fn a_new_time_drops_a_table_order_by_a_year_it_no_longer_shows() {
    let data = shipped();
    let state = decode("?view=table&sort=-2024", data).state;
    let ranking = apply(&state, Action::SetChart(ChartKind::Ranking), data);
    let earlier = apply(
        &ranking,
        Action::SetYear(Year::new(2022).expect("a year")),
        data,
    );
    assert_eq!(earlier.sort, None);
    // The link of the new view opens without a notice.
    let link = encode(&earlier, data);
    // 2022 is not DTI's best-covered year (2024, the ranking's default): it stays in
    // the link, and the order by 2024 does not.
    assert_eq!(link, "time=2022&view=ranking");
    assert!(decode(&link, data).notices.is_empty());
    // An order by name survives any time.
    let by_name = decode("?view=table&sort=name", data).state;
    let narrowed = apply(
        &by_name,
        Action::SetEndYear(Year::new(2021).expect("a year")),
        data,
    );
    assert!(narrowed.sort.is_some());
}
