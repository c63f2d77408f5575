#!/usr/bin/env bash
# One command for the read-path benchmark (see docs/BENCHMARKS.md):
#   bench/run.sh                     100,000 observations, everything measured in one run
#   COPIES=10 bench/run.sh           1,000,000 observations
#   MAPSERVER=1 bench/run.sh         also the MapServer peer of the shared kit, on the same data
#   QGIS=1 bench/run.sh              also the QGIS Server peer of the shared kit, on the same data
#   SPMAP_FEATURE_CACHE_ENABLED=false bench/run.sh   every feature built for every request (no FeatureCache)
# It (1) creates $BENCH_DB with PostGIS if missing, (2) starts the app jar ($JAR, postgis profile, 127.0.0.1 only)
# so that Flyway builds the schema and the demo atlas, (3) generates the kit's 100,000 points and loads them into the
# app's own tables (bench/load.sql), (4) measures with the kit's run_all.sh: wrk on the app's routes and pgbench on
# the raw SQL of the same requests, in one run, then the pages again under 50 clients, (5) stops what it started.
# Needs: the kit ($BENCH_KIT, default ../shared/bench next to the repository), psql, pgbench, wrk, curl, python3, java.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BENCH_KIT="${BENCH_KIT:-$(readlink -m "$REPO/../shared/bench")}"
export BENCH_DB="${BENCH_DB:-spmap_bench}" PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export APP_PORT="${APP_PORT:-18080}" APP_URL="http://127.0.0.1:${APP_PORT:-18080}"
export DURATION="${DURATION:-10}" WARMUP="${WARMUP:-2}"
COPIES="${COPIES:-1}"
JAR="${JAR:-$(ls "$REPO"/target/social-protection-map-*.jar 2>/dev/null | grep -v original | head -1)}"
OUT="$(readlink -m "${OUT:-$REPO/target/bench/$(date +%Y%m%d-%H%M%S)}")"
[ -f "$JAR" ] || { echo "no app jar: build it with ./mvnw -DskipTests package, or set JAR" >&2; exit 1; }
[ -x "$BENCH_KIT/bench/run_all.sh" ] || { echo "benchmark kit not found at $BENCH_KIT (set BENCH_KIT)" >&2; exit 1; }
mkdir -p "$OUT"

if [ "$(psql -X -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'")" != 1 ]; then
  psql -X -d postgres -qc "CREATE DATABASE \"$BENCH_DB\""
fi
psql -X -d "$BENCH_DB" -qc "CREATE EXTENSION IF NOT EXISTS postgis"

app_pid=""
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; fi; app_pid=""; }
trap stop_app EXIT
SPMAP_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" SPMAP_DB_USER="$PGUSER" SPMAP_DB_PASSWORD="${PGPASSWORD:-}" \
  java ${JAVA_OPTS:--Xmx512m} -Xlog:gc:file="$OUT/gc.log":uptime -jar "$JAR" --spring.profiles.active=postgis --server.address=127.0.0.1 \
  --server.port="$APP_PORT" > "$OUT/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do curl -fs -o /dev/null "$APP_URL/embed" && break; sleep 1; done
curl -fs -o /dev/null "$APP_URL/embed" || { echo "the app did not start, see $OUT/app.log" >&2; exit 1; }

# the kit's points (table places, its fingerprint checked; exit 2 = generated but different), then the app's rows
"$BENCH_KIT/gen/create_db.sh" || [ $? = 2 ]

# A request right after a committed change (a row of atlas_change, what every write adds): the page cache, the kept
# features and the kept clusters are then empty, so this is what a change costs the first reader. Median of five, each
# after its own change; the same routes on the demo atlas alone (first call) and with the generated points (second).
after_change() {  # label observation-id
  for u in "/" "/countries/IND" "/observations/$2" "/embed" "/api/observations/clusters?zoom=3" \
           "/api/observations?bbox=76.96,28.36,77.46,28.86&limit=1000"; do
    t=$(for _ in 1 2 3 4 5; do
          psql -X -d "$BENCH_DB" -qc "INSERT INTO atlas_change (id) VALUES (nextval('atlas_change_seq'))"
          curl -s -o /dev/null -w '%{time_total}\n' "$APP_URL$u"
        done | sort -n | sed -n 3p)
    echo "$1 ${u/\/observations\/$2//observations/{id\}} $t"
  done
}
psql -X -d "$BENCH_DB" -v copies=0 -f "$REPO/bench/load.sql" > /dev/null   # the demo atlas alone
demo_obs="$(psql -X -d "$BENCH_DB" -tAc "SELECT min(id) FROM observation WHERE status = 'PUBLISHED'")"
after_change warm "$demo_obs" > /dev/null   # the JIT, so that the demo's figures are not those of a cold start
after_change demo "$demo_obs" > "$OUT/after-change.txt"

psql -X -d "$BENCH_DB" -v copies="$COPIES" -f "$REPO/bench/load.sql"
export OBS_ID="$(psql -X -d "$BENCH_DB" -tAc "SELECT min(id) FROM observation WHERE slug LIKE 'bench-%' AND country_iso3 = 'IND'")"

targets="$REPO/bench/targets.tsv"
if [ "${MAPSERVER:-0}" = 1 ]; then
  "$BENCH_KIT/bin/mapserver-start.sh"
  targets="$targets $REPO/bench/targets.mapserver.tsv"
fi
if [ "${QGIS:-0}" = 1 ]; then
  "$BENCH_KIT/bin/qgis-start.sh"
  targets="$targets $REPO/bench/targets.qgis.tsv"
