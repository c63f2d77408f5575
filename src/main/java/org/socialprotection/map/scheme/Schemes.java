package org.socialprotection.map.scheme;

import java.util.Optional;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Schemes extends JpaRepository<Scheme, Long> {

    Optional<Scheme> findBySlug(String slug);

    Optional<Scheme> findByIdAndStatus(Long id, PublicationStatus status);
}
