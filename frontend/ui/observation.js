import { el, link, pageHref, facts } from './dom.js';
import { symbol } from './symbols.js';
import { schemeName } from '../data/format.js';
import { langAttr, fallbackLanguage, fallbackSentence } from './translated.js';

const PUBLICATION_PAGES = { brief: '/briefs/{id}', podcast: '/podcasts/{id}' };

export const kindBadge = (kind, t) => el('span', { class: `spmap-kind ${kind}` }, symbol(kind), t(`kind.${kind}`));

const place = (p, ctx) => [p.placeName ? el('span', { lang: langAttr(p.placeNameLanguage, ctx) }, p.placeName) : null,
  ctx.countryName(p.country)].filter(Boolean).flatMap((part, i) => (i ? [' · ', part] : [part]));

const fallbackNote = (p, ctx) => {
  const sentence = fallbackSentence(fallbackLanguage(p, ctx), ctx);
  return sentence ? el('p', { class: 'spmap-translation-note' }, sentence) : null;
};

const openPage = (p, ctx) =>
  link(ctx, pageHref(ctx.urls.observationPage, { id: p.id }), ctx.t('js.openPage'), { class: 'spmap-open-page' });

/** The small popup on the map: enough to recognise the place, and the way to its page. */
export function observationPopup(p, ctx) {
  return el('div', { class: 'spmap-popup' },
    el('strong', { lang: langAttr(p.titleLanguage, ctx) }, p.title),
    fallbackNote(p, ctx),
    el('div', {}, kindBadge(p.kind, ctx.t)),
    el('div', { class: 'spmap-place' }, place(p, ctx)),
    openPage(p, ctx));
}

function joined(nodes) {
  return nodes.flatMap((node, i) => (i ? [', ', node] : [node]));
}

export function sourceList(sources, ctx) {
  if (!sources?.length) return null;
  return [
    el('h3', {}, ctx.t('js.sources')),
    el('ul', { class: 'spmap-sources' }, sources.map((s) => el('li', {},
      s.url ? link(ctx, s.url, s.title || s.url, { rel: 'noopener' }) : s.title,
      s.accessed ? ` (${ctx.t('js.accessed', ctx.fmt.date(s.accessed))})` : ''))),
  ];
}

/** The panel for one observation (GET /api/observations/{id}). */
export function observationPanel(feature, ctx) {
  const p = feature.properties;
  const { t, fmt, urls } = ctx;
  const schemes = (p.schemes ?? []).map((s) => link(ctx, pageHref(urls.schemePage, { id: s.id }),
    schemeName(s.name, s.acronym)));
  const publications = (p.publications ?? []).map((pub) => el('li', {},
    `${t.colon(t(`publicationType.${pub.type}`))} `,
    link(ctx, pageHref(urls[`${pub.type}Page`] ?? PUBLICATION_PAGES[pub.type] ?? '', { id: pub.id }), pub.title)));

  return [
    el('h2', { tabindex: '-1', lang: langAttr(p.titleLanguage, ctx) }, p.title),
    fallbackNote(p, ctx),
    el('p', { class: 'spmap-badges' }, kindBadge(p.kind, t), p.demo ? el('span', { class: 'spmap-demo' }, t('js.demo')) : null),
    facts([
      [t('js.obs.place'), place(p, ctx)],
      [t('js.obs.placeType'), p.placeType ? t(`placeType.${p.placeType}`) : ''],
      [t('js.obs.groups'), (p.groups ?? []).map((g) => t(`group.${g}`)).join(', ')],
      [t('js.obs.branches'), (p.branches ?? []).map((b) => t(`branch.${b}`)).join(', ')],
      [t('js.obs.schemes'), joined(schemes)],
      [t('js.obs.observed'), fmt.period(p.observedFrom, p.observedTo)],
      [t('js.obs.components'), (p.components ?? []).map((c) => t(`component.${c}`)).join(', ')],
    ]),
    p.privacy && p.privacy !== 'exact' ? el('p', { class: 'spmap-note' }, t(`js.privacy.${p.privacy}`)) : null,
    p.narrative ? el('p', { class: 'spmap-narrative', lang: langAttr(p.narrativeLanguage, ctx) }, p.narrative) : null,
    sourceList(p.sources, ctx),
    publications.length ? [el('h3', {}, t('js.obs.publications')), el('ul', {}, publications)] : null,
    openPage(p, ctx),
  ].flat().filter(Boolean);
}
