import { filterPairs, withQuery } from '../data/api.js';

/** Keeps the download links (#downloads) on exactly what the filters show. */
export function updateDownloadLinks(state) {
  for (const a of document.querySelectorAll('#downloads a[data-format]')) {
    a.href = withQuery(a.dataset.base, [['format', a.dataset.format], ...filterPairs(state)]);
  }
}
