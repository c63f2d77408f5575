// Builds the country boundary data files of Social Protection Map.
//
//   cd data/boundaries && npm ci && node build.mjs
//
// Outputs (in this folder): countries.csv, display.geojson, boundaries.geojson.
// Sources (pinned in package.json): world-atlas (Natural Earth), i18n-iso-countries,
// @rapideditor/country-coder. See ../README.md for details and licences.
//
// The script ends with a self-check (planar point-in-polygon tests, ring and
// antimeridian checks); it exits with a non-zero code if any check fails.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topo from 'topojson-client';
import { presimplify, quantile, simplify, planarTriangleArea } from 'topojson-simplify';
import pc from 'polygon-clipping';
import polylabel from 'polylabel';
import iso from 'i18n-iso-countries';
import * as cc from '@rapideditor/country-coder';
import {
  roundTo, ringArea, bboxOfRing, hasJump, isFrameEdge, cleanPolygons, densifyFrameEdges, fixAntimeridian,
} from './geometry.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const NM = path.join(DIR, 'node_modules');
const readJSON = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));

const DISPLAY_QUANTILE = 0.25; // like `toposimplify -P 0.25` (0.3 gives ~670 KB of GeoJSON)
const DISPLAY_DECIMALS = 4;
const BOUNDARY_DECIMALS = 5;
const LABEL_DECIMALS = 5;
const KOSOVO = { iso3: 'XKX', iso2: 'XK' }; // single code used for Kosovo

const log = (...a) => console.log(...a);
const problems = []; // self-check failures
const fail = (msg) => { problems.push(msg); console.error('CHECK FAILED: ' + msg); };

// ---------------------------------------------------------------------------
// 1. Country list (i18n-iso-countries) and names
// ---------------------------------------------------------------------------
for (const lang of ['en', 'fr', 'es']) {
  iso.registerLocale(readJSON(path.join(NM, 'i18n-iso-countries', 'langs', `${lang}.json`)));
}

const countries = [];
for (const [a3raw, a2] of Object.entries(iso.getAlpha3Codes())) {
  const isKosovo = a2 === KOSOVO.iso2;
  const iso3 = isKosovo ? KOSOVO.iso3 : a3raw;
  let numeric = iso.alpha2ToNumeric(a2) || '';
  if (isKosovo) numeric = ''; // ISO 3166-1 assigns Kosovo no numeric code (the lib's 983 is user-assigned)
  if (numeric) numeric = String(numeric).padStart(3, '0');
  const name = (lang) => iso.getName(a2, lang, { select: 'official' }) || '';
  countries.push({ iso3, iso2: a2, numeric, name_en: name('en'), name_fr: name('fr'), name_es: name('es') });
}
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
const ISO3 = new Set(countries.map((c) => c.iso3));
const A2TO3 = new Map(countries.map((c) => [c.iso2, c.iso3]));
const A3TO2 = new Map(countries.map((c) => [c.iso3, c.iso2]));
const NUMTO3 = new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric, c.iso3]));
const normIso3 = (a3) => (a3 === 'XKK' || a3 === 'UNK' ? KOSOVO.iso3 : a3);
log(`countries: ${countries.length}`);

