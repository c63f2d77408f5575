import { map as leafletMap, tileLayer } from 'leaflet';
import { viewBbox, wrapLon } from '../data/bbox.js';
import { addZoom, zoomOptions } from './zoom.js';

const WORLD = [[-56, -170], [76, 180]];
const TILE_FAILURES = 3;

/**
 * The Leaflet map. onMove(quiet) follows every moveend; `quiet` is true for moves the page made itself
 * (restoring a permalink, fitting the world), which must not be written back into the address as the visitor's view.
 */
export function createMapView(container, { tiles, onMove, onTilesFailed = () => {}, zoom }) {
  const map = leafletMap(container, { minZoom: 1, maxZoom: 18, worldCopyJump: true, zoomSnap: 0.5, ...zoomOptions(zoom) });
  addZoom(map, zoom);
  // The server passes tiles only when its check reached the tile server; should this browser still fail to load
  // them (a firewall, a lost connection), the layer goes and the app's own country layer is the base map again.
  if (tiles?.url) {
    const base = tileLayer(tiles.url, { attribution: tiles.attribution ?? '', maxZoom: 19 });
    let failures = 0;
    base.on('tileerror', () => {
      failures += 1;
      if (failures === TILE_FAILURES) {
        map.removeLayer(base);
        onTilesFailed();
      }
    });
    base.addTo(map);
  }

  let quiet = false;
  let ready = false;
  map.whenReady(() => { ready = true; });
  map.on('moveend', () => onMove(quiet));
  function still(move) {
    quiet = true;
    try {
      move();
    } finally {
      quiet = false;
    }
  }

  return {
    map,
    visible: () => container.offsetWidth > 0 && container.offsetHeight > 0,
    ready: () => ready,
    view() {
      const c = map.getCenter();
      return { lat: c.lat, lon: wrapLon(c.lng), zoom: map.getZoom() };
    },
    bbox() {
      const b = map.getBounds();
      return viewBbox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth());
    },
    zoom: () => map.getZoom(),
    setView(lat, lon, zoom) {
      still(() => map.setView([lat, lon], zoom, { animate: false }));
    },
    /** [minLon, minLat, maxLon, maxLat], or the world; `quiet: false` when the visitor asked for it, `right` px kept clear. */
    fit(box, { quiet: fitQuietly = true, right = 0 } = {}) {
      const bounds = box ? [[box[1], box[0]], [box[3], box[2]]] : WORLD;
      const options = { animate: false, paddingTopLeft: [16, 16], paddingBottomRight: [16 + right, 16], maxZoom: 7 };
      const fit = () => map.fitBounds(bounds, options);
      if (fitQuietly) still(fit);
      else fit();
    },
    resize() {
      still(() => map.invalidateSize({ pan: false }));
    },
  };
}
