//! Ranks worked out from a complete table of scores (`tables/derived_ranks.csv`): where
//! a publisher prints a table in rank order but the copy holds only the scores, the rank
//! follows from the scores by competition ranking (equal scores share a rank, the next
//! rank skips). A derived rank is labelled as such everywhere ("theo thứ tự bảng xếp
//! hạng chính thức" / "by the official table's order") and a printed rank always wins
//! over it (`preferred.rs`).

use super::citation::Citation;
use super::csv_rows::{read_rows, LoadError, LoadErrorKind};
use super::dataset::Dataset;
use super::load_observations::{source_of, unknown};
use super::model::{Area, Better, IndicatorIx, Observation, SourceIx, Unit, Year};

/// One request: rank `score` of `year` from `source`'s table into `rank`.
#[derive(Debug, Clone, PartialEq)]
pub struct RankRequest {
    pub rank: IndicatorIx,
    pub score: IndicatorIx,
    pub year: Year,
    pub group: u8,
    pub source: SourceIx,
    line: u64,
}

const FILE: &str = "tables/derived_ranks.csv";

/// Reads the requests; a rank indicator must be a rank and a score must not be.
pub fn load_requests(
    text: &str,
    dataset: &Dataset,
    errors: &mut Vec<LoadError>,
) -> Vec<RankRequest> {
    let columns = [
        "rank_indicator",
        "score_indicator",
        "year",
        "group",
        "source",
    ];
    read_rows(FILE, text, &columns, errors, |row| {
        let indicator = |column: &'static str| -> Result<IndicatorIx, LoadError> {
            dataset
                .find_indicator(row.required(column)?)
                .ok_or_else(|| unknown(row, column, "indicator"))
        };
        let (rank, score) = (indicator("rank_indicator")?, indicator("score_indicator")?);
        let units = (
            dataset.indicators()[rank].unit,
            dataset.indicators()[score].unit,
        );
        if units.0 != Unit::Rank || units.1 == Unit::Rank {
            let kind = LoadErrorKind::Inconsistent("rank a score into a rank indicator".into());
            return Err(row.error("rank_indicator", kind));
        }
        let raw_year = row.required("year")?;
        let year = Year::parse(raw_year)
            .ok_or_else(|| row.error("year", LoadErrorKind::InvalidYear(raw_year.into())))?;
        let group = match row.required("group")? {
            "63" => 63,
            other => {
                let (expected, found) = ("63", other.to_string());
                return Err(row.error("group", LoadErrorKind::UnknownValue { expected, found }));
            }
        };
        let source = source_of(row, dataset)?;
        Ok(RankRequest {
            rank,
            score,
            year,
            group,
            source,
            line: row.line,
        })
    })
}

/// The ranks of every request whose table is complete (a score for each of the
/// `group` provinces); an incomplete table is an error, never a partial ranking.
pub fn derive_ranks(
    requests: &[RankRequest],
    dataset: &Dataset,
    observations: &[Observation],
    errors: &mut Vec<LoadError>,
) -> Vec<Observation> {
    let mut derived = Vec::new();
    for request in requests {
        let scores: Vec<&Observation> = observations
            .iter()
            .filter(|o| {
                o.indicator == request.score
                    && o.year == request.year
                    && o.source == request.source
                    && matches!(o.area, Area::Province(_))
            })
            .collect();
        if scores.len() != usize::from(request.group) {
            errors.push(LoadError {
                file: FILE,
                line: request.line,
                column: None,
                kind: LoadErrorKind::Inconsistent(format!(
                    "the table has {} of {} scores: a rank needs the complete table",
                    scores.len(),
                    request.group
                )),
            });
            continue;
        }
        let better = dataset.indicators()[request.score].better;
        let ahead = |a: f64, b: f64| match better {
            Better::Higher | Better::Neither => b > a,
            Better::Lower => b < a,
        };
        for o in &scores {
            let rank = 1 + scores.iter().filter(|s| ahead(o.value, s.value)).count();
            let tie = scores
                .iter()
                .any(|s| s.area != o.area && s.value == o.value);
            derived.push(Observation {
                indicator: request.rank,
                value: rank as f64,
                // Nothing printed it: the CSV's `printed` stays empty.
                printed: String::new(),
                group: Some(request.group),
                tie,
                note: "rank by the official table's order of scores".to_string(),
                citation: Citation::DerivedRank,
                ..(*o).clone()
            });
        }
    }
    derived
}
