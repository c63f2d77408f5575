package org.socialprotection.map.history;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.persister.entity.EntityPersister;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.RecordType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of one record, each with who, when and which fields changed from what to what; and the restore of a
 * record as of an earlier revision. Envers writes the revisions. Reading goes through the entity metamodel, so that
 * a field added to a record shows in its history and is restored with no change here.
 */
@Service
public class RecordHistory {

    /** Stamps that change with every revision, and years kept beside the partial dates they repeat. */
    private static final Set<String> NOT_SHOWN = Set.of("extractedText", "createdBy", "createdAt", "updatedBy", "updatedAt",
            "startYear", "endYear", "fromYear", "toYear", "publishedYear");

    /**
     * What a restore leaves as it is: the publication status (publishing is an editorial act of its own, so a restored
     * published record stays published and a restored draft stays a draft), and the stamps of who created the record
     * and who changed it last (the restorer, then). The version is not audited: a restore applies on top of the
     * current one, as any edit does.
     */
    private static final Set<String> KEPT_ON_RESTORE = Set.of("status", "createdBy", "createdAt", "updatedBy",
            "updatedAt");

    /** The fields of each type in the order their classes declare them, worked out once. */
    private static final Map<RecordType, List<String>> FIELDS = new ConcurrentHashMap<>();

    /** The collections of each type, by field. */
    private static final Map<RecordType, Map<String, AuditedCollection>> COLLECTIONS = new ConcurrentHashMap<>();

    /** The view of whoever may see every record: internal callers and tests. */
    private static final Actor EDITOR = new Actor("", true);

    private final EntityManager entityManager;

    RecordHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public enum Kind { CREATED, CHANGED, DELETED }

    /** One field that a revision changed, as text; empty text for no value. */
    public record Change(String field, String before, String after) {
    }

    /**
     * One revision of the record: {@code revision} is the atlas-wide change set (what a restore names), {@code number}
     * its place in this record's own history, 1 for the first, which is the only number a reader sees.
     */
    public record Entry(long revision, int number, Instant at, String username, Kind kind, List<Change> changes) {

        private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC);

