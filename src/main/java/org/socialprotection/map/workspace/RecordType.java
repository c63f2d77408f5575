package org.socialprotection.map.workspace;

import java.util.Locale;
import org.socialprotection.map.workflow.AtlasRecord;

/**
 * A kind of record researchers maintain, as its editor registers it.
 *
 * @param segment its path segment in the workspace and the API ("schemes")
 * @param entity the stored class
 * @param readsOne whether {@code /api/{segment}/{id}} reads one record back (indicator values are read by country)
 */
public record RecordType(String segment, Class<? extends AtlasRecord> entity, boolean readsOne) {

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
