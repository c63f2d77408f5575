/** Keeps the language links (nav.lang) on the same view of the map, in the other language. */
export function updateLanguageLinks(query) {
  for (const a of document.querySelectorAll('nav.lang a[hreflang]')) {
    const lang = encodeURIComponent(a.getAttribute('hreflang'));
    a.href = `${location.pathname}?${query ? `${query}&` : ''}lang=${lang}`;
  }
}
