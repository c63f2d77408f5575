import { DivIcon, marker, layerGroup, popup as leafletPopup, latLngBounds } from 'leaflet';

const POINT = 22;
const SPREAD = 13;
const CLUSTER_PADDING = 40;

// Icons get their text through DOM properties after Leaflet builds them: no data ever passes through innerHTML.
const PointIcon = DivIcon.extend({
  createIcon(old) {
    const div = DivIcon.prototype.createIcon.call(this, old);
    div.dataset.id = this.options.id;
    div.setAttribute('aria-label', this.options.label);
    div.title = this.options.label;
    div.replaceChildren(this.options.symbol(this.options.kind));
    return div;
  },
});

const ClusterIcon = DivIcon.extend({
  createIcon(old) {
    const div = DivIcon.prototype.createIcon.call(this, old);
    const { count, share, label, text } = this.options;
    div.style.setProperty('--inclusions', `${share}%`);
    div.setAttribute('aria-label', label);
    div.title = label;
    const number = document.createElement('span');
    number.textContent = text;
    div.replaceChildren(number);
    div.dataset.count = count;
    return div;
  },
});

// Points come back in -180..180; drawn in the world copy nearest the centre, they stay on screen across the antimeridian.
const nearCentre = (lon, centre) => lon + 360 * Math.round((centre - lon) / 360);

/**
 * Observation markers and clusters of the current view. Points whose markers would overlap (several observations at
 * one market, or a privacy cell's centre) are fanned out around the spot in screen space, so each stays clickable and
 * reachable with Tab at any zoom.
 * symbol(kind) draws a kind's sign as the legend does; it is passed in because map/ takes nothing from ui/.
 */
export function createObservations(map, { t, fmt, symbol, popupContent, onSelect }) {
  const layer = layerGroup().addTo(map);
  const markers = new Map(); // observation id -> its marker, for highlighting
  let highlighted = null;
  let popupOpen = false;
  map.on('popupopen', (e) => {
    popupOpen = true;
    // Leaflet names its close button in English ("Close popup")
    e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('js.popup.close'));
  });
  map.on('popupclose', () => { popupOpen = false; });

  // Enter on a focused marker does what a click does.
  const activate = (m, action) => m.on('click', action).on('keypress', (e) => {
    if (e.originalEvent.key === 'Enter') action();
  });

  function point(p, latlng, offset) {
    const kind = p.kind ?? (p.inclusions ? 'inclusion' : 'exclusion');
    const icon = new PointIcon({
      className: `spmap-marker ${kind}`, iconSize: [POINT, POINT],
      iconAnchor: [POINT / 2 - offset[0], POINT / 2 - offset[1]], popupAnchor: [offset[0], offset[1] - POINT / 2],
      id: p.id, kind, symbol, label: p.title ?? t(`kind.${kind}`),
    });
    const m = marker(latlng, { icon, keyboard: true, riseOnHover: true });
    // A single-point cluster has no title to show yet; its popup comes with the details (showPopup).
    if (p.title) m.bindPopup(() => popupContent(p), { autoPanPadding: [24, 24] });
    activate(m, () => onSelect(p.id));
    return m;
  }

  function cluster(p, latlng) {
    const size = Math.round(28 + 10 * Math.log10(p.count));
    const icon = new ClusterIcon({
      className: 'spmap-cluster', iconSize: [size, size],
      count: p.count, share: Math.round((100 * (p.inclusions ?? 0)) / p.count), text: fmt.number(p.count),
      label: t('js.cluster', t.count('js.cluster.observations', p.count, fmt.number(p.count)),
        t.count('js.n.inclusions', p.inclusions ?? 0, fmt.number(p.inclusions ?? 0)),
        t.count('js.n.exclusions', p.exclusions ?? 0, fmt.number(p.exclusions ?? 0))),
    });
    const m = marker(latlng, { icon, keyboard: true, riseOnHover: true });
    activate(m, () => zoomTo(p.bbox, latlng));
    return m;
  }

  // Fits the cluster's members in view with room around them, never zooming so close that some leave it; a
  // cluster of points at one spot (an empty box) opens up at street level.
  function zoomTo(box, latlng) {
    const shift = latlng.lng - (box[0] + box[2]) / 2;
    const bounds = latLngBounds([box[1], box[0] + shift], [box[3], box[2] + shift]);
    map.fitBounds(bounds, { padding: [CLUSTER_PADDING, CLUSTER_PADDING], maxZoom: 16 });
  }

  // Points whose markers would overlap on screen at this zoom (one market, a privacy cell's centre) form one spot:
  // they are fanned out around its first point, each marker keeping its own position for its popup.
  function spots(features, centre, clustered) {
    const groups = [];
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const latlng = [lat, nearCentre(lon, centre)];
      const px = map.latLngToLayerPoint(latlng);
      const near = clustered && f.properties.count > 1 ? null
        : groups.find((g) => !g.cluster && g.px.distanceTo(px) < POINT);
      if (near) near.members.push({ f, latlng, px });
      else groups.push({ px, cluster: clustered && f.properties.count > 1, members: [{ f, latlng, px }] });
    }
    return groups;
  }

  // Markers still in view are kept, not rebuilt: a pan must not close the popup the visitor is reading.
  let shown = new Map();

  return {
    show(collection, clustered) {
      const next = new Map();
      for (const { px: centre, members } of spots(collection.features ?? [], map.getCenter().lng, clustered)) {
        const n = members.length;
        members.forEach(({ f, latlng, px }, i) => {
          const p = f.properties;
          const at = { lat: latlng[0], lng: latlng[1] };
          if (clustered && p.count > 1) {
            const key = `c:${latlng}:${p.count}:${p.inclusions}`;
            next.set(key, shown.get(key) ?? cluster(p, at));
            return;
          }
          const angle = (2 * Math.PI * i) / n - Math.PI / 2;
          const radius = n > 1 ? SPREAD + 2 * n : 0;
          const offset = n > 1 ? [Math.round(centre.x + radius * Math.cos(angle) - px.x),
            Math.round(centre.y + radius * Math.sin(angle) - px.y)] : [0, 0];
          const key = `${p.title ? 'p' : 's'}:${p.id}:${latlng}:${offset}`;
          next.set(key, shown.get(key) ?? point(p, at, offset));
        });
      }
      for (const [key, m] of shown) if (!next.has(key)) layer.removeLayer(m);
      for (const [key, m] of next) if (!shown.has(key)) layer.addLayer(m);
      shown = next;
      markers.clear();
      for (const m of next.values()) if (m.options.icon.options.id) markers.set(m.options.icon.options.id, m);
      if (highlighted) this.highlight(highlighted);
    },
    highlight(id) {
      markers.get(highlighted)?.getElement()?.classList.remove('spmap-highlight');
      highlighted = id;
      markers.get(id)?.getElement()?.classList.add('spmap-highlight');
    },
    /** The popup of a selected observation, unless one is already open (a click on its marker opened it). */
    showPopup(feature) {
      if (popupOpen || !feature.geometry) return;
      const [lon, lat] = feature.geometry.coordinates;
      const m = markers.get(feature.properties.id);
      if (m?.getPopup()) {
        m.openPopup();
        return;
      }
      leafletPopup({ autoPan: false })
        .setLatLng(m?.getLatLng() ?? [lat, nearCentre(lon, map.getCenter().lng)])
        .setContent(popupContent(feature.properties))
        .openOn(map);
    },
    closePopup: () => map.closePopup(),
  };
}
