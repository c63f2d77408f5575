package org.socialprotection.map.workspace;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workflow's moves through the JSON API, for scripts signed in with HTTP Basic or a personal token: the same
 * rules as the forms' buttons, 403 for a role, 409 for a move the record's state does not allow.
 */
@RestController
class WorkflowApi {

    private final Workflow workflow;
    private final RecordTypes types;

    WorkflowApi(Workflow workflow, RecordTypes types) {
        this.workflow = workflow;
        this.types = types;
    }

    record Moved(String status) {
    }

    record Comment(String comment) {
    }

    @PostMapping("/api/{type}/{id}/{transition:submit|publish|reject|unpublish}")
    Moved move(@PathVariable String type, @PathVariable long id, @PathVariable String transition,
               @RequestBody(required = false) Comment comment, Authentication authentication) {
        return new Moved(workflow.apply(types.named(type), id, Transition.valueOf(transition.toUpperCase()),
                comment == null ? null : comment.comment(), Actor.of(authentication)).getStatus().code());
    }
}
