import { geoJSON } from 'leaflet';

const BORDER = { color: '#8c8c8c', weight: 0.6, opacity: 1 };
const HOVER = { color: '#333', weight: 1.5 };
const SELECTED = { color: '#111', weight: 2.5 };

/**
 * The countries layer: the basemap, coloured by the chosen measure. Markers sit in a pane above it,
 * so the polygons never take their clicks.
 */
export function createCountries(map, { onSelect, tooltip, fillOpacity = 1 }) {
  const layers = new Map();
  let colourOf = () => null;
  let selected = null;
  let hovered = null;

  const style = (iso3) => ({
    ...BORDER, fillColor: colourOf(iso3), fillOpacity, ...(iso3 === selected ? SELECTED : {}),
  });
  const restyle = (iso3) => layers.get(iso3)?.setStyle(style(iso3));

  function add(collection) {
    geoJSON(collection, {
      style: (f) => style(f.properties.iso3),
      onEachFeature(feature, layer) {
        const iso3 = feature.properties.iso3;
        layers.set(iso3, layer);
        layer.bindTooltip(() => tooltip(iso3), { sticky: true, direction: 'top', offset: [0, -8] });
        layer.on({
          mouseover() {
            hovered = iso3;
            layer.setStyle(iso3 === selected ? SELECTED : HOVER);
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

  return {
    add,
    has: (iso3) => layers.has(iso3),
    recolour(colour) {
      colourOf = colour;
      for (const iso3 of layers.keys()) if (iso3 !== hovered) restyle(iso3);
    },
    select(iso3) {
      const previous = selected;
      selected = iso3;
      restyle(previous);
      restyle(iso3);
      if (iso3) layers.get(iso3)?.bringToFront();
    },
  };
}
