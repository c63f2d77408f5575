package org.socialprotection.map.workspace;

import java.util.List;
import org.socialprotection.map.workflow.AtlasRecord;

/** A workflow move that cannot be made, with the reason to show. */
public class WorkflowException extends RuntimeException {

    public enum Reason { FORBIDDEN, WRONG_STATE, NO_SOURCE, COMMENT_REQUIRED, UNPUBLISHED_LINKS }

    private final Reason reason;
    private final List<AtlasRecord> unpublishedLinks;

    public WorkflowException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    WorkflowException(Reason reason, String message, List<AtlasRecord> unpublishedLinks) {
        super(message);
        this.reason = reason;
        this.unpublishedLinks = List.copyOf(unpublishedLinks);
    }

    /** The linked records that keep a record from being published, for the page to link to. */
    List<AtlasRecord> unpublishedLinks() {
        return unpublishedLinks;
    }

    public Reason reason() {
        return reason;
    }
}
