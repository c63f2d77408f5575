// Texts written by researchers come in the reader's language when a translation is published, otherwise in the
// record's original language: those carry their own lang attribute and say so, in the reader's language.

/** The lang attribute of a text shown in `shown` on a page in `ctx.lang`: none when they are the same. */
export function langAttr(shown, ctx) {
  return shown && ctx.lang && shown !== ctx.lang ? shown : null;
}

/** The language a record's texts fall back to, if any of them does (title first), else null. */
export function fallbackLanguage(p, ctx) {
  return [p.titleLanguage, p.narrativeLanguage, p.placeNameLanguage].map((l) => langAttr(l, ctx)).find(Boolean) ?? null;
}

const languageName = (code, ctx) => ctx.t(`js.language.${code}`);

/** "Not available in French; shown in English.", or null when nothing falls back. */
export function fallbackSentence(shown, ctx) {
  return shown ? ctx.t('js.translation.fallback', languageName(ctx.lang, ctx), languageName(shown, ctx)) : null;
}

/** The short form after a list item: "(in English)", the whole sentence as its title. */
export function fallbackMarker(shown, ctx, el) {
  const lang = langAttr(shown, ctx);
  return lang ? el('span', { class: 'spmap-translation-marker', title: fallbackSentence(lang, ctx) },
    ctx.t('js.translation.shownIn', languageName(lang, ctx))) : null;
}
