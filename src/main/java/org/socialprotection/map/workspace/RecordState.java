package org.socialprotection.map.workspace;

import org.socialprotection.map.workflow.PublicationStatus;

/**
 * Where a record stands in the workflow, for its form's buttons, and where the public reads it once published;
 * {@code pendingVersion} is the id of a new version waiting for review ({@link PendingVersions}), null for none.
 */
public record RecordState(long id, PublicationStatus status, String publicPath, Long pendingVersion) {

    public boolean published() {
        return status == PublicationStatus.PUBLISHED;
    }
}
