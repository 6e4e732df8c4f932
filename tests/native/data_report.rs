//! The dataset in figures: run `cargo test --test native data_report -- --nocapture`
//! to print them. The test also checks the figures add up.

use std::collections::{BTreeMap, HashSet};

use cds_explorer::core::data::model::{Area, ObservationKind, SourceKind};

use super::common::shipped;

/// Places with a DTI score and places with a DTI rank, per year and group.
type DtiCoverage<'a> = BTreeMap<(u16, &'a str), (HashSet<Area>, HashSet<Area>)>;

#[test]
fn data_report() {
    let data = shipped();
    let obs = data.observations();
    let from_articles = obs
        .iter()
        .filter(|o| data.sources()[o.source].kind == SourceKind::Article)
        .count();
    let targets = obs
        .iter()
        .filter(|o| o.kind == ObservationKind::Target)
        .count();
    println!("observations: {} in all, {from_articles} from the five articles, {} from ../shared/data ({targets} targets)",
        obs.len(), obs.len() - from_articles);
    println!(
        "indicators: {}, sources: {}, units: {} provinces (pre-2025) + {} post-2025 units + the whole country",
        data.indicators().len(),
        data.sources().len(),
        data.provinces().len(),
        data.merged_units().len()
    );
    let by_kind = |kind| data.sources().iter().filter(|s| s.kind == kind).count();
    println!(
        "sources by kind: {} official, {} provincial, {} press, {} articles",
        by_kind(SourceKind::Official),
        by_kind(SourceKind::Provincial),
        by_kind(SourceKind::Press),
        by_kind(SourceKind::Article)
    );
    let (score, rank) = (
        data.find_indicator("dti-score").expect("dti-score"),
        data.find_indicator("dti-rank").expect("dti-rank"),
    );
    let mut coverage = DtiCoverage::new();
    for o in obs.iter().filter(|o| o.kind == ObservationKind::Actual) {
        let group = match o.area {
            Area::Province(_) => "63 provinces",
            Area::Merged(_) => "34 units",
            Area::National | Area::Own(_) | Area::Former(_) | Area::Region(_) => continue,
        };
        let entry = coverage.entry((o.year.get(), group)).or_default();
        if o.indicator == score {
            entry.0.insert(o.area);
        } else if o.indicator == rank {
            entry.1.insert(o.area);
        }
    }
    println!("DTI coverage (places with a score / with a rank):");
    for ((year, group), (scores, ranks)) in &coverage {
        if !scores.is_empty() || !ranks.is_empty() {
            println!("  {year} {group}: {} / {}", scores.len(), ranks.len());
        }
    }
    assert!(from_articles > 80);
    assert_eq!(coverage[&(2022, "63 provinces")].1.len(), 63);
}
