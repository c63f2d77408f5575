// What a choropleth measure gives each country: Map iso3 -> {value, year?}. A country missing from the map has no data.

export const indicatorCode = (measure) => (measure.startsWith('indicator:') ? measure.slice('indicator:'.length) : null);

/** Counts exist for every country in the layer: no record is a count of 0, not a gap in the data. */
export function countValues(features, count) {
  return new Map(features.map((f) => [f.properties.iso3, { value: count(f) ?? 0 }]));
}

export const recordCounts = (features, key) => countValues(features, (f) => f.properties.counts?.[key]);

export const matchCounts = (features, counts) => countValues(features, (f) => counts?.[f.properties.iso3]);

/** Each country's latest value in or before `toYear` (any year when null), and the span of years used. */
export function latestValues(values, toYear = null) {
  const latest = new Map();
  for (const v of values) {
    if (!Number.isFinite(v.value) || (toYear !== null && v.year > toYear)) continue;
    const seen = latest.get(v.country);
    if (!seen || v.year > seen.year) latest.set(v.country, { value: v.value, year: v.year });
  }
  const years = [...latest.values()].map((v) => v.year);
  return { values: latest, years: years.length ? [Math.min(...years), Math.max(...years)] : null };
}
