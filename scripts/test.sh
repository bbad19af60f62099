#!/usr/bin/env bash
# Builds ServQA and runs every test. GUI tests use Qt's offscreen platform (set per test).
#   --sanitize  the same under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer,
#               in build-asan/: any finding fails the run (docs/reliability.md, "Sanitizers")
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1-}" in
  "") ;;
  --sanitize)
    bash scripts/build.sh --sanitize
    # Any finding ends the process with SIGABRT (abort_on_error): the test fails, and so does a
    # test whose servqa-cli child has one (tst_cli, tst_reports check its exit code, and a
    # crash is neither 0, 1 nor 2). ASan and LSan reports go to files, not stderr:
    # the tests read a child's stderr themselves, so its report would otherwise be lost; they
    # are printed below and any report fails the run. (UBSan's reports cannot go to a file when
    # ASan is linked too; they stay on stderr, in ctest's output of a failed test.)
    logs=$PWD/build-asan/sanitizer-logs
    rm -rf "$logs"
    mkdir -p "$logs"
    export ASAN_OPTIONS="log_path=$logs/report:log_exe_name=1:halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
    export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
    # ASan makes the suite 3-10 times slower (tst_demogenerator: 13 s -> up to 12 minutes on 2 busy
    # cores, docs/reliability.md): Qt Test's 5-minute watchdog per test function and ctest's 25 minutes per test
    # would end slow tests that are not stuck.
    export QTEST_FUNCTION_TIMEOUT=1800000
    cd build-asan
    status=0
    ctest --output-on-failure --parallel "$(nproc)" --timeout 3600 || status=$?
    shopt -s nullglob
    reports=("$logs"/report.*)
    if [[ ${#reports[@]} -gt 0 ]]; then
      for f in "${reports[@]}"; do
        echo "===== ${f#"$logs"/}"
        cat "$f"
      done
      echo "test.sh --sanitize: ${#reports[@]} sanitizer report(s), kept in $logs" >&2
      status=1
    fi
    exit "$status"
    ;;
  *)
    echo "usage: scripts/test.sh [--sanitize]" >&2
    exit 2
    ;;
esac

bash scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)"
