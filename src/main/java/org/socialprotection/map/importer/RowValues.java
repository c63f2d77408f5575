package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** A source as the forms write it: "Title | URL". */
    static String source(String title, String url) {
        if (title == null || title.isBlank()) {
            return null;
        }
        return title.replace("|", "/").trim() + (url == null || url.isBlank() ? "" : " | " + url.trim());
    }

    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
