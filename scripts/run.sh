#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start CreditDesk on its
# embedded default database (created with demo data on first start). Extra arguments are
# passed to the application, e.g. --db FILE or --language en.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec build/release/app/creditdesk "$@"
