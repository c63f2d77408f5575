import { toQuery, groupMatch } from './state.js';

/** The server answered with an error (an RFC 9457 problem when it is one of ours). */
export class ApiError extends Error {
  constructor(status, title, detail = null, parameter = null) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.parameter = parameter;
  }
}

/** No usable answer at all: offline, refused, or not JSON. */
export class NetworkError extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = 'NetworkError';
  }
}

// An aborted request is the normal end of a superseded one, not a failure to report.
export const isAbort = (e) => e?.name === 'AbortError';

export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new NetworkError(`Could not reach ${url}`, e);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem?.title ?? response.statusText, problem?.detail ?? null,
      problem?.parameter ?? null);
  }
  try {
    return await response.json();
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new NetworkError(`Unreadable answer from ${url}`, e);
  }
}

export const expand = (template, vars = {}) =>
  template.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? encodeURIComponent(vars[k]) : m));

export function withQuery(url, pairs) {
  const q = toQuery(pairs);
  return q ? `${url}${url.includes('?') ? '&' : '?'}${q}` : url;
}

export const filterPairs = (s) => [['kind', s.kind.join(',')], ['group', s.group], ['groupMatch', groupMatch(s)],
  ['branch', s.branch], ['place', s.place ?? ''], ['type', s.type], ['country', s.country],
  ['collection', s.collection ?? ''], ['from', s.from], ['to', s.to], ['q', s.q]];

// A country "matches" when it has published schemes in force in the chosen last year.
export const schemePairs = (s) => [['branch', s.branch], ['group', s.group], ['groupMatch', groupMatch(s)],
  ['type', s.type], ['active', s.to]];

/** The read API as the page config names it; every call asks for names in the page's language. */
export function createApi(urls, lang) {
  const get = (template, vars, pairs, signal) =>
    getJson(withQuery(expand(template, vars), [...pairs, ['lang', lang]]), signal);
  return {
    countries: (signal) => get(urls.countries, {}, [], signal),
    country: (iso3, signal) => get(urls.country, { iso3 }, [], signal),
    observation: (id, signal) => get(`${urls.observations}/{id}`, { id }, [], signal),
    observations: (s, { bbox = null, limit = null, signal } = {}) =>
      get(urls.observations, {}, [['bbox', bbox?.join(',')], ...filterPairs(s), ['limit', limit]], signal),
    clusters: (s, bbox, zoom, signal) =>
      get(urls.clusters, {}, [['bbox', bbox.join(',')], ['zoom', zoom], ...filterPairs(s)], signal),
    schemes: (iso3, signal) => get(urls.schemes, {}, [['country', iso3], ['limit', 1000]], signal),
    schemeCounts: (s, signal) => get(urls.schemeCounts, {}, schemePairs(s), signal),
    indicator: (code, signal) => get(urls.indicator, { code }, [], signal),
  };
}
