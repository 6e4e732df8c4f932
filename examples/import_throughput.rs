//! Import throughput: a synthetic tidy CSV of N rows (default 1,000,000) read, mapped
//! and checked the way the import does it, with rows per second for each step.
//! `cargo run --release --example import_throughput [rows]`

use std::time::Instant;

use cds_explorer::core::data::embedded::embedded;
use cds_explorer::core::import::grid::read_file;
use cds_explorer::core::import::mapping::guess;
use cds_explorer::core::import::user_set::merge;
use cds_explorer::core::import::validate::validate;

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let data = &embedded().dataset;
    let slugs: Vec<&str> = data.provinces().iter().map(|p| p.slug.as_str()).collect();
    let mut csv = String::from("indicator,province,year,value\n");
    for n in 0..rows {
        // Distinct keys: one indicator of the person's own per 63 × 21 values.
        let indicator = n / (slugs.len() * 21);
        let province = slugs[n % slugs.len()];
        let year = 2015 + (n / slugs.len()) % 21;
        csv.push_str(&format!("own-{indicator},{province},{year},{}\n", n % 1000));
    }
    let bytes = csv.into_bytes();
    let mb = bytes.len() as f64 / 1e6;
    let start = Instant::now();
    let grid = read_file(&bytes).expect("the synthetic file reads");
    let read = start.elapsed().as_secs_f64();
    let mapping = guess(&grid, data, "synthetic.csv");
    let start = Instant::now();
    let (report, set) = validate(&grid, &mapping, data, "synthetic", "2026-11-30");
    let checked = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let merged = merge(data, &[set]);
    let merging = start.elapsed().as_secs_f64();
    assert_eq!(report.accepted, rows, "{:?}", report.problems.first());
    let per_second = |seconds: f64| rows as f64 / seconds;
    println!("import of {rows} rows ({mb:.1} MB, tidy CSV):");
    println!(
        "  read (text + CSV)   {read:>7.2} s  {:>12.0} rows/s",
        per_second(read)
    );
    println!(
        "  map + check         {checked:>7.2} s  {:>12.0} rows/s",
        per_second(checked)
    );
    println!(
        "  merge into dataset  {merging:>7.2} s  {:>12.0} rows/s",
        per_second(merging)
    );
    let total = read + checked + merging;
    println!(
        "  total               {total:>7.2} s  {:>12.0} rows/s",
        per_second(total)
    );
    println!("  observations after: {}", merged.observations().len());
}
