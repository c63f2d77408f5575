package org.socialprotection.map.history;

import org.socialprotection.map.scheme.SchemeEditor;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.publication.PublicationEditor;
import org.socialprotection.map.indicator.IndicatorValueEditor;
import org.socialprotection.map.collection.Collection;
import org.socialprotection.map.collection.CollectionEditor;
import org.socialprotection.map.workspace.RecordType;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records made for a history test. Envers writes revisions when a transaction commits, so these tests commit; each
 * record is deleted afterwards with every revision that touched it, so that the demo atlas's counts stay as they are.
 */
final class HistoryRecords {

    static final Source SOURCE = new Source("History test source", "https://example.org/history", null);

    /** The audit tables of each type: its own first (keyed by id), then its collections (keyed by owner). */
    private static final Map<RecordType, List<String>> AUDIT_TABLES = Map.of(
            SchemeEditor.TYPE, List.of("scheme_aud", "scheme_branch_aud", "scheme_benefit_form_aud",
                    "scheme_coverage_aud", "scheme_coverage_figure_aud", "scheme_reform_aud", "scheme_source_aud"),
            ObservationEditor.TYPE, List.of("observation_aud", "observation_group_aud", "observation_component_aud",
                    "observation_branch_aud", "observation_scheme_aud", "observation_source_aud"),
            PublicationEditor.TYPE, List.of("publication_aud", "publication_author_aud", "publication_country_aud",
                    "publication_observation_aud", "publication_scheme_aud"),
            IndicatorValueEditor.TYPE, List.of("indicator_value_aud"),
            CollectionEditor.TYPE, List.of("collection_aud", "collection_observation_aud", "collection_scheme_aud",
                    "collection_publication_aud", "collection_source_aud"));

    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final List<Object[]> made = new ArrayList<>();

    HistoryRecords(TransactionTemplate transactions, EntityManager entityManager, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Runs in a transaction of its own, committed at the end: one revision. */
    <T> T commit(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    void commit(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    /** A draft scheme in Ghana with one branch and one source, created by {@code user}. */
    Scheme scheme(String user) {
        return commit(() -> {
            Scheme scheme = new Scheme("test-history-" + UUID.randomUUID(), "GHA", "History test scheme");
            scheme.getBranches().add(Branch.MEDICAL_CARE);
            scheme.getSources().add(SOURCE);
            scheme.createdBy(user);
            entityManager.persist(scheme);
            return remember(SchemeEditor.TYPE, scheme.getId(), scheme);
        });
    }

    /** A draft collection on Ghana with one source, created by {@code user}. */
    Collection collection(String user) {
        return commit(() -> {
            Collection collection = new Collection("test-history-" + UUID.randomUUID(), "History test collection");
            collection.setIntroductions("An introduction [1].", null, null);
            collection.setExtent(-3.3, 4.7, 1.2, 11.2);
            collection.getSources().add(SOURCE);
            collection.createdBy(user);
            entityManager.persist(collection);
            return remember(CollectionEditor.TYPE, collection.getId(), collection);
        });
    }

    <T> T remember(RecordType type, long id, T record) {
        made.add(new Object[] {type, id});
        return record;
    }

    /** Deletes what the test made, newest first (an observation before the scheme it links), with its history. */
    void deleteAll() {
        List<Object[]> records = new ArrayList<>(made);
        Collections.reverse(records);
        for (Object[] record : records) {
            RecordType type = (RecordType) record[0];
            long id = (Long) record[1];
            commit(() -> {
                Object entity = entityManager.find(type.entity(), id);
                if (entity != null) {
                    entityManager.remove(entity);
                }
            });
            List<String> tables = AUDIT_TABLES.get(type);
            List<Long> revisions = jdbc.queryForList("SELECT rev FROM " + tables.get(0) + " WHERE id = ?", Long.class,
                    id);
            for (Long revision : revisions) {
                for (List<String> all : AUDIT_TABLES.values()) {
                    for (String table : all) {
                        jdbc.update("DELETE FROM " + table + " WHERE rev = ?", revision);
                    }
                }
                jdbc.update("DELETE FROM revision WHERE id = ?", revision);
            }
        }
        made.clear();
    }
}
