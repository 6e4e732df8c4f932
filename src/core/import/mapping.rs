//! What each column of an imported table is, guessed from its header and its values and
//! then confirmed by the person: the place column, a value column (an indicator in a
//! year: one column per year of one indicator, or one column per indicator of one year —
//! the wide tables people have), or a field of the tidy layout the app exports
//! (`indicator, province, year, value`, with optional `unit, kind, source, quote,
//! name_vi, name_en`).

use super::grid::Grid;
use super::number::parse_number;
use super::places::PlaceMatcher;
use crate::core::data::dataset::Dataset;
use crate::core::data::fold::fold;
use crate::core::data::model::Unit;
use crate::core::view::state::Units;

/// Which indicator a value column holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IndicatorChoice {
    /// A built-in indicator, by id (`dti-rank`): its values are compared with ours.
    Existing(String),
    /// An indicator of the person's own, with the name and unit they give it.
    New { name: String, unit: Unit },
}

/// A field of the tidy layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TidyField {
    Indicator,
    Year,
    Value,
    Unit,
    Kind,
    Source,
    Quote,
    NameVi,
    NameEn,
    /// The part of the year (`H1`, `to-06`, `as-of`; empty for the full year).
    Period,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ColumnRole {
    Ignore,
    Place,
    /// Values of `indicator` in `year` (the mapping's year where `None`).
    Value {
        indicator: IndicatorChoice,
        year: Option<u16>,
    },
    Tidy(TidyField),
    /// For areas of a person's own: the larger place each lies in (a district, a
    /// province), which tells apart areas of the same name ("Xã Tân Lập, Hải Dương").
    Within,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    /// The name the set is listed under ("DTI 2023 (Sở KH&CN)"); the file name at first.
    pub name: String,
    /// The geography the places are named in.
    pub units: Units,
    /// The places are the person's own areas (districts, communes…), taken by name
    /// rather than matched to provinces: ranked and tabled, never mapped.
    pub own_areas: bool,
    /// The year of value columns whose header names none.
    pub year: Option<u16>,
    pub columns: Vec<ColumnRole>,
}

impl Mapping {
    /// Whether the rows are tidy records (one value per row) rather than a wide table.
    pub fn is_tidy(&self) -> bool {
        [TidyField::Indicator, TidyField::Year, TidyField::Value]
            .iter()
            .all(|f| self.columns.contains(&ColumnRole::Tidy(*f)))
    }

    pub fn place_column(&self) -> Option<usize> {
        self.columns.iter().position(|c| *c == ColumnRole::Place)
    }

    pub fn tidy_column(&self, field: TidyField) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| *c == ColumnRole::Tidy(field))
    }
}

/// Header words of the tidy layout (folded), the app's own export's first.
const TIDY_HEADERS: [(&str, TidyField); 19] = [
    ("indicator id", TidyField::Indicator),
    ("indicator", TidyField::Indicator),
    ("chi so", TidyField::Indicator),
    ("chi tieu", TidyField::Indicator),
    ("year", TidyField::Year),
    ("nam", TidyField::Year),
    ("value", TidyField::Value),
    ("gia tri", TidyField::Value),
    ("unit", TidyField::Unit),
    ("don vi tinh", TidyField::Unit),
    ("kind", TidyField::Kind),
    ("source title", TidyField::Source),
    ("source", TidyField::Source),
    ("nguon", TidyField::Source),
    ("quote", TidyField::Quote),
    ("name vi", TidyField::NameVi),
    ("name en", TidyField::NameEn),
    ("period", TidyField::Period),
    ("ky", TidyField::Period),
];
/// Header words of the place column (folded), the app's own export's code first.
const PLACE_HEADERS: [&str; 10] = [
    "place code",
    "iso 3166 2",
    "province",
    "place",
    "tinh",
    "tinh thanh pho",
    "tinh thanh",
    "dia phuong",
    "don vi",
    "ten tinh",
];
/// Header words of a place column whose places are smaller than provinces (folded).
const OWN_AREA_HEADERS: [&str; 8] = [
    "xa",
    "phuong",
    "xa phuong",
    "huyen",
    "quan huyen",
    "commune",
    "district",
    "ward",
];
/// Headers of a row-number column (folded): never an indicator.
const ROW_NUMBER_HEADERS: [&str; 6] = ["stt", "tt", "no", "so tt", "thu tu", "n"];
/// Words in a wide table's header that name a built-in DTI indicator (folded).
const DTI_WORDS: [(&str, &str); 4] = [
    ("chinh quyen so", "dti-government"),
    ("kinh te so", "dti-economy"),
    ("xa hoi so", "dti-society"),
    ("dti", "dti"),
];

