package org.socialprotection.map.workspace;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's list of the records one may edit, whatever their status: every record for an editor, one's own
 * for a researcher. Filtered in the database by type, status, country and words of the title (each type names its
 * fields in its {@link RecordType}), latest change first.
 */
@Service
@Transactional(readOnly = true)
class RecordSearch {

    private final EntityManager entityManager;
    private final RecordTypes types;

    RecordSearch(EntityManager entityManager, RecordTypes types) {
        this.entityManager = entityManager;
        this.types = types;
    }

    Page<WorkspaceRow> find(RecordQuery query, Actor actor) {
        List<RecordType> searched = query.type() == null ? types.all() : List.of(query.type());
        long matched = 0;
        // rows of every type, each type's first (offset + size) at most: the page is among them once merged by date
        List<Dated> candidates = new ArrayList<>();
        for (RecordType type : searched) {
            if (query.country() != null && type.countryField() == null) {
                continue;
            }
            matched += typed(type, query, actor, "select count(r) from ", Long.class).getSingleResult();
            typed(type, query, actor, "select r from ", AtlasRecord.class)
                    .setMaxResults(query.offset() + RecordQuery.SIZE).getResultList()
                    .forEach(r -> candidates.add(new Dated(WorkspaceRow.of(type, r), r)));
        }
        List<WorkspaceRow> rows = candidates.stream()
                .sorted(Comparator.comparing((Dated d) -> d.record().getUpdatedAt(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(d -> d.row().type())
                        .thenComparing(d -> d.row().id(), Comparator.reverseOrder()))
                .skip(query.offset()).limit(RecordQuery.SIZE).map(Dated::row).toList();
        return new Page<>(matched, RecordQuery.SIZE, query.offset(), rows);
    }

    private record Dated(WorkspaceRow row, AtlasRecord record) {
    }

    /** The query of one type; the identifiers come from its {@link RecordType}, every value is bound. */
    private <T> TypedQuery<T> typed(RecordType type, RecordQuery query, Actor actor, String select, Class<T> result) {
        StringBuilder jpql = new StringBuilder(select).append(type.entity().getSimpleName()).append(" r where 1 = 1");
        if (!actor.editor()) {
            jpql.append(" and r.createdBy = :user");
        }
        if (query.status() != null) {
            jpql.append(" and r.status = :status");
        }
        if (query.country() != null) {
            jpql.append(type.manyCountries() ? " and :country member of r." + type.countryField()
                    : " and r." + type.countryField() + " = :country");
        }
        if (query.text() != null) {
            jpql.append(" and (").append(String.join(" or ", type.textFields().stream()
                    .map(f -> "lower(r." + f + ") like :text escape '!'").toList())).append(')');
        }
        if (result == AtlasRecord.class) {
            jpql.append(" order by r.updatedAt desc, r.id desc");
        }
        TypedQuery<T> typed = entityManager.createQuery(jpql.toString(), result);
        if (!actor.editor()) {
            typed.setParameter("user", actor.username());
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        if (query.country() != null) {
            typed.setParameter("country", query.country());
        }
        if (query.text() != null) {
            String escaped = query.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            typed.setParameter("text", "%" + escaped + "%");
        }
        return typed;
    }
}