fi
for u in "/api/observations?bbox=76.96,28.36,77.46,28.86&limit=1000" "/api/observations/clusters?zoom=3" "/" "/countries/IND"; do
  curl -fs -o /dev/null "$APP_URL$u"   # warm the JIT a little before the first measurement
done
TARGETS="$targets" OUT="$OUT/c8" "$BENCH_KIT/bench/run_all.sh"
# the pages again under 50 clients, against /embed in the same run
TARGETS="$REPO/bench/targets.tsv" ONLY='^app_(embed|home|country|observation)$' WRK_CONN=50 OUT="$OUT/c50" \
  "$BENCH_KIT/bench/run_all.sh"
# varied boxes: another city-sized box for every request (bench/varied_boxes.lua), so that no answer is asked twice,
# beside the raw SQL of such boxes (bench/sql/app_city_varied.sql) and, with MAPSERVER=1, MapServer on the same boxes
mkdir -p "$OUT/varied"
psql -X -d "$BENCH_DB" -tA -F' ' -c "SELECT lon, lat FROM city_centres ORDER BY city_id" > "$OUT/varied/cities.txt"
varied_wrk() {  # name base-url route
  for d in "$WARMUP" "$DURATION"; do
    CITIES="$OUT/varied/cities.txt" ROUTE="$3" wrk -c 8 -t 2 -d "${d}s" --latency --timeout 10s \
      -s "$REPO/bench/varied_boxes.lua" "$2" > "$OUT/varied/wrk_$1.txt" 2>&1 || true
  done
  echo "$1 $(grep '^WRKJSON ' "$OUT/varied/wrk_$1.txt" | tail -1 | cut -d' ' -f2-)" >> "$OUT/varied/results.txt"
}
: > "$OUT/varied/results.txt"
pgbench -n -M simple -c 4 -j 2 -T "$DURATION" -f "$REPO/bench/sql/app_city_varied.sql" "$BENCH_DB" \
  > "$OUT/varied/pgbench_sql_app_varied.txt" 2>&1
echo "sql_app_varied {\"rps\": $(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/varied/pgbench_sql_app_varied.txt" | head -1), \"err_status\": 0}" \
  >> "$OUT/varied/results.txt"
varied_wrk app_api_varied "$APP_URL" "/api/observations?limit=1000&"
varied_wrk app_ogc_varied "$APP_URL" "/ogcapi/collections/observations/items?f=json&limit=1000&"
if [ "${MAPSERVER:-0}" = 1 ]; then
  varied_wrk ms_oapif_varied "http://127.0.0.1:${MS_PORT:-8081}" "/mapserv/peerbench/ogcapi/collections/places/items?f=json&limit=1000&"
fi
python3 - "$OUT/varied/results.txt" <<'PY' | tee "$OUT/varied/summary.md"
import json, sys
rows = {}
for line in open(sys.argv[1]):
    name, _, doc = line.partition(" ")
    rows[name] = json.loads(doc)
sql = rows["sql_app_varied"]["rps"]
ms = rows.get("ms_oapif_varied", {}).get("rps")
print("| varied city boxes (c8) | req/s | x raw SQL | x MapServer | errors |\n|---|---:|---:|---:|---:|")
for name, d in rows.items():
    errors = sum(d.get(k, 0) for k in ("err_status", "err_connect", "err_read", "err_timeout"))
    print(f"| {name} | {d['rps']:.1f} | {d['rps'] / sql:.3f} | {d['rps'] / ms:.2f} | {errors} |" if ms
          else f"| {name} | {d['rps']:.1f} | {d['rps'] / sql:.3f} | - | {errors} |")
PY
[ "${MAPSERVER:-0}" = 1 ] && "$BENCH_KIT/bin/mapserver-stop.sh"
[ "${QGIS:-0}" = 1 ] && "$BENCH_KIT/bin/qgis-stop.sh"
# single requests, one at a time (latency without load)
for u in "/api/observations?bbox=76.96,28.36,77.46,28.86&limit=1000" "/ogcapi/collections/observations/items?f=json&bbox=-20,-36,52,38&limit=1000" \
         "/api/observations/clusters?zoom=3" "/" "/countries/IND" "/observations/$OBS_ID" "/embed"; do
  t=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "$APP_URL$u"; done | sort -n | sed -n 3p)
  echo "| \`$u\` | $(awk -v t="$t" 'BEGIN{printf "%.0f", t*1000}') ms |"
done | tee "$OUT/single.md"
after_change loaded "$OBS_ID" >> "$OUT/after-change.txt"
python3 - "$OUT/after-change.txt" "$COPIES" <<'PY' | tee "$OUT/after-change.md"
import sys
rows = {}
for line in open(sys.argv[1]):
    label, route, t = line.split()
    rows.setdefault(route, {})[label] = float(t) * 1000
points = f"{int(sys.argv[2]) * 100_000:,}"
print(f"| first request after a change | demo atlas | {points} points | ratio (pages: target <= 1.2) |\n|---|---:|---:|---:|")
for route, d in rows.items():
    print(f"| `{route}` | {d['demo']:.0f} ms | {d['loaded']:.0f} ms | {d['loaded'] / d['demo']:.2f} |")
PY
# the heap under all of the above: the app ran with -Xmx512m (JAVA_OPTS), its GC log says what it held
python3 "$REPO/bench/heap.py" "$OUT/gc.log" "$OUT/app.log" | tee "$OUT/heap.md"
echo "results: $OUT (c8/summary.md, c50/summary.md, varied/summary.md, single.md, after-change.md, heap.md)"
