#!/usr/bin/env bash
# The scale benchmark of docs/PERFORMANCE.md in one command:
#   bash scripts/bench-scale.sh [WORKSPACE]
# Builds ServQA (scripts/build.sh), creates WORKSPACE (default /tmp/servqa-bench.servqa) with
# 1,000,000 evaluations and 5,000,000 SERVQUAL answers if it does not exist yet (about 20 minutes
# on 2 cores), and beside it WORKSPACE-grown.servqa: a copy grown by a year of daily use
# (bench/bench_grow: each day a CSV import of 2,000 interactions, 100 evaluations submitted one by
# one through the workflow, 100 respondents saved one by one; about 10 minutes), and
# WORKSPACE-berlin.servqa: a copy whose days are counted in Europe/Berlin, a zone with summer time
# (servqa-cli time-zone --set sums its rollups again; about 3 minutes). Then runs
# bench/bench_scale on each: every dashboard query, the store scorecard, the interactions list
# (searches and sorts), a 1,000,000-row CSV import, cold start, what the user waits for in the
# window after each filter change, and peak memory, each against its sqlite3 (or empty Qt window)
# baseline, printed as Markdown tables. RUNS=N sets the repetitions (default 5; each figure is
# the median); STARTS=N the starts of servqa and of each baseline window, in turn, for the cold
# start (default 21). WORKSPACE and the grown copy count their days in Asia/Shanghai and are benchmarked
# with the machine there (TZ), the Berlin copy in Europe/Berlin: a workspace made or upgraded in
# another zone is moved to its zone first (servqa-cli time-zone --set).
set -euo pipefail
cd "$(dirname "$0")/.."
workspace=${1:-/tmp/servqa-bench.servqa}
grown=${workspace%.servqa}-grown.servqa
berlin=${workspace%.servqa}-berlin.servqa
bash scripts/build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Asia/Shanghai
if [[ ! -f "$workspace" ]]; then
  build/app/servqa-cli demo --db "$workspace" --evaluations 1000000 --survey-answers 5000000 --end 2026-10-31
fi
if [[ ! -f "$grown" ]]; then
  cp "$workspace" "$work/grown.servqa"
  build/bench/bench_grow --db "$work/grown.servqa" --days 365 --work "$work"
  mv "$work/grown.servqa" "$grown"
fi
if [[ ! -f "$berlin" ]]; then
  cp "$workspace" "$work/berlin.servqa"
  TZ=Europe/Berlin build/app/servqa-cli time-zone --db "$work/berlin.servqa" --set Europe/Berlin
  mv "$work/berlin.servqa" "$berlin"
fi
bench() {
  build/app/servqa-cli time-zone --db "$1" --set "$TZ" >&2
  echo
  echo "## $1 (the machine in $TZ)"
  echo
  build/bench/bench_scale --db "$1" --servqa build/app/servqa --empty-window build/bench/bench_emptywindow \
    --runs "${RUNS:-5}" --starts "${STARTS:-21}" --work "$work"
}
bench "$workspace"
bench "$grown"
TZ=Europe/Berlin bench "$berlin"
