package org.socialprotection.map.publication;

import java.util.Optional;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Publications extends JpaRepository<Publication, Long> {

    Optional<Publication> findBySlug(String slug);

    Optional<Publication> findByIdAndStatus(Long id, PublicationStatus status);
}
