package org.socialprotection.map.workspace;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Sources in the JSON write API: an array of {@code {"title", "url", "accessed"}} objects, as the API shows them,
 * or, for scripts written before the forms had rows, one text of lines "Title | https://… | 2026-11-28". Both
 * become {@link SourceRow}s, which the editors check field by field.
 */
public final class SourceLines extends ValueDeserializer<List<SourceRow>> {

    @Override
    public List<SourceRow> deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return rows(p.getString());
        }
        return ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, SourceRow.class));
    }

    /** The lines of the text as rows; a line's parts are split at "|" and checked later, as a row's fields are. */
    public static List<SourceRow> rows(String text) {
        List<SourceRow> rows = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            rows.add(new SourceRow(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                    parts.length > 2 ? parts[2].strip() : null));
        }
        return rows;
    }
}
