package org.socialprotection.map.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewComments extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByRecordTypeAndRecordIdOrderByCreatedAtDesc(String typeCode, long id);
}
