package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** Who may change a stored record through a form or the API: the rules of {@link ObservationEditor}, shared. */
final class EditRules {

    private EditRules() {
    }

    /**
     * The record to edit, as its actor may see it (404 otherwise). A researcher edits drafts only: a record in
     * review or published is refused as being in the wrong state, since sending it back to draft is the way on.
     */
    static <T extends AtlasRecord> T editable(Workflow workflow, RecordType type, long id, Actor actor,
                                              Class<T> entity) {
        T record = entity.cast(workflow.load(type, id, actor));
        if (!actor.editor() && record.getStatus() != PublicationStatus.DRAFT) {
            throw new WorkflowException(WorkflowException.Reason.WRONG_STATE,
                    "a researcher edits drafts only; ask an editor to send it back to draft");
        }
        return record;
    }

    /** The page a form shows when the workflow refuses an edit: 403 for a role, 409 for a record's state. */
    static String refused(WorkflowException e, Model model, HttpServletResponse response) {
        response.setStatus(e.reason() == WorkflowException.Reason.FORBIDDEN ? HttpStatus.FORBIDDEN.value()
                : HttpStatus.CONFLICT.value());
        model.addAttribute("error", e.getMessage());
        return "workspace/forbidden";
    }
}
