import test from 'node:test';
import assert from 'node:assert/strict';
import { readPicked, toggled, compareHref, MAX_COUNTRIES } from '../../ui/compare-pick.js';

const storage = (value) => ({ getItem: () => value });

test('picked countries are read back in order, without duplicates or foreign values', () => {
  assert.deepEqual(readPicked(storage('["GHA","ZAF","GHA","<b>",3,"rwa"]')), ['GHA', 'ZAF']);
  assert.deepEqual(readPicked(storage('not json')), []);
  assert.deepEqual(readPicked(storage('{"a":1}')), []);
  assert.deepEqual(readPicked(storage(null)), []);
  assert.deepEqual(readPicked(undefined), []);
  assert.deepEqual(readPicked(storage('["GHA","ZAF","RWA","KEN","SEN"]')).length, MAX_COUNTRIES);
});

test('picking adds a country, picking it again takes it out, and a fifth is not added', () => {
  assert.deepEqual(toggled([], 'GHA'), ['GHA']);
  assert.deepEqual(toggled(['GHA', 'ZAF'], 'GHA'), ['ZAF']);
  assert.deepEqual(toggled(['GHA', 'ZAF', 'RWA', 'KEN'], 'SEN'), ['GHA', 'ZAF', 'RWA', 'KEN']);
  assert.deepEqual(toggled(['GHA', 'ZAF', 'RWA', 'KEN'], 'KEN'), ['GHA', 'ZAF', 'RWA']);
});

test('the comparison link keeps the order of picking', () => {
  assert.equal(compareHref('/compare', ['ZAF', 'GHA']), '/compare?countries=ZAF,GHA');
});