// ---------------------------------------------------------------------------
// 2. Regions from country-coder groups (UN M49)
// ---------------------------------------------------------------------------
const borders = readJSON(path.join(NM, '@rapideditor', 'country-coder', 'src', 'data', 'borders.json'));
const M49 = new Map(); // code -> {name, level}
for (const f of borders.features) {
  if (f.properties.m49) M49.set(f.properties.m49, { name: f.properties.nameEn, level: f.properties.level });
}
const CONTINENTS = { '002': 'Africa', '019': 'Americas', '142': 'Asia', '150': 'Europe', '009': 'Oceania' };
// Aggregates whose parts lie in several M49 regions get no (or only continent)
// groups in country-coder: use the UN M49 assignment of the country as a whole.
const REGION_OVERRIDES = {
  ATA: ['Antarctica', ''],
  USA: ['Americas', 'Northern America'],
  RUS: ['Europe', 'Eastern Europe'],
  FRA: ['Europe', 'Western Europe'],
  NLD: ['Europe', 'Western Europe'],
  GBR: ['Europe', 'Northern Europe'],
  NOR: ['Europe', 'Northern Europe'],
  DNK: ['Europe', 'Northern Europe'],
  ESP: ['Europe', 'Southern Europe'],
  UMI: ['Oceania', 'Micronesia'],
  NZL: ['Oceania', 'Australia and New Zealand'],
};
function regionOf(iso3) {
  if (REGION_OVERRIDES[iso3]) return REGION_OVERRIDES[iso3];
  const groups = cc.feature(A3TO2.get(iso3))?.properties.groups || [];
  const cont = groups.find((g) => CONTINENTS[g]);
  if (!cont) throw new Error(`no M49 region for ${iso3}: groups ${groups.join(',')}`);
  // most specific M49 level: intermediate region (e.g. Western Africa), else subregion
  // (003 "North America" is not part of the current M49 standard hierarchy: skip it)
  const inter = groups.find((g) => M49.get(g)?.level === 'intermediateRegion');
  const sub = groups.find((g) => g !== '003' && M49.get(g)?.level === 'subregion');
  const subCode = inter || sub;
  return [CONTINENTS[cont], subCode ? M49.get(subCode).name : ''];
}
for (const c of countries) [c.region, c.subregion] = regionOf(c.iso3);

// ---------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------
// roundTo, ringArea, bboxOfRing, hasJump, isFrameEdge, cleanPolygons, densifyFrameEdges, fixAntimeridian
// live in geometry.mjs, shared with land.mjs.

// Planar point-in-polygon (even-odd over all rings of a polygon)
function inPolygon(pt, poly) {
  const [x, y] = pt;
  let inside = false;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
function makeIndex(features) { // features: [{iso3, polys}]
  const items = [];
  for (const f of features) for (const poly of f.polys) items.push({ iso3: f.iso3, poly, bbox: bboxOfRing(poly[0]) });
  return (pt) => {
    const hits = new Set();
    for (const it of items) {
      const b = it.bbox;
      if (pt[0] < b[0] || pt[0] > b[2] || pt[1] < b[1] || pt[1] > b[3]) continue;
      if (inPolygon(pt, it.poly)) hits.add(it.iso3);
    }
    return [...hits];
  };
}
const weightedArea = (poly) => {
  const b = bboxOfRing(poly[0]);
  return Math.abs(ringArea(poly[0])) * Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180);
};
function interiorPoint(poly, divisor = 1000) {
  const b = bboxOfRing(poly[0]);
  const precision = Math.max(Math.max(b[2] - b[0], b[3] - b[1]) / divisor, 1e-6);
  const p = polylabel(poly, precision);
  return [p[0], p[1]];
}

// ---------------------------------------------------------------------------
// 3. Precise boundaries from country-coder borders.json
// ---------------------------------------------------------------------------
const ccByCode = new Map();
for (const f of borders.features) {
  const p = f.properties;
  for (const k of [p.iso1A2, p.iso1A3, p.m49, p.wikidata]) if (k) ccByCode.set(k, f);
}
// A feature with geometry belongs to: its own ISO alpha-3 code if it has one
// (PRI, GUM, GRL, REU ... stay separate countries); else the first group that
// is an ISO country (e.g. Ascension -> SHN, Svalbard -> SJM, Sark -> GGY);
// else its `country` (e.g. Alaska -> USA, Crimea -> RUS, Akrotiri -> GBR).
// Northern Cyprus (no country in country-coder) is merged into CYP.
function ccOwner(f) {
  const p = f.properties;
  if (p.iso1A3 && ISO3.has(normIso3(p.iso1A3))) return normIso3(p.iso1A3);
  for (const g of p.groups || []) {
    const gf = ccByCode.get(g);
    if (gf && gf.properties.iso1A3 && ISO3.has(normIso3(gf.properties.iso1A3))) return normIso3(gf.properties.iso1A3);
  }
  if (p.country) return A2TO3.get(p.country) || null;
  if (p.nameEn === 'Northern Cyprus') return 'CYP';
  return null;
}
const ccParts = new Map();
const ccDropped = [];
for (const f of borders.features) {
  if (!f.geometry) continue;
  const owner = ccOwner(f);
  if (!owner) { ccDropped.push(f.properties.nameEn); continue; }
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) for (const r of poly) {
    for (let i = 1; i < r.length; i++) {
      if (Math.abs(r[i][0] - r[i - 1][0]) > 180 && !isFrameEdge(r[i - 1], r[i])) throw new Error(`country-coder ring crosses antimeridian: ${f.properties.nameEn}`);
    }
  }
  if (!ccParts.has(owner)) ccParts.set(owner, []);
  ccParts.get(owner).push(...polys);
}
log(`country-coder: ${ccParts.size} countries with geometry; unassigned features dropped: ${ccDropped.join(', ') || 'none'}`);

