package org.socialprotection.map.workspace;

import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.validation.Errors;

/**
 * An editor whose published records can take a new version that waits for review ({@link PendingVersions}): it
 * checks a form as its save would, without changing anything, so that the waiting values are known to be valid.
 */
public interface VersionedEditor<F extends RecordForm, E extends AtlasRecord> extends RecordEditor<F, E> {

    /**
     * Every check of {@link #save} on {@code form} for the record it names, as {@code actor} may see it; true when
     * {@code errors} is still empty. Nothing is stored, and the form's version is not compared.
     */
    boolean check(F form, Errors errors, Actor actor);
}
