package org.socialprotection.map.translation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;

/**
 * The texts of one record in every language it has: the original fields in its original language, and the
 * published translations. Readers get their language where a field has one; otherwise the original, never a blank
 * and never another translation, with the language it is in so that pages can say so and mark it.
 */
public final class Texts {

    /** A text as shown to a reader, and the language it is in. */
    public record Shown(String text, Language language) {

        public String lang() {
            return language.code();
        }
    }

    private final Language original;
    private final Map<String, String> originals;
    private final Map<Language, Map<String, String>> published;

    private Texts(Language original, Map<String, String> originals, Map<Language, Map<String, String>> published) {
        this.original = original;
        this.originals = originals;
        this.published = published;
    }

    /** The original's fields (a missing or blank one has no text in any language) and its published translations. */
    public static Texts of(Language original, Map<String, String> originals,
                           Map<Language, Map<String, String>> published) {
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        if (published != null) {
            published.forEach((language, fields) -> {
                if (language != original) {
                    copy.put(language, Map.copyOf(fields));
                }
            });
        }
        return new Texts(original, originals, copy);
    }

    public Language original() {
        return original;
    }

    /** The field for a reader of this language: its translation when published, else the original (null when none). */
    public Shown shown(String field, Language reader) {
        String text = originals.get(field);
        if (text == null || text.isBlank()) {
            return new Shown(null, original);
        }
        String translated = in(reader, field);
        return translated != null ? new Shown(translated, reader) : new Shown(text, original);
    }

    /** The field's text in this language, the original's or a published translation; null when it has none. */
    public String in(Language language, String field) {
        String text = language == original ? originals.get(field)
                : published.getOrDefault(language, Map.of()).get(field);
        return text == null || text.isBlank() ? null : text;
    }

    /** The languages a reader can read it in: the original's, and each with a published translation of a field. */
    public List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language == original || published.getOrDefault(language, Map.of()).values().stream()
                    .anyMatch(t -> t != null && !t.isBlank())) {
                languages.add(language);
            }
        }
        return languages;
    }
}
