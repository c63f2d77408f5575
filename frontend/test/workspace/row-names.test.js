import test from 'node:test';
import assert from 'node:assert/strict';
import { renumbered, legend } from '../../workspace/row-names.js';

test('a row field keeps its field and takes the new index, in names and in ids', () => {
  assert.equal(renumbered('sources[3].url', 'sources', 1), 'sources[1].url');
  assert.equal(renumbered('reforms[12].source.title', 'reforms', 0), 'reforms[0].source.title');
  assert.equal(renumbered('coverageFigures-4-source-url', 'coverageFigures', 2), 'coverageFigures-2-source-url');
  assert.equal(renumbered('sources-2-url-error', 'sources', 0), 'sources-0-url-error');
});

test('names of other lists and other fields are left alone', () => {
  assert.equal(renumbered('coverage[3].status', 'sources', 0), 'coverage[3].status');
  assert.equal(renumbered('title', 'sources', 0), 'title');
  assert.equal(renumbered('mysources[1].url', 'sources', 0), 'mysources[1].url');
  assert.equal(renumbered(null, 'sources', 0), null);
});

test('a legend counts rows from one', () => {
  assert.equal(legend('Source {0}', 0), 'Source 1');
  assert.equal(legend('Réforme {0}', 2), 'Réforme 3');
});
