package org.socialprotection.map.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.translation.Translatable;
import org.socialprotection.map.translation.TranslationDesk;
import org.socialprotection.map.workspace.Actor;

/**
 * A record's texts in one column per language, as the exports write them (title_fr, narrative_es, description_fr,
 * ...). The column of the record's own language fills the plain column when that is empty and must agree with it
 * otherwise; the other languages become the importer's translation drafts, checked with the row and saved with the
 * record, never public before an editor publishes them.
 */
final class TranslatedColumns {

    /** The longest translated text, as the translations page takes it, unless a field's is longer. */
    static final int MAX_LENGTH = Translatable.DEFAULT_MAX_LENGTH;

    /** Column base name (title, place_name) to the field the translations page knows it by (title, placeName). */
    private final Map<String, String> fields;
    /** By field, the longest text where it is not {@link #MAX_LENGTH} (a transcript). */
    private final Map<String, Integer> longest;

    TranslatedColumns(Map<String, String> fields) {
        this(fields, Map.of());
    }

    TranslatedColumns(Map<String, String> fields, Map<String, Integer> longest) {
        this.fields = Map.copyOf(fields);
        this.longest = Map.copyOf(longest);
    }

    /** One column a language and text: title_en, title_fr, title_es, ... */
    void addTo(Map<String, List<String>> columns) {
        fields.keySet().stream().sorted().forEach(base -> {
            for (Language language : Language.values()) {
                columns.put(base + "_" + language.code(), List.of(base + "_" + language.code()));
            }
        });
    }

    /**
     * Reads the row's texts in every language: the original's into {@code own} (by field), the others returned by
     * language code and field. Too long a text, or an original's column that says otherwise than the plain one, is a
     * problem of the row.
     */
    Map<String, Map<String, String>> read(Table.Row row, Map<String, String> columnOf, Language original,
                                          Function<String, String> own, BiConsumer<String, String> setOwn,
                                          List<ImportReport.Problem> problems, Reasons reasons) {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                String column = columnOf.get(field.getKey() + "_" + language.code());
                String text = row.get(column);
                if (text == null || text.isBlank()) {
                    continue;
                }
                text = text.strip();
                int max = longest.getOrDefault(field.getValue(), MAX_LENGTH);
                if (text.length() > max) {
                    problems.add(new ImportReport.Problem(row.number(), column, null,
                            reasons.text("textLength", String.valueOf(max))));
                } else if (language != original) {
                    texts.put(field.getValue(), text);
                } else if (own.apply(field.getValue()) == null || own.apply(field.getValue()).isBlank()) {
                    setOwn.accept(field.getValue(), text);
                } else if (!own.apply(field.getValue()).strip().equals(text)) {
                    problems.add(new ImportReport.Problem(row.number(), column, text,
                            reasons.text("originalDiffers", field.getKey(), language.code())));
                }
            }
            if (!texts.isEmpty()) {
                translations.put(language.code(), texts);
            }
        }
        return translations;
    }

    /**
     * Saves the texts as the importer's drafts of the record's translations. A language the stored record turns out
     * to be written in (a re-import that left out original_language) is its own text, not a translation: left.
     */
    static void save(TranslationDesk desk, String segment, long id, Language recordOriginal,
                     Map<String, Map<String, String>> translations, String username) {
        translations.forEach((code, texts) -> Language.of(code).filter(language -> language != recordOriginal)
                .ifPresent(language -> desk.save(segment, id, language, texts, false, Actor.researcher(username))));
    }
}
