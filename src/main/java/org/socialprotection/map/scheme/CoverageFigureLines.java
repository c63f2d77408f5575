package org.socialprotection.map.scheme;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Effective coverage figures in the JSON write API: an array of
 * {@code {"value", "unit", "year", "group", "source": {"title", "url"}}} objects, or, for scripts written before
 * the form had rows, one text of lines "value | unit | year | group | source title | source URL". Both become
 * {@link SchemeForm.FigureRow}s, which {@link SchemeRowChecks} checks field by field.
 */
final class CoverageFigureLines extends ValueDeserializer<List<SchemeForm.FigureRow>> {

    @Override
    public List<SchemeForm.FigureRow> deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return rows(p.getString());
        }
        return ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class,
                SchemeForm.FigureRow.class));
    }

    static List<SchemeForm.FigureRow> rows(String text) {
        List<SchemeForm.FigureRow> rows = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            SchemeForm.FigureRow row = new SchemeForm.FigureRow();
            row.setValue(part(parts, 0));
            row.setUnit(part(parts, 1));
            row.setYear(part(parts, 2));
            row.setGroup(part(parts, 3));
            row.setSource(new SchemeForm.CitedSource(part(parts, 4), part(parts, 5)));
            rows.add(row);
        }
        return rows;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i].strip() : null;
    }
}