        /** When, to the minute, in UTC: researchers work across time zones. */
        public String utc() {
            return UTC.format(at);
        }
    }

    /**
     * A record's history, newest revision first, with the record's current version (null once it is deleted) and its
     * public page (null while it is not published).
     */
    public record History(RecordType type, long id, String title, String publicPath, Long version,
                          List<Entry> entries) {

        public boolean exists() {
            return version != null;
        }

        public long latestRevision() {
            return entries.get(0).revision();
        }

        /** The record's own number of an atlas-wide revision, for messages about it; 0 when it is not this record's. */
        public int numberOf(Long revision) {
            return entries.stream().filter(e -> revision != null && e.revision() == revision)
                    .mapToInt(Entry::number).findFirst().orElse(0);
        }
    }

    /** What a restore did: nothing when the record already stood as at that revision. */
    public record Restored(boolean changed, long version) {
    }

    /** The history of a record as an editor sees it; a {@link NotFoundException} when it has none. */
    @Transactional(readOnly = true)
    public History of(RecordType type, long id) {
        return of(type, id, EDITOR);
    }

    /**
     * The history of a record as this actor may see it, by the rule of {@code Workflow.load}: researchers see the
     * history of published records and of their own records, and nothing of another researcher's draft (a
     * {@link NotFoundException}, as its edit page, so that sequential ids reveal nothing). Linked records they may
     * not see are named by id only.
     */
    @Transactional(readOnly = true)
    public History of(RecordType type, long id, Actor actor) {
        return of(type, id, actor, Coded::code);
    }

    /**
     * As {@link #of(RecordType, long, Actor)}, with enumerated values (worker groups, kinds, statuses...) shown as
     * {@code label} names them: the history page passes labels in the reader's language, since a code such as
     * {@code market_traders} means nothing to a reader.
     */
    @Transactional(readOnly = true)
    public History of(RecordType type, long id, Actor actor, Function<Coded, String> label) {
        List<Object[]> rows = revisions(type, id, null);
        if (rows.isEmpty() || !visible(type, id, rows, actor)) {
            throw new NotFoundException(type.segment(), id);
        }
        EntityPersister persister = persister(type);
        Map<String, AuditedCollection.State> collections = collections(type, persister, id);
        Map<Object, String> links = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        String title = null;
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            if (row[2] == RevisionType.DEL) {
                entries.add(new Entry(revision.getId(), entries.size() + 1, revision.getRevisedAt(),
                        revision.getUsername(), Kind.DELETED, List.of()));
                before = Map.of();
                continue;
            }
            AtlasRecord state = (AtlasRecord) row[0];
            title = state.title();
            Map<String, String> after = new LinkedHashMap<>();
            for (String field : fields(type, persister)) {
                if (NOT_SHOWN.contains(field)) {
                    continue;
                }
                AuditedCollection.State collection = collections.get(field);
                after.put(field, collection == null
                        ? HistoryText.of(persister.getValue(state, index(persister, field)), label)
                        : HistoryText.list(collection.at(revision.getId()).stream()
                                .map(e -> e instanceof AuditedCollection.Link link
                                        ? links.computeIfAbsent(link, l -> linkText(link, actor))
                                        : HistoryText.of(e, label))
                                .toList(), collection.ordered()));
            }
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : after.entrySet()) {
                String old = before.getOrDefault(field.getKey(), "");
                if (!old.equals(field.getValue())) {
                    changes.add(new Change(field.getKey(), old, field.getValue()));
                }
            }
            entries.add(new Entry(revision.getId(), entries.size() + 1, revision.getRevisedAt(), revision.getUsername(),
                    row[2] == RevisionType.ADD ? Kind.CREATED : Kind.CHANGED, changes));
            before = after;
        }
        Collections.reverse(entries);
        AtlasRecord current = entityManager.find(type.entity(), id);
        if (current != null) {
            title = current.title();
        }
        // the public page of an unpublished record answers 404: no link to it
        String publicPath = current != null && current.isPublished() ? current.publicPath() : null;
        return new History(type, id, title, publicPath, current == null ? null : current.getVersion(), entries);
    }

    /** Restores a record as of one of its revisions, as a new revision by this user; see {@link #KEPT_ON_RESTORE}. */
    @Transactional
    public Restored restore(RecordType type, long id, long revision, String username) {
        return restore(type, id, revision, null, username);
    }

    /**
     * As {@link #restore(RecordType, long, long, String)}, refused with an {@link OptimisticLockingFailureException}
     * when the record is no longer at the version the user saw: someone changed it meanwhile.
     */
    @Transactional
    public Restored restore(RecordType type, long id, long revision, Long expectedVersion, String username) {
        AtlasRecord current = entityManager.find(type.entity(), id);
        if (current == null) {
            throw new NotFoundException(type.segment(), id);
        }
        if (expectedVersion != null && expectedVersion != current.getVersion()) {
            throw new OptimisticLockingFailureException("the record changed since version " + expectedVersion
                    + ": it is at version " + current.getVersion());
        }
        List<Object[]> rows = revisions(type, id, revision);
        if (rows.isEmpty()) {
            throw new NotFoundException("revision of " + type.segment() + "/" + id, revision);
        }
        if (rows.get(0)[2] == RevisionType.DEL) {
            throw new IllegalArgumentException("revision " + revision + " deleted the record: nothing to restore");
        }
        Object old = rows.get(0)[0];
        EntityPersister persister = persister(type);
        Map<String, AuditedCollection.State> collections = collections(type, persister, id);
        boolean changed = false;
        for (String field : fields(type, persister)) {
            if (KEPT_ON_RESTORE.contains(field)) {
                continue;
            }
            int index = index(persister, field);
            Object have = persister.getValue(current, index);
            AuditedCollection.State collection = collections.get(field);
            if (collection != null) {
                changed |= replaceElements(asCollection(have), collection.at(revision));
            } else {
                Object wanted = managed(persister.getValue(old, index));
                if (!Objects.equals(have, wanted)) {
                    persister.setValue(current, index, wanted);
                    changed = true;
                }
            }
        }
        if (changed) {
            current.updatedBy(username);
        }
        // the version rises when the transaction commits; this is the one it will have
        return new Restored(changed, changed ? current.getVersion() + 1 : current.getVersion());
    }

    /** The fields a diff of this type can show, for the test that each has a label. */
    List<String> shownFields(RecordType type) {
        return fields(type, persister(type)).stream().filter(f -> !NOT_SHOWN.contains(f)).toList();
    }

    /** Rows of (state, revision, revision type), oldest first; one revision only when given. */
    @SuppressWarnings("unchecked")
    private List<Object[]> revisions(RecordType type, long id, Long revision) {
        var query = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type.entity(), false, true).add(AuditEntity.id().eq(id));
        if (revision != null) {
            query.add(AuditEntity.revisionNumber().eq(revision));
        }
        return query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
    }

    /** The collections of one record, each read once and replayed for every revision. */
    private Map<String, AuditedCollection.State> collections(RecordType type, EntityPersister persister, long id) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        Map<String, AuditedCollection.State> states = new HashMap<>();
        COLLECTIONS.computeIfAbsent(type, t -> AuditedCollection.of(persister))
                .forEach((field, collection) -> states.put(field, collection.read(session, id)));
        return states;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> asCollection(Object value) {
        return (Collection<Object>) value;
    }

    /** Makes a collection hold the old elements (linked records as they are now), touching it only if they differ. */
    private boolean replaceElements(Collection<Object> current, List<Object> old) {
        List<Object> wanted = new ArrayList<>();
        for (Object element : old) {
            Object target = managed(element);
            // a linked record deleted since then cannot be linked again
            if (target != null) {
                wanted.add(target);
            }
        }
        boolean same = current instanceof List<?>
                ? new ArrayList<>(current).equals(wanted)
                : new HashSet<>(current).equals(new HashSet<>(wanted));
        if (same) {
            return false;
        }
        current.clear();
        current.addAll(wanted);
        return true;
    }

    /** The current, managed record a link or an audited record stands for; any other value as it is. */
    private Object managed(Object value) {
        if (value instanceof AuditedCollection.Link link) {
            return entityManager.find(link.entity(), link.id());
        }
        if (value instanceof AtlasRecord) {
            Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
            return entityManager.find(Hibernate.getClass(value), id);
        }
        return value;
    }

    /** A linked record as it is called now; by its id if it has been deleted since. */
    private String linkText(AuditedCollection.Link link, Actor actor) {
        Object record = entityManager.find(link.entity(), link.id());
        if (record instanceof AtlasRecord linked) {
            return actor.maySee(linked) ? linked.reference() : "#" + link.id();
        }
        return record == null ? "#" + link.id() : String.valueOf(record);
    }

    /** A deleted record's history is its creator's and the editors'. */
    private boolean visible(RecordType type, long id, List<Object[]> rows, Actor actor) {
        if (actor.editor()) {
            return true;
        }
        AtlasRecord current = entityManager.find(type.entity(), id);
        if (current != null) {
            return actor.maySee(current);
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i)[0] instanceof AtlasRecord state && state.getCreatedBy() != null) {
                return actor.username().equals(state.getCreatedBy());
            }
        }
        return false;
    }

    private EntityPersister persister(RecordType type) {
        return entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(type.entity());
    }

    private static int index(EntityPersister persister, String field) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + persister.getEntityName());
    }

    /**
     * The audited fields of a record in the order its class declares them, the fields every record shares last.
     * The version is left out: Envers does not audit it, and a restore must not touch it.
     */
    private static List<String> fields(RecordType type, EntityPersister persister) {
        return FIELDS.computeIfAbsent(type, t -> {
            Set<String> mapped = new HashSet<>(List.of(persister.getPropertyNames()));
            if (persister.isVersioned()) {
                mapped.remove(persister.getPropertyNames()[persister.getVersionPropertyIndex()]);
            }
            List<String> ordered = new ArrayList<>();
            for (Class<?> c = t.entity(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && mapped.remove(field.getName())) {
                        ordered.add(field.getName());
                    }
                }
            }
            ordered.addAll(mapped.stream().sorted().toList());
            return List.copyOf(ordered);
        });
    }
}
