package org.socialprotection.map.web;

import jakarta.persistence.PersistenceException;
import java.net.URI;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as an RFC 9457 problem: never a stack trace, never a 500 for bad input. Ordered before
 * {@link PageErrors}, whose pages would otherwise answer a script (a {@code @RestController} is a {@code @Controller}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return parameterProblem(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return parameterProblem(e.getName(), "'" + e.getValue() + "' is not a valid value");
    }

    /** An upload sent as something other than a multipart form. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        return parameterProblem("file", "send the file as the multipart/form-data part 'file'");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** The database cannot be reached (a restart): 503 and when to try again; any other data error is not ours. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<ProblemDetail> databaseUnreachable(Exception e) throws Exception {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(DatabaseOutage.problem());
    }

    static ProblemDetail parameterProblem(String parameter, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + parameter + "': " + reason);
        problem.setTitle("Bad parameter");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
