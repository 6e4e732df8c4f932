//! Old and odd links, upgraded: a versioned list of small, named migrations that
//! rewrite a query's parameters into the canonical form before [`super::url::decode`]
//! resolves them.
//!
//! Links are a public contract and must never break. A link may say which format it
//! was written in with `v=N`; without it (every link written so far) it is version 1.
//! Each [`Migration`] records the version it upgrades from, and a version-`N` link goes
//! through the migrations with `from >= N`, in the order of [`MIGRATIONS`]. An unknown
//! or malformed `v` is reported by the decoder and read as version 1.
//!
//! A migration works on the percent-decoded `(key, value)` pairs ([`Params`]), does one
//! thing, and leaves everything it does not recognise as it was, so that the decoder
//! still reports what cannot be used. Every canonical link (what `encode` writes) is a
//! fixed point of every migration, which is why `encode` need not write `v` until a
//! change gives a canonical form a new meaning (`tests/native/migrate_test.rs` checks
//! this). See "Changing the format" in `docs/urls.md`.

use std::cell::OnceCell;

use crate::core::data::dataset::{Dataset, MERGED_PREFIX, NATIONAL_SLUG};
use crate::core::data::fold::fold;
use crate::core::data::model::ProvinceCode;

/// The link format this release writes and reads. Version 2 is the canonical form of
/// `docs/urls.md`; version 1 is every link written before `v` existed, loose forms
/// included.
pub const CURRENT_VERSION: u32 = 2;

/// The version of a link without `v`.
pub const FIRST_VERSION: u32 = 1;

/// The parameter that carries the link format's version.
pub const VERSION_PARAM: &str = "v";

/// Separates provinces in `provinces=`.
pub const LIST_SEPARATOR: char = '~';

/// A query's parameters in order, percent-decoded, values trimmed.
pub type Params = Vec<(String, String)>;

/// One upgrade of old links: rewrites `params` in place.
#[derive(Clone, Copy)]
pub struct Migration {
    /// A short kebab-case name, for tests and documentation.
    pub name: &'static str,
    /// The link version this migration upgrades from: it runs on links of this
    /// version and older.
    pub from: u32,
    pub run: fn(&mut Params, &Dataset),
}

impl std::fmt::Debug for Migration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Migration({}, from {})", self.name, self.from)
    }
}

/// Every migration, in the order they run. Append new ones; never remove one.
#[rustfmt::skip]
pub const MIGRATIONS: [Migration; 9] = [
    Migration { name: "provinces-comma-separator", from: 1, run: comma_separator },
    Migration { name: "place-codes", from: 1, run: place_codes },
    Migration { name: "place-names", from: 1, run: place_names },
    Migration { name: "merged-units", from: 1, run: merged_units },
    Migration { name: "year-to-time", from: 1, run: year_to_time },
    Migration { name: "time-dash-span", from: 1, run: time_dash_span },
    Migration { name: "lang-tags", from: 1, run: lang_tags },
    Migration { name: "units-names", from: 1, run: units_names },
    Migration { name: "view-aliases", from: 1, run: view_aliases },
];

/// Splits a query string (with or without `?`) into percent-decoded pairs.
pub fn parse_query(query: &str) -> Params {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.trim().to_string()))
        .collect()
}

/// Removes every `key` from `params` and returns their values in order.
pub fn take(params: &mut Params, key: &str) -> Vec<String> {
    let (taken, kept): (Params, Params) = std::mem::take(params)
        .into_iter()
        .partition(|(k, _)| k == key);
    *params = kept;
    taken.into_iter().map(|(_, value)| value).collect()
}

/// The version a `v=` value names, if this release knows it.
pub fn parse_version(value: &str) -> Option<u32> {
    if value.is_empty() || value.len() > 3 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let version: u32 = value.parse().ok()?;
    (FIRST_VERSION..=CURRENT_VERSION)
        .contains(&version)
        .then_some(version)
}

/// Upgrades the parameters of a version-`version` link to the current format.
pub fn migrate(mut params: Params, version: u32, dataset: &Dataset) -> Params {
    for migration in MIGRATIONS.iter().filter(|m| m.from >= version) {
        (migration.run)(&mut params, dataset);
    }
    params
}

