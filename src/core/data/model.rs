//! The data model: provinces, indicators, sources and observations, with newtypes
//! for the values whose form is checked once at load time (codes, years, ids).

use std::fmt;

use super::citation::{Citation, TableCopy};

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
    pub const MIN: Year = Year(2005);
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
    /// Neither way is better: context such as population or area, ordered largest
    /// first and never called "better".
    Neither,
}

/// What an indicator's values measure, which decides formatting, axes and valid ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// An index score on a 0–1 scale (DTI, ICT Index).
    Score,
    /// A position in a ranking; 1 is first.
    Rank,
    /// A share, 0–100.
    Percent,
    /// A number of things, at least 0.
    Count,
    /// Points on a 0–100 scale (PCI).
    Points,
    /// Points on a 0–10 scale (PCI sub-indices).
    Points10,
    /// A non-negative quantity whose unit the indicator's name gives (population in
    /// thousands, area in km²).
    Amount,
}

impl Unit {
    pub const ALL: [Unit; 7] = [
        Unit::Score,
        Unit::Rank,
        Unit::Percent,
        Unit::Count,
        Unit::Points,
        Unit::Points10,
        Unit::Amount,
    ];

    /// The unit's name in `indicators.csv`: `score`, `rank`, `percent`, `count`,
    /// `points`, `points10`.
    pub fn id(self) -> &'static str {
        match self {
            Unit::Score => "score",
            Unit::Rank => "rank",
            Unit::Percent => "percent",
            Unit::Count => "count",
            Unit::Points => "points",
            Unit::Points10 => "points10",
            Unit::Amount => "amount",
        }
    }

    pub fn from_id(id: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.id() == id)
    }

    /// The closed range a value must lie in; ranks are bounded by their group.
    pub fn range(self, group: Option<u8>) -> (f64, f64) {
        match self {
            Unit::Score => (0.0, 1.0),
            Unit::Rank => (1.0, f64::from(group.unwrap_or(63))),
            Unit::Percent | Unit::Points => (0.0, 100.0),
            Unit::Count | Unit::Amount => (0.0, f64::MAX),
            Unit::Points10 => (0.0, 10.0),
        }
    }
}

/// Indicator ids of the sets a person imports start with this (`user-<set>-<n>`), so
/// that a link can tell them from the built-in ones.
pub const USER_PREFIX: &str = "user-";

/// The theme an indicator belongs to; the indicator picker groups by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pillar {
    Overall,
    Foundations,
    Government,
    Economy,
    Society,
    Administration,
    Competitiveness,
    /// Governance and public administration as citizens see it (PAPI).
    Governance,
    /// Context from the statistics office (population, area, income).
    Context,
    /// Indicators a person brought in their own file ("Dữ liệu của bạn").
    User,
}

impl Pillar {
    pub const ALL: [Pillar; 10] = [
        Pillar::Overall,
        Pillar::Foundations,
        Pillar::Government,
        Pillar::Economy,
        Pillar::Society,
        Pillar::Administration,
        Pillar::Competitiveness,
        Pillar::Governance,
        Pillar::Context,
        Pillar::User,
    ];
}

/// Vietnam's six socio-economic regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    NorthernMidlandsMountains,
    RedRiverDelta,
    NorthCentralCoast,
    CentralHighlands,
    Southeast,
    MekongDelta,
}

impl Region {
    pub const ALL: [Region; 6] = [
        Region::NorthernMidlandsMountains,
        Region::RedRiverDelta,
        Region::NorthCentralCoast,
        Region::CentralHighlands,
        Region::Southeast,
        Region::MekongDelta,
    ];

    /// The id used in data files and links.
    pub fn id(self) -> &'static str {
        match self {
            Region::NorthernMidlandsMountains => "northern-midlands-mountains",
            Region::RedRiverDelta => "red-river-delta",
            Region::NorthCentralCoast => "north-central-coast",
            Region::CentralHighlands => "central-highlands",
            Region::Southeast => "southeast",
            Region::MekongDelta => "mekong-delta",
        }
    }

    pub fn from_id(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// Tỉnh (province) or thành phố trực thuộc trung ương (centrally-run city).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaKind {
    Province,
    City,
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
    pub kind: AreaKind,
    /// The post-2025 unit it became part of.
    pub merged_into: MergedUnitIx,
}

