package org.socialprotection.map.workflow;

import org.socialprotection.map.atlas.Coded;

/** Only published records are ever shown to the public. */
public enum PublicationStatus implements Coded {
    DRAFT, IN_REVIEW, PUBLISHED;

    /** The workspace labels statuses "status.draft". */
    @Override
    public String labelPrefix() {
        return "status";
    }
}
