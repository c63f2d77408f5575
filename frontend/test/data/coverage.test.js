import test from 'node:test';
import assert from 'node:assert/strict';
import { coverageChoice, coverageApiUrl, matrixUrl, coverageStatuses, STATUS_COLOURS } from '../../data/coverage.js';

const state = { group: 'domestic_workers', branch: 'old_age', to: 2020 };

test('the measure follows the map\'s group, branch and last year', () => {
  assert.deepEqual(coverageChoice(state), { group: 'domestic_workers', branch: 'old_age', year: 2020 });
  assert.deepEqual(coverageChoice({ group: '', branch: '', to: null }),
    { group: 'informal_workers', branch: '', year: null });
});

test('the API and matrix addresses carry the choice; the matrix opens on the country', () => {
  assert.equal(coverageApiUrl('/api/coverage', state, 'fr'),
    '/api/coverage?group=domestic_workers&branch=old_age&year=2020&lang=fr');
  assert.equal(coverageApiUrl('/api/coverage', { group: '', branch: '', to: null }, 'en'),
    '/api/coverage?group=informal_workers&lang=en');
  assert.equal(matrixUrl('/coverage', state, 'GHA', 'en'),
    '/coverage?branch=old_age&group=domestic_workers&year=2020&country=GHA&lang=en#GHA');
});

test('statuses by country; no scheme recorded is no data, never a colour of its own', () => {
  const matrix = { countries: [
    { iso3: 'GHA', cells: { domestic_workers: { status: 'voluntary', viaGeneral: true } } },
    { iso3: 'ZAF', cells: { domestic_workers: { status: 'covered', viaGeneral: false } } },
    { iso3: 'FJI', cells: { domestic_workers: { status: 'no_scheme' } } },
  ] };
  const statuses = coverageStatuses(matrix, 'domestic_workers');
  assert.deepEqual([...statuses], [['GHA', { status: 'voluntary', viaGeneral: true }],
    ['ZAF', { status: 'covered', viaGeneral: false }]]);
  assert.equal(STATUS_COLOURS.no_scheme, undefined);
  assert.deepEqual(coverageStatuses(null, 'domestic_workers'), new Map());
});
