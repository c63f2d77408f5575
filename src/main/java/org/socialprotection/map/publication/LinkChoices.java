package org.socialprotection.map.publication;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.Choice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observations, schemes and publications a form may link (a brief or podcast, a collection), as its actor may see
 * them: editors see every record, researchers published records and their own, and every form keeps the links it
 * already has. Another researcher's draft is never offered, so its id cannot be linked either.
 */
@Service
@Transactional(readOnly = true)
public class LinkChoices {

    private final EntityManager entityManager;

    LinkChoices(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Choice> observations(Actor actor, Collection<Long> linked) {
        return choices("select o.id, o.title from Observation o", "o", "o.title", actor, linked);
    }

    public List<Choice> schemes(Actor actor, Collection<Long> linked) {
        return choices("select s.id, concat(s.countryIso3, ' · ', s.officialName) from Scheme s", "s",
                "s.countryIso3, s.officialName", actor, linked);
    }

    /** Briefs and podcast episodes, named by their type's code and title. */
    public List<Choice> publications(Actor actor, Collection<Long> linked) {
        return choices("select p.id, concat(case when p.type = org.socialprotection.map.publication.PublicationType.BRIEF"
                + " then 'brief' else 'podcast' end, ' · ', p.title) from Publication p", "p", "p.type, p.title", actor,
                linked);
    }

    private List<Choice> choices(String select, String alias, String order, Actor actor, Collection<Long> linked) {
        String visible = actor.editor() ? "" : " where " + alias + ".status = :published or " + alias
                + ".createdBy = :user or " + alias + ".id in :linked";
        var query = entityManager.createQuery(select + visible + " order by " + order, Object[].class);
        if (!actor.editor()) {
            query.setParameter("published", PublicationStatus.PUBLISHED).setParameter("user", actor.username())
                    .setParameter("linked", linked == null || linked.isEmpty() ? List.of(-1L) : linked);
        }
        return query.getResultList().stream().map(row -> new Choice((Long) row[0], (String) row[1])).toList();
    }
}
