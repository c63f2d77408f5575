package org.socialprotection.map.history;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.internal.synchronization.AuditProcess;
import org.springframework.stereotype.Component;

/**
 * Writes the history of what a long transaction has flushed so far, now, rather than all of it at the commit.
 *
 * <p>Envers keeps the audit rows of a transaction in memory and, at the commit, puts every one of them into the
 * persistence context and flushes them in one lump: for a 100,000-row import that is some 300,000 entities more in
 * one flush, about a fifth of the import's time. Called after each flush of a batch, this hands the rows that
 * batch produced to Envers's own writer in a stateless session on the same connection and transaction: plain JDBC
 * batches, nothing kept in a persistence context. It is the same revision for the whole transaction (one row in
 * {@code revision}, inserted with the first slice), the same revision types and the same user; a rollback takes it
 * all back with the rest.
 *
 * <p>Envers has no public call for this: its audit process (an internal class, checked by the import and history
 * tests on both databases) is the one that runs at the commit, asked to do its work early. Call it after the last
 * flush as well: a change flushed after the last call would have Envers save the revision again at the commit.
 */
@Component
public class PendingHistory {

    private final EntityManager entityManager;

    PendingHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Writes the audit rows of the changes flushed so far in this transaction, in JDBC batches of {@code batch}. */
    public void write(int batch) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        AuditProcess process = session.getFactory().getServiceRegistry().requireService(EnversService.class)
                .getAuditProcessManager().get(session);
        Revision revision = (Revision) process.getCurrentRevisionData(session, false);
        String stored = revision.getUsername();
        try (StatelessSession stateless = session.statelessWithOptions().connection().open()) {
            stateless.setJdbcBatchSize(batch);
            SharedSessionContractImplementor writer = (SharedSessionContractImplementor) stateless;
            process.doBeforeTransactionCompletion(writer);
            // an unattended revision takes its user from the first changed record (RevisionUser) once it is
            // inserted: at the commit Envers's flush would update the row, here nothing else does
            if (revision.getId() != 0 && !Objects.equals(stored, revision.getUsername())) {
                stateless.update(revision);
            }
            writer.getJdbcCoordinator().executeBatch();
        }
    }
}
