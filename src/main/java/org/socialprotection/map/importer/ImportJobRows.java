package org.socialprotection.map.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import_job table. Every write commits in a transaction of its own, even when called from inside an import's
 * transaction (the progress): a job's rows must be seen while it runs and must survive its rollback.
 */
@Component
class ImportJobRows {

    static final String INTERRUPTED = "the import was interrupted by a restart of the server and nothing of it was "
            + "stored: run it again";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json;

    ImportJobRows(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = JdbcClient.create(jdbc);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    /** A new job, queued on {@code node} (the app process that will run it). */
    void insert(String id, String type, Map<String, String> mapping, boolean dryRun, String owner, String node) {
        OffsetDateTime now = now();
        write("""
                INSERT INTO import_job (id, owner, import_type, dry_run, state, rows_done, rows_total, mapping,
                                        created_at, updated_at, node, heartbeat_at)
                VALUES (:id, :owner, :type, :dryRun, :state, 0, 0, :mapping, :now, :now, :node, :now)""",
                Map.of("id", id, "owner", owner, "type", type, "dryRun", dryRun,
                        "state", ImportJobs.State.QUEUED.name(), "mapping", json.writeValueAsString(mapping),
                        "now", now, "node", node));
    }

    void running(String id) {
        write("UPDATE import_job SET state = :state, updated_at = :now, heartbeat_at = :now WHERE id = :id",
                Map.of("id", id, "state", ImportJobs.State.RUNNING.name(), "now", now()));
    }

    void progress(String id, int done, int total) {
        write("""
                UPDATE import_job SET rows_done = :done, rows_total = :total, updated_at = :now, heartbeat_at = :now
                WHERE id = :id""", Map.of("id", id, "done", done, "total", total, "now", now()));
    }

    /** {@code node} is alive: its queued and running jobs are not to be called interrupted. */
    void beat(String node) {
        write("UPDATE import_job SET heartbeat_at = :now WHERE node = :node AND state IN (:queued, :running)",
                Map.of("node", node, "now", now(), "queued", ImportJobs.State.QUEUED.name(),
                        "running", ImportJobs.State.RUNNING.name()));
    }

    void done(String id, ImportReport report) {
        write("""
                UPDATE import_job SET state = :state, rows_done = :rows, rows_total = :rows, report = :report,
                                      updated_at = :now
                WHERE id = :id""", Map.of("id", id, "state", ImportJobs.State.DONE.name(), "rows", report.rows(),
                "report", json.writeValueAsString(report), "now", now()));
    }

    void failed(String id, String error) {
        String reason = error == null || error.isBlank() ? "the import failed; nothing was stored" : error;
        write("UPDATE import_job SET state = :state, error = :error, updated_at = :now WHERE id = :id",
                Map.of("id", id, "state", ImportJobs.State.FAILED.name(),
                        "error", reason.length() > 2000 ? reason.substring(0, 2000) : reason, "now", now()));
    }

    /**
     * Marks as interrupted the queued or running jobs of other nodes (or of this node's earlier process) that have
     * not been heard of since {@code silentSince}: their node stopped, and their import's transaction with it.
     * Answers how many there were.
     */
    int interruptSilent(String self, OffsetDateTime silentSince) {
        Integer count = ownTransaction.execute(status -> jdbc.sql("""
                        UPDATE import_job SET state = :interrupted, error = :error, updated_at = :now
                        WHERE state IN (:queued, :running) AND (node IS NULL OR node <> :self)
                          AND COALESCE(heartbeat_at, updated_at) < :silentSince""")
                .param("interrupted", ImportJobs.State.INTERRUPTED.name()).param("error", INTERRUPTED)
                .param("now", now()).param("queued", ImportJobs.State.QUEUED.name())
                .param("running", ImportJobs.State.RUNNING.name()).param("self", self)
                .param("silentSince", silentSince).update());
        return count == null ? 0 : count;
    }

    /** Forgets the finished jobs started before {@code oldest}. */
    void expire(OffsetDateTime oldest) {
        write("DELETE FROM import_job WHERE created_at < :oldest AND state NOT IN (:queued, :running)",
                Map.of("oldest", oldest, "queued", ImportJobs.State.QUEUED.name(),
                        "running", ImportJobs.State.RUNNING.name()));
    }

    Optional<ImportJobs.Status> find(String id, String owner) {
        return jdbc.sql("""
                        SELECT id, import_type, state, rows_done, rows_total, dry_run, report, error
                        FROM import_job WHERE id = :id AND owner = :owner""")
                .param("id", id).param("owner", owner).query(this::status).optional();
    }

    Optional<Map<String, String>> mapping(String id, String owner) {
        return jdbc.sql("SELECT mapping FROM import_job WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner).query(String.class).optional()
                .map(text -> json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { }));
    }

    private ImportJobs.Status status(ResultSet row, int number) throws SQLException {
        String report = row.getString("report");
        return new ImportJobs.Status(row.getString("id"), row.getString("import_type"),
                ImportJobs.State.valueOf(row.getString("state")), row.getInt("rows_done"), row.getInt("rows_total"),
                row.getBoolean("dry_run"), report == null ? null : json.readValue(report, ImportReport.class),
                row.getString("error"));
    }

    private void write(String sql, Map<String, ?> params) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(sql).params(params).update());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