/// One of the 34 provincial units formed by the merger effective 2025-07-01.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedUnit {
    pub slug: String,
    pub name_vi: String,
    pub name_en: String,
    pub kind: AreaKind,
    /// The former provinces it absorbed.
    pub absorbed: Vec<ProvinceIx>,
    /// `YYYY-MM-DD`.
    pub effective: String,
}

/// What a value is about: a pre-2025 province, a post-2025 unit, the whole country, or
/// an area of a person's own (`own_area.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    Province(ProvinceIx),
    Merged(MergedUnitIx),
    National,
    Own(OwnAreaIx),
    /// A unit that no longer exists, with values of its own (Hà Tây, merged into Hà Nội
    /// in 2008): never dropped, never added to the values of the unit it joined.
    Former(FormerUnitIx),
    /// A socio-economic region's average: no value of its own, only the mean of its
    /// members' values with their count (`query::region_mean`), never a published figure.
    Region(Region),
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

/// Who published a source; the order is the order of preference between sources
/// that disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SourceKind {
    /// A ministry's or the index publisher's own portal.
    Official,
    /// A provincial government's portal.
    Provincial,
    /// A newspaper or magazine.
    Press,
    /// One of the five source articles the project started from.
    Article,
    /// A third party's compilation of published figures (a secondary source): used only
    /// where no publisher's own figure is at hand.
    Compilation,
    /// A file the person using the page imported ("Dữ liệu của bạn"): shown only where
    /// no published source gives the value.
    User,
}

/// A published document that values are taken from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    pub title: String,
    pub publisher: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `None` where the date is not known.
    pub published: Option<String>,
    pub url: Option<String>,
    /// For the source articles: the file name in `../shared/sources/`.
    pub file: Option<String>,
    /// For a publisher's table: the public copy its values were read from.
    pub copy: Option<TableCopy>,
}

/// Whether a value was measured, estimated, or set as a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ObservationKind {
    Actual,
    Estimate,
    Target,
}

/// The part of a year a value covers, so that a half-year figure is never read as a
/// full-year one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodPart {
    FullYear,
    FirstHalf,
    /// From January through the given month (1–12).
    Through(u8),
    /// A level or running total at the date of publication.
    AsOf,
}

impl PeriodPart {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "" => Some(PeriodPart::FullYear),
            "H1" => Some(PeriodPart::FirstHalf),
            "as-of" => Some(PeriodPart::AsOf),
            _ => {
                let month = text.strip_prefix("to-")?;
                let valid = month.len() == 2 && month.bytes().all(|b| b.is_ascii_digit());
                let month: u8 = month
                    .parse()
                    .ok()
                    .filter(|m| valid && (1..=12).contains(m))?;
                Some(PeriodPart::Through(month))
            }
        }
    }

    /// Whether a value of this part stands for its year on a chart over years.
    pub fn stands_for_year(self) -> bool {
        matches!(self, PeriodPart::FullYear | PeriodPart::AsOf)
    }
}

/// Index of a row in its `Dataset` table.
pub type ProvinceIx = usize;
pub type MergedUnitIx = usize;
pub type IndicatorIx = usize;
pub type SourceIx = usize;
pub type OwnAreaIx = usize;
pub type FormerUnitIx = usize;

/// One published value, resolved against the dataset's tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub indicator: IndicatorIx,
    pub area: Area,
    pub year: Year,
    pub part: PeriodPart,
    pub kind: ObservationKind,
    pub value: f64,
    /// The value exactly as the source printed it, e.g. `0,3504`, `17,5%`, `thứ ba`.
    pub printed: String,
    /// For ranks: how many units were ranked (63 or 34).
    pub group: Option<u8>,
    /// A rank the source prints as shared with another area.
    pub tie: bool,
    /// The source does not print the year: it was worked out from the context (the
    /// note says how), and every view says so.
    pub year_inferred: bool,
    pub source: SourceIx,
    /// The verbatim words the value was read from; they contain `printed`. For a value
    /// of a table, the table's row as printed.
    pub quote: String,
    pub note: String,
    /// A sentence, a table's row, or a rank derived from a table's scores.
    pub citation: Citation,
}
