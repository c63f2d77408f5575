import test from 'node:test';
import assert from 'node:assert/strict';
import { placeLabel } from '../../data/place-label.js';

const words = { neighbourhood: 'quartier', neighbourhoodOf: 'quartier de {0}', market: 'marché',
  fromAtlas: 'de l’atlas' };

test('a city reads as name, region, country', () => {
  assert.equal(placeLabel({ name: 'Accra', admin1: 'Greater Accra', country: 'GHA', kind: 'city',
    source: 'geonames' }, words), 'Accra, Greater Accra, GHA');
});

test('a neighbourhood names its city, or says neighbourhood where GeoNames names none', () => {
  assert.equal(placeLabel({ name: 'Nungua', admin1: 'Greater Accra', country: 'GHA', kind: 'neighbourhood',
    near: 'Accra', source: 'geonames' }, words), 'Nungua, quartier de Accra, Greater Accra, GHA');
  assert.equal(placeLabel({ name: 'Mmabatho', admin1: 'North West', country: 'ZAF', kind: 'neighbourhood',
    near: null, source: 'geonames' }, words), 'Mmabatho, quartier, North West, ZAF');
});

test('a place from the atlas says so, and a market says it is one', () => {
  assert.equal(placeLabel({ name: 'Makola Market', admin1: null, country: 'GHA', kind: 'market',
    source: 'atlas' }, words), 'Makola Market, marché, de l’atlas, GHA');
  assert.equal(placeLabel({ name: 'Tudu', admin1: null, country: 'GHA', kind: 'place', source: 'atlas' }, words),
    'Tudu, de l’atlas, GHA');
});

test('without translated words the label still names the place', () => {
  assert.equal(placeLabel({ name: 'Nungua', country: 'GHA', kind: 'neighbourhood', near: 'Accra' }),
    'Nungua, GHA');
});
