package org.socialprotection.map.atlas;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the atlas is published in. */
public enum Language implements Coded {
    EN, FR, ES;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Picks the text in this language, falling back to English where a translation is missing. */
    public String pick(String en, String fr, String es) {
        String text = switch (this) {
            case EN -> en;
            case FR -> fr;
            case ES -> es;
        };
        return text == null || text.isBlank() ? en : text;
    }

    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return Coded.find(Language.class, Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage());
    }

    /** The best of our languages for a list of preferred locales (Accept-Language order), English otherwise. */
    public static Language bestFor(List<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Language> language = of(locale.getLanguage());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return EN;
    }
}
