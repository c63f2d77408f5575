package org.socialprotection.map.history;

import org.socialprotection.map.scheme.SchemeEditor;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.workspace.RecordType;
import org.socialprotection.map.workspace.RecordTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.history.RecordHistory.Change;
import org.socialprotection.map.history.RecordHistory.Entry;
import org.socialprotection.map.history.RecordHistory.History;
import org.socialprotection.map.history.RecordHistory.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationPlacement;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Revisions of records: who, when, which fields from what to what, and restore; run on both databases. */
@AtlasTest
abstract class RecordHistoryTests {

    @Autowired RecordHistory history;
    @Autowired RecordTypes types;
    @Autowired Schemes schemes;
    @Autowired ObservationPlacement placement;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;

    HistoryRecords records;

    @BeforeEach
    void records() {
        records = new HistoryRecords(transactions, entityManager, jdbc);
    }

    @AfterEach
    void deleteRecords() {
        records.deleteAll();
    }

    @Test
    @WithMockUser(username = "alice", roles = "EDITOR")
    void recordsWhoChangedWhichFieldsFromWhatToWhat() {
        long id = records.scheme("alice").getId();
        records.commit(() -> {
            Scheme scheme = schemes.findById(id).orElseThrow();
            scheme.setAcronym("HTS");
            scheme.getBranches().add(Branch.MATERNITY);
            scheme.setCoverage(WorkerGroup.STREET_VENDORS, CoverageStatus.PARTIAL, "only registered vendors");
            scheme.updatedBy("alice");
        });

        History h = history.of(SchemeEditor.TYPE, id);
        assertThat(h.entries()).extracting(Entry::kind, Entry::username)
                .containsExactly(tuple(Kind.CHANGED, "alice"), tuple(Kind.CREATED, "alice"));
        Entry change = h.entries().get(0);
        assertThat(change.revision()).isGreaterThan(h.entries().get(1).revision());
        assertThat(change.at()).isNotNull();
        assertThat(change.changes()).extracting(Change::field, Change::before, Change::after).containsExactly(
                tuple("acronym", "", "HTS"),
                tuple("branches", "medical_care", "maternity, medical_care"),
                tuple("coverage", "", "street_vendors · partial · only registered vendors"));
        assertThat(h.entries().get(1).changes()).extracting(Change::field)
                .contains("slug", "countryIso3", "officialName", "branches", "sources", "status")
                .doesNotContain("acronym", "updatedAt", "version");
        assertThat(h.entries().get(1).changes()).filteredOn(c -> c.field().equals("sources"))
                .extracting(Change::after).containsExactly("History test source · https://example.org/history");
    }

