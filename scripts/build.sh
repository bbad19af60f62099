#!/usr/bin/env bash
# Installs what is missing, configures once and builds ServQA into build/.
#   --sanitize  builds into build-asan/ instead, with AddressSanitizer and
#               UndefinedBehaviorSanitizer (-DSERVQA_SANITIZE=ON; docs/reliability.md)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build
cmake_args=()
case "${1-}" in
  "") ;;
  --sanitize)
    dir=build-asan
    # Same build type as build/: RelWithDebInfo (-O2 -g) checks the code as CI and users build
    # it (QT_NO_DEBUG too, so Qt's inline code takes the same paths), -g still gives file and
    # line in every report, and the suite runs about twice as fast under ASan as at -O0.
    cmake_args=(-DSERVQA_SANITIZE=ON)
    ;;
  *)
    echo "usage: scripts/build.sh [--sanitize]" >&2
    exit 2
    ;;
esac
bash scripts/setup-deps.sh
if [[ ! -f $dir/build.ninja ]]; then
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${cmake_args[@]}"
fi
cmake --build "$dir" --parallel "$(nproc)"
