#!/usr/bin/env bash
# Lighthouse scores of the public pages on a phone profile (see docs/BENCHMARKS.md, "First view"):
#   bench/lighthouse.sh                       against the app at $APP_URL (default http://127.0.0.1:8080)
# Lighthouse comes from the npm registry into target/lighthouse (12.x: 13 needs Node 22) and drives Debian's
# Chromium with the flags of the browser tests, so that it looks up no outside host. Scores depend on the machine's
# load: compare pages measured in one run, and read total blocking time as an upper bound on a busy machine.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_URL="${APP_URL:-http://127.0.0.1:8080}"
OUT="$(readlink -m "${OUT:-$REPO/target/lighthouse}")"
PAGES=("${@:-/ /countries/GHA /countries /observations/1 /briefs /podcasts /coverage /compare?countries=GHA,ZAF /about /embed}")
read -r -a PAGES <<< "${PAGES[*]}"
mkdir -p "$OUT"
if [ ! -x "$OUT/node_modules/.bin/lighthouse" ]; then
  (cd "$OUT" && npm init -y > /dev/null && npm install --no-audit --no-fund lighthouse@12.8.2 > /dev/null)
fi
FLAGS='--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking
 --disable-component-update --disable-sync --no-first-run --disable-features=NetworkTimeServiceQuerying,MediaRouter,OptimizationHints,Translate
 --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"'
printf '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | bytes |\n|---|---|---|---|---|---|---|---|---|---|\n'
for page in "${PAGES[@]}"; do
  report="$OUT/$(echo "$page" | tr -c 'A-Za-z0-9\n' '_').json"
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "$OUT/node_modules/.bin/lighthouse" "$APP_URL$page" \
    --chrome-flags="$(echo $FLAGS)" --form-factor=mobile --output=json --output-path="$report" --quiet
  python3 - "$page" "$report" <<'PY'
import json, sys
page, path = sys.argv[1], sys.argv[2]
r = json.load(open(path)); c = r["categories"]; a = r["audits"]
score = lambda k: "–" if c[k]["score"] is None else str(round(c[k]["score"] * 100))
print(f"| `{page}` | {score('performance')} | {score('accessibility')} | {score('best-practices')} | {score('seo')} | "
      f"{a['first-contentful-paint']['displayValue']} | {a['largest-contentful-paint']['displayValue']} | "
      f"{a['total-blocking-time']['displayValue']} | {a['cumulative-layout-shift']['displayValue']} | "
      f"{round(a['total-byte-weight']['numericValue'] / 1024)} KiB |")
PY
done
