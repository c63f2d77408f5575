import test from 'node:test';
import assert from 'node:assert/strict';
import { langAttr, fallbackLanguage, fallbackSentence, fallbackMarker } from '../../ui/translated.js';
import { translator } from '../../data/labels.js';

const fr = {
  lang: 'fr',
  t: translator({
    'js.translation.fallback': 'Pas disponible en {0} ; affiché en {1}.', 'js.translation.shownIn': '(en {0})',
    'js.language.fr': 'français', 'js.language.en': 'anglais',
  }),
};

test('a text in the reader\'s language needs no lang attribute; one in another language carries its own', () => {
  assert.equal(langAttr('fr', fr), null);
  assert.equal(langAttr('en', fr), 'en');
  assert.equal(langAttr(undefined, fr), null);
});

test('a record that falls back says so in the reader\'s language, naming the language shown', () => {
  assert.equal(fallbackLanguage({ titleLanguage: 'fr', narrativeLanguage: 'fr' }, fr), null);
  assert.equal(fallbackLanguage({ titleLanguage: 'fr', narrativeLanguage: 'en' }, fr), 'en');
  assert.equal(fallbackSentence('en', fr), 'Pas disponible en français ; affiché en anglais.');
  assert.equal(fallbackSentence(null, fr), null);
});

test('the list marker is short, with the sentence as its title, and absent for a translated item', () => {
  const el = (tag, attrs, text) => ({ tag, attrs, text });
  assert.deepEqual(fallbackMarker('en', fr, el), { tag: 'span', attrs: { class: 'spmap-translation-marker',
    title: 'Pas disponible en français ; affiché en anglais.' }, text: '(en anglais)' });
  assert.equal(fallbackMarker('fr', fr, el), null);
});
