package org.socialprotection.map.collection;

import java.util.List;
import java.util.Optional;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** The collections; public readers ask only for published ones. */
public interface Collections extends JpaRepository<Collection, Long> {

    Optional<Collection> findBySlug(String slug);

    Optional<Collection> findBySlugAndStatus(String slug, PublicationStatus status);

    List<Collection> findByStatusOrderByTitleEn(PublicationStatus status);

    List<Collection> findByObservationsIdAndStatus(Long observationId, PublicationStatus status);
}
