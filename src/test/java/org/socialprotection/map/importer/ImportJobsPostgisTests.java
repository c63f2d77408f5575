package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.PostgisTest;

@PostgisTest
class ImportJobsPostgisTests extends ImportJobsTests {

    /**
     * What PostgreSQL sees when the app is killed in the middle of an import: the import's connection goes away with
     * its transaction open and 200 rows written. They are rolled back; the job, whose rows were committed on other
     * connections, says the database was lost and that nothing was stored.
     */
    @Test
    void anImportWhoseConnectionDiesMidwayStoresNothing() throws Exception {
        String marker = "Severed import " + UUID.randomUUID();
        byte[] file = rowsOfObservations(600, marker);
        ImportKind<?> kind = kinds.stream().filter(k -> k.name().equals("observations")).findFirst().orElseThrow();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch severed = new CountDownLatch(1);
        ImportJobs.Status job = jobs.submit("observations", Map.of(), false, "ines", progress ->
                engine.run(kind, file, Map.of(), false, false, "ines", (done, total) -> {
                    progress.rows(done, total);
                    if (done == ImportEngine.BATCH) {
                        written.countDown();
                        try {
                            severed.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }, Locale.ENGLISH));
        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();

        List<Integer> terminated = jdbc.queryForList("""
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND state = 'idle in transaction' AND backend_xid IS NOT NULL""", Integer.class);
        assertThat(terminated).as("the import's connection, in its transaction").hasSize(1);
        jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, terminated.get(0));
        severed.countDown();

        ImportJobs.Status end = awaitEnd(job.id(), "ines");
        assertThat(end.state()).isEqualTo(ImportJobs.State.FAILED);
        assertThat(end.error()).isEqualTo(ImportJobs.DATABASE_LOST);
        assertThat(end.rowsDone()).isEqualTo(ImportEngine.BATCH);
        assertThat(storedWithTitle(marker)).isZero();
    }
}
