#!/usr/bin/env bash
# Installs what is missing, then runs every test: native (cargo test), wasm in headless
# Chromium (wasm-bindgen-test), and end to end against the release build (Playwright).
# Prints the count of each layer and a closing "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browsers || exit 1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
logs=$(mktemp -d)
failed_layers=()

# Sums "N passed" / "N failed" over cargo's and wasm-bindgen-test's result lines.
cargo_counts() {
  grep -E '^test result:' "$1" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' |
    awk '{p+=$1; f+=$2} END {print p+0, f+0}'
}

echo "==> native tests (cargo test)"
cargo test --no-fail-fast --color never 2>&1 | tee "$logs/native.log"
native_status=${PIPESTATUS[0]}
read -r native_pass native_fail < <(cargo_counts "$logs/native.log")
[ "$native_status" -eq 0 ] || failed_layers+=(native)

echo "==> wasm tests in headless Chromium (wasm-bindgen-test)"
cargo test --no-fail-fast --color never --target wasm32-unknown-unknown --test browser --test panic --test panic_after_click --test kept_sets 2>&1 | tee "$logs/wasm.log"
wasm_status=${PIPESTATUS[0]}
read -r wasm_pass wasm_fail < <(cargo_counts "$logs/wasm.log")
[ "$wasm_status" -eq 0 ] || failed_layers+=(wasm)

echo "==> release build (trunk build --release)"
if trunk build --release > "$logs/build.log" 2>&1; then
  tail -n 3 "$logs/build.log"
  node scripts/size-report.mjs dist
  # The same release for hosting under a sub-path, served there by tests/e2e/offline.test.mjs
  # (removed first, so that a failed build cannot leave an old one to be tested).
  echo "==> release build under a sub-path (--public-url /cds-explorer/ --dist dist-subpath)"
  rm -rf dist-subpath
  subpath_start=$SECONDS
  if trunk build --release --public-url /cds-explorer/ --dist dist-subpath > "$logs/build-subpath.log" 2>&1; then
    echo "built in $((SECONDS - subpath_start)) s"
  else
    cat "$logs/build-subpath.log"
    echo "the sub-path build failed: its end-to-end tests will fail" >&2
  fi
  echo "==> end-to-end tests (Playwright + Chromium, release build)"
  node --test --test-reporter=spec tests/e2e/*.test.mjs 2>&1 | tee "$logs/e2e.log"
  e2e_status=${PIPESTATUS[0]}
  # Figures, not a test: redraw time per view against the frame budget.
  node scripts/bench.mjs dist || echo "the redraw benchmark could not run" >&2
  # Figures, not a test: import and redraw time from 63 to 10,000 areas of one's own, with
  # the table and the log-log plot in test-artifacts/ (scale.md, scale-loglog.png).
  node scripts/bench-scale.mjs dist || echo "the scale benchmark could not run" >&2
else
  cat "$logs/build.log"
  echo "the release build failed: the end-to-end tests did not run" >&2
  e2e_status=1
fi
e2e_pass=$(grep -E '^ℹ pass ' "$logs/e2e.log" 2>/dev/null | awk '{print $3}')
e2e_fail=$(grep -E '^ℹ fail ' "$logs/e2e.log" 2>/dev/null | awk '{print $3}')
e2e_pass=${e2e_pass:-0}
e2e_fail=${e2e_fail:-0}
[ "$e2e_status" -eq 0 ] || failed_layers+=(e2e)

echo
echo "==> summary"
echo "native (cargo test):          $native_pass passed, $native_fail failed"
echo "wasm (headless Chromium):     $wasm_pass passed, $wasm_fail failed"
echo "end to end (Playwright):      $e2e_pass passed, $e2e_fail failed"
total_pass=$((native_pass + wasm_pass + e2e_pass))
total_fail=$((native_fail + wasm_fail + e2e_fail))
if [ "${#failed_layers[@]}" -gt 0 ] && [ "$total_fail" -eq 0 ]; then
  total_fail=${#failed_layers[@]} # a layer failed before it could count its tests
fi
echo "total: $total_pass passed, $total_fail failed"
[ "${#failed_layers[@]}" -eq 0 ]
