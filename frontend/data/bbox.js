// Map views in Leaflet's unbounded longitudes become the API's boxes in -180..180.

export const wrapLon = (lon) => ((((lon + 180) % 360) + 360) % 360) - 180;

const down = (n) => Math.floor(n * 1e4) / 1e4;
const up = (n) => Math.ceil(n * 1e4) / 1e4;
const clamp = (n, limit) => Math.min(limit, Math.max(-limit, n));

/**
 * [minLon, minLat, maxLon, maxLat] of a view, rounded outwards to 4 decimals so that tiny pans reuse cached answers.
 * A view across the antimeridian gives minLon > maxLon, which the API reads as a box crossing it.
 */
export function viewBbox(west, south, east, north) {
  const s = clamp(down(south), 90);
  const n = clamp(up(north), 90);
  if (east - west >= 360) return [-180, s, 180, n];
  const w = wrapLon(west);
  let e = wrapLon(east);
  // The east edge at 180 wraps to -180; as an east edge it means 180.
  if (e === -180) e = 180;
  return [clamp(down(w), 180), s, clamp(up(e), 180), n];
}

/**
 * The box of a country's largest part, to zoom to: France's or the USA's whole extent spans the globe,
 * and boundaries split at the antimeridian (Fiji, Russia) would too.
 */
export function mainBounds(geometry) {
  const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates]
    : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    if (!ring.length) continue;
    const lons = ring.map((c) => c[0]);
    const lats = ring.map((c) => c[1]);
    const box = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    const area = (box[2] - box[0]) * (box[3] - box[1]);
    if (area > bestArea) [best, bestArea] = [box, area];
  }
  return best;
}

/**
 * What a country's small map frames: its largest part (South Africa's mainland, not the Prince Edward Islands
 * 1,700 km to the south-east), widened to take in the points shown on it, so a record far from the mainland stays
 * in view. Points are [lon, lat]; returns [west, south, east, north] or null.
 */
export function frameBounds(geometry, points = []) {
  const box = mainBounds(geometry);
  const all = box ? [[box[0], box[1]], [box[2], box[3]], ...points] : [...points];
  if (!all.length) return null;
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
