package org.socialprotection.map.observation;

import java.util.Optional;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Observations extends JpaRepository<Observation, Long> {

    Optional<Observation> findBySlug(String slug);

    Optional<Observation> findByIdAndStatus(Long id, PublicationStatus status);

    /** An existing record with the same title in the same country: a probable duplicate of an imported row. */
    Optional<Observation> findFirstByTitleIgnoreCaseAndCountryIso3(String title, String countryIso3);
}
