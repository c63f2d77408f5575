// Every node that carries text from the database is built here: strings become text nodes, never markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false && c !== ''));
  return node;
}

// Sources are typed in by people; only web links become links, so a "javascript:" URL stays inert text.
export function safeHref(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link, or the bare text when the address is not a web link; embedded maps open links in the whole tab. */
export function link(ctx, href, text, attrs = {}) {
  const safe = safeHref(href);
  if (!safe) return el('span', {}, text);
  return el('a', { href, target: ctx.embed ? '_top' : null, ...attrs }, text);
}

export const pageHref = (template, vars) =>
  template.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? encodeURIComponent(vars[k]) : m));

/** A list of label / value rows, leaving out rows without a value. */
export function facts(rows) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== ''
    && !(Array.isArray(value) && !value.length));
  return shown.length ? el('dl', { class: 'spmap-facts' }, shown.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])) : null;
}