/// Rewrites the values of `key` that `rewrite` recognises.
fn each_value(params: &mut Params, key: &str, rewrite: impl Fn(&str) -> Option<String>) {
    for (k, value) in params.iter_mut() {
        if k == key {
            if let Some(new) = rewrite(value) {
                *value = new;
            }
        }
    }
}

/// Rewrites the items of `provinces=` lists that `rewrite` recognises into one or more
/// items; the others stay exactly as written.
fn each_place(params: &mut Params, rewrite: impl Fn(&str) -> Option<Vec<String>>) {
    let separator = LIST_SEPARATOR;
    each_value(params, "provinces", |value| {
        let mut changed = false;
        let mut items: Vec<String> = Vec::new();
        for item in value.split(separator) {
            match rewrite(item.trim()) {
                Some(new) => {
                    changed = true;
                    items.extend(new);
                }
                None => items.push(item.to_string()),
            }
        }
        changed.then(|| items.join(&separator.to_string()))
    });
}

/// `provinces=hai-duong,thanh-hoa` → `hai-duong~thanh-hoa`: some old lists used
/// commas. Names never hold a comma, but a list that already uses `~` is left alone.
fn comma_separator(params: &mut Params, _: &Dataset) {
    let separator = LIST_SEPARATOR;
    each_value(params, "provinces", |value| {
        (value.contains(',') && !value.contains(separator))
            .then(|| value.replace(',', &separator.to_string()))
    });
}

/// `VN-61` or `vn-61` → `hai-duong`; `VN` → `viet-nam`.
fn place_codes(params: &mut Params, dataset: &Dataset) {
    each_place(params, |item| {
        if item.eq_ignore_ascii_case("VN") {
            return Some(vec![NATIONAL_SLUG.to_string()]);
        }
        let code = ProvinceCode::parse(item)?;
        let province = dataset.provinces().iter().find(|p| p.code == code)?;
        Some(vec![province.slug.clone()])
    });
}

/// `Hải Dương`, `hải  dương`, `Thanh Hoá`, `TP. Hồ Chí Minh`, `Ho Chi Minh City`,
/// `Việt Nam` → their slugs. Slugs are left alone.
fn place_names(params: &mut Params, dataset: &Dataset) {
    let names = Names::new(dataset);
    each_place(params, |item| {
        if dataset.find_place(item).is_some() {
            return None;
        }
        names.place(item).map(|slug| vec![slug.to_string()])
    });
}

/// A post-2025 unit (`2025:hai-phong`, the unit slug `hue`, or a unit's name such as
/// `Huế`) → the provinces it absorbed, in the register's order. A slug or name that is
/// also a province's stays that province.
fn merged_units(params: &mut Params, dataset: &Dataset) {
    let names = Names::new(dataset);
    each_place(params, |item| {
        let unit = match item.strip_prefix(MERGED_PREFIX) {
            Some(rest) => names.unit(rest)?,
            None if dataset.find_place(item).is_some() || names.place(item).is_some() => {
                return None
            }
            None => names.unit(item)?,
        };
        let absorbed = dataset.merged_units().get(unit)?.absorbed.iter();
        let slugs: Vec<String> = absorbed
            .filter_map(|&p| dataset.province(p).map(|p| p.slug.clone()))
            .collect();
        (!slugs.is_empty()).then_some(slugs)
    });
}

/// `year=2022` → `time=2022`, unless the link has a `time`.
fn year_to_time(params: &mut Params, _: &Dataset) {
    if params.iter().any(|(k, _)| k == "time") {
        return;
    }
    for (key, _) in params.iter_mut().filter(|(k, _)| k == "year") {
        *key = "time".to_string();
    }
}

/// `time=2020-2024` (or with a dash, spaced) → `time=2020..2024`.
fn time_dash_span(params: &mut Params, _: &Dataset) {
    let is_year = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    each_value(params, "time", |value| {
        let (start, end) = value.split_once(['-', '–', '—'])?;
        let (start, end) = (start.trim(), end.trim());
        (is_year(start) && is_year(end)).then(|| format!("{start}..{end}"))
    });
}

/// `lang=vi-VN`, `en_US`, `EN`, `vn` → `vi` or `en`.
fn lang_tags(params: &mut Params, _: &Dataset) {
    each_value(params, "lang", |value| {
        let lower = value.to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or_default();
        let lang = match primary {
            "vn" => "vi",
            "vi" | "en" => primary,
            _ => return None,
        };
        (lang != value).then(|| lang.to_string())
    });
}

