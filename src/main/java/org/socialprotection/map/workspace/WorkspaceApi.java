package org.socialprotection.map.workspace;

import java.net.URI;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes through the JSON API, for scripts signed in with HTTP Basic or a personal token: the same editor and
 * workflow as the forms, with 422 for invalid fields, 409 for an edit on an outdated version, 403 for a role.
 */
@RestController
class WorkspaceApi {

    private final ObservationEditor editor;
    private final Workflow workflow;

    WorkspaceApi(ObservationEditor editor, Workflow workflow) {
        this.editor = editor;
        this.workflow = workflow;
    }

    record Saved(long id, long version, String status) {
    }

    record Moved(String status) {
    }

    record Comment(String comment) {
    }

    @PostMapping("/api/observations")
    ResponseEntity<?> create(@RequestBody ObservationForm form, Authentication authentication) {
        form.setId(null);
        return save(form, authentication, HttpStatus.CREATED);
    }

    @PutMapping("/api/observations/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody ObservationForm form, Authentication authentication) {
        form.setId(id);
        return save(form, authentication, HttpStatus.OK);
    }

    @PostMapping("/api/{type}/{id}/{transition:submit|publish|reject|unpublish}")
    Moved move(@PathVariable String type, @PathVariable long id, @PathVariable String transition,
               @RequestBody(required = false) Comment comment, Authentication authentication) {
        RecordType recordType = RecordType.of(type).orElseThrow(() -> new NotFoundException("record type", type));
        return new Moved(workflow.apply(recordType, id, Transition.valueOf(transition.toUpperCase()),
                comment == null ? null : comment.comment(), Actor.of(authentication)).getStatus().code());
    }

    private ResponseEntity<?> save(ObservationForm form, Authentication authentication, HttpStatus status) {
        BindingResult errors = new BeanPropertyBindingResult(form, "observation");
        Observation saved = editor.save(form, errors, Actor.of(authentication));
        if (saved == null) {
            return WriteApiErrors.invalid(errors);
        }
        return ResponseEntity.status(status).location(URI.create("/api/observations/" + saved.getId()))
                .body(new Saved(saved.getId(), saved.getVersion(), saved.getStatus().code()));
    }
}
