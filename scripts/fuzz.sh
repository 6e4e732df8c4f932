#!/usr/bin/env bash
# Longer fuzzing than the test suite: the property tests of tests/native/property_test.rs
# (the link decoder and its migrations, view round trips, the reducer, the CSV loader)
# and of tests/native/kept_set_test.rs (kept-set bytes, mangled and random)
# with many more generated cases, in release mode, one target at a time; then the decode
# times of the worst links found so far. Prints the cases and time per target.
#   bash scripts/fuzz.sh            (CASES=20000 by default)
#   CASES=200000 bash scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PROPTEST_CASES="${CASES:-20000}"
echo "==> property tests, ${PROPTEST_CASES} cases per target (release)"
cargo test --release --test native -- property_test kept_set_test::fuzz --nocapture --test-threads=1 --include-ignored 2>&1 |
  sed -E 's/^test [^ ]+ \.\.\. //' |
  grep -E 'fuzz target|^decode |^slowest|test result|FAILED|panicked|minimal failing'
