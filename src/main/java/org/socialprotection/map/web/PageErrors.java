package org.socialprotection.map.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that does not exist, or is not public, is a 404 page in the reader's language; while the database cannot be
 * reached, a page says so with a 503 and when to try again.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ModelAndView databaseUnreachable(Exception e, HttpServletResponse response) throws Exception {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
