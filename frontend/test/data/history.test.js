import test, { afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createHistory } from '../../data/history.js';
import { DEFAULTS } from '../../data/state.js';

// The few parts of a browser window that history.js uses: the address, the history API and popstate.
function browser(pathname = '/explore', search = '') {
  const location = { pathname, search };
  const calls = [];
  const popListeners = [];
  const go = (how) => (data, unused, url) => {
    calls.push([how, url]);
    const next = new URL(url, 'http://localhost');
    location.pathname = next.pathname;
    location.search = next.search;
  };
  Object.assign(globalThis, {
    location,
    history: { pushState: go('push'), replaceState: go('replace') },
    addEventListener: (type, listener) => { if (type === 'popstate') popListeners.push(listener); },
  });
  return {
    calls,
    back(to) {
      location.search = to;
      for (const listener of popListeners) listener();
    },
  };
}

afterEach(() => {
  delete globalThis.location;
  delete globalThis.history;
  delete globalThis.addEventListener;
  mock.timers.reset();
});

const ghana = { ...DEFAULTS, country: 'GHA' };
const view = (zoom) => ({ ...DEFAULTS, lat: 5, lon: -1, zoom });

test('the address is the page path and the canonical query, with the language when one was chosen', () => {
  browser();
  assert.equal(createHistory({ onPop() {} }).url(DEFAULTS), '/explore');
  assert.equal(createHistory({ onPop() {} }).url(ghana), '/explore?country=GHA');
  assert.equal(createHistory({ lang: 'fr', onPop() {} }).url(DEFAULTS), '/explore?lang=fr');
  assert.equal(createHistory({ lang: 'fr', onPop() {} }).url(ghana), '/explore?country=GHA&lang=fr');
});

test('a choice pushes an entry, unless the address already shows it', () => {
  const page = browser('/explore', '?country=GHA');
  const hist = createHistory({ onPop() {} });
  hist.push(ghana);
  assert.deepEqual(page.calls, []);
  hist.push({ ...ghana, kind: ['exclusion'] });
  assert.deepEqual(page.calls, [['push', '/explore?kind=exclusion&country=GHA']]);
});

test('moves are written after a pause, once, as the last of them', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const page = browser();
  const hist = createHistory({ onPop() {}, delay: 400 });
  hist.replaceLater(view(3));
  mock.timers.tick(300);
  hist.replaceLater(view(4));
  mock.timers.tick(399);
  assert.deepEqual(page.calls, []);
  mock.timers.tick(1);
  assert.deepEqual(page.calls, [['replace', '/explore?lat=5&lon=-1&zoom=4']]);
  mock.timers.tick(1000);
  assert.equal(page.calls.length, 1);
});

test('a choice made during the pause first writes the move into the entry it leaves', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const page = browser();
  const hist = createHistory({ onPop() {} });
  hist.replaceLater(view(4));
  hist.push({ ...view(4), country: 'GHA' });
  mock.timers.tick(1000);
  assert.deepEqual(page.calls, [
    ['replace', '/explore?lat=5&lon=-1&zoom=4'],
    ['push', '/explore?country=GHA&lat=5&lon=-1&zoom=4'],
  ]);
});

test('a replace now cancels a pending one', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const page = browser();
  const hist = createHistory({ onPop() {} });
  hist.replaceLater(view(4));
  hist.replace(ghana);
  mock.timers.tick(1000);
  assert.deepEqual(page.calls, [['replace', '/explore?country=GHA']]);
});

test('Back hands the new address to the page and drops a pending move of the entry it left', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const page = browser('/explore', '?country=GHA');
  const popped = [];
  const hist = createHistory({ onPop: (search) => popped.push(search) });
  hist.replaceLater(view(4));
  page.back('?kind=inclusion');
  mock.timers.tick(1000);
  assert.deepEqual(popped, ['?kind=inclusion']);
  assert.deepEqual(page.calls, []);
});
