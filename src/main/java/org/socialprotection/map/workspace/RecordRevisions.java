package org.socialprotection.map.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordRevisions extends JpaRepository<RecordRevision, Long> {

    Optional<RecordRevision> findByRecordTypeAndRecordIdAndStatus(String typeCode, long recordId,
                                                                 RecordRevision.Status status);

    List<RecordRevision> findByStatusOrderByCreatedAt(RecordRevision.Status status);
}
