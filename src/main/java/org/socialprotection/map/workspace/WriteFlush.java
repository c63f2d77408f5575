package org.socialprotection.map.workspace;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a saved record's pending SQL to the database now, inside the caller's transaction. New observations take their
 * ids from a sequence (V30), so their insert waits for a flush; a single save inside a longer transaction (moderation,
 * a pending version, a test) then reads its own row with plain SQL, and a refused insert is reported by the save that
 * made it, as when ids came from an identity column. A {@link Repository}, so that Spring turns a refused flush into
 * the same exceptions as a refused save.
 */
@Repository
class WriteFlush {

    @PersistenceContext
    private EntityManager entityManager;

    void now() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
    }
}
