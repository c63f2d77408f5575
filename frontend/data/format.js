// Numbers, dates and templates in the page's language; pure, so it runs in node --test as in the browser.

export function fill(template, args = []) {
  return String(template).replace(/\{(\d+)\}/g, (m, i) => (i < args.length ? String(args[i]) : m));
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function createFormat(lang) {
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  // UTC both ways, or a visitor west of Greenwich would see the day before.
  const month = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

  const number = (n) => num.format(n);
  const value = (n, unit) => (unit === 'percent' ? pct.format(n / 100) : number(n));

  // A partial date keeps its precision: "2004" stays a year, never 1 January 2004.
  function date(text) {
    const m = PARTIAL_DATE.exec(text ?? '');
    if (!m) return text ?? '';
    const [, y, mo, d] = m;
    if (!mo) return y;
    const t = Date.UTC(+y, +mo - 1, d ? +d : 1);
    const back = new Date(t);
    if (back.getUTCMonth() !== +mo - 1 || (d && back.getUTCDate() !== +d)) return text;
    return (d ? day : month).format(t);
  }

  function period(from, to) {
    if (from && to && from !== to) return `${date(from)} – ${date(to)}`;
    return date(from || to || '');
  }

  return { number, value, date, period };
}

const WORD = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The acronym to show after a scheme's name, or '' when there is none or the name already holds it as a word
 * ("Livelihood Empowerment Against Poverty (LEAP)" stays as it is, never "(LEAP) (LEAP)"). Same rule as the
 * server's Wording.acronymAfter.
 */
export function acronymAfter(name, acronym) {
  const a = (acronym ?? '').trim();
  if (!a) return '';
  if (!name) return a;
  return new RegExp(`(?<![\\p{L}\\p{N}])${WORD(a)}(?![\\p{L}\\p{N}])`, 'iu').test(name) ? '' : a;
}

/** A scheme's name with its acronym after it where acronymAfter shows one. */
export function schemeName(name, acronym) {
  const a = acronymAfter(name, acronym);
  return a ? `${name} (${a})` : (name ?? '');
}

/** The message key of a region or subregion name, as the server's CountryView.regionKey. */
export function regionKey(name) {
  return name ? `region.${name.toLowerCase().replace(/[ -]/g, '_')}` : null;
}