    @Test
    @WithMockUser(username = "alice", roles = "EDITOR")
    void restoreBringsBackTheOldStateAsANewRevisionOnTheCurrentVersion() {
        Scheme created = records.scheme("bob");
        long id = created.getId();
        long firstRevision = history.of(SchemeEditor.TYPE, id).latestRevision();
        records.commit(() -> {
            Scheme scheme = schemes.findById(id).orElseThrow();
            scheme.setNames("Renamed scheme", null, null);
            scheme.setDescription("A description added later");
            scheme.getBranches().clear();
            scheme.getBranches().add(Branch.OLD_AGE);
            scheme.getSources().set(0, new Source("Another source", null, null));
            scheme.setCoverage(WorkerGroup.DOMESTIC_WORKERS, CoverageStatus.COVERED, null);
            scheme.setStatus(PublicationStatus.PUBLISHED);
            scheme.updatedBy("bob");
        });
        long versionBefore = schemes.findById(id).orElseThrow().getVersion();

        RecordHistory.Restored restored = history.restore(SchemeEditor.TYPE, id, firstRevision, versionBefore,
                "alice");

        assertThat(restored.changed()).isTrue();
        Scheme scheme = records.commit(() -> {
            Scheme s = schemes.findById(id).orElseThrow();
            s.getBranches().size();
            s.getSources().size();
            s.getCoverage().size();
            return s;
        });
        assertThat(scheme.getNameEn()).isNull();
        assertThat(scheme.getDescription()).isNull();
        assertThat(scheme.getBranches()).containsExactly(Branch.MEDICAL_CARE);
        assertThat(scheme.getSources()).containsExactly(HistoryRecords.SOURCE);
        assertThat(scheme.getCoverage()).isEmpty();
        // publishing is an editorial act of its own: a restore keeps the current status
        assertThat(scheme.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(scheme.getVersion()).isEqualTo(versionBefore + 1).isEqualTo(restored.version());
        assertThat(scheme.getUpdatedBy()).isEqualTo("alice");
        assertThat(scheme.getCreatedBy()).isEqualTo("bob");

        History h = history.of(SchemeEditor.TYPE, id);
        assertThat(h.entries()).hasSize(3);
        Entry restore = h.entries().get(0);
        assertThat(restore.kind()).isEqualTo(Kind.CHANGED);
        assertThat(restore.username()).isEqualTo("alice");
        assertThat(restore.changes()).extracting(Change::field, Change::before, Change::after).contains(
                tuple("nameEn", "Renamed scheme", ""),
                tuple("branches", "old_age", "medical_care"),
                tuple("sources", "Another source", "History test source · https://example.org/history"));
        assertThat(restore.changes()).extracting(Change::field).doesNotContain("status");
        assertThat(h.version()).isEqualTo(scheme.getVersion());
    }

    @Test
    @WithMockUser(username = "alice", roles = "EDITOR")
    void restoreRefusesAStaleVersionAndDoesNothingWhenNothingDiffers() {
        long id = records.scheme("alice").getId();
        long created = history.of(SchemeEditor.TYPE, id).latestRevision();
        long version = schemes.findById(id).orElseThrow().getVersion();
        records.commit(() -> schemes.findById(id).orElseThrow().setNote("changed meanwhile"));

        assertThatThrownBy(() -> history.restore(SchemeEditor.TYPE, id, created, version, "alice"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(schemes.findById(id).orElseThrow().getNote()).isEqualTo("changed meanwhile");

        history.restore(SchemeEditor.TYPE, id, created, "alice");
        long latest = history.of(SchemeEditor.TYPE, id).latestRevision();
        RecordHistory.Restored again = history.restore(SchemeEditor.TYPE, id, created, "alice");
        assertThat(again.changed()).isFalse();
        assertThat(history.of(SchemeEditor.TYPE, id).latestRevision()).isEqualTo(latest);
    }

    @Test
    @WithMockUser(username = "carol", roles = "EDITOR")
    void observationHistoryShowsPointsAndLinksAndRestoresThem() {
        Scheme linked = records.scheme("carol");
        Observation observation = records.commit(() -> {
            Observation o = new Observation("test-history-obs-" + linked.getId(),
                    org.socialprotection.map.observation.Kind.EXCLUSION, "History test observation");
            placement.place(o, Geometries.point(-0.20571, 5.55132), Privacy.EXACT, "GHA");
            o.getGroups().add(WorkerGroup.MARKET_TRADERS);
            o.getSources().add(HistoryRecords.SOURCE);
            o.getSchemes().add(entityManager.find(Scheme.class, linked.getId()));
            o.createdBy("carol");
            entityManager.persist(o);
            return records.remember(ObservationEditor.TYPE, o.getId(), o);
        });
        long id = observation.getId();
        long created = history.of(ObservationEditor.TYPE, id).latestRevision();
        records.commit(() -> {
            Observation o = entityManager.find(Observation.class, id);
            placement.place(o, Geometries.point(-1.6244, 6.6885), Privacy.CITY, "GHA");
            o.getSchemes().clear();
            o.getGroups().add(WorkerGroup.STREET_VENDORS);
            o.getBranches().add(Branch.CHILD_CARE);
        });

        Entry moved = history.of(ObservationEditor.TYPE, id).entries().get(0);
        assertThat(moved.changes()).extracting(Change::field, Change::before, Change::after).containsExactly(
                tuple("location", "-0.20571, 5.55132", "-1.6244, 6.6885"),
                tuple("publicLocation", "-0.20571, 5.55132", "-1.65, 6.65"),
                tuple("privacy", "exact", "city"),
                tuple("groups", "market_traders", "market_traders, street_vendors"),
                tuple("branches", "", "child_care"),
                tuple("schemes", linked.getSlug(), ""));

        history.restore(ObservationEditor.TYPE, id, created, "carol");
        Observation restored = records.commit(() -> {
            Observation o = entityManager.find(Observation.class, id);
            o.getSchemes().size();
            o.getGroups().size();
            o.getBranches().size();
            return o;
        });
        assertThat(restored.getLocation().getX()).isEqualTo(-0.20571);
        assertThat(restored.getLocation().getY()).isEqualTo(5.55132);
        assertThat(restored.getLocation().getSRID()).isEqualTo(4326);
        assertThat(restored.getPublicLocation().getX()).isEqualTo(-0.20571);
        assertThat(restored.getPrivacy()).isEqualTo(Privacy.EXACT);
        assertThat(restored.getGroups()).containsExactly(WorkerGroup.MARKET_TRADERS);
        assertThat(restored.getBranches()).isEmpty();
        assertThat(restored.getSchemes()).extracting(Scheme::getId).containsExactly(linked.getId());
    }

    @Test
    void withNobodySignedInTheRevisionNamesWhoTheRecordSaysChangedIt() {
        long id = records.scheme("atlas-loader").getId();
        assertThat(history.of(SchemeEditor.TYPE, id).entries()).extracting(Entry::username)
                .containsExactly("atlas-loader");
        // the demo atlas, loaded at first start with nobody signed in
        long nhis = schemes.findBySlug("gha-nhis").orElseThrow().getId();
        assertThat(history.of(SchemeEditor.TYPE, nhis).entries()).last()
                .extracting(Entry::kind, Entry::username).containsExactly(Kind.CREATED, "atlas-loader");
    }

    @Test
    void everyFieldAHistoryShowsHasALabelInEveryLanguage() {
        for (RecordType type : types.all()) {
            for (String field : history.shownFields(type)) {
                for (String language : new String[] {"en", "fr", "es"}) {
                    Locale locale = Locale.forLanguageTag(language);
                    assertThat(messages.getMessage("history.field." + field, null, null, locale))
                            .as(type + "." + field + " in " + language).isNotBlank();
                }
            }
        }
    }
}
