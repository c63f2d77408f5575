// The map's "legal coverage" measure: one worker group under one branch (or all), as of a year, from /api/coverage.
// The map's own group and branch filters choose them, and its "to" year is the "as of" year; without a group the
// measure shows the rules for informal workers in general, which is what the matrix's last column shows.
import { withQuery } from './api.js';

export const COVERAGE_MEASURE = 'coverage';

// Colour-blind safe (Okabe-Ito-like) and distinct from the sequential palette; "no scheme" is the no-data grey.
export const STATUS_COLOURS = Object.freeze({
  covered: '#009e73',
  voluntary: '#56b4e9',
  partial: '#e69f00',
  excluded: '#d55e00',
  not_stated: '#f0f0f0',
});
export const STATUSES = Object.keys(STATUS_COLOURS);

/** The group, branch and year the measure shows for a map state. */
export function coverageChoice(state) {
  return { group: state.group || 'informal_workers', branch: state.branch || '', year: state.to ?? null };
}

export function coverageApiUrl(url, state, lang) {
  const c = coverageChoice(state);
  return withQuery(url, [['group', c.group], ['branch', c.branch], ['year', c.year], ['lang', lang]]);
}

/** The matrix page opened on one country, in the column of the measure's group. */
export function matrixUrl(url, state, iso3, lang) {
  const c = coverageChoice(state);
  return `${withQuery(url, [['branch', c.branch], ['group', c.group], ['year', c.year], ['country', iso3],
    ['lang', lang]])}#${encodeURIComponent(iso3)}`;
}

/** Map iso3 -> {status}; a country without a row, or with no scheme in force, is left out: no data. */
export function coverageStatuses(matrix, group) {
  const statuses = new Map();
  for (const row of matrix?.countries ?? []) {
    const status = row.cells?.[group]?.status;
    if (status && status in STATUS_COLOURS) statuses.set(row.iso3, { status, viaGeneral: Boolean(row.cells[group].viaGeneral) });
  }
  return statuses;
}
