#!/usr/bin/env bash
# Installs what is missing and builds CreditDesk (release preset). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ ! -f build/release/build.ninja ]; then
  cmake --preset release
fi
cmake --build build/release --parallel "$(nproc)"
