package org.socialprotection.map.workspace;

import org.socialprotection.map.workflow.AtlasRecord;

/** A record in a workspace list. */
public record WorkspaceRow(String type, long id, String title, String status, String createdBy) {

    static WorkspaceRow of(RecordType type, AtlasRecord record) {
        return new WorkspaceRow(type.segment(), record.getId(), record.title(), record.getStatus().code(),
                record.getCreatedBy());
    }
}
