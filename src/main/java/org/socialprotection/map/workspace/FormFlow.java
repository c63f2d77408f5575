package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one flow of every record form: show it (new or stored), save it, redisplay it with the errors (422) or with
 * the other person's values in the conflict box (409), or redirect to the saved record. A feature's form controller
 * binds its form and says, in its {@link Page}, what else its template needs.
 */
@Component
public class FormFlow {

    /** What a form's template needs besides the form and the record's state; returns the template. */
    @FunctionalInterface
    public interface Page<F> {
        String render(F form, RecordState record, Actor actor, Model model);
    }

    private final Workflow workflow;
    private final RecordWrites writes;

    FormFlow(Workflow workflow, RecordWrites writes) {
        this.workflow = workflow;
        this.writes = writes;
    }

    public <F extends RecordForm> String create(F form, Authentication authentication, Model model, Page<F> page) {
        return show(null, form, null, Actor.of(authentication), model, page);
    }

    public <F extends RecordForm> String edit(RecordEditor<F, ?> editor, long id, Authentication authentication,
                                              Model model, Page<F> page) {
        Actor actor = Actor.of(authentication);
        return show(editor.type(), editor.formOf(id, actor), workflow.stateOf(editor.type(), id, actor), actor, model,
                page);
    }

    public <F extends RecordForm> String save(RecordEditor<F, ?> editor, F form, BindingResult errors,
                                              Authentication authentication, Model model,
                                              RedirectAttributes redirect, HttpServletResponse response,
                                              Page<F> page) {
        Actor actor = Actor.of(authentication);
        RecordType type = editor.type();
        AtlasRecord saved;
        try {
            saved = writes.save(editor, form, errors, actor);
        } catch (EditConflictException conflict) {
            model.addAttribute("conflict", conflict);
            form.setVersion(conflict.currentVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(type, form, workflow.stateOf(type, form.getId(), actor), actor, model, page);
        }
        if (saved == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(type, form, form.getId() == null ? null : workflow.stateOf(type, form.getId(), actor), actor,
                    model, page);
        }
        redirect.addFlashAttribute("message", "workspace.saved");
        return "redirect:" + type.editPath(saved.getId());
    }

    /** The form as posted, with nothing saved; see {@code RecordFormController#refresh}. */
    public <F extends RecordForm> String refresh(RecordEditor<F, ?> editor, F form, Authentication authentication,
                                                 Model model, Page<F> page) {
        Actor actor = Actor.of(authentication);
        RecordType type = editor.type();
        return show(type, form, form.getId() == null ? null : workflow.stateOf(type, form.getId(), actor), actor,
                model, page);
    }

    /** The form as posted with its rows edited ("Add a row", rows ticked "Remove"), nothing saved. */
    public <F extends RecordForm> String editRows(RecordEditor<F, ?> editor, F form, String list,
                                                  Authentication authentication, Model model, Page<F> page) {
        form.editRows(list);
        // the page puts the keyboard in the row just added
        model.addAttribute("addedRow", list);
        return refresh(editor, form, authentication, model, page);
    }

    private <F extends RecordForm> String show(RecordType type, F form, RecordState record, Actor actor, Model model,
                                               Page<F> page) {
        form.padRows();
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        if (record != null) {
            model.addAttribute("comments", workflow.comments(type, record.id()));
            model.addAttribute("publicUrl", record.publicPath());
        }
        return page.render(form, record, actor, model);
    }
}
