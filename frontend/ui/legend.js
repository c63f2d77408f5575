import { el } from './dom.js';
import { symbol } from './symbols.js';

function swatch(colour) {
  const span = el('span', { class: 'spmap-swatch', 'aria-hidden': 'true' });
  span.style.background = colour;
  return span;
}

/** The choropleth's classes, then the key to the markers. */
export function renderLegend(container, { title, note, classes, noData, noDataLabel, t }) {
  container.replaceChildren(...[
    el('p', { class: 'spmap-legend-title' }, title),
    note ? el('p', { class: 'spmap-legend-note' }, note) : null,
    el('ul', { class: 'spmap-legend-classes' },
      classes.map((c) => el('li', {}, swatch(c.colour), c.label)),
      noData ? el('li', {}, swatch(noData), noDataLabel ?? t('js.legend.noData')) : null),
    el('p', { class: 'spmap-legend-title' }, t('js.legend.markers')),
    el('ul', { class: 'spmap-legend-markers' },
      ['inclusion', 'exclusion'].map((kind) => el('li', {}, symbol(kind), t(`kind.${kind}`))),
      el('li', {}, el('span', { class: 'spmap-cluster-key', 'aria-hidden': 'true' }), t('js.legend.cluster'))),
  ].filter(Boolean));
}
