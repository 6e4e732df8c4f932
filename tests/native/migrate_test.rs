//! Old and odd links keep working: each migration with its input and output, whole
//! links with their canonical form, `v=`, canonical links as fixed points, and links
//! that name post-2025 units.

use cds_explorer::core::charts::map::spec::MapChart;
use cds_explorer::core::charts::registry::{map_chart, ChartContent};
use cds_explorer::core::data::model::Area;
use cds_explorer::core::view::action::{apply, Action};
use cds_explorer::core::view::migrate::{
    migrate, name_key, parse_query, Params, CURRENT_VERSION, MIGRATIONS,
};
use cds_explorer::core::view::state::{Units, ViewState};
use cds_explorer::core::view::url::{decode, encode, NoticeReason};

use super::common::shipped;

/// Writes pairs back as `k=v&…`, unescaped, so expectations stay readable.
fn show(params: &Params) -> String {
    let pairs: Vec<String> = params.iter().map(|(k, v)| format!("{k}={v}")).collect();
    pairs.join("&")
}

/// Runs the migration called `name` alone on `query`.
fn run_one(name: &str, query: &str) -> String {
    let migration = MIGRATIONS
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no migration {name}"));
    let mut params = parse_query(query);
    (migration.run)(&mut params, shipped());
    show(&params)
}

/// A migration, a query, and the query after that migration alone.
#[rustfmt::skip]
const MIGRATION_CASES: [(&str, &str, &str); 32] = [
    ("provinces-comma-separator", "provinces=hai-duong,thanh-hoa", "provinces=hai-duong~thanh-hoa"),
    ("provinces-comma-separator", "provinces=hai-duong~a,b", "provinces=hai-duong~a,b"),
    ("provinces-comma-separator", "lang=a,b", "lang=a,b"),
    ("place-codes", "provinces=VN-61~vn-21~VN", "provinces=hai-duong~thanh-hoa~viet-nam"),
    ("place-codes", "provinces=VN-99~hai-duong", "provinces=VN-99~hai-duong"),
    ("place-names", "provinces=Hải Dương", "provinces=hai-duong"),
    ("place-names", "provinces=hải%20%20dương~THANH+HOÁ", "provinces=hai-duong~thanh-hoa"),
    ("place-names", "provinces=TP. Hồ Chí Minh~Ho Chi Minh City", "provinces=ho-chi-minh~ho-chi-minh"),
    ("place-names", "provinces=Thành phố Đà Nẵng~Tỉnh Thanh Hóa", "provinces=da-nang~thanh-hoa"),
    ("place-names", "provinces=Hanoi~TP.HCM~Việt Nam", "provinces=ha-noi~ho-chi-minh~viet-nam"),
    ("place-names", "provinces=Bà Rịa-Vũng Tàu", "provinces=ba-ria-vung-tau"),
    ("place-names", "provinces=Atlantis~hai-duong~", "provinces=Atlantis~hai-duong~"),
    ("place-names", "provinces=2025:hai-phong~Huế", "provinces=2025:hai-phong~Huế"),
    ("merged-units", "provinces=2025:hai-phong", "provinces=hai-duong~hai-phong"),
    ("merged-units", "provinces=hue~2025:Huế", "provinces=thua-thien-hue~thua-thien-hue"),
    ("merged-units", "provinces=Thành phố Huế~da-nang", "provinces=thua-thien-hue~da-nang"),
    ("merged-units", "provinces=hai-phong~Hải Phòng", "provinces=hai-phong~Hải Phòng"),
    ("merged-units", "provinces=2025:atlantis", "provinces=2025:atlantis"),
    ("year-to-time", "year=2022&lang=en", "time=2022&lang=en"),
    ("year-to-time", "year=2022&time=2021", "year=2022&time=2021"),
    ("time-dash-span", "time=2020-2024", "time=2020..2024"),
    ("time-dash-span", "time=2020 – 2024", "time=2020..2024"),
    ("time-dash-span", "time=-2024", "time=-2024"),
    ("lang-tags", "lang=vi-VN&lang=en-US", "lang=vi&lang=en"),
    ("lang-tags", "lang=EN", "lang=en"),
    ("lang-tags", "lang=en_GB&lang=vn", "lang=en&lang=vi"),
    ("lang-tags", "lang=fr-FR", "lang=fr-FR"),
    ("units-names", "units=2025", "units=34"),
    ("units-names", "units=Post2025&units=pre-2025", "units=34&units=63"),
    ("units-names", "units=35", "units=35"),
    ("view-aliases", "view=bar&view=chart", "view=ranking&view=line"),
    ("view-aliases", "view=pie", "view=pie"),
];

