package org.socialprotection.map.workspace;

/** A workflow move that cannot be made, with the reason to show. */
public class WorkflowException extends RuntimeException {

    public enum Reason { FORBIDDEN, WRONG_STATE, NO_SOURCE, COMMENT_REQUIRED }

    private final Reason reason;

    public WorkflowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
