package org.socialprotection.map.workspace;

import java.util.List;
import java.util.Locale;
import org.socialprotection.map.workflow.AtlasRecord;

/**
 * A kind of record researchers maintain, as its editor registers it.
 *
 * @param segment its path segment in the workspace and the API ("schemes")
 * @param entity the stored class
 * @param readsOne whether {@code /api/{segment}/{id}} reads one record back (indicator values are read by country)
 * @param textFields the entity's fields the workspace's record list searches for its text query
 * @param countryField the entity's field holding its country's ISO3 code, or its codes when {@code manyCountries};
 *                     null for a type that belongs to no country (collections), left out when a country is asked
 * @param manyCountries whether a record concerns a set of countries (briefs and podcasts) rather than one
 */
public record RecordType(String segment, Class<? extends AtlasRecord> entity, boolean readsOne,
                         List<String> textFields, String countryField, boolean manyCountries) {

    public RecordType {
        textFields = List.copyOf(textFields);
        // identifiers go into JPQL: only plain field names, never text from a request
        if (textFields.isEmpty() || !textFields.stream().allMatch(f -> f.matches("[a-zA-Z][a-zA-Z0-9]*"))
                || countryField != null && !countryField.matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("the search fields of " + segment + " must be field names");
        }
    }

    /** How review comments name the type in the database ("SCHEMES"). */
    public String code() {
        return segment.toUpperCase(Locale.ROOT);
    }

    public String historyPath(long id) {
        return "/workspace/history/" + segment + "/" + id;
    }

    public String editPath(long id) {
        return "/workspace/" + segment + "/" + id + "/edit";
    }
}
