package org.socialprotection.map.observation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Observations extends JpaRepository<Observation, Long> {

    Optional<Observation> findBySlug(String slug);

    Optional<Observation> findByIdAndStatus(Long id, PublicationStatus status);

    /** Survey record id, id, author and status of every observation imported from a survey tool. */
    @Query("select o.surveyRecordId, o.id, o.createdBy, o.status from Observation o where o.surveyRecordId is not null")
    List<Object[]> surveyRecords();

    /** Title, point, start date and id of every observation: what an import finds repeated rows by. */
    @Query("select o.title, o.location, o.observedFrom, o.id from Observation o order by o.id")
    List<Object[]> titlesPlacesAndDates();
}
