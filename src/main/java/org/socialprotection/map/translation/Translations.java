package org.socialprotection.map.translation;

import java.util.List;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface Translations extends JpaRepository<Translation, Long> {

    List<Translation> findByRecordTypeAndRecordIdOrderByFieldAscLanguageAsc(String recordType, long recordId);

    List<Translation> findByRecordTypeAndRecordIdAndLanguage(String recordType, long recordId, String language);

    List<Translation> findByStatusOrderByUpdatedAt(PublicationStatus status);
}
