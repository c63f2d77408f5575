package org.socialprotection.map.scheme;

import java.util.List;
import java.util.Optional;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Schemes extends JpaRepository<Scheme, Long> {

    Optional<Scheme> findBySlug(String slug);

    /**
     * What the observation form's scheme picker offers: the schemes of a country ("" for every country) whose
     * names or acronym contain {@code text}, given as a lower-case LIKE pattern ("%" for any).
     */
    @Query("select s from Scheme s where (:country = '' or s.countryIso3 = :country) and lower(concat("
            + "coalesce(s.officialName, ''), ' ', coalesce(s.nameEn, ''), ' ', coalesce(s.nameFr, ''), ' ',"
            + " coalesce(s.nameEs, ''), ' ', coalesce(s.acronym, ''))) like :text escape '!'"
            + " order by s.countryIso3, s.officialName")
    List<Scheme> findForPicker(String country, String text);

    Optional<Scheme> findByIdAndStatus(Long id, PublicationStatus status);
}