const boundaries = new Map(); // iso3 -> polys
for (const [iso3, polys] of ccParts) {
  const union = polys.length > 1 ? pc.union(...polys.map((p) => [p])) : polys;
  boundaries.set(iso3, densifyFrameEdges(cleanPolygons(union, BOUNDARY_DECIMALS)));
}
const boundaryLookup = makeIndex([...boundaries].map(([iso3, polys]) => ({ iso3, polys })));

// ---------------------------------------------------------------------------
// 4. Display geometry from world-atlas (Natural Earth 50m, 10m for gaps)
// ---------------------------------------------------------------------------
const sovereignOf = (iso3) => {
  const c = cc.feature(A3TO2.get(iso3))?.properties.country;
  return c ? A2TO3.get(c) : null;
};
const assignLog = [];
const reassigned = []; // polygons moved from a sovereign to its dependency

// Explode every country geometry into polygons and decide, per polygon, which
// ISO country it belongs to. Natural Earth lumps some dependencies into their
// sovereign (e.g. French Guiana, Reunion in France; Svalbard in Norway): a
// polygon whose interior point lies in a dependency of the feature's country
// (according to country-coder) goes to that dependency. Features without an
// ISO id (Kosovo, Somaliland, N. Cyprus, Indian Ocean Ter., Siachen Glacier)
// go to the country whose country-coder boundary contains their interior point.
function assignPolygons(topology, label, logOnly) {
  const out = []; // {gi, pi, iso3}
  topology.objects.countries.geometries.forEach((g, gi) => {
    const polyArcs = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const src = g.id !== undefined ? NUMTO3.get(g.id) || null : null;
    polyArcs.forEach((arcs, pi) => {
      const coords = topo.feature(topology, { type: 'Polygon', arcs }).geometry.coordinates;
      let iso3 = src;
      const logStart = assignLog.length;
      if (!coords.some(hasJump)) {
        const hits = boundaryLookup(interiorPoint(coords, 200));
        const hit = hits.length === 1 ? hits[0] : null;
        if (!src) {
          iso3 = hit;
          assignLog.push(`${label}: "${g.properties.name}" part ${pi} -> ${hit || 'dropped'}`);
        } else if (hit && hit !== src && sovereignOf(hit) === src) {
          iso3 = hit;
          reassigned.push(`${src}>${hit}`);
        } else if (hit && hit !== src) {
          assignLog.push(`${label}: ${src} part ${pi} lies in ${hit} per country-coder; kept in ${src}`);
        }
      } else if (!src) {
        assignLog.push(`${label}: "${g.properties.name}" part ${pi} crosses antimeridian, dropped`);
      }
      if (logOnly && assignLog.length > logStart && !logOnly.has(iso3)) assignLog.length = logStart;
      if (iso3) out.push({ gi, pi, iso3, arcs, src: g.id ?? g.properties.name });
    });
  });
  return out;
}

// Build {iso3 -> polys} from a topology and an assignment. Groups that gather
// polygons from several source features are merged (shared borders dissolved).
function buildGeoms(topology, assignment, only) {
  const groups = new Map();
  for (const a of assignment) {
    if (only && !only.has(a.iso3)) continue;
    if (!groups.has(a.iso3)) groups.set(a.iso3, []);
    groups.get(a.iso3).push(a);
  }
  const result = new Map();
  for (const [iso3, parts] of groups) {
    let polys;
    const srcs = new Set(parts.map((p) => p.src));
    if (srcs.size > 1) {
      polys = topo.merge(topology, parts.map((p) => ({ type: 'Polygon', arcs: p.arcs }))).coordinates;
    } else {
      polys = parts.map((p) => topo.feature(topology, { type: 'Polygon', arcs: p.arcs }).geometry.coordinates);
    }
    result.set(iso3, polys.flatMap(fixAntimeridian));
  }
  return result;
}

