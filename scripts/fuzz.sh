#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang-14, -fsanitize=fuzzer,address,undefined) into
# build-fuzz/ and runs them, one after the other on one core (docs/reliability.md, "Fuzzing").
#
#   scripts/fuzz.sh [--seconds N] [--runs N] [--keep-going] [--build-only] [TARGET...]
#
#   --seconds N    run each target for N seconds (default 60 when --runs is not given)
#   --runs N       run each target for N executions; with --seconds, whichever comes first
#   --keep-going   go on after a crash (libFuzzer's -fork=1 -ignore_crashes=1 …): every
#                  crash input is kept
#   --build-only   build, make the seed corpora, run nothing
#   --triage       run nothing new: replay every input in crashes/<target>/ and group them
#                  by what they hit (finding, sanitizer report and top frame)
#   TARGET         fuzz_csvreader fuzz_csvimport fuzz_formjson fuzz_answersjson fuzz_exif
#                  fuzz_visitpackage (default: all)
#
# Kept in build-fuzz/: corpus/<target>/ (what libFuzzer found, grows from run to run),
# seeds/<target>/ (made anew each run from tests/data, core/demo, and by fuzz_visitpackage
# itself: never committed twice),
# crashes/<target>/ (crash-*, leak-*, timeout-*, oom-* inputs), logs/<target>.log.
# Reproduce a crash: build-fuzz/fuzz/<target> build-fuzz/crashes/<target>/crash-…
# Exit code: 0 when no target crashed, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

all_targets=(fuzz_csvreader fuzz_csvimport fuzz_formjson fuzz_answersjson fuzz_exif fuzz_visitpackage)
seconds=
runs=
keep_going=0
build_only=0
triage=0
targets=()
usage() { sed -n '5,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) [[ ${2-} =~ ^[0-9]+$ ]] || usage; seconds=$2; shift 2 ;;
    --runs) [[ ${2-} =~ ^[0-9]+$ ]] || usage; runs=$2; shift 2 ;;
    --keep-going) keep_going=1; shift ;;
    --build-only) build_only=1; shift ;;
    --triage) triage=1; shift ;;
    -h|--help) usage ;;
    fuzz_*) [[ " ${all_targets[*]} " == *" $1 "* ]] || { echo "fuzz.sh: no target $1" >&2; exit 2; }
            targets+=("$1"); shift ;;
    *) usage ;;
  esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
[[ -n $seconds || -n $runs ]] || seconds=60

bash scripts/setup-deps.sh fuzz

# --- build -----------------------------------------------------------------------------
build=$root/build-fuzz
if [[ ! -f $build/build.ninja ]]; then
  cmake_args=(-DSERVQA_FUZZ=ON -DBUILD_TESTING=OFF)
  # Until the top-level CMakeLists.txt adds fuzz/ itself, fuzz/inject.cmake adds it.
  if ! grep -Eq '^[[:space:]]*add_subdirectory\(fuzz\)' CMakeLists.txt; then
    cmake_args+=("-DCMAKE_PROJECT_ServQA_INCLUDE=$root/fuzz/inject.cmake")
  fi
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${cmake_args[@]}"
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# --- the environment of every run ------------------------------------------------------------
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/bin/llvm-symbolizer-14}
# clear_shadow_mmap_threshold: the CSV reader allocates 256 KiB per read; clearing the shadow
# of such blocks with mmap instead of memset flushes TLBs on every core (2x slower here).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:detect_stack_use_after_return=1:clear_shadow_mmap_threshold=1073741824}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# A zone with clock changes, so that parseDateTime's local times meet DST gaps and overlaps.
export TZ=${TZ:-Europe/Berlin}
export LC_ALL=C.UTF-8
export TMPDIR=$build/tmp # the workspaces of fuzz_csvimport and fuzz_visitpackage
mkdir -p "$TMPDIR"

