package org.socialprotection.map.workspace;

import org.socialprotection.map.workflow.PublicationStatus;

/** Where a record stands in the workflow, for its form's buttons, and where the public reads it once published. */
public record RecordState(long id, PublicationStatus status, String publicPath) {

    public boolean published() {
        return status == PublicationStatus.PUBLISHED;
    }
}
