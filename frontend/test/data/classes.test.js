import test from 'node:test';
import assert from 'node:assert/strict';
import { breaks, classify, NO_DATA, ZERO, PALETTE } from '../../data/classes.js';

test('quantile breaks give five classes over many values', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.deepEqual(breaks(values), [20, 40, 60, 80, 100]);
});

test('few distinct values get a class each', () => {
  assert.deepEqual(breaks([1, 1, 2, 3]), [1, 2, 3]);
});

test('ties never give empty or repeated classes', () => {
  const values = [1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 9];
  const uppers = breaks(values);
  assert.deepEqual(uppers, [...new Set(uppers)].sort((a, b) => a - b));
  assert.equal(uppers.at(-1), 9);
});

test('counts put zero in a class of its own, and a missing value is no data', () => {
  const { classes, colourOf } = classify([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { zeroClass: true });
  assert.deepEqual(classes[0], { min: 0, max: 0, colour: ZERO, zero: true });
  assert.equal(classes.length, 6);
  assert.equal(colourOf(0), ZERO);
  assert.equal(colourOf(undefined), NO_DATA);
  assert.equal(colourOf(null), NO_DATA);
  assert.equal(colourOf(10), PALETTE[4]);
  assert.equal(colourOf(1), PALETTE[0]);
  assert.deepEqual(classes.slice(1).map((c) => [c.min, c.max]), [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]);
});

test('no zero class when no country has zero', () => {
  const { classes } = classify([1, 2], { zeroClass: true });
  assert.ok(classes.every((c) => !c.zero));
});

test('indicators keep zero as an ordinary value', () => {
  const { classes, colourOf } = classify([0, 50, 100]);
  assert.equal(classes.length, 3);
  assert.notEqual(colourOf(0), ZERO);
  assert.equal(colourOf(0), PALETTE[0]);
  assert.equal(colourOf(100), PALETTE[4]);
});

test('all-equal values are one class', () => {
  const { classes, colourOf } = classify([7, 7, 7]);
  assert.deepEqual(classes, [{ min: 7, max: 7, colour: PALETTE[2] }]);
  assert.equal(colourOf(7), PALETTE[2]);
});

test('a single value is one class', () => {
  const { classes } = classify([42.5]);
  assert.equal(classes.length, 1);
  assert.equal(classes[0].min, 42.5);
});

test('no values: no classes, everything is no data', () => {
  const { classes, colourOf } = classify([], { zeroClass: true });
  assert.deepEqual(classes, []);
  assert.equal(colourOf(3), NO_DATA);
});

test('only zeros: just the zero class', () => {
  const { classes } = classify([0, 0], { zeroClass: true });
  assert.equal(classes.length, 1);
  assert.ok(classes[0].zero);
});

test('two classes use both ends of the palette', () => {
  const { classes } = classify([1, 9]);
  assert.deepEqual(classes.map((c) => c.colour), [PALETTE[0], PALETTE[4]]);
});

test('class ranges hold the actual smallest value of each class', () => {
  const { classes } = classify([1.5, 2, 10, 20, 30, 40, 50.5]);
  assert.equal(classes[0].min, 1.5);
  for (let i = 1; i < classes.length; i++) assert.ok(classes[i].min > classes[i - 1].max);
});
