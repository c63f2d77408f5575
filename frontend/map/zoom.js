import { control } from 'leaflet';

/**
 * Leaflet's zoom buttons with the page's words: Leaflet's own titles and accessible names are English ("Zoom in").
 * Without words (a page that passes none) the map keeps Leaflet's buttons as they are.
 */
export function zoomOptions(words) {
  return words?.in && words?.out ? { zoomControl: false } : {};
}

export function addZoom(map, words) {
  if (words?.in && words?.out) control.zoom({ zoomInTitle: words.in, zoomOutTitle: words.out }).addTo(map);
}

/** The words a page gives a small map in data attributes: data-zoom-in and data-zoom-out. */
export const zoomWords = (element) => ({ in: element?.dataset.zoomIn, out: element?.dataset.zoomOut });
