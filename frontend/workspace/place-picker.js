// Placing an observation (the workspace form) or a submission (/contribute): a click on the map, a place picked from
// the gazetteer, or typed coordinates all fill the same two fields; the country the point falls in is shown before
// saving. Both forms work without this script: the parts that need it are hidden until it runs.
import { createPlacePickerMap } from '../map/place-picker-map.js';
import { placeLabel } from '../data/place-label.js';

const form = document.getElementById('observation-form') ?? document.getElementById('contribute-form');
const mapElement = document.getElementById('place-map');
const lat = form?.elements.namedItem('lat');
const lon = form?.elements.namedItem('lon');
const search = document.getElementById('place-search');
const suggestions = document.getElementById('place-suggestions');
const derived = document.getElementById('derived-country');

async function json(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status}`);
  return response.json();
}

function numbers() {
  const y = Number(String(lat.value).replace(',', '.'));
  const x = Number(String(lon.value).replace(',', '.'));
  return lat.value !== '' && lon.value !== '' && Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}

async function showCountry() {
  const point = numbers();
  if (!point) {
    derived.textContent = '';
    return;
  }
  try {
    const found = await json(`${mapElement.dataset.locate}?lon=${point[0]}&lat=${point[1]}`);
    derived.textContent = found.name ? derived.dataset.in.replace('{0}', found.name)
      : found.atSea ? derived.dataset.sea : derived.dataset.none;
  } catch {
    derived.textContent = '';
  }
}

async function start() {
  for (const part of form.querySelectorAll('.js-only')) part.hidden = false;
  const map = createPlacePickerMap(mapElement);
  function place(x, y, move) {
    lon.value = x.toFixed(5);
    lat.value = y.toFixed(5);
    map.pin(x, y, move);
    showCountry();
  }
  map.countries(await json('/api/countries?detail=low'));
  map.onClick((x, y) => place(x, y, false));
  const point = numbers();
  if (point) place(point[0], point[1], true);
  for (const field of [lat, lon]) {
    field.addEventListener('change', () => {
      const typed = numbers();
      if (typed) place(typed[0], typed[1], true);
    });
  }
  let timer = null;
  let found = [];
  search.addEventListener('input', () => {
    clearTimeout(timer);
    const chosen = found.find((p) => label(p) === search.value);
    if (chosen) {
      place(chosen.lon, chosen.lat, true);
      return;
    }
    timer = setTimeout(async () => {
      if (search.value.trim().length < 2) return;
      try {
        const country = form.elements.namedItem('country').value;
        const url = `${search.dataset.api}?q=${encodeURIComponent(search.value.trim())}&limit=10`
          + (country ? `&country=${country}` : '');
        found = (await json(url)).items;
        suggestions.replaceChildren(...found.map((p) => {
          const option = document.createElement('option');
          option.value = label(p);
          return option;
        }));
      } catch {
        found = [];
      }
    }, 250);
  });
}

function label(p) {
  return placeLabel(p, search.dataset);
}

if (form && mapElement) {
  start().catch(() => { mapElement.hidden = true; });
}
