//! Prints the coverage table: for each indicator and year, how many places have a value
//! (a full year or an "as of" level; targets not counted) — of the 63 provinces, and of
//! the 34 post-2025 units where any has one. Run `cargo run --example coverage`;
//! `-- --family pci` (or `papi`, `gso`, `page` for what the page holds before any data
//! file is fetched) narrows it.

use std::collections::{BTreeMap, BTreeSet};

use cds_explorer::core::data::embedded::{complete, embedded};
use cds_explorer::core::data::families::family_of;
use cds_explorer::core::data::model::{Area, ObservationKind};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let family = args
        .iter()
        .position(|a| a == "--family")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let data = if family.as_deref() == Some("page") {
        &embedded().dataset
    } else {
        &complete().dataset
    };
    let mut rows = 0;
    for (ix, indicator) in data.indicators().iter().enumerate() {
        let belongs = match family.as_deref() {
            None | Some("page") => true,
            Some(f) => family_of(&indicator.id) == Some(f),
        };
        if !belongs {
            continue;
        }
        let mut years: BTreeMap<u16, (BTreeSet<usize>, BTreeSet<usize>)> = BTreeMap::new();
        for (_, o) in data.observations_of(ix) {
            if o.kind == ObservationKind::Target || !o.part.stands_for_year() {
                continue;
            }
            let entry = years.entry(o.year.get()).or_default();
            match o.area {
                Area::Province(p) => {
                    entry.0.insert(p);
                }
                Area::Merged(u) => {
                    entry.1.insert(u);
                }
                _ => {}
            }
        }
        let cells: Vec<String> = years
            .iter()
            .filter(|(_, (p, u))| !p.is_empty() || !u.is_empty())
            .map(|(year, (p, u))| match (p.len(), u.len()) {
                (p, 0) => format!("{year}: {p}/63"),
                (0, u) => format!("{year}: {u}/34"),
                (p, u) => format!("{year}: {p}/63 {u}/34"),
            })
            .collect();
        if !cells.is_empty() {
            rows += 1;
            println!("{:<40} {}", indicator.id, cells.join(" · "));
        }
    }
    println!("{rows} indicators with values");
}
