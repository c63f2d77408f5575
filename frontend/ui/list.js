import { el, link, pageHref } from './dom.js';
import { KINDS } from '../data/state.js';
import { langAttr, fallbackMarker } from './translated.js';

/**
 * The list view (#results), the accessible twin of the map: the same filtered observations, worldwide.
 * Arrow keys, Home and End move between items; a focused item lights up its marker.
 */
export function createList(ol, { ctx, onFocus }) {
  const { t, fmt } = ctx;
  const note = el('p', { class: 'spmap-list-note', hidden: true });
  ol.after(note);

  const links = () => [...ol.querySelectorAll('li > a')];
  const idOf = (node) => Number(node?.closest?.('li[data-id]')?.dataset.id) || null;

  ol.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
    if (i < 0 || to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))].focus();
  });
  ol.addEventListener('focusin', (e) => onFocus(idOf(e.target)));
  ol.addEventListener('focusout', () => onFocus(null));
  ol.addEventListener('mouseover', (e) => onFocus(idOf(e.target)));
  ol.addEventListener('mouseleave', () => onFocus(null));

  function item({ properties: p }) {
    const kind = KINDS.includes(p.kind) ? p.kind : '';
    return el('li', { 'data-id': p.id, class: `result ${kind}` },
      link(ctx, pageHref(ctx.urls.observationPage, { id: p.id }), p.title, { lang: langAttr(p.titleLanguage, ctx) }),
      ' ', fallbackMarker(p.titleLanguage, ctx, el), ' ',
      el('span', { class: 'kind' }, t(`kind.${p.kind}`)), ' ',
      el('span', { class: 'place' }, p.placeName ? el('span', { lang: langAttr(p.placeNameLanguage, ctx) }, p.placeName) : null,
        p.placeName && ctx.countryName(p.country) ? ' · ' : null, ctx.countryName(p.country)));
  }

  return {
    render(collection) {
      const features = collection.features ?? [];
      const matched = collection.numberMatched ?? features.length;
      // a keyboard user inside the list keeps their place when the list is redrawn under them
      const focused = ol.contains(document.activeElement) ? idOf(document.activeElement) : null;
      ol.replaceChildren(...features.map(item));
      if (focused) ol.querySelector(`li[data-id="${focused}"] > a`)?.focus();
      note.textContent = !matched ? t('js.count.none')
        : features.length < matched ? t('js.list.truncated', fmt.number(features.length), fmt.number(matched)) : '';
      note.hidden = !note.textContent;
    },
  };
}
