package org.socialprotection.map.workspace;

import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workflow.PublicationStatus;

/** Who may change a stored record through a form or the API: the rules of {@link ObservationEditor}, shared. */
final class EditRules {

    private EditRules() {
    }

    /** The record to edit, as its actor may see it (404 otherwise); a researcher edits drafts only (403). */
    static <T extends AtlasRecord> T editable(Workflow workflow, RecordType type, long id, Actor actor,
                                              Class<T> entity) {
        T record = entity.cast(workflow.load(type, id, actor));
        if (!actor.editor() && record.getStatus() != PublicationStatus.DRAFT) {
            throw new WorkflowException(WorkflowException.Reason.FORBIDDEN,
                    "a researcher edits drafts only; ask an editor to send it back to draft");
        }
        return record;
    }
}
