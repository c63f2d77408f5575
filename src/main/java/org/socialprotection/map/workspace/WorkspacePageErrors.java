package org.socialprotection.map.workspace;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A workflow refusal on a page (editing a record that is not yours to edit) is a 403 page that says why; a form post
 * with a field the form cannot hold (a row index far beyond the form's, or not a number) is a 400 page, not a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class WorkspacePageErrors {

    @ExceptionHandler(WorkflowException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(WorkflowException e, Model model) {
        model.addAttribute("error", e.getMessage());
        return "workspace/forbidden";
    }

    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadableForm() {
        return "workspace/bad-request";
    }
}
