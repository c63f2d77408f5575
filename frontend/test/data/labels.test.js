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
