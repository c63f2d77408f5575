import { geoJSON, latLng } from 'leaflet';

const BORDER = { color: '#8c8c8c', weight: 0.6, opacity: 1 };
const HOVER = { color: '#333', weight: 1.5 };
const SELECTED = { color: '#111', weight: 2.5 };

/**
 * The countries layer: the basemap, coloured by the chosen measure. Markers sit in a pane above it,
 * so the polygons never take their clicks.
 */
export function createCountries(map, { onSelect, tooltip, fillOpacity = 1 }) {
  const layers = new Map(); // iso3 -> its polygons, one per copy of the world drawn
  const copies = new Set();
  let data = null;
  let colourOf = () => null;
  let selected = null;
  let hovered = null;

  const style = (iso3) => ({
    ...BORDER, fillColor: colourOf(iso3), fillOpacity,
    ...(iso3 === hovered ? HOVER : {}), ...(iso3 === selected ? SELECTED : {}),
  });
  const restyle = (iso3) => layers.get(iso3)?.forEach((layer) => layer.setStyle(style(iso3)));

  function draw(shift) {
    copies.add(shift);
    geoJSON(data, {
      coordsToLatLng: (c) => latLng(c[1], c[0] + shift),
      style: (f) => style(f.properties.iso3),
      onEachFeature(feature, layer) {
        const iso3 = feature.properties.iso3;
        layers.set(iso3, [...(layers.get(iso3) ?? []), layer]);
        layer.bindTooltip(() => tooltip(iso3), { sticky: true, direction: 'top', offset: [0, -8] });
        layer.on({
          mouseover() {
            hovered = iso3;
            restyle(iso3);
            layer.bringToFront();
          },
          mouseout() {
            hovered = null;
            restyle(iso3);
          },
          click: () => onSelect(iso3),
        });
      },
    }).addTo(map);
  }

  // The neighbouring copies of the world are drawn only once a view reaches them (a Pacific-centred map),
  // since three worlds of polygons would slow every pan for everyone else.
  function follow() {
    if (!data) return;
    const bounds = map.getBounds();
    if (bounds.getWest() < -180 && !copies.has(-360)) draw(-360);
    if (bounds.getEast() > 180 && !copies.has(360)) draw(360);
  }
  map.on('moveend', follow);

  return {
    add(collection) {
      data = collection;
      draw(0);
      follow();
    },
    has: (iso3) => layers.has(iso3),
    recolour(colour) {
      colourOf = colour;
      for (const iso3 of layers.keys()) restyle(iso3);
    },
    /** Opaque again when the tiles under the countries fail: the country layer is then the whole base map. */
    setFillOpacity(opacity) {
      fillOpacity = opacity;
      for (const iso3 of layers.keys()) restyle(iso3);
    },
    select(iso3) {
      const previous = selected;
      selected = iso3;
      restyle(previous);
      restyle(iso3);
      layers.get(iso3)?.forEach((layer) => layer.bringToFront());
    },
  };
}
