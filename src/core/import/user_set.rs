//! A set of values a person imported, as it is kept in the browser (serialisable, named
//! by slugs and ids rather than indices, so that it outlives a new release of the built-in
//! data), and [`merge`], which adds sets to the dataset the views read.

use crate::core::data::untrusted::shown;
use std::collections::HashMap;

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{
    Area, Better, Indicator, Observation, ObservationKind, PeriodPart, Pillar, Source, SourceKind,
    Unit, Year,
};
use crate::core::data::own_area::OWN_PREFIX;

pub use crate::core::data::model::USER_PREFIX;

/// Letters kept of a set's name, file name and own-area names (as the import cuts them).
pub const NAME_LETTERS: usize = 120;
/// Letters kept of an indicator's name.
pub const INDICATOR_LETTERS: usize = 200;
/// Letters kept of a value as printed, and of its quote.
pub const PRINTED_LETTERS: usize = 100;
pub const QUOTE_LETTERS: usize = 4_000;

#[derive(Debug, Clone, PartialEq)]
pub struct UserSet {
    /// ASCII kebab-case, unique among the sets kept.
    pub id: String,
    /// The name the person gave it; the file name at first.
    pub name: String,
    /// The file it came from.
    pub file: String,
    /// `YYYY-MM-DD`.
    pub imported: String,
    /// Indicators of the person's own (built-in indicators are named by id in values).
    pub indicators: Vec<UserIndicator>,
    pub values: Vec<UserValue>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UserIndicator {
    /// `user-<set>-<n>`.
    pub id: String,
    pub name: String,
    /// A unit id of `indicators.csv` (`rank`, `score`, …).
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UserValue {
    pub indicator: String,
    /// A province slug or ISO code, `2025:` and a unit slug, `VN`, or `own:` and the name
    /// of an area of the person's own.
    pub area: String,
    pub year: u16,
    /// `actual`, `estimate` or `target`.
    pub kind: String,
    pub value: f64,
    /// The cell as written.
    pub printed: String,
    /// The row's place and cell as written, or the file's own quote column.
    pub quote: String,
    /// Where in the file: "dti-2023.xlsx, dòng 12, cột “Điểm”".
    pub note: String,
    /// A rank the file gives to two places.
    pub tie: bool,
}

impl UserSet {
    /// The source every value of the set cites.
    pub fn source(&self) -> Source {
        Source {
            id: format!("{USER_PREFIX}{}", self.id),
            kind: SourceKind::User,
            title: self.name.clone(),
            publisher: USER_PUBLISHER.to_string(),
            published: Some(self.imported.clone()),
            url: None,
            file: None,
            copy: None,
        }
    }
}

/// The publisher of imported values; `text::source_words` has its English.
pub const USER_PUBLISHER: &str = "Dữ liệu của bạn";

/// The dataset with `sets` added: their indicators (pillar "Dữ liệu của bạn"), a source
/// each (kind `User`, below every published source), and every value whose indicator
/// and place are known. The built-in indices stay as they were.
pub fn merge(base: &Dataset, sets: &[UserSet]) -> Dataset {
    let mut merger = Merger::new(base, sets);
    for (n, set) in sets.iter().enumerate() {
        merger.add(n, &set.values);
    }
    merger.finish()
}

/// [`merge`] in steps: the sets' indicators and sources first, then their values a chunk
/// at a time (so that the page can paint between chunks), then the dataset.
pub struct Merger {
    dataset: Dataset,
    observations: Vec<Observation>,
    first_source: usize,
    ids: HashMap<String, usize>,
    areas: HashMap<String, Option<Area>>,
}

impl Merger {
    /// Takes the sets' headers (their values are added with [`Merger::add`]).
    pub fn new<'s>(base: &Dataset, sets: impl IntoIterator<Item = &'s UserSet>) -> Merger {
        let mut indicators = base.indicators().to_vec();
        let mut sources = base.sources().to_vec();
        for set in sets {
            for new in &set.indicators {
                if indicators.iter().any(|i| i.id == new.id) {
                    continue;
                }
                indicators.push(user_indicator(new, set));
            }
            sources.push(set.source());
        }
        let ids = indicators
            .iter()
            .enumerate()
            .map(|(ix, i)| (i.id.clone(), ix))
            .collect();
        Merger {
            dataset: Dataset::new(
                base.provinces().to_vec(),
                base.merged_units().to_vec(),
                indicators,
                sources,
                Vec::new(),
            ),
            observations: base.observations().to_vec(),
            first_source: base.sources().len(),
            ids,
            areas: HashMap::new(),
        }
    }

    /// Adds values of the `set`-th set (in the order given to [`Merger::new`]).
    pub fn add(&mut self, set: usize, values: &[UserValue]) {
        for v in values {
            let area = match self.areas.get(&v.area) {
                Some(&known) => known,
                None => {
                    let found = match v.area.strip_prefix(OWN_PREFIX) {
                        Some(name) => Some(self.dataset.own_area(name)),
                        None => self.dataset.find_area(&v.area),
                    };
                    self.areas.insert(v.area.clone(), found);
                    found
                }
            };
            let indicator = self.ids.get(&v.indicator).copied();
            if let Some(o) = observation(&self.dataset, v, indicator, area, self.first_source + set)
            {
                self.observations.push(o);
            }
        }
    }

    pub fn finish(mut self) -> Dataset {
        self.dataset.set_observations(self.observations);
        self.dataset
    }
}

fn user_indicator(new: &UserIndicator, set: &UserSet) -> Indicator {
    let unit = Unit::from_id(&new.unit).unwrap_or(Unit::Count);
    Indicator {
        id: new.id.clone(),
        name_vi: new.name.clone(),
        name_en: new.name.clone(),
        unit,
        better: if unit == Unit::Rank {
            Better::Lower
        } else {
            Better::Higher
        },
        pillar: Pillar::User,
        description_vi: format!(
            "Dữ liệu bạn nhập từ tệp “{}” ({}); chỉ có trên máy này.",
            set.file, set.imported
        ),
        description_en: format!(
            "Data you imported from the file “{}” ({}); only on this device.",
            set.file, set.imported
        ),
    }
}

fn observation(
    dataset: &Dataset,
    v: &UserValue,
    indicator: Option<usize>,
    area: Option<Area>,
    source: usize,
) -> Option<Observation> {
    let (indicator, area) = (indicator?, area?);
    let unit = dataset.indicator(indicator)?.unit;
    let group = match (unit, area) {
        (Unit::Rank, Area::Province(_)) => Some(63),
        (Unit::Rank, Area::Merged(_)) => Some(34),
        _ => None,
    };
    Some(Observation {
        indicator,
        area,
        year: Year::new(v.year)?,
        part: PeriodPart::FullYear,
        kind: match v.kind.as_str() {
            "estimate" => ObservationKind::Estimate,
            "target" => ObservationKind::Target,
            _ => ObservationKind::Actual,
        },
        value: v.value,
        printed: v.printed.clone(),
        group,
        tie: v.tie,
        year_inferred: false,
        source,
        citation: crate::core::data::citation::Citation::Quote,
        quote: v.quote.clone(),
        note: v.note.clone(),
    })
}

/// Makes the words of a new set from a file safe to show, as a kept set's are when it is
/// read back: the set's and its file's names, its indicators' names, and each value's
/// printed form and quote (controls, bidirectional overrides and invisible characters
/// dropped, stacks of marks cut, lengths bounded). Own-area names are made safe when
/// they are read.
pub fn clean_texts(set: &mut UserSet) {
    set.name = shown(&set.name, NAME_LETTERS);
    set.file = shown(&set.file, NAME_LETTERS);
    for indicator in &mut set.indicators {
        indicator.name = shown(&indicator.name, INDICATOR_LETTERS);
    }
    for value in &mut set.values {
        value.printed = shown(&value.printed, PRINTED_LETTERS);
        value.quote = shown(&value.quote, QUOTE_LETTERS);
    }
}
