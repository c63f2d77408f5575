import test from 'node:test';
import assert from 'node:assert/strict';
import { indicatorCode, recordCounts, matchCounts, latestValues } from '../../data/measures.js';

const features = [
  { properties: { iso3: 'GHA', counts: { schemes: 2, inclusions: 2, exclusions: 3 } } },
  { properties: { iso3: 'FRA', counts: { schemes: 0, inclusions: 0, exclusions: 0 } } },
  { properties: { iso3: 'ATA' } },
];

test('indicator measures name their code', () => {
  assert.equal(indicatorCode('indicator:sdg_1_3_1'), 'sdg_1_3_1');
  assert.equal(indicatorCode('schemes'), null);
});

test('record counts: every country has one, zero when it has no records', () => {
  const values = recordCounts(features, 'exclusions');
  assert.deepEqual([...values], [['GHA', { value: 3 }], ['FRA', { value: 0 }], ['ATA', { value: 0 }]]);
});

test('matching schemes: countries missing from the answer have none', () => {
  const values = matchCounts(features, { GHA: 1 });
  assert.equal(values.get('GHA').value, 1);
  assert.equal(values.get('FRA').value, 0);
});

test('indicators: the latest value up to the year, and the years used', () => {
  const values = [
    { country: 'KEN', year: 2019, value: 83.6 },
    { country: 'KEN', year: 2022, value: 80 },
    { country: 'GHA', year: 2015, value: 90 },
    { country: 'IND', year: 2024, value: 48.8 },
  ];
  const latest = latestValues(values);
  assert.deepEqual(latest.values.get('KEN'), { value: 80, year: 2022 });
  assert.deepEqual(latest.years, [2015, 2024]);
  const until2020 = latestValues(values, 2020);
  assert.deepEqual(until2020.values.get('KEN'), { value: 83.6, year: 2019 });
  assert.equal(until2020.values.has('IND'), false);
  assert.deepEqual(until2020.years, [2015, 2019]);
  assert.equal(latestValues([], 2000).years, null);
});
