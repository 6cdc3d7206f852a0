#!/usr/bin/env bash
# The README's second command: install what is missing, build, check formatting and run the
# whole test suite headless. .ci/run calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/check-format.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/release --output-on-failure --timeout 600 -j "$(nproc)"
