package org.socialprotection.map.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Large files are imported in the background, one at a time, so that the request returns at once and the page can
 * show how far the import has got. A job and its report are kept for a day, visible to the person who started it.
 */
@Service
class ImportJobs implements DisposableBean {

    static final Duration KEEP = Duration.ofDays(1);

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What a job shows its owner. */
    public record Status(String id, String type, State state, int rowsDone, int rowsTotal, boolean dryRun,
                         ImportReport report, String error) {
    }

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final String type;
        final Map<String, String> mapping;
        final String owner;
        final boolean dryRun;
        final Instant started = Instant.now();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger total = new AtomicInteger();
        volatile State state = State.QUEUED;
        volatile ImportReport report;
        volatile String error;

        Job(String type, Map<String, String> mapping, String owner, boolean dryRun) {
            this.type = type;
            this.mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
            this.owner = owner;
            this.dryRun = dryRun;
        }

        Status status() {
            return new Status(id, type, state, done.get(), total.get(), dryRun, report, error);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "spmap-import");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code work}, an import of {@code type} read with {@code mapping}, in the background. */
    Status submit(String type, Map<String, String> mapping, boolean dryRun, String owner,
                  Function<ImportEngine.Progress, ImportReport> work) {
        expire();
        Job job = new Job(type, mapping, owner, dryRun);
        jobs.put(job.id, job);
        worker.submit(() -> {
            job.state = State.RUNNING;
            try {
                job.report = work.apply((done, total) -> {
                    job.done.set(done);
                    job.total.set(total);
                });
                job.done.set(job.report.rows());
                job.total.set(job.report.rows());
                job.state = State.DONE;
            } catch (RuntimeException e) {
                job.error = e.getMessage();
                job.state = State.FAILED;
            }
        });
        return job.status();
    }

    /** A job of this owner; another's is not found, so that ids cannot be probed. */
    Optional<Status> status(String id, String owner) {
        return owned(id, owner).map(Job::status);
    }

    /** The column mapping a job of this owner read its file with. */
    Optional<Map<String, String>> mapping(String id, String owner) {
        return owned(id, owner).map(job -> job.mapping);
    }

    private Optional<Job> owned(String id, String owner) {
        Job job = jobs.get(id);
        return job == null || owner == null || !job.owner.equals(owner) ? Optional.empty() : Optional.of(job);
    }

    private void expire() {
        Instant oldest = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.started.isBefore(oldest) && j.state != State.RUNNING);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
