import { serialize } from './state.js';

/**
 * The state in the address bar. Filters and selections push an entry; pans and zooms replace the current one
 * after a pause, so Back walks through what the visitor chose, not through every drag.
 */
export function createHistory({ lang = '', onPop, delay = 400 }) {
  let timer = 0;
  let pending = null;

  const url = (s) => {
    const q = serialize(s, { lang });
    return `${location.pathname}${q ? `?${q}` : ''}`;
  };
  const here = () => `${location.pathname}${location.search}`;

  function flush() {
    clearTimeout(timer);
    if (pending) history.replaceState(null, '', url(pending));
    pending = null;
  }

  addEventListener('popstate', () => {
    // A pending replace belongs to the entry we just left.
    clearTimeout(timer);
    pending = null;
    onPop(location.search);
  });

  return {
    url,
    push(s) {
      flush();
      const next = url(s);
      if (next !== here()) history.pushState(null, '', next);
    },
    replace(s) {
      clearTimeout(timer);
      pending = null;
      history.replaceState(null, '', url(s));
    },
    replaceLater(s) {
      pending = s;
      clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
  };
}
