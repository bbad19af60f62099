#!/usr/bin/env bash
# Builds ServQA and runs every test. GUI tests use Qt's offscreen platform (set per test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)"
