import { fill } from './format.js';

// A missing label shows its key: visible in review, never a crash or an empty button.
// t.count(key, n, ...args) picks the plural form of `key` for n under the language's rules (Intl.PluralRules:
// French counts 0 and 1 as singular, English only 1): `key.one`, `key.other`, … falling back to `key.other`.
// Its {0} is n as the caller formatted it (shown), so "1 204" keeps the page's digits.
export function translator(labels = {}, lang = 'en') {
  const has = (key) => Object.hasOwn(labels, key);
  const t = (key, ...args) => {
    const text = has(key) ? String(labels[key]) : key;
    return args.length ? fill(text, args) : text;
  };
  const rules = new Intl.PluralRules(lang);
  t.count = (key, n, shown = String(n), ...rest) => {
    const form = `${key}.${rules.select(n)}`;
    return t(has(form) ? form : `${key}.other`, shown, ...rest);
  };
  // "Label:" with the language's space before the colon (a narrow no-break space in French)
  t.colon = (label) => t('js.colon', label);
  return t;
}
