// The names and ids of a form's repeated rows: a row's fields are named list[3].field (what the server binds) and
// identified as list-3-field (what error messages and labels point at). Renumbering keeps the rows 0, 1, 2… so
// that the numbers the server puts in its messages ("Source 2") are the ones the page shows.

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name or id of a field of `list` moved to row `index`; any other text is returned as it is. */
export function renumbered(text, list, index) {
  if (!text) return text;
  const l = escaped(list);
  return text
    .replace(new RegExp(`^${l}\\[\\d+\\]`), `${list}[${index}]`)
    .replace(new RegExp(`(^|\\s)${l}-\\d+-`, 'g'), `$1${list}-${index}-`);
}

/** A legend pattern such as "Source {0}" for the row at `index`, counted from 1. */
export const legend = (pattern, index) => (pattern ?? '').replace('{0}', String(index + 1));
