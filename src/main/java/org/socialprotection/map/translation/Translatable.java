package org.socialprotection.map.translation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.workspace.Actor;

/**
 * A record type whose texts can be translated, as its feature registers it: which fields, and the original of one
 * record as the actor may see it (a 404 otherwise, as its own form gives). A new type is one new implementation.
 */
public interface Translatable {

    /** A translation longer than this is refused, unless the type says a field is longer (a transcript). */
    int DEFAULT_MAX_LENGTH = 20_000;

    /** The record type's workspace segment ("observations"), which is also how its translations name it. */
    String segment();

    /** Its translatable fields, in the order forms show them, as the message keys "field.{name}" label them. */
    List<String> fields();

    /**
     * The fields this one record offers: a subset of {@link #fields()} (a brief has no transcript to translate,
     * while a podcast of the same type has), plus any numbered fields of its rows ("reform.0" of a scheme).
     */
    default List<String> fields(Original original) {
        return fields();
    }

    /** The longest translation of a field it takes: no longer than the longest original of that field. */
    default int maxLength(String field) {
        return DEFAULT_MAX_LENGTH;
    }

    /** The record's original texts, or a NotFoundException when the actor may not see it. */
    Original original(long id, Actor actor);

    /**
     * One record's original: what it is called, its language, its texts by field, and its edit form. A numbered
     * field ("reform.0") is labelled "field.reform" with its {@code labels} entry as the argument (the reform's date).
     */
    record Original(long id, String title, Language language, Map<String, String> texts, String editPath,
                    String historyPath, Map<String, String> labels) {

        public Original(long id, String title, Language language, Map<String, String> texts, String editPath,
                        String historyPath) {
            this(id, title, language, texts, editPath, historyPath, Map.of());
        }

        /** How forms label a field: its message key and the argument that tells a numbered one apart. */
        public Label label(String field) {
            return Label.of(field, labels.get(field));
        }
    }

    /**
     * A field's message key ("field.title", "field.reform" for "reform.2" with the reform's date) and the argument of
     * its message; "field.reform.numbered" with its number ("Reform 3") where the date is not known.
     */
    record Label(String code, String argument) {

        private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d+)");

        public static Label of(String field, String argument) {
            Matcher numbered = NUMBERED.matcher(field);
            if (!numbered.matches()) {
                return new Label("field." + field, argument);
            }
            return argument != null ? new Label("field." + numbered.group(1), argument)
                    : new Label("field." + numbered.group(1) + ".numbered",
                            String.valueOf(Integer.parseInt(numbered.group(2)) + 1));
        }
    }
}
