package org.socialprotection.map.pagecache;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts the commits of transactions during which H2's trigger saw a write ({@link AtlasChangeTrigger}): a page built
 * between a write and its commit, without the change, is then not taken for the atlas after it. (PostgreSQL's trigger
 * writes its row in the transaction itself and needs none of this; the count there stays still.) Spring Boot adds
 * listener beans to the transaction manager.
 */
@Component
class AtlasCommits implements TransactionExecutionListener {

    private static final AtomicLong COMMITS = new AtomicLong();
    /** H2's write count when each of this thread's open transactions began (innermost first). */
    private static final ThreadLocal<Deque<Long>> BEGUN = ThreadLocal.withInitial(ArrayDeque::new);

    static long count() {
        return COMMITS.get();
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null) {
            BEGUN.get().push(AtlasChangeTrigger.writes());
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        Long begun = BEGUN.get().poll();
        if (begun == null || begun != AtlasChangeTrigger.writes()) {
            COMMITS.incrementAndGet();
        }
    }

    @Override
    public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
        BEGUN.get().poll();
    }
}
