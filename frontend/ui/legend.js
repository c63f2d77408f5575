import { el } from './dom.js';
import { symbol } from './symbols.js';

function swatch(colour) {
  const span = el('span', { class: 'spmap-swatch', 'aria-hidden': 'true' });
  span.style.background = colour;
  return span;
}

/**
 * The legend sits on the map, so it is in view wherever the map is. Its head (the measure and a strip of its
 * colours) is always shown; the rest folds away on small maps. `container.dataset.folded` keeps the visitor's choice
 * across redraws.
 */
export function renderLegend(container, { title, note, classes, noData, noDataLabel, t }) {
  const folded = container.dataset.folded === 'true';
  const body = el('div', { class: 'spmap-legend-body', id: 'legend-body', hidden: folded },
    note ? el('p', { class: 'spmap-legend-note' }, note) : null,
    el('ul', { class: 'spmap-legend-classes' },
      classes.map((c) => el('li', {}, swatch(c.colour), c.label)),
      noData ? el('li', {}, swatch(noData), noDataLabel ?? t('js.legend.noData')) : null),
    el('p', { class: 'spmap-legend-title' }, t('js.legend.markers')),
    el('ul', { class: 'spmap-legend-markers' },
      ['inclusion', 'exclusion'].map((kind) => el('li', {}, symbol(kind), t(`kind.${kind}`))),
      el('li', {}, el('span', { class: 'spmap-cluster-key', 'aria-hidden': 'true' }), t('js.legend.cluster'))));
  const toggle = el('button', {
    type: 'button', class: 'spmap-legend-toggle', 'aria-expanded': String(!folded), 'aria-controls': 'legend-body',
    title: t(folded ? 'js.legend.show' : 'js.legend.hide'),
  }, el('span', { class: 'spmap-legend-title' }, title),
  el('span', { class: 'spmap-legend-strip', 'aria-hidden': 'true' }, classes.map((c) => swatch(c.colour))));
  toggle.addEventListener('click', () => {
    container.dataset.folded = String(!body.hidden);
    body.hidden = !body.hidden;
    toggle.setAttribute('aria-expanded', String(!body.hidden));
    toggle.title = t(body.hidden ? 'js.legend.show' : 'js.legend.hide');
  });
  container.replaceChildren(toggle, body);
}
