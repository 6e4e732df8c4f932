//! Checks that compare observations with each other: within one ranking (indicator,
//! year, part, group), two areas share a rank only where both declare the tie; and
//! quotes attributed to the source articles are in the articles.

use std::collections::HashMap;

use super::csv_rows::{LoadError, LoadErrorKind};
use super::load_observations::Located;
use super::model::{Area, Observation, ObservationKind, PeriodPart, Year};

type RankingKey = (usize, Year, PeriodPart, Option<u8>, u64);

/// Reports repeated ranks and leaves those rows out; returns the observations. The
/// first area (in file order) holding a rank keeps it; another area may share it only
/// if both declare a tie in one of their rows.
pub fn check_ranks(located: Vec<Located>, errors: &mut Vec<LoadError>) -> Vec<Observation> {
    let key_of = |o: &Observation| -> Option<RankingKey> {
        (o.group.is_some() && o.kind == ObservationKind::Actual)
            .then(|| (o.indicator, o.year, o.part, o.group, o.value.to_bits()))
    };
    // For each rank: its areas in order of first appearance, and whether each declares a tie.
    let mut holders: HashMap<RankingKey, Vec<(Area, bool, &'static str, u64)>> = HashMap::new();
    for row in &located {
        let Some(key) = key_of(&row.observation) else {
            continue;
        };
        let areas = holders.entry(key).or_default();
        match areas.iter_mut().find(|h| h.0 == row.observation.area) {
            Some(holder) => holder.1 |= row.observation.tie,
            None => areas.push((
                row.observation.area,
                row.observation.tie,
                row.file,
                row.line,
            )),
        }
    }
    let mut kept = Vec::with_capacity(located.len());
    for row in located {
        let o = &row.observation;
        let Some(key) = key_of(o) else {
            kept.push(row.observation);
            continue;
        };
        let areas = &holders[&key];
        let (first_area, first_tie, first_file, first_line) = areas[0];
        let declares_tie = areas.iter().any(|h| h.0 == o.area && h.1);
        if o.area == first_area || (declares_tie && first_tie) {
            kept.push(row.observation);
        } else {
            errors.push(LoadError {
                file: row.file,
                line: row.line,
                column: row.value_column.clone(),
                kind: LoadErrorKind::RepeatedRank {
                    rank: o.value,
                    other: format!("{first_file}, line {first_line}"),
                },
            });
        }
    }
    kept
}

/// A quote attributed to a source article that the article's text does not contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MisquotedArticle {
    pub file: String,
    pub quote: String,
}

/// Checks that every quote from a source article appears verbatim in it (white space
/// folded). `read` gives an article's text by file name, or `None` where the article
/// is not at hand, in which case its quotes are not checked.
pub fn check_article_quotes(
    dataset: &super::dataset::Dataset,
    read: impl Fn(&str) -> Option<String>,
) -> Vec<MisquotedArticle> {
    let fold = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut texts: HashMap<String, Option<String>> = HashMap::new();
    let mut misquoted = Vec::new();
    for o in dataset.observations() {
        let Some(file) = dataset.sources().get(o.source).and_then(|s| s.file.clone()) else {
            continue;
        };
        let text = texts
            .entry(file.clone())
            .or_insert_with(|| read(&file).map(|t| fold(&t)));
        if let Some(text) = text {
            if !text.contains(&fold(&o.quote)) {
                misquoted.push(MisquotedArticle {
                    file,
                    quote: o.quote.clone(),
                });
            }
        }
    }
    misquoted
}