#[test]
fn each_migration_rewrites_only_its_own_form() {
    let cases = MIGRATION_CASES;
    for (name, input, output) in cases {
        assert_eq!(run_one(name, input), *output, "{name} on {input:?}");
    }
    // Every migration has a case above.
    for migration in MIGRATIONS {
        assert!(
            cases.iter().any(|(name, _, _)| *name == migration.name),
            "{migration:?} is untested"
        );
    }
}

/// An old or odd link, and the canonical link it becomes.
#[rustfmt::skip]
const OLD_LINKS: [(&str, &str); 30] = [
    ("?provinces=Hải Dương~Thanh Hoá~Đà Nẵng", ""),
    ("?provinces=hải  dương", "provinces=hai-duong"),
    ("?provinces=H%E1%BA%A3i%20D%C6%B0%C6%A1ng", "provinces=hai-duong"),
    ("?provinces=Hai+Duong,Thanh+Hoa", "provinces=hai-duong~thanh-hoa"),
    ("?provinces=hai-duong,thanh-hoa", "provinces=hai-duong~thanh-hoa"),
    ("?provinces=TP. Hồ Chí Minh~Ho Chi Minh City", "provinces=ho-chi-minh"),
    ("?provinces=Thành phố Đà Nẵng~Tỉnh Thanh Hóa", "provinces=da-nang~thanh-hoa"),
    ("?provinces=VN-61~vn-26", "provinces=hai-duong~thua-thien-hue"),
    ("?provinces=Việt Nam~VN-SG", "provinces=viet-nam~ho-chi-minh"),
    ("?provinces=2025:hai-phong", "provinces=hai-duong~hai-phong"),
    ("?provinces=2025:hai-phong&units=34&view=map", "provinces=hai-duong~hai-phong&view=map&units=34"),
    ("?provinces=hue", "provinces=thua-thien-hue"),
    ("?provinces=Huế~da-nang", "provinces=thua-thien-hue~da-nang"),
    ("?provinces=hai-phong", "provinces=hai-phong"),
    ("?provinces=Hải Phòng", "provinces=hai-phong"),
    ("?provinces=2025:ninh-binh", "provinces=ha-nam~ninh-binh~nam-dinh"),
    ("?year=2022", "time=2022"),
    ("?year=2022&time=2021", "time=2021"),
    ("?time=2020-2024", ""),
    ("?time=2021-2023", "time=2021..2023"),
    ("?year=2019-2022", "time=2019..2022"),
    ("?lang=vi-VN", ""),
    ("?lang=en-US", "lang=en"),
    ("?lang=EN", "lang=en"),
    ("?units=2025&view=map", "view=map&units=34"),
    ("?units=post2025", "units=34"),
    ("?view=bar", "view=ranking"),
    ("?view=chart", ""),
    ("?v=1&provinces=Hai Duong&view=bar", "provinces=hai-duong&view=ranking"),
    ("?v=2&view=ranking&lang=en", "view=ranking&lang=en"),
];

#[test]
fn old_and_odd_links_become_canonical() {
    let data = shipped();
    for (old, canonical) in OLD_LINKS {
        let decoded = decode(old, data);
        assert_eq!(encode(&decoded.state, data), canonical, "{old:?}");
        assert!(decoded.notices.is_empty(), "{old:?}: {:?}", decoded.notices);
    }
}

