#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it (and so .ci/run):
#   1. system deps   scripts/ensure-system-deps.sh (Chromium, LibreOffice, poppler, CJK fonts)
#   2. check         type-check, lint, format check
#   3. unit          Vitest
#   4. e2e           Playwright against the built app in Debian's Chromium
# Stops at the first failing step. A suite that runs no test fails under CI=true: nothing is
# skipped silently. Ends with one line `Total: N passed, N failed, N skipped`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
is_ci=false
[[ "${CI:-}" == "true" || "${CI:-}" == "1" ]] && is_ci=true

results_dir=.tmp/test-results
rm -rf "$results_dir" && mkdir -p "$results_dir"

summary=()
passed=0
failed=0
skipped=0

finish() {
  local status=$1
  echo
  echo "──────── test summary ────────"
  printf '%s\n' "${summary[@]}"
  echo "Total: ${passed} passed, ${failed} failed, ${skipped} skipped"
  exit "$status"
}

# run_step NAME COMMAND...: runs COMMAND and stops everything if it fails.
run_step() {
  run_suite "$1" "" "" "${@:2}"
}

# run_suite NAME KIND JSON COMMAND...: like run_step, and when KIND is vitest or playwright, adds
# the counts of the JSON report to the totals, failing a suite that ran no test under CI.
run_suite() {
  local name=$1 kind=$2 json=$3
  shift 3
  echo
  echo "════════ ${name}: $* ════════"
  local start=$SECONDS status=0
  "$@" || status=$?
  local took=$((SECONDS - start))
  local counts=''
  if [[ -n "$kind" ]]; then
    count_tests "$kind" "$json"
    counts=": ${last_passed} passed, ${last_failed} failed, ${last_skipped} skipped"
  fi
  if [[ $status -ne 0 ]]; then
    summary+=("✗ ${name} failed (exit ${status}, ${took}s)${counts}")
    finish "$status"
  fi
  summary+=("✓ ${name} (${took}s)${counts}")
  if [[ -n "$kind" && $((last_passed + last_failed)) -eq 0 ]] && $is_ci; then
    summary+=("✗ ${name} ran no test (CI=true: a suite is never skipped silently)")
    finish 1
  fi
}

last_passed=0
last_failed=0
last_skipped=0
# count_tests KIND FILE: reads the counts of a Vitest or Playwright JSON report into last_* and
# adds them to the totals.
count_tests() {
  local kind=$1 file=$2 counts
  counts=$(node -e '
    const fs = require("node:fs");
    const [kind, file] = process.argv.slice(1);
    if (!fs.existsSync(file)) { console.log("0 0 0"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    if (kind === "vitest") {
      console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests);
    } else {
      const s = r.stats;
      console.log(s.expected + s.flaky, s.unexpected, s.skipped);
    }' "$kind" "$file") || counts="0 0 0"
  read -r last_passed last_failed last_skipped <<<"$counts"
  passed=$((passed + last_passed))
  failed=$((failed + last_failed))
  skipped=$((skipped + last_skipped))
}

unit_json="$results_dir/vitest.json"
e2e_json="$results_dir/playwright.json"

run_step "system deps" bash scripts/ensure-system-deps.sh
run_step "check" npm run --silent check
run_suite "unit tests" vitest "$unit_json" \
  ./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$unit_json"
export PLAYWRIGHT_JSON_OUTPUT_FILE="$e2e_json"
run_suite "e2e tests" playwright "$e2e_json" \
  ./node_modules/.bin/playwright test --reporter=list,json
finish 0
