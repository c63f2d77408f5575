package org.socialprotection.map.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the JSON write API answers what the editors and the workflow refuse, the same for every record type and
 * wherever its routes live: 422 naming the invalid fields, 409 with the other person's values for an outdated
 * version (or a save that raced another), 403/409/422 for a transition the workflow refuses. Ordered before
 * {@link WorkspacePageErrors}, which would otherwise answer a script with a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteApiErrors {

    /** The fields the editor refused, each with its first reason; nothing was saved. */
    static ResponseEntity<ProblemDetail> invalid(Errors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(e -> fields.putIfAbsent(e.getField(), e.getDefaultMessage()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Some fields are not valid: nothing was saved");
        problem.setProperty("errors", fields);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ProblemDetail> conflict(EditConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("theirValues", e.theirValues());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> race(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the record was changed by someone else while it was being saved: read it again and retry"));
    }

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<ProblemDetail> workflow(WorkflowException e) {
        HttpStatus status = switch (e.reason()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case WRONG_STATE -> HttpStatus.CONFLICT;
            case NO_SOURCE, COMMENT_REQUIRED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, e.getMessage()));
    }
}
