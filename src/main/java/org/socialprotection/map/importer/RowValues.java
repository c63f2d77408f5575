package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialprotection.map.workspace.SourceRow;

/** How cells become form values: lists split on semicolons, codes folded to lowercase. */
final class RowValues {

    private RowValues() {
    }

    static List<String> codes(String text) {
        List<String> values = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[;,]")) {
                if (!part.isBlank()) {
                    values.add(code(part));
                }
            }
        }
        return values;
    }

    static String code(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT).replace(' ', '_')
                .replace('-', '_');
    }

    static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    /** "a; b" → one a line, as the forms' textareas take lists. */
    static String lines(String text) {
        if (text == null) {
            return null;
        }
        return String.join("\n", text.split("\\s*;\\s*"));
    }

    /** The row's one source, as a form's row; none when both cells are empty. */
    static List<SourceRow> source(String title, String url) {
        SourceRow row = new SourceRow(title, url, null);
        return row.blank() ? new ArrayList<>() : new ArrayList<>(List.of(row));
    }

    /** A form's error on a row of one of its lists ("sources[0].url") as the list and the row's field. */
    static String rowField(String formField) {
        return formField.replaceAll("\\[\\d+]", "");
    }

    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