/// The mapping a table most likely has; the person confirms or corrects it.
pub fn guess(grid: &Grid, dataset: &Dataset, file_name: &str) -> Mapping {
    let headers: Vec<String> = grid.header.iter().map(|h| fold(h)).collect();
    let file_year = year_in(&fold(file_name));
    let mut columns = vec![ColumnRole::Ignore; grid.header.len()];
    // The place column: a known header (a commune's before its province's), else the
    // first column (the person can change it).
    let place = OWN_AREA_HEADERS
        .iter()
        .chain(PLACE_HEADERS.iter())
        .find_map(|word| headers.iter().position(|h| h == word))
        .unwrap_or(0);
    if let Some(role) = columns.get_mut(place) {
        *role = ColumnRole::Place;
    }
    let tidy: Vec<(usize, TidyField)> = headers
        .iter()
        .enumerate()
        .filter(|(ix, _)| *ix != place)
        .filter_map(|(ix, h)| {
            TIDY_HEADERS
                .iter()
                .find(|(word, _)| h == word)
                .map(|(_, f)| (ix, *f))
        })
        .collect();
    let is_tidy = [TidyField::Indicator, TidyField::Year, TidyField::Value]
        .iter()
        .all(|f| tidy.iter().any(|(_, g)| g == f));
    if is_tidy {
        for (ix, field) in tidy {
            // The first column of a field wins (`indicator_id` before `indicator`).
            if !columns.contains(&ColumnRole::Tidy(field)) {
                columns[ix] = ColumnRole::Tidy(field);
            }
        }
    } else {
        // Columns headed by a year hold one indicator, named after the file.
        let stem = file_stem(file_name);
        // In a DTI table, "Điểm" and "Xếp hạng" alone are the DTI's score and rank.
        let dti_file = fold(file_name).split(' ').any(|w| w == "dti");
        for (ix, header) in headers.iter().enumerate() {
            if ix == place
                || ROW_NUMBER_HEADERS.contains(&header.as_str())
                || header.is_empty()
                || !column_has_numbers(grid, ix)
            {
                continue;
            }
            let year = year_in(header);
            let only_a_year = year.is_some() && header.chars().all(|c| c.is_ascii_digit());
            let indicator = if only_a_year {
                IndicatorChoice::New {
                    name: stem.clone(),
                    unit: unit_of_values(grid, ix, false),
                }
            } else {
                indicator_for(header, &grid.header[ix], grid, ix, dataset, dti_file)
            };
            columns[ix] = ColumnRole::Value { indicator, year };
        }
    }
    let units = geography_of(grid, place, dataset, file_name);
    let own_areas = own_areas_of(grid, place, dataset, units);
    if own_areas {
        // The province or district columns beside a commune column place each commune.
        for (ix, header) in headers.iter().enumerate() {
            let names_a_place = PLACE_HEADERS.contains(&header.as_str())
                || OWN_AREA_HEADERS.contains(&header.as_str());
            if ix != place && names_a_place && columns[ix] == ColumnRole::Ignore {
                columns[ix] = ColumnRole::Within;
            }
        }
    }
    Mapping {
        name: file_name.to_string(),
        units,
        own_areas,
        year: file_year,
        columns,
    }
}

/// A year 2000–2099 written in `text`, if one is.
pub fn year_in(text: &str) -> Option<u16> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<u16>().ok())
        .find(|y| (2000..=2099).contains(y))
}

fn column_has_numbers(grid: &Grid, ix: usize) -> bool {
    let cells = grid
        .rows
        .iter()
        .map(|r| r.cell(ix))
        .filter(|c| !c.is_empty());
    let (mut numbers, mut all) = (0usize, 0usize);
    for cell in cells.take(200) {
        all += 1;
        numbers += usize::from(parse_number(cell).is_some());
    }
    all > 0 && numbers * 2 > all
}

