package org.socialprotection.map.workspace;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace lists: what waits for an editor's review, and a researcher's unpublished records. */
@Service
@Transactional(readOnly = true)
class ReviewQueue {

    private final EntityManager entityManager;
    private final RecordTypes types;

    ReviewQueue(EntityManager entityManager, RecordTypes types) {
        this.entityManager = entityManager;
        this.types = types;
    }

    /** In-review records by type, oldest first. */
    Map<RecordType, List<WorkspaceRow>> inReview() {
        Map<RecordType, List<WorkspaceRow>> queue = new LinkedHashMap<>();
        for (RecordType type : types.all()) {
            queue.put(type, entityManager.createQuery("select r from " + type.entity().getSimpleName()
                    + " r where r.status = :status order by r.updatedAt", AtlasRecord.class)
                    .setParameter("status", PublicationStatus.IN_REVIEW).getResultList().stream()
                    .map(r -> WorkspaceRow.of(type, r)).toList());
        }
        return queue;
    }

    /** A researcher's own records that are not published yet, latest change first. */
    Map<RecordType, List<WorkspaceRow>> draftsOf(String username) {
        Map<RecordType, List<WorkspaceRow>> drafts = new LinkedHashMap<>();
        for (RecordType type : types.all()) {
            drafts.put(type, entityManager.createQuery("select r from " + type.entity().getSimpleName()
                    + " r where r.createdBy = :user and r.status <> :published order by r.updatedAt desc",
                    AtlasRecord.class).setParameter("user", username)
                    .setParameter("published", PublicationStatus.PUBLISHED).getResultList().stream()
                    .map(r -> WorkspaceRow.of(type, r)).toList());
        }
        return drafts;
    }
}
