import test from 'node:test';
import assert from 'node:assert/strict';
import { viewBbox, wrapLon, mainBounds, frameBounds } from '../../data/bbox.js';

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

// South Africa's mainland and the Prince Edward Islands, about 1,700 km to the south-east
const southAfrica = {
  type: 'MultiPolygon',
  coordinates: [
    [[[16.5, -28.6], [32.9, -26.8], [30.0, -31.3], [20.0, -34.8], [16.5, -28.6]]],
    [[[37.6, -46.9], [37.9, -46.9], [37.9, -46.8], [37.6, -46.8], [37.6, -46.9]]],
  ],
};

test('a small map frames the mainland, not the far islands', () => {
  assert.deepEqual(frameBounds(southAfrica), [16.5, -34.8, 32.9, -26.8]);
});

test('a small map widens its frame to the points it shows', () => {
  assert.deepEqual(frameBounds(southAfrica, [[31.0, -29.9], [37.7, -46.85]]), [16.5, -46.85, 37.7, -26.8]);
  assert.deepEqual(frameBounds(null, [[-0.2, 5.5]]), [-0.2, 5.5, -0.2, 5.5]);
  assert.equal(frameBounds(null), null);
});
