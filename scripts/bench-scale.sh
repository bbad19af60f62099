#!/usr/bin/env bash
# The scale benchmark of docs/PERFORMANCE.md in one command:
#   bash scripts/bench-scale.sh [WORKSPACE]
# Builds ServQA (scripts/build.sh), creates WORKSPACE (default /tmp/servqa-bench.servqa) with
# 1,000,000 evaluations and 5,000,000 SERVQUAL answers if it does not exist yet (about half an
# hour on 2 cores), then runs bench/bench_scale: every dashboard query, the store scorecard, the
# interactions list, a 1,000,000-row CSV import, cold start and peak memory, each against its
# sqlite3 (or empty Qt window) baseline, printed as a Markdown table. RUNS=N sets the repetitions
# (default 5; each figure is the median).
set -euo pipefail
cd "$(dirname "$0")/.."
workspace=${1:-/tmp/servqa-bench.servqa}
bash scripts/build.sh
if [[ ! -f "$workspace" ]]; then
  build/app/servqa-cli demo --db "$workspace" --evaluations 1000000 --survey-answers 5000000 --end 2026-10-31
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/bench/bench_scale --db "$workspace" --servqa build/app/servqa --empty-window build/bench/bench_emptywindow \
  --runs "${RUNS:-5}" --work "$work"
