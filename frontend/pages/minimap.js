// The small map of a record page: the country's outline and the record's point, or the country's points.
// Reads everything from data attributes of #minimap; puts no text of the database in the DOM.
import { createMinimap } from '../map/minimap.js';

const element = document.getElementById('minimap');

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function show() {
  const { country, lon, lat, kind, observations } = element.dataset;
  const minimap = createMinimap(element);
  minimap.outline(await fetchJson(`/api/countries/${encodeURIComponent(country)}`));
  if (lon && lat) minimap.focus(Number(lon), Number(lat), kind);
  if (observations === 'true') {
    minimap.points(await fetchJson(`/api/observations?country=${encodeURIComponent(country)}&limit=500`));
  }
}

if (element) {
  show().catch(() => {
    // the page reads fine without its small map; say so quietly rather than fail the page
    element.hidden = true;
  });
}
