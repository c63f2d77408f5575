package org.socialprotection.map.workspace;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * New versions of published (or in-review) records that wait for an editor, so that the public keeps the published
 * version meanwhile: a re-imported survey record with changed values. The values are checked as the record's editor
 * checks a save when they arrive, kept as the form's JSON, and applied through the same editor when an editor
 * publishes them, so the record's history has the change. One pending version a record: a later one replaces it.
 */
@Service
@Transactional
public class PendingVersions {

    /** Forms are beans: read back into the record's current form, so a field the JSON lacks keeps its value. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Actor SYSTEM = new Actor("", true);

    private final RecordRevisions revisions;
    private final RecordWrites writes;
    private final EntityManager entityManager;
    private final Map<String, VersionedEditor<?, ?>> editors = new LinkedHashMap<>();

    PendingVersions(RecordRevisions revisions, RecordWrites writes, EntityManager entityManager,
                    List<VersionedEditor<?, ?>> editors) {
        this.revisions = revisions;
        this.writes = writes;
        this.entityManager = entityManager;
        editors.forEach(e -> this.editors.put(e.type().code(), e));
    }

    /** A decision that cannot be made, with the message code that says why. */
    public static final class Refused extends RuntimeException {

        private final String code;

        Refused(String code) {
            super(code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A version waiting in the review queue. */
    public record Waiting(long id, String title, String createdBy, Instant createdAt) {
    }

    /** One field a version changes: its published value and the proposed one. */
    public record FieldChange(String field, String published, String proposed) {
    }

    /**
     * A version as its review page shows it. {@code stale} says the record was edited after the version was made:
     * publishing it would overwrite that edit, so it is refused.
     */
    public record View(long id, long version, RecordType type, long recordId, String title, String publicPath,
                       String createdBy, Instant createdAt, String note, String status, boolean stale,
                       List<FieldChange> changes) {

        public String createdAtUtc() {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(createdAt);
        }
    }

    /**
     * Stores {@code form} (which names its record) as the record's pending version, replacing any, once every check
     * the editor makes of a save has passed for {@code username}; false, with nothing stored, when {@code errors}
     * says why. The record itself is not touched.
     */
    public <F extends RecordForm, E extends AtlasRecord> boolean propose(VersionedEditor<F, E> editor, F form,
                                                                        Errors errors, String username, String note) {
        if (!FormText.check(form, errors) || !editor.check(form, errors, Actor.researcher(username))) {
            return false;
        }
        RecordType type = editor.type();
        AtlasRecord stored = record(type, form.getId());
        RecordRevision revision = revisions.findByRecordTypeAndRecordIdAndStatus(type.code(), form.getId(),
                RecordRevision.Status.PENDING).orElseGet(() -> new RecordRevision(type, form.getId()));
        revision.propose(JSON.writeValueAsString(form), stored.getVersion(), username, note);
        revisions.save(revision);
        return true;
    }

    /** The record's form with its pending version's values, if one waits. */
    @Transactional(readOnly = true)
    public <F extends RecordForm> Optional<F> pending(VersionedEditor<F, ?> editor, long id) {
        return revisions.findByRecordTypeAndRecordIdAndStatus(editor.type().code(), id, RecordRevision.Status.PENDING)
                .map(r -> proposed(editor, r));
    }

    /** Drops the record's pending version, if one waits: newer values say the published ones stand. */
    public void withdraw(RecordType type, long id) {
        revisions.findByRecordTypeAndRecordIdAndStatus(type.code(), id, RecordRevision.Status.PENDING)
                .ifPresent(revisions::delete);
    }

    /** The versions waiting for an editor, oldest first; those of deleted records are left out. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting() {
        List<Waiting> waiting = new ArrayList<>();
        for (RecordRevision r : revisions.findByStatusOrderByCreatedAt(RecordRevision.Status.PENDING)) {
            VersionedEditor<?, ?> editor = editors.get(r.getRecordType());
            AtlasRecord record = editor == null ? null : entityManager.find(editor.type().entity(), r.getRecordId());
            if (record != null) {
                waiting.add(new Waiting(r.getId(), record.title(), r.getCreatedBy(), r.getCreatedAt()));
            }
        }
        return waiting;
    }

    @Transactional(readOnly = true)
    public View view(long id) {
        RecordRevision r = revision(id);
        VersionedEditor<?, ?> editor = editorOf(r);
        AtlasRecord record = record(editor.type(), r.getRecordId());
        return new View(r.getId(), r.getVersion(), editor.type(), r.getRecordId(), record.title(),
                record.isPublished() ? record.publicPath() : null, r.getCreatedBy(), r.getCreatedAt(), r.getNote(),
                r.getStatus().name().toLowerCase(Locale.ROOT), record.getVersion() != r.getBaseVersion(),
                changes(editor, r));
    }

    /**
     * Applies the version through the record's editor, as an edit by {@code actor}: the record's history has it.
     * Refused when the version was replaced or decided since the page showed it ({@code version}), and with the
     * other person's values ({@link EditConflictException}) when the record was edited after the version was made.
     */
    public void publish(long id, long version, Actor actor) {
        RecordRevision r = pendingForEditor(id, version, actor);
        apply(editorOf(r), r, actor);
        r.decide(RecordRevision.Status.PUBLISHED, actor.username());
    }

    /** The record stays as it is. */
    public void reject(long id, long version, Actor actor) {
        pendingForEditor(id, version, actor).decide(RecordRevision.Status.REJECTED, actor.username());
    }

    private <F extends RecordForm> void apply(VersionedEditor<F, ?> editor, RecordRevision r, Actor actor) {
        F form = proposed(editor, r);
        form.setId(r.getRecordId());
        form.setVersion(r.getBaseVersion());
        Errors errors = new BeanPropertyBindingResult(form, "form");
        if (writes.save(editor, form, errors, actor) == null) {
            // valid when it came; something it relies on (a linked scheme) has changed since
            throw new Refused("revision.invalid");
        }
    }

    private RecordRevision pendingForEditor(long id, long version, Actor actor) {
        if (!actor.editor()) {
            throw new WorkflowException(WorkflowException.Reason.FORBIDDEN, "only an editor decides on a version");
        }
        RecordRevision r = revision(id);
        if (r.getStatus() != RecordRevision.Status.PENDING || r.getVersion() != version) {
            throw new Refused("revision.replaced");
        }
        return r;
    }

    private <F extends RecordForm> List<FieldChange> changes(VersionedEditor<F, ?> editor, RecordRevision r) {
        F current = editor.formOf(r.getRecordId(), SYSTEM);
        F proposed = proposed(editor, r);
        Map<String, String> published = editor.differences(proposed, current);
        Map<String, String> values = editor.differences(current, proposed);
        return published.keySet().stream()
                .map(field -> new FieldChange(field, published.get(field), values.getOrDefault(field, ""))).toList();
    }

    /** The record's current form with the version's values read over it. */
    private <F extends RecordForm> F proposed(VersionedEditor<F, ?> editor, RecordRevision r) {
        F form = editor.formOf(r.getRecordId(), SYSTEM);
        return JSON.readerForUpdating(form).readValue(r.getValues());
    }

    private RecordRevision revision(long id) {
        RecordRevision r = revisions.findById(id).orElseThrow(() -> new NotFoundException("revision", id));
        editorOf(r);
        return r;
    }

    private VersionedEditor<?, ?> editorOf(RecordRevision r) {
        VersionedEditor<?, ?> editor = editors.get(r.getRecordType());
        if (editor == null || entityManager.find(editor.type().entity(), r.getRecordId()) == null) {
            throw new NotFoundException("revision", r.getId());
        }
        return editor;
    }

    private AtlasRecord record(RecordType type, long id) {
        AtlasRecord record = entityManager.find(type.entity(), id);
        if (record == null) {
            throw new NotFoundException(type.segment(), id);
        }
        return record;
    }
}
