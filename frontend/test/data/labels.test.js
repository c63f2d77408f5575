import test from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../data/labels.js';

test('labels come from the page config and take arguments', () => {
  const t = translator({ 'kind.inclusion': 'Inclusion', 'js.count.observations': '{0} observations' });
  assert.equal(t('kind.inclusion'), 'Inclusion');
  assert.equal(t('js.count.observations', '1,204'), '1,204 observations');
});

test('a missing label falls back to its key', () => {
  const t = translator({});
  assert.equal(t('js.nowhere'), 'js.nowhere');
  assert.equal(t('toString'), 'toString');
  assert.equal(translator()('group.waste_pickers'), 'group.waste_pickers');
});

test('counts take the plural form of the language: French says 0 and 1 in the singular, English only 1', () => {
  const labels = { 'n.other': '{0} exclusions', 'n.one': '{0} exclusion' };
  const en = translator(labels, 'en');
  const fr = translator(labels, 'fr');
  assert.equal(en.count('n', 1), '1 exclusion');
  assert.equal(en.count('n', 0), '0 exclusions');
  assert.equal(en.count('n', 2), '2 exclusions');
  assert.equal(fr.count('n', 0), '0 exclusion');
  assert.equal(fr.count('n', 1), '1 exclusion');
  assert.equal(fr.count('n', 1204, '1 204'), '1 204 exclusions');
});

test('a plural form the labels lack falls back to .other', () => {
  // French has a "many" form for millions in recent CLDR data; the bundles give only one and other
  const fr = translator({ 'n.one': '{0} exclusion', 'n.other': '{0} exclusions' }, 'fr');
  assert.equal(fr.count('n', 1000000, '1 000 000'), '1 000 000 exclusions');
});

test('a label with a colon takes the language\'s space from the bundle', () => {
  assert.equal(translator({ 'js.colon': '{0}\u202f:' }, 'fr').colon('Lieu'), 'Lieu\u202f:');
  assert.equal(translator({ 'js.colon': '{0}:' }, 'en').colon('Place'), 'Place:');
});
