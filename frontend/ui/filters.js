import { parse, FILTERS } from '../data/state.js';

const TYPED = new Set(['search', 'text', 'number']);

/**
 * The filter form (#filters) applies as it changes instead of reloading the page. It is a GET form whose
 * query string is the state, so reading it goes through the same validation as the address bar.
 */
export function createFilters(form, { measures, onChange }) {
  const submit = form.querySelector('button[type=submit]');
  if (submit) submit.hidden = true;
  let timer = 0;

  function read() {
    const s = parse(new URLSearchParams(new FormData(form)), measures);
    const picked = Object.fromEntries(FILTERS.map((k) => [k, s[k]]));
    return form.elements.namedItem('measure') ? { ...picked, measure: s.measure } : picked;
  }
  const apply = () => {
    clearTimeout(timer);
    onChange(read());
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('change', apply);
  form.addEventListener('input', (e) => {
    const field = e.target;
    if (!TYPED.has(field.type)) return;
    // "2" on the way to "2019" is not a year to filter by.
    if (field.type === 'number' && field.value !== '' && !/^\d{4}$/.test(field.value)) return;
    clearTimeout(timer);
    timer = setTimeout(apply, 300);
  });

  return {
    write(s) {
      for (const field of form.elements) {
        if (!field.name) continue;
        if (field.type === 'checkbox' && field.name === 'kind') {
          // No kind chosen means both are shown, so both boxes are ticked.
          field.checked = !s.kind.length || s.kind.includes(field.value);
        } else if (field.type === 'checkbox' && field.name === 'collection') {
          // the box carries the collection's slug: unticking it leaves the collection
          field.checked = s.collection === field.value;
        } else if (field.type === 'radio') {
          field.checked = field.value === s[field.name];
          // what a group filter matches means nothing without a group
          if (field.name === 'groupMatch') field.disabled = !s.group;
        } else if (field.name in s && field.type !== 'submit') {
          const value = s[field.name] === null ? '' : String(s[field.name]);
          const typing = field === document.activeElement && field.value.trim() === value;
          if (!typing && field.value !== value) field.value = value;
        }
      }
    },
  };
}