#[test]
fn the_version_decides_which_migrations_run() {
    use NoticeReason::*;
    let data = shipped();
    let check = |query: &str, canonical: &str, ignored: &[(&str, NoticeReason)]| {
        let decoded = decode(query, data);
        assert_eq!(encode(&decoded.state, data), canonical, "{query:?}");
        let got: Vec<(&str, NoticeReason)> = decoded
            .notices
            .iter()
            .map(|n| (n.param, n.reason))
            .collect();
        assert_eq!(got, ignored, "{query:?}");
    };
    assert_eq!(CURRENT_VERSION, 2);
    // A version-2 link is already canonical: loose forms are not upgraded.
    check("?v=2&view=bar", "", &[("view", UnknownView)]);
    check(
        "?v=2&provinces=Hải Dương",
        "",
        &[("provinces", UnknownProvince)],
    );
    // An unknown version is reported and read as version 1.
    check("?v=99&view=bar", "view=ranking", &[("v", UnknownVersion)]);
    check("?v=abc&lang=EN", "lang=en", &[("v", UnknownVersion)]);
    check(
        "?v=&v=2&view=chart",
        "",
        &[("v", UnknownVersion), ("v", Repeated)],
    );
    check("?v=1&v=2&view=bar", "view=ranking", &[("v", Repeated)]);
    check("?v=-1", "", &[("v", UnknownVersion)]);
    // Migrations leave what they do not know to the decoder, which reports it.
    check(
        "?provinces=Atlantis,Hải Dương",
        "provinces=hai-duong",
        &[("provinces", UnknownProvince)],
    );
    check(
        "?provinces=2025:atlantis",
        "",
        &[("provinces", UnknownProvince)],
    );
    check("?lang=fr-FR", "", &[("lang", UnknownLang)]);
    let version = |v| migrate(parse_query("view=bar"), v, data);
    assert_eq!(show(&version(1)), "view=ranking");
    assert_eq!(show(&version(2)), "view=bar");
}

/// Canonical links, the default view and every parameter among them.
const CANONICAL: [&str; 16] = [
    "",
    "provinces=",
    "provinces=hai-duong~viet-nam~thua-thien-hue~ho-chi-minh",
    "provinces=hai-phong~ba-ria-vung-tau",
    "indicator=dti-government-score",
    "time=2022",
    "time=2017..2030",
    "view=ranking&region=mekong-delta",
    "view=map&units=34",
    "view=table&sort=-2022",
    "sort=name",
    "indicator=pci-rank&view=coverage",
    "lang=en",
    "view=profile&embed=1",
    "embed=1",
    "provinces=da-nang&indicator=dti-score&time=2021..2023&view=table&region=southeast&sort=change&units=34&lang=en&embed=1",
];

#[test]
fn canonical_links_are_fixed_points_of_every_migration() {
    let data = shipped();
    for link in CANONICAL {
        for migration in MIGRATIONS {
            let mut params = parse_query(link);
            (migration.run)(&mut params, data);
            assert_eq!(show(&params), link, "{migration:?} changed {link:?}");
        }
        let decoded = decode(link, data);
        assert!(decoded.notices.is_empty(), "{link}: {:?}", decoded.notices);
        assert_eq!(encode(&decoded.state, data), link, "{link} is canonical");
    }
    // What encode writes for every province is a fixed point too.
    for province in data.provinces() {
        let link = format!("provinces={}", province.slug);
        assert_eq!(show(&migrate(parse_query(&link), 1, data)), link);
    }
}

#[test]
fn place_names_do_not_collide() {
    let data = shipped();
    let mut keys: Vec<(String, &str)> = Vec::new();
    for p in data.provinces() {
        for name in [&p.slug, &p.name_vi, &p.name_en] {
            let key = name_key(name);
            let other = keys.iter().find(|(k, slug)| *k == key && *slug != p.slug);
            assert!(other.is_none(), "{name} and {other:?}");
            keys.push((key, &p.slug));
        }
    }
    assert_eq!(
        name_key("Thành phố Hồ Chí Minh"),
        name_key("Ho Chi Minh City")
    );
    assert_eq!(name_key("Thanh Hoá"), name_key("thanh-hóa"));
}

