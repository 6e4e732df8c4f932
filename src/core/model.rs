//! The data model: provinces, indicators, sources and observations, with newtypes
//! for the values whose form is checked once at load time (codes, years, ids).

use std::fmt;

/// An ISO 3166-2:VN code such as `VN-61` or `VN-HN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProvinceCode(String);

impl ProvinceCode {
    /// Accepts `VN-` followed by two ASCII letters or digits, in any case.
    pub fn parse(text: &str) -> Option<Self> {
        let upper = text.trim().to_ascii_uppercase();
        let rest = upper.strip_prefix("VN-")?;
        let valid = rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_alphanumeric());
        valid.then_some(Self(upper))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProvinceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar year within the span the explorer deals with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Year(u16);

impl Year {
    pub const MIN: Year = Year(2015);
    pub const MAX: Year = Year(2035);

    pub fn new(year: u16) -> Option<Self> {
        (Self::MIN.0..=Self::MAX.0)
            .contains(&year)
            .then_some(Self(year))
    }

    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok().and_then(Self::new)
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An inclusive span of years, `start <= end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct YearRange {
    start: Year,
    end: Year,
}

impl YearRange {
    pub fn new(start: Year, end: Year) -> Option<Self> {
        (start <= end).then_some(Self { start, end })
    }

    pub fn single(year: Year) -> Self {
        Self {
            start: year,
            end: year,
        }
    }

    pub fn start(self) -> Year {
        self.start
    }

    pub fn end(self) -> Year {
        self.end
    }

    pub fn contains(self, year: Year) -> bool {
        self.start <= year && year <= self.end
    }

    /// The overlap of two spans, if they share at least one year.
    pub fn intersect(self, other: YearRange) -> Option<YearRange> {
        YearRange::new(self.start.max(other.start), self.end.min(other.end))
    }

    pub fn years(self) -> impl Iterator<Item = Year> {
        (self.start.0..=self.end.0).map(Year)
    }
}

/// Which direction of an indicator is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

/// What an indicator's values measure, which decides formatting and axis direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// An index score on a 0–1 scale.
    Score,
    /// A position in a ranking; 1 is first.
    Rank,
}

/// The DTI pillar an indicator belongs to; the indicator picker groups by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pillar {
    Overall,
    Government,
    Economy,
    Society,
}

impl Pillar {
    pub const ALL: [Pillar; 4] = [
        Pillar::Overall,
        Pillar::Government,
        Pillar::Economy,
        Pillar::Society,
    ];
}

/// Vietnam's six socio-economic regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    NorthernMidlandsMountains,
    RedRiverDelta,
    NorthCentralCoast,
    CentralHighlands,
    Southeast,
    MekongDelta,
}

/// A pre-2025 province or centrally-run city.
#[derive(Debug, Clone, PartialEq)]
pub struct Province {
    pub code: ProvinceCode,
    /// ASCII kebab-case name used in links, e.g. `hai-duong`.
    pub slug: String,
    pub name_vi: String,
    pub name_en: String,
    pub region: Region,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// ASCII kebab-case id used in links, e.g. `dti-rank`.
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub unit: Unit,
    pub better: Better,
    pub pillar: Pillar,
    pub description_vi: String,
    pub description_en: String,
}

/// A published document that values are taken from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `None` where the date is not known.
    pub published: Option<String>,
    pub url: String,
}

/// Index of a province, indicator or source in its `Dataset` table.
pub type ProvinceIx = usize;
pub type IndicatorIx = usize;
pub type SourceIx = usize;

/// One published value, resolved against the dataset's tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub indicator: IndicatorIx,
    pub province: ProvinceIx,
    pub year: Year,
    pub value: f64,
    pub source: SourceIx,
    /// The verbatim words the value was read from.
    pub quote: String,
}
