import { map as leafletMap, geoJSON, marker } from 'leaflet';
import { addZoom, zoomOptions, zoomWords } from './zoom.js';

/** The map of the observation form: the countries to click on and one pin for the chosen place. */
export function createPlacePickerMap(element) {
  const view = leafletMap(element, { worldCopyJump: true, ...zoomOptions(zoomWords(element)) }).setView([10, 10], 2);
  addZoom(view, zoomWords(element));
  let pin = null;
  return {
    countries(collection) {
      geoJSON(collection, { style: { color: '#8c8c8c', weight: 0.6, fillColor: '#e8eef3', fillOpacity: 1 } }).addTo(view);
    },
    /** onClick(lon, lat), the longitude brought back into -180..180 from whichever world copy was clicked. */
    onClick(handler) {
      view.on('click', (event) => handler(event.latlng.wrap().lng, event.latlng.lat));
    },
    /** `move` brings the pin into view, for places not chosen on the map itself. */
    pin(lon, lat, move) {
      if (pin) pin.setLatLng([lat, lon]);
      else pin = marker([lat, lon], { keyboard: false, alt: element.dataset.pin ?? '' }).addTo(view);
      if (move) view.setView([lat, lon], Math.max(view.getZoom(), 8));
    },
  };
}