#[test]
fn decoding_never_panics() {
    let data = shipped();
    let mut seed: u32 = 12345;
    let alphabet: Vec<char> = "~,=&?%.:-–2025vV ả ĐhueHuếFF0x+".chars().collect();
    for _ in 0..400 {
        let length = (seed % 40) as usize;
        let query: String = (0..length)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                alphabet[(seed >> 16) as usize % alphabet.len()]
            })
            .collect();
        for prefix in ["provinces=", "time=", "v=", "lang=", "year=", ""] {
            let decoded = decode(&format!("{prefix}{query}"), data);
            let _ = encode(&decoded.state, data);
        }
    }
}

fn map(state: &ViewState) -> MapChart {
    match map_chart(shipped(), state) {
        ChartContent::Map(chart) => *chart,
        other => panic!("{other:?}"),
    }
}

/// The labels of the outlined regions.
fn outlined(state: &ViewState) -> Vec<String> {
    let chart = map(state);
    chart
        .regions
        .iter()
        .filter(|r| r.selected)
        .map(|r| r.label.clone())
        .collect()
}

#[test]
fn hai_phong_stays_selected_between_63_and_34_units() {
    let data = shipped();
    let hai_phong = Area::Province(data.find_province("hai-phong").expect("hai-phong"));
    let on_34 = decode("?provinces=hai-phong&units=34&view=map", data).state;
    assert_eq!(on_34.places, [hai_phong]);
    assert_eq!(outlined(&on_34), ["Hải Phòng (sau sáp nhập)"]);
    let on_63 = apply(&on_34, Action::SetUnits(Units::Pre2025), data);
    assert_eq!(on_63.places, [hai_phong]);
    assert_eq!(outlined(&on_63), ["Hải Phòng"], "not Hải Dương");
    assert_eq!(encode(&on_63, data), "provinces=hai-phong&view=map");
    let back = apply(&on_63, Action::SetUnits(Units::Post2025), data);
    assert_eq!(back, on_34);
    assert_eq!(outlined(&back), ["Hải Phòng (sau sáp nhập)"]);
    // The unit as a link selects both provinces it absorbed; one outline on 34 units.
    let unit = decode("?provinces=2025:hai-phong&units=34&view=map", data).state;
    assert_eq!(outlined(&unit), ["Hải Phòng (sau sáp nhập)"]);
    let pre = apply(&unit, Action::SetUnits(Units::Pre2025), data);
    assert_eq!(outlined(&pre), ["Hải Dương", "Hải Phòng"]);
}

#[test]
fn clicking_a_unit_toggles_the_provinces_it_absorbed() {
    let data = shipped();
    let slugs = |state: &ViewState| -> Vec<String> {
        let places = state.places.iter().filter_map(|&a| data.area_slug(a));
        places.collect()
    };
    let unit = |slug: &str| {
        let found = data.merged_units().iter().position(|u| u.slug == slug);
        found.expect(slug)
    };
    let start = decode("?provinces=thanh-hoa~hai-duong", data).state;
    // Hải Dương is selected: a click on Hải Phòng removes it (and Hải Phòng if selected).
    let removed = apply(&start, Action::ToggleUnit(unit("hai-phong")), data);
    assert_eq!(slugs(&removed), ["thanh-hoa"]);
    // Nothing of Hải Phòng is selected: a click adds both, in the register's order.
    let added = apply(&removed, Action::ToggleUnit(unit("hai-phong")), data);
    assert_eq!(slugs(&added), ["thanh-hoa", "hai-duong", "hai-phong"]);
    let again = apply(&added, Action::ToggleUnit(unit("hai-phong")), data);
    assert_eq!(slugs(&again), ["thanh-hoa"]);
    let ninh_binh = apply(&again, Action::ToggleUnit(unit("ninh-binh")), data);
    assert_eq!(
        slugs(&ninh_binh),
        ["thanh-hoa", "ha-nam", "ninh-binh", "nam-dinh"]
    );
    let from_empty = apply(
        &ViewState {
            places: vec![],
            ..start.clone()
        },
        Action::ToggleUnit(unit("hue")),
        data,
    );
    assert_eq!(slugs(&from_empty), ["thua-thien-hue"]);
    // A stale index changes nothing.
    assert_eq!(apply(&start, Action::ToggleUnit(999), data), start);
}
