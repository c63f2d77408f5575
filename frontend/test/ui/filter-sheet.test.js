import test from 'node:test';
import assert from 'node:assert/strict';
import { activeFilters } from '../../ui/filter-sheet.js';
import { parse } from '../../data/state.js';

test('no filter is active on the plain map, whatever the measure or view', () => {
  assert.equal(activeFilters(parse('')), 0);
  assert.equal(activeFilters(parse('measure=inclusions&view=map&lat=1&lon=2&zoom=3&sel=c:GHA')), 0);
  assert.equal(activeFilters(parse('kind=inclusion,exclusion')), 0);
});

test('each chosen filter counts once', () => {
  assert.equal(activeFilters(parse('kind=exclusion&group=street_vendors&groupMatch=general&from=2010&q=market')), 4);
  assert.equal(activeFilters(parse('country=GHA&branch=old_age&type=provident_fund&place=market&to=2020')), 5);
});
