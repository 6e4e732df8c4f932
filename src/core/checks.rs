//! Checks that compare observations with each other: within one ranking (indicator,
//! year, part, group), two areas share a rank only where the source declares a tie.

use std::collections::HashMap;

use super::csv_rows::{LoadError, LoadErrorKind};
use super::load_observations::Located;
use super::model::{Area, Observation, ObservationKind, PeriodPart, Year};

type RankingKey = (usize, Year, PeriodPart, Option<u8>, u64);

/// Reports repeated ranks and leaves the later row out; returns the observations.
pub fn check_ranks(located: Vec<Located>, errors: &mut Vec<LoadError>) -> Vec<Observation> {
    let mut first_holder: HashMap<RankingKey, (Area, bool, &'static str, u64)> = HashMap::new();
    let mut kept = Vec::with_capacity(located.len());
    for row in located {
        let o = &row.observation;
        if o.group.is_none() || o.kind != ObservationKind::Actual {
            kept.push(row.observation);
            continue;
        }
        let key = (o.indicator, o.year, o.part, o.group, o.value.to_bits());
        match first_holder.get(&key) {
            Some(&(area, tie, other_file, other_line)) if area != o.area && !(tie && o.tie) => {
                errors.push(LoadError {
                    file: row.file,
                    line: row.line,
                    column: Some((6, "value".into())),
                    kind: LoadErrorKind::RepeatedRank {
                        rank: o.value,
                        other: format!("{other_file}, line {other_line}"),
                    },
                });
            }
            Some(_) => kept.push(row.observation),
            None => {
                first_holder.insert(key, (o.area, o.tie, row.file, row.line));
                kept.push(row.observation);
            }
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