/// `units=2025`, `post2025`, `post-2025` → `34`; `pre2025`, `pre-2025` → `63`.
fn units_names(params: &mut Params, _: &Dataset) {
    each_value(params, "units", |value| {
        match value.to_ascii_lowercase().as_str() {
            "2025" | "post2025" | "post-2025" => Some("34".to_string()),
            "pre2025" | "pre-2025" => Some("63".to_string()),
            _ => None,
        }
    });
}

/// `view=bar` → `ranking`; `view=chart` → `line`.
fn view_aliases(params: &mut Params, _: &Dataset) {
    each_value(params, "view", |value| {
        match value.to_ascii_lowercase().as_str() {
            "bar" | "bars" => Some("ranking".to_string()),
            "chart" => Some("line".to_string()),
            _ => None,
        }
    });
}

/// Words that name the kind of place around a name, folded: "Thành phố Đà Nẵng",
/// "TP. Hồ Chí Minh", "Tỉnh Thanh Hóa", "Ho Chi Minh City".
const PREFIXES: [&str; 4] = ["thanh pho ", "tp ", "tinh ", "city of "];
const SUFFIXES: [&str; 2] = [" city", " province"];

/// Other names people write for a place, as [`name_key`]s.
const ALIASES: [(&str, &str); 7] = [
    ("hcm", "ho-chi-minh"),
    ("tphcm", "ho-chi-minh"),
    ("hcmc", "ho-chi-minh"),
    ("saigon", "ho-chi-minh"),
    ("vietnam", NATIONAL_SLUG),
    ("canuoc", NATIONAL_SLUG),
    ("toanquoc", NATIONAL_SLUG),
];

/// A name reduced for comparison: folded (no diacritics, case or punctuation), without
/// the words for "city" or "province", and without spaces ("Ha Noi" = "Hanoi").
pub fn name_key(name: &str) -> String {
    folded_key(&fold(name))
}

/// [`name_key`] of a name that is already folded.
fn folded_key(folded: &str) -> String {
    let mut rest = folded;
    for prefix in PREFIXES {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    for suffix in SUFFIXES {
        rest = rest.strip_suffix(suffix).unwrap_or(rest);
    }
    rest.replace(' ', "")
}

/// The places and post-2025 units by [`name_key`] of their slugs and names, each
/// table built on first use (most links name only slugs and need neither).
struct Names<'a> {
    dataset: &'a Dataset,
    places: OnceCell<Vec<(String, &'a str)>>,
    units: OnceCell<Vec<(String, usize)>>,
}

impl<'a> Names<'a> {
    fn new(dataset: &'a Dataset) -> Self {
        Names {
            dataset,
            places: OnceCell::new(),
            units: OnceCell::new(),
        }
    }

    /// The slug of the province (or the whole country) that `name` names.
    fn place(&self, name: &str) -> Option<&'a str> {
        let key = name_key(name);
        let table = self.places.get_or_init(|| {
            let provinces = self.dataset.provinces().iter();
            let folded = provinces.zip(self.dataset.folded_names());
            folded
                .flat_map(|(p, (vi, en))| {
                    let slug = p.slug.replace('-', " ");
                    [slug.as_str(), vi, en].map(|n| (folded_key(n), p.slug.as_str()))
                })
                .chain(ALIASES.map(|(alias, slug)| (alias.to_string(), slug)))
                .collect()
        });
        let found = table.iter().find(|(k, _)| !key.is_empty() && *k == key);
        found.map(|&(_, slug)| slug)
    }

    /// The post-2025 unit that `name` names, by slug or name.
    fn unit(&self, name: &str) -> Option<usize> {
        let key = name_key(name);
        let table = self.units.get_or_init(|| {
            let units = self.dataset.merged_units().iter().enumerate();
            units
                .flat_map(|(ix, u)| [&u.slug, &u.name_vi, &u.name_en].map(|n| (name_key(n), ix)))
                .collect()
        });
        let found = table.iter().find(|(k, _)| !key.is_empty() && *k == key);
        found.map(|&(_, ix)| ix)
    }
}
