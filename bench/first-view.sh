#!/usr/bin/env bash
# The first view of the map in Chromium (bytes, requests, time to the first drawn cluster), see docs/BENCHMARKS.md:
#   bench/first-view.sh [page ...]       against the app at $APP_URL (default http://127.0.0.1:8080)
# puppeteer-core comes from the npm registry into target/first-view; the browser is Debian's Chromium.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$(readlink -m "${OUT:-$REPO/target/first-view}")"
mkdir -p "$OUT"
if [ ! -d "$OUT/node_modules/puppeteer-core" ]; then
  (cd "$OUT" && npm init -y > /dev/null && npm install --no-audit --no-fund puppeteer-core@24.43.1 > /dev/null)
fi
cp "$REPO/bench/first-view.mjs" "$OUT/first-view.mjs"
node "$OUT/first-view.mjs" "${APP_URL:-http://127.0.0.1:8080}" "$@"
