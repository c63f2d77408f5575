package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.history.RecordHistory;
import org.socialprotection.map.history.RecordHistory.Entry;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An import's history is written batch by batch as its rows go, not in one lump at the commit, and reads as it did:
 * one revision for the whole import, by the person importing (signed in, or in the background where nobody is), every
 * row created in it with its groups and sources; and an import that is refused leaves no history at all.
 */
@AtlasTest
abstract class ImportHistoryTests {

    /** Two whole batches and part of a third. */
    static final int ROWS = 2 * ImportEngine.BATCH + 50;

    @Autowired ImportEngine engine;
    @Autowired ObservationImport observations;
    @Autowired JdbcTemplate jdbc;
    @Autowired RecordHistory history;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeImported() {
        List<Long> ids = ids();
        if (ids.isEmpty()) {
            return;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        List<Long> revisions = jdbc.queryForList("SELECT DISTINCT rev FROM observation_aud WHERE id IN (" + in + ")",
                Long.class);
        for (String table : List.of("observation_group_aud", "observation_component_aud", "observation_branch_aud",
                "observation_scheme_aud", "observation_source_aud")) {
            jdbc.update("DELETE FROM " + table + " WHERE observation_id IN (" + in + ")");
        }
        jdbc.update("DELETE FROM observation_aud WHERE id IN (" + in + ")");
        jdbc.update("DELETE FROM observation WHERE id IN (" + in + ")");
        revisions.forEach(rev -> jdbc.update("DELETE FROM revision WHERE id = ?", rev));
    }

    @Test
    void aSignedInImportIsOneRevisionByItsImporterWrittenAsTheRowsGo() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ines",
                null, AuthorityUtils.createAuthorityList("ROLE_RESEARCHER")));
        try {
            importedWithItsHistory();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** As a background job runs it: nobody signed in, the revision takes the importer's name from the records. */
    @Test
    void anUnattendedImportIsOneRevisionByItsImporterWrittenAsTheRowsGo() {
        SecurityContextHolder.clearContext();
        importedWithItsHistory();
    }

    @Test
    void aRefusedImportLeavesNoHistory() {
        long lastRevision = lastRevision();
        List<String> rows = rows();
        // the last row is wrong, after two batches and their history were written
        rows.set(ROWS, rows.get(ROWS).replace(",inclusion,", ",sideways,"));
        ImportReport report = engine.run(observations, csv(rows), Map.of(), false, false, "ines",
                ImportEngine.Progress.NONE, Locale.ENGLISH);
        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).extracting(ImportReport.Problem::row).containsExactly(ROWS + 1);
        assertThat(ids()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation_aud WHERE title LIKE ?", Long.class,
                titles())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM revision WHERE id > ?", Long.class, lastRevision))
                .isZero();
    }

    private void importedWithItsHistory() {
        long lastRevision = lastRevision();
        List<Long> seen = new ArrayList<>();
        // the progress is told inside the import's transaction, on its connection: the history written so far shows
        ImportReport report = engine.run(observations, csv(rows()), Map.of(), false, false, "ines",
                (done, total) -> {
                    if (done > 0 && done < total) {
                        seen.add(jdbc.queryForObject("SELECT COUNT(*) FROM observation_aud WHERE title LIKE ?",
                                Long.class, titles()));
                    }
                }, Locale.ENGLISH);
        assertThat(report.problems()).isEmpty();
        assertThat(report.committed()).isTrue();
        assertThat(seen).as("audit rows written by the end of each batch")
                .containsExactly((long) ImportEngine.BATCH, 2L * ImportEngine.BATCH);

        List<Long> ids = ids();
        assertThat(ids).hasSize(ROWS);
        List<Map<String, Object>> revisions = jdbc.queryForList("SELECT r.id, r.username, COUNT(*) AS n"
                + " FROM observation_aud a JOIN revision r ON r.id = a.rev WHERE a.title LIKE ? AND a.revtype = 0"
                + " GROUP BY r.id, r.username", titles());
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("username")).isEqualTo("ines");
        assertThat(((Number) revisions.get(0).get("n")).intValue()).isEqualTo(ROWS);
        long revision = ((Number) revisions.get(0).get("id")).longValue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM revision WHERE id > ?", Long.class, lastRevision))
                .as("one revision for the whole import").isOne();
        for (String table : List.of("observation_group_aud", "observation_source_aud")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " a JOIN observation o ON o.id ="
                    + " a.observation_id WHERE o.title LIKE ? AND a.rev = ? AND a.revtype = 0", Long.class, titles(),
                    revision)).as(table).isEqualTo(ROWS);
        }
        for (long id : List.of(ids.get(0), ids.get(ROWS - 1))) {
            assertThat(history.of(ObservationEditor.TYPE, id).entries())
                    .extracting(Entry::revision, Entry::username, Entry::kind)
                    .containsExactly(tuple(revision, "ines", RecordHistory.Kind.CREATED));
        }
    }

    private long lastRevision() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM revision", Long.class);
    }

    private List<Long> ids() {
        return jdbc.queryForList("SELECT id FROM observation WHERE title LIKE ? ORDER BY id", Long.class, titles());
    }

    private String titles() {
        return "History import " + run + " %";
    }

    /** The header, then {@link #ROWS} rows around Accra, each with a group and a source. */
    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        rows.add("title,kind,country,latitude,longitude,groups,observed_from,source_title,source_url");
        for (int i = 0; i < ROWS; i++) {
            rows.add(String.format(Locale.ROOT, "History import %s #%d,inclusion,GHA,%.5f,%.5f,market_traders,2019,"
                    + "WIEGO,https://www.wiego.org/", run, i, 5.6037 + (i % 20) * 0.0005, -0.1870 + (i / 20) * 0.0005));
        }
        return rows;
    }

    private static byte[] csv(List<String> rows) {
        return (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
