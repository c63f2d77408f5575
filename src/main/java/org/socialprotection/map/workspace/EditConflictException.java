package org.socialprotection.map.workspace;

import java.util.Map;

/**
 * Someone else saved the record since the form was opened. Carries what they changed (field → their value) so that
 * the form can show it; nothing is overwritten silently.
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;
    private final String updatedBy;
    private final Map<String, String> theirValues;

    public EditConflictException(long currentVersion, String updatedBy, Map<String, String> theirValues) {
        super("the record was changed by " + updatedBy + " while you were editing it");
        this.currentVersion = currentVersion;
        this.updatedBy = updatedBy;
        this.theirValues = theirValues;
    }

    public long currentVersion() { return currentVersion; }
    public String updatedBy() { return updatedBy; }
    public Map<String, String> theirValues() { return theirValues; }
}
