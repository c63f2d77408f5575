import test from 'node:test';
import assert from 'node:assert/strict';
import { viewBbox, wrapLon, mainBounds } from '../../data/bbox.js';

test('longitudes wrap into -180..180', () => {
  assert.equal(wrapLon(190), -170);
  assert.equal(wrapLon(-190), 170);
  assert.equal(wrapLon(540), -180);
  assert.equal(wrapLon(12.5), 12.5);
});

test('an ordinary view is its bounds, rounded outwards', () => {
  assert.deepEqual(viewBbox(-0.51234, 5.31111, 0.20001, 5.79999), [-0.5124, 5.3111, 0.2001, 5.8]);
});

test('a view wider than the world asks for the whole world', () => {
  assert.deepEqual(viewBbox(-300, -85, 200, 85), [-180, -85, 180, 85]);
});

test('latitudes beyond the poles are clamped', () => {
  assert.deepEqual(viewBbox(-10, -120, 10, 95), [-10, -90, 10, 90]);
});

test('a view across the antimeridian gives minLon > maxLon', () => {
  assert.deepEqual(viewBbox(170, -25, 190, -10), [170, -25, -170, -10]);
  assert.deepEqual(viewBbox(-190, -25, -170, -10), [170, -25, -170, -10]);
});

test('a view ending at 180 keeps 180 as its east edge', () => {
  assert.deepEqual(viewBbox(100, 0, 180, 10), [100, 0, 180, 10]);
  assert.deepEqual(viewBbox(-260, 0, -180, 10), [100, 0, 180, 10]);
});

test('the main part of a country is its largest polygon', () => {
  const geometry = {
    type: 'MultiPolygon',
    coordinates: [
      [[[-180, 60], [-170, 60], [-170, 70], [-180, 60]]],
      [[[30, 40], [170, 40], [170, 80], [30, 40]]],
    ],
  };
  assert.deepEqual(mainBounds(geometry), [30, 40, 170, 80]);
  assert.deepEqual(mainBounds({ type: 'Polygon', coordinates: [[[1, 2], [3, 4], [1, 4], [1, 2]]] }), [1, 2, 3, 4]);
  assert.equal(mainBounds(null), null);
});