// Keep at least one interior vertex of every arc (two of a closed arc) so that
// small islands do not collapse when simplified.
function protectSmallRings(t) {
  for (const arc of t.arcs) {
    const n = arc.length;
    if (n < 3) continue;
    const closed = arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1];
    const interior = arc.slice(1, n - 1).sort((a, b) => b[2] - a[2]);
    for (const p of interior.slice(0, closed ? 2 : 1)) p[2] = Infinity;
  }
  return t;
}

const wa50 = readJSON(path.join(NM, 'world-atlas', 'countries-50m.json'));
const wa10 = readJSON(path.join(NM, 'world-atlas', 'countries-10m.json'));
const assign50 = assignPolygons(wa50, '50m');
const full50 = buildGeoms(wa50, assign50);

const pre = protectSmallRings(presimplify(wa50, planarTriangleArea));
const minWeight = quantile(pre, DISPLAY_QUANTILE);
const simp50 = simplify(pre, minWeight);
const display = new Map();
for (const [iso3, polys] of buildGeoms(simp50, assign50)) {
  const clean = cleanPolygons(polys, DISPLAY_DECIMALS);
  if (clean.length) display.set(iso3, clean);
}
log(`display: ${display.size} countries from world-atlas 50m (planar min weight ${minWeight.toExponential(3)})`);

const displaySource = new Map([...display.keys()].map((k) => [k, '50m']));
const missing10 = new Set([...ISO3].filter((c) => !display.has(c)));
if (missing10.size) {
  const assign10 = assignPolygons(wa10, '10m', missing10);
  for (const [iso3, polys] of buildGeoms(wa10, assign10, missing10)) {
    const clean = cleanPolygons(polys, DISPLAY_DECIMALS);
    if (clean.length) { display.set(iso3, clean); displaySource.set(iso3, '10m'); }
  }
}
for (const iso3 of ISO3) {
  if (!display.has(iso3) && boundaries.has(iso3)) {
    display.set(iso3, cleanPolygons(boundaries.get(iso3), DISPLAY_DECIMALS));
    displaySource.set(iso3, 'country-coder');
  }
}
// Simplification and rounding can make rings self-intersect: repair by a
// self-union (and round again), then add vertices along frame edges.
for (const [iso3, polys] of display) {
  let fixed = polys;
  for (let i = 0; i < 3; i++) fixed = cleanPolygons(pc.union(fixed), DISPLAY_DECIMALS);
  if (!fixed.length) throw new Error(`display geometry of ${iso3} vanished when repaired`);
  display.set(iso3, densifyFrameEdges(fixed));
}

// Boundaries fallback: ISO countries without country-coder geometry use 50m.
const boundarySource = new Map([...boundaries.keys()].map((k) => [k, 'country-coder']));
for (const iso3 of ISO3) {
  if (!boundaries.has(iso3) && full50.has(iso3)) {
    boundaries.set(iso3, densifyFrameEdges(cleanPolygons(full50.get(iso3), BOUNDARY_DECIMALS)));
    boundarySource.set(iso3, '50m');
  }
}

// ---------------------------------------------------------------------------
// 5. Label points: polylabel of the largest display polygon if it also lies in
//    the boundary, else polylabel of the largest boundary polygon.
// ---------------------------------------------------------------------------
const largest = (polys) => polys.reduce((best, p) => (weightedArea(p) > weightedArea(best) ? p : best));
const rLabel = roundTo(LABEL_DECIMALS);
const inAny = (pt, polys) => polys.some((p) => inPolygon(pt, p));
for (const c of countries) {
  c.label_lon = ''; c.label_lat = '';
  const b = boundaries.get(c.iso3), d = display.get(c.iso3);
  const candidates = [];
  if (d) candidates.push(interiorPoint(largest(d)));
  if (b) candidates.push(interiorPoint(largest(b)));
  for (const cand of candidates) {
    const pt = [rLabel(cand[0]), rLabel(cand[1])];
    if ((!b || inAny(pt, b)) && (!d || inAny(pt, d) || cand === candidates[candidates.length - 1])) {
      c.label_lon = pt[0].toFixed(LABEL_DECIMALS); c.label_lat = pt[1].toFixed(LABEL_DECIMALS);
      break;
    }
  }
}

