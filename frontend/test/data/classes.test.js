import test from 'node:test';
import assert from 'node:assert/strict';
import { breaks, classify, rangeLabels, NO_DATA, ZERO, PALETTE } from '../../data/classes.js';

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

const labelsOf = (values, options) => rangeLabels(classify(values, options).classes, {
  whole: Boolean(options?.zeroClass), value: (n) => String(n), range: (a, b) => `${a}–${b}`, orMore: (a) => `${a}+`,
});

test('count classes read as ranges without gaps, the last one open', () => {
  // five distinct counts used to read "0 1 2 4 6", as if they were the only values
  assert.deepEqual(labelsOf([0, 0, 1, 2, 4, 6], { zeroClass: true }), ['0', '1', '2', '3–4', '5+']);
  assert.deepEqual(labelsOf([0, ...Array.from({ length: 100 }, (_, i) => i + 1)], { zeroClass: true }),
    ['0', '1–20', '21–40', '41–60', '61–80', '81+']);
});

test('one count is one value, not a range; the top class still covers the gap below it', () => {
  assert.deepEqual(labelsOf([3, 3], { zeroClass: true }), ['3']);
  assert.deepEqual(labelsOf([0, 5], { zeroClass: true }), ['0', '1+']);
});

test('measured values touch: each class starts where the one before ends', () => {
  assert.deepEqual(labelsOf([0.5, 12.5, 13, 40, 41, 97.3, 98, 99, 99.5, 100]),
    ['0.5–12.5', '12.5–40', '40–97.3', '97.3–99', '99–100']);
  assert.deepEqual(labelsOf([42.5]), ['42.5']);
});

test('labels go through the language\'s number format and sentences', () => {
  const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 1 });
  const labels = rangeLabels(classify([0, 1, 2, 3, 1500], { zeroClass: true }).classes, {
    whole: true, value: (n) => fr.format(n), range: (a, b) => `${a} à ${b}`, orMore: (a) => `${a} ou plus`,
  });
  assert.deepEqual(labels, ['0', '1', '2', '3', '4 ou plus']);
  assert.deepEqual(rangeLabels(classify([0, 1200, 1500], { zeroClass: true }).classes, {
    whole: true, value: (n) => fr.format(n), range: (a, b) => `${a} à ${b}`, orMore: (a) => `${a} ou plus`,
  }), ['0', '1 à 1\u202f200', '1\u202f201 ou plus']);
});
