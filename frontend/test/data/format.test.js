import test from 'node:test';
import assert from 'node:assert/strict';
import { createFormat, fill, schemeName, acronymAfter, regionKey } from '../../data/format.js';

// Intl puts narrow or ordinary no-break spaces in French numbers; compare with plain spaces.
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');

test('numbers follow the language', () => {
  assert.equal(createFormat('en').number(12345.67), '12,345.7');
  assert.equal(plain(createFormat('fr').number(12345.67)), '12 345,7');
  assert.equal(createFormat('es').number(12345.67), '12.345,7');
  assert.equal(createFormat('en').number(3), '3');
});

test('percentages', () => {
  assert.equal(createFormat('en').value(83.6, 'percent'), '83.6%');
  assert.equal(plain(createFormat('fr').value(83.6, 'percent')), '83,6 %');
  assert.equal(plain(createFormat('es').value(48.8, 'percent')), '48,8 %');
  assert.equal(createFormat('en').value(12, null), '12');
});

test('partial dates keep their precision', () => {
  const en = createFormat('en');
  assert.equal(en.date('2004'), '2004');
  assert.equal(en.date('2021-08'), 'August 2021');
  assert.equal(en.date('2021-08-26'), 'August 26, 2021');
  assert.equal(createFormat('fr').date('2021-08'), 'août 2021');
  assert.equal(createFormat('fr').date('2021-08-26'), '26 août 2021');
  assert.equal(createFormat('es').date('2021-08-26'), '26 de agosto de 2021');
  assert.equal(createFormat('es').date('2004'), '2004');
});

test('dates that are not partial dates pass through', () => {
  const en = createFormat('en');
  assert.equal(en.date('circa 1990'), 'circa 1990');
  assert.equal(en.date('2021-02-30'), '2021-02-30');
  assert.equal(en.date('2021-13'), '2021-13');
  assert.equal(en.date(null), '');
});

test('periods', () => {
  const en = createFormat('en');
  assert.equal(en.period('2019', '2021'), '2019 – 2021');
  assert.equal(en.period('2019', null), '2019');
  assert.equal(en.period(null, '2021-08'), 'August 2021');
  assert.equal(en.period('2019', '2019'), '2019');
  assert.equal(en.period(null, null), '');
});

test('fill puts arguments in their places', () => {
  assert.equal(fill('Showing {0} of {1}', [200, '1,204']), 'Showing 200 of 1,204');
  assert.equal(fill('{1} before {0}', ['a', 'b']), 'b before a');
  assert.equal(fill('missing {2}', ['a']), 'missing {2}');
  assert.equal(fill('no placeholders'), 'no placeholders');
});

test('a scheme\'s acronym shows once: never "(LEAP) (LEAP)"', () => {
  assert.equal(schemeName('Livelihood Empowerment Against Poverty (LEAP)', 'LEAP'), 'Livelihood Empowerment Against Poverty (LEAP)');
  assert.equal(schemeName('National Health Insurance Scheme', 'NHIS'), 'National Health Insurance Scheme (NHIS)');
  assert.equal(schemeName('NHIS', 'NHIS'), 'NHIS');
  // a word that merely contains the acronym does not hold it
  assert.equal(schemeName('Sleep allowance', 'LEAP'), 'Sleep allowance (LEAP)');
  assert.equal(acronymAfter('Child Support Grant', ''), '');
  assert.equal(acronymAfter('Child Support Grant', null), '');
});

test('region keys match the server\'s', () => {
  assert.equal(regionKey('Western Africa'), 'region.western_africa');
  assert.equal(regionKey('Latin America and the Caribbean'), 'region.latin_america_and_the_caribbean');
  assert.equal(regionKey(null), null);
});
