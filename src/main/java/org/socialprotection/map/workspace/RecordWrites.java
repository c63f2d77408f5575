package org.socialprotection.map.workspace;

import java.net.URI;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * Every save of a record, by form, by the JSON API or by the importer, goes through here: a save that raced another
 * (the stored version moved between the editor's check and the flush) becomes the same conflict, with the other
 * person's values, as a save on an outdated form; a constraint the editor knows becomes an error on its field.
 */
@Component
public class RecordWrites {

    private final WriteFlush flush;

    RecordWrites(WriteFlush flush) {
        this.flush = flush;
    }

    /** What the JSON API answers for a record it saved. */
    public record Saved(long id, long version, String status) {
    }

    /** As {@link RecordEditor#save}, with races turned into conflicts. */
    public <F extends RecordForm, E extends AtlasRecord> E save(RecordEditor<F, E> editor, F form, Errors errors,
                                                                Actor actor) {
        if (!FormText.check(form, errors)) {
            return null;
        }
        try {
            E saved = editor.save(form, errors, actor);
            flush.now();
            return saved;
        } catch (OptimisticLockingFailureException race) {
            F current = editor.formOf(form.getId(), actor);
            throw new EditConflictException(current.getVersion(), null, editor.differences(form, current));
        } catch (DataIntegrityViolationException refused) {
            if (editor.refused(refused, errors)) {
                return null;
            }
            throw refused;
        }
    }

    /** A new draft attributed to {@code username}, as the importer creates them; null when {@code errors} says why. */
    public <F extends RecordForm, E extends AtlasRecord> E createDraft(RecordEditor<F, E> editor, F form,
                                                                       Errors errors, String username) {
        form.setId(null);
        return FormText.check(form, errors) ? editor.save(form, errors, Actor.researcher(username)) : null;
    }

    /**
     * An import updating a draft that {@code username} created from the same source row (a survey record
     * re-imported), in place. A published or in-review record takes re-imported values as a version waiting for
     * review instead ({@link PendingVersions}). Null when {@code errors} says why; nothing is changed then.
     */
    public <F extends RecordForm, E extends AtlasRecord> E updateFromImport(RecordEditor<F, E> editor, F form,
                                                                            Errors errors, String username) {
        return FormText.check(form, errors) ? editor.save(form, errors, Actor.researcher(username)) : null;
    }

    /** POST /api/{type}: 201 with the new record's id, or 422 naming the invalid fields. */
    public <F extends RecordForm> ResponseEntity<?> create(RecordEditor<F, ?> editor, F form,
                                                           Authentication authentication) {
        form.setId(null);
        return respond(editor, form, authentication, HttpStatus.CREATED);
    }

    /** PUT /api/{type}/{id}: 200, 422 naming the invalid fields, or 409 with the other person's values. */
    public <F extends RecordForm> ResponseEntity<?> update(RecordEditor<F, ?> editor, long id, F form,
                                                           Authentication authentication) {
        form.setId(id);
        return respond(editor, form, authentication, HttpStatus.OK);
    }

    private <F extends RecordForm> ResponseEntity<?> respond(RecordEditor<F, ?> editor, F form,
                                                             Authentication authentication, HttpStatus status) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        AtlasRecord saved = save(editor, form, errors, Actor.of(authentication));
        if (saved == null) {
            return WriteApiErrors.invalid(errors);
        }
        RecordType type = editor.type();
        var response = ResponseEntity.status(status);
        if (type.readsOne()) {
            response.location(URI.create("/api/" + type.segment() + "/" + saved.getId()));
        }
        return response.body(new Saved(saved.getId(), saved.getVersion(), saved.getStatus().code()));
    }
}
