// The small map of a record page: the country's outline and the record's point, or the country's points.
// Reads everything from data attributes of #minimap; puts no text of the database in the DOM.
import { map as leafletMap, geoJSON, circleMarker } from 'leaflet';

const element = document.getElementById('minimap');

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function marker(lon, lat, kind) {
  const inclusion = kind === 'inclusion';
  return circleMarker([lat, lon], {
    radius: 7, weight: 2, color: '#fff', fillOpacity: 1,
    fillColor: inclusion ? '#1f5fa8' : '#b34700', dashArray: inclusion ? null : '3 2',
  });
}

async function show() {
  const { country, lon, lat, kind, observations } = element.dataset;
  const view = leafletMap(element, { scrollWheelZoom: false, attributionControl: false, zoomSnap: 0.25 });
  const outline = geoJSON(await fetchJson(`/api/countries/${encodeURIComponent(country)}`), {
    style: { color: '#5b6b7a', weight: 1, fillColor: '#dfe7ee', fillOpacity: 1 },
  }).addTo(view);
  view.fitBounds(outline.getBounds(), { padding: [8, 8] });
  if (lon && lat) {
    marker(Number(lon), Number(lat), kind).addTo(view);
    view.setView([Number(lat), Number(lon)], Math.max(view.getZoom(), 6));
  }
  if (observations === 'true') {
    const points = await fetchJson(`/api/observations?country=${encodeURIComponent(country)}&limit=500`);
    for (const feature of points.features) {
      const [x, y] = feature.geometry.coordinates;
      marker(x, y, feature.properties.kind).addTo(view);
    }
  }
}

if (element) {
  show().catch(() => {
    // the page reads fine without its small map; say so quietly rather than fail the page
    element.hidden = true;
  });
}