// ---------------------------------------------------------------------------
// 6. Write outputs
// ---------------------------------------------------------------------------
function writeGeoJSON(file, map) {
  const keys = [...map.keys()].sort();
  const lines = keys.map((iso3) => JSON.stringify({
    type: 'Feature', properties: { iso3 }, geometry: { type: 'MultiPolygon', coordinates: map.get(iso3) },
  }));
  fs.writeFileSync(path.join(DIR, file), '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n');
}
writeGeoJSON('boundaries.geojson', boundaries);
writeGeoJSON('display.geojson', display);

const COLS = ['iso3', 'iso2', 'numeric', 'name_en', 'name_fr', 'name_es', 'region', 'subregion', 'label_lon', 'label_lat'];
const csvField = (v) => (/[",\r\n]/.test(String(v)) ? '"' + String(v).replace(/"/g, '""') + '"' : String(v));
fs.writeFileSync(path.join(DIR, 'countries.csv'),
  [COLS.join(','), ...countries.map((c) => COLS.map((k) => csvField(c[k])).join(','))].join('\n') + '\n');

// ---------------------------------------------------------------------------
// 7. Report and self-check (on the files as written)
// ---------------------------------------------------------------------------
for (const l of assignLog) log('  ' + l);
const rc = reassigned.reduce((a, k) => ({ ...a, [k]: (a[k] || 0) + 1 }), {});
log(`polygons moved to dependencies: ${Object.entries(rc).map(([k, n]) => `${k}(${n})`).join(' ')}`);
for (const c of countries) if (!c.subregion && c.iso3 !== 'ATA') fail(`${c.iso3}: no subregion`);
const bySource = (m) => [...m.values()].reduce((a, s) => ({ ...a, [s]: (a[s] || 0) + 1 }), {});
log(`boundaries sources: ${JSON.stringify(bySource(boundarySource))}`);
log(`display sources: ${JSON.stringify(bySource(displaySource))}; from 10m: ${[...displaySource].filter(([, s]) => s === '10m').map(([k]) => k).join(' ') || '-'}; from country-coder: ${[...displaySource].filter(([, s]) => s === 'country-coder').map(([k]) => k).join(' ') || '-'}`);

// Count proper crossings between edges of a MultiPolygon (sweep over x).
function countCrossings(polys) {
  const segs = [];
  for (const poly of polys) for (const ring of poly) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1], b = ring[i];
      segs.push(a[0] <= b[0] ? [a, b] : [b, a]);
    }
  }
  segs.sort((s, t) => s[0][0] - t[0][0]);
  const orient = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  let n = 0, active = [];
  for (const s of segs) {
    active = active.filter((t) => t[1][0] >= s[0][0]);
    const sy0 = Math.min(s[0][1], s[1][1]), sy1 = Math.max(s[0][1], s[1][1]);
    for (const t of active) {
      if (Math.max(t[0][1], t[1][1]) < sy0 || Math.min(t[0][1], t[1][1]) > sy1) continue;
      const o1 = orient(s[0], s[1], t[0]), o2 = orient(s[0], s[1], t[1]);
      const o3 = orient(t[0], t[1], s[0]), o4 = orient(t[0], t[1], s[1]);
      if (o1 * o2 < 0 && o3 * o4 < 0) n++;
    }
    active.push(s);
  }
  return n;
}

