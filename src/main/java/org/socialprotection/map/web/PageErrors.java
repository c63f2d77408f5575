package org.socialprotection.map.web;

import java.util.Locale;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A page that does not exist, or is not public, is a 404 page in the reader's language; a page asked with a
 * parameter it cannot read is a 400 page naming it.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** A page asked with a parameter it cannot read (a year that is not one): say which and why. */
    @ExceptionHandler(BadRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadRequestException e, Model model, Locale locale) {
        model.addAttribute("parameter", e.parameter());
        // the reason in the page's language where it has a message code, its English words otherwise
        model.addAttribute("reason", messages.getMessage(e, locale));
        return "error/400";
    }
}
