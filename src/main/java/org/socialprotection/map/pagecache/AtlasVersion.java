package org.socialprotection.map.pagecache;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the atlas stands: a value that changes with every committed change of a table readers see (migration V26's
 * triggers add a row to atlas_change). The count and the sum come with the largest id because transactions commit
 * out of the order of their ids: a change committed after a later one still changes the value. On H2 the trigger counts
 * in this JVM instead ({@link AtlasChangeTrigger}, {@link AtlasCommits}). The observation lists key the features they keep
 * by it too.
 */
@Component
public class AtlasVersion {

    static final String CURRENT = "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(id), 0) FROM atlas_change";
    /** Keeps the table a few rows long; rows of the last minutes stay, so that a late commit still counts. */
    static final String PRUNE = "DELETE FROM atlas_change WHERE changed_at < ? AND id < (SELECT MAX(id) FROM atlas_change)";

    private final JdbcTemplate jdbc;

    AtlasVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes exactly when a change of what readers see is committed; the same on every node sharing the database. */
    public String current() {
        return jdbc.queryForObject(CURRENT, (row, n) -> row.getLong(1) + "." + row.getLong(2) + "." + row.getLong(3))
                + "." + AtlasChangeTrigger.writes() + "." + AtlasCommits.count();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void prune() {
        jdbc.update(PRUNE, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)));
    }
}
