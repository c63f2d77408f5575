package org.socialprotection.map.importer;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.web.DatabaseOutage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Large files are imported in the background, one at a time, so that the request returns at once and the page can
 * show how far the import has got. A job and its report are kept in the database for a day, visible to the person
 * who started it; a job that a restart cut short is reported as interrupted, and nothing of it was stored (an import
 * is one transaction).
 * <p>
 * Several nodes may share the table. Each job is run by the node it was sent to, which says every {@link #BEAT} that
 * its queued and running jobs are alive; any node status is asked of reads the same row. A job whose node has been
 * silent for {@link #SILENT} stopped with it, and whichever node notices first (at its start, then at every beat)
 * marks it interrupted. A node starting never touches a job another live node is running.
 */
@Service
class ImportJobs implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    static final Duration KEEP = Duration.ofDays(1);
    static final Duration BEAT = Duration.ofSeconds(15);
    /** Four beats missed: a node busy in a long garbage collection or a slow commit is not taken for dead. */
    static final Duration SILENT = BEAT.multipliedBy(4);
    /** How long a finished import keeps trying to record its end while the database is unreachable. */
    static final Duration RECORD_END_FOR = Duration.ofMinutes(2);

    static final String FAILED = "the import failed on the server and nothing of it was stored: the log says why "
            + "(job id), and a maintainer can look";

    static final String DATABASE_LOST = "the database could not be reached during the import and nothing of it was "
            + "stored: run it again in a few minutes";

    enum State { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED }

    /** What a job shows its owner. */
    public record Status(String id, String type, State state, int rowsDone, int rowsTotal, boolean dryRun,
                         ImportReport report, String error) {
    }

    private final ImportJobRows rows;
    /** This process: a new one at every start, so that jobs of the process before a restart count as silent. */
    private final String node = UUID.randomUUID().toString();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "spmap-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ImportJobRows rows) {
        this.rows = rows;
    }

    /** The jobs that were queued or running on a node that has since stopped will never end: say so. */
    @Override
    public void afterSingletonsInstantiated() {
        interruptSilent();
    }

    /** Says this node's jobs are alive, and calls the jobs of silent nodes interrupted. */
    @Scheduled(fixedDelayString = "${spmap.imports.beat:15s}", initialDelayString = "${spmap.imports.beat:15s}")
    void beat() {
        try {
            rows.beat(node);
            interruptSilent();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            // the next beat tries again; a job's node is not taken for dead before four are missed
        }
    }

    private void interruptSilent() {
        int interrupted = rows.interruptSilent(node, ImportJobRows.now().minus(SILENT));
        if (interrupted > 0) {
            log.warn("{} import job(s) were cut short by the stop of the node running them; marked interrupted",
                    interrupted);
        }
    }

    /** Runs {@code work}, an import of {@code type} read with {@code mapping}, in the background. */
    Status submit(String type, Map<String, String> mapping, boolean dryRun, String owner,
                  Function<ImportEngine.Progress, ImportReport> work) {
        rows.expire(ImportJobRows.now().minus(KEEP));
        String id = UUID.randomUUID().toString();
        rows.insert(id, type, mapping, dryRun, owner, node);
        worker.submit(() -> run(id, work));
        return new Status(id, type, State.QUEUED, 0, 0, dryRun, null, null);
    }

    private void run(String id, Function<ImportEngine.Progress, ImportReport> work) {
        ImportReport report;
        try {
            rows.running(id);
            report = work.apply((done, total) -> rows.progress(id, done, total));
        } catch (RuntimeException e) {
            // a file that cannot be read says why in the reader's terms; anything else is the server's fault, and
            // its text (SQL, class names) is for the log, not for the person importing
            String error;
            if (DatabaseOutage.causedBy(e)) {
                error = DATABASE_LOST;
            } else if (e instanceof BadRequestException unreadable) {
                error = unreadable.getMessage();
            } else {
                log.error("Import {} failed", id, e);
                error = FAILED;
            }
            record(id, () -> rows.failed(id, error));
            return;
        }
        record(id, () -> rows.done(id, report));
    }

    /** Records a job's end, waiting out a database restart rather than leaving the job running for ever. */
    private void record(String id, Runnable end) {
        long deadline = System.nanoTime() + RECORD_END_FOR.toNanos();
        while (true) {
            try {
                end.run();
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.causedBy(e) || System.nanoTime() > deadline) {
                    log.error("Could not record the end of import job {}; it shows as interrupted after the next "
                            + "restart", id, e);
                    return;
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A job of this owner; another's is not found, so that ids cannot be probed. */
    Optional<Status> status(String id, String owner) {
        return owner == null ? Optional.empty() : rows.find(id, owner);
    }

    /** The column mapping a job of this owner read its file with. */
    Optional<Map<String, String>> mapping(String id, String owner) {
        return owner == null ? Optional.empty() : rows.mapping(id, owner);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
