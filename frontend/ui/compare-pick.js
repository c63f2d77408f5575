import { el } from './dom.js';

// Countries picked on the map for a comparison. They live in the tab's session storage, not in the map's
// address: picking is a step on the way to /compare, whose address then holds the comparison itself.
const KEY = 'spmap-compare';
export const MAX_COUNTRIES = 4;
const ISO3 = /^[A-Z]{3}$/;

/** The picked codes, in the order they were picked; anything else found in storage is ignored. */
export function readPicked(storage) {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? [...new Set(value.filter((c) => ISO3.test(c)))].slice(0, MAX_COUNTRIES) : [];
  } catch {
    return [];
  }
}

/** Adds the country, or takes it out when it is already picked; a fifth country is not added. */
export function toggled(list, iso3) {
  if (list.includes(iso3)) return list.filter((c) => c !== iso3);
  return list.length >= MAX_COUNTRIES ? list : [...list, iso3];
}

export const compareHref = (base, list) => `${base}?countries=${list.map(encodeURIComponent).join(',')}`;

function save(storage, list) {
  try {
    storage?.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage refused (private mode, quota): the pick lasts as long as the panel
  }
}

/** The panel's "compare" box for a country: pick or unpick it, see the picked ones, go to the comparison. */
export function comparePick(iso3, ctx, storage = globalThis.sessionStorage) {
  const { t } = ctx;
  const box = el('section', { class: 'spmap-compare', 'aria-labelledby': 'spmap-compare-title' });
  let list = readPicked(storage);

  const render = (focusButton) => {
    const name = ctx.countryName(iso3);
    const picked = list.includes(iso3);
    const full = !picked && list.length >= MAX_COUNTRIES;
    const button = el('button', { type: 'button', class: 'spmap-compare-toggle', 'aria-pressed': String(picked), disabled: full },
      picked ? t('js.compare.remove', name) : t('js.compare.add', name));
    button.addEventListener('click', () => {
      list = toggled(readPicked(storage), iso3);
      save(storage, list);
      render(true);
    });
    const names = list.map((c) => ctx.countryName(c));
    box.replaceChildren(
      el('h3', { id: 'spmap-compare-title' }, t('js.compare.title')),
      button,
      el('p', { class: 'spmap-compare-status', 'aria-live': 'polite' },
        names.length ? t('js.compare.picked', names.join(', ')) : t('js.compare.none'),
        full ? [' ', t('js.compare.full')] : null),
      list.length >= 2
        ? el('a', { class: 'spmap-compare-go', href: compareHref(ctx.urls.comparePage, list), target: ctx.embed ? '_top' : null },
          t('js.compare.go', list.length))
        : el('p', { class: 'spmap-compare-hint' }, t('js.compare.hint')));
    if (focusButton) box.querySelector('button')?.focus();
  };
  render(false);
  return box;
}
