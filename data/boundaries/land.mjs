// Builds land.geojson.gz, the land mask that keeps observations off the sea.
//
//   cd data/boundaries && npm ci && node land.mjs
//
// boundaries.geojson comes from country-coder, whose polygons reach several kilometres offshore so that points on a
// quay still find their country; alone it would place a point 4 km out at sea off Accra "in Ghana". Natural Earth's
// 10m land (world-atlas land-10m.json, public domain) follows the coastline within a few hundred metres; the app
// refuses a point farther than a small tolerance from it. Deterministic: same inputs, same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, gunzipSync } from 'node:zlib';
import * as topo from 'topojson-client';
import { cleanPolygons, densifyFrameEdges, fixAntimeridian } from './geometry.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const DECIMALS = 4; // about 11 m, well inside the coastline's own accuracy
const land = JSON.parse(fs.readFileSync(path.join(DIR, 'node_modules', 'world-atlas', 'land-10m.json'), 'utf8'));
const merged = topo.feature(land, land.objects.land);
const geometries = merged.type === 'FeatureCollection' ? merged.features.map((f) => f.geometry) : [merged.geometry];
const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
// Rounding can make a few rings touch or cross themselves (polygon-clipping's self-union fails on this file);
// the app repairs those with JTS's GeometryFixer as it reads the file.
const parts = densifyFrameEdges(cleanPolygons(polygons.flatMap(fixAntimeridian), DECIMALS));

// One polygon a line, in a stable order (by the first vertex of the outer ring), so that a rebuild diffs cleanly.
parts.sort((a, b) => a[0][0][0] - b[0][0][0] || a[0][0][1] - b[0][0][1]);
const lines = parts.map((p) => JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: p } }));
const text = '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n';
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
fs.writeFileSync(path.join(DIR, 'land.geojson.gz'), gz);
console.log(`land.geojson.gz: ${parts.length} polygons, ${text.length} / ${gz.length} bytes`);

// Self-check on the file as written: planar even-odd point-in-polygon.
const back = JSON.parse(gunzipSync(fs.readFileSync(path.join(DIR, 'land.geojson.gz'))).toString('utf8'));
const inRing = ([x, y], r) => {
  let c = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    if ((r[i][1] > y) !== (r[j][1] > y) && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) c = !c;
  }
  return c;
};
const onLand = (pt) => back.features.some((f) => f.geometry.coordinates.filter((r) => inRing(pt, r)).length % 2 === 1);
const TESTS = [ // [name, lon, lat, on land]
  ['Kigali', 30.0619, -1.9441, true], ['Makola, Accra', -0.2085, 5.5488, true], ['Warwick, Durban', 31.0115, -29.8575, true],
  ['Ahmedabad', 72.5873, 23.0258, true], ['Lima', -77.0428, -12.0464, true], ['Moscow', 37.6173, 55.7558, true],
  ['Bilibino', 166.44, 68.06, true], ['Chukotka east of 180', -175.0, 66.5, true], ['Suva', 178.4419, -18.1416, true], ['Oslo', 10.7522, 59.9139, true],
  ['4.4 km off Accra', -0.20, 5.50, false], ['mid-Atlantic', -25, 0, false], ['Gulf of Guinea', 0, 2, false],
];
const failures = TESTS.filter(([, lon, lat, expected]) => onLand([lon, lat]) !== expected).map(([n]) => n);
if (failures.some(Boolean) || parts.some((p) => p.some((r) => r.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90)))) {
  console.error(`Checks failed: ${failures.join(', ') || 'coordinates out of range'}`);
  process.exit(1);
}
console.log(`Checks passed: ${TESTS.length} points, coordinates in range`);
