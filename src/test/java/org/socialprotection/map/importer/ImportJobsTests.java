package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Import jobs live in the database: their progress and end are written outside the import's transaction (so they
 * survive its rollback), a job cut short by a restart is reported as interrupted, and nothing of such an import is
 * stored.
 */
@AtlasTest
abstract class ImportJobsTests {

    @Autowired MockMvc mvc;
    @Autowired ImportJobs jobs;
    @Autowired ImportJobRows rows;
    @Autowired ImportEngine engine;
    @Autowired Imports imports;
    @Autowired java.util.List<ImportKind<?>> kinds;
    @Autowired Observations observations;
    @Autowired JdbcTemplate jdbc;

    static byte[] rowsOfObservations(int count, String marker) {
        StringBuilder csv = new StringBuilder("title,kind,latitude,longitude,source_title\n");
        for (int i = 0; i < count; i++) {
            csv.append(marker).append(' ').append(i).append(",inclusion,").append(5.55 + i * 0.0001)
                    .append(",-0.2,Probe\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    ImportJobs.Status awaitEnd(String id, String owner) throws InterruptedException {
        ImportJobs.Status status = null;
        for (int i = 0; i < 600; i++) {
            status = jobs.status(id, owner).orElseThrow();
            if (status.state() != ImportJobs.State.QUEUED && status.state() != ImportJobs.State.RUNNING) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not end: " + status);
    }

    long storedWithTitle(String marker) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE title LIKE ?", Long.class, marker + "%");
    }

    /**
     * A server that stops in the middle of an import, after 200 rows were written to the database (flushed, not
     * committed): the import's transaction is rolled back whole, while the job's progress, written in transactions of
     * its own, is still there to say how far it got.
     */
    @Test
    void anImportStoppedAfterItsFirstRowsWereWrittenStoresNothingAndItsJobSurvives() throws Exception {
        String marker = "Stopped import " + UUID.randomUUID();
        byte[] file = rowsOfObservations(450, marker);
        ImportKind<?> kind = kinds.stream().filter(k -> k.name().equals("observations")).findFirst().orElseThrow();
        ImportJobs.Status job = jobs.submit("observations", Map.of(), false, "ines", progress ->
                engine.run(kind, file, Map.of(), false, false, "ines", (done, total) -> {
                    progress.rows(done, total);
                    if (done >= ImportEngine.BATCH) {
                        throw new IllegalStateException("the server stopped");
                    }
                }, Locale.ENGLISH));

        ImportJobs.Status end = awaitEnd(job.id(), "ines");

        assertThat(end.state()).isEqualTo(ImportJobs.State.FAILED);
        // the server's own fault is told in plain words, not with the exception's text
        assertThat(end.error()).isEqualTo(ImportJobs.FAILED).doesNotContain("the server stopped");
        assertThat(end.rowsDone()).isEqualTo(ImportEngine.BATCH);
        assertThat(end.rowsTotal()).isEqualTo(450);
        assertThat(storedWithTitle(marker)).isZero();
    }

    /**
     * A restart: the jobs queued or running under the old process, silent since, are reported interrupted, with
     * nothing stored; a job another live node is running (several nodes share the table) is left to it, until that
     * node too falls silent.
     */
    @Test
    void aJobCutShortByARestartIsReportedInterrupted() throws Exception {
        String running = UUID.randomUUID().toString();
        String queued = UUID.randomUUID().toString();
        String finished = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        rows.insert(running, "observations", Map.of("title", "Market name"), false, "ines", "stopped-node");
        rows.running(running);
        rows.progress(running, 400, 1000);
        rows.insert(queued, "schemes", Map.of(), true, "ines", "stopped-node");
        rows.insert(finished, "observations", Map.of(), true, "ines", "stopped-node");
        rows.failed(finished, "the file is empty");
        rows.insert(elsewhere, "observations", Map.of(), false, "ines", "live-node");
        rows.running(elsewhere);
        jdbc.update("UPDATE import_job SET heartbeat_at = ? WHERE node = 'stopped-node'",
                ImportJobRows.now().minus(ImportJobs.SILENT).minusSeconds(1));

        ImportJobs restarted = new ImportJobs(rows);
        try {
            restarted.afterSingletonsInstantiated();
            assertThat(restarted.status(elsewhere, "ines").orElseThrow().state())
                    .as("a job of a node still beating").isEqualTo(ImportJobs.State.RUNNING);
            // a job of the new process is not touched
            CountDownLatch release = new CountDownLatch(1);
            ImportJobs.Status fresh = restarted.submit("observations", Map.of(), true, "ines", progress -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("the file is unreadable");
            });
            Thread.sleep(5);
            restarted.afterSingletonsInstantiated();
            assertThat(restarted.status(fresh.id(), "ines").orElseThrow().state())
                    .isIn(ImportJobs.State.QUEUED, ImportJobs.State.RUNNING);
            release.countDown();

            mvc.perform(get("/api/imports/jobs/" + running).with(user("ines").roles("RESEARCHER")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("INTERRUPTED"))
                    .andExpect(jsonPath("$.rowsDone").value(400))
                    .andExpect(jsonPath("$.error").value(ImportJobRows.INTERRUPTED));
            assertThat(restarted.status(queued, "ines").orElseThrow().state())
                    .isEqualTo(ImportJobs.State.INTERRUPTED);
            assertThat(restarted.status(finished, "ines").orElseThrow().state()).isEqualTo(ImportJobs.State.FAILED);
            assertThat(restarted.mapping(running, "ines")).contains(Map.of("title", "Market name"));
            assertThat(awaitEndOf(restarted, fresh.id()).state()).isEqualTo(ImportJobs.State.FAILED);

            // the live node stops too: once it has been silent long enough, the next beat of this one says so
            restarted.beat();
            assertThat(restarted.status(elsewhere, "ines").orElseThrow().state()).isEqualTo(ImportJobs.State.RUNNING);
            jdbc.update("UPDATE import_job SET heartbeat_at = ? WHERE id = ?",
                    ImportJobRows.now().minus(ImportJobs.SILENT).minusSeconds(1), elsewhere);
            restarted.beat();
            assertThat(restarted.status(elsewhere, "ines").orElseThrow().state())
                    .isEqualTo(ImportJobs.State.INTERRUPTED);

            // the page says so in the reader's language, instead of a progress bar that never ends
            mvc.perform(get("/workspace/imports/jobs/" + running).param("lang", "fr")
                            .with(user("ines").roles("RESEARCHER")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("interrompue par un redémarrage du serveur")))
                    .andExpect(content().string(not(containsString("<progress"))));
            // and it stays its owner's
            mvc.perform(get("/api/imports/jobs/" + running).with(user("someone-else").roles("RESEARCHER")))
                    .andExpect(status().isNotFound());
        } finally {
            restarted.destroy();
        }
    }

    private static ImportJobs.Status awaitEndOf(ImportJobs jobs, String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            ImportJobs.Status status = jobs.status(id, "ines").orElseThrow();
            if (status.state() == ImportJobs.State.FAILED || status.state() == ImportJobs.State.DONE) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not end");
    }

    /** The report is read back from the database, whole: what the page and the commit rely on. */
    @Test
    void aFinishedJobsReportIsKeptInTheDatabase() throws Exception {
        String marker = "Kept report " + UUID.randomUUID();
        byte[] file = (new String(rowsOfObservations(3, marker), StandardCharsets.UTF_8)
                + marker + " wrong,sideways,5.6,-0.2,Probe\n").getBytes(StandardCharsets.UTF_8);
        ImportJobs.Status job = imports.start("observations", file, Map.of(), true, false, "ines", Locale.ENGLISH);

        ImportJobs.Status end = awaitEnd(job.id(), "ines");

        assertThat(end.state()).isEqualTo(ImportJobs.State.DONE);
        assertThat(end.report().rows()).isEqualTo(4);
        assertThat(end.report().validRows()).isEqualTo(3);
        assertThat(end.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.value()).isEqualTo("sideways");
        });
        assertThat(end.report().fields()).containsEntry("title", "title").containsEntry("narrative", null);
        assertThat(jdbc.queryForObject("SELECT state FROM import_job WHERE id = ?", String.class, job.id()))
                .isEqualTo("DONE");
        assertThat(storedWithTitle(marker)).isZero();
    }
}