function readBack(file) {
  const fc = readJSON(path.join(DIR, file));
  const feats = [];
  const seen = new Set();
  for (const f of fc.features) {
    const iso3 = f.properties?.iso3;
    if (Object.keys(f.properties || {}).join() !== 'iso3') fail(`${file}: properties must be only iso3 (${JSON.stringify(f.properties)})`);
    if (!ISO3.has(iso3)) fail(`${file}: ${iso3} not in countries.csv`);
    if (seen.has(iso3)) fail(`${file}: duplicate ${iso3}`);
    seen.add(iso3);
    if (f.geometry?.type !== 'MultiPolygon') fail(`${file}: ${iso3} geometry is not MultiPolygon`);
    let bad = 0;
    for (const poly of f.geometry.coordinates) for (const ring of poly) {
      const a = ring[0], z = ring[ring.length - 1];
      if (ring.length < 4 || a[0] !== z[0] || a[1] !== z[1]) bad++, fail(`${file}: ${iso3} ring not closed or too short`);
      for (let i = 0; i < ring.length; i++) {
        const [x, y] = ring[i];
        if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) { bad++; fail(`${file}: ${iso3} coordinate out of range ${x},${y}`); break; }
        if (i > 0 && Math.abs(x - ring[i - 1][0]) > 180) { bad++; fail(`${file}: ${iso3} edge jumps over 180 degrees of longitude`); break; }
      }
      if (bad > 3) break;
    }
    feats.push({ iso3, polys: f.geometry.coordinates });
    const x = countCrossings(f.geometry.coordinates);
    if (x) fail(`${file}: ${iso3} has ${x} crossing edge pair(s)`);
  }
  return { feats, lookup: makeIndex(feats), byIso: new Map(feats.map((f) => [f.iso3, f.polys])) };
}
const B = readBack('boundaries.geojson');
const D = readBack('display.geojson');

const TESTS = [ // [name, lon, lat, expected iso3 or null, inland (also required in display)]
  ['Oslo', 10.75, 59.91, 'NOR', true], ['Helsinki', 24.94, 60.17, 'FIN', true],
  ['Stockholm', 18.07, 59.33, 'SWE', true], ['Moscow', 37.62, 55.75, 'RUS', true],
  ['Anadyr', 177.5, 64.73, 'RUS', false], ['Suva', 178.44, -18.14, 'FJI', false],
  ['Lakeba (Fiji, east of 180)', -178.8, -18.2, 'FJI', false],
  ['Accra', -0.19, 5.56, 'GHA', false], ['Durban', 31.02, -29.86, 'ZAF', false],
  ['Kigali', 30.06, -1.95, 'RWA', true], ['Ahmedabad', 72.57, 23.02, 'IND', true],
  ['Lima', -77.04, -12.05, 'PER', false], ['Bangkok', 100.5, 13.75, 'THA', true],
  ['Mexico City', -99.13, 19.43, 'MEX', true], ['Dakar', -17.45, 14.69, 'SEN', false],
  ['Nairobi', 36.82, -1.29, 'KEN', true], ['Sao Paulo', -46.63, -23.55, 'BRA', true],
  ['Montevideo', -56.16, -34.9, 'URY', false], ['Buenos Aires', -58.38, -34.6, 'ARG', false],
  ['San Jose CR', -84.08, 9.93, 'CRI', true], ['Bogota', -74.07, 4.71, 'COL', true],
  ['Quito', -78.47, -0.18, 'ECU', true], ['Jakarta', 106.85, -6.2, 'IDN', false],
  // (-30, 0) is inside country-coder's Brazil (its polygon around the St Peter and St Paul
  // Rocks, 29.3 W 0.9 N), so it only must miss the display layer; true mid-ocean points:
  ['Mid-Atlantic near St Peter and St Paul Rocks', -30, 0, 'BRA', false],
  ['Mid-Atlantic', -25, 0, null, true], ['North Atlantic', -40, 30, null, true],
  ['South Pacific', -140, -30, null, true], ['Indian Ocean', 80, -20, null, true],
  ['Anchorage', -149.9, 61.22, 'USA', true], ['Adak (Aleutians, west of 180)', -176.64, 51.88, 'USA', false],
  ['Attu (Aleutians, east of 180)', 173.18, 52.9, 'USA', false], ['Wrangel Island', -179.5, 71.2, 'RUS', false],
  ['Chatham Islands', -176.56, -43.95, 'NZL', false], ['Kiritimati', -157.4, 1.87, 'KIR', false],
  ['Tarawa', 172.98, 1.33, 'KIR', false], ['Nuku\'alofa', -175.2, -21.14, 'TON', false],
  ['Pristina', 21.17, 42.66, 'XKX', true], ['San Juan PR', -66.06, 18.45, 'PRI', false],
  ['Cayenne', -52.33, 4.93, 'GUF', false], ['Saint-Denis RE', 55.45, -20.88, 'REU', false],
  ['Nicosia north', 33.36, 35.2, 'CYP', true], ['Hargeisa', 44.06, 9.56, 'SOM', true],
  ['Longyearbyen', 15.63, 78.22, 'SJM', false], ['Nuuk', -51.72, 64.18, 'GRL', false],
];
log('\nself-check (point -> boundaries.geojson | display.geojson):');
for (const [name, lon, lat, exp, inland] of TESTS) {
  const hb = B.lookup([lon, lat]), hd = D.lookup([lon, lat]);
  const okB = exp === null ? hb.length === 0 : hb.length === 1 && hb[0] === exp;
  // display: inland points must match; coastal points may miss (ocean) but never hit another country
  const okD = name.startsWith('Mid-Atlantic near') ? hd.length === 0 : exp === null ? hd.length === 0 : inland ? hd.length === 1 && hd[0] === exp : hd.every((h) => h === exp);
  log(`  ${okB && okD ? 'ok  ' : 'FAIL'} ${name} (${lon}, ${lat}) expected ${exp ?? 'none'}: boundaries ${hb.join('+') || 'none'} | display ${hd.join('+') || 'none'}`);
  if (!okB) fail(`${name}: boundaries gives ${hb.join('+') || 'none'}, expected ${exp ?? 'none'}`);
  if (!okD) fail(`${name}: display gives ${hd.join('+') || 'none'}, expected ${exp ?? 'none'}`);
}

