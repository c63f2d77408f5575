package org.socialprotection.map.history;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.hibernate.persister.entity.EntityPersister;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Names the user of a revision: whoever is signed in (Spring Security's authentication name). Where nobody is, as
 * when the first-start loader creates the demo atlas, the revision takes the changed record's own
 * {@code updatedBy} ("atlas-loader"), so the history says what the record itself says about who last changed it;
 * failing that, {@value #SYSTEM}.
 */
public class RevisionUser implements EntityTrackingRevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && authentication.getName() != null;
        ((Revision) revision).signedBy(signedIn ? authentication.getName() : SYSTEM, !signedIn);
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
                              Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        if (!revision.isUnattended()) {
            return;
        }
        if (changedRecord(entityName, entityId) instanceof AtlasRecord record && record.getUpdatedBy() != null
                && !record.getUpdatedBy().isBlank()) {
            revision.signedBy(record.getUpdatedBy(), false);
        }
    }

    /**
     * The changed record as the committing transaction holds it, read from its persistence context only: Envers calls
     * this while the transaction commits, where a query would be out of place. Null if it is not there (deleted).
     */
    private static Object changedRecord(String entityName, Object id) {
        for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
            if (resource instanceof EntityManagerHolder holder) {
                EntityManager entityManager = holder.getEntityManager();
                if (!entityManager.isOpen()) {
                    continue;
                }
                SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
                EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entityName);
                Object entity = session.getPersistenceContextInternal()
                        .getEntity(session.generateEntityKey(id, persister));
                if (entity != null) {
                    return entity;
                }
            }
        }
        return null;
    }
}
