package org.socialprotection.map.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routes of every record form, under the feature's {@code @RequestMapping("/workspace/{segment}")}: the blank
 * form (/new), a stored record's form (/{id}/edit) and its save, all through {@link FormFlow}. A feature's form
 * controller extends this and says only what its template needs besides the form.
 *
 * @param <F> the record's form
 */
public abstract class RecordFormController<F extends RecordForm> {

    private final RecordEditor<F, ?> editor;
    private final FormFlow flow;

    protected RecordFormController(RecordEditor<F, ?> editor, FormFlow flow) {
        this.editor = editor;
        this.flow = flow;
    }

    /** A blank form; {@code params} are the query's, e.g. the point a click on the map gives. */
    protected abstract F newForm(Map<String, String> params);

    /** Adds what the template needs besides the form and the record's state; returns the template. */
    protected abstract String render(F form, RecordState record, Actor actor, Language language, Model model);

    @GetMapping("/new")
    String create(@RequestParam Map<String, String> params, Authentication authentication, Language language,
                  Model model) {
        return flow.create(newForm(params), authentication, model, page(language));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Language language, Model model) {
        return flow.edit(editor, id, authentication, model, page(language));
    }

    @PostMapping({"", "/{id}"})
    String save(@ModelAttribute("form") F form, BindingResult errors, Authentication authentication,
                Language language, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return flow.save(editor, form, errors, authentication, model, redirect, response, page(language));
    }

    /**
     * The form as typed, shown again without saving: how a button that asks the server for other choices (the
     * schemes of another country, say) works without JavaScript. A button named "refresh" posts here.
     */
    @PostMapping(value = {"", "/{id}"}, params = "refresh")
    String refresh(@ModelAttribute("form") F form, BindingResult errors, Authentication authentication,
                   Language language, Model model) {
        return flow.refresh(editor, form, authentication, model, page(language));
    }

    /**
     * "Add a row" (a button named addRow whose value names the list, e.g. sources) or "Apply removals" without
     * JavaScript: the form as typed, with the rows ticked "Remove" gone and one more empty row, nothing saved.
     */
    @PostMapping(value = {"", "/{id}"}, params = "addRow")
    String addRow(@ModelAttribute("form") F form, BindingResult errors, @RequestParam String addRow,
                  Authentication authentication, Language language, Model model) {
        return flow.editRows(editor, form, addRow, authentication, model, page(language));
    }

    private FormFlow.Page<F> page(Language language) {
        return (form, record, actor, model) -> render(form, record, actor, language, model);
    }
}