// label points inside their boundary (and display geometry)
let labelsOk = 0, labelsOutsideDisplay = [];
for (const c of countries) {
  const b = B.byIso.get(c.iso3), d = D.byIso.get(c.iso3);
  if (!b && !d) { if (c.label_lon) fail(`${c.iso3}: label without geometry`); continue; }
  if (!c.label_lon) { fail(`${c.iso3}: no label point`); continue; }
  const pt = [Number(c.label_lon), Number(c.label_lat)];
  const hits = B.lookup(pt);
  if (b && !(hits.length === 1 && hits[0] === c.iso3)) fail(`${c.iso3}: label point ${pt} not (only) in its boundary: ${hits.join('+')}`);
  else labelsOk++;
  if (d && !inAny(pt, d)) labelsOutsideDisplay.push(c.iso3);
}
log(`labels inside boundary: ${labelsOk}; outside display geometry (tolerated): ${labelsOutsideDisplay.join(' ') || 'none'}`);

// overlap scan: no grid point may lie in two countries (boundaries or display);
// also count where display and boundaries disagree on land (informational)
let overlapsB = 0, overlapsD = 0, disagree = 0, landPts = 0;
for (let lat = -89.75; lat < 90; lat += 0.5) {
  for (let lon = -179.75; lon < 180; lon += 0.5) {
    const hb = B.lookup([lon, lat]), hd = D.lookup([lon, lat]);
    if (hb.length > 1) { if (overlapsB++ < 5) fail(`boundaries overlap at ${lon},${lat}: ${hb.join('+')}`); }
    if (hd.length > 1) { if (overlapsD++ < 5) fail(`display overlap at ${lon},${lat}: ${hd.join('+')}`); }
    if (hd.length === 1) { landPts++; if (hb[0] !== hd[0]) disagree++; }
  }
}
log(`grid scan 0.5 deg: overlapping points boundaries ${overlapsB}, display ${overlapsD}; display land points ${landPts}, of which boundaries disagree ${disagree}`);

// every country with a boundary has a display feature and vice versa
for (const iso3 of ISO3) {
  if (B.byIso.has(iso3) !== D.byIso.has(iso3)) fail(`${iso3}: present in only one of boundaries/display`);
}
const noGeom = [...ISO3].filter((c) => !B.byIso.has(c));
const csvRows = fs.readFileSync(path.join(DIR, 'countries.csv'), 'utf8').trim().split('\n').length - 1;
const size = (f) => fs.statSync(path.join(DIR, f)).size;
log(`\ncountries.csv rows: ${csvRows}; boundaries features: ${B.feats.length}; display features: ${D.feats.length}`);
log(`ISO codes without geometry: ${noGeom.join(' ') || 'none'}`);
log(`sizes: countries.csv ${size('countries.csv')} B, display.geojson ${size('display.geojson')} B, boundaries.geojson ${size('boundaries.geojson')} B`);
if (problems.length) {
  console.error(`\nSELF-CHECK FAILED: ${problems.length} problem(s)`);
  process.exit(1);
}
log('\nSELF-CHECK PASSED');
