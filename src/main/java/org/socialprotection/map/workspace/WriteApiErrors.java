package org.socialprotection.map.workspace;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * How the JSON write API answers what the editors and the workflow refuse, the same for every record type and
 * wherever its routes live: 422 naming the invalid fields, 409 with the other person's values for an outdated
 * version (or a save that raced another), 403/409/422 for a transition the workflow refuses, 400 naming the field
 * or the place for a body that is not the JSON expected. Ordered before
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

    /**
     * A body that is not the JSON a form takes, said in the writer's terms: where the JSON breaks, or which field
     * has the wrong type, never the parser's own message (which names Java classes).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        JacksonException json = cause(e, JacksonException.class);
        String field = json == null ? null : field(json);
        String detail;
        if (json == null) {
            detail = "the request needs a JSON body";
        } else if (field != null && json instanceof MismatchedInputException mismatch) {
            detail = "Field '" + field + "': " + expected(mismatch.getTargetType());
        } else if (field != null) {
            detail = "Field '" + field + "': the value cannot be read" + at(json);
        } else if (json instanceof StreamReadException) {
            detail = "the body is not valid JSON text in UTF-8" + at(json);
        } else {
            detail = "the body is not the JSON object this address takes" + at(json);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Unreadable request body");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "the value has the wrong type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "expected a text (in double quotes)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected a list [ … ]";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "expected a whole number";
        }
        return "expected an object { … }";
    }

    private static String at(JacksonException e) {
        var where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
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
            case NO_SOURCE, COMMENT_REQUIRED, UNPUBLISHED_LINKS -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, e.getMessage()));
    }
}
