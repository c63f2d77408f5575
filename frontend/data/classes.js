// Class breaks and colours of the choropleth. ColorBrewer YlGnBu (6 classes) is sequential and colour-blind safe;
// its palest step is kept for zero so that "none" reads as the lowest class, and "no data" is a neutral grey.
export const ZERO = '#ffffcc';
export const PALETTE = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];
export const NO_DATA = '#d4d4d4';

/** Upper bounds of up to `n` quantile classes of sorted values; each distinct value its own class when few. */
export function breaks(sorted, n = PALETTE.length) {
  const distinct = [...new Set(sorted)];
  if (distinct.length <= n) return distinct;
  const uppers = [];
  for (let i = 1; i <= n; i++) {
    const q = sorted[Math.ceil((i * sorted.length) / n) - 1];
    if (!uppers.length || q > uppers.at(-1)) uppers.push(q);
  }
  return uppers;
}

// Fewer classes than colours still span the palette, so two classes look as different as they are.
function colours(k) {
  if (k === 1) return [PALETTE[2]];
  return Array.from({ length: k }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (k - 1))]);
}

/**
 * Classes {min, max, colour} of the values; with `zeroClass` (counts), 0 is a class of its own below the others.
 * colourOf(value) gives NO_DATA for a missing value.
 */
export function classify(values, { zeroClass = false } = {}) {
  const all = [...values].filter(Number.isFinite);
  const ranked = all.filter((v) => !zeroClass || v !== 0).sort((a, b) => a - b);
  const uppers = breaks(ranked);
  const palette = colours(uppers.length);
  const classes = uppers.map((max, i) => ({
    min: ranked.find((v) => i === 0 || v > uppers[i - 1]),
    max,
    colour: palette[i],
  }));
  if (zeroClass && all.includes(0)) classes.unshift({ min: 0, max: 0, colour: ZERO, zero: true });

  function colourOf(value) {
    if (!Number.isFinite(value)) return NO_DATA;
    if (zeroClass && value === 0) return ZERO;
    const found = classes.find((c) => !c.zero && value <= c.max) ?? classes.at(-1);
    return found ? found.colour : NO_DATA;
  }
  return { classes, colourOf };
}

/**
 * The legend's labels of the classes, as ranges that leave no gap between them, so that "0 1 2 4 6" never reads as
 * five values. Counts (`whole`) step by whole numbers ("0", "1", "2–3", "6 or more"); measured values touch
 * ("0–12.5", "12.5–40"). `value(n)` formats a number, `range(a, b)` and `orMore(a)` are the language's sentences.
 */
export function rangeLabels(classes, { whole, value, range, orMore }) {
  return classes.map((c, i) => {
    const lower = i === 0 ? c.min : whole ? classes[i - 1].max + 1 : classes[i - 1].max;
    if (lower >= c.max) return value(c.max);
    if (whole && i === classes.length - 1 && i > 0) return orMore(value(lower));
    return range(value(lower), value(c.max));
  });
}
