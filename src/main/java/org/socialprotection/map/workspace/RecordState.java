package org.socialprotection.map.workspace;

import org.socialprotection.map.workflow.PublicationStatus;

/** Where a record stands in the workflow, for its form's buttons. */
public record RecordState(long id, PublicationStatus status) {

    public boolean published() {
        return status == PublicationStatus.PUBLISHED;
    }
}
