package org.socialprotection.map.publication;

import java.util.List;
import java.util.Optional;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Publications extends JpaRepository<Publication, Long> {

    Optional<Publication> findBySlug(String slug);

    Optional<Publication> findByIdAndStatus(Long id, PublicationStatus status);

    /** The countries that published briefs (or podcasts) speak of: what a list page's country menu offers. */
    @Query("select distinct c from Publication p join p.countries c where p.type = :type and p.status = :status")
    List<String> countriesOf(PublicationType type, PublicationStatus status);

    /** Rows of (country, type, count) over the records of a status. */
    @Query("select c, p.type, count(p) from Publication p join p.countries c where p.status = :status group by c, p.type")
    List<Object[]> countsByCountry(PublicationStatus status);
}
