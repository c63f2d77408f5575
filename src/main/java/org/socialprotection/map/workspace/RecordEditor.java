package org.socialprotection.map.workspace;

import java.util.Map;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.Errors;

/**
 * The one contract for editing a record, implemented once per type in its feature. The workflow, the workspace
 * lists, the history, the forms, the JSON API and the importer know the types only through the registered editors
 * ({@link RecordTypes}), so a new record type is one implementation of this, not edits in five files.
 *
 * @param <F> the form: text as typed
 * @param <E> the stored record
 */
public interface RecordEditor<F extends RecordForm, E extends AtlasRecord> {

    RecordType type();

    /** The form of a stored record, as its actor may see it (404 otherwise). */
    F formOf(long id, Actor actor);

    /**
     * Checks every field before anything changes and saves. Returns null when {@code errors} holds what to correct;
     * throws {@link EditConflictException} with the other person's values when the form's version is not the stored
     * one, and {@link WorkflowException} when the actor may not edit the record.
     */
    E save(F form, Errors errors, Actor actor);

    /** The fields whose stored value differs from what the form sent: what the other person changed. */
    Map<String, String> differences(F mine, F theirs);

    /**
     * A constraint of the database refused the save after the checks passed (another save raced this one): say on
     * which field and return true, or return false when it is not a mistake of the form.
     */
    default boolean refused(DataIntegrityViolationException e, Errors errors) {
        return false;
    }
}
