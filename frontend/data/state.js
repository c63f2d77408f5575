// The codes the server knows; anything else in a URL is dropped rather than sent on to become a 400.
export const KINDS = ['inclusion', 'exclusion'];
export const GROUPS = ['domestic_workers', 'home_based_workers', 'street_vendors', 'market_traders', 'waste_pickers',
  'garment_workers', 'transport_workers', 'informal_workers'];
export const BRANCHES = ['medical_care', 'sickness', 'unemployment', 'old_age', 'employment_injury', 'family',
  'maternity', 'invalidity', 'survivors', 'general_assistance', 'child_care'];
export const TYPES = ['contributory_social_insurance', 'universal_categorical', 'means_tested_assistance',
  'employer_liability', 'provident_fund', 'community_micro_insurance'];
export const PLACES = ['market', 'vending_zone', 'dumpsite', 'home_based_cluster', 'child_care_centre', 'office',
  'other'];
// "only": records about the chosen group; "general": also those about informal workers in general.
export const GROUP_MATCHES = ['only', 'general'];
export const VIEWS = ['both', 'map', 'list'];
export const FILTERS = ['kind', 'group', 'groupMatch', 'branch', 'place', 'type', 'country', 'collection', 'from', 'to',
  'q'];

export const DEFAULTS = Object.freeze({
  kind: [], group: '', groupMatch: 'only', branch: '', place: '', type: '', country: '', collection: '', from: null,
  to: null, q: '',
  measure: 'schemes', view: 'both', lat: null, lon: null, zoom: null, sel: '',
});

const YEARS = [1800, 2200];
const MEASURE = /^(schemes|matches|inclusions|exclusions|indicator:[a-z0-9_]+)$/;

const clamp = (n, [min, max]) => Math.min(max, Math.max(min, n));
const oneOf = (value, allowed) => (allowed.includes(value) ? value : '');

function year(text) {
  return /^-?\d{1,6}$/.test(text) ? clamp(Number(text), YEARS) : null;
}

function decimal(text, range) {
  const n = text === '' ? NaN : Number(text);
  return Number.isFinite(n) ? clamp(n, range) : null;
}

// Both kinds mean the same as none: one canonical form keeps permalinks stable.
export function normaliseKinds(kinds) {
  const set = new Set(kinds);
  const chosen = KINDS.filter((k) => set.has(k));
  return chosen.length === KINDS.length ? [] : chosen;
}

/** State from a query string; `measures` (ids from the page config) narrows the accepted measures. */
export function parse(search, measures = null) {
  const p = new URLSearchParams(search);
  const text = (key) => (p.get(key) ?? '').trim();
  const s = { ...DEFAULTS };

  s.kind = normaliseKinds(p.getAll('kind').flatMap((v) => v.split(',')).map((v) => v.trim()));
  s.group = oneOf(text('group'), GROUPS);
  s.groupMatch = oneOf(text('groupMatch'), GROUP_MATCHES) || DEFAULTS.groupMatch;
  s.branch = oneOf(text('branch'), BRANCHES);
  s.place = oneOf(text('place'), PLACES);
  s.type = oneOf(text('type'), TYPES);
  const country = text('country').toUpperCase();
  s.country = /^[A-Z]{3}$/.test(country) ? country : '';
  // a curated collection's slug (its map preset); the server says whether it is published
  const collection = text('collection');
  s.collection = /^[a-z0-9][a-z0-9-]{0,119}$/.test(collection) ? collection : '';
  s.from = year(text('from'));
  s.to = year(text('to'));
  if (s.from !== null && s.to !== null && s.from > s.to) [s.from, s.to] = [s.to, s.from];
  s.q = text('q').slice(0, 200);

  const measure = text('measure');
  const known = measures ? measures.includes(measure) : MEASURE.test(measure);
  s.measure = known ? measure : DEFAULTS.measure;
  s.view = oneOf(text('view'), VIEWS) || DEFAULTS.view;

  // A view is all three or nothing: half a view cannot be shown. Zoom goes in the map's half steps.
  const lat = decimal(text('lat'), [-90, 90]);
  const lon = decimal(text('lon'), [-180, 180]);
  const zoom = decimal(text('zoom'), [1, 18]);
  if (lat !== null && lon !== null && zoom !== null) Object.assign(s, { lat, lon, zoom: Math.round(zoom * 2) / 2 });

  const sel = text('sel');
  if (/^o:[1-9]\d{0,15}$/.test(sel)) s.sel = sel;
  else if (/^c:[A-Za-z]{3}$/.test(sel)) s.sel = `c:${sel.slice(2).toUpperCase()}`;
  return s;
}

// ':' and ',' are legal in a query string; keeping them makes permalinks (sel=o:12, bbox=1,2,3,4) readable.
export function toQuery(pairs) {
  return pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%20/g, '+')}`)
    .join('&');
}

const short = (n) => String(Number(n.toFixed(4)));

/** The canonical query string of a state: fixed key order, defaults left out, 4 decimals for the view. */
export function serialize(s, { lang = '' } = {}) {
  const pairs = normaliseKinds(s.kind ?? []).map((k) => ['kind', k]);
  pairs.push(['group', s.group], ['groupMatch', groupMatch(s)]);
  for (const key of ['branch', 'place', 'type', 'country', 'collection', 'from', 'to']) pairs.push([key, s[key]]);
  pairs.push(['q', (s.q ?? '').trim()]);
  if (s.measure !== DEFAULTS.measure) pairs.push(['measure', s.measure]);
  if (s.view !== DEFAULTS.view) pairs.push(['view', s.view]);
  if (s.lat !== null && s.lon !== null && s.zoom !== null) {
    pairs.push(['lat', short(s.lat)], ['lon', short(s.lon)], ['zoom', s.zoom]);
  }
  pairs.push(['sel', s.sel], ['lang', lang]);
  return toQuery(pairs);
}

/** With a group chosen, the URL always says what it matches; without one, the choice has no meaning. */
export function groupMatch(s) {
  return s.group ? (s.groupMatch || DEFAULTS.groupMatch) : '';
}

/** A key that changes exactly when the observation filters change. */
export function filterKey(s) {
  return serialize({ ...DEFAULTS, ...Object.fromEntries(FILTERS.map((k) => [k, s[k]])) });
}
