import test, { afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, createApi, ApiError, NetworkError, isAbort, withQuery, expand } from '../../data/api.js';
import { DEFAULTS } from '../../data/state.js';

const realFetch = globalThis.fetch;
afterEach(() => { globalThis.fetch = realFetch; });

const answer = (status, body, statusText = '') => async () => ({
  ok: status >= 200 && status < 300, status, statusText,
  json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
});

test('a good answer is its JSON', async () => {
  globalThis.fetch = answer(200, { type: 'FeatureCollection', features: [] });
  assert.deepEqual(await getJson('/api/x'), { type: 'FeatureCollection', features: [] });
});

test('a problem answer becomes an ApiError with its status, detail and parameter', async () => {
  globalThis.fetch = answer(400, { status: 400, title: 'Bad parameter', detail: 'the box is inverted', parameter: 'bbox' });
  await assert.rejects(getJson('/api/observations?bbox=0,10,10,-10'), (e) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.status, 400);
    assert.equal(e.title, 'Bad parameter');
    assert.equal(e.detail, 'the box is inverted');
    assert.equal(e.parameter, 'bbox');
    assert.equal(e.message, 'the box is inverted');
    return true;
  });
});

test('an error answer that is not JSON is still an ApiError', async () => {
  globalThis.fetch = answer(502, '<html>', 'Bad Gateway');
  await assert.rejects(getJson('/api/x'), (e) => e instanceof ApiError && e.status === 502 && e.title === 'Bad Gateway'
    && e.parameter === null);
});

test('no answer at all is a NetworkError', async () => {
  globalThis.fetch = async () => { throw new TypeError('Failed to fetch'); };
  await assert.rejects(getJson('/api/x'), (e) => e instanceof NetworkError && e.cause instanceof TypeError);
});

test('an unreadable good answer is a NetworkError', async () => {
  globalThis.fetch = answer(200, '{not json');
  await assert.rejects(getJson('/api/x'), NetworkError);
});

test('an aborted request stays an AbortError, to be ignored', async () => {
  globalThis.fetch = async (url, { signal }) => {
    signal.throwIfAborted();
    return answer(200, {})();
  };
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(getJson('/api/x', controller.signal), (e) => isAbort(e) && !(e instanceof NetworkError));
});

test('urls: path variables are encoded, empty parameters left out, the language always sent', async () => {
  const urls = [];
  globalThis.fetch = async (url) => { urls.push(url); return answer(200, {})(); };
  const api = createApi({
    countries: '/api/countries?detail=low', country: '/api/countries/{iso3}', observations: '/api/observations',
    clusters: '/api/observations/clusters', schemes: '/api/schemes', schemeCounts: '/api/schemes/by-country',
    indicator: '/api/indicators/{code}',
  }, 'fr');
  const state = { ...DEFAULTS, kind: ['exclusion'], group: 'street_vendors', to: 2020, q: 'a b' };
  await api.countries();
  await api.country('GHA');
  await api.observation(12);
  await api.observations(state, { bbox: [170, -25, -170, -10] });
  await api.observations(DEFAULTS, { limit: 200 });
  await api.clusters(DEFAULTS, [-180, -90, 180, 90], 3);
  await api.schemes('ZAF');
  await api.schemeCounts(state);
  await api.indicator('sdg_1_3_1');
  assert.deepEqual(urls, [
    '/api/countries?detail=low&lang=fr',
    '/api/countries/GHA?lang=fr',
    '/api/observations/12?lang=fr',
    '/api/observations?bbox=170,-25,-170,-10&kind=exclusion&group=street_vendors&groupMatch=only&to=2020&q=a+b&lang=fr',
    '/api/observations?limit=200&lang=fr',
    '/api/observations/clusters?bbox=-180,-90,180,90&zoom=3&lang=fr',
    '/api/schemes?country=ZAF&limit=1000&lang=fr',
    '/api/schemes/by-country?group=street_vendors&groupMatch=only&active=2020&lang=fr',
    '/api/indicators/sdg_1_3_1?lang=fr',
  ]);
});

test('url helpers', () => {
  assert.equal(expand('/countries/{iso3}', { iso3: 'a/b' }), '/countries/a%2Fb');
  assert.equal(withQuery('/x', [['a', ''], ['b', null]]), '/x');
  assert.equal(withQuery('/x?y=1', [['a', 0]]), '/x?y=1&a=0');
});
