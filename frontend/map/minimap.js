import { map as leafletMap, geoJSON, circleMarker } from 'leaflet';
import { frameBounds } from '../data/bbox.js';
import { addZoom, zoomOptions, zoomWords } from './zoom.js';

function marker(lon, lat, kind) {
  const inclusion = kind === 'inclusion';
  return circleMarker([lat, lon], {
    radius: 7, weight: 2, color: '#fff', fillOpacity: 1,
    fillColor: inclusion ? '#1f5fa8' : '#b34700', dashArray: inclusion ? null : '3 2',
  });
}

/** The small map of a record page: a country's outline with one point or many, fixed rather than explored. */
export function createMinimap(element) {
  const view = leafletMap(element, {
    scrollWheelZoom: false, attributionControl: false, zoomSnap: 0.25, ...zoomOptions(zoomWords(element)),
  });
  addZoom(view, zoomWords(element));
  let geometry = null;
  const shown = [];
  let fixed = false;
  // the frame is the country's largest part and the points on it, never the whole multipolygon's box: far
  // islands (South Africa's Prince Edward Islands) would shrink the country to a speck
  const frame = () => {
    if (fixed) return;
    const box = frameBounds(geometry, shown);
    if (box) view.fitBounds([[box[1], box[0]], [box[3], box[2]]], { padding: [12, 12], maxZoom: 12 });
  };
  return {
    outline(country) {
      geoJSON(country, {
        style: { color: '#5b6b7a', weight: 1, fillColor: '#dfe7ee', fillOpacity: 1 },
      }).addTo(view);
      geometry = country.geometry ?? null;
      frame();
    },
    /** The record's own point, close enough to see where in the country it is. */
    focus(lon, lat, kind) {
      marker(lon, lat, kind).addTo(view);
      view.setView([lat, lon], Math.max(view.getZoom(), 6));
    },
    /** Frames [west, south, east, north], e.g. a collection's extent spanning several countries. */
    extent([west, south, east, north]) {
      fixed = true;
      view.fitBounds([[south, west], [north, east]], { padding: [8, 8] });
    },
    points(collection) {
      for (const feature of collection.features) {
        const [x, y] = feature.geometry.coordinates;
        marker(x, y, feature.properties.kind).addTo(view);
        shown.push([x, y]);
      }
      frame();
    },
  };
}
