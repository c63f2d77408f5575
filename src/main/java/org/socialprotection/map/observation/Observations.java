package org.socialprotection.map.observation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Observations extends JpaRepository<Observation, Long> {

    Optional<Observation> findBySlug(String slug);

    Optional<Observation> findByIdAndStatus(Long id, PublicationStatus status);

    /** Title, country and id of every observation, oldest first: what an import checks its rows against. */
    @Query("select o.title, o.countryIso3, o.id from Observation o order by o.id")
    List<Object[]> titlesByCountry();
}
