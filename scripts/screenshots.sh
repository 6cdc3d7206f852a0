#!/usr/bin/env bash
# Renders the documentation screenshots in both languages from a fresh demo database:
# docs/screenshots/*-zh_CN.png and *-en.png. Needs a build (scripts/build.sh) and Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/release/app/creditdesk-cli demo --db "$work/demo.sqlite" --subjects 10000 --repairs 10 --objections 12 > /dev/null
for language in zh_CN en; do
  xvfb-run -a -s "-screen 0 1280x800x24" \
    build/release/tests/creditdesk-screenshots --db "$work/demo.sqlite" --out docs/screenshots \
      --language "$language" --query 王伟
done