# --- seed corpora, from the project's own test files -------------------------------------
seeds=$build/seeds # each target's own folder made anew, so that two runs of other targets can go side by side
# prefix BYTES SRC DEST: DEST = the bytes (printf escapes) followed by SRC
prefix() { { printf "$1"; cat "$2"; } >"$3"; }
import_kind() { # the kind byte of fuzz_csvimport for a file of tests/data/import
  case "$(basename "$1")" in
    sites*) echo 0 ;; staff*) echo 1 ;; interactions*) echo 2 ;; survey*) echo 3 ;; *) echo 2 ;;
  esac
}
shopt -s nullglob
for t in "${targets[@]}"; do
  rm -rf "${seeds:?}/$t"
  mkdir -p "$seeds/$t" "$build/corpus/$t" "$build/crashes/$t" "$build/logs"
  case "$t" in
    fuzz_csvreader) # mode byte (encoding, delimiter, short reads), short-read size byte, the file
      for f in tests/data/import/*.csv; do
        n=$(basename "$f" .csv)
        prefix '\x00\xff' "$f" "$seeds/$t/$n.auto"
        prefix '\x11\x06' "$f" "$seeds/$t/$n.utf8"
        prefix '\x12\x00' "$f" "$seeds/$t/$n.gb18030"
      done ;;
    fuzz_csvimport) # kind and encoding byte, the file
      for f in tests/data/import/*.csv; do
        k=$(import_kind "$f")
        prefix "\\x0$k" "$f" "$seeds/$t/$(basename "$f")"
        [[ $f == *gb18030* ]] && prefix "\\x$(printf %02x $((k | 8)))" "$f" "$seeds/$t/$(basename "$f" .csv).gb18030.csv"
      done ;;
    fuzz_formjson)
      for f in tests/data/scoring/*/form.json core/demo/*.json; do
        cp "$f" "$seeds/$t/$(basename "$(dirname "$f")")-$(basename "$f")"
      done ;;
    fuzz_answersjson) # the index of the form's folder (the target's order: sorted), the answers
      i=0
      for d in $(LC_ALL=C ls -d tests/data/scoring/*/); do
        [[ -f $d/answers.json ]] && prefix "\\x$(printf %02x $i)" "$d/answers.json" "$seeds/$t/$(basename "$d").json"
        i=$((i + 1))
      done ;;
    fuzz_exif)
      for f in core/demo/evidence/* tests/data/visits/*; do cp "$f" "$seeds/$t/"; done ;;
    fuzz_visitpackage) # written by the target (packages, filled and manifest JSON, mode-3 bytes),
      # each valid one checked to be taken; the workspace's ids and keys are fixed, so they fit
      if ! SERVQA_FUZZ_WRITE_SEEDS=$seeds/$t "$build/fuzz/$t" >"$build/logs/$t.seeds.log" 2>&1; then
        echo "fuzz.sh: $t could not write its seeds:" >&2
        tail -20 "$build/logs/$t.seeds.log" >&2
        exit 1
      fi ;;
  esac
done
[[ $build_only -eq 0 ]] || exit 0

if [[ $triage -eq 1 ]]; then
  for t in "${targets[@]}"; do
    files=("$build/crashes/$t"/*)
    echo "== $t: ${#files[@]} input(s) in build-fuzz/crashes/$t/"
    [[ ${#files[@]} -gt 0 ]] || continue
    for f in "${files[@]}"; do
      out=$(TZ=${TZ:-Europe/Berlin} LC_ALL=C.UTF-8 TMPDIR=$build/tmp "$build/fuzz/$t" -runs=1 "$f" 2>&1 || true)
      sig=$(grep -m1 -oE 'servqa-fuzz: FINDING: .*|ERROR: [A-Za-z]+Sanitizer: [a-z-]+|runtime error: .*|ERROR: libFuzzer: [a-z -]+' <<<"$out" || echo "no crash on replay")
      frame=$(grep -E '^ +#[0-9]+ .* in servqa::' <<<"$out" | grep -v -m1 'servqa::fuzz::' | sed -E 's/.* in (servqa::[^ ]*).* ([^ ]+:[0-9]+):[0-9]+$/\1 \2/' || true)
      printf '%s\t%s\t%s\n' "$sig" "$frame" "$(basename "$f")"
    done | sort | awk -F'\t' '{ k = $1 " | " $2; n[k]++; if (!(k in ex)) ex[k] = $3 } END { for (k in n) printf "%6d  %s\n        e.g. %s\n", n[k], k, ex[k] }'
  done
  exit 0
fi

# --- run -----------------------------------------------------------------------------------
max_len() {
  case "$1" in
    fuzz_answersjson) echo 4096 ;;
    *) echo 16384 ;;
  esac
}
dict() {
  case "$1" in
    fuzz_csvreader|fuzz_csvimport) echo "$root/fuzz/dict/csv.dict" ;;
    fuzz_formjson|fuzz_answersjson) echo "$root/fuzz/dict/json.dict" ;;
    fuzz_visitpackage) echo "$root/fuzz/dict/visitpackage.dict" ;;
  esac
}


summary=()
status=0
for t in "${targets[@]}"; do
  log=$build/logs/$t.log
  args=(-rss_limit_mb=2048 -max_len="$(max_len "$t")" -timeout=25 -print_final_stats=1
        -artifact_prefix="$build/crashes/$t/")
  d=$(dict "$t"); [[ -z $d ]] || args+=(-dict="$d")
  [[ -z $runs ]] || args+=(-runs="$runs")
  [[ -z $seconds ]] || args+=(-max_total_time="$seconds")
  [[ $keep_going -eq 0 ]] || args+=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1)
  before=$(find "$build/crashes/$t" -type f | wc -l)
  echo "== $t ${args[*]}"
  rc=0
  started=$(date +%s)
  "$build/fuzz/$t" "${args[@]}" "$build/corpus/$t" "$seeds/$t" >"$log" 2>&1 || rc=$?
  wall=$(($(date +%s) - started))
  after=$(find "$build/crashes/$t" -type f | wc -l)
  # Executions: libFuzzer's final stats, else its last status line (fork mode prints no stats:
  # "#N: cov: … exec/s R … time: Ts").
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | grep -E ' cov: ' | tail -1 || true)
  [[ -n $execs ]] || execs=$(sed -nE 's/^#([0-9]+):? .*/\1/p' <<<"$last")
  elapsed=$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<<"$last")
  [[ -n $elapsed ]] || elapsed=$wall
  if [[ -z $rate && -n $execs && $elapsed -gt 0 ]]; then rate=$((execs / elapsed)); fi
  # Coverage: that of the corpus the run left, replayed once (-runs=0), so that a forked run and
  # a plain one report the same measure (fork mode's own "cov" counts otherwise).
  "$build/fuzz/$t" -runs=0 -rss_limit_mb=2048 -max_len="$(max_len "$t")" -timeout=25 "$build/corpus/$t" \
    >"$build/logs/$t.replay.log" 2>&1 || true
  inited=$(grep -E 'INITED cov: ' "$build/logs/$t.replay.log" | tail -1 || true)
  [[ -n $inited ]] || inited=$last
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$inited")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$inited")
  # Corpus: the inputs that replay keeps (the folder also holds ones that add nothing any more).
  corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$inited")
  [[ -n $corp ]] || corp=$(find "$build/corpus/$t" -type f | wc -l)
  crashes=$((after - before))
  if [[ $rc -ne 0 || $crashes -gt 0 ]]; then
    status=1
    echo "   crashed (exit $rc), new crash inputs: $crashes in build-fuzz/crashes/$t/; log: build-fuzz/logs/$t.log"
    { grep -E '^(==[0-9]+==ERROR|SUMMARY|servqa-fuzz: FINDING|.*runtime error)' "$log" || true; } | head -5 | sed 's/^/   /'
  fi
  summary+=("$(printf '%-18s %12s %8s %7s %7s %7s %7s %8s' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$corp" "$wall" "$crashes")")
done

echo
printf '%-18s %12s %8s %7s %7s %7s %7s %8s\n' target executions exec/s cov ft corpus seconds crashes
printf '%s\n' "${summary[@]}"
exit "$status"
