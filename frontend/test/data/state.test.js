import test from 'node:test';
import assert from 'node:assert/strict';
import { parse, serialize, filterKey, DEFAULTS } from '../../data/state.js';
import { filterPairs } from '../../data/api.js';
import { toQuery } from '../../data/state.js';

test('an empty query is the default state, and the default state is an empty query', () => {
  assert.deepEqual(parse(''), DEFAULTS);
  assert.equal(serialize(DEFAULTS), '');
});

test('a full state survives a round trip through the query string', () => {
  const state = {
    ...DEFAULTS, kind: ['exclusion'], group: 'waste_pickers', branch: 'medical_care', type: 'provident_fund',
    country: 'GHA', from: 2010, to: 2020, q: 'health insurance', measure: 'indicator:sdg_1_3_1', view: 'list',
    lat: 5.5603, lon: -0.2057, zoom: 9, sel: 'o:12',
  };
  const query = serialize(state);
  assert.equal(query, 'kind=exclusion&group=waste_pickers&groupMatch=only&branch=medical_care&type=provident_fund&country=GHA'
    + '&from=2010&to=2020&q=health+insurance&measure=indicator:sdg_1_3_1&view=list&lat=5.5603&lon=-0.2057&zoom=9&sel=o:12');
  assert.deepEqual(parse(query), state);
  assert.deepEqual(parse(`?${query}`), state);
});

test('defaults are left out', () => {
  assert.equal(serialize({ ...DEFAULTS, measure: 'schemes', view: 'both', q: '  ' }), '');
  assert.equal(serialize({ ...DEFAULTS, view: 'map' }), 'view=map');
});

test('the view is written with 4 decimals and needs all three parts', () => {
  assert.equal(serialize({ ...DEFAULTS, lat: 5.123456789, lon: -0.00001, zoom: 4 }), 'lat=5.1235&lon=0&zoom=4');
  assert.equal(parse('lat=5&lon=6').lat, null);
  assert.equal(serialize({ ...DEFAULTS, lat: 5, lon: 6, zoom: null }), '');
});

test('kind takes repeated and comma-separated values; both kinds are the same as none', () => {
  assert.deepEqual(parse('kind=inclusion').kind, ['inclusion']);
  assert.deepEqual(parse('kind=inclusion&kind=exclusion').kind, []);
  assert.deepEqual(parse('kind=exclusion,inclusion').kind, []);
  assert.deepEqual(parse('kind=exclusion&kind=bogus&kind=exclusion').kind, ['exclusion']);
  assert.equal(serialize({ ...DEFAULTS, kind: ['exclusion', 'inclusion'] }), '');
});

test('unknown values are dropped', () => {
  const s = parse('group=astronauts&branch=x&type=<b>&country=GH&view=grid&measure=population&sel=x:1&zoom=abc');
  assert.deepEqual(s, DEFAULTS);
  assert.equal(parse('sel=o:0').sel, '');
  assert.equal(parse('sel=o:12abc').sel, '');
});

test('codes are normalised', () => {
  assert.equal(parse('country=gha').country, 'GHA');
  assert.equal(parse('sel=c:zaf').sel, 'c:ZAF');
});

test('numbers are clamped to their range', () => {
  const s = parse('lat=120&lon=-500&zoom=40&from=1200&to=99999');
  assert.equal(s.lat, 90);
  assert.equal(s.lon, -180);
  assert.equal(s.zoom, 18);
  assert.equal(s.from, 1800);
  assert.equal(s.to, 2200);
  assert.equal(parse('lat=1&lon=2&zoom=0').zoom, 1);
  assert.equal(parse('lat=1&lon=2&zoom=6.6').zoom, 6.5);
  assert.equal(parse('lat=1&lon=2&zoom=6.8').zoom, 7);
  assert.equal(parse('from=20x1').from, null);
});

test('years in the wrong order are swapped rather than sent to the API as an error', () => {
  const s = parse('from=2020&to=2010');
  assert.equal(s.from, 2010);
  assert.equal(s.to, 2020);
});

test('measures can be limited to those of the page', () => {
  assert.equal(parse('measure=matches', ['schemes', 'matches']).measure, 'matches');
  assert.equal(parse('measure=indicator:other', ['schemes']).measure, 'schemes');
  assert.equal(parse('measure=indicator:informal_employment_share').measure, 'indicator:informal_employment_share');
});

test('the search text is trimmed and capped at 200 characters', () => {
  assert.equal(parse(`q=${'a'.repeat(300)}`).q.length, 200);
  assert.equal(parse('q=%20kayayei%20').q, 'kayayei');
  assert.equal(serialize({ ...DEFAULTS, q: 'a&b=c' }), 'q=a%26b%3Dc');
});

test('the language goes last when asked for', () => {
  assert.equal(serialize({ ...DEFAULTS, view: 'map' }, { lang: 'fr' }), 'view=map&lang=fr');
  assert.equal(parse('lang=fr&view=map').view, 'map');
});

test('the filter key changes with the filters only', () => {
  const a = { ...DEFAULTS, group: 'street_vendors' };
  assert.equal(filterKey(a), filterKey({ ...a, lat: 1, lon: 2, zoom: 3, sel: 'o:4', measure: 'matches', view: 'map' }));
  assert.notEqual(filterKey(a), filterKey({ ...a, q: 'x' }));
});

test('place and group match travel in the URL; the match is said whenever a group is chosen', () => {
  const s = parse('group=domestic_workers&groupMatch=general&place=child_care_centre');
  assert.equal(s.groupMatch, 'general');
  assert.equal(s.place, 'child_care_centre');
  assert.equal(serialize(s), 'group=domestic_workers&groupMatch=general&place=child_care_centre');
  assert.equal(serialize(parse('group=domestic_workers')), 'group=domestic_workers&groupMatch=only');
  assert.equal(serialize(parse('groupMatch=general')), '');
  assert.equal(parse('groupMatch=sometimes&place=moon').groupMatch, 'only');
  assert.equal(parse('place=moon').place, '');
  assert.notEqual(filterKey(parse('group=market_traders')), filterKey(parse('group=market_traders&groupMatch=general')));
});

test('a collection filter travels in the URL and reaches the API; a malformed slug is dropped', () => {
  const s = parse('collection=child-care-in-markets&lat=-10&lon=20&zoom=3');
  assert.equal(s.collection, 'child-care-in-markets');
  assert.equal(serialize(s), 'collection=child-care-in-markets&lat=-10&lon=20&zoom=3');
  assert.ok(toQuery(filterPairs(s)).includes('collection=child-care-in-markets'));
  assert.equal(parse('collection=Child%20Care%3Cscript%3E').collection, '');
  assert.equal(parse('collection=-lead').collection, '');
  assert.notEqual(filterKey(s), filterKey(parse('')));
});
