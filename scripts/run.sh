#!/usr/bin/env bash
# Builds ServQA and opens it on the demo workspace (built in the user's data folder on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec build/app/servqa --demo "$@"
