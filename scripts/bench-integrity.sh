#!/usr/bin/env bash
# The damage check's cost in docs/reliability.md, in one command:
#   bash scripts/bench-integrity.sh [SIZE_MB]
# Builds ServQA, makes a small demo workspace and pads it to SIZE_MB (default 1024) with a table
# of random blobs (quick_check reads every page, whatever the table), then runs
# bench/bench_integrity: PRAGMA quick_check of the whole file, and the look (stat + record) that
# lets ServQA skip it for a file it left whole. RUNS=N sets the repetitions (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
bash scripts/build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
build/app/servqa-cli demo --db "$work/w.servqa" --evaluations 2000 --end 2026-10-31 >/dev/null
# 4,000-byte blobs fill a page each: SIZE_MB * 256 rows of them.
sqlite3 "$work/w.servqa" "CREATE TABLE bench_padding (b BLOB);
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $((size_mb * 256)))
  INSERT INTO bench_padding SELECT randomblob(4000) FROM n;
  PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cat "$work/w.servqa" >/dev/null # the page cache warm, as after the first open
build/bench/bench_integrity "$work/w.servqa" "${RUNS:-5}"
