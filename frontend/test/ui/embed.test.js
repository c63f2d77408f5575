import test from 'node:test';
import assert from 'node:assert/strict';
import { embedUrl, iframeCode, describe } from '../../ui/embed.js';
import { parse } from '../../data/state.js';

test('the embed address keeps the filters, measure and view of the map, not its list/map switch', () => {
  assert.equal(embedUrl('https://atlas.example', 'kind=exclusion&measure=inclusions&view=list&lat=5&lon=-1&zoom=6', 'fr'),
    'https://atlas.example/embed?kind=exclusion&measure=inclusions&lat=5&lon=-1&zoom=6&lang=fr');
});

test('the iframe code quotes what it embeds', () => {
  const code = iframeCode('https://a.example/embed?q=a"b&lang=en', 'Map <x>');
  assert.match(code, /^<iframe src="https:\/\/a\.example\/embed\?q=a&quot;b&amp;lang=en" title="Map &lt;x>"/);
});

test('the label says the measure, then each chosen filter', () => {
  const t = (key) => ({ 'kind.exclusion': 'Exclusion', 'group.street_vendors': 'Street vendors' })[key] ?? key;
  const text = describe(parse('kind=exclusion&group=street_vendors&country=GHA&from=2010&measure=inclusions'),
    { t, measureLabel: () => 'Inclusions recorded', countryName: () => 'Ghana' });
  assert.equal(text, 'Inclusions recorded · Exclusion · Street vendors · Ghana · 2010–…');
});
