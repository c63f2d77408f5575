import { el } from './dom.js';
import { FILTERS, DEFAULTS } from '../data/state.js';

/** How many filters differ from showing everything; what a group filter matches is part of the group filter. */
export function activeFilters(state) {
  return FILTERS.filter((k) => k !== 'groupMatch')
    .filter((k) => (Array.isArray(state[k]) ? state[k].length > 0 : state[k] !== DEFAULTS[k] && state[k] !== null))
    .length;
}

/**
 * On a phone the filter form (#filters) folds into a sheet over the map, opened by #filters-toggle, so the map
 * comes first. The sheet is no dialog: it traps nothing; Escape or its close button folds it and gives the
 * keyboard back to the toggle. Wider screens keep the form open and the toggle hidden (CSS). The page's head has
 * already marked it "spmap-js", so that the sheet's layout is there from the first paint.
 */
export function createFilterSheet(form, toggle, { t }) {
  if (!form || !toggle) return { write() {} };
  const close = el('button', { type: 'button', class: 'spmap-sheet-close' }, t('js.filters.close'));
  form.prepend(close);
  toggle.hidden = false;

  function open(show, { focus = true } = {}) {
    form.classList.toggle('spmap-open', show);
    toggle.setAttribute('aria-expanded', String(show));
    if (!focus) return;
    if (show) form.querySelector('input, select')?.focus();
    else toggle.focus();
  }
  toggle.addEventListener('click', () => open(!form.classList.contains('spmap-open')));
  close.addEventListener('click', () => open(false));
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && form.classList.contains('spmap-open')) {
      e.preventDefault();
      open(false);
    }
  });

  return {
    write(state) {
      const n = activeFilters(state);
      toggle.textContent = n ? t.count('js.filters.active', n) : t('js.filters.none');
    },
  };
}
