package org.socialprotection.map.workspace;

import java.io.Serializable;
import org.socialprotection.map.workflow.AtlasRecord;

/**
 * A record in a workspace list. Serializable: a refused publication carries its rows to the next page as a flash
 * attribute, and flash attributes live in the session, which the database stores.
 */
public record WorkspaceRow(String type, long id, String title, String status, String createdBy)
        implements Serializable {

    static WorkspaceRow of(RecordType type, AtlasRecord record) {
        return new WorkspaceRow(type.segment(), record.getId(), record.title(), record.getStatus().code(),
                record.getCreatedBy());
    }
}
