package org.socialprotection.map.importer;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Finds a scheme a spreadsheet names: by its official, English, French or Spanish name, its acronym or its slug. */
@Component
class SchemeNames {

    private final EntityManager entityManager;

    SchemeNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids of the schemes of that name, whatever its case: one when the name is clear. */
    List<Long> named(String name) {
        return entityManager.createQuery("select s.id from Scheme s where lower(s.officialName) = :n"
                        + " or lower(s.nameEn) = :n or lower(s.nameFr) = :n or lower(s.nameEs) = :n"
                        + " or lower(s.acronym) = :n or s.slug = :n", Long.class)
                .setParameter("n", name.trim().toLowerCase(Locale.ROOT)).setMaxResults(2).getResultList();
    }
}
