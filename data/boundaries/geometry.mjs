// Planar geometry helpers shared by build.mjs (countries) and land.mjs (the land mask).
import pc from 'polygon-clipping';

export const roundTo = (d) => { const k = 10 ** d; return (v) => Math.round(v * k) / k + 0; };

export function ringArea(r) { // planar signed area (positive = counter-clockwise)
  let s = 0;
  for (let i = 0, n = r.length - 1; i < n; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return s / 2;
}
export function bboxOfRing(r) {
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  for (const [x, y] of r) { if (x < a) a = x; if (y < b) b = y; if (x > c) c = x; if (y > d) d = y; }
  return [a, b, c, d];
}
export const hasJump = (r) => r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180);
export const isFrameEdge = (p, q) => Math.abs(p[0]) === 180 && Math.abs(q[0]) === 180 && p[0] !== q[0] && p[1] === q[1];

// Round, drop repeated points, close, drop degenerate rings, orient (RFC 7946:
// exterior counter-clockwise, holes clockwise). Returns a list of polygons.
export function cleanPolygons(polys, decimals) {
  const r = roundTo(decimals);
  const out = [];
  for (const poly of polys) {
    const rings = [];
    for (let k = 0; k < poly.length; k++) {
      const ring = [];
      for (const p of poly[k]) {
        const q = [r(p[0]), r(p[1])];
        const last = ring[ring.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) ring.push(q);
      }
      if (ring.length > 1 && (ring[0][0] !== ring[ring.length - 1][0] || ring[0][1] !== ring[ring.length - 1][1])) ring.push([...ring[0]]);
      const a = ringArea(ring);
      if (ring.length < 4 || a === 0) { if (k === 0) break; continue; }
      if ((k === 0) !== (a > 0)) ring.reverse();
      rings.push(ring);
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

// Edges running along the map frame (e.g. Antarctica's edge at -90 from 180 to
// -180) are legitimate planar edges but jump 360 degrees: add vertices so that
// no edge spans more than 90 degrees of longitude.
export function densifyFrameEdges(polys) {
  for (const poly of polys) {
    for (let k = 0; k < poly.length; k++) {
      const ring = poly[k], out = [ring[0]];
      for (let i = 1; i < ring.length; i++) {
        const p = ring[i - 1], q = ring[i];
        if (Math.abs(q[0] - p[0]) > 180) {
          if (!isFrameEdge(p, q)) throw new Error(`unexpected antimeridian jump ${JSON.stringify(p)} -> ${JSON.stringify(q)}`);
          const n = 4;
          for (let j = 1; j < n; j++) out.push([p[0] + ((q[0] - p[0]) * j) / n, p[1]]);
        }
        out.push(q);
      }
      poly[k] = out;
    }
  }
  return polys;
}

// Split a polygon whose rings cross the antimeridian (world-atlas rings are
// "stitched" for spherical rendering) into planar parts within [-180, 180].
export function fixAntimeridian(poly) {
  if (!poly.some(hasJump)) return [poly];
  // drop the tiny rings around a pole (world-atlas Antarctica at -89.999)
  let rings = poly.filter((r) => !r.every((p) => Math.abs(p[1]) > 89.99));
  rings = rings.map((r) => {
    const out = [[r[0][0], r[0][1]]];
    let off = 0;
    for (let i = 1; i < r.length; i++) {
      const d = r[i][0] - r[i - 1][0];
      if (d > 180) off -= 360; else if (d < -180) off += 360;
      out.push([r[i][0] + off, r[i][1]]);
    }
    if (off !== 0) { // ring around a pole: close it along the pole
      const meanLat = r.reduce((s, p) => s + p[1], 0) / r.length;
      const pole = meanLat < 0 ? -90 : 90;
      const last = out[out.length - 1], first = out[0];
      out.push([last[0], pole], [first[0], pole], [first[0], first[1]]);
    }
    return out;
  });
  rings.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)));
  const [outer, ...holes] = rings;
  const ob = bboxOfRing(outer), oc = (ob[0] + ob[2]) / 2;
  const shifted = holes.map((h) => {
    const hb = bboxOfRing(h), k = Math.round((oc - (hb[0] + hb[2]) / 2) / 360);
    return h.map(([x, y]) => [x + k * 360, y]);
  });
  const geom = [outer, ...shifted];
  const parts = [];
  for (const s of [-720, -360, 0, 360, 720]) {
    const box = [[[s - 180, -90], [s + 180, -90], [s + 180, 90], [s - 180, 90], [s - 180, -90]]];
    for (const p of pc.intersection([geom], [box])) {
      parts.push(p.map((r) => r.map(([x, y]) => {
        let nx = x - s;
        if (Math.abs(nx - 180) < 1e-9) nx = 180; else if (Math.abs(nx + 180) < 1e-9) nx = -180;
        return [nx, y];
      })));
    }
  }
  return parts;
}
