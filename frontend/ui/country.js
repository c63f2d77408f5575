import { el, link, pageHref, facts } from './dom.js';
import { BRANCHES } from '../data/state.js';
import { acronymAfter, regionKey } from '../data/format.js';
import { comparePick } from './compare-pick.js';

const CODE = /^[a-z_]+$/;

function schemeItem(s, ctx) {
  const { t, urls } = ctx;
  return el('li', {},
    link(ctx, pageHref(urls.schemePage, { id: s.id }), s.name),
    acronymAfter(s.name, s.acronym) ? ` (${acronymAfter(s.name, s.acronym)})` : '',
    s.type ? el('span', { class: 'spmap-type' }, t(`type.${s.type}`)) : null,
    s.demo ? el('span', { class: 'spmap-demo' }, t('js.demo')) : null,
    s.coverage?.length ? el('ul', { class: 'spmap-coverage', 'aria-label': t('js.country.coverage') },
      s.coverage.map((c) => el('li', { class: `spmap-cov ${CODE.test(c.status) ? c.status : ''}`, title: c.reason || null },
        el('span', {}, t.colon(t(`group.${c.group}`))), ' ', t(`coverage.${c.status}`)))) : null);
}

// A scheme with several branches is listed under each: the reader looks up a branch, not a scheme.
function byBranch(schemes, ctx) {
  return BRANCHES
    .map((b) => [b, schemes.filter((s) => s.branches?.includes(b))])
    .filter(([, list]) => list.length)
    .map(([b, list]) => el('section', { class: 'spmap-branch' },
      el('h4', {}, ctx.t(`branch.${b}`)),
      el('ul', { class: 'spmap-schemes' }, list.map((s) => schemeItem(s, ctx)))));
}

function latestIndicators(values = []) {
  const latest = new Map();
  for (const v of values) {
    if (!latest.has(v.indicator) || v.year > latest.get(v.indicator).year) latest.set(v.indicator, v);
  }
  return [...latest.values()];
}

function indicatorItem(v, ctx) {
  const { t, fmt } = ctx;
  return el('li', {},
    el('span', { class: 'spmap-indicator' }, t.colon(ctx.measureLabel(`indicator:${v.indicator}`))), ' ',
    el('strong', {}, fmt.value(v.value, v.unit)), ` (${v.year})`,
    v.source?.url ? [' · ', link(ctx, v.source.url, v.source.title || t('js.source'), { rel: 'noopener' })]
      : v.source?.title ? ` · ${v.source.title}` : '',
    v.demo ? el('span', { class: 'spmap-demo' }, t('js.demo')) : null);
}

// A region's name in the reader's language (UN M49 names in the bundles); the data's English where none is known.
function regionName(name, t) {
  const key = regionKey(name);
  const label = t(key);
  return label === key ? name : label;
}

/** The panel for a country: its counts, its schemes by branch and its latest indicator values. */
export function countryPanel(feature, schemes, ctx) {
  const p = feature.properties;
  const { t, fmt } = ctx;
  const counts = p.counts ?? {};
  const indicators = latestIndicators(p.indicators);
  return [
    el('h2', { tabindex: '-1' }, p.name),
    el('p', { class: 'spmap-region' }, [p.region, p.subregion].filter(Boolean).map((r) => regionName(r, t)).join(' · ')),
    facts([
      [t('js.country.schemes'), fmt.number(counts.schemes ?? 0)],
      [t('js.country.inclusions'), fmt.number(counts.inclusions ?? 0)],
      [t('js.country.exclusions'), fmt.number(counts.exclusions ?? 0)],
    ]),
    el('h3', {}, t('js.country.schemesByBranch')),
    schemes.length ? byBranch(schemes, ctx) : el('p', {}, t('js.country.noSchemes')),
    indicators.length ? [el('h3', {}, t('js.country.indicators')), el('ul', { class: 'spmap-indicators' }, indicators.map((v) => indicatorItem(v, ctx)))] : null,
    link(ctx, pageHref(ctx.urls.countryPage, { iso3: p.iso3 }), t('js.openPage'), { class: 'spmap-open-page' }),
    ctx.urls.comparePage ? comparePick(p.iso3, ctx) : null,
  ].flat().filter(Boolean);
}

export const countryTooltip = (name, value) => el('div', { class: 'spmap-tip' }, el('strong', {}, name), el('br'), value);
