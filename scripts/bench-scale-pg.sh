#!/usr/bin/env bash
# The scale benchmark's PostgreSQL column (docs/PERFORMANCE.md, "Team mode") in one command:
#   bash scripts/bench-scale-pg.sh [WORKSPACE]
# Builds ServQA (scripts/build.sh), creates WORKSPACE (default /tmp/servqa-bench.servqa) with
# 1,000,000 evaluations and 5,000,000 SERVQUAL answers as scripts/bench-scale.sh does if it does
# not exist yet (5–6 minutes on 2 cores), starts a throwaway PostgreSQL 15 cluster (initdb into a
# temporary folder, default settings, listening only on a unix socket there, as tests/pgcluster.h
# does), copies the workspace into it (`servqa-cli server init`, then `server copy`, timed), runs
# VACUUM ANALYZE, and then bench/bench_scale_pg: every dashboard reading on the server against `psql`
# running the plain full-scan GROUP BY over the same rows, printed as a Markdown table; then
# bench/bench_interactions: the lists' pages, sorts and deep pages on the server. The
# cluster is stopped and deleted on exit, however the script ends.
#   RUNS=N   repetitions per figure (default 5; each figure is the median)
#   BUILD=D  the build folder (default build, built by scripts/build.sh; any other is used as it
#            is, built beforehand, e.g. cmake --build D --target servqa-cli bench_scale_pg bench_interactions)
#   MAX_LOAD=L  waits (up to 10 minutes) before measuring until the 1-minute load average is at
#            most L (default 1.5: the copy's own load, or another user's, would be in the figures)
#   HOLD=S   keeps the cluster S seconds after the table (its address printed), to EXPLAIN ANALYZE
#            a figure with psql; ends early when that sleep is ended
#   PGPORT_BENCH=N  the cluster's port (default 55433); it names the socket file in the
#            temporary folder, so it clashes with no other server
# As root the server runs as the postgres user (runuser), which owns the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
workspace=${1:-/tmp/servqa-bench.servqa}
build=${BUILD:-build}
port=${PGPORT_BENCH:-55433}
pgbin=/usr/lib/postgresql/15/bin
# PostgreSQL 15's own psql: Debian's /usr/bin/psql is a Perl wrapper (postgresql-common) that
# picks a version first, ~40 ms more on every baseline's start.
psql=$pgbin/psql
if [[ $build == build ]]; then
  bash scripts/build.sh
fi
export TZ=Asia/Shanghai
if [[ ! -f "$workspace" ]]; then
  "$build/app/servqa-cli" demo --db "$workspace" --evaluations 1000000 --survey-answers 5000000 --end 2026-10-31
fi

# The server's tools, as the postgres user when run as root (initdb and postgres refuse root).
as_postgres() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cluster=$(mktemp -d)
started=
cleanup() {
  if [[ -n $started ]]; then
    as_postgres "$pgbin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$cluster"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM  # so that the EXIT trap stops the server
if [[ $EUID -eq 0 ]]; then
  chown postgres: "$cluster"
fi
# From a folder the postgres user may enter (the repository may be private to root).
(cd /tmp && as_postgres "$pgbin/initdb" -D "$cluster/data" -U postgres -E UTF8 --locale=C.UTF-8 -A trust >/dev/null)
(cd /tmp && as_postgres "$pgbin/pg_ctl" -D "$cluster/data" -w -l "$cluster/log" \
  -o "-k $cluster -p $port -c listen_addresses=''" start >/dev/null)
started=1
(cd /tmp && as_postgres "$pgbin/createdb" -h "$cluster" -p "$port" -U postgres servqa)
url="postgresql://postgres@/servqa?host=$cluster&port=$port"

"$build/app/servqa-cli" server init --url "$url" >&2
echo "Copying $workspace ($(du -h "$workspace" | cut -f1)) to the server…" >&2
copy_start=$(date +%s.%N)
"$build/app/servqa-cli" server copy --from "$workspace" --to "$url" >&2
copy_end=$(date +%s.%N)
# The statistics the planner needs for the baselines' and ServQA's queries, and the vacuum a
# bulk load wants (visibility map, hint bits): autovacuum would do both for the freshly copied
# tables later, in the middle of the measurements.
analyze_start=$(date +%s.%N)
"$psql" -X -q -v ON_ERROR_STOP=1 -d "$url" -c 'VACUUM ANALYZE;'
analyze_end=$(date +%s.%N)

# The copy's own load (and anyone else's on a shared machine) would be in the figures: wait up to
# 10 minutes for the 1-minute load average to fall to MAX_LOAD (default 1.5), and say what it was.
for _ in $(seq 60); do
  awk -v max="${MAX_LOAD:-1.5}" '{ exit !($1 > max) }' /proc/loadavg || break
  sleep 10
done

echo "## $workspace on PostgreSQL 15 (the machine in $TZ)"
echo
echo "Copied in $(awk -v a="$copy_start" -v b="$copy_end" 'BEGIN { s = b - a; printf "%.0f s (%d min %02d s)", s, s / 60, s % 60 }')" \
  "(servqa-cli server copy); VACUUM ANALYZE $(awk -v a="$analyze_start" -v b="$analyze_end" 'BEGIN { printf "%.0f s", b - a }');" \
  "the database $("$psql" -X -Atq -d "$url" -c 'SELECT pg_size_pretty(pg_database_size(current_database()))')." \
  "Load before measuring: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
"$build/bench/bench_scale_pg" --url "$url" --runs "${RUNS:-5}" --psql "$psql"
echo
# The Interactions and Evaluations lists on the server: first pages, sorts and deep pages, as
# bench-scale.sh times them on the file (docs/PERFORMANCE.md, "The lists").
echo "### The lists on the server (bench_interactions, median of ${RUNS:-5} runs)"
echo
"$build/bench/bench_interactions" "$url" "${RUNS:-5}"
echo
echo "Load after measuring: $(cut -d' ' -f1-3 /proc/loadavg)."
if [[ -n ${HOLD-} ]]; then
  echo "The server stays for $HOLD s: $psql -X -d '$url'" >&2
  sleep "$HOLD" || true
fi
