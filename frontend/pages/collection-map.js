// The small map of a collection page: the outlines of its countries, its extent, and its observations' points.
// Reads the collection's slug from #minimap and the rest from the API; puts no text of the database in the DOM.
import { createMinimap } from '../map/minimap.js';

const element = document.getElementById('minimap');

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function show() {
  const collection = await fetchJson(`/api/collections/${encodeURIComponent(element.dataset.collection)}`);
  const minimap = createMinimap(element);
  const countries = [...new Set(collection.observations.map((o) => o.country))];
  const outlines = await Promise.all(countries.map((c) => fetchJson(`/api/countries/${encodeURIComponent(c)}`)));
  outlines.forEach((outline) => minimap.outline(outline));
  minimap.extent(collection.extent);
  minimap.points({
    type: 'FeatureCollection',
    features: collection.observations.map((o) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [o.lon, o.lat] },
      properties: { kind: o.kind },
    })),
  });
  element.dataset.ready = String(collection.observations.length);
}

if (element) {
  show().catch(() => {
    // the page reads fine without its small map; say so quietly rather than fail the page
    element.hidden = true;
  });
}