/// A built-in indicator the header names ("Điểm DTI", "Xếp hạng kinh tế số"), else a
/// new one named by the header, with the unit its values suggest.
fn indicator_for(
    folded: &str,
    header: &str,
    grid: &Grid,
    ix: usize,
    dataset: &Dataset,
    dti_file: bool,
) -> IndicatorChoice {
    let rank = folded.contains("xep hang")
        || folded.contains("thu hang")
        || folded.split(' ').any(|w| w == "hang" || w == "rank");
    let score = ["diem", "score", "gia tri", "chi so"]
        .iter()
        .any(|w| folded.contains(w));
    let named = DTI_WORDS
        .iter()
        .find(|(word, _)| folded.contains(word))
        .map(|(_, prefix)| *prefix)
        .or((dti_file && (rank || score)).then_some("dti"));
    if let Some(prefix) = named {
        let id = if rank {
            format!("{prefix}-rank")
        } else if score || !looks_like_ranks(grid, ix) {
            format!("{prefix}-score")
        } else {
            format!("{prefix}-rank")
        };
        if dataset.find_indicator(&id).is_some() {
            return IndicatorChoice::Existing(id);
        }
    }
    IndicatorChoice::New {
        name: header.trim().to_string(),
        unit: unit_of_values(grid, ix, rank),
    }
}

fn values(grid: &Grid, ix: usize) -> impl Iterator<Item = f64> + '_ {
    grid.rows
        .iter()
        .filter_map(move |r| parse_number(r.cell(ix)))
}

fn looks_like_ranks(grid: &Grid, ix: usize) -> bool {
    let mut any = false;
    for v in values(grid, ix) {
        any = true;
        if v.fract() != 0.0 || !(1.0..=63.0).contains(&v) {
            return false;
        }
    }
    any
}

fn unit_of_values(grid: &Grid, ix: usize, named_rank: bool) -> Unit {
    unit_of(values(grid, ix), named_rank)
}

/// The unit values suggest: ranks (whole, 1–63, or named so), scores (0–1), percent
/// (0–100 with fractions), else counts.
pub fn unit_of(values: impl Iterator<Item = f64>, named_rank: bool) -> Unit {
    let (mut lo, mut hi, mut whole, mut any) = (f64::MAX, f64::MIN, true, false);
    for v in values {
        (lo, hi, whole, any) = (lo.min(v), hi.max(v), whole && v.fract() == 0.0, true);
    }
    if named_rank || (any && whole && lo >= 1.0 && hi <= 63.0) {
        return Unit::Rank;
    }
    if lo >= 0.0 && hi <= 1.0 {
        Unit::Score
    } else if lo >= 0.0 && hi <= 100.0 && !whole {
        Unit::Percent
    } else {
        Unit::Count
    }
}

/// The name of a file without its folder and extension ("DTI 2023.xlsx" → "DTI 2023").
pub fn file_stem(file_name: &str) -> String {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    if stem.trim().is_empty() {
        name.to_string()
    } else {
        stem.trim().to_string()
    }
}

/// Whether the places are a person's own areas: the place column's header says so
/// ("Xã", "Huyện", "Commune"…) and fewer than half of its names are provinces.
fn own_areas_of(grid: &Grid, place: usize, dataset: &Dataset, units: Units) -> bool {
    let header = grid.header.get(place).map(|h| fold(h)).unwrap_or_default();
    let says_so = header.split(' ').any(|w| OWN_AREA_HEADERS.contains(&w))
        || OWN_AREA_HEADERS.contains(&header.as_str());
    if !says_so {
        return false;
    }
    let matcher = PlaceMatcher::new(dataset);
    let names: Vec<&str> = grid.rows.iter().take(200).map(|r| r.cell(place)).collect();
    let known = names
        .iter()
        .filter(|n| matcher.resolve(n, units).is_ok())
        .count();
    known * 2 < names.len()
}

/// The geography of the place names: the 34 units where the file or its header says so
/// ("34", "sau sáp nhập") and some names are units, or where more names are units than
/// provinces; else the 63 provinces.
fn geography_of(grid: &Grid, place: usize, dataset: &Dataset, file_name: &str) -> Units {
    let matcher = PlaceMatcher::new(dataset);
    let count = |units| {
        grid.rows
            .iter()
            .take(200)
            .filter(|r| matcher.resolve(r.cell(place), units).is_ok())
            .count()
    };
    let said = fold(&format!("{file_name} {}", grid.header.join(" ")));
    let hinted = said.split(' ').any(|w| w == "34") || said.contains("sau sap nhap");
    let units = count(Units::Post2025);
    if (hinted && units > 0) || units > count(Units::Pre2025) {
        Units::Post2025
    } else {
        Units::Pre2025
    }
}
