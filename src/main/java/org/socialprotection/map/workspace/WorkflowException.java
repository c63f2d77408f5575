package org.socialprotection.map.workspace;

/** A workflow move that cannot be made, with the reason to show. */
class WorkflowException extends RuntimeException {

    enum Reason { FORBIDDEN, WRONG_STATE, NO_SOURCE, COMMENT_REQUIRED }

    private final Reason reason;

    WorkflowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
