import { el } from './dom.js';
import { toQuery } from '../data/state.js';

/** The address of the embedded map of a state: the same filters, measure, view and selection, in the page's language. */
export function embedUrl(origin, query, lang) {
  const pairs = new URLSearchParams(query);
  pairs.delete('view');
  pairs.set('lang', lang);
  return `${origin}/embed?${toQuery([...pairs])}`;
}

/** The code a site pastes to embed the map; the title names the frame for screen readers. */
export function iframeCode(src, title) {
  const attr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="700" height="450" style="border:0" loading="lazy"></iframe>`;
}

/**
 * "Embed this map" (#embed-code, a <details>): the iframe code of what the map shows now, and a button that copies
 * it. Without scripts the box stays hidden (CSS shows it on pages marked "spmap-js"): its code needs the page's state.
 */
export function createEmbedCode(box, { t, lang, title }) {
  if (!box) return { write() {} };
  const code = box.querySelector('textarea');
  const copy = box.querySelector('button');
  const status = box.querySelector('[role=status]');
  copy?.addEventListener('click', async () => {
    code.select();
    let done = false;
    try {
      await navigator.clipboard.writeText(code.value);
      done = true;
    } catch {
      // the clipboard API needs a secure page; selecting the text and the old command still work elsewhere
      done = document.execCommand?.('copy') ?? false;
    }
    status.textContent = done ? t('js.embed.copied') : t('js.embed.copyByHand');
  });
  return {
    write(query) {
      code.value = iframeCode(embedUrl(location.origin, query, lang), title);
      status.textContent = '';
    },
  };
}

/** What an embedded map shows, in words: the measure, then each filter chosen. */
export function describe(state, { t, measureLabel, countryName }) {
  const parts = [measureLabel(state.measure)];
  if (state.kind.length === 1) parts.push(t(`kind.${state.kind[0]}`));
  if (state.group) parts.push(t(`group.${state.group}`));
  if (state.branch) parts.push(t(`branch.${state.branch}`));
  if (state.type) parts.push(t(`type.${state.type}`));
  if (state.place) parts.push(t(`placeType.${state.place}`));
  if (state.country) parts.push(countryName(state.country));
  if (state.from !== null || state.to !== null) parts.push([state.from ?? '…', state.to ?? '…'].join('–'));
  if (state.q) parts.push(`“${state.q}”`);
  return parts.join(' · ');
}

/** The embedded map's label (#embed-label): what it shows and a link to the same view in the whole atlas. */
export function createEmbedLabel(bar, { t, lang, ...names }) {
  if (!bar) return { write() {} };
  const what = el('span', { class: 'spmap-embed-what' });
  const back = el('a', { target: '_blank', rel: 'noopener' }, t('js.embed.open'));
  bar.replaceChildren(what, ' ', back);
  return {
    write(state, query) {
      what.textContent = describe(state, { t, ...names });
      back.href = `/?${toQuery([...new URLSearchParams(query), ['lang', lang]])}`;
    },
  };
}
